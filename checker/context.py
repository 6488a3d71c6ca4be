"""Context gates: is the text about captured fighters at all, and in which kind of conflict?

Vocabulary comes from the lexicon (rules/lexicon.yaml), groups:
  pow            words that alone mean captured fighters ("prisoners of war", "POWs")
  hors_de_combat fighters out of the fight ("surrendering soldiers", "raised their hands")
  captured       capture words ("captured", "taken prisoner", "held") ...
  fighter        ... that count when near a fighter word ("soldiers", "servicemen")
  captive        weak words ("captives", "prisoners") that need a fighter word in the text
  not_pow        words for people who are not captured fighters (civilian internees, inmates)
  iac / niac     signals of an international / non-international armed conflict
"""

from __future__ import annotations

from .cues import DENIED, HYPOTHETICAL, NEGATED, classify, negated_noun
from .matcher import Hit, Matcher
from .models import Context, Evidence
from .text import Sentences

import re

SURRENDERING = "fighters surrendering or out of combat"
SURRENDERED = "fighters who had surrendered"
_SURRENDER_DONE = re.compile(r"\b(?:had surrendered|who surrendered|after (?:they |he )?surrender(?:ed|ing)|surrendered (?:soldiers?|troops|"
                             r"fighters?|servicem[ae]n|men|militants|enemy)|gave (?:themselves|himself) up|who gave up|had given up|"
                             r"laid down)\b", re.I)
CONTEXT_GROUPS = ("pow", "hors_de_combat", "captured", "held", "capture_weak", "restrained", "released", "summary_killing", "fighter",
                  "captive", "custody_cue", "not_pow", "iac", "niac", "niac_weak", "api_non_party", "hostilities_over", "exchange")
PAIR_DISTANCE = 60  # characters between a capture word and a fighter word
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|remain|remained|still)\b", re.I)
# a participle followed by a preposition or the end of a clause: "soldiers captured near X", "held by"
_PARTICIPLE_NEXT = re.compile(
    r"\s*(?:[,.;:)]|$|(?:by|in|at|near|after|during|on|from|when|while|since|for|as|last|earlier|overnight|"
    r"yesterday|today|outside|inside|around|behind|under)\b)", re.I)
# "the pilot it captured", "soldiers they had seized": the fighter is the object
_OBJECT_RELATIVE = re.compile(r"^\s*(?:(?:that|whom|who)\s+)?(?:it|they|he|she|we|i|you|the group|the rebels|the militants|"
                              r"the enemy|the other side|the russians|the ukrainians|the azerbaijanis|the armenians|"
                              r"the iraqis|the iranians|the eritreans|the ethiopians|the british|the argentines)"
                              r"(?:\s+(?:had|has|have))?\s*$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|me|us|my|our)\b")


_LOOKS_PARTICIPLE = re.compile(r"(?:ed|en|held|kept|caught|took)$", re.I)


def _ATTACHES(between: str) -> bool:
    """A participle after the fighter word modifies it ("soldiers captured near X", "troops, seized in May,")
    unless another verb and noun stand between ("soldiers forcing Iraqis, detained for ...")."""
    words = re.findall(r"[A-Za-z']+", between)
    return len(words) <= 2 and not any(w.lower().endswith("ing") for w in words)


# what an everyday verb ("taken", "took", "caught") means when it is not capture
_WEAK_NOT_CAPTURE = re.compile(
    r"^\s*(?:(?:\w+\s+){0,3}?to (?:a |the |an )?(?:\w+ )?(?:hospital|clinic|medical|morgue|mortuary|safety|shelter|funeral|cemetery|"
    r"front|frontline|front line|positions?|training|school|work|church)\b|part\b|place\b|control\b|positions?\b|cover\b|over\b|up\b|"
    r"ill\b|seriously\b|sick\b|in the (?:crossfire|fighting|shelling|blast|explosion|rain|open)\b|off guard\b|fire\b|"
    r"by surprise\b|aback\b|on\b|out of (?:action|service)\b|red.handed\b|"
    r"(?!during\b|morning\b|evening\b|bring\b)[a-z]+ing\b)",  # "caught planting mines": caught in the act
    re.IGNORECASE)
