"""The template context: a documented pydantic model built from an Assessment.

Templates (built-in or user-supplied) see exactly these fields; nothing else.
They receive ``ReportContext.model_dump()``: plain dicts, lists, strings and
numbers. Changing a field name is a breaking change for users' templates; adding
one is not. ``ihlcheck templates context`` prints this contract.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Assessment, Incident

from .citations import cite, short

NOTICE = (
    "Advisory only — not a legal determination. This report was produced automatically by matching "
    "the words of the incident text against a rule set of prisoner-of-war protections. It flags "
    "provisions the described facts may engage and what to verify; it does not establish facts, "
    "status, responsibility or the lawfulness of any act. A qualified person must review it before "
    "any use."
)
METHOD = (
    "Method and limits: each finding quotes the words that triggered it. Negated, hypothetical, "
    "threatened or denied acts are not treated as evidence; claims attributed to a party are kept "
    "with lower confidence. The tool reads only the text given: it cannot judge the reliability of "
    "sources, and it may miss facts described in unusual words."
)
KIND_LABELS = {"concern": "Concern", "to-verify": "To verify", "observance": "Good practice"}


class Ctx(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProvisionRef(Ctx):
    id: str = Field(description="canonical id, e.g. GCIII-13.2")
    label: str = Field(description="short label, e.g. 'GCIII Article 13(2)'")
    citation: str = Field(description="full citation in the chosen style")
    url: str = Field(description="official text (ICRC IHL database)")


class EvidenceView(Ctx):
    text: str = Field(description="the exact words that triggered the finding")
    sentence: str = Field(description="the sentence they stand in")
    start: int = Field(description="character offset of the words in incident.text")
    end: int
    cue: str = Field(description="what the words indicate, e.g. 'captives exposed to public view'")
    qualifiers: list[str] = Field(description="e.g. 'according to the witness', 'denied'")


class Segment(Ctx):
    text: str
    mark: Optional[str] = Field(None, description="None, or 'concern' / 'observance' / 'to-verify'")
    ref: Optional[str] = Field(None, description="anchor of the finding a marked span belongs to")


class QuoteView(Ctx):
    """One sentence of the incident quoted once, with every trigger in it marked."""

    sentence: str
    segments: list[Segment] = Field(description="the sentence cut into plain and marked pieces")
    triggers: list[str] = Field(description="each trigger with what it indicates, e.g. '“video” — captives exposed…'")


class FindingView(Ctx):
    number: int = Field(description="1-based position in the report (concerns first, most serious first)")
    anchor: str = Field(description="HTML id of the finding")
    rule_id: str
    title: str
    assessment: str = Field(description="concern | observance | to-verify")
    assessment_label: str = Field(description="'Concern' | 'Good practice' | 'To verify'")
    provision: ProvisionRef
    related: list[ProvisionRef]
    also: list[ProvisionRef] = Field(default_factory=list,
                                     description="provisions of rules whose concern this finding stands for: the same "
                                     "facts engage them too (the engine reports the more specific rule)")
    summary: str = Field(description="plain-language summary of the rule")
    explanation: str = Field(description="why this matters, for the reader")
    confidence: float = Field(description="0–1")
    confidence_label: str = Field(description="high | medium | low")
    confidence_text: str = Field(description="confidence in words and number, e.g. 'high (90%)'")
    confidence_reason: str
    evidence: list[EvidenceView] = Field(description="every trigger, in text order")
    quotes: list[QuoteView] = Field(description="the evidence grouped by sentence (each sentence once)")
    elements_met: list[str] = Field(description="element descriptions shown by the text")
    elements_open: list[str] = Field(description="element descriptions the text does not establish")
    questions: list[str]
    follow_up: list[str]
    grave_breach: bool = Field(description="may be a grave breach of the Geneva Conventions if confirmed")
    war_crimes: list[ProvisionRef] = Field(description="Rome Statute war crimes the facts may engage")
    seriousness: Optional[str] = Field(None, description="a sentence on grave breach / war crime, or None")


class SummaryLine(Ctx):
    number: int
    anchor: str
    title: str
    provision: str = Field(description="short label of the primary provision")
    assessment: str
    serious: bool = Field(description="possible grave breach or war crime")
    confidence_text: str


class Summary(Ctx):
    concerns: int
    to_verify: int
    observances: int
    grave: int = Field(description="concerns that may be grave breaches or war crimes")
    headline: str = Field(description="one or two sentences a manager can read in 30 seconds")
    lines: list[SummaryLine] = Field(description="every finding, concerns first and the most serious first")


class Provenance(Ctx):
    tool: str
    tool_version: str
    ruleset_name: str
    ruleset_version: str
    ruleset_sha256: str
    incident_sha256: str
    created: Optional[str] = Field(description="UTC time (SOURCE_DATE_EPOCH makes it reproducible)")
    options: dict = Field(description="the report options used (format, cite_style, redact …)")


class IncidentView(Ctx):
    id: Optional[str]
    title: Optional[str]
    date: Optional[str]
    place: Optional[str]
    parties: list[str]
    sources: list[str]
    text: str
    segments: list[Segment] = Field(description="the text cut into plain and evidence-marked pieces")


class ReportContext(Ctx):
    """Everything a report template may use."""

    title: str = Field(description="the incident's title, or 'Incident <id>'")
    reference: str = Field(description="incident id, or the first 12 hex digits of the text's sha256")
    notice: str = Field(description="the advisory notice (always shown prominently)")
    method: str = Field(description="method and limits")
    incident: IncidentView
    pow_context: bool
    conflict: str = Field(description="international | non-international | unknown")
    context_explanation: str
    summary: Summary
    concerns: list[FindingView]
    to_verify: list[FindingView]
    observances: list[FindingView]
    cite_style: str = Field(description="plain | oscola | bluebook")
    redacted: bool
    redaction: Optional[str] = Field(None, description="what was masked, when redacted")
    provenance: Provenance


def _ref(pid: str, catalogue, style: str) -> ProvisionRef:
    return ProvisionRef(id=pid, label=short(pid, catalogue), citation=cite(pid, catalogue, style), url=catalogue.url(pid))


def _merge(marks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Overlapping evidence spans become one span ("video-call" + "call his mother" → "video-call his mother");
    it takes the most serious kind among them and the anchor of that finding."""
    rank = {"concern": 0, "to-verify": 1, "observance": 2}
    out: list[list] = []
    for start, end, kind, ref in sorted(marks, key=lambda m: (m[0], -m[1])):
        if out and start < out[-1][1]:
            last = out[-1]
            last[1] = max(last[1], end)
            if rank.get(kind, 3) < rank.get(last[2], 3):
                last[2], last[3] = kind, ref
            continue
        out.append([start, end, kind, ref])
    return [tuple(m) for m in out]  # type: ignore[misc]


