"""Which kind of armed conflict a text is about: international, non-international, or unknown.

The kind of conflict picks the law (labelling guide, rule 2): GCIII and, where both States
are party, Additional Protocol I for a war between States; common Article 3 and the customary
rules for a war between a State and an armed group. Signals come from the lexicon groups
``iac`` (States and their capitals, "invasion"), ``niac`` (armed groups, "civil war"),
``niac_weak`` ("rebels", "militia"), ``niac_domestic`` ("army soldiers", "the government", read only
when nothing else decides), ``api_non_party`` (States not bound by Protocol I) and
``apii_non_party`` (States not bound by Protocol II).
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from .matcher import Hit

# acronyms that collide with everyday words are read only in capitals: "IS published a film"
_CASED_ACRONYMS = ("IS", "LTTE", "ELN", "FARC", "RSF")
_CASED_NIAC = re.compile(r"\b(?:IS|ISIL|ISIS|LTTE|ELN|FARC|RSF)\b")
# "pro-Russian separatists", "Iranian-backed militia": a backer named, not a party to the war
_PRO = re.compile(r"\bpro[- ]$", re.IGNORECASE)
_BACKED = re.compile(r"[- ](?:backed|supported|aligned|allied|style|made|speaking|language)\b", re.IGNORECASE)
# "so he IS there": the verb written in capitals for emphasis, after its subject
_EMPHATIC_IS = re.compile(r"\b(?:he|she|it|this|that|there|here|what|who|which|where|one)\s+$", re.I)
# a capitalised name right before "Army soldiers": a named army ("Red Army soldiers"), not "the army"
# (a capitalised word that only starts the sentence is no name: "Two army soldiers", "The fighters")
_NAMED_BEFORE = re.compile(r"\b(?!(?:The|A|An|Our|Their|His|Her|Its|My|Your|These|Those|This|That|Some|Several|Many|Few|"
                           r"Both|All|Other|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|"
                           r"Forty|Fifty|Dozens|Hundreds|Scores|Captured|Wounded|Surrendered|Young|Former|Local|Regular|"
                           r"Fellow|Enemy|No|Any|Most|Only|When|Then|Later|After|Before|Yesterday|Today)\s)"
                           r"[A-Z][\w'-]*\s+$")
# "fighters" read as an armed group's men only where the word tells a side: not "captured fighters" or "enemy
# fighters" (any captive, named from the captor's view), not "a fighter jet"
_FIGHTER_NEUTRAL_BEFORE = re.compile(r"\b(?:enemy|captured)\s+$", re.IGNORECASE)
_FIGHTER_PLANE = re.compile(r"['\u2019]?s?\s+(?:jets?|planes?|pilots?|aircraft|bombers?|squadrons?)\b", re.IGNORECASE)
# civil unrest, not a war: soldiers held by protesters, a coup's arrests
_UNREST = re.compile(r"\b(?:protest\w*|demonstrat\w*|riot\w*|coup|putsch|mutin\w*|uprising in the prison|unrest)\b",
                     re.IGNORECASE)
_POW_WORDS = re.compile(r"\bp\.?o\.?w|prisoners? of war")
# the Taliban's Afghan opponents of 2001 named as the captors -- a faction commander's men or a militia, with no
# foreign State's forces named: Afghans fighting Afghans, a war between a State and an armed group (or armed groups
# among themselves), not the coalition's war against the Taliban government
_AFGHAN_FACTION = r"\b(?:dostum|militias?|warlords?)\b"
_FOREIGN_FORCES = r"\b(?:americans?|u\.s\.|(?-i:US)|coalition|special forces|marines?|british|cia)\b"
_AFGHAN_FACTION_CAPTOR = re.compile(rf"^(?=[\s\S]*{_AFGHAN_FACTION})(?![\s\S]*{_FOREIGN_FORCES})", re.I)


def read_conflict(text: str, by: dict[str, list[Hit]], terms: list[str],
                  live: Callable[[Hit], bool], within: Optional[list[tuple[int, int]]] = None,
                  states: Optional[dict[int, str]] = None,
                  since: Optional[dict[int, int]] = None) -> tuple[str, list[Hit], list[str], str]:
    """(kind of conflict, the signals that decided it, treaties not binding on a party named, a
    sentence for the explanation when the reading needs one).

    ``by`` holds the text's hits by lexicon group; ``live`` says whether a hit counts (it is
    not negated or figurative). ``within``: read only these spans of the text (the stories of a
    news digest that speak of the captives). ``since``: term -> the year from which that State's
    name signals its internal war (earlier dates name it as a State at war with another).
    """
    def inside(pos: int) -> bool:
        return within is None or any(a <= pos < b for a, b in within)

    def counts(h: Hit) -> bool:
        return inside(h.start) and live(h)

    def backer(h: Hit) -> bool:
        """"pro-Russian separatists", "Iranian-backed militia", "Russian-style fatigues", "Russian-speaking
        channels": a backer, a look or a language named, not a party."""
        return bool(_PRO.search(text, max(0, h.start - 4), h.start) or _BACKED.match(text, h.end))

    niac = [h for h in by["niac"] if counts(h)]

    def in_group_name(h: Hit) -> bool:  # "Islamic State of Iraq and the Levant" names no State
        return any(g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start for g in niac)

    iac = [h for h in by["iac"] if counts(h) and not backer(h) and not in_group_name(h)]
    if since and niac:
        # "Egyptian soldiers captured in June 1967": a State named for events dated before its internal war
        # began is a party to a war between States
        years = _years(text)
        if years and min(years) >= 1900:
            dated = [h for h in niac if h.term in since and max(years) < since[h.term] and not backer(h)]
            if dated:
                niac = [h for h in niac if h not in dated]
                iac = sorted(iac + dated, key=lambda h: h.start)
    niac_weak = [h for h in by["niac_weak"] if counts(h)]
    pow_named = any(_POW_WORDS.search(terms[h.term]) for h in by["pow"] if within is None or counts(h))
    if any(a in text for a in _CASED_ACRONYMS):
        niac += [Hit(mt.start(), mt.end(), -1) for mt in _CASED_NIAC.finditer(text)
                 if not any(h.start <= mt.start() < h.end for h in niac) and inside(mt.start())
                 and not (mt.group(0) == "IS" and _EMPHATIC_IS.search(text, max(0, mt.start() - 12), mt.start()))]
    if niac:
        # "POW" said of a captive in an internal war is no sign of a war between States
        iac = [h for h in iac if h.term < 0 or not _POW_WORDS.search(terms[h.term])]
    note = ""
    one = _one_state(iac, states) if (niac or niac_weak) else None
    taliban = [h for h in niac if h.term >= 0 and terms[h.term] == "taliban"]
    if taliban and _dated_2001_2002(text) and not _AFGHAN_FACTION_CAPTOR.search(text):
        # October 2001 to June 2002: the Taliban were the de facto government of Afghanistan, at war with the
        # US-led coalition; neither State was then bound by Protocol I
        return ("international", taliban, ["API"],
                " The text dates the events to 2001-2002, when the Taliban were the de facto government of"
                " Afghanistan at war with the US-led coalition: a war between States, neither of them then bound"
                " by Additional Protocol I, so its customary counterparts are applied.")
    # a State's name inside a longer one is not a second State: "Sudan" in "South Sudan"
    state_niac = [h for h in niac if not any(g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start
                                             for g in niac)]
    if niac and not niac_weak and states is not None and all(h.term in states for h in state_niac) \
            and len({states.get(h.term) for h in iac + state_niac} - {None}) >= 2:
        # "Israelis held by Damascus ... Syrian television": the internal-war signals are only the
        # name of a second State, and no armed group is named -- a war between States
        conflict, signals = "international", iac + niac
    elif one is not None:
        # an international armed conflict is one between States (common Article 2)
        conflict, signals = "non-international", niac + niac_weak
        note = (f" Only one State is named (\u201c{text[one.start:one.end]}\u201d), beside an armed group;"
                " an international armed conflict is one between States.")
    else:
        # the generic armed-group words ("the rebels") add their weight to a named armed group ("PKK rebels"), not
        # to a State's name read as the sign of its internal war
        group_named = any(h.term < 0 or states is None or h.term not in states for h in niac)
        conflict, signals = classify_conflict(iac, niac, niac_weak, pow_named, len(niac_weak) if group_named else 0)
    if conflict == "unknown":
        # nothing names a State or an armed group, but the captives' side is "the army" or "the government"
        # itself: a State at war with someone who is no State (a war between States names the States)
        domestic = [h for h in by.get("niac_domestic", ()) if counts(h)]
        # (not a named army, "the Red Army soldiers", "Azov fighters"; not a protest, a riot or a coup: no armed
        # conflict)
        domestic = [h for h in domestic if not _NAMED_BEFORE.search(text, max(0, h.start - 20), h.start)
                    and not (h.term >= 0 and terms[h.term] == "fighter"
                             and (_FIGHTER_NEUTRAL_BEFORE.search(text, max(0, h.start - 10), h.start)
                                  or _FIGHTER_PLANE.match(text, h.end)))]
        if domestic and not _UNREST.search(text):
            conflict, signals = "non-international", domestic
            said = text[domestic[0].start:domestic[0].end]
            if domestic[0].term >= 0 and terms[domestic[0].term] == "fighter":
                note = (f" No State or armed group is named, but one side's men are called \u201c{said}\u201d and no"
                        " State is named: read as a war between a State and an armed group, or armed groups among"
                        " themselves.")
            else:
                note = (" No State or armed group is named, but one side is a government's own forces"
                        f" (\u201c{said}\u201d) and no other State is: read as a war between a State and an armed"
                        " group.")
    not_binding: list[str] = []
    if conflict == "unknown" or (conflict == "international" and any(live(h) for h in by["api_non_party"])):
        not_binding = ["API"]
    elif conflict == "international" and before_protocol_i(text):
        not_binding = ["API"]
        note = (" The text dates the events before Additional Protocol I entered into force (1978), so its"
                " customary counterparts are applied instead.")
    elif conflict == "non-international" and any(counts(h) and not backer(h) and not in_group_name(h)
                                                 for h in by.get("apii_non_party", ())):
        not_binding = ["APII"]
    return conflict, signals, not_binding, note


