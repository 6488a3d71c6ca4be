"""The pydantic schema of the rule set: what a legal editor may write in a rule file.

Unknown keys are errors everywhere (``extra="forbid"``), so a misspelt key never
silently drops a piece of law. Cross-file checks (does a provision exist, do
element references resolve, are ids unique) live in ``loader.py``.
"""

from __future__ import annotations

import re
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# GCIII-13, GCIII-13.2, API-85.3.e, CIHL-87, RS-8.2.b.xxi
PROVISION_RE = re.compile(
    r"^(?P<inst>GCI|GCII|GCIII|GCIV|API|APII|CIHL|RS)-(?P<art>[0-9]+)"
    r"(?:\.(?P<para>[0-9]+))?(?:\.(?P<sub>[a-z]))?(?:\.(?P<item>[ivxl]+))?$"
)
RULE_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ELEMENT_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")

Conflict = Literal["international", "non-international"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


def _check_provision(value: str) -> str:
    if not PROVISION_RE.match(value):
        raise ValueError(
            f"{value!r} is not a canonical provision id (e.g. GCIII-13.2, API-85.3.e, CIHL-87, RS-8.2.b.xxi)"
        )
    return value


class Provision(Strict):
    """A citable unit, parsed from its canonical id."""

    id: str
    instrument: str
    article: int
    paragraph: Optional[int] = None
    subparagraph: Optional[str] = None
    item: Optional[str] = None

    @classmethod
    def parse(cls, pid: str) -> "Provision":
        m = PROVISION_RE.match(pid)
        if not m:
            raise ValueError(f"{pid!r} is not a canonical provision id")
        return cls(
            id=pid,
            instrument=m["inst"],
            article=int(m["art"]),
            paragraph=int(m["para"]) if m["para"] else None,
            subparagraph=m["sub"],
            item=m["item"],
        )

    @property
    def article_id(self) -> str:
        """The article-level id (``GCIII-13`` for ``GCIII-13.2``); what evaluation compares."""
        return f"{self.instrument}-{self.article}"


Phrase = str
# A co-occurrence requirement: one phrase, an ``@group`` of the lexicon, or a list of
# alternatives (any one of them satisfies the requirement).
Requirement = Union[str, list[str]]


class Near(Strict):
    """How close the 'with' words must stand to the phrase, in characters before and after it."""

    before: int = Field(0, ge=0, le=200, description="characters allowed between a 'with' word and the phrase after it")
    after: int = Field(0, ge=0, le=200, description="characters allowed between the phrase and a 'with' word after it")


class Indicator(Strict):
    """Words that show (or help show) one element, as a concern or as observance."""

    element: str = Field(description="the element this indicator helps establish")
    phrases: list[Phrase] = Field(
        min_length=1,
        description="phrases matched in any inflection ('beat' matches 'beaten'); "
        "'@group' refers to a lexicon group; a leading '=' matches the words exactly",
    )
    with_: list[Requirement] = Field(
        default_factory=list,
        alias="with",
        description="every requirement must also occur in the same sentence (or the window)",
    )
    window: int = Field(0, ge=0, le=3, description="how many neighbouring sentences count for 'with'")
    near: Optional[Near] = Field(
        None,
        description="the 'with' words (other than @captive_ref) must stand this close to the phrase, in "
        "characters: 'beaten repeatedly', not 'held for months ... and beaten'",
    )
    unless: list[Phrase] = Field(
        default_factory=list, description="phrases that cancel this indicator when in the same sentence"
    )
    unless_after: int = Field(
        0, ge=0, le=3,
        description="how many following sentences of the same story an 'unless' phrase also cancels from: "
        "'The clip shows captured soldiers. All faces are pixelated.'",
    )
    unless_before: int = Field(
        0, ge=0, le=6,
        description="how many preceding sentences of the same story an 'unless' phrase also cancels from: "
        "'They drove us in a lorry for two days. No water.'",
    )
    unless_nearby: list[Phrase] = Field(
        default_factory=list,
        description="when only some 'unless' phrases should cancel from the neighbouring sentences that unless_before "
        "and unless_after reach, those phrases (by default all of them do): an unexplained explosion told the "
        "sentence before a death, but not the battle before a capture",
    )
    unless_kept_by: list[Phrase] = Field(
        default_factory=list,
        description="phrases that, in the phrase's own sentence, keep it against an 'unless' word found only in a "
        "neighbouring sentence: 'clips of captured conscripts, faces visible ... the newer clips blur every face'; "
        "against an 'unless' word told before, also in any sentence between, or after it in its own sentence (not "
        "as where a way led): 'They marched us north. Now we are in mud huts. ... a bowl of millet a day'",
    )
    years_after: Optional[int] = Field(
        None, ge=1, le=50,
        description="the year named right after the phrase ('came home in 2003') must be at least this many years "
        "later than the year the text names beside a word of the first 'with' requirement ('the ceasefire of August "
        "1988'): a delay told only by its dates",
    )
    weight: float = Field(0.7, gt=0, le=1, description="how strongly this alone shows the element")
    conditional_ok: bool = Field(
        False,
        description="a threat, demand or condition is itself the act (hostage demands, 'no quarter' "
        "orders), so hypothetical and threat cues do not cancel this indicator",
    )
    conditional_only: bool = Field(
        False,
        description="only a threatened or supposed form counts: the words the captors said would happen "
        "('were told they would be beaten every day') are the intimidation, the act told as done is read by "
        "other indicators",
    )
    if_negated: Optional[Literal["concern", "observance"]] = Field(
        None,
        description="what a negated hit shows instead, e.g. 'not allowed to call home' (an observance "
        "phrase, negated) is a concern",
    )
    unless_denied: list[Phrase] = Field(
        default_factory=list,
        description="for good practice whose denial shows the opposite (if_negated): phrases that, in the same "
        "sentence, stop the denied form from counting ('the lists have not been made public' keeps the names from "
        "the families; it does not say that no register is kept). The told form is not cancelled by them",
    )
    serious: bool = Field(
        True,
        description="false when the act this indicator reads is none of the rule's grave breaches or war crimes "
        "(an identity card taken away, Art. 17 para. 3, is not the coercion the rule's war crime names): its "
        "concern alone carries no grave-breach flag or Rome Statute item",
    )
    internal: bool = Field(
        True,
        description="false when the act is not carried by the rule's applies.internal_counterpart in internal wars "
        "(an identity card taken away is no cruel treatment under common Article 3)",
    )
    cue: Optional[str] = Field(None, description="what the hit means, in words, for the report")

    @model_validator(mode="after")
    def _years_need_a_requirement(self) -> "Indicator":
        if self.years_after and not self.with_:
            raise ValueError("years_after reads the year beside a word of the first 'with' requirement (the end of "
                             "the fighting): give one")
        return self

    @field_validator("phrases", "unless", "unless_denied")
    @classmethod
    def _phrases_not_blank(cls, v: list[str]) -> list[str]:
        for p in v:
            if not p.strip().lstrip("=").strip():
                raise ValueError("a phrase must not be empty")
        return v

    @model_validator(mode="after")
    def _nearby_needs_neighbours(self) -> "Indicator":
        if self.unless_nearby and not (self.unless_before or self.unless_after):
            raise ValueError("unless_nearby needs unless_before or unless_after: it names the words that cancel "
                             "from the neighbouring sentences")
        return self


class Element(Strict):
    """One fact a concern needs."""

    id: str
    description: str = Field(min_length=3)
    required: bool = True
    context: bool = Field(
        False, description="met by the POW-context gate (the person is a captured fighter) rather than by phrases"
    )
    question: Optional[str] = Field(None, description="asked when the element is not established")

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not ELEMENT_ID_RE.match(v):
            raise ValueError(f"element id {v!r} must be lower_snake_case")
        return v


class Counterpart(Strict):
    """The rule (and its element) that carries a protection in a non-international conflict."""

    rule: str = Field(description="id of the rule that applies in non-international conflicts")
    element: str = Field(description="the element of that rule which this rule's concerns show")
    observances: bool = Field(
        False,
        description="the rule's good practice is read under that rule too (food given, the wounded treated: "
        "humane treatment under common Article 3)",
    )


class AlsoUnder(Strict):
    """A rule, and its element, that names this rule's act in its own words."""

    rule: str = Field(description="id of the rule whose article names the act too")
    element: str = Field(description="the element of that rule which this rule's concern shows")


class Applicability(Strict):
    protected: str = Field(min_length=3, description="who the rule protects, in plain words")
    conflict: list[Conflict] = Field(min_length=1)
    binds: Optional[Literal["API", "APII"]] = Field(
        None,
        description="the rule binds only States party to this treaty: in an international conflict it "
        "applies only when the parties are named and none is known to be a non-party (API); in an internal "
        "one, not when a State named is known not to be a party (APII)",
    )
    fallback_for: Optional[Literal["API", "APII"]] = Field(
        None,
        description="a customary rule that takes the place of this treaty in an international conflict "
        "where the treaty does not bind (or the parties are not named)",
    )
    internal_counterpart: Optional[Counterpart] = Field(
        None,
        description="in a non-international conflict, where this rule does not apply, what its concerns "
        "show is reported under this rule and element instead (the food, quarters and care GCIII sets "
        "between States are part of the humane treatment common Article 3 requires)",
    )
    deferred_to: list[str] = Field(
        default_factory=list,
        description="ids of more specific rules: when one of them raises a concern from the same text, this rule's "
        "concern is not reported on its own but named among that finding's related provisions (a wounded "
        "captive left untreated is reported under the medical-care article, with this one related)",
    )
    also_under: Optional[AlsoUnder] = Field(
        None,
        description="a concern under this rule is also a concern under that rule and element, with the same "
        "evidence, where that rule applies and raises none of its own (murder, torture and hostage-taking are "
        "acts common Article 3 forbids in its own words)",
    )


class Examples(Strict):
    """The rule's own test texts (written in our own words)."""

    concern: list[str] = Field(default_factory=list, description="must raise a concern under this rule")
    observance: list[str] = Field(default_factory=list, description="must raise an observance under this rule")
    not_concern: list[str] = Field(
        default_factory=list, description="near misses: must NOT raise a concern under this rule"
    )
    not_observance: list[str] = Field(
        default_factory=list, description="near misses of good practice: must NOT raise an observance under this rule"
    )
    to_verify: list[str] = Field(
        default_factory=list,
        description="facts that engage the rule while an element stays unshown: must raise a finding to verify, "
                    "and no concern",
    )


class Rule(Strict):
    id: str = Field(description="stable rule id, a lowercase slug; never reused for another meaning")
    title: str = Field(min_length=3)
    provision: str = Field(description="primary canonical provision id")
    related: list[str] = Field(default_factory=list)
    kind: Literal["protection", "applicability"] = "protection"
    core: bool = False
    summary: str = Field(min_length=20, description="plain-language summary in our own words")
    explanation: Optional[str] = Field(None, description="why a concern matters, for the report reader")
    applies: Applicability
    elements: list[Element] = Field(min_length=1)
    concern: list[Indicator] = Field(default_factory=list)
    observance: list[Indicator] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    follow_up: list[str] = Field(default_factory=list)
    grave_breach: bool = Field(False, description="a breach may be a grave breach (GCIII-130 / API-85)")
    war_crimes: list[str] = Field(default_factory=list, description="Rome Statute items a breach may amount to")
    examples: Examples = Field(default_factory=Examples)

    @field_validator("id")
    @classmethod
    def _rule_id(cls, v: str) -> str:
        if not RULE_ID_RE.match(v):
            raise ValueError(f"rule id {v!r} must be a lowercase slug like 'public-curiosity'")
        return v

    @field_validator("provision")
    @classmethod
    def _provision(cls, v: str) -> str:
        return _check_provision(v)

    @field_validator("related", "war_crimes")
    @classmethod
    def _provisions(cls, v: list[str]) -> list[str]:
        for p in v:
            _check_provision(p)
        return v

    @model_validator(mode="after")
    def _elements_resolve(self) -> "Rule":
        ids = [e.id for e in self.elements]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate element ids: {sorted(dup)}")
        for kind in ("concern", "observance"):
            for n, ind in enumerate(getattr(self, kind)):
                if ind.element not in ids:
                    raise ValueError(f"{kind}[{n}] names element {ind.element!r}, which the rule does not define")
        return self

    @property
    def primary(self) -> Provision:
        return Provision.parse(self.provision)


class RuleSetInfo(Strict):
    """rules/ruleset.yaml: the rule set's name and version (semver tied to legal meaning)."""

    name: str
    version: str = Field(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")
    description: str = ""
    license: str = ""


class Lexicon(Strict):
    """rules/lexicon.yaml: named phrase groups shared by rules and by context detection."""

    groups: dict[str, list[Phrase]]
    # which State each State-naming word of the iac group names; a war in which only one State
    # is named, beside an armed group, is read as non-international (conflict.py)
    states: dict[str, list[Phrase]] = Field(default_factory=dict)
    # the year from which a State's name (in the niac group) signals its internal war; a text dated only
    # before it names that State as a party to a war between States (conflict.py)
    internal_war_since: dict[str, int] = Field(default_factory=dict)

    @field_validator("groups")
    @classmethod
    def _names(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, phrases in v.items():
            if not ELEMENT_ID_RE.match(name):
                raise ValueError(f"group name {name!r} must be lower_snake_case")
            if not phrases:
                raise ValueError(f"group {name!r} is empty")
        return v


class Instrument(Strict):
    title: str
    short: str
    kind: Literal["treaty", "customary", "statute"]
    adopted: Optional[str] = None
    in_force: Optional[str] = None
    series: dict[str, str] = Field(default_factory=dict)
    unit: Literal["article", "rule"] = "article"
    first: int = 1
    last: int
    url: str
    home: Optional[str] = None
    cite: dict[str, str] = Field(default_factory=dict)


class Catalogue(BaseModel):
    """rules/catalogue/instruments.yaml: which provisions exist, and how to cite them."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    instruments: dict[str, Instrument]
    headings: dict[str, dict[int, str]] = Field(default_factory=dict)
    paragraphs: dict[str, dict[int, int]] = Field(default_factory=dict)
    subparagraphs: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    rome_statute_art8: list[str] = Field(default_factory=list)
    rome_statute_headings: dict[str, str] = Field(default_factory=dict)

    def problem(self, pid: str) -> Optional[str]:
        """Why ``pid`` does not name an existing provision, or None when it does."""
        try:
            p = Provision.parse(pid)
        except ValueError as e:
            return str(e)
        inst = self.instruments.get(p.instrument)
        if inst is None:
            return f"{pid}: instrument {p.instrument} is not in the catalogue"
        if p.instrument == "RS":
            key = pid[3:]
            if p.article != 8:
                return f"{pid}: only Rome Statute art. 8 items are catalogued"
            if p.paragraph is None or (p.subparagraph is None and p.paragraph not in (1, 2)):
                return f"{pid}: not an item of Rome Statute art. 8"
            if p.item is not None and key not in self.rome_statute_art8:
                return f"{pid}: no such item in Rome Statute art. 8 as enacted"
            if p.item is None and p.subparagraph is not None and not any(
                k.startswith(key + ".") for k in self.rome_statute_art8
            ):
                return f"{pid}: no such sub-paragraph in Rome Statute art. 8"
            return None
        if not inst.first <= p.article <= inst.last:
            return f"{pid}: {p.instrument} has {inst.unit}s {inst.first}-{inst.last}, not {p.article}"
        if p.item is not None:
            return f"{pid}: roman-numeral items are only used for the Rome Statute"
        if p.paragraph is not None:
            count = self.paragraphs.get(p.instrument, {}).get(p.article)
            if count is None:
                return f"{pid}: paragraph numbers of {p.instrument} art. {p.article} are not verified in the catalogue"
            if p.paragraph > count:
                return f"{pid}: {p.instrument} art. {p.article} has {count} paragraphs"
        if p.subparagraph is not None:
            letters = self.subparagraphs.get(p.instrument, {}).get(f"{p.article}.{p.paragraph}")
            if not letters or p.subparagraph not in letters:
                return f"{pid}: no sub-paragraph ({p.subparagraph}) in {p.instrument} art. {p.article}({p.paragraph})"
        return None

    def url(self, pid: str) -> str:
        p = Provision.parse(pid)
        inst = self.instruments[p.instrument]
        return inst.url.format(n=p.article)

    def heading(self, pid: str) -> Optional[str]:
        p = Provision.parse(pid)
        if p.instrument == "RS":
            return self.rome_statute_headings.get(pid[3:])
        return self.headings.get(p.instrument, {}).get(p.article)
