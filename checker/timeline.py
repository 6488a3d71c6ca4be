"""Years a text gives: when the fighting ended, and when captives came home.

A delay in repatriation is often told only by its dates ("The fighting stopped in August 1988; the last of us came
home in 2003"). An indicator with ``years_after: N`` keeps a hit only when the year named right after its phrase is
at least N years later than the latest year the text names beside a word of its first ``with`` requirement (the end
of hostilities). Plain functions over the text and the hits the automaton already found; nothing is matched twice.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

_YEAR = r"((?:19|20)\d\d)(?!\d)"
# the year right after a homecoming phrase: "came home in 2003", "went home only in April 1974", "came home to Basra in
# 2002", "crossed the border at Qasr-e Shirin in the spring of 2002", "were not sent home until 1973"
_RETURN_YEAR = re.compile(
    r"[^.;!?\d]{0,40}?\b(?:in|until|till)\s+(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter|end|middle|beginning|start)"
    r"\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?" + _YEAR)
# the year the fighting ended, named just after its word ("the ceasefire came in August 1988", "the war ended in
# December 1971") or just before it ("the 1988 ceasefire", "in August 1988 the guns fell silent")
_END_YEAR_AFTER = re.compile(r"[^.;!?\d]{0,30}?" + _YEAR)
_END_YEAR_BEFORE = re.compile(_YEAR + r"[^.;!?\d]{0,20}$")


def return_year(text: str, end: int) -> Optional[int]:
    """The year named right after a phrase ending at ``end``, if any."""
    m = _RETURN_YEAR.match(text, end)
    return int(m.group(1)) if m else None


def end_years(text: str, spans: Iterable[tuple[int, int]]) -> list[int]:
    """The years named beside the words for the end of the fighting at ``spans``."""
    years = []
    for start, end in spans:
        m = _END_YEAR_AFTER.match(text, end)
        if m:
            years.append(int(m.group(1)))
            continue
        m = _END_YEAR_BEFORE.search(text, max(0, start - 22), start)
        if m:
            years.append(int(m.group(1)))
    return years


def years_late(text: str, end: int, ended: Iterable[tuple[int, int]]) -> Optional[int]:
    """How many years after the fighting ended (its latest year named) the homecoming at ``end`` came, or None
    when the text does not give both years."""
    came = return_year(text, end)
    if came is None:
        return None
    years = end_years(text, ended)
    return came - max(years) if years else None
