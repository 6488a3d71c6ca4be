"""Custody scope: which sentences of a text speak about the captives.

News digests put several unrelated events in one paragraph ("... captured 28
soldiers. Sixteen militants are killed elsewhere ..."), so an act is read as done
to a captive only in a sentence that is about captives, or in the sentences that
continue it ("They were ...", "After that ...", "At the camp ..."). A witness
statement in the first person about his own captivity is in scope throughout.
"""

from __future__ import annotations

import re

from .context import IN_DESCENT, SURRENDERING
from .cues import DENIED, HYPOTHETICAL, NEGATED, classify, negated_noun
from .matcher import Hit
from .models import Context
from .text import Sentences

FOLLOW = 5  # how many continuing sentences a custody sentence carries
SHORT_SENTENCES, SHORT_CHARS = 8, 900  # a note this short is about one event
CLIPPED_CHARS = 400  # ... and so is one this short, however clipped its sentences ("TROOPS OPENED FIRE. 69 PW DEAD.")
_CONTINUES = re.compile(
    r"^[\"'(\[]*(?:\d|but|and|so|yet|since|speaking|they|he|she|we|i|it|them|his|her|their|our|my|its|this|that|these|those|there|then|later|"
    r"after|afterwards|before|during|while|when|once|every|each|some|many|most|several|both|all|none|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\w+)?|dozens|hundreds|another|others|other|men|women|prisoners|captives|next (?:day|morning)|"
    r"the (?:next|following) (?:day|morning)|the (?:men|man|prisoners?|captives?|soldiers?|detainees?|guards?|"
    r"wounded|women|group|next|following|same|rest|youngest|oldest|camp|video|clip|footage|images?)|at the|in the|"
    r"on the|on arrival|upon arrival|for|no one|nobody|only|also|instead|still|even|again|eventually|finally|"
    r"by the|from|until|within|throughout|at least|at night|in (?:march|april|may|june|july|august|september|"
    r"october|november|december|january|february))\b",
    re.IGNORECASE,
)
# a sentence that refers back to the people just mentioned, wherever the reference stands
_REFERS_BACK = re.compile(
    r"\b(?:they were|he was|she was|them|him|the men|the prisoners|the captives|the detainees|the pows|"
    r"the captured|both men|the pilots?|the crew|the soldiers|the servicemen|those captured|the wounded|"
    r"the airmen|the crewmen|the marines|the fighters|the conscripts|"
    # the people just named, counted: "Witnesses say the two men were beaten with clubs"
    r"the (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:men|soldiers|prisoners|captives|"
    r"fighters|pows|detainees|servicemen|airmen|conscripts|rebels|guerrillas|militants|wounded)|"
    # what came next, told by others: "Drivers and local witnesses described the rest: ..."
    r"described the rest|told the rest)\b",
    re.IGNORECASE,
)
# a log line with no subject of its own ("Transferred to ...", "Says ...", "Went from 82 to 57 kg")
_NO_SUBJECT = re.compile(r"^[\"'(\[~]*(?:[a-z]+ed|says|said|went|got|had|was|were|spent|saw|told|made|kept|held|"
                         r"lost|gave|took|taken|brought|driven|thrown|shown|beaten|forced|given|denied|no|not|never)\b",
                         re.IGNORECASE)
# a sentence about other people than the captives, or about another act of war: their relatives, civilians, shelling
_OTHERS = re.compile(r"^[\"'(\[]*(?:(?:the|some|many|several|local) )?(?:famil(?:y|ies)|relatives|mothers|wives|parents|"
                     r"civilians|residents|locals|villagers|neighbou?rs|shelling|shells|missiles?|(?:air ?)?strikes?)\b", re.IGNORECASE)
_PARAGRAPH_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?$")
_TAKING = re.compile(r"\b(?:tak(?:e|es|en|ing)|took) (?:\w+ )?prisoner|captur", re.IGNORECASE)
# a testimony's sentences: the witness speaks of "I" and "we", or of what "you" went through ("you run down
# the corridor between two lines of them")
_PERSONAL = re.compile(r"\b(?:i|we|me|us|my|our|you|your)\b", re.IGNORECASE)


_TIMESTAMP = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\u2013-]\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*")  # a clip's "00:30"

