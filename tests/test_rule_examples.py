"""Every rule's own examples, run through the whole engine (one parametrized test).

A failure names the rule and the example: ``public-curiosity/concern[2]``.
"""

from __future__ import annotations

import pytest

from checker.rules.loader import load_ruleset

RULESET = load_ruleset()


def _cases():
    for rule in RULESET:
        for kind in ("concern", "observance", "not_concern", "to_verify", "not_observance"):
            for n, text in enumerate(getattr(rule.examples, kind)):
                yield pytest.param(rule.id, kind, text, id=f"{rule.id}/{kind}[{n}]")


@pytest.mark.parametrize("rule_id,kind,text", list(_cases()))
def test_rule_example(check, rule_id, kind, text):
    a = check(text)
    mine = [f for f in a.findings if f.rule_id == rule_id]
    got = sorted({f.assessment for f in mine})
    if any(rule_id in f.also_for for f in a.findings if f.assessment == "concern"):
        got = sorted({*got, "concern"})  # a concern reported under a more specific rule (applies.deferred_to)
    detail = f"text: {text!r}\nfindings for {rule_id}: {[(f.assessment, [e.text for e in f.evidence]) for f in mine]}" \
             f"\ncontext: pow={a.context.pow_context} conflict={a.context.conflict}"
    if kind == "concern":
        assert "concern" in got, detail
    elif kind == "observance":
        assert "observance" in got, detail
    elif kind == "to_verify":
        assert "to-verify" in got and "concern" not in got, detail
    elif kind == "not_observance":
        assert "observance" not in got, detail
    else:
        assert "concern" not in got, detail
