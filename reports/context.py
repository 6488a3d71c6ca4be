"""The template context: a documented pydantic model built from an Assessment.

Templates (built-in or user-supplied) see exactly these fields; nothing else.
Changing a field name is a breaking change for users' templates.
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
    start: int
    end: int
    cue: str
    qualifiers: list[str]


class FindingView(Ctx):
    number: int = Field(description="1-based position in the report")
    anchor: str = Field(description="HTML id of the finding")
    rule_id: str
    title: str
    assessment: str = Field(description="concern | observance | to-verify")
    provision: ProvisionRef
    related: list[ProvisionRef]
    summary: str = Field(description="plain-language summary of the rule")
    explanation: str = Field(description="why this matters, for the reader")
    confidence: float
    confidence_label: str
    confidence_reason: str
    evidence: list[EvidenceView]
    elements_met: list[str] = Field(description="element descriptions shown by the text")
    elements_open: list[str] = Field(description="element descriptions the text does not establish")
    questions: list[str]
    follow_up: list[str]
    grave_breach: bool
    war_crimes: list[ProvisionRef]


class Segment(Ctx):
    text: str
    mark: Optional[str] = Field(None, description="None, or 'concern' / 'observance' / 'to-verify'")
    ref: Optional[str] = Field(None, description="anchor of the finding a marked span belongs to")


class Summary(Ctx):
    concerns: int
    to_verify: int
    observances: int
    grave: int = Field(description="concerns that may be grave breaches or war crimes")
    headline: str = Field(description="one or two sentences a manager can read in 30 seconds")


class Provenance(Ctx):
    tool: str
    tool_version: str
    ruleset_name: str
    ruleset_version: str
    ruleset_sha256: str
    incident_sha256: str
    created: Optional[str]
    options: dict


class IncidentView(Ctx):
    id: Optional[str]
    title: Optional[str]
    date: Optional[str]
    place: Optional[str]
    sources: list[str]
    text: str
    segments: list[Segment] = Field(description="the text cut into plain and evidence-marked pieces")


class ReportContext(Ctx):
    """Everything a report template may use."""

    title: str
    notice: str
    method: str
    incident: IncidentView
    pow_context: bool
    conflict: str
    context_explanation: str
    summary: Summary
    concerns: list[FindingView]
    to_verify: list[FindingView]
    observances: list[FindingView]
    cite_style: str
    redacted: bool
    provenance: Provenance


def _ref(pid: str, catalogue, style: str) -> ProvisionRef:
    return ProvisionRef(id=pid, label=short(pid, catalogue), citation=cite(pid, catalogue, style), url=catalogue.url(pid))


def _segments(text: str, marks: list[tuple[int, int, str, str]]) -> list[Segment]:
    out: list[Segment] = []
    pos = 0
    for start, end, kind, ref in sorted(marks):
        if start < pos:  # overlapping evidence: keep the first mark
            continue
        if start > pos:
            out.append(Segment(text=text[pos:start]))
        out.append(Segment(text=text[start:end], mark=kind, ref=ref))
        pos = end
    if pos < len(text):
        out.append(Segment(text=text[pos:]))
    return out


def _headline(concerns: list[FindingView], to_verify: list[FindingView], observances: list[FindingView], pow_context: bool) -> str:
    if not pow_context:
        return ("The text does not appear to concern captured or surrendered fighters, so no prisoner-of-war "
                "protection was assessed.")
    parts = []
    if concerns:
        top = concerns[0]
        grave = sum(1 for c in concerns if c.grave_breach or c.war_crimes)
        parts.append(
            f"{len(concerns)} possible concern(s); the most serious: {top.title} ({top.provision.label})."
            + (f" {grave} may amount to a grave breach or war crime if confirmed." if grave else "")
        )
    else:
        parts.append("No concern was found in the text.")
    if to_verify:
        parts.append(f"{len(to_verify)} point(s) to verify.")
    if observances:
        parts.append(f"Good practice noted: {', '.join(o.title.split(' — ')[0] for o in observances)}.")
    return " ".join(parts)


def build_context(assessment: Assessment, incident: Incident, ruleset, *, cite_style: str = "plain",
                  options: Optional[dict] = None, redacted: bool = False) -> ReportContext:
    cat = ruleset.catalogue
    text = incident.text
    views: dict[str, list[FindingView]] = {"concern": [], "to-verify": [], "observance": []}
    marks: list[tuple[int, int, str, str]] = []
    n = 0
    for f in assessment.findings:
        n += 1
        rule = ruleset.get(f.rule_id)
        anchor = f"finding-{n}"
        elements = {e.id: e.description for e in rule.elements} if rule else {}
        view = FindingView(
            number=n,
            anchor=anchor,
            rule_id=f.rule_id,
            title=f.title,
            assessment=f.assessment,
            provision=_ref(f.provision, cat, cite_style),
            related=[_ref(p, cat, cite_style) for p in f.related],
            summary=rule.summary.strip() if rule else "",
            explanation=(rule.explanation or "").strip() if rule else "",
            confidence=f.confidence,
            confidence_label=f.confidence_label,
            confidence_reason=f.confidence_reason,
            evidence=[
                EvidenceView(
                    text=e.text,
                    sentence=text[e.sentence_start : e.sentence_end] if e.sentence_start is not None else e.text,
                    start=e.start,
                    end=e.end,
                    cue=e.cue,
                    qualifiers=e.qualifiers,
                )
                for e in f.evidence
            ],
            elements_met=[elements.get(i, i) for i in f.elements_met],
            elements_open=[elements.get(i, i) for i in f.elements_not_met + f.elements_unknown],
            questions=f.questions,
            follow_up=f.follow_up,
            grave_breach=f.grave_breach,
            war_crimes=[_ref(p, cat, cite_style) for p in f.war_crimes],
        )
        views[f.assessment].append(view)
        for e in f.evidence:
            marks.append((e.start, e.end, f.assessment, anchor))
    concerns, to_verify, observances = views["concern"], views["to-verify"], views["observance"]
    title = incident.title or (f"Incident {incident.id}" if incident.id else "Incident report")
    return ReportContext(
        title=title,
        notice=NOTICE,
        method=METHOD,
        incident=IncidentView(
            id=incident.id, title=incident.title, date=incident.date, place=incident.place,
            sources=list(incident.sources), text=text, segments=_segments(text, marks),
        ),
        pow_context=assessment.context.pow_context,
        conflict=assessment.context.conflict,
        context_explanation=assessment.context.explanation,
        summary=Summary(
            concerns=len(concerns), to_verify=len(to_verify), observances=len(observances),
            grave=sum(1 for c in concerns if c.grave_breach or c.war_crimes),
            headline=_headline(concerns, to_verify, observances, assessment.context.pow_context),
        ),
        concerns=concerns,
        to_verify=to_verify,
        observances=observances,
        cite_style=cite_style,
        redacted=redacted,
        provenance=Provenance(
            tool=assessment.tool.name, tool_version=assessment.tool.version,
            ruleset_name=assessment.ruleset.name, ruleset_version=assessment.ruleset.version,
            ruleset_sha256=assessment.ruleset.sha256, incident_sha256=assessment.incident.sha256,
            created=assessment.created, options=options or {},
        ),
    )