def _segments(text: str, marks: list[tuple[int, int, str, str]], offset: int = 0) -> list[Segment]:
    """Cut ``text`` (which starts at ``offset`` of the incident) into plain and marked segments."""
    out: list[Segment] = []
    pos = 0
    for start, end, kind, ref in _merge(marks):
        start, end = max(start - offset, 0), min(end - offset, len(text))
        if start < pos or start >= end:
            continue
        if start > pos:
            out.append(Segment(text=text[pos:start]))
        out.append(Segment(text=text[start:end], mark=kind, ref=ref))
        pos = end
    if pos < len(text):
        out.append(Segment(text=text[pos:]))
    return out


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _headline(concerns: list[FindingView], to_verify: list[FindingView], observances: list[FindingView],
              pow_context: bool) -> str:
    if not pow_context:
        return ("The text does not appear to concern captured or surrendered fighters, so no prisoner-of-war "
                "protection was assessed.")
    parts = []
    if concerns:
        top = concerns[0]
        grave = sum(1 for c in concerns if c.grave_breach or c.war_crimes)
        parts.append(f"{_plural(len(concerns), 'possible concern', 'possible concerns')}. "
                     f"Most serious: {top.title}, under {top.provision.label}.")
        if grave:
            parts.append(f"{_plural(grave, 'concern', 'concerns')} may amount to a grave breach or war crime "
                         "if the facts are confirmed.")
    else:
        parts.append("No concern was found in the text.")
    if to_verify:
        parts.append(f"{_plural(len(to_verify), 'point', 'points')} to verify.")
    if observances:
        parts.append(f"Good practice noted: {'; '.join(o.title.split(' — ')[0] for o in observances)}.")
    return " ".join(parts)


def _seriousness(f, war_crimes: list[ProvisionRef]) -> Optional[str]:
    if f.assessment != "concern" or not (f.grave_breach or war_crimes):
        return None
    crimes = "; ".join(w.label for w in war_crimes)
    if f.grave_breach and crimes:
        return f"If confirmed, this may be a grave breach of the Geneva Conventions and a war crime ({crimes})."
    if f.grave_breach:
        return "If confirmed, this may be a grave breach of the Geneva Conventions."
    return f"If confirmed, this may be a war crime ({crimes})."


def _quotes(f, text: str, anchor: str) -> list[QuoteView]:
    groups: dict[tuple[int, int], list] = {}
    for e in f.evidence:
        if e.sentence_start is not None and e.sentence_end is not None:
            key = (e.sentence_start, e.sentence_end)
        else:
            key = (e.start, e.end)
        groups.setdefault(key, []).append(e)
    out = []
    for (s, t), evs in sorted(groups.items()):
        sentence = text[s:t]
        marks = [(e.start, e.end, f.assessment, anchor) for e in evs]
        by_cue: dict[tuple, list[str]] = {}
        for e in evs:
            words = by_cue.setdefault((e.cue, tuple(e.qualifiers)), [])
            if e.text not in words:
                words.append(e.text)
        triggers = []
        for (cue, quals), words in by_cue.items():
            quoted = ", ".join(f"\u201c{w}\u201d" for w in words)
            extra = f" ({'; '.join(quals)})" if quals else ""
            triggers.append(f"{quoted} \u2014 {cue}{extra}" if cue else f"{quoted}{extra}")
        out.append(QuoteView(sentence=sentence.strip(), segments=_strip_segments(_segments(sentence, marks, s)),
                             triggers=triggers))
    return out