# a year as a date: "in 1944", "December 1971", "1950-53", "the 1960s" (not "1944 prisoners")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?:s\b|\b(?!\s+(?!(?:was|has|is|as|its|his|this|says|does|saw)\b)(?:[a-z]+s|men|people|of)\b))")
PROTOCOL_I_IN_FORCE = 1978


# a year after a month is a date whatever follows it: "On 20 June 1940 men of a Senegalese regiment"
_MONTH_YEAR = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(1[89]\d\d|20\d\d)\b", re.I)


# a year written short, as veterans and posts do: "Okinawa, '45.", "Bakhmut, '23" (not "the '90s": a decade)
_SHORT_YEAR = re.compile(r"(?:^|(?<=[\s,(]))['\u2019](\d\d)\b(?!['\u2019]?s\b)")


def _years(text: str) -> set[int]:
    """The years the text dates its events by."""
    return ({int(y) for y in _YEAR.findall(text)} | {int(y) for y in _MONTH_YEAR.findall(text)}
            | {(2000 if int(y) <= 30 else 1900) + int(y) for y in _SHORT_YEAR.findall(text)})


def _dated_2001_2002(text: str) -> bool:
    """Does the text date its events to 2001-2002 only (the war against the Taliban government)?"""
    years = _years(text)
    return bool(years) and years <= {2001, 2002}


