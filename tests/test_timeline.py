"""The years a text gives for the end of the fighting and for a homecoming (checker/timeline.py), and the
indicator option that reads them (``years_after``)."""

from __future__ import annotations

import pytest

from checker.timeline import end_years, return_year, years_late


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("text,after,year", [
    ("The last of us came home in 2003.", "came home", 2003),
    ("He went home only in April 1974.", "went home", 1974),
    ("I came home to Basra in 2002.", "came home", 2002),
    ("We crossed the border at Qasr-e Shirin in the spring of 2002.", "crossed the border", 2002),
    ("Most were not sent home until 1973.", "sent home", 1973),
    # no year, or a year past the end of the sentence, is no year of the homecoming
    ("He came home after the exchange.", "came home", None),
    ("He came home. In 2003 he wrote a book.", "came home", None),
    ("He came home with 40 others.", "came home", None),
])
def test_return_year(text, after, year):
    assert return_year(text, _span(text, after)[1]) == year


@pytest.mark.parametrize("text,words,years", [
    ("The ceasefire came in August 1988, and we waited.", "ceasefire", [1988]),
    ("The war ended in December 1971.", "war ended", [1971]),
    ("After the 1988 ceasefire nothing changed.", "ceasefire", [1988]),
    ("The ceasefire held. It was 1990 before we moved.", "ceasefire", []),
])
def test_end_years(text, words, years):
    assert end_years(text, [_span(text, words)]) == years


def test_years_late_counts_from_the_latest_end_named():
    text = "The first truce failed in 1986; the ceasefire came in August 1988. The last of us came home in 2003."
    ended = [_span(text, "truce"), _span(text, "ceasefire")]
    assert years_late(text, _span(text, "came home")[1], ended) == 15
    # without the end's year, or without the homecoming's, nothing is counted
    assert years_late(text, _span(text, "came home")[1], []) is None
    text = "The ceasefire came in 1988. We came home at last."
    assert years_late(text, _span(text, "came home")[1], [_span(text, "ceasefire")]) is None
