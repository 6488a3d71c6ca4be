"""One Aho–Corasick automaton over every phrase of every rule and lexicon group.

Built once per process (per rule-set hash); each text is scanned once, whatever
the number of rules. Everything downstream (cues, elements, findings) works on
the hits this pass returns.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Iterable, NamedTuple, Optional

import ahocorasick

from .text import prepare

# inflect.py (word forms, spelling regexes) is needed only to build the automaton, which a cached
# rule set never does: it is imported where it is used
COMPOSED = "~"  # = inflect.COMPOSED: a phrase built from lexicon groups (see _Builder.compose)


# the endings of a people's name ("Armenian", "Eritrean", "Argentine", "Azerbaijani", "Iraqi", "Israeli")
DEMONYM = re.compile(r"(?:ian|ean|ine|ani|aqi|eli)$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|we|me|us|my|our)\b")  # on lower-cased text
GATE_DISTANCE = 80  # characters; context.py pairs words at most PAIR_DISTANCE (80) apart
PRONOUN_DISTANCE = 400  # characters back to the fighters a pronoun stands for (two sentences, in context.py)
COURT_SIDE_DISTANCE = 30  # characters between a court and the State or the irregular side named beside it
COURT_FIGHTER_DISTANCE = 90  # characters between such a court and the fighters (context.py: tried_by_enemy)
IRREGULAR_COURT_FIGHTER_DISTANCE = 800  # the same for a so-called court: up to three sentences off (tried_by_enemy)
_IRREGULAR_COURT_GATE = re.compile(r"so-called|so called|self-proclaimed|self proclaimed|occupied|separatist|\bdpr\b|"
                                   r"\blpr\b|de facto|['\u2018\u201c\x22]court")
_SIDE_WORD = re.compile(r"[^\W_]+")
# people captured and then tried: "the group, captured in December 2020, was convicted by a court in Baku", "a
# French national captured by the SDF ... sentenced to death" (context.py: captured_then_tried; the pre-check opens for a
# strong capture word this near a court or a trial word)
CAPTURE_TRIAL_DISTANCE = 160
_STRONG_CAPTURE_GATE = re.compile(r"captured\b|taken (?:prisoner|captive)")
# after a capture word, a thing or a place, not people: "the captured russian tanks", "rebels capture the town"
# (context.py reads both so; the pre-check does not pair such a capture with the fighters named before it)
# (up to two words before the thing, none of them a preposition: "captured in Kharkiv region" is a place of capture)
CAPTURED_THING = re.compile(
    r"\s+(?:(?!(?:in|at|on|near|from|by|during|outside|inside|around|with|after|before|while|when|of|for|to)\b)[\w-]+\s+)"
    r"{0,2}?(?:tanks?|vehicles?|equipment|weapons?|guns?|artillery|howitzers?|armou?r|apcs?|submarines?|ships?|"
    r"vessels?|boats?|aircraft|planes?|helicopters?|drones?|ammunition|documents?|towns?|city|cities|villages?|"
    r"territory|territories|positions?|trenches|bases?|airports?|airfields?|bridges?|hills?|heights|regions?|areas?|"
    r"settlements?|strongpoints?|strongholds?|capital|ports?|t-\d+|control|parts?|crossings?|facilit(?:y|ies)|districts?|"
    r"provinces?|neighbou?rhoods?|outposts?|checkpoints?)\b(?!['\u2019]s\b)", re.IGNORECASE)
# after an exchange word, no exchange of prisoners: "exchanged fire", "an exchange of views" (nor in the pre-check)
NOT_AN_EXCHANGE = re.compile(r"\s+(?:of\s+(?:fire|gunfire|shots|blows|views|letters|notes|information|messages|"
                             r"artillery|rockets?|missiles?)|fire|shots|blows|rates?|programmes?|programs?|students?)\b", re.I)
# the people an exchange traded, told by their count on each side or as a side's own come home: "95 for 95", "the
# returnees", "a hundred and three of ours", "of the 90 coming home today" (context.py: exchanges; the pre-check looks
# for it around an exchange word)
SWAP_OF_OURS = re.compile(r"\b\d[\d,]*\s+for\s+\d[\d,]*\b(?!\s*(?:%|(?:percent|per cent|years|days|months|hours|minutes|"
                           r"(?:stock |share )?splits?|shares?|stocks?)\b))"
                           r"|\breturnees\b|\b(?:\d[\d,]*|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
                           r"(?:\s+and\s+[a-z-]+)?)\s+of (?:ours|our (?:guys|boys|lads|men|defenders))\b"
                           r"|\b\d[\d,]*\s+(?:[a-z]+\s+)?(?:coming|returning)\s+home\b"
                           r"|\b(?:came|come|comes|coming|got|get|gets|was|were)\s+(?:home|back)\s+(?:\w+\s+){0,2}?in\s+"
                           r"(?:the|today's|yesterday's|this|that|last|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:swap|exchange)\b", re.I)
# a side's own men counted as home again, with no exchange word: "95 of ours are home tonight", "a hundred of our
# boys came back home" (context.py: ours_home; not "home from the front", "home on leave")
OURS_HOME = re.compile(r"\b(?:\d[\d,]*|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and\s+[a-z-]+)?)"
                       r"\s+of (?:ours|our (?:guys|boys|lads|men|defenders))\s+(?:(?:are|were|is|came|come|got)\s+)?"
                       r"(?:back\s+)?home\b", re.I)
SWAP_DISTANCE = 400  # characters around an exchange word where the pre-check looks for the men it traded
# an armed group's name as its fighters (context.py; the pre-check reads them too): "four captured People's Defence
# Force members", "two young members of the local People's Defence Force", "caught two RSF at the checkpoint"
COUNT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens of|"
                          r"several|a few|some)\s+$", re.I)
# a pilot come down on the other side and taken there: "he came down under a parachute and the villagers got to
# him first; then the army pulled him out of the crowd" (context.py reads it; the pre-check opens for it)
AIRMAN = re.compile(r"\b(?:pilots?|airm[ae]n|aircrew|aviators?|crewm[ae]n|crew members?|navigators?|flyers?|fliers?|parachute|"
                    r"crew of the (?:jet|plane|helicopter|aircraft|bomber)|"
                    r"(?:his|her|\w+'s) (?:jet|plane|aircraft|warplane|fighter jet))\b", re.I)
# (or the man whose aircraft it was, in a text that names a party to a war: "the boy's plane fell near Raqqa and Daesh
# took him")
AIRCRAFT_OWNER = re.compile(r"(?:his|her|\w+'s) (?:jet|plane|aircraft|warplane|fighter jet)$", re.I)
DOWNED = re.compile(r"\b(?:shot down|came down|ejected|bailed out|parachuted|by parachute|under a parachute|under his "
                    r"parachute|(?:jet|plane|aircraft|helicopter|bomber|fighter) (?:went|came|(?:was )?brought) down|was downed|"
                    # "the RSF brought down the army MiG near Nyala"
                    r"brought down (?:the|a|an|its|their|his)|"
                    # told in the present, as captions and threads are: "his jet goes down", "the pilot ejects"
                    r"(?:jet|plane|aircraft|helicopter|bomber|fighter) (?:goes|comes|is (?:shot|brought)) down|ejects|bails out|"
                    r"downed|(?:jet|plane|aircraft|warplane) (?:fell|crashed))\b", re.I)
# a wounded fighter's helplessness where he lies (context.py: wounded_helpless; not a ward: "lying in hospital")
HELPLESS_SIGN = re.compile(r"\b(?:unarmed|no (?:guns?|weapons?|rifles?)|without (?:a )?(?:weapons?|guns?|rifles?)|slumped|"
                           r"bleeding|(?:could not|unable to) (?:move|walk|stand)|helpless|"
                           r"lying (?!in (?:a |the |their |his )?(?:hospital|ward|bed))(?:on|at|in|by|beside|near)\b)", re.I)
_HELPLESS_SIGN_LOWER = re.compile(HELPLESS_SIGN.pattern)  # the same, for the pre-check's lower-case text
# a surrender made, for the pre-check's lower-case text: the noun after its owner ("the surrender", "the garrison's
# surrender") or the everyday verbs (context.py: _SURRENDER_NOUN, _GAVE_IN)
_SURRENDER_GATE = re.compile(r"\b(?:(?:the|its|their|our|his|[\w'-]+(?:'s|\u2019s))\s+(?:(?:formal|mass|final|unconditional)\s+)?"
                             r"surrender|gave up|give up|surrendered|laid down (?:its|their|his) (?:arms|weapons|rifles|guns))\b")

# the other side's wounded moved by those who hold them: "took away eleven wounded", "carried three wounded", "handed
# 40 wounded", "pulled a wounded ... out" (a count or an article between; context.py: wounded_taken reads the fighter
# word after it and whose men they are)
WOUNDED_LEAD = re.compile(r"\b(?:took|take|takes|taking|carried|carry|carries|carrying|removed|remove|removes|collected|"
                          r"collect|collects|received|receive|receives|handed|hand|hands|pulled|pull|pulls|dragged|drag|"
                          r"drags|recovered|recover|recovers|moved|move|moves)(?:\s+(?:away|out|off|over|back|up))?"
                          r"(?:\s+(?:the|a|an|some|about|around|over|nearly|almost|all|\d[\d,]*|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
                          r"eighty|ninety)(?:-[a-z]+)?|hundred|several|dozens|hundreds|of|more|than|other))*\s+(?:badly\s+|seriously\s+|gravely\s+)?(?:wounded|injured)", re.I)
_WOUNDED_LEAD_LOWER = re.compile(WOUNDED_LEAD.pattern + "$")  # for the pre-check's lower-case text, ending at the word
AIRMAN_WORDS = ("pilot", "airm", "aircrew", "aviator", "crewm", "crew member", "navigator", "flyer", "flier", "parachute",
                "crew of the")
# (with the words for the aircraft itself, read by context.py only: in news "plane" and "jet" are common, and the
# pre-check's regular expressions over every such text would cost more than they find)
AIRCRAFT_WORDS = AIRMAN_WORDS + ("plane", "jet", "aircraft")
_AIRMAN_OBJECT = r"(?:him|them|the (?:pilot|airman|airmen|navigator|crew|crewmen|flyer))"  # the one taken
AIRMAN_TAKEN = re.compile(r"\b(?:(?:pulled|dragged|took|taken|led|walked|put|bundled|handed|caught|captured|seized|grabbed|"
                          r"got to|reached|beat|beaten|kicked|punched|arrested|detained|surrounded|held|"
                          # told in the present, as a clip's caption is: "locals who kick and punch him"
                          r"pulls?|drags?|takes?|leads?|grabs?|seizes?|beats?|kicks?|punch(?:es)?|surrounds?|"
                          # (the rest of the past forms above, in the present: "villagers reach him first", "soldiers
                          # capture him", "militia hold him")
                          r"reach(?:es)?|gets? to|catch(?:es)?|captures?|arrests?|detains?|holds?|walks?|bundles?)\s+"
                          + _AIRMAN_OBJECT + r"|"
                          # brought in by his captors: "the two crewmen ... were brought to the company command post",
                          # "got the pilot alive"
                          r"(?:was|were) brought (?:to|before|in)\b|"
                          r"brought " + _AIRMAN_OBJECT + r" (?:to|before|in)\b|"
                          r"got " + _AIRMAN_OBJECT + r" alive|"
                          # told in the passive of the airman himself: "after being shot down they were beaten"
                          r"(?:he|she|they|pilots?|airm[ae]n|aviators?|crew|crewm[ae]n|navigators?)\s+(?:was|were|had been)\s+"
                          r"(?:beaten|captured|caught|seized|taken prisoner|taken captive|paraded|interrogated|tortured|"
                          r"kicked|held prisoner|held captive|handed over)|"
                          # his captors' hands told in the passive: "he was taken to a camp", "the airmen of the bomber
                          # downed over Kyushu were handed by the army to", "I was kept standing"
                          r"(?:he|she|they|i|we)\s+(?:was|were|had been)\s+(?:taken to|kept|held)\b|"
                          r"(?:was|were) handed (?:by|to)\b|"
                          # soldiers who take him from the crowd: "shield him with their bodies and drive him away"
                          r"(?:drive|drives|drove|driven|driving) (?:him|them) away)\b", re.I)
# ... or fired on as he came down, after bailing out: "Russians shot at his parachute all the way down" (an airman
# escaping from an aircraft in distress is out of combat in the air, whoever's ground he lands on: API Art. 42)
AIRMAN_FIRED_ON = re.compile(r"\b(?:fired|firing|fire|fires|shot|shooting|shoot|shoots)\s+(?:at|on|into)\s+(?:him|them|"
                             r"(?:his|their|the) (?:parachutes?|chutes?|canopy)|the (?:pilot|airman|airmen|navigator|"
                             r"crew))\b", re.I)
BAILED_OUT = re.compile(r"eject|bail|parachut|\bchutes?\b", re.I)
# what a group's or a people's men are called (or, by their captors, insulted: "the RSF rat we caught alive")
MEN = r"man|men|boys?|guys?|lads?|rats?|dogs?|pigs?"
# (or one of its small units: "we caught the ALN section in the wadi")
GROUP_PERSON = re.compile(rf"\s+(?:{MEN}|members?|comrades?|cadres?|sections?|squads?|patrols?|columns?|units?|"
                          r"detachments?)\b", re.I)
MEMBERS_OF = re.compile(r"\bmembers? of (?:the |a |an )?(?:[\w'-]+ ){0,2}$", re.I)
# ... told as the verb's object ("capture the key town", "seized control of"), not as the place of a capture
# ("an Armenian conscript, 19, captured Hadrut area")
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|several|more|some|control|parts?|two|three|four|five|\d+)\b")
# between "held" and the fighters after it, a count ("we held two hundred of their soldiers"; context.py: _HELD_COUNT)
# a count of the teller's own men shut in, herded or picked out by the men who hold them: "they shut more than a
# thousand of us in the big shearing shed", "a sergeant picked twenty of us to carry their shells", "they'd picked up
# about a hundred and forty of us" (context.py: _us_counted; read in a first-person account of a war)
COUNT_OF_US = re.compile(r"\b(?:shut|herded|marched|picked(?:\s+up|\s+out)?|penned)\s+(?:(?:about|some|nearly|almost|over|more\s+than|all|the\s+rest)\s+)*"
                         r"(?:\d[\d,]*|a\s+(?:hundred|thousand|dozen)(?:\s+and\s+[\w-]+)?|hundreds|thousands|dozens|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                         r"sixty|seventy|eighty|ninety)(?:[\s-]+\w+)?)\s+of\s+us\b", re.I)
_HELD_COUNT_GATE = re.compile(r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
                              r"hundreds?|thousands?|dozens?|scores|couple|few|several|some|of)\b")
# the speaker's side holding a count of the other side's men: "we had about forty of their soldiers in a school gym",
# "we hold two of their scouts", "we've got a couple of hundred of their lads" (context.py: held_of_theirs). The words
# before "of their" are read back from each of its occurrences (OF_THEIRS_BEFORE), the men after it (OF_THEIRS_AFTER).
_COUNT_WORD = (r"about|some|around|over|well|more|than|nearly|almost|at|least|a|an|couple|few|of|good|roughly|\d[\d,]*|"
               r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
               r"hundreds?|thousands?|dozens?|several")
OF_THEIRS_BEFORE = re.compile(r"\b(?:we|i)(?:'ve|'d|\s+have|\s+had)?\s+(?:(?:now|still|already|then|soon)\s+)?"
                              r"(?:had|have|got|hold|held|kept|keep|took|caught|picked up|brought in|brought back)\s+"
                              rf"(?:(?:{_COUNT_WORD})\s+){{1,5}}$", re.I)
OF_THEIRS_AFTER = re.compile(r"of\s+(?:theirs\b|(?:their|the enemy's|the other side's)\s+(?:[\w-]+\s+)?(?:soldiers|lads|"
                             r"boys|men|guys|scouts|troops|fighters|conscripts|sailors|airmen|regulars|officers|paratroopers|"
                             r"marines|servicemen|prisoners)\b)", re.I)
# ... not men seen, fought or killed: "we had two of their men in our sights", "we took out three of their tanks"
_OF_THEIRS_NOT_HELD = re.compile(r"\s+(?:in (?:our|my|the) (?:sights?|scopes?|crosshairs)|in range|killed|dead|pinned|"
                                 r"surrounded|cornered|on the run|running|fleeing|trapped|outnumbered)\b", re.I)
OF_THEIRS_BACK = 70  # characters read back from "of their" for the speaker's verb and the count
# a captive beaten until he agreed to read out his captors' statement: "they beat him for two days until he agreed to
# read it", "knocked about until he agreed to say it on camera" (context.py: forced_statement, with fighters or airmen
# named in the text; not a confession signed for a court, nor men made to fight again)
# Also the one it was forced from, held until he gave in ("beaten for days before he agreed to read it", "kept cinching
# until I said I'd write it", "left me like that all night until I wrote what they wanted"): read in a text that names
# fighters or airmen, or a camera, a video or a broadcast in a war's story (context.py)
FORCED_STATEMENT = re.compile(r"\b(?:until|till|before) (?:he|she|they|i|we) (?:finally |eventually )?(?:agreed to "
                              r"(?:read|say|speak|repeat|record|write)\b|said (?:i|he|they|we)(?:'d| would) "
                              r"(?:write|read|say|sign)\b|wrote (?:what they wanted|a (?:paragraph|statement|text) saying)\b)",
                              re.I)
# the words one of those ends on (the pre-check's substring test) and the picture or broadcast it may be made for
FORCED_STATEMENT_WORDS = ("agreed to", "wrote what", "wrote a", "i'd ", "he'd ", "they'd ", "we'd ", "would write",
                          "would read", "would say", "would sign")
FORCED_MEDIA = ("camera", " tv", "television", "video", "footage", "broadcast", "filmed")


# a person told taken, in the passive, with a fighting force as the agent: "our sons were taken by the Eritrean army",
# "he'd been taken by the other side's troops", "my brother was seized by Islamic State fighters" (context.py:
# taken_by_force). The one taken is a pronoun or kin, not a place ("the town was taken by Russian troops").
TAKEN_BY_FORCE = re.compile(
    r"\b(?:(?:he|she|they|we|i)(?:'d|'s|'re|'ve)?|(?:my|our|his|her|their|your)\s+(?:[\w'-]+\s+)?(?:sons?|brothers?|husbands?|"
    r"fathers?|nephews?|cousins?|boys|lads))\s+(?:(?:had|has|have|was|were|been|being|got|just|then|later)\s+){1,3}"
    r"(?:taken|seized|grabbed|picked up)\s+(?:alive\s+)?by\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:troops|army|forces|soldiers|militia|militiamen|rebels|guerrillas?|fighters|enemy|militants|paratroopers|marines|"
    r"commandos|servicemen|brigade|battalion|regiment|unit)\b(?!\s+(?:from|in|at)\s+(?:(?:his|her|their|our|my|the)\s+)?"
    r"(?:home|house|houses|flat|apartment|bed|beds|market|street|streets|school|office|shop|church|mosque|farm|fields?)\b)",
    re.I)


# a people or an armed group, named in the plural, doing a captor's act to the teller and his men: "the English put us
# in a big sheep shed", "The Russians cut the patches off our sleeves", "When the Russians had us in Donetsk", "the
# Chinese marched us north" (context.py: side_on_us, which keeps only a people's or an armed group's name as the
# side; read here, case-blind, for any plural word before the act)
SIDE_ON_US = re.compile(
    r"\b(?P<side>they|[a-z][\w-]*(?:s|ese|ish|ch))\s+(?:(?:then|also|first|soon|later|who\s+(?:caught|took)\s+(?:us|me))\s+)?"
    r"(?:(?:made|put|marched|locked|lined|stripped|kept|searched)\s+(?:us|me)\b|had\s+(?:us|me)\s+(?:in|at|for|on)\b|"
    r"tied\s+(?:[\w-]+\s+of\s+)?(?:us|me)\b|took\s+(?:[\w-]+\s+)?of\s+us\b|"
    r"took\s+(?:away\s+)?(?:our|my)\s+(?:insignia|badges?|patches|boots|belts|papers|documents|uniforms?|dog\s*tags?)\b|"
    r"cut\s+(?:[\w-]+\s+){1,3}off\s+(?:our|my)\b)",
    re.I)

# SIDE_ON_US is read only in a window around each word for the teller ("us", "me", "our", "my"), and TAKEN_BY_FORCE only
# after its verb and "by" are found: read over every word of every text, the two cost the pre-check 34 microseconds an
# item (benchmarks/bench_batch.py), as much as all its other readings together
_TELLER_WORDS = (" us", " me", " our", " my")
_TELLER = re.compile(r"\s(?:us|me|our|my)\b")
_OTHER_SPACE = ("\n", "\t", "\r", "\x0b", "\x0c")
_TAKEN_BY = re.compile(r"(?:taken|seized|grabbed|picked up)\s+(?:alive\s+)?by\s")


def side_on_us(scan: str) -> bool:
    """Does SIDE_ON_US match in ``scan``? The same answer as ``SIDE_ON_US.search(scan)`` (a window of 120 characters
    before the word for the teller and 40 after holds every match), found faster."""
    if scan.isascii() and not any(c in scan for c in _OTHER_SPACE):  # words parted by plain spaces: find them
        n = len(scan)
        for word in _TELLER_WORDS:
            i = scan.find(word)
            while i >= 0:
                j = i + len(word)
                if (j >= n or not (scan[j].isalnum() or scan[j] == "_")) \
                        and SIDE_ON_US.search(scan, max(0, i - 120), j + 40) is not None:
                    return True
                i = scan.find(word, j)
        return False
    return any(SIDE_ON_US.search(scan, max(0, mt.start() - 120), mt.end() + 40) is not None
               for mt in _TELLER.finditer(scan))


def taken_by_force(scan: str) -> bool:
    """Does TAKEN_BY_FORCE match in ``scan``? Its verb and "by" are looked for first."""
    return "by" in scan and _TAKEN_BY.search(scan) is not None and TAKEN_BY_FORCE.search(scan) is not None


# people named by the uniform they wear, told in a captive's pose or handling: "four men in army uniform sit against
# a wall", "three men in Russian uniform dragged out of a van", "[kneeling man in uniform]", "bound men in army
# fatigues" (context.py: uniformed_held); the uniform of the people held, not of men standing over them
UNIFORM_HELD = re.compile(
    r"\b(?:(?:kneeling|bound|blindfolded|handcuffed|hooded|stripped|captured|wounded)\s+)(?:(?:young|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+|several|some)\s+)?(?:men|man|soldiers?|boys)\s+(?:in|wearing)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:uniforms?|fatigues|army trousers|uniform trousers)\b"
    r"|\b(?:men|man|soldiers|boys)\s+(?:in|wearing)\s+(?:[\w-]+\s+){0,3}?(?:uniforms?|fatigues|army trousers|uniform trousers)"
    r"(?:\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|with\s+[\w-]+\s+[\w-]+|and\s+[\w-]+))?,?\s+"
    r"(?:(?:are|were|is|was|being)\s+)?(?:(?:then|all|each|still|now)\s+)?"
    r"(?:sit|sits|sitting|sat|kneel|kneels|kneeling|knelt|lie|lies|lying|lay|squat|squatting|crouch|crouching|"
    r"dragged|bound|blindfolded|handcuffed|hooded|tied|stripped|lined up|made to|forced to|ordered to|paraded|"
    r"with (?:their|his) hands (?:tied|bound|behind|on|above|raised|up))\b", re.I)


# a man told a fighter by the men who hold him (or by their caption): "three patients, whom they call RSF fighters",
# "a bound prisoner they call an ISIS fighter", "the men, whom police described as insurgent fighters", "the caption
# calls him a Boko Haram commander" (context.py: labelled_fighter_held, with a captive's handling near)
FIGHTER_LABELLED = re.compile(
    r"\b(?:(?:they|the soldiers|soldiers|the police|police|the caption|a caption|the army|the captors|captors|the guards|"
    r"the gunmen|the militiamen|officials|the commander)\s+(?:call|calls|called|described|describe|describes|"
    r"said (?:was|were|to be)|say (?:is|are|was|were)|identified)"
    # or the man himself, in the passive: "a bound man described as an ISIS fighter", "prisoners identified as rebels"
    r"|(?:man|men|youths?|prisoners?|captives?|detainees?)\s+(?:described|identified|presented|labelled|named)"
    # or by what they say of him: "a young man they had captured, saying he was a fighter of the Islamic State"
    r"|(?:saying|claiming|insisting)\s+(?:that\s+)?(?:he|they)\s+(?:was|were|is|are)"
    r")\s+(?:(?:him|them|as)\s+)?(?:(?:an?|the)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:fighters?|commanders?|militants?|insurgents?|rebels?|jihadists?|guerrillas?)\b", re.I)


# the Red Cross told of the men a side holds: their names or lists given to it or kept from it, their registration,
# their being alive confirmed to it, their letters or cards carried by it, its delegates let in to them or kept out
# ("Syria gives nothing, no names to the Red Cross, won't say who is alive", "the Red Cross only registered him in
# 1988", "Russia only confirmed to the ICRC that mine is alive", "the card the ICRC brought ... our boys are alive").
# What a party owes the Central Agency and the captives' families (GCIII Arts 70-71, 122-123, 126); context.py:
# red_cross_told_held keeps it only in a war's story, not near civilians
RED_CROSS_WORD = re.compile(r"\b(?:red cross|icrc|red crescent|central tracing agency)\b", re.I)
RED_CROSS_WORDS = ("red cross", "icrc", "red crescent", "central tracing")  # its substrings, for a first plain test
RED_CROSS_INFO = re.compile(r"\b(?:lists?|names?|registered|registers?|registration|confirm(?:s|ed|ing)?|letters?|cards?|"
                            r"messages?|no info(?:rmation)?|no access|informed|visit(?:s|ed)?|"
                            r"(?:see|saw|seen)\s+(?:him|them|us|me)|through|via)\b", re.I)
RED_CROSS_INFO_REACH = 90  # characters either side of the Red Cross word, for what it was told, given or kept from
# the men held: a side that holds or keeps them, their captivity, the soldiers themselves, or the teller's own
RED_CROSS_HELD = re.compile(r"\b(?:holds?|held|holding|keeps?|kept|captured|captivity|captors?|prisoners?|pows?|"
                            # "alive" said of the men ("whether he was alive", "mine is alive", "I'm alive"), not of a
                            # mother or an elderly couple
                            r"(?:he|they|him|them|mine|boys|men|sons?|husband|i'm|i am)(?:\s+[\w']+){0,2}?\s+alive|"
                            r"(?:has|have|had)\s+(?:him|them)|"
                            r"soldiers|servicem[ae]n|defenders|marines|conscripts|airmen|pilots|"
                            r"(?:my|our|her|his)\s+(?:[\w'-]+\s+)?(?:sons?|boys|men|husband|brothers?|father|lads))\b", re.I)
RED_CROSS_HELD_REACH = 250


def red_cross_held(text: str):
    """Each Red Cross word with an information word within RED_CROSS_INFO_REACH characters and the men held within
    RED_CROSS_HELD_REACH (the pre-check asks for one; context.py reads the sentences, the story and the war)."""
    for rc in RED_CROSS_WORD.finditer(text):
        if RED_CROSS_INFO.search(text, max(0, rc.start() - RED_CROSS_INFO_REACH), rc.end() + RED_CROSS_INFO_REACH) is None:
            continue
        if RED_CROSS_HELD.search(text, max(0, rc.start() - RED_CROSS_HELD_REACH), rc.end() + RED_CROSS_HELD_REACH) is not None:
            yield rc


# the railway the Japanese army had its prisoners build through Thailand into Burma (1942-45), told by the line and its
# places rather than by any captive word: "on the railway the Japanese army needed to move its troops into Burma",
# "the IJA engineers want the bridge done for their trains to Burma", "Hintok, Aug '43 ... the cutting". Prisoners put
# to work of a military character in deadly conditions (GCIII Arts 50, 52); context.py: burma_railway, in a text that
# names the Japanese army, not near civilians, not a museum or a visit
RAILWAY_PLACE = re.compile(r"\b(?:burma|siam|hintok|kwai|kanchanaburi|tamarkan|konyu|thanbyuzayat)\b", re.I)
RAILWAY_PLACE_WORDS = ("burma", "siam", "hintok", "kwai", "kanchanaburi", "tamarkan", "konyu", "thanbyuzayat")
RAILWAY_WORK = re.compile(r"\b(?:railway|railroad|rail line|the line|cuttings?|bridge|trains?|sleepers|speedo)\b", re.I)
RAILWAY_WORK_REACH = 160
RAILWAY_CAPTOR = re.compile(r"\b(?:japanese|japan|ija|nippon|nips?|japs?)\b", re.I)


def burma_railway(text: str):
    """Each place word of the railway with a word of its work within RAILWAY_WORK_REACH characters, in a text that
    names the Japanese (the pre-check asks for one; context.py reads sentences, civilians and visits)."""
    if RAILWAY_CAPTOR.search(text) is None:
        return
    for pl in RAILWAY_PLACE.finditer(text):
        if RAILWAY_WORK.search(text, max(0, pl.start() - RAILWAY_WORK_REACH), pl.end() + RAILWAY_WORK_REACH) is not None:
            yield pl


# the words FIGHTER_LABELLED ends on: the pre-check reads the pattern only in a window before each of them, as
# running it over a whole news text (where "said" and "rebels" are common) costs ten times more
_LABEL_WORD = re.compile(r"fighter|commander|militant|insurgent|rebel|jihadist|guerrilla")
_LABEL_WINDOW = 160


_FIGHTER_LABELLED_LOWER = re.compile(FIGHTER_LABELLED.pattern)  # (the pre-check's text is lower-cased)


def labelled_fighter(scan: str) -> bool:
    """Does FIGHTER_LABELLED match in the lower-cased ``scan``? (read in a window before each word it ends on)"""
    return any(_FIGHTER_LABELLED_LOWER.search(scan, max(0, w.start() - _LABEL_WINDOW), w.end() + 12) is not None
               for w in _LABEL_WORD.finditer(scan))


# the soldier words SOLDIERS_IN_CAMP needs when no "prisoner" or "pow" is told (the pre-check's plain-word test)
_HELD_IN_CAMP_WORDS = ("soldiers", "servicem", "troops", "conscripts", "officers", "fighters")


# prisoners told in a camp, in one sentence or the next: "prisoners in the Chinese-run camps along the Yalu", "the camp
# near Lviv ... no prisoner's face" (context.py: prisoners_in_camp); not a camp named for civilians, convicts or
# fighters at home (refugee, concentration, labour, training camps), nor prisoners named as civilians or convicts
_CAMP_VETO = r"(?:refugee|refugees'?|concentration|death|extermination|internment|labou?r|forced-labou?r|idp|displaced|displacement|" \
             r"training|boot|summer|holiday|base|rebel|guerrilla|insurgent|militant|terrorist|jihadist|migrant|transit|" \
             r"detention|re-education|reeducation|filtration|gulag|prison|penal|political|work|tent|protest|peace|holding)"
_PRISONER_VETO = r"(?:political|civilian|jewish|common|ordinary|criminal|convicted|women|female|child|teenage|juvenile|" \
                 r"death-row|death row|fellow|former|ex-|hunger-striking|palestinian|state)"
_CAMP_WORD = re.compile(r"\bcamps?\b", re.I)
_PRISONER_WORD = re.compile(r"\b(?:prisoners?|pows?)\b(?!['’]s? dilemma)", re.I)
_CAMP_VETO_BEFORE = re.compile(rf"\b{_CAMP_VETO}[\s-]+$", re.I)
_PRISONER_VETO_BEFORE = re.compile(rf"\b{_PRISONER_VETO}[\s-]+$", re.I)
_CLAUSE_END = re.compile(r"[.?!;]")


# soldiers told held in the other side's camps: "ninety thousand of our soldiers and civilians remain in Indian camps",
# "the soldiers were still in enemy camps" (a camp of a named State or of the enemy, not their own)
SOLDIERS_IN_CAMP = re.compile(
    r"\b(?:soldiers|servicemen|troops|conscripts|officers|fighters)(?:\s+and\s+(?:civilians|officers|airmen))?\s+"
    r"(?:(?:are|were|remain|remained|still|now|being|kept|held|interned|detained)\s+){1,3}in\s+(?:the\s+)?"
    r"(?:enemy|(?:[\w-]+(?:ian|ese|ean|ish|an|i|ch)|\w+-run))\s+camps?\b", re.I)


def camp_prisoners(text: str) -> Optional[tuple[int, int]]:
    """The first span from a camp to the prisoners told in it (either order), in one sentence or a camp's sentence
    and the next (matcher and context.py: prisoners_in_camp)."""
    held = SOLDIERS_IN_CAMP.search(text)
    if held is not None:
        return held.start(), held.end()
    camps = [m for m in _CAMP_WORD.finditer(text) if not _CAMP_VETO_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    if not camps:
        return None
    for p in _PRISONER_WORD.finditer(text):
        if _PRISONER_VETO_BEFORE.search(text, max(0, p.start() - 30), p.start()):
            continue
        for c in camps:
            if c.start() < p.start():
                gap = text[c.end():p.start()]
                if len(gap) <= 260 and len(_CLAUSE_END.findall(gap)) <= 1:
                    return c.start(), p.end()
            elif c.start() - p.end() <= 160 and not _CLAUSE_END.search(text, p.end(), c.start()):
                return p.start(), c.end()
    return None


def held_of_theirs(text: str, low: str) -> list[tuple[int, int]]:
    """Spans (start, end) in ``text`` where the speaker's side holds a count of the other side's men; ``low`` is the
    text lower-cased (the same length)."""
    out = []
    for lead in ("of their", "of the enemy", "of the other side"):  # (plain searches: far cheaper than a regex)
        i = low.find(lead)
        while i >= 0:
            after = OF_THEIRS_AFTER.match(text, i)
            if after is not None:
                before = OF_THEIRS_BEFORE.search(text, max(0, i - OF_THEIRS_BACK), i)
                if before is not None and not _OF_THEIRS_NOT_HELD.match(text, after.end()):
                    out.append((before.start(), after.end()))
            i = low.find(lead, i + len(lead))
    return sorted(out)


_PRONOUN_NEXT = re.compile(r"\s+(?:them|him)\b")
_PRONOUN_LAST = re.compile(r"\b(?:them|him|they|he|others|the rest)\b(?:\s+[a-z]+){0,3}\s*$")


class Hit(NamedTuple):
    start: int  # offsets into the original text
    end: int
    term: int


@dataclass
class CompiledIndicator:
    rule_id: str
    kind: str  # concern | observance
    number: int
    element: str
    terms: frozenset[int]
    with_: tuple[frozenset[int], ...]
    unless: frozenset[int]
    window: int
    weight: float
    cue: str
    if_negated: Optional[str] = None
    conditional_ok: bool = False
    conditional_only: bool = False
    with_custody: tuple[bool, ...] = ()  # per requirement: does it include @captive_ref (custody scope)?
    near: Optional[tuple[int, int]] = None  # characters (before, after) the 'with' words may stand from the phrase
    unless_after: int = 0  # following sentences (same story) whose 'unless' words also cancel
    unless_before: int = 0  # preceding sentences (same story) whose 'unless' words also cancel
    unless_kept: frozenset[int] = frozenset()  # words that, in the phrase's sentence, stop those neighbours' cancels
    unless_nearby: frozenset[int] = frozenset()  # the words that cancel from those neighbours, when not all 'unless' do
    unless_denied: frozenset[int] = frozenset()  # words that, in the sentence, stop a denied good practice's opposite
    years_after: int = 0  # the homecoming's year at least this many years after the fighting ended (timeline.py)
    # False when the act read is none of the rule's grave breaches or war crimes: set by the indicator's own
    # `serious: false`, and for a concern read for another rule in internal wars (applies.internal_counterpart) when a
    # breach of the rule it was written for is no grave breach or war crime (the counterpart's own do not follow)
    serious: bool = True
    internal: bool = True  # False: not read for the rule's internal_counterpart (the indicator's `internal: false`)


@dataclass
class Matcher:
    automaton: "ahocorasick.Automaton"
    terms: list[str]  # term id -> phrase as written
    groups: dict[str, frozenset[int]]
    indicators: list[CompiledIndicator]
    by_term: dict[int, list[int]] = field(default_factory=dict)  # term -> indicator indexes
    gate: "ahocorasick.Automaton | None" = None  # context words only: the cheap first look
    values: list = field(default_factory=list)  # automaton value -> (key length, term ids)
    states: dict = field(default_factory=dict)  # term id -> the State it names (lexicon "states")
    court_sides: frozenset = frozenset()  # States and irregular sides (words and word pairs), looked for beside a court word
    # indicator index -> the same concern (or, with observances: true, the same good practice) read for the rule
    # that carries its protection in non-international conflicts (the rule's applies.internal_counterpart)
    internal: dict = field(default_factory=dict)
    # term id -> the year from which that State's name signals its internal war (lexicon "internal_war_since")
    state_since: dict = field(default_factory=dict)

    def might_concern_captives(self, scan: str) -> bool:
        """Cheap pre-check on lower-cased text: could the context gate open at all?

        True when a word that alone names captured fighters occurs, both a capture word and a
        fighter word do (an armed group's name counts as one when told of its members or counted;
        80 characters apart; 400 for a capture told of a pronoun or an exchange), an exchange told by the men
        it traded (a count on each side, "returnees", "a hundred of ours"; SWAP_OF_OURS, within 400 characters),
        two different custody cues do, or one custody cue in a text told in the first person; "held"
        only after the fighters (or before a count of them), a court only with a State or an
        irregular side named beside it and fighters near; a fighter told wounded (or found still alive)
        and helpless where he lies; a pilot come down and taken, or fired on as he came down after
        bailing out. It reads no capture in "captured the town" told of the fighters before it, nor an
        exchange in "exchanged fire". Texts for which
        it is False cannot yield findings: tests/test_fast_paths.py checks that on every
        development corpus.
        """
        if self.gate is None:
            return True
        n = len(scan)
        # where the last capture / fighter / exchange / held word ended (its last character: the gap to a word starting
        # at ``start`` is ``start - last - 1`` characters, as context.py counts it)
        last = {2: -10**9, 4: -10**9, 16: -10**9, 32: -10**9, 128: -10**9}
        last_capture = 0  # where the last capture word started
        court = -10**9  # where the last court with a side named beside it ended ("a Kyiv court", "'court' in occupied")
        irregular_court = -10**9  # where the last such court of a so-called or self-proclaimed side ended
        cues: set[str] = set()
        for end, packed in self.gate.iter(scan):
            length, flag = packed >> 8, packed & 255
            start = end - length + 1
            if (start > 0 and scan[start - 1].isalnum()) or (end + 1 < n and scan[end + 1].isalnum()):
                continue
            if flag & 1:
                return True
            if flag & 64 and (GROUP_PERSON.match(scan, end + 1) or MEMBERS_OF.search(scan, max(0, start - 40), start)
                              or COUNT_BEFORE.search(scan, max(0, start - 16), start)):
                flag |= 4  # an armed group's name told of its fighters
            if flag & 26 and not flag & 4 and NOT_AN_EXCHANGE.match(scan, end + 1):
                continue  # "exchanged fire", "an exchange of views": no exchange, and no custody cue
            if flag & 128:  # "held": of the fighters named before it ("soldiers held by the rebels"), or of a count
                if start - last[4] - 1 <= GATE_DISTANCE:  # after it ("we held two hundred of their soldiers")
                    return True
                last[128] = end
            if flag & 4 and start - last[128] - 1 <= GATE_DISTANCE and _HELD_COUNT_GATE.search(scan, last[128] + 1, start):
                return True
            if flag & 8:
                cues.add(scan[start : end + 1])
                if len(cues) >= 2:
                    return True
            # an exchange pairs with a fighter anywhere in its sentence (context.py), told before or after it
            if (flag & 16 and start - last[4] <= PRONOUN_DISTANCE) or (flag & 4 and start - last[16] <= PRONOUN_DISTANCE):
                return True
            if flag & 16:
                last[16] = end
                # the men it traded told by their count or as the side's own: "Exchange completed, 95 for 95"
                if SWAP_OF_OURS.search(scan, max(0, start - SWAP_DISTANCE), end + SWAP_DISTANCE) is not None:
                    return True
            # a court with a side named beside it ("a Kyiv court", "a 'court' in occupied Luhansk") and fighters
            # near it, before or after: fighters before the other side's court (context.py: tried_by_enemy)
            if flag & 32 and self._side_beside(scan, start, end):
                court = end
                # a so-called court's fighters may be told further off, up to three sentences before or after
                # (context.py: tried_by_enemy)
                if _IRREGULAR_COURT_GATE.search(scan, max(0, start - COURT_SIDE_DISTANCE), end + 1 + COURT_SIDE_DISTANCE):
                    irregular_court = end
                    if start - last[4] <= IRREGULAR_COURT_FIGHTER_DISTANCE:
                        return True
                if start - last[4] <= COURT_FIGHTER_DISTANCE:
                    return True
            if flag & 4 and (start - court <= COURT_FIGHTER_DISTANCE
                             or start - irregular_court <= IRREGULAR_COURT_FIGHTER_DISTANCE):
                return True
            # people captured, then tried: a capture word and a court or trial word (in either order) within
            # CAPTURE_TRIAL_DISTANCE, the capture a strong one ("the group, captured in December, was convicted by a
            # court in Baku"; context.py: captured_then_tried)
            if flag & 32 and scan[start:end + 1] != "tried":  # (not "tried": mostly "tried to run")
                if start - last[2] - 1 <= CAPTURE_TRIAL_DISTANCE and _STRONG_CAPTURE_GATE.match(scan, last_capture):
                    return True
                last[32] = end
            if flag & 2:
                last_capture = start
                if start - last[32] - 1 <= CAPTURE_TRIAL_DISTANCE and _STRONG_CAPTURE_GATE.match(scan, start):
                    return True
            for own, other in ((2, 4), (4, 2)):
                if flag & own:
                    if start - last[other] - 1 <= GATE_DISTANCE and not (
                            own == 2 and _OBJECT_NEXT.match(scan, end + 1) and CAPTURED_THING.match(scan, end + 1)):
                        return True  # (not "rebels capture the town": a place taken, after the fighters who took it)
                    # a capture word told of a pronoun ("released them", "they were exchanged"), for fighters
                    # named a sentence or two before (context.py reads the pronoun back)
                    if own == 2 and start - last[4] <= PRONOUN_DISTANCE and (
                            _PRONOUN_NEXT.match(scan, end + 1) or _PRONOUN_LAST.search(scan, max(0, start - 30), start)):
                        return True
                    last[own] = end
        # the speaker's side holding a count of the other side's men ("we had forty of their soldiers"; context.py)
        if "of the" in scan and held_of_theirs(scan, scan):
            return True
        # a captive beaten until he agreed to read out a statement, in a text that names fighters or airmen (context.py)
        if any(w in scan for w in FORCED_STATEMENT_WORDS) and (
                last[4] >= 0 or any(w in scan for w in AIRMAN_WORDS) or any(w in scan for w in FORCED_MEDIA)) \
                and FORCED_STATEMENT.search(scan) is not None:
            return True
        if " of us" in scan and COUNT_OF_US.search(scan) is not None:
            return True  # a count of the teller's men shut in or picked out by their captors (context.py: _us_counted)
        # one custody cue in a text told in the first person: a witness speaking of his own captivity
        if cues and _FIRST_PERSON.search(scan) is not None:
            return True
        # a pilot come down on the other side and taken there (context.py: downed_airmen); the plain substring
        # tests first, as a regular expression over every text costs more than the whole pre-check
        if any(w in scan for w in AIRMAN_WORDS) and DOWNED.search(scan) is not None \
                and AIRMAN.search(scan) is not None and (AIRMAN_TAKEN.search(scan) is not None or (
                    AIRMAN_FIRED_ON.search(scan) is not None and BAILED_OUT.search(scan) is not None)):
            return True
        # a wounded fighter told helpless where he lies (context.py: wounded_helpless), with a fighter word seen: the
        # sign comes after the wound, so it is sought only from there, in the lower-case text without a case-blind
        # expression
        if "of our" in scan and OURS_HOME.search(scan) is not None:
            return True  # "95 of ours are home tonight" (context.py: ours_home)
        if ("call" in scan or "said" in scan or "descri" in scan or "identified" in scan or " say " in scan) \
                and labelled_fighter(scan):
            return True  # a man told a fighter by the men who hold him (context.py: labelled_fighter_held)
        if "camp" in scan and ("prisoner" in scan or "pow" in scan or any(w in scan for w in _HELD_IN_CAMP_WORDS)) \
                and camp_prisoners(scan) is not None:
            return True  # prisoners told in a camp (context.py: prisoners_in_camp)
        if taken_by_force(scan):
            return True  # a person taken by a fighting force (context.py: taken_by_force)
        if any(w in scan for w in RED_CROSS_WORDS) and next(red_cross_held(scan), None) is not None:
            return True  # the Red Cross told of the men a side holds (context.py: red_cross_told_held)
        if any(w in scan for w in RAILWAY_PLACE_WORDS) and next(burma_railway(scan), None) is not None:
            return True  # prisoners on the Japanese army's railway into Burma (context.py: burma_railway)
        if side_on_us(scan):
            return True  # a people or armed group doing a captor's act to the teller (context.py: side_on_us)
        if ("uniform" in scan or "fatigues" in scan or "army trousers" in scan) and UNIFORM_HELD.search(scan) is not None:
            return True  # people named by their uniform, told held (context.py: uniformed_held)
        if last[4] < 0:
            return False  # (no fighter word at all)
        # a surrender told as made ("after the surrender", "the garrison's surrender", "the soldiers gave up"), in a text
        # that names fighters: those who gave up may be in the other side's hands (context.py: surrender_told,
        # surrender_then_held, which read it only where the pre-check opens); the substring tests first
        if ("surrender" in scan or "gave up" in scan or "give up" in scan or "laid down" in scan) \
                and _SURRENDER_GATE.search(scan) is not None:
            return True
        first = min((i for i in (scan.find("wounded"), scan.find("injured"), scan.find("still alive")) if i >= 0), default=-1)
        if first >= 0 and _HELPLESS_SIGN_LOWER.search(scan, first) is not None:
            return True
        # the other side's wounded taken away or handed over (context.py: wounded_taken), ending at the wound word
        for word in ("wounded", "injured"):
            i = scan.find(word)
            while i >= 0:
                if _WOUNDED_LEAD_LOWER.search(scan, max(0, i - 120), i + len(word)) is not None:
                    return True
                i = scan.find(word, i + 1)
        return False

    def _side_beside(self, scan: str, start: int, end: int) -> bool:
        """Is a State or an irregular side named within COURT_SIDE_DISTANCE of the court word at scan[start:end+1]?"""
        words = _SIDE_WORD.findall(scan, max(0, start - COURT_SIDE_DISTANCE), end + 1 + COURT_SIDE_DISTANCE)
        sides = self.court_sides
        return any(w in sides for w in words) or any(f"{a} {b}" in sides for a, b in zip(words, words[1:]))

    def scan(self, text: str, prepared=None) -> list[Hit]:
        prepared = prepared or prepare(text)
        s = prepared.scan
        # the scanned text between two spaces: the characters around a match are read without bounds
        # checks (padded[start] is the one before it, padded[end + 2] the one after)
        padded = f" {s} "
        hits: list[Hit] = []
        append = hits.append
        new = tuple.__new__  # = Hit(...), without the Python-level __new__ of a NamedTuple
        index = prepared.index
        values = self.values
        if index is None:
            for end, value in self.automaton.iter(s):
                length, term_ids = values[value]
                start = end - length + 1
                if padded[start].isalnum() or padded[end + 2].isalnum():
                    continue
                end += 1
                for t in term_ids:
                    append(new(Hit, (start, end, t)))
            return hits
        original = prepared.original
        for end, value in self.automaton.iter(s):
            length, term_ids = values[value]
            start = end - length + 1
            if padded[start].isalnum() or padded[end + 2].isalnum():
                continue
            o_start, o_end = original(start), original(end) + 1
            for t in term_ids:
                append(new(Hit, (o_start, o_end, t)))
        return hits

    def group(self, name: str) -> frozenset[int]:
        return self.groups.get(name, frozenset())

    def context_groups_of(self) -> dict[int, tuple[str, ...]]:
        """term id -> the context groups (lexicon) it belongs to; computed once."""
        cached = getattr(self, "_context_groups", None)
        if cached is None:
            from .context import CONTEXT_GROUPS

            index: dict[int, list[str]] = {}
            for name in CONTEXT_GROUPS:
                for t in self.group(name):
                    index.setdefault(t, []).append(name)
            cached = {t: tuple(names) for t, names in index.items()}
            self._context_groups = cached
        return cached


def _group_ref(phrase: str) -> Optional[str]:
    """The group a phrase names whole ("@filming" -> "filming"), or None."""
    p = phrase.strip()
    return p[1:] if p.startswith("@") and " " not in p else None


class _Builder:
    def __init__(self, groups: dict[str, list[str]]):
        self.raw_groups = groups
        self.term_ids: dict[str, int] = {}
        self.terms: list[str] = []
        self.groups: dict[str, frozenset[int]] = {}

    def term(self, phrase: str) -> int:
        key = phrase.strip()
        if key not in self.term_ids:
            self.term_ids[key] = len(self.terms)
            self.terms.append(key)
        return self.term_ids[key]

    def resolve(self, phrases: Iterable[str], seen: tuple[str, ...] = ()) -> frozenset[int]:
        out: set[int] = set()
        for p in phrases:
            name = _group_ref(p)
            if name:
                if name in seen:
                    continue  # a cycle; the loader reports it, ignore here
                if name not in self.groups:
                    self.groups[name] = self.resolve(self.raw_groups.get(name, []), seen + (name,))
                out |= self.groups[name]
            elif "@" in p:
                out.update(self.term(c) for c in self.compose(p, seen))
            else:
                out.add(self.term(p))
        return frozenset(out)

    def phrases_of(self, name: str, seen: tuple[str, ...] = ()) -> list[str]:
        """Every phrase of a group as text, its own group references and compositions expanded."""
        if name in seen:
            return []
        out: list[str] = []
        for p in self.raw_groups.get(name, []):
            ref = _group_ref(p)
            if ref:
                out.extend(self.phrases_of(ref, seen + (name,)))
            elif "@" in p:
                out.extend(c[len(COMPOSED):] for c in self.compose(p, seen + (name,)))
            else:
                out.append(p.strip())
        return out

    def compose(self, phrase: str, seen: tuple[str, ...] = ()) -> list[str]:
        """A phrase built from groups: "make @captive_object @degrading_act" stands for every
        combination of one phrase of each group ("make them bark", "make the prisoner crawl")."""
        choices = []
        for word in phrase.split():
            if word.startswith("@"):
                # an entry written "=the guards" is used as written: each of its words is kept
                choices.append([" ".join("=" + x for x in w[1:].split()) if w.startswith("=") else w
                                for w in self.phrases_of(word[1:], seen)])
            else:
                choices.append([word])
        return [COMPOSED + " ".join(parts) for parts in itertools.product(*choices)]


def build(ruleset) -> Matcher:
    """Compile a RuleSet into one automaton (expensive: do it once per process)."""
    from .context import BARE_RELEASE, CONTEXT_GROUPS
    from .inflect import phrase_variants

    b = _Builder(ruleset.lexicon.groups)
    # the groups the engine reads by name; the others become terms only where a rule (or another
    # group) names them whole, so parts of composed phrases ("@captive_object": "him", "us") are
    # never scanned for on their own
    for name in (*CONTEXT_GROUPS, "captive_ref", "own_account", "not_violence", "pronoun_captured", "confessable_act", "pow_place"):
        if name in ruleset.lexicon.groups:
            b.resolve([f"@{name}"])
    indicators: list[CompiledIndicator] = []
    for rule in ruleset:
        for kind in ("concern", "observance"):
            for n, ind in enumerate(getattr(rule, kind)):
                withs = tuple(b.resolve([req] if isinstance(req, str) else req) for req in ind.with_)
                indicators.append(
                    CompiledIndicator(
                        rule_id=rule.id,
                        kind=kind,
                        number=n,
                        element=ind.element,
                        terms=b.resolve(ind.phrases),
                        with_=withs,
                        unless=b.resolve(ind.unless),
                        window=ind.window,
                        weight=ind.weight,
                        cue=ind.cue or "",
                        if_negated=ind.if_negated,
                        conditional_ok=ind.conditional_ok or ind.conditional_only,
                        conditional_only=ind.conditional_only,
                        near=(ind.near.before, ind.near.after) if ind.near else None,
                        unless_after=ind.unless_after,
                        unless_before=ind.unless_before,
                        unless_kept=b.resolve(ind.unless_kept_by),
                        unless_nearby=b.resolve(ind.unless_nearby),
                        unless_denied=b.resolve(ind.unless_denied),
                        years_after=ind.years_after or 0,
                        serious=ind.serious,
                        internal=ind.internal,
                    )
                )
    variants: dict[str, set[int]] = {}
    for tid, phrase in enumerate(b.terms):
        for v in phrase_variants(phrase):
            if v:
                variants.setdefault(v, set()).add(tid)
    # the automaton stores plain ints (an index into `values`): it pickles and loads much faster
    # than one Python object per key, which is most of a cold start
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    values: list[tuple[int, tuple[int, ...]]] = []
    index: dict[tuple[int, tuple[int, ...]], int] = {}
    for v, tids in variants.items():
        value = (len(v), tuple(sorted(tids)))
        if value not in index:
            index[value] = len(values)
            values.append(value)
        automaton.add_word(v, index[value])
    automaton.make_automaton()
    captive = b.groups.get("captive_ref", frozenset())
    for ind in indicators:
        ind.with_custody = tuple(bool(captive) and captive <= req for req in ind.with_)
        ind.with_ = tuple(req - captive if cust else req for req, cust in zip(ind.with_, ind.with_custody))
    internal: dict[int, CompiledIndicator] = {}
    for i, ind in enumerate(indicators):
        rule = ruleset.rules[ind.rule_id]
        cp = rule.applies.internal_counterpart
        if cp is not None and ind.internal and (ind.kind == "concern" or (ind.kind == "observance" and cp.observances)) \
                and cp.rule in ruleset.rules:
            target = ruleset.rules[cp.rule]
            internal[i] = replace(ind, rule_id=cp.rule, element=cp.element,
                                  serious=ind.serious and bool(rule.war_crimes or rule.grave_breach),
                                  cue=f"{ind.cue or 'the words quoted'} ({rule.provision} applies between States;"
                                      f" in an internal war this is read under {target.provision})")
    by_term: dict[int, list[int]] = {}
    for i, ind in enumerate(indicators):
        for t in ind.terms:
            by_term.setdefault(t, []).append(i)
    # The gate automaton: 1 = names captives alone, 2 = a capture word, 4 = a fighter word, 8 = a cue
    # (two different cues open it: a custody setting, or a fighter's own account of his capture), 16 = an
    # exchange (it pairs with a fighter anywhere in its sentence), 32 = a court or a trial (with a State or an
    # irregular side named beside it, then a fighter word near: a court that tries fighters).
    # A restraint or a release counts as a cue too (context.py: "blindfolded ... handed back"), and the
    # fighting as the place of a capture as a fighter word ("captured during the battle for Mosul").
    flags: dict[str, int] = {}
    # "held" words (not the everyday capture verbs among them) are 128: they pair with the fighters before them
    gate_groups = dict(b.groups, held_only=b.groups.get("held", frozenset()) - b.groups.get("capture_weak", frozenset()))
    # the words that name a State or its people (the lexicon's `states` map), read twice below
    state_words = {w.strip().lstrip("=").strip().lower() for words in ruleset.lexicon.states.values() for w in words}
    # an armed group's name (not a State's or a people's, too common to read this way) may name its fighters
    gate_groups["niac_group"] = frozenset(t for t in b.groups.get("niac", ()) if b.terms[t].lstrip("=").strip() not in state_words)
    for names, flag in ((("pow", "hors_de_combat", "captive", "forced_degradation", "pronoun_captured", "control_act"), 1),
                        (("captured", "capture_weak", "restrained", "released", "summary_killing", "exchange", "custody_agent",
                          "shown_by_enemy"), 2), (("held_only",), 128),
                        (("fighter", "battle"), 4), (("niac_group",), 64),
                        (("custody_cue", "own_account", "restrained", "released"), 8),
                        (("exchange",), 16), (("trial",), 32)):
        for name in names:
            for tid in gate_groups.get(name, ()):
                term = b.terms[tid]
                if flag == 8 and name in ("restrained", "released") and term in BARE_RELEASE:
                    continue
                for v in phrase_variants(term):
                    # the gate reads raw lower-case text: "military-style clothes"; composed phrases
                    # ("they beat us") are not written with hyphens
                    for form in ({v} if term.startswith(COMPOSED) else _hyphenations(v)):
                        flags[form] = flags.get(form, 0) | flag
    # a people's name used as a noun for the enemy's fighters ("captured russians", "this armenian",
    # read in context.py) counts as a fighter word for the pre-check
    for w in state_words:
        if DEMONYM.search(w):
            for form in (f"{w}s", f"this {w}", f"that {w}", f"one {w}"):
                flags[form] = flags.get(form, 0) | 4
    # the sides a court can belong to, looked for only around a court word (they are too common to scan for)
    court_sides = frozenset(
        " ".join(_SIDE_WORD.findall(form)) for phrase in itertools.chain(
            (w for words in ruleset.lexicon.states.values() for w in words),
            (b.terms[tid] for tid in b.groups.get("court_irregular", ())))
        for form in phrase_variants(phrase.strip().lstrip("=").strip().lower()) if len(_SIDE_WORD.findall(form)) <= 2)
    gate = ahocorasick.Automaton(ahocorasick.STORE_INTS)  # value: key length << 8 | flags
    for v, flag in flags.items():
        if v:
            gate.add_word(v, len(v) << 8 | flag)
    gate.make_automaton()
    states = {b.term_ids[w.strip()]: state for state, words in ruleset.lexicon.states.items()
              for w in words if w.strip() in b.term_ids}
    since = ruleset.lexicon.internal_war_since
    state_since = {tid: since[state] for tid, state in states.items() if state in since}
    return Matcher(automaton, b.terms, dict(b.groups), indicators, by_term, gate, values, states, court_sides, internal,
                   state_since)


def _hyphenations(phrase: str) -> set[str]:
    """The phrase with each of its spaces written as a space or a hyphen ("military-style clothes");
    the full text normalises hyphens away, the cheap pre-check reads raw lower-case text."""
    parts = phrase.split(" ")
    if len(parts) > 3:
        return {phrase, phrase.replace(" ", "-")}
    out = {parts[0]}
    for part in parts[1:]:
        out = {f"{head}{sep}{part}" for head in out for sep in (" ", "-")}
    return out


_CACHE: dict[str, Matcher] = {}


def matcher_for(ruleset) -> Matcher:
    m = _CACHE.get(ruleset.sha256)
    if m is None:
        m = _CACHE[ruleset.sha256] = build(ruleset)
    return m
