"""A rule as readable text for the terminal (``ihlcheck rules show``)."""

from __future__ import annotations

import textwrap

from .citations import cite


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=88, initial_indent=indent, subsequent_indent=indent)


def rule_as_text(rule, ruleset) -> str:
    cat = ruleset.catalogue
    lines = [
        f"{rule.id} — {rule.title}",
        f"  Provision: {rule.provision}  ({cite(rule.provision, cat, 'plain')})",
        f"  Official text: {cat.url(rule.provision)}",
    ]
    if rule.related:
        lines.append(f"  Related: {', '.join(rule.related)}")
    if rule.war_crimes:
        lines.append(f"  Possible war crimes: {', '.join(rule.war_crimes)}")
    lines.append(f"  Grave breach possible: {'yes' if rule.grave_breach else 'no'} · conflicts: "
                 f"{', '.join(rule.applies.conflict)} · core: {'yes' if rule.core else 'no'}")
    lines += ["", "Summary", _wrap(rule.summary), "", "Protects", _wrap(rule.applies.protected), "", "Elements"]
    for e in rule.elements:
        tag = "context" if e.context else ("required" if e.required else "optional")
        lines.append(_wrap(f"- {e.id} ({tag}): {e.description}"))
    if rule.questions:
        lines += ["", "Questions to verify"] + [_wrap(f"- {q}") for q in rule.questions]
    if rule.follow_up:
        lines += ["", "Suggested follow-up"] + [_wrap(f"- {q}") for q in rule.follow_up]
    ex = rule.examples
    lines += ["", f"Examples: {len(ex.concern)} concern, {len(ex.observance)} observance, "
                  f"{len(ex.not_concern)} near-miss", f"Rule file: {ruleset.sources.get(rule.id, '?')}"]
    return "\n".join(lines)
