"""Citing provisions in plain, OSCOLA or Bluebook style, from the catalogue's templates.

The catalogue (rules/catalogue/instruments.yaml) holds each instrument's title, dates,
treaty series and a template per style; this module only builds the pinpoint.
"""

from __future__ import annotations

from checker.rules.schema import Catalogue, Provision

STYLES = ("plain", "oscola", "bluebook")


def pinpoint(pid: str, style: str = "plain") -> str:
    """'art 13(2)' (OSCOLA), 'art. 13(2)' (Bluebook), 'Article 13(2)' (plain); rules: 'r 87' / 'Rule 87'."""
    p = Provision.parse(pid)
    parts = "".join(f"({x})" for x in (p.paragraph, p.subparagraph, p.item) if x is not None)
    if p.instrument == "CIHL":
        word = {"oscola": "r", "bluebook": "r.", "plain": "Rule"}[style]
    else:
        word = {"oscola": "art", "bluebook": "art.", "plain": "Article"}[style]
    return f"{word} {p.article}{parts}"


def cite(pid: str, catalogue: Catalogue, style: str = "plain") -> str:
    """A full citation of one provision in the given style."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    p = Provision.parse(pid)
    inst = catalogue.instruments[p.instrument]
    template = inst.cite.get(style) or inst.cite.get("plain") or "{title}, {pinpoint}"
    text = template.replace("{pinpoint}", pinpoint(pid, style)).replace("{title}", inst.title)
    if p.instrument == "GCIII" and p.article == 3:
        text += {
            "plain": " (common Article 3)",
            "oscola": " (common art 3)",
            "bluebook": " (common art. 3)",
        }[style]
    return text


def short(pid: str, catalogue: Catalogue) -> str:
    """A compact human label: 'GCIII Article 13(2)', 'CIHL Rule 87', 'Rome Statute Article 8(2)(b)(xxi)'."""
    p = Provision.parse(pid)
    name = {"RS": "Rome Statute", "CIHL": "Customary IHL"}.get(p.instrument, p.instrument)
    return f"{name} {pinpoint(pid, 'plain')}"
