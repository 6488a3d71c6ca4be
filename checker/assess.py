"""From hits to findings: cues, elements, conflict gate, confidence.

A concern needs every required element of its rule shown by asserted words of
the text. Partly shown, denied, threatened or hypothetical acts become findings
"to verify" with questions, never concerns. Observance (good practice) is
reported on its own, and a protection can be both breached and respected.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from . import __version__
from .context import detect
from .cues import (ASSERTED, DENIED, HYPOTHETICAL, NEGATED, THREAT, Cue, asked_not_told, classify, negated_after,
                   party_claim_spans, refuted_next, scarce)
from .matcher import CompiledIndicator, Hit, Matcher, matcher_for
from .models import (
    Assessment,
    Context,
    Evidence,
    Finding,
    Incident,
    IncidentRef,
    RuleSetRef,
    ToolRef,
)
from .scope import custody_sentences
from .text import Sentences
from .timeline import years_late

NO_CAPTIVES = "Nothing in the text says that captured or surrendered fighters are involved."
CLAIM_PENALTY = 0.2
_NOUN_NEGATORS = frozenset({"no", "without", "none", "nothing", "no one", "nobody"})  # "with no water": a noun, not a denied act
WEAK_CONTEXT_PENALTY = 0.1
# words of refusal or prohibition that an indicator may require ("refused", "not allowed", "barred")
_REFUSAL = re.compile(r"\b(?:refus\w*|not|never|no|barred|bann\w*|forbid\w*|prevent\w*|denied|den(?:y|ies)|block\w*|"
                      r"withh[oe]ld\w*|declin\w*)\b", re.IGNORECASE)


@dataclass
class Support:
    """One indicator hit that survived its cues."""

    indicator: CompiledIndicator
    hit: Hit
    cue: Cue
    sentence: int
    kind: str  # concern | observance | doubt


def incident_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now_utc() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def label(confidence: float) -> str:
    return "high" if confidence >= 0.75 else "medium" if confidence >= 0.5 else "low"


def assess(incident: Incident, ruleset, *, created: Optional[str] = None, matcher: Optional[Matcher] = None,
           gate: Optional[bool] = None) -> Assessment:
    """``gate``: the answer of ``might_concern_captives`` for this text, when the caller has read it already."""
    m = matcher or matcher_for(ruleset)
    text = incident.text
    if m.might_concern_captives(text.lower()) if gate is None else gate:
        hits = m.scan(text)
        sents = Sentences(text)
        context = detect(text, hits, sents, m)
        findings = _findings(text, hits, sents, m, ruleset, context) if context.pow_context else []
    else:
        context, findings = Context(pow_context=False, conflict="unknown", explanation=NO_CAPTIVES), []
    return Assessment(
        tool=ToolRef(version=__version__),
        ruleset=RuleSetRef(name=ruleset.name, version=ruleset.version, sha256=ruleset.sha256),
        incident=IncidentRef(
            id=incident.id,
            sha256=incident_sha256(text),
            language=incident.language,
            title=incident.title,
            date=incident.date,
            place=incident.place,
        ),
        context=context,
        findings=findings,
        created=created,
    )


# a party's saying verb somewhere in the text: only then can an excuse be a claim told by the captor
_CLAIM_VERB_HINT = re.compile(r"\b(?:says?|said|claim|insist|maintain|assert|stated?|states|announced|speaks? of|"
                              r"spoke of|told|according to)", re.I)


def _applies(rule, context: Context) -> bool:
    """Does the rule apply in this context? Unknown conflicts are read as international (the POW
    regime), but treaty-only rules (API) need named parties bound by the treaty; otherwise their
    customary fallback applies."""
    conflict = context.conflict if context.conflict != "unknown" else "international"
    if conflict not in rule.applies.conflict:
        return False
    if conflict == "non-international" and rule.applies.binds == "APII" and "APII" in context.treaties_not_binding:
        return False  # Protocol II binds only its parties
    if conflict == "international":
        if rule.applies.binds and rule.applies.binds in context.treaties_not_binding:
            return False
        if rule.applies.fallback_for and rule.applies.fallback_for not in context.treaties_not_binding:
            return False
    return True


def _findings(text: str, hits: list[Hit], sents: Sentences, m: Matcher, ruleset, context: Context) -> list[Finding]:
    term_sents: dict[int, set[int]] = defaultdict(set)
    index = sents.index
    hit_sis = [index(h.start) for h in hits]  # sentence of each hit
    # act words in another sense ("in the next shot", "beat back", a "heart attack"): hits inside these spans
    # are not acts, and not the words a requirement or an "unless" looks for
    other_sense = m.group("not_violence")
    masked = [(o.start, o.end) for o in hits if o.term in other_sense] if other_sense else []
    for h, si in zip(hits, hit_sis):
        if text.startswith(":", h.end) and _LABEL.fullmatch(text, h.start, h.end):
            continue  # "Question: Does the Government ...": a parliamentary label, not a questioning
        if masked and any(a <= h.start and h.end <= b and (a, b) != (h.start, h.end) for a, b in masked):
            continue
        term_sents[h.term].add(si)

    captive_terms = m.group("captive_ref")
    custody = custody_sentences(text, sents, context, hits, captive_terms)

    present = frozenset(term_sents)
    req_sents: dict[int, set[int]] = {}

    def sentences_of(req: frozenset[int]) -> set[int]:
        """Sentences where any term of the requirement occurs (cached per requirement)."""
        key = id(req)
        found = req_sents.get(key)
        if found is None:
            found = set()
            for t in req & present:
                found |= term_sents[t]
            req_sents[key] = found
        return found

    story = sents.story

    def satisfied(ind: CompiledIndicator, si: int) -> bool:
        """Is every requirement ('with') of the indicator met for a hit in sentence ``si``?"""
        window = ind.window
        for req, custody_req in zip(ind.with_, ind.with_custody):
            if custody_req and si in custody:  # "@captive_ref": the sentence speaks of captives
                continue
            found = sentences_of(req)
            if si in found:  # the same sentence (window >= 0)
                continue
            if window > 0 and any(abs(s2 - si) <= window and story[s2] == story[si] for s2 in found):
                continue  # a nearby sentence of the same news story (a digest's next item is another event)
            return False
        return True

    def close_by(req: frozenset[int], h: Hit, near: tuple[int, int]) -> bool:
        """A word of the requirement stands at most near[0] characters before the phrase or near[1] after it."""
        before, after = near
        return any(o.term in req and (0 <= h.start - o.end <= before or 0 <= o.start - h.end <= after)
                   for o in hits)  # only indicators with "near" ask, so no index is built for every text

    def late_enough(ind: CompiledIndicator, h: Hit, si: int) -> bool:
        """Does the year after the phrase come at least ind.years_after years after the end of the fighting, named
        beside a word of the first requirement in the same story?"""
        ended = [(o.start, o.end) for o, osi in zip(hits, hit_sis) if o.term in ind.with_[0] and story[osi] == story[si]]
        late = years_late(text, h.end, ended)
        return late is not None and late >= ind.years_after

    def ended_in(ind: CompiledIndicator, s2: int) -> bool:
        """Does the sentence of an earlier 'unless' word itself end in a keeping word told after the last of them, and
        not as where the way led ("marched us into the stalag", "got off the bus ... they ran us through"; not "walked
        three days to the camp")?"""
        words = ind.unless_nearby or ind.unless
        last = max((o.end for o, osi in zip(hits, hit_sis) if osi == s2 and o.term in words), default=None)
        return last is not None and any(
            osi == s2 and o.start >= last and o.term in ind.unless_kept
            and not _LED_TO.search(text, max(last, o.start - 30), o.start)
            for o, osi in zip(hits, hit_sis))

    def refusal_required(ind: CompiledIndicator, h: Hit, si: int) -> bool:
        """Is the word that negates the phrase one the indicator requires ("refused", "not allowed")? Then
        the negation is the breach itself, not a denial of it."""
        s_start = sents[si][0]
        for o, osi in zip(hits, hit_sis):
            if osi == si and s_start <= o.start and o.end <= h.start and _REFUSAL.search(text, o.start, o.end) \
                    and any(o.term in req for req in ind.with_):
                return True
        return False

    confessable = m.group("confessable_act")
    combat = m.group("combat_death")
    agents = m.group("custody_agent")

    cue_cache: dict[tuple[int, int], Cue] = {}
    refuted_read: set[tuple[int, int]] = set()  # hits whose next sentence was read for a flat denial
    supports: dict[str, list[Support]] = defaultdict(list)
    by_term, indicators, rules, internal = m.by_term, m.indicators, ruleset.rules, m.internal
    claim_hint: Optional[bool] = None  # does the text have a saying verb (read once, when a cancel is met)
    claim_spans: dict[int, list[tuple[int, int]]] = {}  # sentence -> spans told as a party's claim (read once each)
    applies: dict[str, bool] = {}  # rule id -> does the rule apply in this context (read once per rule)
    for h, si in zip(hits, hit_sis):
        not_an_act: Optional[bool] = None
        for i in by_term.get(h.term, ()):
            ind = indicators[i]
            ok = applies.get(ind.rule_id)
            if ok is None:
                ok = applies[ind.rule_id] = _applies(rules[ind.rule_id], context)
            if not ok:
                # a protection GCIII sets between States, read in an internal war for the rule that carries it there
                ind = internal.get(i) if context.conflict == "non-international" else None
                if ind is None:
                    continue
                ok = applies.get(ind.rule_id)
                if ok is None:
                    ok = applies[ind.rule_id] = _applies(rules[ind.rule_id], context)
                if not ok:
                    continue
            # an "unless" word in the sentence (= any(si in term_sents[t] for t in ind.unless & present))
            # (a keeping word counts in the phrase's own sentence or, against an 'unless' word told before it, in any
            # sentence after that one: "They marched us north. At the camp by the river ... A bowl of millet a day")
            cancelled = bool(ind.unless) and (si in sentences_of(ind.unless) or (
                (ind.unless_after or ind.unless_before)
                and any(si - ind.unless_before <= s2 <= si + ind.unless_after and story[s2] == story[si]
                        and not (ind.unless_kept and (any(s3 in sentences_of(ind.unless_kept)
                                                          for s3 in range(min(s2 + 1, si), si + 1))
                                                      or (s2 < si and ended_in(ind, s2))))
                        for s2 in sentences_of(ind.unless_nearby or ind.unless))))
            if cancelled and combat and ind.kind == "concern" and si in sentences_of(ind.unless):
                # only fighting words cancelled it, and the fighting is not what killed them: named only as where the
                # captives were taken ("two soldiers captured in an ambush last week"), or their guards did it ("our
                # mortars started landing on the hill, and the guards just turned and fired into us where we sat")
                said = [o for o, osi in zip(hits, hit_sis) if osi == si and o.term in ind.unless]
                if all(o.term in combat for o in said) and (
                        all(_CAPTURED_IN.search(text, max(0, o.start - 60), o.start)
                            or _AFTER_THE_FIGHT.search(text, max(0, o.start - 24), o.start)
                            or (text[o.start:o.end].lower() == "fighting"
                                and _FIGHTING_CHARGED.search(text, max(0, o.start - 6), o.start)) for o in said)
                        or any(o.term in agents and 0 <= h.start - o.end <= AGENT_BEFORE
                               and not _CLAUSE_END.search(text, o.end, h.start) for o in hits)):
                    cancelled = False
            if cancelled and ind.kind == "concern" and (claim_hint if claim_hint is not None else (
                    claim_hint := bool(_CLAIM_VERB_HINT.search(text)))):
                # the excuse is only the captor's word ("the army says they died in crossfire"), while the act
                # itself is told as fact or by another source: a claim to verify does not cancel the finding
                same = si in sentences_of(ind.unless)
                near = [si] if same else [s2 for s2 in sentences_of(ind.unless_nearby or ind.unless)
                                          if si - ind.unless_before <= s2 <= si + ind.unless_after
                                          and story[s2] == story[si]]
                words = ind.unless if same else (ind.unless_nearby or ind.unless)
                said = [o for o, osi in zip(hits, hit_sis) if osi in near and o.term in words]
                for s2 in (*near, si):
                    if s2 not in claim_spans:
                        claim_spans[s2] = party_claim_spans(text, *sents[s2])
                if said and all(any(a <= o.start and o.end <= b for a, b in claim_spans[osi])
                                for o, osi in ((o, index(o.start)) for o in said)) \
                        and not any(a <= h.start < b for a, b in claim_spans[si]):
                    cancelled = False
            if cancelled and not (ind.kind == "observance" and ind.if_negated):
                continue
            if ind.with_ and not satisfied(ind, si):
                continue
            if ind.near and not all((cust and si in custody) or close_by(req, h, ind.near)
                                    for req, cust in zip(ind.with_, ind.with_custody)):
                continue
            if ind.years_after and not late_enough(ind, h, si):
                continue
            if ind.kind == "concern":
                if not_an_act is None:  # read once per hit, for the first concern indicator that gets this far
                    # "shot" of "in the next shot": a word of another phrase in another sense; "tried for
                    # shooting dead an unarmed civilian": the act's victims are not the captives; "beaten to death by
                    # fellow prisoners": its doers are not the captor
                    not_an_act = any(a <= h.start and h.end <= b and (a, b) != (h.start, h.end) for a, b in masked) \
                        or (bool(_CIVILIAN_OBJECT.match(text, h.end))
                            and not _OPENS_A_CONDITION.search(text, h.start, h.end)) \
                        or bool(_SCORE_AFTER.match(text, h.end)) \
                        or bool(_BY_FELLOW_PRISONERS.match(text, h.end)) \
                        or (bool(_DONE_BY_CAPTIVE.search(text, max(0, h.start - 60), h.start))
                            and bool(_TRANSITIVE_ACT.match(text, h.start))) \
                        or (text[h.end - 6:h.end].lower() == "killed" and bool(_TALLY_AFTER.match(text, h.end))) \
                        or (h.term in confessable and _confessed_or_charged(text, sents[si], h))
                if not_an_act:
                    continue
            key = (h.start, h.end)
            cue = cue_cache.get(key)
            if cue is None:
                cue = cue_cache[key] = classify(text, sents[si], h.start, h.end)
            if ind.kind == "concern" and cue.status == ASSERTED and key not in refuted_read:
                refuted_read.add(key)  # (read once per hit: many concern indicators share one hit)
                denied = refuted_next(text, sents[si], h.start, _next_statement(text, sents, si))
                if denied:  # "people at home think they killed all of us. They didn't."
                    cue = cue_cache[key] = Cue(status=NEGATED, attributed_to=cue.attributed_to, claim=cue.claim,
                                               words=denied, privative=False,
                                               qualifiers=(f"negated ({denied})",) + cue.qualifiers)
            if ind.kind == "observance" and cue.status == ASSERTED:
                taken_back = negated_after(text, sents[si], h.end, _next_statement(text, sents, si))
                if taken_back:  # "letters ... never arrived": the good practice is denied by its own verb
                    cue = Cue(status=NEGATED, attributed_to=cue.attributed_to, claim=cue.claim, words=taken_back,
                              privative=False, qualifiers=(f"negated ({taken_back})",) + cue.qualifiers)
                elif asked := asked_not_told(text, sents[si], sents[si + 1] if si + 1 < len(sents) else None):
                    # "Q: Did the Red Cross come?" with no yes after it: asked about, not shown
                    cue = Cue(status=HYPOTHETICAL, attributed_to=cue.attributed_to, claim=cue.claim, words=asked,
                              privative=False, qualifiers=("asked, not told",) + cue.qualifiers)
                elif ind.if_negated == "concern":
                    little = scarce(text, sents[si], h.start, h.end)
                    if little:  # "let only a handful write home", "visits were suspended": restricted, not given
                        cue = Cue(status=NEGATED, attributed_to=cue.attributed_to, claim=cue.claim, words=little,
                                  privative=False, qualifiers=(f"restricted ({little})",) + cue.qualifiers)
            if cancelled and (cue.status != NEGATED or cue.privative or cue.words.lower() in _NOUN_NEGATORS):
                continue  # an "unless" word cancels good practice, but a negated one still shows the opposite
            if cue.status == NEGATED and ind.unless_denied and si in sentences_of(ind.unless_denied):
                continue  # unless the words say the denial is of something else ("the list was not made public")
            kind = _kind(ind, cue)
            if kind is None and cue.status == NEGATED and ind.kind == "concern" and ind.with_ \
                    and refusal_required(ind, h, si):
                kind = "concern"  # "refused to hand over the parcels": the refusal the indicator asks for
            if kind:
                supports[ind.rule_id].append(Support(ind, h, cue, si, kind))

    weak_context = all(e.cue.startswith("captives") for e in context.evidence)
    findings: list[Finding] = []
    ordered = list(supports)
    if len(ordered) > 1:
        order = {rid: i for i, rid in enumerate(rules)}
        ordered.sort(key=order.__getitem__)
    for rule_id in ordered:
        findings.extend(_rule_findings(text, sents, rules[rule_id], supports[rule_id], weak_context))
    findings = _defer(findings, rules)
    findings = _also_under(findings, rules, context)
    order = {"concern": 0, "to-verify": 1, "observance": 2}
    findings.sort(key=lambda f: (order[f.assessment], not f.grave_breach, -f.confidence, f.rule_id))
    return findings


def _defer(findings: list[Finding], rules) -> list[Finding]:
    """A concern under a rule that defers to more specific ones (applies.deferred_to) is not reported on its own
    when one of them raises a concern too: its provision is named among their related provisions instead."""
    concerns = {f.rule_id: f for f in findings if f.assessment == "concern"}
    dropped = set()
    for rule_id, f in concerns.items():
        hosts = [concerns[r] for r in rules[rule_id].applies.deferred_to if r in concerns]
        if hosts:
            dropped.add(rule_id)
            for host in hosts:
                host.also_for.append(rule_id)
                if f.provision not in host.related:
                    host.related.append(f.provision)
                if f.grave_breach:  # (the deferring rule may be the one that makes the act a grave breach)
                    host.grave_breach = True
                host.war_crimes.extend(w for w in f.war_crimes if w not in host.war_crimes)
    if not dropped:
        return findings
    return [f for f in findings if not (f.assessment == "concern" and f.rule_id in dropped)]


def _also_under(findings: list[Finding], rules, context: Context) -> list[Finding]:
    """A concern under a rule whose act another article names in its own words (applies.also_under: murder, torture
    and hostage-taking of a captured fighter in an internal war are what common Article 3 forbids) is a concern
    under that rule too, with the same evidence, where that rule applies and has no concern of its own. Read after
    the deferrals: the added concern stands for the one act, and takes no other rule's concern in."""
    have = {f.rule_id for f in findings if f.assessment == "concern"}
    added: dict[str, Finding] = {}
    for f in findings:  # (concerns first, strongest first: the first source found is the one cited)
        if f.assessment != "concern":
            continue
        au = rules[f.rule_id].applies.also_under
        if au is None or au.rule in have or au.rule in added or au.rule not in rules:
            continue
        target = rules[au.rule]
        if not _applies(target, context):
            continue
        context_elements = [e.id for e in target.elements if e.context]
        others = [e.id for e in target.elements if not e.context and e.id != au.element]
        reason = (f"{f.confidence_reason}; the act is one {target.provision} names in its own words "
                  f"(found under {f.provision})")
        # the same words, shown as the element of the rule they are reported under
        evidence = [e.model_copy(update={"element": au.element}) for e in f.evidence]
        added[au.rule] = _finding(target, "concern", f.confidence, reason, evidence, list(target.questions),
                                  context_elements + [au.element], [], others,
                                  serious=f.grave_breach or bool(f.war_crimes))
    if not added:
        return findings
    # the concern takes the place of a finding to verify under the same rule
    kept = [f for f in findings if not (f.rule_id in added and f.assessment == "to-verify")]
    return kept + list(added.values())


# a capture told with the fight it happened in: "captured in an ambush", "taken prisoner during the fighting"
_CAPTURED_IN = re.compile(r"\b(?i:captured|taken(?: prisoner| alive)?|seized|caught)\s+(?i:(?:alive|wounded)\s+)?"
                          # the fight may be named by its place: "captured in the Malam Fatori attack"; the captives
                          # may be named before it: "had captured two soldiers after an ambush"
                          r"(?:(?i:(?:him|her|them|(?:a|an|the|some|several|dozens of|\d+|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten)\s+(?:\w+\s+)?(?:soldiers?|fighters?|men|troops|policemen|guards))\s+)?"
                          r"(?i:in|during|after)\s+(?i:an?|the)\s+(?:[A-Z][\w'-]*\s+){0,3})?$")

# the fight named only as the time before the act: "in the first days after the fighting around Badme, killing
# wounded soldiers who had been captured", "once the battle was over they shot the prisoners"
_AFTER_THE_FIGHT = re.compile(r"\b(?i:after|following|once|since)\s+(?i:the|that)\s+$")
# ... or the fighting is what the captive was tried or killed for: "found him guilty of apostasy for fighting with the
# government, and he was shot", "found them guilty of fighting the Muslims"
_FIGHTING_CHARGED = re.compile(r"\b(?i:for|of)\s+$")


# how far before an act its doer may stand ("the guards just turned and fired"), and what ends his clause
AGENT_BEFORE = 30
_CLAUSE_END = re.compile(r"[.;:!?]")


# the labels of a question-and-answer text ("Question: ...", "Answer: ...") are not words of its story
_LABEL = re.compile(r"(?:question|answer|q|a)", re.I)
# the people an act is done to, named right after it, when they are not captives: "shooting dead an
# unarmed civilian", "torturing villagers in Bucha", "the killing of a civilian motorist" (what a captive is
# tried for, or another story)
_CIVILIAN_OBJECT = re.compile(
    r"(?:\s+(?:dead|to death|down|at|of))?\s+(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|"
    r"dozens of|hundreds of|scores of|some|local|unarmed|innocent|peaceful|elderly|young|ordinary|civilian|"
    r"\d+-year-old)\s+){0,3}"
    r"(?:civilians?|villagers?|residents?|inhabitants|locals|passers-?by|women|children|farmers?|shepherds?|journalists?|"
    r"aid workers?|protesters?|demonstrators?|pensioners?|neighbou?rs?|man on a bicycle|men on bicycles)\b", re.I)

# a phrase that ends by opening a condition: who follows it is whom the demand is for, not the act's victims
# ("these soldiers will go home only when the women of our families held in Adra prison are set free")
_OPENS_A_CONDITION = re.compile(r"\b(?:when|if|until|unless|once)$", re.I)

# an act done by the captives' fellow prisoners, not by the captor: "a prisoner thought to have talked was beaten to
# death by fellow prisoners; the Army investigated" (the captor's duty is then to enquire and try them, Arts 121, 129)
_BY_FELLOW_PRISONERS = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+by\s+(?:(?:(?:his|her|their|some|the|several)\s+)?(?:fellow|other)\s+"
    r"(?:prisoners|inmates|captives|pows)|(?:his|her|their)\s+cellmates)\b", re.I)

# an act whose doer is a captive, named as the subject of a relative clause with the act as its own verb: "a prisoner
# who punched another in a fight lost his calls", "a prisoner of war who struck and killed a sentry was tried" (what
# the captive did, or is tried for; not "prisoners who were beaten", nor "who died" or "who suffocated", where the
# captive is the one it happened to)
_DONE_BY_CAPTIVE = re.compile(
    r"\b(?:prisoners?|captives?|pows?|pws?|inmates?)(?:\s+of\s+war)?\s*,?\s+who\s+(?:(?:had|then|later|once)\s+)?"
    r"(?:[a-z]+\s+(?:and|or)\s+)?$", re.I)
# where a way led, told before the place: "to the camp", "towards a colony", "for the stalag at ..."
_LED_TO = re.compile(r"\b(?:to|towards?|for|back)\s+(?:(?:the|a|an|another|their|our)\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
_TRANSITIVE_ACT = re.compile(r"(?:punched|struck|hit|beat|kicked|stabbed|killed|attacked|assaulted|murdered|shot|"
                             r"strangled|knifed|wounded|injured)\b", re.I)

# a game's result: "Hut 104 beat Hut 109 in the soccer final, 3-1" (a camp newsletter's sports page)
_SCORE_AFTER = re.compile(r"[^.;:!?]{0,45}?[,(]\s*\d{1,2}\s*[-\u2013]\s*\d{1,2}\s*(?:[,.;)]|$)")


# a tally of the dead beside the wounded: "52 PW KILLED 120 WOUNDED", "one prisoner was killed outright and several
# were badly burned", "were killed and scores wounded" -- the count of an explosion, a shelling or an accident, whose
# cause the tally does not tell (labelling rule 6: not for deaths of unclear cause); an agent's act keeps its object
# between ("guards killed two and wounded three")
_TALLY_AFTER = re.compile(
    r"(?:\s+(?:outright|instantly))?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+(?=\d|(?:scores|dozens|hundreds|many|several|"
    r"others|some|a few|at least|more than|over)\b))(?:(?:\d[\d,]*|scores|dozens|hundreds|many|more|several|others|some|"
    r"a few|at least \d+|more than \d+|over \d+)\s+)?(?:(?:were|was|are|had been|have been|others|more|people|"
    r"prisoners|men|pw|pows)\s+)*(?:badly\s+|seriously\s+|severely\s+)?(?:wounded|injured|burn(?:ed|t)|hurt)\b"
    r"(?!\s+(?:prisoners?|soldiers?|captives?|men|fighters?|pows?)\b)",
    re.IGNORECASE)


# what a captive is made to confess is not an act done to him: "they wrote a confession that I took money from
# Qatar to kill soldiers"
_CONFESSED = re.compile(r"\b(?:confession|confessions|confessed|confessing|confess|admitted|admitting|admit)\s+"
                        r"(?:that|to)\b[^.;:!?]*$", re.I)
# the crime a captive (or anyone) is tried or punished for is not an act done to the captives, unless they are its
# victims: "sentenced to death ... for the murder of a camp guard", "serving sentences for murder and robbery"; but
# "accused the guards of the murder of two prisoners of war"
_CHARGED_FOR = re.compile(r"\b(?:sentenced|sentences?|convicted|tried|charged|jailed|imprisoned|accused|indicted|"
                          r"prosecuted|punished|serving time|found guilty)\b[^.;:!?]{0,60}?\b(?:for|of|with)\s+"
                          r"(?:the\s+|a\s+|an\s+)?$", re.I)
_CAPTIVES_AFTER = re.compile(r"[^.;:!?]{0,40}?\b(?:prisoners?|captives?|pows?|captured|soldiers?|servicem[ae]n|"
                             r"fighters?|detainees?|him|them|her)\b", re.I)


def _confessed_or_charged(text: str, sentence: tuple[int, int], h: Hit) -> bool:
    """Is the act what someone confessed to, or the crime someone is tried or punished for (with no captives
    named as its victims)?"""
    start = max(sentence[0], h.start - 80)
    return bool(_CONFESSED.search(text, start, h.start)) or (
        bool(_CHARGED_FOR.search(text, start, h.start)) and not _CAPTIVES_AFTER.match(text, h.end, sentence[1]))


def _next_statement(text: str, sents: Sentences, si: int):
    """The next sentence, skipping one-word interjections ("lol.", "Nothing.")."""
    for j in range(si + 1, min(len(sents), si + 3)):
        s, e = sents[j]
        if len(text[s:e].split()) > 1:
            return sents[j]
    return None


def _kind(ind: CompiledIndicator, cue: Cue) -> Optional[str]:
    if ind.conditional_only and cue.status not in (HYPOTHETICAL, THREAT):
        return None
    if cue.status == ASSERTED:
        return ind.kind
    if cue.status == NEGATED:
        return ind.if_negated
    if cue.status in (HYPOTHETICAL, THREAT) and ind.conditional_ok:
        return ind.kind
    if ind.kind == "concern" and cue.status in (DENIED, HYPOTHETICAL, THREAT):
        return "doubt"
    return None


def _evidence(text: str, sents: Sentences, sup: Support) -> Evidence:
    h = sup.hit
    s, e = sents[sup.sentence]
    cue = sup.indicator.cue or f"\u201c{text[h.start:h.end]}\u201d"
    return Evidence(
        start=h.start,
        end=h.end,
        text=text[h.start : h.end],
        cue=cue,
        element=sup.indicator.element,
        qualifiers=list(sup.cue.qualifiers),
        sentence_start=s,
        sentence_end=e,
    )


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    out: list[Evidence] = []
    for ev in sorted(evs, key=lambda e: (e.start, -e.end)):
        if out and out[-1].start <= ev.start and ev.end <= out[-1].end:
            continue
        out.append(ev)
    return out


def _confidence(sups: list[Support], weak_context: bool) -> tuple[float, str]:
    best = max(sups, key=lambda s: s.indicator.weight)
    conf = best.indicator.weight
    reasons = [f"strongest cue {best.indicator.cue or 'phrase'} (weight {best.indicator.weight:.2f})"]
    sentences = {s.sentence for s in sups}
    if len(sentences) > 1:
        bonus = min(0.15, 0.05 * (len(sentences) - 1))
        conf += bonus
        reasons.append(f"shown in {len(sentences)} sentences (+{bonus:.2f})")
    if all(s.cue.claim for s in sups):
        conf -= CLAIM_PENALTY
        who = next((s.cue.attributed_to for s in sups if s.cue.attributed_to), None)
        reasons.append(f"only as a claim{' by ' + who if who else ''} (-{CLAIM_PENALTY:.2f})")
    if weak_context:
        conf -= WEAK_CONTEXT_PENALTY
        reasons.append(f"captive status only implied (-{WEAK_CONTEXT_PENALTY:.2f})")
    conf = round(min(0.99, max(0.05, conf)), 2)
    return conf, "; ".join(reasons)


def _finding(rule, assessment: str, conf: float, reason: str, evidence, questions, met, not_met, unknown,
             serious: bool = True) -> Finding:
    """``serious``: may the act shown be a grave breach or war crime? Not when only the words of a rule of wars
    between States that is neither show it (food or quarters read under common Article 3 in an internal war)."""
    return Finding(
        rule_id=rule.id,
        provision=rule.provision,
        related=list(rule.related),
        title=rule.title,
        assessment=assessment,
        confidence=conf,
        confidence_label=label(conf),
        confidence_reason=reason,
        evidence=evidence,
        questions=questions,
        elements_met=met,
        elements_not_met=not_met,
        elements_unknown=unknown,
        grave_breach=rule.grave_breach if assessment == "concern" and serious else False,
        war_crimes=list(rule.war_crimes) if assessment == "concern" and serious else [],
        follow_up=list(rule.follow_up) if assessment != "observance" else [],
    )


def _rule_findings(text: str, sents: Sentences, rule, sups: list[Support], weak_context: bool) -> list[Finding]:
    out: list[Finding] = []
    concern = [s for s in sups if s.kind == "concern"]
    observance = [s for s in sups if s.kind == "observance"]
    doubt = [s for s in sups if s.kind == "doubt"]
    context_elements = [e.id for e in rule.elements if e.context]
    required = [e for e in rule.elements if e.required and not e.context]
    shown = {s.indicator.element for s in concern}
    met = context_elements + [e.id for e in rule.elements if e.id in shown]
    unmet_required = [e for e in required if e.id not in shown]
    open_optional = [e for e in rule.elements if not e.required and not e.context and e.id not in shown]
    element_questions = [e.question for e in unmet_required + open_optional if e.question]

    if concern:
        conf, reason = _confidence(concern, weak_context)
        evidence = _dedupe([_evidence(text, sents, s) for s in concern])
        if unmet_required:
            conf = round(min(conf, 0.45), 2)
            reason += "; not every element is shown: " + ", ".join(e.id for e in unmet_required)
            out.append(
                _finding(rule, "to-verify", conf, reason, evidence, element_questions + list(rule.questions),
                         met, [], [e.id for e in unmet_required + open_optional])
            )
        else:
            out.append(
                _finding(rule, "concern", conf, reason, evidence, element_questions + list(rule.questions),
                         met, [], [e.id for e in open_optional], serious=any(s.indicator.serious for s in concern))
            )
    elif doubt:
        evidence = _dedupe([_evidence(text, sents, s) for s in doubt])
        statuses = sorted({s.cue.status for s in doubt})
        why = {
            DENIED: "the act is mentioned only as denied",
            THREAT: "the act is mentioned only as threatened",
            HYPOTHETICAL: "the act is mentioned only as possible, demanded or feared",
        }
        reason = "; ".join(why[s] for s in statuses) + "; this is not evidence that it happened"
        questions = ["Is there independent evidence that the act described actually took place?"]
        if DENIED in statuses:
            questions.insert(0, "Who made the allegation that was denied, and what evidence supports it?")
        out.append(
            _finding(rule, "to-verify", 0.25, reason, evidence, questions + list(rule.questions), context_elements,
                     [], [e.id for e in required])
        )
    if observance:
        conf, reason = _confidence(observance, weak_context)
        evidence = _dedupe([_evidence(text, sents, s) for s in observance])
        out.append(_finding(rule, "observance", conf, reason, evidence, [], context_elements, [], []))
    return out