_ENDS_WEAK = re.compile(r"(?:caught|taken|took|held|kept|grabbed|seized)$")
WEAK_DISTANCE = 25  # "they took our boys", "caught two Russian soldiers": the fighter right after the verb
# "a prisoner of his own bad first touch", "prisoner of their ideology": not a captive
_FIGURATIVE = re.compile(r"\s+of\s+(?:his|her|its|their|my|our|your|the|a|an|this|that)\b", re.I)
_OF_WAR = re.compile(r"\s+of\s+(?:the\s+)?(?:war|conflict|(?:the\s+)?(?:enemy|russians?|ukrainians?|rebels?|militia|group|army|"
                     r"taliban|houthis?|islamic state|is|isis|armed group|other side|regime|junta))\b", re.I)
# "prisoners of the pro-Kurdish Manbij Military Council", "of the United States": a named side, not a figure
_NAMED_SIDE = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+[A-Z][\w'-]*")
# "captured soldiers" names people; "had been taken prisoner" is the verb of its clause
_ADJECTIVAL = re.compile(r"^(?:captured|captive|seized) (?!me\b|us\b|him\b|her\b|them\b|with\b)\w+$")
_PRONOUN_AFTER = re.compile(r"\s+(?:them|him)\b", re.I)  # "released them"
_PRONOUN_BEFORE = re.compile(r"\b(?:them|him|they|he)(?:\s+[a-z]+){0,2}\s*$", re.I)  # "them now on their knees"
_CAPTURE_VERB = re.compile(r"\b(?:captured?|taken|took|caught|surrendered|seized)\b")
# "a captive market", "a captive audience": not a person held
_NOT_A_CAPTIVE = re.compile(r"(?:\s+(?:market|audience|customers?|insur\w*|breeding|bred|animals?|portion|supply|power|shops?)\b"
                            r"|(?:'s|s'|s)?\s+dilemma\b|\s*/\s*mia\s+accounting)", re.I)  # "prisoner's dilemma", "POW/MIA Accounting Agency"
# "we are not taking prisoners on price", "take no prisoners": an idiom
_NO_PRISONERS_IDIOM = re.compile(r"\b(?:take|takes|taking|took|taken)\s+no\s+$|\bnot\s+(?:take|taking)\s+$", re.I)
_NAMES_POW = re.compile(r"\bp\.?o\.?w|prisoners? of war|soldier|servicem|fighter|combatant|pilot|marine|troops|epw", re.I)
_POW_WORDS = re.compile(r"\bp\.?o\.?w|prisoners? of war")
# the dead are handed over, not captives: "exchanged the bodies of 500 fallen soldiers"
_REMAINS_OF = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?)\s+of\b", re.I)
_REMAINS = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?|dead|fallen|killed)\b", re.I)
# acronyms that collide with everyday words are read only in capitals: "IS published a film"
_CASED_ACRONYMS = ("IS", "LTTE", "ELN", "FARC", "RSF")
_CASED_NIAC = re.compile(r"\b(?:IS|ISIL|ISIS|LTTE|ELN|FARC|RSF)\b")
# surrender is told in the active voice of the one who surrenders: "1,000 marines have surrendered"
_SURRENDER_VERB = re.compile(r"surrender(?:s|ed|ing)?\b(?!\s+(?:of|to\s+(?:the\s+)?(?:temptation|pressure|demands?)))", re.I)
_SUBJECT_GAP = re.compile(r"^\s*(?:,[^,;.]{0,60},\s*|,\s*)?(?:(?:had|has|have|all|also|then|finally|eventually|reportedly|"
                          r"later|quickly|soon|themselves|[0-9]+|who|that)\s+){0,3}$", re.I)
# "an exchange of fire", "exchanged fire", "a swap deal for gas": not an exchange of people
_NOT_AN_EXCHANGE = re.compile(r"\s+(?:of\s+(?:fire|gunfire|shots|blows|views|letters|notes|information|messages|"
                              r"artillery|rockets?|missiles?)|fire|shots|blows|rates?|programmes?|programs?|students?)\b", re.I)
