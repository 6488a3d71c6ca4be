"""Redaction for data protection: mask contact details and listed names everywhere.

Each match is replaced by a mask of the same length (whitespace inside a match is
kept), so evidence offsets in the JSON stay valid against the redacted text.

Everything in an Assessment or Incident that copies words of the incident is
redacted: the text, title, place, parties, sources, every evidence quotation and
its qualifiers, and the context explanation (which quotes the text).
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.errors import InputError
from checker.models import Assessment, Incident

MASK = "\u2588"
_TRAIL = ".,;:!?)]}'\""

# (kind, pattern); the order matters only for readability, overlapping spans are merged.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("e-mail", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)),
    ("url", re.compile(r"\b(?:t\.me|vk\.com|x\.com|twitter\.com|facebook\.com|instagram\.com|tiktok\.com|"
                       r"youtube\.com|youtu\.be)/\S+", re.IGNORECASE)),
    ("handle", re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]")),
    ("phone", re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-/]{5,}\d(?![\w])")),
]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_terms(path: str | None) -> list[str]:
    """Terms to mask, one per line; blank lines and lines starting with # are ignored."""
    if not path:
        return []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read redaction terms ({e})") from None
    return [t.strip() for t in lines if t.strip() and not t.lstrip().startswith("#")]


def _is_phone(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    return digits >= 7 and not _ISO_DATE.match(s.strip())


def spans(text: str, terms: list[str], patterns: bool = True) -> list[tuple[int, int]]:
    """Character spans of ``text`` that redaction masks."""
    out: list[tuple[int, int]] = []
    if patterns:
        for kind, pat in PATTERNS:
            for m in pat.finditer(text):
                s, e = m.span()
                if kind == "url":
                    while e > s and text[e - 1] in _TRAIL:
                        e -= 1
                if kind == "phone" and not _is_phone(text[s:e]):
                    continue
                out.append((s, e))
    for term in sorted(set(terms), key=len, reverse=True):
        out.extend(m.span() for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE))
    return out


def redact_text(text: str, terms: list[str], patterns: bool = True) -> str:
    found = spans(text, terms, patterns)
    if not found:
        return text
    chars = list(text)
    for s, e in found:
        for i in range(s, e):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


def describe(terms: list[str], patterns: bool) -> str:
    what = []
    if patterns:
        what.append("phone numbers, e-mail addresses, URLs and social-media handles")
    if terms:
        what.append(f"{len(terms)} listed term{'s' if len(terms) != 1 else ''} (names of people)")
    return (f"Masked with {MASK} in the incident text and every quotation: " + "; ".join(what)
            + ". Masks keep the length of the words, so character offsets are unchanged.")


def redact_assessment(assessment: Assessment, incident: Incident, options) -> tuple[Assessment, Incident]:
    """Redacted copies of an assessment and its incident (offsets stay valid)."""
    terms = load_terms(options.redact_terms)
    pats = bool(options.redact)

    def r(s):
        return redact_text(s, terms, pats) if s else s

    text = r(incident.text)
    new_incident = incident.model_copy(update={
        "text": text, "id": r(incident.id), "title": r(incident.title), "place": r(incident.place),
        "parties": [r(p) for p in incident.parties], "sources": [r(s) for s in incident.sources],
    })

    def ev(e):
        quoted = text[e.start:e.end] if e.end <= len(text) and incident.text[e.start:e.end] == e.text else r(e.text)
        return e.model_copy(update={"text": quoted, "qualifiers": [r(q) for q in e.qualifiers], "cue": r(e.cue)})

    findings = [f.model_copy(update={"evidence": [ev(e) for e in f.evidence],
                                     "confidence_reason": r(f.confidence_reason)}) for f in assessment.findings]
    c = assessment.context
    explanation = c.explanation
    for e in list(c.evidence) + list(c.conflict_evidence):  # the explanation quotes these spans
        explanation = explanation.replace(f"\u201c{e.text}\u201d", f"\u201c{ev(e).text}\u201d")
    ctx = c.model_copy(update={
        "evidence": [ev(e) for e in c.evidence],
        "conflict_evidence": [ev(e) for e in c.conflict_evidence],
        "explanation": r(explanation),
    })
    ref = assessment.incident.model_copy(update={
        "id": r(assessment.incident.id), "title": r(assessment.incident.title), "place": r(assessment.incident.place),
    })
    return assessment.model_copy(update={
        "findings": findings, "context": ctx, "incident": ref, "redaction": describe(terms, pats),
    }), new_incident