# Signs that the captor has taken control of people who were surrendering: they are ordered to
# lie down or kneel, searched, disarmed, tied, led away. From then on they are in its hands.
_UNDER_CONTROL = re.compile(
    r"\b(?:order(?:s|ed|ing)?|made|makes|forced|forces|told|tells)\b(?:\s+\w+){0,4}?\s+to\s+(?:lie|lay|kneel|sit|get down|strip|undress|crawl|line up)\b"
    r"|\b(?:lie|lies|lay|lying|laid) (?:face.?down|face first|on (?:the|their|his) (?:ground|stomachs?|bell(?:y|ies)))\b"
    r"|\b(?:lie|lies|lay|lying|laid|kneel|kneels|knelt|kneeling|get|gets|got) down (?:on|at) (?:command|orders?|the order)\b"
    r"|\b(?:stand(?:s|ing)?|stood) over (?:him|them|the (?:man|men|soldiers?|wounded))\b"
    r"|\b(?:disarmed|searched|frisked|patted (?:them|him|us|me) down|tied (?:up|them|him|us|me)|zip.tied|handcuffed|"
    r"blindfolded|(?:tie|ties|tied|bind|binds|bound) (?:his|their|her|our|my) (?:wrists|hands|arms)|"
    r"take (?:his|their|our|my) (?:rifles?|weapons?)|led (?:them |him |us |me )?away|escorted|under guard|rounded up|herded|"
    r"took (?:them|him|us|me) prisoner|taken prisoner)\b"
    # the surrender completed: the man has reached the other side's lines, is sent to the rear or cared for
    r"|\b(?:walk(?:s|ed|ing)?|follow(?:s|ed|ing)?|led|guided|brought|came|crawl(?:s|ed)?)\b[^;]{0,50}?\bto (?:our|their|the enemy's|"
    r"(?:the )?(?:ukrainian|russian|enemy|government|army|rebel)) (?:positions?|lines?|trench(?:es)?|lads|guys|boys|men|troops|"
    r"soldiers)\b"
    # ... or is soon in the other side's camp: "within a week he was in a camp in western Ukraine"
    r"|\b(?:he|she|they) (?:was|were) (?:already |soon |then |now )?in (?:a|the) (?:(?:pow|prisoner.of.war|prison|detention) )?"
    r"(?:camp|prison|cell|detention centre|detention center)\b"
    r"|\b(?:sent|send|sends|taken|took|evacuated) (?:(?:him|them) )?(?:to the rear|back to the rear)\b"
    # lined up by the captors: "nine soldiers were lined up and shot after laying down their weapons"
    r"|\b(?:were|was|been|being|had been) lined up\b"
    # driven off in the captor's vehicles: "gave up their weapons ... and were loaded into sealed cargo containers"
    r"|\b(?:loaded|packed|crammed|herded|pushed|bundled) (?:(?:him|them) )?(?:into|onto) (?:\w+ ){0,3}?(?:trucks?|lorries|lorry|"
    r"containers?|buses|bus|vans?|trailers?|wagons?)\b"
    r"|\b(?:gave|give|gives|giving) (?:him|them|us|me) (?:water|food|tea|a cigarette|cigarettes|smokes|first aid|"
    r"(?:a )?painkillers?|morphine)\b"
    r"|\bbandag(?:ed|es|ing) (?:him|them|his|their|us|me|my|our)\b|\btie[ds]? a tourniquet\b"
    r"|\b(?:carried|carry|carries|carrying) (?:him|them) (?:\w+ ){0,4}?(?:back|to the rear|to (?:the|an|our) "
    r"(?:evacuation|aid|collection|medical|first.aid) (?:point|post|station))\b"
    # made to move, kneel or strip without a "to" ("make us walk barefoot"), put in lines, stripped of kit
    r"|\b(?:make|makes|made|making|force|forces|forced|forcing) (?:us|them|him|me|the (?:men|soldiers|prisoners))\s+"
    r"(?:walk|march|kneel|lie|lay|strip|undress|crawl|line up|stand|sit)\b"
    r"|\b(?:put|puts|putting|line|lines|lined|lining) (?:us|them|him|me) (?:up )?(?:on the ground|in (?:a )?lines?|in a row|against (?:a|the) wall)\b"
    r"|\b(?:take|takes|took|taken|taking|strip(?:s|ped)?) (?:off )?(?:our|their|his|my) (?:clothes|uniforms?|boots|weapons?|rifles?|"
    r"watch(?:es)?|phones?|money|documents|papers|belongings)\b"
    # everything they had taken off them: "The Ukrainians took everything: my phone, my money, ..."
    r"|\b(?:took|taken|take|takes|taking) everything\b"
    # taken away in the captor's vehicle: "they bring us in the car to their medic", "loaded them into a truck"
    r"|\b(?:bring|brings|brought|bringing|put|puts|putting|load|loads|loaded|loading|push|pushed|shoved|throw|threw|thrown)"
    r" (?:us|them|him|me) (?:in|into|onto|on) (?:the|a|an|their) (?:\w+ )?(?:car|truck|van|vehicle|bus|pickup|lorry|jeep|APC|BMP|boot)\b"
    # walked off to a place of the captor's, or shut in one: "They walked us into the village with our hands on our
    # heads and put us in the cellar of the school"
    r"|\b(?:walk|walks|walked|walking|march|marches|marched|marching|led|lead|leads|leading|drove|drive|drives|driving)"
    r" (?:us|them|him|me) (?:into|to|across|through|back to|down to) (?:the|a|an|their) (?:\w+ )?(?:village|town|yard|"
    r"rear|camp|base|school|farm|barn|cellar|basement|building|compound|headquarters|position|positions|lines?|post)\b"
    r"|\b(?:put|puts|putting|locked|lock|locks|shut|shuts|threw|throw|pushed|push) (?:us|them|him|me) (?:in|into) "
    r"(?:the|a|an|their) (?:\w+ ){0,2}?(?:cellar|basement|pit|room|cell|barn|shed|hut|container|hole|garage|dugout|"
    r"bunker|cage|stable|cowshed)\b"
    # rounded up, stripped, driven on foot, picked up, carried off, or the weapons handed to the other side:
    # "IS fighters round up about 200 soldiers ..., strip them to their underwear and drive them on foot into the
    # desert", "infantry pick him up at their trench", "handed their weapons to Russian troops"
    r"|\b(?:round|rounds|rounding) up\b|\b(?:strip|strips|stripped|stripping) (?:them|him|her|us|me)\b"
    r"|\b(?:drive|drives|drove|driving|herd|herds|herding) (?:them|him|us|me) (?:on foot|into|across|through|along)\b"
    r"|\b(?:pick|picks|picked|picking) (?:him|her|them|us|me) up\b|\b(?:drag|drags|dragged|dragging) (?:him|her|them|us|me)\b"
    r"|\b(?:carried|carry|carries|carrying) (?:him|her|them|us|me) (?:in|on) (?:a|an|the) (?:hammock|stretcher|blanket|"
    r"poncho|litter)\b"
    r"|\b(?:hand|hands|handed|handing|gave|give|gives|giving) (?:over )?(?:their|his|her|our|my) (?:weapons|rifles?|guns?|"
    r"arms) (?:over )?to\b"
    r"|\b(?:been|were|was) (?:searched|patted down)\b"
    # shut in a place of the captor's, told without its subject: "First twelve days locked in a freight wagon going north"
    r"|\b(?:locked|shut) (?:up )?in (?:a|an|the) (?:[\w-]+ ){0,2}?(?:wagons?|trucks?|boxcars?|cellar|basement|containers?|"
    r"cells?|barn|shed|hut|pit|cage|dugout|bunker|garage|stable)\b",
    re.IGNORECASE,
)