def before_protocol_i(text: str) -> bool:
    """Does the text date its events, and only before Protocol I entered into force (7 December 1978)?
    A treaty binds no one for acts done before it existed."""
    years = _years(text)
    return bool(years) and max(years) < PROTOCOL_I_IN_FORCE and min(years) >= 1900


def _one_state(iac: list[Hit], states: Optional[dict[int, str]]) -> Optional[Hit]:
    """The first signal, when every State signal names one and the same State and no other signal
    (a place such as "Falklands", "invasion", "coalition") speaks of a war between States."""
    if not iac or states is None:
        return None
    named = {states.get(h.term) for h in iac}
    return iac[0] if len(named) == 1 and None not in named else None


def classify_conflict(iac: list, niac: list, niac_weak: list, pow_named: bool, backing: int = 0) -> tuple[str, list]:
    """International when States are named as the parties ("Russian", "Ukrainian", "invasion") and no
    named armed group or internal war outweighs them; non-international when such a group or war is
    named ("Houthi", "civil war", "ISIS"), or only generic armed-group words occur ("rebels", "militia").
    A text that speaks of "prisoners of war" leans international (the status exists only there). ``backing``:
    the generic armed-group words that back a named group ("PKK rebels ... the rebels"), weighed with it.
    (read_conflict first reads one State named beside an armed group as an internal war.)"""
    if niac and not (iac and (pow_named or len(iac) > 2 * (len(niac) + backing))):
        return "non-international", niac
    if iac:
        return "international", iac
    if niac_weak:
        return "non-international", niac_weak
    return "unknown", []