_AFTER_BEING = re.compile(r"\bafter (?:being|having been|they had been|they were|he had been|he was)\s+$", re.I)
AFTER_BEING_DISTANCE = 160
# a second subject in between ("soldiers said that civilians were killed after being held") breaks the link
_PASSIVE_AGENT_FIGHTER = re.compile(r"\b(?:said|says|say|told|that|who|which|civilians?|residents?|villagers?)\b", re.I)
_KILLED_OBJECT = re.compile(r"\b(?:kill|execut|shot|shoot|murder|massacr)\w*\s+(?:[\w,-]+\s+){0,5}$", re.I)
# "executed by soldiers", "executed for killing soldiers": the fighters named after are not the victims
_NOT_VICTIMS = re.compile(r"\b(?:by|for|after|over|because|following|against|on|with|in|as|the\s+(?:plan|order|operation|raid|attack|strike))\b"
                          r"|[;:.]", re.I)
_JUDICIAL = re.compile(r"\b(?:hang(?:s|ed|ing)?|hanged|sentenc\w*|convict\w*|court|courts|mercy|death row|death penalty|"
                       r"capital punishment|tribunal|for refusing|deserters?|desertion|treason|mutiny|mutineers?)\b", re.I)
_SUMMARILY = re.compile(r"summar|execution.style", re.I)
_THEM_AFTER = re.compile(r"\s+(?:(?:many|most|some|all|several|dozens|scores|\d+)\s+of\s+)?them\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and then|but|after|before|when)\b", re.I)


def _ev(text: str, start: int, end: int, cue: str) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end], cue=cue)