_RETURNEES = re.compile(
    r"\b(?:came|come|comes|coming|got|get|were brought|was brought) (?:back )?home\b|\breturn(?:ed|ing|ees?) (?:home|from captivity)"
    r"|\b(?:freed|released|exchanged|swapped|handed back|repatriated|returned) (?:in|during|under|through|as part of) "
    r"(?:the|a|an|last|this|that|today's|friday's|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's)?\s*"
    r"(?:\w+\s+){0,2}(?:exchange|swap|deal|handover)", re.IGNORECASE)


def custody_sentences(text: str, sents: Sentences, context: Context, hits: list[Hit], captive_terms: frozenset[int]) -> set[int]:
    # Surrendering fighters are not yet in custody: an attack on them is a matter for the
    # hors de combat rules, not for the treatment of captives -- unless the same sentence shows
    # the captor already controlling them ("came out with arms up, were ordered to lie face down").
    base: set[int] = set()
    for e in context.evidence:
        si = sents.index(e.start)
        if e.cue == IN_DESCENT:
            continue  # an airman fired on in the air (API Art. 42) is not yet anyone's captive
        if e.cue != SURRENDERING or _UNDER_CONTROL.search(text, *sents[si]):
            base.add(si)
        else:  # "... walk out, arms raised. A voice orders them to lie face down." -- control a sentence later
            controlled = _control_after(text, sents, si)
            if controlled is not None:
                base.add(controlled)
    for h in hits:
        if h.term in captive_terms:
            si = sents.index(h.start)
            if si not in base and _TAKING.search(text, max(0, h.start - 20), h.end) and \
                    classify(text, sents[si], h.start, h.end).status in (NEGATED, DENIED, HYPOTHETICAL):
                continue  # "killed the wounded rather than taking them prisoner": nobody was taken
            if si not in base and negated_noun(text, sents[si], h.start):
                continue  # "Caption: no prisoners today": nobody is held
            base.add(si)
    if context.pow_context and base:
        # the men back from captivity: what they came back with tells of the captivity ("of the 75 men who
        # came home on Friday, most had lost 20 kilos")
        base |= {sents.index(m.start()) for m in _RETURNEES.finditer(text)}
    if not base:
        return set()
    n = len(sents)
    story = sents.story
    digest = story[-1] > 0  # several news stories: each a summary of facts, never one event told at length
    first_person = sum(1 for s, e in sents.spans if _PERSONAL.search(text[s:e]))
    short = (n <= SHORT_SENTENCES and len(text) <= SHORT_CHARS) or len(text) <= CLIPPED_CHARS
    if context.pow_context and not digest and (first_person * 2 >= n or short or _interview(text)):
        return set(range(n))  # a testimony, an interview with one who was held, or a short note about one event
    scope = set(base)
    # In one story about captives (not a digest), a single sentence that does not open with a continuing word
    # ("A UN mission was set up and disbanded without visiting.") does not end the chain when the story goes on
    # after it; two such sentences in a row do, and so does one that turns to other people or another act of
    # war (their families, civilians, shelling), or one that closes the story.
    bridge = 1 if context.pow_context and not digest else 0
    for i in sorted(base):
        followed = 0
        grace = bridge
        for j in range(i + 1, n):
            s, e = sents[j]
            if story[j] != story[i] or followed >= FOLLOW:
                break
            if _PARAGRAPH_NUMBER.match(text[s:e]):  # "5." of a numbered statement of facts: not a sentence
                scope.add(j)
                continue
            if _CONTINUES.match(text[s:e]) or _REFERS_BACK.search(text[s:e]) or _NO_SUBJECT.match(text[s:e]):
                grace = bridge
            elif grace and j + 1 < n and story[j + 1] == story[i] and not _OTHERS.match(text[s:e]):
                grace -= 1
            else:
                break
            scope.add(j)
            followed += 1
    return scope


# the speaker labels of an interview's transcript, at the start of a line: "HOST: ...", "Q: ...", "GUEST (translated): ..."
_SPEAKER_LABEL = re.compile(r"^\s*(?:Q|A|HOST|GUEST|INTERVIEWER|INTERVIEWEE|REPORTER|PRESENTER)\b[^:\n]{0,40}:", re.M | re.I)


def _interview(text: str) -> bool:
    """Is the text an interview transcript, questions and answers under speaker labels (at least two answers)?"""
    return len(_SPEAKER_LABEL.findall(text)) >= 4


def _control_after(text: str, sents: Sentences, si: int):
    """The sentence, among the next two of the same story (not counting a line of four words or fewer: "Smoke.",
    "00:30 He is still moving."), that shows the captor taking control of the people who were surrendering in
    sentence ``si``; None if there is none."""
    story = sents.story
    counted = 0
    for j in range(si + 1, len(sents)):
        if counted >= 2:
            return None
        if story[j] != story[si]:
            return None
        s, e = sents[j]
        if _UNDER_CONTROL.search(text[s:e]):
            return j
        if len(_TIMESTAMP.sub("", text[s:e]).split()) > 4:
            counted += 1
    return None