def _strip_segments(segs: list[Segment]) -> list[Segment]:
    """Trim the whitespace around a quoted sentence (the sentence span may include it)."""
    if segs and segs[0].mark is None:
        segs[0] = Segment(text=segs[0].text.lstrip())
    if segs and segs[-1].mark is None:
        segs[-1] = Segment(text=segs[-1].text.rstrip())
    return [s for s in segs if s.text]


def _order(findings: list) -> list:
    """Concerns first, possible grave breaches / war crimes first, then by confidence; then to-verify; then good practice."""
    rank = {"concern": 0, "to-verify": 1, "observance": 2}
    return sorted(enumerate(findings), key=lambda p: (rank.get(p[1].assessment, 3),
                                                      not (p[1].grave_breach or p[1].war_crimes),
                                                      -p[1].confidence, p[0]))


def build_context(assessment: Assessment, incident: Incident, ruleset, *, cite_style: str = "plain",
                  options: Optional[dict] = None, redacted: bool = False) -> ReportContext:
    cat = ruleset.catalogue
    text = incident.text
    views: dict[str, list[FindingView]] = {"concern": [], "to-verify": [], "observance": []}
    marks: list[tuple[int, int, str, str]] = []
    for n, (_, f) in enumerate(_order(assessment.findings), 1):
        rule = ruleset.get(f.rule_id)
        anchor = f"finding-{n}"
        elements = {e.id: e.description for e in rule.elements} if rule else {}
        war_crimes = [_ref(p, cat, cite_style) for p in f.war_crimes]
        view = FindingView(
            number=n,
            anchor=anchor,
            rule_id=f.rule_id,
            title=f.title,
            assessment=f.assessment,
            assessment_label=KIND_LABELS.get(f.assessment, f.assessment),
            provision=_ref(f.provision, cat, cite_style),
            related=[_ref(p, cat, cite_style) for p in f.related],
            also=[_ref(ruleset.get(r).provision, cat, cite_style) for r in f.also_for if ruleset.get(r)],
            summary=" ".join(rule.summary.split()) if rule else "",
            explanation=" ".join((rule.explanation or "").split()) if rule else "",
            confidence=f.confidence,
            confidence_label=f.confidence_label,
            confidence_text=f"{f.confidence_label} ({round(f.confidence * 100)}%)",
            confidence_reason=f.confidence_reason,
            evidence=[
                EvidenceView(
                    text=e.text,
                    sentence=(text[e.sentence_start: e.sentence_end].strip()
                              if e.sentence_start is not None and e.sentence_end is not None else e.text),
                    start=e.start,
                    end=e.end,
                    cue=e.cue,
                    qualifiers=e.qualifiers,
                )
                for e in f.evidence
            ],
            quotes=_quotes(f, text, anchor),
            elements_met=[elements.get(i, i) for i in f.elements_met],
            elements_open=[elements.get(i, i) for i in f.elements_not_met + f.elements_unknown],
            questions=f.questions,
            follow_up=f.follow_up,
            grave_breach=f.grave_breach,
            war_crimes=war_crimes,
            seriousness=_seriousness(f, war_crimes),
        )
        views[f.assessment].append(view)
        for e in f.evidence:
            marks.append((e.start, e.end, f.assessment, anchor))
    concerns, to_verify, observances = views["concern"], views["to-verify"], views["observance"]
    title = incident.title or (f"Incident {incident.id}" if incident.id else "Incident report")
    lines = [
        SummaryLine(number=v.number, anchor=v.anchor, title=v.title, provision=v.provision.label,
                    assessment=v.assessment, serious=bool(v.seriousness), confidence_text=v.confidence_text)
        for v in concerns + to_verify + observances
    ]
    return ReportContext(
        title=title,
        reference=incident.id or f"sha256 {assessment.incident.sha256[:12]}",
        notice=NOTICE,
        method=METHOD,
        incident=IncidentView(
            id=incident.id, title=incident.title, date=incident.date, place=incident.place,
            parties=list(incident.parties), sources=list(incident.sources), text=text,
            segments=_segments(text, marks),
        ),
        pow_context=assessment.context.pow_context,
        conflict=assessment.context.conflict,
        context_explanation=assessment.context.explanation,
        summary=Summary(
            concerns=len(concerns), to_verify=len(to_verify), observances=len(observances),
            grave=sum(1 for c in concerns if c.grave_breach or c.war_crimes),
            headline=_headline(concerns, to_verify, observances, assessment.context.pow_context),
            lines=lines,
        ),
        concerns=concerns,
        to_verify=to_verify,
        observances=observances,
        cite_style=cite_style,
        redacted=redacted or bool(assessment.redaction),
        redaction=assessment.redaction,
        provenance=Provenance(
            tool=assessment.tool.name, tool_version=assessment.tool.version,
            ruleset_name=assessment.ruleset.name, ruleset_version=assessment.ruleset.version,
            ruleset_sha256=assessment.ruleset.sha256, incident_sha256=assessment.incident.sha256,
            created=assessment.created, options=options or {},
        ),
    )