def detect(text: str, hits: list[Hit], sents: Sentences, m: Matcher) -> Context:
    groups_of = m.context_groups_of()

    def live(h: Hit) -> bool:
        """A context word counts unless it is itself negated ("no prisoners were taken") or figurative
        ("a prisoner of his coalition partners")."""
        fig = _FIGURATIVE.match(text, h.end)
        if fig and not _OF_WAR.match(text, h.end) and not _NAMED_SIDE.match(text, fig.end()):
            return False
        if _NOT_A_CAPTIVE.match(text, h.end) or _NO_PRISONERS_IDIOM.search(text, max(0, h.start - 20), h.start):
            return False
        return not negated_noun(text, sents[sents.index(h.start)], h.start)

    def live_verb(h: Hit, predicate: bool = True) -> bool:
        """A capture verb counts unless negated, or, when it is the verb of the clause, denied or only
        supposed ("should aircrew be captured"). "Denied that captured soldiers were beaten" denies the
        beating, not the capture; "rejects claims about servicemen in its custody" keeps the custody."""
        cue = classify(text, sents[sents.index(h.start)], h.start, h.end)
        if (predicate and cue.status in (HYPOTHETICAL, DENIED) and _CAPTURE_VERB.search(m.terms[h.term])
                and not _NAMES_POW.search(m.terms[h.term])):
            return False
        return cue.status != NEGATED or cue.privative

    by: dict[str, list[Hit]] = {name: [] for name in CONTEXT_GROUPS}
    for h in hits:
        for name in groups_of.get(h.term, ()):
            by[name].append(h)
    evidence: list[Evidence] = []
    # sentences that speak of people who are not captured fighters (civilian detainees, inmates)
    civilian = {sents.index(h.start) for h in by["not_pow"]}
    near_civilian = civilian | {i + 1 for i in civilian} | {i - 1 for i in civilian}
    fighter_sents = {sents.index(f.start) for f in by["fighter"]}
    for h in by["pow"]:
        if live(h):
            si = sents.index(h.start)
            if si in civilian and si not in fighter_sents and not _NAMES_POW.search(m.terms[h.term]):
                continue  # "they took us from the square in a police van": people who are not fighters
            term = m.terms[h.term]
            if _CAPTURE_VERB.search(term) and not _ADJECTIVAL.match(term) and classify(
                    text, sents[si], h.start, h.end).status in (DENIED, HYPOTHETICAL):
                continue  # "claims that soldiers had been taken prisoner", dismissed as a fabrication
            evidence.append(_ev(text, h.start, h.end, "captured fighters named"))
    for h in by["hors_de_combat"]:
        if live(h):
            # a surrender that is over ("who had surrendered", "gave themselves up") puts them in custody
            done = _SURRENDER_DONE.search(text[h.start:h.end])
            evidence.append(_ev(text, h.start, h.end, SURRENDERED if done else SURRENDERING))
    fighters = by["fighter"]
    weak = {(h.start, h.end) for h in by["capture_weak"]}
    for kind in ("captured", "held", "released", "restrained"):
        for c in by[kind]:
            if (c.start, c.end) in weak and _WEAK_NOT_CAPTURE.match(text[c.end:c.end + 60]):
                continue  # "taken to hospital", "took part", "caught in the crossfire"
            if kind == "released" and _NOT_AN_EXCHANGE.match(text, c.end):
                continue  # "the two sides exchanged fire"
            si = sents.index(c.start)
            # "Seven soldiers are beheaded ... after being seized by militants": the subject was the captive
            after_being = kind in ("captured", "held") and _AFTER_BEING.search(text, max(0, c.start - 30), c.start)
            for f in fighters:
                if sents.index(f.start) != si:
                    continue
                if after_being and f.end <= c.start and c.start - f.end <= AFTER_BEING_DISTANCE and live(f) \
                        and not _PASSIVE_AGENT_FIGHTER.search(text, f.end, c.start):
                    evidence.append(_ev(text, f.start, c.end, "fighters in the captor's hands"))
                    break
                if f.start >= c.end and kind == "held":
                    continue  # "holds a funeral for six soldiers"
                if f.start >= c.end:  # "captured (Ukrainian) soldiers"
                    gap, between = f.start - c.end, text[c.end : f.start]
                else:  # "soldiers were captured / held by", not "gunmen abducted two ..." (fighters as captors)
                    gap, between = c.start - f.end, text[f.end : c.start]
                    # "some units have surrendered to ...", "the rebel chief, with hundreds of fighters, surrenders"
                    surrendered = _SURRENDER_VERB.match(text, c.start) and _SUBJECT_GAP.match(between)
                    if kind != "restrained" and not surrendered and not (_PASSIVE.search(between) or _OBJECT_RELATIVE.search(between)
                                                     or (_PARTICIPLE_NEXT.match(text[c.end:])
                                                         and (kind != "captured"
                                                              or not _LOOKS_PARTICIPLE.search(text[c.start:c.end])
                                                              or _ATTACHES(between)))):
                        continue
                if kind != "held" and re.search(
                        r"\bby\s+(?:\w+\s+){0,2}$", text[max(0, f.start - 30) : f.start], re.I):
                    continue  # "arrested by British soldiers": the fighters are the captors
                if kind == "released" and ((f.start >= c.end and _REMAINS.search(between))
                                           or _REMAINS_OF.search(text, max(sents[si][0], f.start - 100), f.start)):
                    continue  # "exchanged the bodies of 500 fallen soldiers", "the bodies of soldiers ... were returned"
                # a participle that follows its noun with no auxiliary ("the two soldiers captured by X") is
                # not the verb of the clause: "wants the soldiers captured by X handed over" supposes no capture
                predicate = f.start < c.end and (bool(_PASSIVE.search(between)) or bool(_SURRENDER_VERB.match(text, c.start))
                                                 or not _LOOKS_PARTICIPLE.search(text[c.start:c.end]))
                if 0 <= gap <= PAIR_DISTANCE and live_verb(c, predicate) and live(f) and not _CLAUSE_BREAK.search(between):
                    s, e = min(c.start, f.start), max(c.end, f.end)
                    evidence.append(_ev(text, s, e, "fighters in the captor's hands"))
                    break
            else:
                # the fighters named in the sentence before, then a pronoun: "15 Armenian soldiers are
                # home. Baku released them", "these SAF rats ... look at them now on their knees"
                if kind == "held" or si == 0 or not (_PRONOUN_AFTER.match(text, c.end)
                                                     or _PRONOUN_BEFORE.search(text[max(0, c.start - 30):c.start])):
                    continue
                before = [f for f in fighters if sents.index(f.start) == si - 1 and live(f)]
                if before and live_verb(c) and not civilian & {si - 1, si}:
                    evidence.append(_ev(text, before[-1].start, c.end, "fighters in the captor's hands"))
    # killed "summarily" or "execution-style": "claim to have killed fifty members of the Syrian Army,
    # summarily killing many of them"
    for h in by["summary_killing"]:
        si = sents.index(h.start)
        if si in civilian or classify(text, sents[si], h.start, h.end).status in (NEGATED, DENIED, HYPOTHETICAL):
            continue
        near = (sents[max(0, si - 1)][0], sents[min(len(sents) - 1, si + 1)][1])  # "He is hanged after his petition ..."
        if _JUDICIAL.search(text, *near) and not _SUMMARILY.match(text, h.start):
            continue  # a sentence carried out after a trial, or a State executing its own soldier: not a captive's killing
        for f in fighters:
            if sents.index(f.start) != si or not live(f):
                continue
            if f.start >= h.end:  # the victims named after: "summarily executed twelve soldiers", not "... by soldiers"
                victims = f.start - h.end <= 40 and not _NOT_VICTIMS.search(text[h.end:f.start])
            else:  # named before: "soldiers were summarily shot", "killed fifty soldiers, summarily killing many of them"
                victims = h.start - f.end <= 40 and bool(
                    _PASSIVE.search(text[f.end:h.start])
                    or (_THEM_AFTER.match(text, h.end) and _KILLED_OBJECT.search(text, max(sents[si][0], f.start - 50), f.start)))
            if victims:
                evidence.append(_ev(text, h.start, h.end, "fighters killed summarily, in the killers' power"))
                break
    # an everyday capture verb right before the fighters: "they took our boys", "caught two soldiers"
    for c in by["capture_weak"]:
        if _WEAK_NOT_CAPTURE.match(text[c.end:c.end + 60]) or not live_verb(c):
            continue
        si = sents.index(c.start)
        for f in fighters:
            between = text[c.end:f.start]
            if f.start < c.end or sents.index(f.start) != si or len(between) > WEAK_DISTANCE or len(between.split()) > 3 \
                    or re.search(r"[,;:.]|\b(?:by|and|from|with|for|as|at|in|on|near|after|before|when|while|to|of|into)\b",
                                 between, re.I) or si in near_civilian:
                continue
            if _WEAK_NOT_CAPTURE.match(text[f.end:f.end + 60]) or not live(f):
                continue
            evidence.append(_ev(text, c.start, f.end, "fighters in the captor's hands"))
            break
        else:
            # fighters named in the sentence before, then "caught them": "several hundred soldiers did not get
            # away. The fighters who caught them in the desert made them strip"
            if si > 0 and _PRONOUN_AFTER.match(text, c.end) and not civilian & {si - 1, si}:
                before = [f for f in fighters if sents.index(f.start) == si - 1 and live(f)]
                if before:
                    evidence.append(_ev(text, before[-1].start, c.end, "fighters in the captor's hands"))
    # an exchange or swap in the same sentence as the fighters: "back since the summer exchange, the sergeant"
    for h in by["exchange"]:
        if _NOT_AN_EXCHANGE.match(text, h.end) or not live(h):
            continue
        si = sents.index(h.start)
        if si in near_civilian or _REMAINS_OF.search(text, *sents[si]):
            continue
        for f in fighters:
            if sents.index(f.start) == si and live(f):
                s, e = min(h.start, f.start), max(h.end, f.end)
                evidence.append(_ev(text, s, e, "fighters in an exchange of prisoners"))
                break
    war_text = fighters or by["iac"] or by["niac"] or by["hostilities_over"]
    if not evidence and (war_text or any(live_verb(c) for c in by["captured"])):
        for h in by["captive"]:
            if _ENDS_WEAK.search(m.terms[h.term]) and _WEAK_NOT_CAPTURE.match(text[h.end:h.end + 60]):
                continue  # "we were caught in the crossfire", "they were held up"
            si = sents.index(h.start)
            # civilians mentioned in the text: only a captive word beside a fighter word counts
            if live(h) and (not civilian or (si in fighter_sents and si not in near_civilian)):
                evidence.append(_ev(text, h.start, h.end, "captives, in a text about armed conflict"))
    if not evidence:
        # a custody setting described in its own words: two different cues (a camp and its guards,
        # an exchange and captivity) in a text about fighters or a war, or a first-person account
        cues = [h for h in by["custody_cue"] if live(h) and (not civilian or (
            sents.index(h.start) in fighter_sents and sents.index(h.start) not in near_civilian))
            and not _REMAINS_OF.search(text, *sents[sents.index(h.start)])]
        cues = [h for h in cues if not _NOT_AN_EXCHANGE.match(text, h.end)]  # "exchanged fire"
        distinct = {text[h.start:h.end].lower() for h in cues}  # two terms on one word ("exchange", "exchanged") are one cue
        if len(distinct) >= 2 and (fighters or by["iac"] or by["niac"] or by["niac_weak"] or _FIRST_PERSON.search(text)):
            evidence.extend(_ev(text, h.start, h.end, "a custody setting described") for h in cues[:3])
    evidence = _dedupe(evidence)
    pow_context = bool(evidence)

    iac = [h for h in by["iac"] if live(h)]
    niac = [h for h in by["niac"] if live(h)]
    niac_weak = [h for h in by["niac_weak"] if live(h)]
    pow_named = any(_POW_WORDS.search(m.terms[h.term]) for h in by["pow"])
    if any(a in text for a in _CASED_ACRONYMS):
        niac += [Hit(mt.start(), mt.end(), -1) for mt in _CASED_NIAC.finditer(text)
                 if not any(h.start <= mt.start() < h.end for h in niac)]
    if niac:
        # "POW" said of a captive in an internal war is no sign of a war between States
        iac = [h for h in iac if h.term < 0 or not _POW_WORDS.search(m.terms[h.term])]
    conflict, conflict_ev = classify_conflict(iac, niac, niac_weak, pow_named)
    not_binding: list[str] = []
    if conflict == "unknown" or (conflict == "international" and any(live(h) for h in by["api_non_party"])):
        not_binding = ["API"]
    conflict_evidence = _dedupe([_ev(text, h.start, h.end, f"{conflict} conflict signal") for h in conflict_ev])

    if pow_context:
        quoted = list(dict.fromkeys(e.text for e in evidence))[:3]
        explanation = "The text speaks of captured or surrendered fighters (" + "; ".join(
            f"\u201c{q}\u201d" for q in quoted
        ) + ")."
    elif by["not_pow"]:
        explanation = (
            "The text concerns people who are not captured fighters (e.g. civilian detainees, hostages or "
            "ordinary prisoners); prisoner-of-war protections are not assessed."
        )
    else:
        explanation = "Nothing in the text says that captured or surrendered fighters are involved."
    if conflict == "unknown":
        explanation += " The kind of conflict is not stated; the rules for international conflicts are applied."
    else:
        article = "an" if conflict == "international" else "a"
        signals = list(dict.fromkeys(e.text for e in conflict_evidence))[:3]
        explanation += f" Signals of {article} {conflict} armed conflict: " + ", ".join(
            f"\u201c{q}\u201d" for q in signals
        ) + "."
    if not_binding and pow_context and conflict == "international":
        explanation += (" A State named in the text is not a party to Additional Protocol I, so the"
                        " customary rules are applied in its place.")
    return Context(
        pow_context=pow_context,
        conflict=conflict,
        evidence=evidence,
        conflict_evidence=conflict_evidence,
        treaties_not_binding=not_binding,
        explanation=explanation,
    )


def classify_conflict(iac: list, niac: list, niac_weak: list, pow_named: bool) -> tuple[str, list]:
    """International when States are named as the parties ("Russian", "Ukrainian", "invasion") and no
    named armed group or internal war outweighs them; non-international when such a group or war is
    named ("Houthi", "civil war", "ISIS"), or only generic armed-group words occur ("rebels", "militia").
    A text that speaks of "prisoners of war" leans international (the status exists only there)."""
    if niac and not (iac and (pow_named or len(iac) > 2 * len(niac))):
        return "non-international", niac
    if iac:
        return "international", iac
    if niac_weak:
        return "non-international", niac_weak
    return "unknown", []


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    """One evidence span per place and kind: the tightest (a span containing another of its kind is dropped)."""
    spans = {(e.start, e.end, e.cue): e for e in evs}
    keep = [
        e for (s, t, c), e in spans.items()
        if not any((a, b) != (s, t) and cue == c and s <= a and b <= t for a, b, cue in spans)
    ]
    return sorted(keep, key=lambda e: (e.start, e.end))
