"""The data that crosses boundaries: Incident in, Assessment out (the JSON contract).

Field names of ``Assessment`` and ``Finding`` are a contract other tools rely on
(see design.md): add fields freely, never rename or drop one.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "ihlcheck.assessment/1"

AssessmentKind = Literal["concern", "observance", "to-verify"]
ConflictKind = Literal["international", "non-international", "unknown"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Incident(Model):
    text: str
    id: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    place: Optional[str] = None
    parties: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    language: str = "en"


class Span(Model):
    start: int
    end: int
    text: str


class Evidence(Span):
    cue: str = ""
    element: Optional[str] = None
    qualifiers: list[str] = Field(default_factory=list, description="e.g. 'claimed by Russia', 'denied'")
    sentence_start: Optional[int] = None
    sentence_end: Optional[int] = None


class ToolRef(Model):
    name: str = "ihlcheck"
    version: str


class RuleSetRef(Model):
    name: str
    version: str
    sha256: str


class IncidentRef(Model):
    id: Optional[str] = None
    sha256: str
    language: str = "en"
    title: Optional[str] = None
    date: Optional[str] = None
    place: Optional[str] = None


class Context(Model):
    pow_context: bool
    conflict: ConflictKind = "unknown"
    evidence: list[Evidence] = Field(default_factory=list)
    conflict_evidence: list[Evidence] = Field(default_factory=list)
    treaties_not_binding: list[str] = Field(
        default_factory=list, description="treaties (API, APII) that do not bind a party named in the text, or "
        "whose parties are unknown; their customary equivalents are applied instead")
    explanation: str = ""


class Finding(Model):
    rule_id: str
    provision: str
    related: list[str] = Field(default_factory=list)
    title: str
    assessment: AssessmentKind
    confidence: float
    confidence_label: Literal["high", "medium", "low"] = "low"
    confidence_reason: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    elements_met: list[str] = Field(default_factory=list)
    elements_not_met: list[str] = Field(default_factory=list)
    elements_unknown: list[str] = Field(default_factory=list)
    grave_breach: bool = False
    war_crimes: list[str] = Field(default_factory=list)
    follow_up: list[str] = Field(default_factory=list)
    also_for: list[str] = Field(
        default_factory=list,
        description="ids of rules that defer to this one (applies.deferred_to) and whose concern this finding "
        "stands for: the same facts engage their provisions too, which are among the related provisions")


class Assessment(Model):
    schema_: str = Field(SCHEMA_ID, alias="schema")
    tool: ToolRef
    ruleset: RuleSetRef
    incident: IncidentRef
    context: Context
    findings: list[Finding] = Field(default_factory=list)
    created: Optional[str] = Field(None, description="UTC time the report was made; omitted for reproducible output")
    redaction: Optional[str] = Field(None, description="what was masked when the output was redacted (--redact); None if not")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True, exclude_none=False)

    @property
    def concerns(self) -> list[Finding]:
        return [f for f in self.findings if f.assessment == "concern"]

    @property
    def observances(self) -> list[Finding]:
        return [f for f in self.findings if f.assessment == "observance"]

    @property
    def to_verify(self) -> list[Finding]:
        return [f for f in self.findings if f.assessment == "to-verify"]
