"""Redaction for data protection: mask contact details and listed names everywhere.

Each match is replaced by a mask of the same length, so evidence offsets in the
JSON stay valid against the redacted text.
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.errors import InputError
from checker.models import Assessment, Incident

PATTERNS = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail
    re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE),  # URL
    re.compile(r"\bt\.me/\S+", re.IGNORECASE),
    re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,}"),  # social-media handle
    re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d(?!\w)"),  # phone number
]
MASK = "\u2588"


def load_terms(path: str | None) -> list[str]:
    if not path:
        return []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read redaction terms ({e})") from None
    return [t.strip() for t in lines if t.strip() and not t.lstrip().startswith("#")]


def redact_text(text: str, terms: list[str], patterns: bool = True) -> str:
    spans: list[tuple[int, int]] = []
    if patterns:
        for pat in PATTERNS:
            spans.extend(m.span() for m in pat.finditer(text))
    for term in sorted(terms, key=len, reverse=True):
        spans.extend(m.span() for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE))
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


def redact_assessment(assessment: Assessment, incident: Incident, options) -> tuple[Assessment, Incident]:
    terms = load_terms(options.redact_terms)
    text = redact_text(incident.text, terms, patterns=options.redact)
    new_incident = incident.model_copy(update={"text": text, "title": redact_text(incident.title, terms, options.redact)
                                               if incident.title else None, "sources": [redact_text(s, terms, options.redact) for s in incident.sources]})
    findings = []
    for f in assessment.findings:
        evs = [e.model_copy(update={"text": text[e.start:e.end]}) for e in f.evidence]
        findings.append(f.model_copy(update={"evidence": evs}))
    ctx = assessment.context.model_copy(update={
        "evidence": [e.model_copy(update={"text": text[e.start:e.end]}) for e in assessment.context.evidence],
        "conflict_evidence": [e.model_copy(update={"text": text[e.start:e.end]}) for e in assessment.context.conflict_evidence],
    })
    return assessment.model_copy(update={"findings": findings, "context": ctx}), new_incident
