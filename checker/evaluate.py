"""Precision, recall and F1 of the engine against an annotated corpus (article level).

Corpus lines: {"id", "text", "pow_context", "expected_concerns", "expected_observances", ...}
Labels are article-level canonical ids (GCIII-13, API-75, CIHL-89); a finding counts
through the article part of its primary provision (GCIII-13.2 -> GCIII-13).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .errors import InputError
from .models import Incident


def article(pid: str) -> str:
    head, _, rest = pid.partition("-")
    return f"{head}-{rest.split('.')[0]}"


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, expected: set[str], predicted: set[str]) -> None:
        for p in predicted & expected:
            self.tp[p] += 1
        for p in predicted - expected:
            self.fp[p] += 1
        for p in expected - predicted:
            self.fn[p] += 1

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def micro(self) -> tuple[float, float, float]:
        return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def per_provision(self) -> dict[str, dict]:
        keys = sorted(set(self.tp) | set(self.fp) | set(self.fn), key=_sort_key)
        out = {}
        for k in keys:
            p, r, f = self.prf(self.tp[k], self.fp[k], self.fn[k])
            out[k] = {"tp": self.tp[k], "fp": self.fp[k], "fn": self.fn[k], "precision": p, "recall": r, "f1": f}
        return out

    def macro(self) -> tuple[float, float, float]:
        rows = self.per_provision().values()
        if not rows:
            return 1.0, 1.0, 1.0
        n = len(rows)
        return (sum(r["precision"] for r in rows) / n, sum(r["recall"] for r in rows) / n,
                sum(r["f1"] for r in rows) / n)


def _sort_key(pid: str):
    head, _, num = pid.partition("-")
    return (head, int(num) if num.isdigit() else 0)


def _lines(path: str) -> Iterable[tuple[int, dict]]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    with open(p, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}: line {n}: malformed JSON: {e.msg}") from None
            if not isinstance(item, dict):
                raise InputError(f"{path}: line {n}: each line must be a JSON object")
            yield n, item


def read_texts(path: str) -> dict[str, str]:
    """id -> text, from a JSONL file of {"id", "text"} items (the texts a label file points to)."""
    texts: dict[str, str] = {}
    for n, item in _lines(path):
        if "id" in item and isinstance(item.get("text"), str):
            texts[str(item["id"])] = item["text"]
    return texts


def read_corpus(path: str, texts: Optional[dict[str, str]] = None) -> Iterable[dict]:
    """Corpus items; an item without a text takes it by id from ``texts`` (labels kept apart from
    texts that may not be copied, such as news under another licence)."""
    for n, item in _lines(path):
        if "text" not in item and texts is not None:
            if str(item.get("id")) not in texts:
                raise InputError(f"{path}: line {n}: id {item.get('id')!r} is not in the texts file")
            item = {**item, "text": texts[str(item["id"])]}
        if not isinstance(item.get("text"), str):
            raise InputError(f"{path}: line {n}: each item needs a \"text\" string"
                             + ("" if texts is not None else " (or pass --texts with a file that has it)"))
        yield item


def evaluate(path: str, ruleset, assess_fn=None, texts: Optional[dict[str, str]] = None) -> dict:
    from .assess import assess

    assess_fn = assess_fn or (lambda inc: assess(inc, ruleset))
    concerns, observances = Scores(), Scores()
    negatives = negatives_flagged = 0
    context_right = items = 0
    errors: list[dict] = []
    for item in read_corpus(path, texts):
        items += 1
        a = assess_fn(Incident(text=item["text"], id=str(item.get("id", items))))
        exp_c = set(item.get("expected_concerns", []))
        exp_o = set(item.get("expected_observances", []))
        by_article: dict[tuple[str, str], list] = defaultdict(list)
        for f in a.findings:
            by_article[(f.assessment, article(f.provision))].append(f)
        got_c = {k[1] for k in by_article if k[0] == "concern"}
        got_o = {k[1] for k in by_article if k[0] == "observance"}
        concerns.add(exp_c, got_c)
        observances.add(exp_o, got_o)
        if "pow_context" in item:
            context_right += bool(item["pow_context"]) == a.context.pow_context
            if bool(item["pow_context"]) != a.context.pow_context:
                errors.append({"id": item.get("id"), "type": "missed captives" if item["pow_context"]
                               else "false captives", "expected": bool(item["pow_context"]),
                               "evidence": [e.text for e in a.context.evidence][:3],
                               "explanation": a.context.explanation, "text": item["text"]})
            elif (item["pow_context"] and item.get("conflict") in ("international", "non-international")
                  and a.context.conflict != item["conflict"]
                  and not (a.context.conflict == "unknown" and item["conflict"] == "international")):
                # (an unknown conflict is read under the rules for international ones)
                errors.append({"id": item.get("id"), "type": "conflict", "expected": item["conflict"],
                               "found": a.context.conflict,
                               "evidence": [e.text for e in a.context.conflict_evidence][:3],
                               "text": item["text"]})
        is_negative = item.get("pow_context") is False or (not exp_c and not exp_o and item.get("negative"))
        if is_negative:
            negatives += 1
            negatives_flagged += bool(got_c)
        for kind, exp, got in (("concern", exp_c, got_c), ("observance", exp_o, got_o)):
            for pid in sorted(got - exp):
                evidence = [
                    {"text": e.text, "cue": e.cue, "qualifiers": e.qualifiers}
                    for f in by_article[(kind, pid)] for e in f.evidence
                ]
                errors.append({"id": item.get("id"), "type": "false " + kind, "provision": pid,
                               "evidence": evidence, "text": item["text"]})
            for pid in sorted(exp - got):
                near = [f.assessment for f in a.findings if article(f.provision) == pid]
                errors.append({"id": item.get("id"), "type": "missed " + kind, "provision": pid,
                               "found_instead": near, "pow_context": a.context.pow_context,
                               "conflict": a.context.conflict, "text": item["text"]})
    cp, cr, cf = concerns.micro()
    op, orr, of = observances.micro()
    return {
        "corpus": str(path),
        "items": items,
        "context_accuracy": context_right / items if items else 1.0,
        "negatives": negatives,
        "negatives_with_concerns": negatives_flagged,
        "concerns": {"micro": {"precision": cp, "recall": cr, "f1": cf},
                     "macro": dict(zip(("precision", "recall", "f1"), concerns.macro())),
                     "per_provision": concerns.per_provision()},
        "observances": {"micro": {"precision": op, "recall": orr, "f1": of},
                        "macro": dict(zip(("precision", "recall", "f1"), observances.macro())),
                        "per_provision": observances.per_provision()},
        "errors": errors,
    }


def format_table(r: dict, show_errors: bool = True) -> str:
    lines = [f"Corpus: {r['corpus']} · {r['items']} items · context accuracy {r['context_accuracy']:.3f}",
             f"Negatives: {r['negatives']} · with a concern: {r['negatives_with_concerns']}"
             f" ({(r['negatives_with_concerns'] / r['negatives'] * 100 if r['negatives'] else 0):.1f}%)", ""]
    for kind in ("concerns", "observances"):
        s = r[kind]
        lines.append(f"{kind.upper():<14} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
        for name in ("micro", "macro"):
            m = s[name]
            lines.append(f"  {name:<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
        for pid, row in s["per_provision"].items():
            lines.append(f"  {pid:<12} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}"
                         f"  {row['tp']:3d} {row['fp']:3d} {row['fn']:3d}")
        lines.append("")
    if show_errors and r["errors"]:
        lines.append(f"ERRORS ({len(r['errors'])})")
        for e in r["errors"]:
            if e["type"] in ("missed captives", "false captives"):
                ev = "; ".join(f"“{x}”" for x in e["evidence"]) or "none"
                lines.append(f"  {e['id']}: context: {e['type']} — evidence: {ev} — “{_start(e['text'])}”")
            elif e["type"] == "conflict":
                ev = "; ".join(f"“{x}”" for x in e["evidence"]) or "none"
                lines.append(f"  {e['id']}: context: conflict read as {e['found']}, labelled {e['expected']}"
                             f" — signals: {ev}")
            elif e["type"].startswith("false"):
                ev = "; ".join(f"“{x['text']}” ({x['cue']})" for x in e["evidence"][:3])
                lines.append(f"  {e['id']}: {e['type']} {e['provision']} — evidence: {ev}")
            else:
                extra = f" (found as {', '.join(e['found_instead'])})" if e["found_instead"] else ""
                lines.append(f"  {e['id']}: {e['type']} {e['provision']}{extra}"
                             f" [pow={e['pow_context']}, {e['conflict']}]")
    return "\n".join(lines)


def _start(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
