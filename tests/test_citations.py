"""Citations: pinpoints per style and full citations built from the catalogue's templates.

The expected strings are the forms of each guide:
- OSCOLA 4th ed. (treaties): Title (adopted date, entered into force date) treaty series
  (informal title) pinpoint — e.g. '... 189 UNTS 137 (Refugee Convention) art 33'.
- Bluebook (rule 21.4): Title pinpoint, date, U.S.T. and U.N.T.S. parallel cites.
"""

from __future__ import annotations

import re

import pytest

from checker.reports.citations import STYLES, cite, pinpoint, short
from checker.rules.loader import load_ruleset

CAT = load_ruleset().catalogue


@pytest.mark.parametrize("pid,oscola,bluebook,plain", [
    ("GCIII-13", "art 13", "art. 13", "Article 13"),
    ("GCIII-13.2", "art 13(2)", "art. 13(2)", "Article 13(2)"),
    ("API-85.3.e", "art 85(3)(e)", "art. 85(3)(e)", "Article 85(3)(e)"),
    ("RS-8.2.b.xxi", "art 8(2)(b)(xxi)", "art. 8(2)(b)(xxi)", "Article 8(2)(b)(xxi)"),
    ("CIHL-87", "r 87", "r. 87", "Rule 87"),
])
def test_pinpoint(pid, oscola, bluebook, plain):
    assert pinpoint(pid, "oscola") == oscola
    assert pinpoint(pid, "bluebook") == bluebook
    assert pinpoint(pid) == plain


def test_oscola_gciii_13_2():
    assert cite("GCIII-13.2", CAT, "oscola") == (
        "Geneva Convention (III) Relative to the Treatment of Prisoners of War "
        "(adopted 12 August 1949, entered into force 21 October 1950) 75 UNTS 135 (GCIII) art 13(2)"
    )


def test_bluebook_gciii_13_2():
    assert cite("GCIII-13.2", CAT, "bluebook") == (
        "Geneva Convention Relative to the Treatment of Prisoners of War art. 13(2), "
        "Aug. 12, 1949, 6 U.S.T. 3316, 75 U.N.T.S. 135"
    )


def test_plain_and_common_article_3():
    assert cite("GCIII-13.2", CAT) == "Third Geneva Convention (1949), Article 13(2)"
    assert cite("GCIII-3", CAT, "plain").endswith("Article 3 (common Article 3)")
    assert cite("GCIII-3", CAT, "oscola").endswith("(GCIII) art 3 (common art 3)")


def test_oscola_api_and_rome_statute():
    assert cite("API-85.3.e", CAT, "oscola") == (
        "Protocol Additional to the Geneva Conventions of 12 August 1949, and Relating to the Protection of "
        "Victims of International Armed Conflicts (Protocol I) (adopted 8 June 1977, entered into force "
        "7 December 1978) 1125 UNTS 3 (API) art 85(3)(e)"
    )
    assert cite("RS-8.2.b.xxi", CAT, "bluebook") == (
        "Rome Statute of the International Criminal Court art. 8(2)(b)(xxi), July 17, 1998, 2187 U.N.T.S. 3"
    )


def test_customary_study_is_cited_as_a_book():
    assert cite("CIHL-87", CAT, "oscola") == (
        "Jean-Marie Henckaerts and Louise Doswald-Beck, Customary International Humanitarian Law, "
        "Volume I: Rules (ICRC/CUP 2005) r 87"
    )
    assert cite("CIHL-87", CAT, "bluebook").startswith("1 Jean-Marie Henckaerts & Louise Doswald-Beck,")


_MONTHS = "January February March April May June July August September October November December".split()


@pytest.mark.parametrize("code", sorted(CAT.instruments))
def test_every_instrument_has_a_template_per_style(code):
    inst = CAT.instruments[code]
    assert set(inst.cite) == set(STYLES), code
    for style, template in inst.cite.items():
        assert template.count("{pinpoint}") == 1, (code, style)


@pytest.mark.parametrize("code", sorted(c for c, i in CAT.instruments.items() if i.kind != "customary"))
def test_oscola_treaty_templates_carry_the_catalogue_dates_and_series(code):
    """OSCOLA: (adopted D Month YYYY, entered into force D Month YYYY) SERIES ... pinpoint."""
    inst = CAT.instruments[code]
    text = cite(f"{code}-{inst.first}", CAT, "oscola")

    def long_date(iso: str) -> str:
        y, m, d = iso.split("-")
        return f"{int(d)} {_MONTHS[int(m) - 1]} {y}"

    expected = f"(adopted {long_date(inst.adopted)}, entered into force {long_date(inst.in_force)}) " \
               f"{inst.series['oscola']} "
    assert expected in text, text
    assert text.endswith(f"art {inst.first}"), text
    assert "U.N.T.S." not in text and not re.search(r"\bart\.", text)


@pytest.mark.parametrize("code", sorted(c for c, i in CAT.instruments.items() if i.kind != "customary"))
def test_bluebook_treaty_templates_carry_the_series(code):
    inst = CAT.instruments[code]
    text = cite(f"{code}-{inst.first}", CAT, "bluebook")
    assert text.endswith(inst.series["bluebook"]), text
    assert f" art. {inst.first}, " in text


def test_unknown_style_is_refused():
    with pytest.raises(ValueError, match="unknown citation style"):
        cite("GCIII-13", CAT, "apa")


def test_short_labels():
    assert short("GCIII-13.2", CAT) == "GCIII Article 13(2)"
    assert short("CIHL-87", CAT) == "Customary IHL Rule 87"
    assert short("RS-8.2.b.xxi", CAT) == "Rome Statute Article 8(2)(b)(xxi)"
