"""Is the text about captured fighters at all? (The kind of conflict is read in conflict.py.)

Vocabulary comes from the lexicon (rules/lexicon.yaml), groups:
  pow             words that alone mean captured fighters ("prisoners of war", "POWs")
  hors_de_combat  fighters out of the fight ("surrendering soldiers", "raised their hands")
  captured, held, released, restrained, capture_weak
                  capture, custody and release words ("captured", "held", "freed", "hooded", "took")
                  that count when paired with ...
  fighter         ... a fighter word ("soldiers", "servicemen", "men in uniform")
  summary_killing killings that presuppose custody ("summarily executed", "execute")
  exchange        an exchange of people ("exchange", "swap") beside a fighter word
  captive         weak words ("captives", "prisoners") that need a fighter word or a war in the text
  custody_cue     a custody setting in its own words ("camp", "guards", "interrogator")
  battle          the fighting as the place of a capture ("captured during the battle for Mosul")
  control_act     what only a captor does to a man it holds ("search him", "sit him down", "tied his hands")
  forced_degradation  a person made to degrade himself ("made him kiss their flag"), in a text about a war
  not_pow         words for people who are not captured fighters (civilian internees, inmates)
  not_war         words of a game or fiction: there only captives named as fighters count
  acted           among them, a role played, a scene shot, a game or a match told: there no captive counts
  iac, niac, niac_weak, api_non_party, apii_non_party, hostilities_over
                  signals of the kind of conflict (read by conflict.py) and of a war in the text

Each way a text can say that fighters are in the enemy's hands is one method of _Reading;
every piece of evidence quotes the words that showed it.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Callable, Optional

from .conflict import read_conflict
from .cues import ASSERTED, DENIED, HYPOTHETICAL, NEGATED, VERDICT_FALSE, classify, negated_noun
from .matcher import (AIRCRAFT_OWNER, AIRCRAFT_WORDS, AIRMAN, AIRMAN_FIRED_ON, AIRMAN_TAKEN, BAILED_OUT,
                      CAPTURED_THING, COUNT_BEFORE, DEMONYM, DOWNED, GROUP_PERSON, HELPLESS_SIGN, MEMBERS_OF, MEN,
                      CAPTURE_TRIAL_DISTANCE, COUNT_OF_US, FORCED_STATEMENT, FORCED_MEDIA, NOT_AN_EXCHANGE, OURS_HOME, SWAP_OF_OURS, UNIFORM_HELD, FIGHTER_LABELLED, WOUNDED_LEAD, SOLDIERS_IN_CAMP, SIDE_ON_US, TAKEN_BY_FORCE, camp_prisoners, red_cross_held, burma_railway, RED_CROSS_WORDS, RAILWAY_PLACE_WORDS, RAILWAY_WORK, RAILWAY_WORK_REACH, RED_CROSS_INFO, RED_CROSS_INFO_REACH, RED_CROSS_HELD, RED_CROSS_HELD_REACH, Hit, Matcher, held_of_theirs)
from .models import Context, Evidence
from .text import Sentences

SURRENDERING = "fighters surrendering or out of combat"
IN_DESCENT = "an airman fired on as he came down by parachute"  # out of combat, and not (yet) in custody
SURRENDERED = "fighters who had surrendered"
_CAPTIVE_WORDS = "captives, in a text about armed conflict"
_SURRENDER_DONE = re.compile(r"\b(?:had surrendered|who surrendered|after (?:they |he )?surrender(?:ed|ing)|surrendered (?:soldiers?|troops|"
                             r"fighters?|servicem[ae]n|men|militants|enemy)|gave (?:themselves|himself|itself|ourselves|myself) up|who gave up|had given up|"
                             r"laid down)\b", re.I)
# ... or told as done by the words before it: "killed two fighters after they had handed over their weapons",
# "having laid down their arms"
_DONE_BEFORE = re.compile(r"\b(?:had|having|after (?:they|he|she|we|i) had)\s+$", re.I)
CONTEXT_GROUPS = ("pow", "hors_de_combat", "captured", "held", "capture_weak", "restrained", "released", "summary_killing",
                  "fighter", "captive", "custody_cue", "forced_degradation", "not_pow", "not_war", "iac", "niac", "niac_weak",
                  "niac_domestic", "api_non_party", "apii_non_party", "hostilities_over", "exchange", "war_signal", "demobilised",
                  "custody_agent", "heritage", "battle", "control_act", "shown_by_enemy", "trial",
                  "court_irregular", "acted", "police_taken", "camp_enclosure", "fighter_more")
_POW_WORDS_TERM = re.compile(r"p\.?o\.?w|prisoners? of war|captive|prisoner", re.I)  # captivity, not a side
PAIR_DISTANCE = 80  # characters between a capture word and a fighter word
BATTLE_DISTANCE = 40  # characters between a capture word and the fighting it happened in
_PEOPLE_BEFORE = re.compile(r"\b(?:they|he|she|i|we|who|whom|men|people|fighters|soldiers|troops|militants|rebels|"
                            r"servicemen|\d[\d,]*|dozens|hundreds|thousands|scores)\b(?:\s+\w+){0,3}?\s+(?:(?:had|have|has|was|were|been|being|got)\s+)*$", re.I)
_PEOPLE_TAKEN = re.compile(r"\s+(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|some|many|them|him|her|us|me|"
                           r"men|(?:\w+\s+)?(?:fighters|soldiers|troops|militants|rebels|servicemen))\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|remain|remained|still)\b", re.I)
# a participle followed by a preposition or the end of a clause: "soldiers captured near X", "held by"
_PARTICIPLE_NEXT = re.compile(
    r"\s*(?:[,.;:)]|$|(?:by|in|at(?! least\b| most\b)|near|after|during|on|from|when|while|since|for|as|last|earlier|overnight|"
    r"yesterday|today|outside|inside|around|behind|under)\b"
    # the captive's state told after the participle: "two resistance fighters captured wounded after the clash" (not
    # the object of an active verb: "rebels captured wounded soldiers")
    r"|(?:alive|wounded|injured|unhurt|unharmed)\b(?!\s+(?:[\w'-]+\s+)?(?:soldiers?|fighters?|men|troops|servicem[ae]n|"
    r"prisoners|enemy|comrades|civilians|people)\b)"
    # a time told as a noun: "a fighter, captured the day before", "captured the previous night"
    r"|the\s+(?:(?:previous|same|next|following)\s+)?(?:day|night|week|month|morning|evening|afternoon)\b"
    # a time told as a span back from the telling: "soldiers captured three weeks ago", "captured two days later",
    # "captured this morning", "captured recently" (not an object: "captured three villages")
    r"|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|some|many|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|earlier|before|later|previously|back)\b"
    r"|(?:this|that)\s+(?:morning|week|month|year|spring|summer|autumn|winter|evening|night)\b"
    r"|(?:recently|shortly|earlier|soon|only|just)\b)", re.I)
# "the pilot it captured", "soldiers they had seized": the fighter is the object
_OBJECT_RELATIVE = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:army|forces|militia|brigade|regiment|battalion)\s+)?"
                              # (the army named after the soldier: "a soldier of the government army they captured")
                              r"(?:(?:that|whom|who)\s+)?(?:it|they|he|she|we|i|you|the group|the rebels|the militants|"
                              r"the enemy|the other side|the russians|the ukrainians|the azerbaijanis|the armenians|"
                              r"the iraqis|the iranians|the eritreans|the ethiopians|the british|the argentines|"
                              # a unit named by whose it is: "the VC your platoon captured"
                              r"(?:your|our|my|their|his|her) (?:patrol|unit|platoon|squad|company|battalion|brigade|"
                              r"regiment|men|boys|lads|guys))"
                              r"(?:\s+(?:had|has|have|is|are|was|were))?\s*$", re.I)  # "the soldiers it is holding"
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur)\b")  # not "i" or "US" (the country)
# restraint and release words too common to count as a cue of custody: said of statements, fire, civilians
# back home, said of a count of fighters (_Reading.home_again): no capture or custody cue alone
HOME_AGAIN = frozenset({"=are home", "=is home", "=came home", "=are back home", "=came back home",
                        "=handed back", "=were handed back"})
BARE_RELEASE = frozenset({"released", "freed", "exchanged", "swapped", "custody", "in custody"}) | HOME_AGAIN
# custody cues that may also be a shelter or an errand (a cellar, the Red Cross, an exchange): not enough alone
_SHELTER_CUE = re.compile(r"cellar|basement|\bpit\b|red cross|red crescent|icrc|exchang|swap|handed over|letter home|tracing|traded",
                          re.I)
# a fighter told wounded and then helpless where he lies, in one sentence: "five wounded fighters from yesterday's
# firefight still there, unarmed, slumped against the wall", "a wounded fighter of the Kurdish-led forces lying at
# the roadside", "an Armenian soldier, wounded and lying in a shallow trench" (API Art. 41(2)(c); the signs:
# matcher.HELPLESS_SIGN)
_WOUNDED_BEFORE = re.compile(r"\b(?:wounded|injured)\s+(?:[\w'-]+\s+){0,3}$", re.I)
_WOUNDED_AFTER = re.compile(r",?\s+(?:(?:badly|seriously|gravely|severely)\s+)?(?:wounded|injured)\b"  # "a soldier, wounded and"
                            # found alive on the ground after a fight: "two of the jihadists still alive behind a termite
                            # mound ... no weapons", "three guerrillas were still alive ...; they could not move"
                            r"|\s+(?:(?:was|were)\s+)?still alive\b", re.I)
# the other side's wounded moved by those who hold them: "took away eleven wounded", "carried three wounded", "handed
# 40 wounded", "pulled a wounded ... out" (a count or an article between; the fighter word follows, _Reading.wounded_taken)
_WOUNDED_LEAD = re.compile(WOUNDED_LEAD.pattern + r"\s+(?:[\w'-]+\s+){0,3}$", re.I)
_FIGHT_BETWEEN = re.compile(r"[;:]|\b(?:attack|storm|ambush|overr[au]n|raid|shell|bomb|besieg|fought|clash|assault|struck|hit)\w*",
                            re.I)
_RED_CROSS_ACTS = re.compile(r"\b(?:icrc|red cross|red crescent)\b(?:\s+[\w'-]+){0,8}?\s*$", re.I)
_ENEMY_WORD = re.compile(r"\benemy\b|\bother side'?s?\b|\bof theirs\b", re.I)
# a not_pow phrase in which the witness names himself: "I'm a nurse", "from my kitchen", "taken with my mother"
_SELF_CIVILIAN = re.compile(r"(?:i\b|i'm\b|from my\b|with my\b|taken with my\b)", re.I)
_WITH_A_THING = re.compile(r"\s+(?:a|an|his|her|their|its|bare|knives|sticks|stones|rifles|guns|pistols)\b", re.I)
_RATION = re.compile(r"rations?", re.I)
_AID_RATION = re.compile(r"\b(?:fled|flee|fleeing|displaced|refugees?|idps?|humanitarian|aid|convoys?|wfp|unhcr|relief|famine)\b",
                         re.I)
_NOT_A_CAPTIVES_CAGE = re.compile(r"\b(?:glass|courtroom|court|trial|dock|judge|birds?|animals?|dogs?|lions?|zoo|"
                                 r"chickens?|rabbits?|news|agency|agencies|wire (?:services?|reports?)|reuters|"
                                 # the people a camp of the displaced or of internees holds: "280,000 people are now
                                 # inside the wire"
                                 r"people|civilians?|displaced|refugees?|idps?|residents|villagers|internees?|inmates|"
                                 r"women and children|migrants|asylum|peasants|population|regroup\w*|evacuees|deportees)\b", re.I)
_CAMP_NAME = re.compile(r"\b(?:stalag|oflag|dulag|camps?)\b", re.I)
# the fighters' own camp, not a place of custody: "the village where the resistance had their camp", "a rebel training
# camp", "the militants' base camp"
_OWN_CAMP = re.compile(r"(?:\b(?:had|has|have|set up|sets up|pitched|made|make|makes|struck|moved)\s+(?:their|its|his|a|an)"
                       r"(?:\s+[\w'-]+)?|\b(?:training|base|rebel|rebels'|militant|militants'|insurgent|insurgents'|guerrilla|"
                       r"guerrillas'|jihadist|fighters'|army|military|boot|holiday|summer))\s+$", re.I)
# the fenced pens of a prisoner-of-war camp: "moved between compounds", "a compound leader"
_COMPOUNDS = re.compile(r"\bcompounds\b|\bcompound (?:leaders?|guards?|commanders?|gates?|wire)\b|\binto (?:a|the|their) compound\b", re.I)
# the people of a camp, which the not_pow words read as a prison's (lexicon), and the camp they are in
_INMATES = re.compile(r"inmates?", re.I)
_CAMP_OF_INMATES = re.compile(r"\b(?:camps?|compounds?)\b", re.I)
_CIVILIAN_CAMP = re.compile(r"\b(?:refugee|displaced|idp|labou?r|concentration|internment|transit|re-?education|detention)\s+$",
                            re.I)
# after "gave up", something given up other than the fight ("the garrison gave up hope of relief", "gave up the town")
_GAVE_UP_OTHER = re.compile(r"\s+(?:hope|on\b|trying|any\b|all\b|(?:the|its|their)\s+(?:idea|search|hope|hopes|fight for|struggle for|"
                            r"chase|attack|assault|town|city|fort|position|positions|hill|ground|bridge|village))", re.I)
# a surrender told with the everyday verb, not yet known to be in custody (_Reading.surrender_then_held)
_GAVE_IN = re.compile(r"\b(?:gave up|give up|surrendered|laid down (?:its|their|his) (?:arms|weapons|rifles|guns))\b", re.I)
_COUNT_OR_PRONOUN = re.compile(r"\b(?:they|all|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                               r"hundreds|several|some|most|many|fourteen|fifteen|twenty|thirty|forty|fifty)\s+(?:\w+\s+)?$", re.I)
# the captor taking the men in hand after the surrender: "held in the monastery", "lined up against the wall",
# "were searched", "marched to the rear", "put on trucks", "took them to their doctor", "carried to our clinic"
_CAPTOR_CONTROL = re.compile(
    r"\b(?:held\b(?!\s+(?:out|on|off|back|firm|talks|a|the|their|its)\b)|detained|lined up|searched|marched|"
    r"disarmed|tied|bound|handcuffed|blindfolded|escorted|questioned|interrogated|registered|rounded up|"
    r"(?:put|loaded) (?:them |him )?(?:on|onto|into|in) (?:\w+ )?(?:trucks?|lorr(?:y|ies)|buses?|vehicles?|cars?)|"
    r"taken (?:away|off|to)|(?:took|led|carried) (?:them|him) (?:away|off|to)|led (?:away|off)|carried to)\b", re.I)
_CAMP_AFTER = re.compile(r"[\s-]*camps?\b", re.I)  # "the Stalag Luft III prisoner-of-war camp"
_TOLD = re.compile(r"\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our)\b")  # a witness's sentence


# a note's terse apposition: "Ukrainian marine, captured Mariupol, April 2022" (the place with no preposition)
# a man's age between commas, after his name or none: "Armenian conscript, 19, captured", "private Sergei, 19, taken by"
_AGE_APPOSITION = re.compile(r"(?:\s+[A-Z][\w'.-]*){0,2}\s*,\s*\d{1,2}\s*,\s*")
# who the fighter is, set off by commas before the participle: "a servicewoman in her thirties, a mother of three,
# captured during the attacks", "the sergeant, a father of two, taken at Mariupol" (a noun phrase, no verb of speech)
_PERSON_APPOSITION = re.compile(r"(?:\s+[\w'-]+){0,3}\s*,(?:\s*(?:an?|aged|in\s+(?:his|her)|the\s+(?:father|mother|son|"
                                r"daughter|husband|wife)\b)(?![^,.;]*\b(?:said|says|told|say|claims?|claimed)\b)"
                                r"[^,.;]{1,40},)+\s*")
_NOTE_PLACE = re.compile(r"\s+[A-Z][\w'-]+\s*[,.;(]")
_NOTE_AT_PLACE = re.compile(r"\s+(?:at|in|near|outside)\s+[A-Z][\w'-]+")
# a case file's name and unit between a rank and "captured": " S., Ukrainian army, ", " Hovhannisyan, 2nd Battalion; "
_NOTE_NAME_UNIT = re.compile(r"\s*(?:[A-Z][\w'.-]*\s*){1,3}[,;]\s*(?:[\w'-]+\s+){0,3}"
                             r"(?i:army|brigade|regiment|battalion|marines|navy|forces|unit|company|platoon|division|"
                             r"corps|guard)\s*[,;]\s*")
_LOOKS_PARTICIPLE = re.compile(r"(?:ed|en|held|kept|caught|took)$", re.I)


_MERCHANT_SHIP = re.compile(r"\b(?:tug(?:boat)?s?|cargo (?:ship|vessel)s?|car carriers?|freighters?|(?:oil |chemical )?tankers?|"
                            r"merchant (?:ship|vessel)s?|bulk carriers?|container ships?|fishing (?:boat|vessel)s?|trawlers?|"
                            r"coal barges?|shipping company)\b", re.I)
_MERCHANT_TAKEN = re.compile(r"\b(?:ransom|pirates?|kidnap\w*|hijack\w*|crew|seafarers|abducted)\b", re.I)
_CREW_WORD = re.compile(r"(?:\w+\s+)?(?:crew(?:\s*members?|men)?|sailors?|seafarers?|seamen)", re.I)
_NAVY = re.compile(r"\b(?:navy|naval|warships?|marines|sailors and marines|coast ?guards?|prisoners? of war|pows?)\b", re.I)


# a film critic's words, two of them marking a story as a review (with the not_war words, in detect): "the director
# holds on the faces of the captured men ... gorgeously shot but loose with history, and the second half drags",
# "Revisiting 'Breaker Morant' (1980) ... Edward Woodward is superb and the courtroom scenes still crackle"
_REVIEW_TALK = re.compile(r"\bthe director (?:holds|lingers|cuts|frames|keeps)\b|\b(?:gorgeously|beautifully|handsomely|lovingly|"
                          r"stunningly) shot\b|\bloose with history\b|\bthe (?:second|first) half drags\b|\bdrags badly\b|"
                          r"\b(?:is|was) superb\b|\bscenes still (?:crackle|hold up|work)\b|\brevisiting '[^']{2,40}' \((?:19|20)\d\d\)",
                          re.I)


def _ATTACHES(between: str) -> bool:
    """A participle after the fighter word modifies it ("soldiers captured near X", "troops, seized in May,")
    unless another verb and noun stand between ("soldiers forcing Iraqis, detained for ...")."""
    between = _OF_UNIT.sub(" ", between, count=1)  # "five soldiers of his patrol, captured in May"
    between = _OF_NAMED.sub(" ", between, count=1)  # "a fighter of the YPJ, captured the day before"
    words = re.findall(r"[A-Za-z']+", between)
    if words and all(w[0].isupper() or w in _NAME_PARTICLES for w in words) and words[0][0].isupper():
        return True  # a name in apposition: "the pilot Muath al-Kasasbeh, captured when his jet came down"
    return len(words) <= 2 and not any(w.lower().endswith("ing") for w in words)


_OF_NAMED = re.compile(r"^\s*of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3}")  # the armed group or force, named
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "la", "le", "del", "di", "ben"})


# "of his patrol", "of the 2nd Division", "of the 93rd Mechanised Brigade", "from a maintenance company": up to
# three words name the unit
_OF_UNIT = re.compile(r"\s*(?:of|from)\s+(?:(?:the|his|her|their|its|a|an|our|my)\s+)?(?:[\w'-]+\s+){0,3}?(?:patrol|unit|platoon|squad|"
                      r"company|battalion|brigade|regiment|division|corps|battery|squadron|crew|garrison|detachment|convoy|"
                      # the force itself: "6 soldiers of the government forces who were captured"
                      r"forces?|army|armies|navy|militia|militias|national guard|"
                      # an armed group named by its kind: "took 6 fighters of a rebel faction"
                      r"factions?|armed groups?|rebel groups?|"
                      # the side named by what its enemies call it: "four soldiers of the criminal regime captured on
                      # the front" (not a convict's figure of speech: "a prisoner of war of this regime")
                      r"(?<!this )(?:regime|junta|enemy))\b",
                      re.I)


# what an everyday verb ("taken", "took", "caught") means when it is not capture
_WEAK_NOT_CAPTURE = re.compile(
    r"^\s*(?:(?:\w+\s+){0,3}?to (?:a |the |an )?(?:\w+ )?(?:hospital|clinic|medical|morgue|mortuary|safety|shelter|funeral|cemetery|"
    r"front|frontline|front line|positions?|training|school|work|church)\b|part\b|place\b|control\b|positions?\b|cover\b|over\b|up\b|"
    r"ill\b|seriously\b|sick\b|in the (?:crossfire|fighting|shelling|blast|explosion|rain|open)\b|off guard\b|fire\b|"
    r"by surprise\b|aback\b|out of (?:action|service)\b|red.handed\b|"
    # "took on the enemy", "caught on camera"; but "caught on the road to Huanta", "on the Mocimboa road" is a place,
    # and so is a stretch of the front ("taken on the Bakhmut flank", "on the southern axis")
    r"on\b(?!\s+(?:the|a)\s+(?:[\w'\u00C0-\u024F-]+\s+){0,2}?(?:road|way|bridge|hill|beach|ridge|border|street|river|"
    r"highway|track|path|outskirts|edge|flank|front|frontline|front line|axis|sector|direction)\b)|"
    r"(?!during\b|morning\b|evening\b|bring\b)[a-z]+ing\b)",  # "caught planting mines": caught in the act
    re.IGNORECASE)
# fire or weather as the subject of an everyday verb: "where the artillery caught them", "the shelling took them"
_FIRE_SUBJECT = re.compile(r"\b(?:artillery|shells?|shelling|shellfire|mortars?|rockets?|missiles?|drones?|mines?|fire|"
                           r"barrage|bombs?|bombing|blast|explosion|strike|airstrike|storm|frost|cold)\s+(?:\w+\s+)?$", re.I)


def _everyday_not_capture(text: str, c: Hit) -> bool:
    """Is an everyday verb ("taken", "caught") not a capture here, by what follows it ("taken to hospital", "caught in
    the crossfire") or by what did it ("where the artillery caught them")?"""
    return bool(_WEAK_NOT_CAPTURE.match(text[c.end:c.end + 60])
                or _FIRE_SUBJECT.search(text, max(0, c.start - 30), c.start))


# after the fighters an everyday verb was said of, what shows they were seen, not taken: "drones catch Russian
# soldiers in the open", "caught the enemy off guard", "caught two soldiers crossing the river"
_SEEN_NOT_TAKEN = re.compile(r"\s*(?:in the (?:open|crossfire|fighting|shelling|blast|explosion|act)\b|off guard\b|"
                             r"by surprise\b|unawares\b|(?!during\b|morning\b|evening\b|bring\b)[a-z]+ing\b)", re.I)
# after "the captured": a thing, not people ("the captured russian tanks", "the captured submarine"; matcher.py)
_CAPTURED_THING = CAPTURED_THING
# a surrender demanded, not made: "gave the forces in Mariupol until 5 a.m. to lay down their arms", "urged them to"
_DEMANDED = re.compile(r"(?:\buntil\b|\bdeadline\b|\bultimatum\b|\bcalled on\b|\bcalls on\b|\burged?\b|\burges\b|"
                       r"\bdemand(?:ed|s)?\b|\bappeal(?:ed|s)? to\b|"
                       # refused: "rejected repeated calls over loudspeakers to surrender", "refused to lay down arms"
                       r"\bcalls?\b|\brefus(?:ed|es|ing)\b|\breject(?:ed|s|ing)?\b)[^;:!?]{0,50}\bto\s+$",
                       re.IGNORECASE)  # ("5 a.m.")
# the fighters a place was taken from: "... from pro-Russian rebels"
_FROM_HOLDERS = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# after "are home", "came home": a return that is no release ("came home from the front", "on leave", "for Christmas")
_HOME_NOT_CAPTIVITY = re.compile(r"\s*(?:from\b(?!\s+(?:captivity|russian|ukrainian|enemy)\b)|on\s+leave\b|for\s+(?:good|"
                                 r"christmas|easter|the holidays?|leave|a rest|rotation)\b|in\s+(?:coffins|body bags)\b|"
                                 r"to\s+(?:bury|a hero)\b|safe(?:ly)?\s+(?:from|after)\b)", re.I)
# a count before the fighters: "95 defenders", "some 150 of our servicemen", "all 75 marines"
_COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                      r"hundreds?|dozens?)\s+(?:(?:of\s+)?(?:our|the|more|other)\s+)?(?:[\w'-]+\s+)?$", re.I)
_ENDS_WEAK = re.compile(r"(?:caught|taken|took|held|kept|grabbed|seized)$")
WEAK_DISTANCE = 25  # "they took our boys", "caught two Russian soldiers": the fighter right after the verb
# "a prisoner of his own bad first touch", "prisoner of their ideology": not a captive
_DETERMINER = r"(?:his|her|its|their|my|our|your|the|a|an|this|that)\b"
_FIGURATIVE = re.compile(r"\s+of\s+" + _DETERMINER, re.I)
# a capture verb of filming: "captured the whole thing on camera", "caught on video" (not "captured by a camera crew")
_ON_CAMERA = re.compile(r"(?:\s+(?!by\b)[\w'-]+){0,4}?\s+on\s+(?:camera|cameras|film|video|tape|cctv|dashcam|bodycam|"
                        r"(?:a|his|her|their|my|our) (?:phone|phones|camera|cameras|go-?pro))\b", re.I)
# a captive noun "of" a thing named without a determiner, in lower case: "a prisoner of cheap pipeline gas",
# "prisoner of circumstance" (not "prisoners of both sides", "of Hamas", "of war")
# (after a determiner, _FIGURATIVE reads it)
_FIGURATIVE_BARE = re.compile(r"\s+of\s+(?=[a-z])(?!(?:war|wars|both|each|either|all|every|any|some|many|several|various|"
                              r"different|other|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                              r"thousands|these|those|"
                              # the place they are held in: "POWs of hut 4", "the prisoners of block C"
                              r"hut|huts|block|blocks|barrack|barracks|compound|compounds|cell|cells|camp|camps|ward|"
                              r"wards|wing|cage|cages|enclosure|enclosures|room|rooms|tent|tents|company|companies|"
                              r"battalion|brigade|regiment|unit|platoon)\b|" + _DETERMINER + ")")
# the television of a named side or the State: "Iraqi television", "Russian state TV", "enemy television"
_ENEMY_TV = re.compile(r"\b((?-i:[A-Z][a-z]+)|state|enemy)\s+(?:state\s+)?(?:television|tv|TV)\b", re.I)
_SHOWN_VERB = re.compile(r"(?:shown|paraded|displayed|interviewed|put on)\b", re.I)
_SIDE_BEFORE = re.compile(r"\b((?-i:[A-Z][a-z]+))\s+(?:[\w-]+\s+)?$")
_SIDE_IN = re.compile(r"\b((?-i:[A-Z][a-z]+))\b")
# a video, channel or broadcast of a side named by its people's adjective: "on a Russian video", "the Azerbaijani
# Telegram channels", "Iraqi state TV", "a Ukrainian Telegram channel" (shown_in_enemy_media)
_MEDIA_AFTER = re.compile(r"\s+(?:(?:state|military|army|war|propaganda|telegram|tv|television|news|social|media)\s+){0,2}"
                          r"(?:television|tv|channels?|videos?|clips?|footage|broadcasts?)\b", re.I)
# ... or posted by that side's men: "in a video posted by Azerbaijani soldiers", "filmed by Russian servicemen"
_MEDIA_BY = re.compile(r"\b(?:videos?|clips?|footage|filmed|recorded|posted|published|released|broadcast|shared)\s+"
                       r"(?:online\s+)?by\s+(?:the\s+)?$", re.I)
_MEDIA_BY_WHOM = re.compile(r"\s+(?:soldiers|servicem[ae]n|troops|forces|fighters|military|army|side|channels?|media|bloggers?|"
                            r"units?|marines|paratroopers)\b", re.I)
_MEDIA_AS_SOURCE = re.compile(r"\s+(?:said|says|reported|reports|quoted|cited|claimed|claims|announced)\b", re.I)
_ACCORDING_TO = re.compile(r"\b(?:according to|told|cited by|quoted by)\s+(?:the\s+)?$", re.I)
_MEDIA_NOUN = re.compile(r"(?:videos?|channels?|footage|clips?)$", re.I)
# the man shown, named as kin or by a pronoun: "recognised her son in a video posted by ...", "he was in a video on some
# Russian channel"
_SHOWN_PERSON = re.compile(r"\b(?:sons?|husbands?|brothers?|boy|him|he|them|they|seen alive|(?:of us|(?:our|my)\s+(?:[\w-]+\s+)?"
                           r"(?:faces?|lads|boys|men|guys|pilots?|crew)))\b", re.I)
# a side's people who put the man in their picture: "the Russians put him in a video"
_PUT_IN_PICTURE = re.compile(r"\s+(?:put|posted|filmed|showed|paraded)\s+(?:him|her|them|us|me)\s+(?:in|on)\s+(?:a|an|the|their)\s+"
                             r"(?:[\w-]+\s+)?(?:video|clip|film|tv|television|channel)\b", re.I)
_ADJ_OF_PEOPLE = re.compile(r"(?:an|ani|i|ese|ish)$", re.I)
# what shows the man in the picture held, when his side is not named beside him
_SHOWN_HELD = re.compile(r"\b(?:question\w*|interrogat\w*|tied|bound|blindfold\w*|alive|confess\w*|made to|forced to|"
                         r"kneel\w*|captur\w*|captive|prisoners?|paraded|begg\w*|apologi\w*|hands? behind|zip.?tied|"
                         r"treated well|well treated|read(?:ing)? (?:out|a statement)|makes? (?:him|them) say|made (?:him|them) say|"
                         r"slap\w*|beat(?:en|ing)?|kick\w*|mock\w*|head shaved|hands were tied)\b", re.I)
# the men in the picture are dead, not held: "a video of their bodies"
_SHOWN_DEAD = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|dead|killed|strike|drone)\b", re.I)
# a picture that shows its men: "a video posted on Sunday shows five soldiers kneeling", "the clip of two gendarmes",
# "the footage, which ... , shows" (shown_held_in_video)
_PICTURE_SHOWS = re.compile(r"\b(?:videos?|clips?|footage)\b(?:[^.;:!?]{0,60}?\b(?:shows?|showed|showing)\b|\s+(?:of|with|from)\b)", re.I)
_PICTURE_SOURCE = re.compile(r"\b(?:from|by)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# what the men in it are made to do or are: kneeling, bound, reading demands, giving their names
_HELD_IN_PICTURE = re.compile(r"\b(?:kneel\w*|on (?:their|his) knees|tied|bound|blindfold\w*|zip.?tied|chain(?:ed)?|"
                              r"hands? (?:\w+ )?behind|(?:made|forced) to (?:kneel|say|read|repeat|shout|chant|sing|thank|curse|bow|beg|crawl)|read(?:s|ing)? (?:out )?(?:a statement|demands|a text|"
                              r"from a (?:paper|sheet|script))|(?:give|gives|giving|say|says|saying|state|states|stating) "
                              r"(?:their|his) (?:names?|ranks?|units?)|confess\w*|begg\w*|apologi\w*|"
                              r"(?:make|makes|made|making) (?:them|him) (?:say|repeat|shout|chant|read)|"
                              r"(?:being|been|are|is|were|was) (?:questioned|interrogated|beaten|kicked|slapped|mocked|insulted))\b",
                              re.I)
# "convicting them of ...": the verdict's word, which says nothing of who is held (tried_by_enemy)
_THING_BEFORE = re.compile(r"\b(?:weapons?|arms|ammunition|ammo|rifles?|guns?|vehicles?|equipment|pickups?|trucks?|tanks?|"
                           r"documents?|materiel|explosives|motorbikes?|motorcycles?)\s+(?:(?:were|was|had been|have been)\s+)?$",
                           re.I)  # "... and weapons seized": a thing, right before the capture word, is what was taken
_CONVICT = re.compile(r"convict(?:ed|ing)\b", re.I)
# a court in quotes, of a side no State recognises: "a 'court' in occupied Luhansk" (and the lexicon's court_irregular:
# "a so-called court in Donetsk")
_QUOTED_COURT = re.compile(r"['\u2018\u201c\x22]court", re.I)
# the state a captured thing was taken in, told before the thing: "captured in good condition a Russian tank"
_THING_STATE = re.compile(r"\s+(?:in (?:good|working|perfect|excellent|running) (?:condition|order|shape)|intact|undamaged)\b",
                          re.I)
# the heading of an account, up to its colon: "Letter read aloud by a widow at the unveiling of a memorial, 2029:"
_TOLD_AT = re.compile(r"[^:.!?\n]{10,200}?:\s")
# a text that says what it is, and it is teaching, not telling an incident: "FAQ -- Can a captured soldier be shown
# on television?", "Year 10 History, Lesson 4: Laws of war", "History homework, Year 9", "Who counts as a prisoner of
# war? In short: ..." (an "Explainer: what happened to the pilot?" may tell one)
_NO_INCIDENT_GENRE = re.compile(r"\W*(?:faq|glossary|quiz|round \d+(?=,)|study guide|syllabus|lesson plan|lesson \d+|"
                                r"year \d+ history|history homework|homework|who counts as a (?:prisoner of war|pow|combatant))\b", re.I)
# a returned captive punished by his own side for having been taken: "the NKVD sent him to Vorkuta for letting himself be
# taken alive", "our own side put us in a checking camp and asked why I had let myself be captured" (he is held by his
# own State, not by the enemy; his years in the enemy's camps are only told in passing)
_LET_BE_TAKEN = re.compile(r"\b(?:let|lets|letting|allowed|allowing|allow|allows)\s+(?:him|her|my|them|our|your|one)sel(?:f|ves)\s+"
                           r"(?:to\s+)?(?:be|get)\s+(?:taken|captured)", re.I)
_OWN_SIDE_PUNISHES = re.compile(r"\b(?:NKVD|SMERSH|MGB|Gulag|Vorkuta|Kolyma|traitors?|our own side|their own side|his own side|"
                                r"check(?:ing)? camp|filtration camp|special section)\b", re.I)
# ... once back home (the enemy's captives may be threatened with the same words)
_HOME_FROM_CAPTIVITY = re.compile(r"\b(?:came (?:back|home)|got (?:back|home)|handed (?:him|her|us|them|me) (?:back|over)|"
                                  r"returnees?|repatriat\w*|back home|after the war)\b", re.I)
# a fact-check that rates false a claim that a picture shows captives: the captives are not shown to exist ("Claim: a
# video shows Ukrainian soldiers surrendering near Pokrovsk. Verdict: false. The footage comes from a 2021 exercise").
# Not a claim that denies ("Claim: the video was staged. Rating: False" says the video is real), nor one about how
# captives are treated ("Claim: the prisoners are fed three meals a day. Verdict: false")
_FACT_CHECK = re.compile(r"\W*(?:fact[ -]?check\W*)?(?:(?:the\s+)?claims?\s*:)?", re.I)
_PICTURE_CLAIMED = re.compile(r"\b(?:videos?|photos?|photographs?|clips?|footage|images?|pictures?)\b", re.I)
_CLAIM_DENIES = re.compile(r"\b(?:never|not|no|staged|fake|faked|hoax|fabricated|denies|denied)\b|n't\b", re.I)
# a verdict that the picture is real but from another time or place ("Verdict: miscaptioned")
_OTHER_CONTEXT = re.compile(r"false context|miscaptioned|misleading|altered", re.I)
# a fact-check's verdict as its first word, in capitals ("FALSE. A clip shared 40,000 times claims to show ..."), and
# the claim after it
_LEADING_VERDICT = re.compile(r"\W*(?:FALSE|FAKE|FABRICATED|STAGED|NOT TRUE|HOAX)\s*[.:!\u2014-]")
_CLAIMED_TO_SHOW = re.compile(r"\b(?:claims?|claimed|claiming|purports?|purported|said to show|alleged(?:ly)?|"
                              # the verdict said again in the claim: "A video in which ... is a deepfake."
                              r"supposedly|shared as|deep ?fakes?|doctored|falsely)\b", re.I)
_CAPTIVE_NOUN = re.compile(r"^(?:prisoners?|captives?|pows?|prisoners? of war|hostages?)$", re.I)
# a body named for the captives it deals with: "the Coordination Headquarters for the Treatment of Prisoners of War"
# (a name, so in capitals: not "held a service for the prisoners of war")
_INSTITUTION_FOR = re.compile(r"\b(?:Headquarters|Centre|Center|Office|Agency|Bureau|Department|Commission|Committee|Service)\s+"
                              r"(?:for|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:of\s+)?$")
# nobody of those told of was held as one: "none was held as an enemy combatant or prisoner of war"
_NONE_HELD_AS = re.compile(r"\b(?:none|no one|nobody|neither)\b(?:\s+of\s+them)?\s+(?:was|were|is|are|had been)\s+(?:ever\s+)?"
                           r"(?:held|treated|registered|classified|recognised|recognized)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$",
                           re.I)
# (also "treated them as civilians ..., not as prisoners of war")
_IS_NOT = re.compile(r"\b(?:(?:are|is|were|was)\s+not|aren't|isn't|weren't|wasn't|not\s+as)\s+$"
                     # set off by a dash or comma: "were civilian political detainees - students, farmers - not
                     # prisoners of war"
                     r"|(?:[,;]|\s[-\u2013\u2014])\s*not\s+$", re.I)
# "we are prisoners in our own base lol", "a prisoner in her own ninth-floor flat"
_IN_OUR_OWN = re.compile(r"(?:\s+of\s+war)?\s+in\s+(?:our|their|his|her|my|your)\s+own\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:hearts?|minds?|heads?|souls?|pride|"
                         r"living rooms?|homes?|houses?|kitchens?|bedrooms?|offices?|flats?|apartments?|bases?|barracks|"
                         r"country|countries|land|city|town|bod(?:y|ies)|"
                         # a job or a family told as a cell: "a prisoner in my own company", "in her own marriage"
                         r"company|firm|party|marriage|family|life|lives|skin)\b", re.I)
# a likeness or a forecast, not a captive: "the backbenchers looked like prisoners of war", "by Friday the whole
# garrison will be our prisoners"
_LIKE_OR_WILL_BE = re.compile(r"\b(?:(?:looked|look|looks|looking|felt|feel|feels)\s+like|like|as if|as though|"
                              r"will\s+(?:all\s+)?be(?:\s+(?:our|their|his|your))?|would\s+(?:all\s+)?be(?:\s+(?:our|their))?|"
                              # a hedge or a name one gives oneself: "I'm basically a prisoner of war at this point",
                              # "she calls herself a prisoner", "felt like a prisoner"
                              r"(?:basically|practically|virtually|effectively|pretty much|kind of|sort of|more or less|"
                              r"like|as if|as though)\s+(?:a|an)|"
                              r"call(?:s|ed|ing)?\s+(?:herself|himself|myself|themselves|ourselves|yourself)\s+(?:a|an)?)\s+$", re.I)
# a captive noun denied in the words before it, where the status "of war" is not what is denied ("terrorists, not
# prisoners of war" is the captor's label for men it holds): a sentence that opens "Not captives -", "welcomed as a
# returnee, not as a prisoner", "no figures on prisoners were given", "found no one left alive to take prisoner"
_NOT_CAPTIVES_BEFORE = re.compile(r"(?:(?:^|[.,;:\u2013\u2014]\s*|\s-\s*)not\s+(?:as\s+)?(?:an?\s+)?"
                                  r"|\bno\s+(?:figures|numbers|word|news|information|details|count|mention)\s+(?:on|of|about)\s+"
                                  r"(?:the\s+|any\s+)?"
                                  r"|\b(?:no one|nobody|none)\s+(?:\w+\s+){0,3}?to\s+take\s+)$", re.I)
_OF_WAR_AFTER = re.compile(r"\s+of\s+war\b", re.I)
_STATUS_TERM = re.compile(r"of war|pows?$", re.I)
_OF_WAR = re.compile(r"\s+of\s+(?:the\s+)?(?:war|conflict|(?:the\s+)?(?:enemy|russians?|ukrainians?|rebels?|militias?|group|army|"
                     # "a prisoner of the guerrilla" (the movement, as Spanish says "la guerrilla")
                     r"guerrillas?|insurgents?|militants?|separatists?|jihadists?|"
                     r"taliban|houthis?|islamic state|is|isis|armed group|other side|regime|junta)"
                     # a side described in a word or two: "soldiers of the terrorist military council", "of the rebel army"
                     r"|the\s+(?:[\w'-]+\s+){1,2}?(?:army|armed forces|forces|militias?|council|junta|regime|"
                     r"movement|guerrillas?|faction))\b(?!['\u2019])", re.I)  # not "of the militants' propaganda"
# "prisoners of the pro-Kurdish Manbij Military Council", "of the United States": a named side, not a figure
_NAMED_SIDE = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+[A-Z][\w'-]*")
# "captured soldiers" names people; "had been taken prisoner" is the verb of its clause
_ADJECTIVAL = re.compile(r"^(?:captured|captive|seized) (?!me\b|us\b|him\b|her\b|them\b|with\b)\w+$")
# between fighters and a "they surrendered" later in the sentence, a siege or someone's report: the pronoun is
# then the besieged ("soldiers shelled the village until the mayor said they surrendered")
_SIEGE_OR_SPEECH = re.compile(r"\b(?:shell|attack|besieg|bomb|surround|storm|encircl|pound|said|says|told|claim)\w*", re.I)
# between a capture verb and a fighter word after it, another object and what is said of it
_TAKING_VERB = re.compile(r"\b(?:detain|arrest|abduct|kidnap|seiz|captur|took|take|grab|round|held|hold)\w*", re.I)
# the fighters' kin, who are the people held: "women and children from families of suspected ISIS members, held
# behind fences at a camp" (the "of" names whose families they are)
_KIN_OF = re.compile(r"\b(?:famil(?:y|ies)|wives|wife|widows?|children|sons|daughters|relatives|mothers?|parents|kin)"
                     r"\s+of\s+(?:\w+\s+){0,3}$",  # "of suspected", "of the dead", "of nine"
                     re.I)
# (", killing 200 Taliban members": those the capture of a place cost their lives, not its captives)
_OTHER_OBJECT = re.compile(r",\s+(?:accusing|saying|claiming|alleging|suspected|suspecting|charging|for|killing|wounding|"
                           r"injuring|leaving)\b", re.I)
# a civilian suspected of membership: "an elder accused of being an Al-Shabaab member" (but "capture five suspected
# members of Abu Sayyaf" are the group's fighters, taken)
_ACCUSED_OF_BEING = re.compile(r"\b(?:accused of being|suspected of being|alleged to be|suspected of membership in)"
                               r"\s+(?:(?:an?|the)\s+)?$", re.I)
_AS_LABEL = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
# (or with his country between: "a former US Marine", "a retired British officer")
_FORMER = re.compile(r"\b(?:former|ex-?|retired)\s*(?:(?-i:[A-Z][\w.]*)\s+)?$", re.I)
# ... who was a fighter when he was taken: "a former fighter of the Democratic Army captured in the Grammos mountains
# in 1948", "a former paratrooper, taken prisoner in 1944"
_FORMER_TAKEN = re.compile(r"[^.;:!?]{0,60}?\b(?:captured|taken prisoner|taken captive|held prisoner|in captivity)\b", re.I)
# troops named as a peace mission's: "some 500 peacekeepers of the mission, including Zambian and Kenyan troops, are
# now held by the RUF" (protected as civilians are, not captured fighters of a party)
_PEACEKEEPERS_BEFORE = re.compile(r"\bpeace-?keep\w*[^.;!?]{0,100}$", re.I)
_NAMED_WITH_OTHERS = re.compile(r"\s+(?:[A-Z][\w'-]+\s+){1,2}(?:with|and)\s+(?:\w+\s+)?(?:other|more)\s+")
_PEOPLE_WORD = re.compile(rf"\s+(?:{MEN})$", re.I)
_ETHNONYM = re.compile(r"(?:an|ish)$", re.I)  # a people's adjective: Tigrayan, Kurdish
_SPEAKERS_TELL = re.compile(r"(?:\s+(?:interviewed|questioned|met|seen) by [^,;.]{1,40}?)?\s+(?:said|told [^,;.]{1,30}?|say|says|"
                            r"described|recounted|reported|stated)\s+(?:that\s+)?[^;.]{0,60}$", re.I)
_LEADING_RELEASE = re.compile(r"\s+(?:after|following)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"eleven|twelve|eighteen|several|many)\s+(?:days|weeks|months|years|month|year)"
                              r"(?:\s+(?:in|of)\s+captivity)?,\s+(?:the\s+|a\s+)?", re.I)
_LEADING_PARTICIPLE = re.compile(r"(?:captured|taken prisoner|seized)\b[^,.;]{0,50},\s+(?:he|she|they|we|i)\b", re.I)
_NOT_A_WAR_FLIGHT = re.compile(r"\b(?:airliner|passenger (?:jet|plane)|commercial (?:jet|flight)|crop.dust\w*|cessna|"
                               r"glider|paraglid\w*|skydiv\w*|light aircraft|air ambulance|civilian pilot|rescue helicopter|"
                               r"search and rescue|rescue (?:team|crew|party)|rescuers|air show|airshow)\b", re.I)
_CONTACT_TAKER = re.compile(r"\s+(?:(?:that|whom)\s+)?(?:they|we|he|she|the\s+\w+)"  # "soldiers they caught"
                            r"(?:['\u2019]d|['\u2019]ve|\s+had|\s+have|\s+has)?\s+", re.I)  # "the Argies we'd taken"
_PERSON_AFTER = re.compile(r"\s+(?:him|her|them)\b", re.I)
_APPOSITION = re.compile(r",\s+(?:a|an|one|both|all)\s+(?:[\w'-]+\s+){0,2}$", re.I)  # ", a Kurdish fighter"
_PRONOUN_AFTER = re.compile(r"\s+(?:them|him)\b", re.I)  # "released them"
# "them now on their knees"; "over 50 soldiers died. Many others were captured"
_PRONOUN_BEFORE = re.compile(r"\b(?:them|him|they|he|others|the rest|(?:dozens|scores|hundreds|several|many) more|"
                             # the men named before, taken up again: "Armenia says the men surrendered"
                             # set off by a comma: "The men, captured in clashes in September, had been treated"
                             r"(?:the|these|those) men,?)(?:\s+[a-z]+){0,2}\s*$", re.I)
_COMMA_PARTICIPLE = re.compile(r",\s*$")
_CAPTURE_VERB = re.compile(r"\b(?:captured?|captur(?:es|ing)|take|takes|taking|taken|took|caught|surrendered|seized)\b")
# "a captive market", "a captive audience": not a person held
_NOT_A_CAPTIVE = re.compile(r"(?:\s+(?:market|audience|customers?|insur\w*|breeding|bred|animals?|portion|supply|power|shops?)\b"
                            r"|(?:'s|s'|s)?\s+dilemma\b|\s*/\s*mia\s+accounting)", re.I)  # "prisoner's dilemma", "POW/MIA Accounting Agency"
_SHOP = re.compile(r"shops?", re.I)
_TO_JUSTICE = re.compile(r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tribunal|court|prosecutors?|"
                         r"justice|interpol)\b", re.I)
# "we are not taking prisoners on price", "take no prisoners": an idiom
_NO_PRISONERS_IDIOM = re.compile(r"\b(?:take|takes|taking|took|taken)\s+no\s+$|\bnot\s+(?:take|taking)\s+$", re.I)
_NAMES_POW = re.compile(r"\bp\.?o\.?w|prisoners? of war|soldier|servicem|fighter|combatant|pilot|marine|troops|epw|military captive", re.I)
# a reviewer's mark: "6/10", "7/10.", "★★★☆☆" (not a date: "Sirte 24/10")
_REVIEW_SCORE = re.compile(r"(?<![\d/.])(?:10|\d)/10\b(?!/)|[\u2605\u2606]{3}")
# a trade of prisoners named by itself ("prisoner swap", "prisoner exchange"), not who was traded
_SWAP_TERM = re.compile(r"exchang|swap", re.I)
# the dead are handed over, not captives: "exchanged the bodies of 500 fallen soldiers"
_REMAINS_OF = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?)\s+of\b", re.I)
# a release made the price of another: "freed only if the government releases its jailed commanders"
_PRICE_OF_RELEASE = re.compile(r"\b(?:if|unless|until|in exchange for|in return for)\b.*\b(?:releases?|released|releasing|"
                               r"frees?|freed|freeing|the release of|the freeing of)\b", re.I)
# the captors' own men named as the price of an exchange of hostages: "they will exchange you and the other
# politicos for their guerrilleros in prison" (the hostages are traded for them; the text is about the hostages)
_TRADED_FOR_OWN = re.compile(r"\b(?:you|us|hostages?|politicians|pol[ií]ticos|civilians)\b[^.;]*\bfor\s+(?:their|its)\s+"
                             r"(?:own\s+)?(?:[\w-]+\s+)?$", re.I)
# the fighters' bodies, made the subject of the verb after them
_THEIR_REMAINS = re.compile(r"\b(?:their|his|the) (?:bod(?:y|ies)|remains|corpses?)\b", re.I)
_REMAINS = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?|dead|fallen|killed)\b", re.I)
# surrender is told in the active voice of the one who surrenders: "1,000 marines have surrendered"
_SURRENDER_VERB = re.compile(r"surrender(?:s|ed|ing)?\b(?!\s+(?:of|to\s+(?:the\s+)?(?:temptation|pressure|demands?)))", re.I)
_SUBJECT_GAP = re.compile(r"^\s*(?:(?:from|of)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){1,4}?)?"  # "orcs from Storm Z surrendered"
                          # others who gave up with them: "2,400 army soldiers and their dependants surrendered"
                          r"(?:and\s+(?:their|his|the)\s+(?:families|dependants|dependents|wives|relatives)\s+)?"
                          # what they did first: "a Russian soldier crossed to our positions and surrendered"
                          r"(?:(?:[a-z]+ed|came|went|ran|crept|left)\b[^,;.:]{0,45}?\s+and\s+)?"
                          r"(?:,[^,;.]{0,60},\s*|,\s*)?(?:(?:had|has|have|all|also|then|finally|eventually|reportedly|"
                          r"later|quickly|soon|themselves|[0-9]+|who|that)\s+){0,3}$", re.I)
# "an exchange of fire", "exchanged fire", "a swap deal for gas": not an exchange of people
# "a returned Ukrainian marine", "the returned Azov defenders" (context: _Reading.returned_named)
_RETURNED_SIDE = re.compile(r"\b[Rr]eturned\s+(?-i:[A-Z][\w'-]+)\s+(?:pilots?|aircrew|airm[ae]n|marines?|defenders)\b")
_NOT_AN_EXCHANGE = NOT_AN_EXCHANGE  # "exchanged fire", "an exchange of views" (matcher.py)
_AFTER_BEING = re.compile(r"\bafter (?:being|having been|they had been|they were|he had been|he was)\s+$", re.I)
AFTER_BEING_DISTANCE = 160
# a second subject in between ("soldiers said that civilians were killed after being held") breaks the link
_PASSIVE_AGENT_FIGHTER = re.compile(r"\b(?:said|says|say|told|that|who|which|civilians?|residents?|villagers?)\b", re.I)
_KILLED_OBJECT = re.compile(r"\b(?:kill|execut|shot|shoot|murder|massacr)\w*\s+(?:[\w,-]+\s+){0,8}$", re.I)
# "executed by soldiers", "executed for killing soldiers": the fighters named after are not the victims
_NOT_VICTIMS = re.compile(r"\b(?:by|for|after|over|because|following|against|on|with|in|as|the\s+(?:plan|order|operation|raid|attack|strike))\b"
                          r"|[;:.]", re.I)
_JUDICIAL = re.compile(r"\b(?:hang(?:s|ed|ing)?|hanged|sentenc\w*|convict\w*|court|courts|judiciary|judicial|mercy|death row|death penalty|"
                       r"capital punishment|tribunal|for refusing|deserters?|desertion|treason|mutiny|mutineers?)\b", re.I)
_SUMMARILY = re.compile(r"summar|execution.style", re.I)
# "militants are reported to have beheaded 50 people": the fighters did the killing
_ACTIVE_PERFECT = re.compile(r"\b(?:to have|has|have|had)\s+(?:\w+ly\s+)?$", re.I)
_THEM_AFTER = re.compile(r"\s+(?:(?:many|most|some|all|several|dozens|scores|\d+)\s+of\s+)?them\b", re.I)
_RELATIVE_PASSIVE = re.compile(r"\b(?:who|that|which)\s+(?:were|was|had been|have been|has been|are|is)\b", re.I)
# a soldier punished by his own side for surrendering: "sentenced a private to thirteen years for attempting to give
# himself up", "court-martialled for surrendering Laukkai"
_PUNISHED_FOR = re.compile(r"\b(?:sentenc\w*|convict\w*|jail\w*|imprison\w*|prosecut\w*|court.martial\w*|punish\w*|"
                           r"charg\w*|tried)\b[^.;:]{0,60}\bfor\s+(?:(?:attempting|trying|planning|intending)\s+to\s+)?$", re.I)
# an exhortation, not a surrender: "today let us lay down our arms"
_LET_US = re.compile(r"\blet(?:\s+us|'s|\u2019s)\s+$", re.I)
_PRISON_STAFF = re.compile(r"(?:officers?|guards?|wardens?)", re.I)
_BY_OWN_SIDE = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(?:their|his|her|its)\s+own\b"
                         # weapons handed to a peace mission, not to the enemy: "handed their weapons to the UN mission"
                         r"|\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:the\s+)?(?:un|united nations|peace|verification|monitoring)\s+"
                         r"(?:mission|monitors|observers|verification)\b"
                         # or laid down under a peace deal: "combatants who surrendered their arms under the peace
                         # agreement"
                         r"|\s+(?:\w+\s+){0,2}?under\s+(?:the\s+|a\s+)?(?:peace|ceasefire|cease-fire)\s+"
                         r"(?:agreement|accord|deal|process)\b", re.I)
_OWN_SIDE = re.compile(r"\bby\s+(?:their|his|her|its)\s+own\b", re.I)
# the fighters' own side as the one that disarms or holds them, told in the active voice or of the men: "his own
# commanders disarmed him", "our own army disarmed us", "the army disarmed its own soldiers", "officers serving in their
# own divisions" (held by their own State, not by an adverse party; not "sent to fight against their own army")
_OWN_FORCE = re.compile(r"(?<!\bagainst )\b(?:their|his|her|its|our|my)\s+own\s+(?:[\w'-]+\s+)?(?:army|armies|commanders?|officers|"
                        r"side|state|government|command|units?|divisions?|soldiers|forces|military|comrades|superiors)\b", re.I)
OWN_FORCE_DISTANCE = 80  # characters either side of the disarming or holding word, in its sentence
# "captured by Ukraine's 47th Brigade" (but not a verb or a clause between: "the video posted by al-Shabaab shows a
# soldier captured at El Adde", "released by the group in which a soldier ...")
# (not fighters the words between call taken: "postcards written by captured Polish officers")
_BY_BEFORE = re.compile(r"\bby\s+(?:(?!(?:shows?|showed|in\s+which|which|where|captured|taken)\b)"
                        r"[\w'\u2019.-]+\s+){0,4}$", re.I)
_WEAK_BETWEEN = re.compile(r"[,;:.]|\b(?:by|and|from|with|for|as|at|in|on|near|after|before|when|while|to|of|into)\b", re.I)
# the men a captor holds, counted between the verb and the fighter word: "we held two hundred of their
# soldiers", "holds 40 enemy", "is holding some 300 Russian"
# (one held named first: "they were keeping him and two other conscripts in a pit")
_HELD_COUNT = re.compile(r"(?:\s+(?:him|her|me|us|you|them)\s+(?:and|with)|\s+with)?"  # "Held with 11 other soldiers in a compound"
                         # ("took you with the other soldiers", "taken with sixty-odd boys from his unit")
                         r"(?:\s+(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
                         r"fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|scores|couple|few|several|some|about|around|"
                         r"over|nearly|almost|more|than|at|least|of|their|the|enemy|enemy's|its|his|our|other|[A-Z][\w'-]+)(?:-odd)?)+"
                         r"(?:\s+[a-z][\w'-]*)?\s+")  # one word of the fighters' side: "caught 3 of the junta soldiers"
_IN_RESERVE = re.compile(r"\s+(?:in reserve|back\b|on standby|at the ready|in readiness)", re.I)
# a fighter named after a preposition of place or purpose is not the object of the capture verb before it ("men seized and
# made to walk in front of the troops", "to carry rice for the column's soldiers")
_PLACE_BY = re.compile(r"\b(?:in front of|ahead of|behind|for|towards|toward)\s+(?:the|their|its|his|our)?\s*"
                       r"(?:[\w'-]+\s+){0,2}$", re.I)
# the object of an active capture verb, when it names the people taken ("held 72 hostages", "took about 1,500 people
# hostage"): see _Reading._civilians_object
# (only a count, an article or an adjective between: not "captured in a night raid to journalists", "caught near the
# river & shot in front of villagers", where the people named are not the object)
_OBJECT_GAP = re.compile(r"\s*(?:(?:about|some|around|nearly|over|at least|more than|up to)\s+)?"
                         r"(?:(?:dozens|hundreds|thousands|scores|tens|several|many|most|all|some|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|\d[\d,]*)\s+(?:of\s+)?)?"
                         r"(?:(?!(?:in|at|to|from|near|on|by|with|for|into|onto|after|during|before|and|but|while|of|who|"
                         r"which|were|was|is|are|front)\b)[\w'][\w'-]*\s+){0,3}", re.I)
# the press, and the words that make it the audience of a showing or an account, not the people held
_PRESS = re.compile(r"journalists?|reporters?", re.I)
_PRESS_AUDIENCE = re.compile(r"\b(?:to|showed|show|shows|showing|shown|for|before|briefed|briefing|visiting|invited|allowed|"
                             r"paraded before|presented to)\s+(?:(?:the|some|a|visiting|foreign|local|western|several|many|"
                             r"group of|few)\s+){0,3}$", re.I)
# a civilian word listed with the fighter word before it, or the fighter word its modifier: "soldiers and
# civilians", "army nurses" (see _Reading._civilian_between)
_WITH_FIGHTERS = re.compile(r"\s*(?:(?:,|and|or|&)\s*(?:\w+\s+)?)?", re.I)
# a passive verb's auxiliary right before the capture word: "soldiers are being held hostage", "were taken hostage"
_PASSIVE_JUST_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|remain|remains|remained)\s+(?:\w+\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and then|but|after|before|when)\b", re.I)


# the verbs that alone mean taking a fighter prisoner (not "detained", "arrested", "interned": civilians are too)
_STRONG_CAPTURE = re.compile(r"captur|taken (?:prisoner|captive)|held (?:prisoner|captive)|seiz|caught|bagged|nabbed", re.I)
# a date in the years of a war with prisoner-of-war camps (the World Wars, Korea, the 1971 war and the two years its
# prisoners were held in India): "Camp in Kansas, 12 Oct 1944", "Hearne, 14 Nov 44", "Dec. '44", "dated June 1973".
# Read as a sign of war only for one custody cue in a captive's own letter or diary (_Reading.custody_setting)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WAR_YEARS = r"(?:1[4-8]|39|4[0-5]|5[0-3]|7[1-3])"
_WAR_DATE = re.compile(rf"(?<![\d,.])\b19{_WAR_YEARS}\b(?![\d,.]\d)|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+['’]?{_WAR_YEARS}\b(?![\d:])"
                       rf"|(?<![\w'’])['’]{_WAR_YEARS}\b(?![\d'’])", re.I)
# the form of a letter or a diary: "Dear Mother", "a letter from Camp Hearne", "Diary, ...", a heading that opens with
# a place and a day ("Camp by the river, 3 Aug 1944.")
_LETTER_FORM = re.compile(rf"\b(?:dear(?:est)?|letters?|diary|diaries|notebook|journal)\b|^[^.\n]{{0,60}}\b\d{{1,2}}\s+{_MONTH}\s+['’]?\d{{2,4}}\b",
                          re.I)
# a camp that holds no captured fighters, or the writer's own service at home: a summer or refugee camp, civilians
# interned (GCIV, not GCIII), a recruit's training camp
_NOT_A_POW_LETTER = re.compile(
    r"\b(?:summer camp|camp counsell?ors?|campers?|campfire|scouts?|refugees?|displaced|evacuees?|intern(?:ed|ees?|ment)|"
    r"relocation|nisei|issei|japanese[- ]americans?|concentration camps?|ghetto|deport\w*|jews?|jewish|civilians?|"
    r"basic training|boot camp|drill sergeant|furlough|weekend pass|recruits?|draftees?|inducted|enlisted|"
    r"ship(?:ping)? out|training camp)\b", re.I)
_NOT_A_WAR_AFTER = re.compile(r"\s+(?:on|against)\b", re.I)  # "the war on drugs"
_NOT_A_WAR_BEFORE = re.compile(r"\b(?:trade|culture|price|turf|gang|drug|class|cold|bidding|words|flame|tariff|"
                               r"legal|media|propaganda|information)\s+$", re.I)
# "civilian" said of things, not people: "admitting that he had bombed civilian targets", "in civilian clothes"
# (also in a pair: "in mixed civilian and camouflage clothing")
_CIVILIAN_THING = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:targets?|objects?|areas?|infrastructure|buildings?|"
                             r"clothes|clothing|dress|airliners?|aircraft|ships?|vessels?|vehicles?|cars?|sites?|facilities|facility|trucks?|"
                             r"buses|bus|plane|flights?|hospitals?|clinics?|courts?|jobs?|life)\b", re.I)
# civilians as the victims of what a fighter did or confessed, not as the people held: "I signed a paper
# saying I shot at civilians"
_ACT_ON_CIVILIANS = re.compile(r"\b(?:shot at|shooting at|fired on|firing on|bombed|bombing|shelled|shelling|killed|killing|"
                               r"murdered|attacked|attacking|targeted|targeting|shooting|shot|raping|raped|cruelty to|crimes against|shoot|shoot at|"
                               r"fire on|kill|murder|attack|bomb|shell|rape|torture|tortured|torturing|abuse|abused|abusing)\s+(?:\w+\s+){0,2}?$", re.I)
# the suspected perpetrator named by investigators, not a person held: "placed the scene in a village and named
# a suspect", "identified two suspects in the killing"
_NAMED_SUSPECT = re.compile(r"\b(?:named|identified|identifies|names|named as|identify|charged|indicted|wanted)\s+"
                            r"(?:(?:a|the|one|two|three|several|\d+|main|chief|prime|key)\s+){0,2}$", re.I)
# a call made from a place: "phoned her from the hospital", "called us from"
_CALLED_FROM = re.compile(r"\b(?:phoned|called|rang|texted|messaged|wrote|writes|phones|calls)\b(?:\s+\w+){0,3}\s+$", re.I)
# a speech given at a rally: "(speech at the rally on Maidan)", "speaking at the rally"
_SPEECH_BEFORE = re.compile(r"\b(?:speech|speeches|speaking|spoke|speaks|addressed|addressing|address|remarks|said|told)\s+$", re.I)
# people who look on, not the people held: "in front of the assembled villagers", "journalists ... in the room"
_LOOKING_ON_BEFORE = re.compile(r"\b(?:in front of|before|in view of|watched by|witnessed by)\s+(?:(?:the|all|assembled|gathered|"
                                r"whole|local|some|many)\s+){0,3}$", re.I)
_LOOKING_ON_AFTER = re.compile(r"(?:\s+(?!(?:were|was|are|is|had|have)\b)[\w'-]+){0,4}?\s+(?:in the (?:room|courtroom|gallery|hall)|"
                               r"looked on|looking on|watched|watching|present|in attendance)\b", re.I)
# the people a story is told to, not the people held: "the sergeant told journalists that he was beaten"
_AUDIENCE = re.compile(r"\b(?:(?:told|tells|telling)(?:\s+to)?|spoke to|speaking to|speaks to|said to|explained to)\s+(?:the\s+)?$",
                       re.I)  # (an account "told to our staff": the staff are its audience)
# ordinary people named as the source or the agent, not as the people held: "video from villagers showed him
# bloodied", "beaten by residents before soldiers pulled them off"
_BY_PEOPLE = re.compile(r"\b(?:by|from)\s+(?:(?:the|some|local|angry|a|an|crowd|mob|group|of|several|many)\s+){0,3}$", re.I)
# ... or as the witnesses who tell it: "Villagers in Sagaing Region told the Mechanism that soldiers ..."
_WITNESS_TAG = re.compile(r"\b(?:witness|source|src|interviewee|informant|respondent|resp\.?)(?:\s+[\w.-]+)?\s*"
                          r"\(\s*(?:[\w'-]+[\s-]+){0,3}$", re.I)
# who speaks in a transcript, named at the start of a turn: "JOURNALIST: You were held eleven months ... SOLDIER: Yes"
# (the one who asks is not one of the people held)
_SPEAKER_BEFORE = re.compile(r"(?:^|\n|[.?!\"”]\s)\s*$")
_SPEAKER_AFTER = re.compile(r"\s*:")
_PEOPLE_TELL = re.compile(r"(?:\s+(?!(?:were|was|are|is|had|have)\b)[\w'-]+){0,4}?\s+(?:told|tell|said|say|says|reported|"
                          r"report|described|describe|recalled|recall|saw|watched|filmed|posted)\b", re.I)
_PEOPLE = re.compile(r"villager|resident|student|worshipper|protester|demonstrator|activist|journalist|civilian|teacher|"
                     r"pensioner", re.I)
_ACTS_ON = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w'-]+)?(?:\s+(?:had|have|has|would|then|also|again|repeatedly|[a-z]+ly))*"
                     r"\s+[a-z]+(?:ed|t|k|d|ung|ew|ook|ave)?\s+(?:him|them)\b")  # "interrogators in Baghdad punched him"
_DETERMINER_BEFORE = re.compile(r"\b(?:this|that|one)\s+$", re.I)
_NOUN_END_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|(?:near|in|at|on|by|from|who|and|after|during|with|was|is|were|they)\b)", re.I)


# a surrender of a thing, a place or to a figure, not of persons: "surrendered the ridge during the night", "the generals
# who surrendered Laukkai to the alliance", "I surrendered it to a drawer", "we surrendered share", "surrendered to the
# bottle" (not "surrendered their weapons": the men gave up with them; nor "surrendered Russian soldiers")
_SURRENDER_WORD = re.compile(r"surrender(?:ed|s|ing)?$", re.I)
_SURRENDERED_THING = re.compile(
    r"\s+(?:it\b(?!\s+(?:was|is)\b)|(?:market\s+)?share\b|ground\b|control\b|"
    r"(?:the|a|an|our|their|its|his|my)\s+(?:[\w'-]+\s+)?(?:ridge|town|city|hill|heights|bridge|village|fort|fortress|"
    r"territory|initiative|lead|title|seat|crown|airport|island|province|region|pass|port|garrison town|capital)\b|"
    # a place named: "surrendered Laukkai to", "surrendered Kabul without a fight"
    r"(?-i:[A-Z][a-z]+)(?<!ans)(?<!ese)(?<!ers)(?=\s*[,.;]|\s+(?:to|without|in|after|on|and|have|has|were|was)\b)|"
    r"to\s+(?:the\s+)?(?:bottle|drink|temptation|despair|grief|sleep|fate|inevitable|moment|music|pressure|demands?)\b)",
    re.I)


def _national_noun(text: str, h: Hit) -> bool:
    """Is this people's name a noun for persons ("Russians", "this armenian"), not an adjective
    ("Russian soldiers") or a place ("Russia")?"""
    word = text[h.start:h.end]
    if word[-1:] in "sS" and DEMONYM.search(word[:-1]):
        return True
    return bool(DEMONYM.search(word) and _DETERMINER_BEFORE.search(text, max(0, h.start - 8), h.start)
                and _NOUN_END_AFTER.match(text, h.end))


def _ev(text: str, start: int, end: int, cue: str) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end], cue=cue)


# before a word for prisoners of war, other people held told by comparison with them: "civilians ... held in the same
# colonies as prisoners of war", "internees kept apart from the prisoners of war", "unlike prisoners of war, they"
_POW_COMPARED = re.compile(r"\b(?:the same (?:[\w-]+ ){1,2}as|kept apart from|(?:held|kept) separately from|separate from|"
                           r"apart from|unlike)\s+(?:the\s+)?$", re.I)


class _Reading:
    """One text read for captivity: its context words by group, and the tests they all share.

    Each method below is one way a text can say that fighters are in the enemy's hands, and
    returns the evidence it found (quoted spans with the cue that explains them).
    """

    @cached_property
    def gate_open(self) -> bool:
        """The pre-check's answer for this text (matcher.might_concern_captives), read once. assess reads findings only
        where it opens, so readings that would mark a text the gate rejects ask it first (tests/test_fast_paths.py)."""
        return self.m.might_concern_captives(self.low)

    def __init__(self, text: str, hits: list[Hit], sents: Sentences, m: Matcher):
        self.text, self.sents, self.m = text, sents, m
        self.low = text.lower()  # (for the plain substring tests that open several readings)
        groups_of = m.context_groups_of()
        self.by: dict[str, list[Hit]] = {name: [] for name in CONTEXT_GROUPS}
        for h in hits:
            for name in groups_of.get(h.term, ()):
                self.by[name].append(h)
        # "fought with Ansar Allah" names a side; "fought with a pistol to evade capture" a weapon
        self.fighters = [h for h in self.by["fighter"] + self.by["fighter_more"]
                         if not (text[h.end - 4:h.end].lower() == "with" and _WITH_A_THING.match(text, h.end))
                         and not (_FORMER.search(text, max(0, h.start - 24), h.start)  # "Paul Whelan, a former Marine"
                                  and not _FORMER_TAKEN.match(text, h.end))
                         and not _PEACEKEEPERS_BEFORE.search(text, max(0, h.start - 110), h.start)]
        # "two young members of the local People's Defence Force": the members of an armed group are fighters
        for h in self.by["niac"]:
            members = MEMBERS_OF.search(text, max(0, h.start - 40), h.start)
            told_of = members.start() if members else h.start
            if _ACCUSED_OF_BEING.search(text, max(0, told_of - 30), told_of):
                continue  # "people suspected of being members of the Islamic State", arrested by the police
            if members:
                self.fighters.append(Hit(members.start(), h.end, h.term))
                continue
            person = GROUP_PERSON.match(text, h.end)
            a_people = bool(_ETHNONYM.search(text, h.start, h.end))  # "Tigrayan", "Kurdish": a people's adjective
            if person is None:
                if COUNT_BEFORE.search(text, max(0, h.start - 16), h.start) and not a_people \
                        and not any(0 < c.start - h.end <= 2 for c in self.by["not_pow"]):
                    # "caught two RSF at the checkpoint": the group's fighters, counted; but "four Yemeni
                    # journalists" are the people the word after it names
                    self.fighters.append(h)
            # "an RSF man they had caught", "the Boko Haram boy": one of the group's own; but "took away Tigrayan
            # men" are a people's men, and "by suspected al-Shabaab members" the captors, not "Shabaab members"
            elif not (a_people and _PEOPLE_WORD.match(person.group(0))) \
                    and not any(o.start < h.start and h.end <= o.end for o in self.by["niac"]):
                self.fighters.append(Hit(h.start, person.end(), h.term))
        self.fighters.sort(key=lambda h: h.start)
        # sentences that speak of people who are not captured fighters (civilian detainees, inmates)
        self.civilian_hits = [h for h in self.by["not_pow"] if not _CIVILIAN_THING.match(text, h.end)
                              and not _ACT_ON_CIVILIANS.search(text, max(0, h.start - 25), h.start)
                              and not _NAMED_SUSPECT.search(text, max(0, h.start - 25), h.start)
                              and not _AUDIENCE.search(text, max(0, h.start - 16), h.start)
                              and not ((_BY_PEOPLE.search(text, max(0, h.start - 30), h.start) or self._tell_of_fighters(h))
                                       and _PEOPLE.match(text, h.start, h.end))
                              # who the witness is, in the tag that introduces him: "Witness W-7 (motorcycle-taxi driver,
                              # Sake) states that ... an M23 fighter, ... with his hands tied"
                              and not _WITNESS_TAG.search(text, max(0, h.start - 40), h.start)
                              # the press as the audience of what is shown or told: "showed journalists three men captured
                              # by ...", "the footage was later passed to journalists", "played for visiting journalists"
                              and not (_PRESS.fullmatch(text, h.start, h.end)
                                       and _PRESS_AUDIENCE.search(text, max(0, h.start - 40), h.start))
                              and not (_SPEAKER_AFTER.match(text, h.end)
                                       and _SPEAKER_BEFORE.search(text, max(0, h.start - 3), h.start))
                              and not self._sign_misread(h)]
        # the federal police as the captors of an armed group's fighters ("federal police officers questioned a young man
        # they had captured, saying he was a fighter of the Islamic State"), not of a cartel's men (its own word stays)
        if self.by["niac"]:
            self.civilian_hits = [h for h in self.civilian_hits if text[h.start:h.end].lower() != "federal police"]
        self.civilian = {sents.index(h.start) for h in self.civilian_hits}
        # a witness who says he is a civilian ("I'm a nurse", "they took me from my kitchen") speaks of himself as
        # one in every sentence he tells in the first person
        if any(_SELF_CIVILIAN.match(text, h.start) for h in self.by["not_pow"]) and not _OWN_SERVICE.search(text):
            self.civilian |= {i for i, (s, e) in enumerate(sents.spans) if _FIRST_PERSON.search(text, s, e)}
        # the crew of a merchant ship taken for ransom or hijacked ("boarded a tugboat ... took ten Indonesian crew members
        # to Jolo, where they are being held for ransom"): seafarers are civilians, not a navy's sailors
        if _MERCHANT_SHIP.search(text) and not _NAMES_POW.search(text):
            merchant = {i for i, (s, e) in enumerate(sents.spans)
                        if _MERCHANT_SHIP.search(text, s, e) and _MERCHANT_TAKEN.search(text, s, e) and not _NAVY.search(text, s, e)}
            if merchant:
                self.civilian |= merchant
                # its crew, named in that story, are not fighters ("Four of the sailors were freed three months later")
                stories = {sents.story[i] for i in merchant}
                self.fighters = [f for f in self.fighters if not (_CREW_WORD.fullmatch(text, f.start, f.end)
                                                                   and sents.story[sents.index(f.start)] in stories)]
        self.near_civilian = self.civilian | {i + 1 for i in self.civilian} | {i - 1 for i in self.civilian}
        self.fighter_sents = {sents.index(f.start) for f in self.fighters}
        # "captured Russians", "caught this armenian": a people's name standing for the enemy's fighters
        self.nationals = [h for h in self.by["iac"] if h.term in m.states and _national_noun(text, h)]
        self.weak = {(h.start, h.end) for h in self.by["capture_weak"]}
        self.not_taken: list[tuple[int, int]] = []  # captures the text denies, supposes or negates (captives_named)
        # in a news digest, people who are not fighters in one story say nothing of another
        self.story = sents.story
        self.civilian_stories = {self.story[i] for i in self.civilian}

    def _sign_misread(self, h: Hit) -> bool:
        """A not_pow word read in a sense that says nothing of the people held: a place a man called from ("phoned her
        from the hospital"), fighters brought out for screening ("the North Korean soldiers refused to come out for
        screening"), the rally a speech was given at, or the people looking on ("killed them in front of the assembled
        villagers", "journalists from several countries in the room")."""
        text = self.text
        word = text[h.start:h.end].lower()
        if word == "from the hospital" and _CALLED_FROM.search(text, max(0, h.start - 30), h.start):
            return True
        if word == "for screening":
            s = self.sents[self.sentence(h)][0]
            return any(s <= f.start < h.start for f in self.fighters)
        if word == "at the rally" and _SPEECH_BEFORE.search(text, max(0, h.start - 30), h.start):
            return True
        if _PEOPLE.match(text, h.start, h.end) and (_LOOKING_ON_BEFORE.search(text, max(0, h.start - 40), h.start)
                                                    or _LOOKING_ON_AFTER.match(text, h.end)):
            return True
        return False

    def _tell_of_fighters(self, h: Hit) -> bool:
        """Do the people named tell what happened to fighters ("Villagers in Sagaing told the Mechanism that
        soldiers who had caught two members of the PDF ...")? Then they are witnesses, not the people held."""
        told = _PEOPLE_TELL.match(self.text, h.end)
        if told is None:
            return False
        end = self.sents[self.sents.index(h.start)][1]
        return any(told.end() <= f.start < end for f in self.fighters)

    def war(self) -> bool:
        """Does a live word place the text in a war ("the war", "an air raid", "the front")? Not a war
        on drugs, a trade war or a gang war."""
        text = self.text
        return any(self.live(h) and not _NOT_A_WAR_AFTER.match(text, h.end)
                   and not _NOT_A_WAR_BEFORE.search(text, max(0, h.start - 12), h.start)
                   for h in self.by["war_signal"])

    def sentence(self, h: Hit) -> int:
        return self.sents.index(h.start)

    def sentence_at(self, pos: int) -> int:
        return self.sents.index(pos)

    def ev(self, start: int, end: int, cue: str) -> Evidence:
        return _ev(self.text, start, end, cue)

    def live(self, h: Hit, negation: bool = True) -> bool:
        """A context word counts unless it is itself negated ("no prisoners were taken") or figurative
        ("a prisoner of his coalition partners"). ``negation=False``: a negation does not take it back (the
        name of a side: "none of the Taliban fighters qualified" still names the Taliban)."""
        text = self.text
        if _SURRENDER_WORD.search(text, h.start, h.end) and _SURRENDERED_THING.match(text, h.end):
            return False  # "who surrendered the border town", "I surrendered it to a drawer"
        fig = _FIGURATIVE.match(text, h.end)
        if fig and not _OF_WAR.match(text, h.end) and not _NAMED_SIDE.match(text, fig.end()) \
                and not _OF_UNIT.match(text, h.end) \
                and not (h.term >= 0 and _ADJECTIVAL.match(self.m.terms[h.term])):
            # "five soldiers of his patrol": the men of a unit; "captured fighters of a rival coalition" are
            # captured whoever they fought for
            return False
        not_captive = _NOT_A_CAPTIVE.match(text, h.end)
        # (but "the camp shop" is the shop of a camp: "In the camp shop you can buy beer and tobacco with the coupons")
        if (not_captive and not (_CAMP_NAME.fullmatch(text, h.start, h.end) and _SHOP.fullmatch(not_captive.group(0).strip()))) \
                or _NO_PRISONERS_IDIOM.search(text, max(0, h.start - 20), h.start):
            return False
        if h.term >= 0 and _FIGURATIVE_BARE.match(text, h.end) and _CAPTIVE_NOUN.match(self.m.terms[h.term]):
            return False
        if _IN_OUR_OWN.match(text, h.end):
            return False  # "how many of us are prisoners of war in our own hearts": a sermon's figure
        if h.term >= 0 and _CAPTIVE_NOUN.match(self.m.terms[h.term]) and _LIKE_OR_WILL_BE.search(text, max(0, h.start - 24), h.start):
            return False
        if h.term >= 0 and _CAPTIVE_NOUN.match(self.m.terms[h.term]) and self._captive_denied(h):
            return False  # "Not captives - dead before any of this", "no figures on prisoners were given"
        if _TO_JUSTICE.match(text, h.end):
            return False  # "surrenders to the war crimes tribunal": a suspect giving himself up, not a fighter
        if _INSTITUTION_FOR.search(text, max(0, h.start - 60), h.start) or _NONE_HELD_AS.search(text, max(0, h.start - 90),
                                                                                                 h.start):
            return False  # a body's name, or a status nobody held
        if self.near_civilian and self.sentence(h) in self.near_civilian and _IS_NOT.search(text, max(0, h.start - 16), h.start):
            return False  # "the civilians held there ... are not prisoners of war": the law said of civilians
        return not negation or not negated_noun(text, self.sents[self.sentence(h)], h.start)

    def side_named(self, h: Hit) -> bool:
        """A conflict signal counts when it is no figure of speech; a negation before a side's name denies what is
        said of its men, not that the side was at war ("none of the Taliban fighters captured qualified as prisoners
        of war"). A negated word of captivity still says nothing ("no prisoners of war were taken")."""
        return self.live(h, negation=h.term >= 0 and bool(_POW_WORDS_TERM.search(self.m.terms[h.term])))

    def live_verb(self, h: Hit, predicate: bool = True) -> bool:
        """A capture verb counts unless negated, or, when it is the verb of the clause, denied or only
        supposed ("should aircrew be captured"). "Denied that captured soldiers were beaten" denies the
        beating, not the capture; "rejects claims about servicemen in its custody" keeps the custody."""
        if _TO_JUSTICE.match(self.text, h.end):
            return False  # "surrenders to the war crimes tribunal"
        if _SURRENDER_WORD.search(self.text, h.start, h.end) and _SURRENDERED_THING.match(self.text, h.end):
            return False  # "the enemy had surrendered the ridge": a place given up
        if _ON_CAMERA.match(self.text, h.end):
            return False  # "our drone boys captured the whole thing on camera": filmed, not taken
        cue = classify(self.text, self.sents[self.sentence(h)], h.start, h.end)
        term = self.m.terms[h.term]
        if predicate and cue.status in (HYPOTHETICAL, DENIED) and _CAPTURE_VERB.search(term) and not _NAMES_POW.search(term):
            return False
        return cue.status != NEGATED or cue.privative

    def by_before(self, f: Hit) -> bool:
        """Are the fighters the agent of a passive ("captured by Ukraine's 47th Brigade")? Read within their
        sentence: "Video seen by listeners. Two soldiers captured ..." names no captor."""
        return bool(_BY_BEFORE.search(self.text, max(self.sents[self.sentence(f)][0], f.start - 30), f.start))

    def fighters_before(self, si: int) -> list[Hit]:
        """Live fighter words of the sentence before ``si``, for a pronoun to reach back to."""
        return [f for f in self.fighters if self.sentence(f) == si - 1 and self.live(f)
                and not self.by_before(f)]  # "arrested by soldiers": the captors

    # --- ways of saying it ----------------------------------------------------------------

    def captives_named(self) -> list[Evidence]:
        """Words that alone name captured fighters: "prisoners of war", "captured soldiers"."""
        out = []
        for h in self.by["pow"]:
            if not self.live(h):
                continue
            si, term = self.sentence(h), self.m.terms[h.term]
            if si in self.civilian and si not in self.fighter_sents and not _NAMES_POW.search(term):
                continue  # "they took us from the square in a police van": people who are not fighters
            if _SWAP_TERM.search(term) and not _NAMES_POW.search(term) and self.story[si] in self.civilian_stories \
                    and not any(self.story[self.sentence(f)] == self.story[si] and self.live(f) for f in self.fighters):
                continue  # "the largest prisoner swap since the Cold War ... a reporter and dissidents flown out": the
                # people traded are named as civilians or convicts, and no fighter among them
            if _POW_COMPARED.search(self.text, max(0, h.start - 40), h.start):
                continue  # "civilians held in the same colonies as prisoners of war": others held, compared to them
            if _CAPTURE_VERB.search(term) and not _ADJECTIVAL.match(term) and classify(
                    self.text, self.sents[si], h.start, h.end).status in (DENIED, HYPOTHETICAL, NEGATED):
                # "claims that soldiers had been taken prisoner", dismissed; "killed instead of taking them prisoner"
                self.not_taken.append((h.start, h.end))
                continue
            out.append(self.ev(h.start, h.end, "captured fighters named"))
        return out

    def out_of_combat(self) -> list[Evidence]:
        """Fighters surrendering or out of the fight; a surrender that is over puts them in custody. Not
        former fighters named just before ("two former FARC guerrillas who had handed in their weapons
        under the peace agreement"): they laid down their arms to go home, not to an enemy."""
        text, others = self.text, self.by["demobilised"]
        return [self.ev(h.start, h.end, SURRENDERED if _SURRENDER_DONE.search(text[h.start:h.end])
                        or _DONE_BEFORE.search(text, max(0, h.start - 16), h.start) else SURRENDERING)
                for h in self.by["hors_de_combat"] if self.live(h) and not _BY_OWN_SIDE.match(text, h.end)  # "disarmed by their own commands"
                and not self._disarmed_by_own_at(h)  # "his own commanders disarmed him"
                and not _DEMANDED.search(text, max(0, h.start - 80), h.start)  # "gave them until 5 a.m. to lay down their arms"
                and not _PUNISHED_FOR.search(text, max(0, h.start - 80), h.start)  # "jailed for attempting to give himself up"
                and not _LET_US.search(text, max(0, h.start - 12), h.start)  # a sermon: "today let us lay down our arms"
                and not (self.sentence(h) in self.civilian and self.sentence(h) not in self.fighter_sents)  # protesters' hands
                and not self._policing_gesture(h)
                and not any(0 <= h.start - o.end <= 60 and not re.search(r"[;:.]", text[o.end:h.start]) for o in others)
                # (the cue is read last, after the cheap tests): "These were not men who had surrendered"
                and not self._surrender_negated(h)
                and not self._inmates_gesture(h)
                # "gave up" told of something else than the fight: "the garrison gave up hope", "gave up the town"
                and not (text[h.start:h.end].lower().endswith("gave up") and _GAVE_UP_OTHER.match(text, h.end))]

    def _policing_gesture(self, h: Hit) -> bool:
        """Hands raised before the police or at a protest, in a text that names no fighter and no side of a war:
        "the police shot an unarmed man with his hands up during the protest" tells of policing, not of a fighter
        out of combat."""
        if self.fighters or self.by["niac"] or self.by["niac_weak"] or self.by["iac"]:
            return False
        s, e = self.sents[self.sentence(h)]
        return bool(_POLICING.search(self.text, s, e))

    def surrender_then_held(self) -> list[Evidence]:
        """Fighters told as giving up in the everyday words ("4 soldiers gave up after the outpost was overrun", "the
        garrison laid down its arms", "41 of them surrendered with their weapons"), then, in the same sentence or the
        next two (250 characters at most), taken in hand by the other side ("held in the monastery", "lined up against the wall", "took them to
        their doctor"): a surrender made, its men in enemy hands. Not a surrender demanded, refused or supposed, nor
        given up of anything else ("gave up hope", "gave up the town")."""
        low = self.low
        if "gave up" not in low and "give up" not in low and "surrendered" not in low and "laid down" not in low:
            return []
        if not self.gate_open:  # (only where the pre-check opens the gate: assess skips the rest)
            return []
        text, out = self.text, []
        for mt in _GAVE_IN.finditer(text):
            if mt.group().lower().endswith("up") and _GAVE_UP_OTHER.match(text, mt.end()):
                continue
            if _SURRENDERED_THING.match(text, mt.end()) or _DEMANDED.search(text, max(0, mt.start() - 80), mt.start()) \
                    or _PUNISHED_FOR.search(text, max(0, mt.start() - 80), mt.start()):
                continue
            si = self.sentence_at(mt.start())
            if si in self.civilian and si not in self.fighter_sents:
                continue
            s, e = self.sents[si]
            # who gave up: fighters named before it in the sentence, or a count or pronoun for fighters named in
            # that sentence or the one before
            named = any(s <= f.start and f.end <= mt.start() and mt.start() - f.end <= PAIR_DISTANCE and self.live(f)
                        for f in self.fighters)
            if not named and not (_COUNT_OR_PRONOUN.search(text, max(s, mt.start() - 24), mt.start())
                                  and any(self.sentence(f) in (si, si - 1) and self.live(f) for f in self.fighters)):
                continue
            end = min(self.sents[min(si + 2, len(self.sents) - 1)][1], mt.end() + 250)  # the next sentences, close by
            ctl = _CAPTOR_CONTROL.search(text, mt.end(), end)
            if not ctl or classify(text, self.sents[si], mt.start(), mt.end()).status != ASSERTED:
                continue
            out.append(self.ev(mt.start(), mt.end(), SURRENDERED))
            break
        return out

    def wounded_helpless(self) -> list[Evidence]:
        """A wounded fighter told helpless where he lies (see HELPLESS_SIGN): out of combat, whoever's hands he is in."""
        text, out = self.text, []
        for h in self.fighters:
            if not (_WOUNDED_BEFORE.search(text, max(0, h.start - 40), h.start) or _WOUNDED_AFTER.match(text, h.end)):
                continue
            si = self.sentence(h)
            sign = HELPLESS_SIGN.search(text, h.end, self.sents[si][1])
            if sign and si not in self.civilian \
                    and classify(text, self.sents[si], h.start, h.end).status == ASSERTED:
                out.append(self.ev(h.start, sign.end(), SURRENDERING))
        return out

    def _captive_denied(self, h: Hit) -> bool:
        """Is a captive noun (not "of war": the status a captor refuses is his label for men he holds) denied by the
        words before it in its sentence (_NOT_CAPTIVES_BEFORE)?"""
        text = self.text
        if _STATUS_TERM.search(self.m.terms[h.term]) or _OF_WAR_AFTER.match(text, h.end):
            return False
        s = self.sents[self.sentence(h)][0]
        left = text[max(s, h.start - 50):h.start]
        if h.start - s > 50:
            left = "x " + left  # not the sentence's opening
        return bool(_NOT_CAPTIVES_BEFORE.search(left))

    def _disarmed_by_own(self, si: int) -> bool:
        """Does the sentence tell fighters disarmed by their own side ("our own army disarmed us")?"""
        return any(self.sentence(h) == si and self._disarmed_by_own_at(h) for h in self.by["hors_de_combat"])

    def _disarmed_by_own_at(self, h: Hit) -> bool:
        """A disarming word with the fighters' own side beside it ("our own army disarmed us"); not a surrender told
        beside their own side's flight ("their own officers had fled; the soldiers laid down their arms")."""
        return "disarm" in self.text[h.start:h.end].lower() and self._own_force_near(h.start, h.end)

    def _civilians_object(self, c: Hit) -> bool:
        """Is the object of an active capture verb named as people who are not fighters ("holds 72 hostages",
        "took about forty villagers", "seized two journalists")? A word of the not_pow group right after the verb,
        in its clause."""
        text = self.text
        for h in self.civilian_hits:
            if c.end <= h.start <= c.end + 40 and _OBJECT_GAP.fullmatch(text, c.end, h.start):
                return True
        return False

    def _civilian_between(self, f: Hit, c: Hit) -> bool:
        """A word of the not_pow group (civilians, hostages, a ship's crew) between the fighter word and the capture
        word of a pair, in their sentence: the capture word is nearer the civilians, so they are the people taken."""
        lo, hi = min(f.end, c.end), max(f.start, c.start)
        # but not civilians listed with the fighters ("soldiers and civilians seized") nor the fighter word as a
        # modifier of theirs ("army nurses ... taken"): those held include the fighters
        return any(lo <= h.start and h.end <= hi
                   and not (f.end <= h.start and _WITH_FIGHTERS.fullmatch(self.text, f.end, h.start))
                   for h in self.civilian_hits)

    def _own_force_near(self, start: int, end: int) -> bool:
        """The fighters' own side named beside the word, in its sentence: "our own army disarmed us"."""
        s, e = self.sents[self.sentence_at(start)]
        return bool(_OWN_FORCE.search(self.text, max(s, start - OWN_FORCE_DISTANCE), min(e, end + OWN_FORCE_DISTANCE)))

    def _surrender_negated(self, h: Hit) -> bool:
        """A surrender told as not made: "These were not men who had surrendered", "they never gave up". A "no"
        or "without" before it belongs to a noun of its own ("no weapon, arms raised")."""
        cue = classify(self.text, self.sents[self.sentence(h)], h.start, h.end)
        return cue.status == NEGATED and not cue.privative and cue.words.lower() not in ("no", "without")

    def _inmates_gesture(self, h: Hit) -> bool:
        """A gesture of surrender made by the inmates of a prison the soldiers retake: "rival gangs ... inside
        a penitentiary. Soldiers were sent in ..., images showed prisoners lying face down, hands on their
        heads". The nearest people named before the gesture are prisoners, in a story about civilians."""
        si = self.sentence(h)
        if si not in self.near_civilian:
            return False
        people = [p for p in self.by["captive"] + self.fighters if self.sentence(p) == si and p.end <= h.start]
        return bool(people) and max(people, key=lambda p: p.end) in self.by["captive"]

    def captures(self) -> list[Evidence]:
        """A capture, custody or release word paired with a fighter word in its sentence, or with
        the fighters of the sentence before through a pronoun."""
        text, out = self.text, []
        for kind in ("captured", "held", "released", "restrained"):
            for c in self.by[kind]:
                if self.m.terms[c.term] in HOME_AGAIN:
                    continue  # read only in home_again()
                if (c.start, c.end) in self.weak and _everyday_not_capture(text, c):
                    continue  # "taken to hospital", "took part", "caught in the crossfire", "the artillery caught them"
                if kind == "released" and _NOT_AN_EXCHANGE.match(text, c.end):
                    continue  # "the two sides exchanged fire"
                if _SURRENDER_VERB.match(text, c.start) and (_PUNISHED_FOR.search(text, max(0, c.start - 80), c.start)
                                                            or _DEMANDED.search(text, max(0, c.start - 80), c.start)):
                    continue  # "sentences three generals to death for surrendering Laukkai": punished by their own side;
                    # "rejected repeated calls over loudspeakers to surrender and kept firing on troops": refused
                si = self.sentence(c)
                if kind == "restrained" and si in self.civilian:
                    continue  # "men from a school used as a shelter ... blindfolded, while soldiers stand over them"
                found = self._capture_pair(kind, c, si)
                if not found and self.nationals and kind == "captured" and si not in self.near_civilian \
                        and _STRONG_CAPTURE.match(text, c.start):
                    found = self._capture_pair(kind, c, si, self.nationals)
                if not found and self.by["police_taken"] and kind in ("captured", "held", "released") \
                        and si not in self.near_civilian and self._armed_group_near(si):
                    # police in an armed group's hands: "Maoist rebels freed seven policemen seized in a raid"
                    found = self._capture_pair(kind, c, si, self.by["police_taken"])
                if found and (c.start, c.end) in self.weak and found.end > c.end \
                        and _SEEN_NOT_TAKEN.match(text, found.end):
                    continue  # "drones catch Russian soldiers in the open": seen, not taken
                if found:
                    out.append(found)
                    continue
                # a participle that opens the sentence, its subject after the comma, the fighter named just
                # before: "... served as a lieutenant in the Somali army. Captured in 1978, he spent ten years ..."
                if kind == "captured" and c.start == self.sents[si][0] and _LEADING_PARTICIPLE.match(text, c.start) \
                        and not self.civilian & {si - 1, si} and self.live_verb(c):
                    before = self.fighters_before(si)
                    if before:
                        out.append(self.ev(before[-1].start, c.end, "fighters in the captor's hands"))
                        continue
                # a release told first, the fighter after the comma: "Released after 18 months, the sergeant told
                # journalists ..." (the months say it was captivity, not a hospital)
                if kind == "released" and c.start == self.sents[si][0] and si not in self.near_civilian:
                    lead = _LEADING_RELEASE.match(text, c.end)
                    after = lead and next((f for f in self.fighters if self.sentence(f) == si
                                           and lead.end() <= f.start <= lead.end() + 12 and self.live(f)), None)
                    if after:
                        out.append(self.ev(c.start, after.end, "fighters in the captor's hands"))
                        continue
                # the fighters named in the sentence before, then a pronoun: "15 Armenian soldiers are
                # home. Baku released them", "these SAF rats ... look at them now on their knees"
                # or earlier in the same sentence, beyond the pairing distance: "An Indian army captain and five
                # soldiers on patrol ... went missing; Pakistani radio later announced they had been captured"
                pronoun_before = bool(_PRONOUN_BEFORE.search(text[max(0, c.start - 30):c.start]))
                if kind == "held" or not (_PRONOUN_AFTER.match(text, c.end) or pronoun_before):
                    continue
                # (only the subject of the sentence, and only a passive, "they had been captured", not "they captured";
                # or a surrender, which its subject makes: "... every time he looks in a mirror he'll remember who he
                # surrendered to")
                active = not _PASSIVE.search(text, max(0, c.start - 20), c.start)  # then only a surrender
                # a participle set off by a comma is passive: "The men, captured in clashes in September, had been"
                active = active and not (pronoun_before and _COMMA_PARTICIPLE.search(text, max(0, c.start - 3), c.start))
                if active and pronoun_before and kind != "restrained" and not _PRONOUN_AFTER.match(text, c.end) \
                        and not _SURRENDER_VERB.match(text, c.start):
                    # "Rebels ... say they have seized a town": the pronoun is the captor; "spare him if Jordan
                    # freed ...": someone else is freed ("showed him bloodied and blindfolded" is his state)
                    continue
                same = pronoun_before and (not active or _SURRENDER_VERB.match(text, c.start))
                # the speakers themselves, as the object: "Russian servicemen interviewed by the Mission said that
                # soldiers of the unit which captured them struck them"
                told = [f for f in self.fighters if not pronoun_before and self.sentence(f) == si and f.end <= c.start
                        and f.start - self.sents[si][0] <= 60 and self.live(f)
                        and _SPEAKERS_TELL.match(text, f.end, c.start)] if _PRONOUN_AFTER.match(text, c.end) else []
                before = told + (self.fighters_before(si) if si > 0 else []) + [
                    f for f in self.fighters if same and self.sentence(f) == si and f.end <= c.start
                    and f.start - self.sents[si][0] <= 60 and self.live(f)
                    and not self.by_before(f)
                    and not _TAKING_VERB.search(text, f.end, c.start)  # "gunmen detained three doctors ... they were"
                    # "soldiers shelled the village until the mayor said they surrendered": the village's people did
                    and not (active and _SIEGE_OR_SPEECH.search(text, f.end, c.start))]
                if before and self.live_verb(c) and not self.civilian & {si - 1, si}:
                    out.append(self.ev(before[-1].start, c.end, "fighters in the captor's hands"))
        return out

    def _armed_group_near(self, si: int) -> bool:
        """Is an armed group of an internal war named in sentence ``si`` or the one before it, of the same story?"""
        return any(self.sentence(h) in (si, si - 1) and self.story[self.sentence(h)] == self.story[si]
                   and self.live(h, negation=False) for h in self.by["niac"])

    def _capture_pair(self, kind: str, c: Hit, si: int, fighters: Optional[list[Hit]] = None) -> Optional[Evidence]:
        text, sents = self.text, self.sents
        # "Seven soldiers are beheaded ... after being seized by militants": the subject was the captive
        after_being = kind in ("captured", "held") and _AFTER_BEING.search(text, max(0, c.start - 30), c.start)
        for f in self.fighters if fighters is None else fighters:
            note = False  # a note's next item after a comma or semicolon (read below, for a fighter named before)
            if self.sentence(f) != si:
                continue
            if si in self.civilian and _AS_LABEL.search(text, max(0, f.start - 25), f.start):
                continue  # "a pharmacist ... held for weeks as an unlawful combatant": the captor's label for a civilian
            if si in self.near_civilian and _PRISON_STAFF.fullmatch(text, f.start, f.end) \
                    and any(self.sentence(h) in (si - 1, si) for h in self.civilian_hits):
                # "inmates ... held two officers there": a prison's officers or guards, among its inmates (or in the
                # sentence after them: "Inmates ... took two guards captive. ... both officers were freed")
                continue
            if f.end <= c.start and "," in text[f.end:c.start] and _KIN_OF.search(text, max(0, f.start - 45), f.start) \
                    and not _AGE_APPOSITION.fullmatch(text, f.end, c.start):
                # "families of suspected ISIS members, held behind fences": the clause set off by a comma is the
                # families'; but "relatives of nine soldiers captured by IS" were the soldiers' relatives, and so is
                # "mother of private Sergei, 19, taken by fighters" (the age is his)
                continue
            if after_being and f.end <= c.start and c.start - f.end <= AFTER_BEING_DISTANCE and self.live(f) \
                    and not _PASSIVE_AGENT_FIGHTER.search(text, f.end, c.start):
                return self.ev(f.start, c.end, "fighters in the captor's hands")
            if f.start >= c.end and kind == "held" and not _HELD_COUNT.fullmatch(text, c.end, f.start):
                continue  # "holds a funeral for six soldiers"; but "we held two hundred of their soldiers"
            if f.start >= c.end and (c.start, c.end) in self.weak and _WEAK_NOT_CAPTURE.match(text[f.end:f.end + 60]):
                continue  # "buses took them with the other wounded soldiers to hospital": carried, not captured
            if f.start >= c.end and kind == "held" and _IN_RESERVE.match(text, f.end):
                continue  # "the army is holding two battalions in reserve": its own troops, kept back
            if f.start >= c.end and text[c.end - 3:c.end].lower() == " of":
                continue  # "twelve days in the hands of ELN guerrillas": the fighters after "of" are the holders
            if f.start >= c.end:  # "captured (Ukrainian) soldiers"
                gap, between = f.start - c.end, text[c.end : f.start]
                if _OTHER_OBJECT.search(between):
                    continue  # "detained three doctors at a hospital, accusing them of treating wounded soldiers"
                if kind == "released" and _PRICE_OF_RELEASE.search(between):
                    continue  # "the girls would be freed only if the government releases its jailed commanders": the
                    # captors' price, comrades the other side holds, not the captives the text is about
                if _PLACE_BY.search(between):
                    continue  # "30 men seized and made to ... walk in front of the troops": the troops are not taken
                thing = _CAPTURED_THING.match(text, c.end)
                if thing and kind == "captured" and _FROM_HOLDERS.search(between):
                    continue  # "recapture the city of Lysychansk from pro-Russian rebels": a place taken from them
            else:  # "soldiers were captured / held by", not "gunmen abducted two ..." (fighters as captors)
                gap, between = c.start - f.end, text[f.end : c.start]
                # "some units have surrendered to ...", "the rebel chief, with hundreds of fighters, surrenders"
                surrendered = _SURRENDER_VERB.match(text, c.start) and _SUBJECT_GAP.match(between)
                # a note's next item: "M, 34, UA marine, captured Mariupol", "in a marine brigade; captured at Mariupol"
                # (or after the man's name and his army or unit: "Private S., Ukrainian army, captured at Mariupol")
                note = (between.strip() in (",", ";") or bool(_NOTE_NAME_UNIT.fullmatch(between))) \
                    and bool(_NOTE_PLACE.match(text, c.end) or _NOTE_AT_PLACE.match(text, c.end))
                if kind == "captured" and _THING_BEFORE.search(between):
                    continue  # "several dozen attackers were neutralised and weapons seized": the weapons were taken
                if kind == "captured" and _THING_STATE.match(text, c.end):
                    continue  # "Fighters of the 93rd brigade captured in good condition a Russian T-90M tank"
                if kind == "held" and _CAPTURED_THING.match(text, c.end):
                    continue  # "Ukraine says its troops still hold the heights": a place held, not the troops
                if kind in ("captured", "held") and not _PASSIVE_JUST_BEFORE.search(between) and self._civilians_object(c):
                    continue  # "the commando still holds 72 hostages", "guerrillas took 300 villagers": the fighters
                    # hold the people the verb's object names as civilians; they are the captors (but "the soldiers
                    # are being held hostage by villagers": the soldiers are the ones held)
                if kind == "held" and text[c.end - 3:c.end].lower() == "ing" and not _OBJECT_RELATIVE.search(between):
                    continue  # "soldiers ... said the front was holding": an active verb in -ing holds no one
                    # (but "the soldiers it is holding" are its captives)
                if kind != "restrained" and not surrendered and not (
                        _PASSIVE.search(between) or _OBJECT_RELATIVE.search(between)
                        or note  # "marine, captured Mariupol", "serving in a marine brigade; captured at Mariupol"
                        or _AGE_APPOSITION.fullmatch(between)  # "Armenian conscript, 19, captured Hadrut area"
                        or (_PERSON_APPOSITION.fullmatch(between) and _PARTICIPLE_NEXT.match(text, c.end)
                            and _LOOKS_PARTICIPLE.search(text, c.start, c.end))
                        or (_PARTICIPLE_NEXT.match(text[c.end:])
                            and (kind != "captured" or not _LOOKS_PARTICIPLE.search(text[c.start:c.end])
                                 or _ATTACHES(between)))):
                    continue
                if kind != "released" and _THEIR_REMAINS.search(between):
                    continue  # "seven guerrillas were killed ... and their bodies were taken to the base": the dead
                if kind == "restrained" and any(f.end <= o.start and o.end <= c.start for o in self.by["not_pow"]):
                    continue  # "soldiers detained the villagers and blindfolded them": the villagers were tied
                unit_less = _OF_UNIT.sub(" ", between, count=1)  # "five jawans of his patrol, who were captured"
                rel = _RELATIVE_PASSIVE.search(unit_less)
                if rel and re.search(r"[A-Za-z]", unit_less[: rel.start()]):
                    continue  # "militants execute 175 workers who were captured": the relative clause is the workers'
            if self._civilian_between(f, c):
                continue  # "soldiers were convicted over the abuse of Iraqi civilians detained", "fighters took thousands
                # of Yazidi women and children captive": the civilians named between are the people held
            if (kind != "held" or f.start < c.start) and self.by_before(f):
                continue  # "arrested by British soldiers", "seized by RSF fighters and held": the fighters are the captors
            if _BY_OWN_SIDE.match(text, c.end) or (f.end <= c.start and _OWN_SIDE.search(text, f.end, c.start)):
                # "held by their own commanders in pits", "disarmed by their own commanders and held": their own side
                continue
            if self._own_force_near(min(c.start, f.start), max(c.end, f.end)) and self._disarmed_by_own(si):
                continue  # "his own commanders disarmed him ... and they are held in a camp": their own side
            if kind == "released" and ((f.start >= c.end and _REMAINS.search(between))
                                       or _REMAINS_OF.search(text, max(sents[si][0], f.start - 100), f.start)):
                continue  # "exchanged the bodies of 500 fallen soldiers", "the bodies of soldiers ... were returned"
            # a participle that follows its noun with no auxiliary ("the two soldiers captured by X") is
            # not the verb of the clause: "wants the soldiers captured by X handed over" supposes no capture
            predicate = f.start < c.end and (bool(_PASSIVE.search(between)) or bool(_SURRENDER_VERB.match(text, c.start))
                                             or not _LOOKS_PARTICIPLE.search(text[c.start:c.end]))
            if 0 <= gap <= PAIR_DISTANCE and self.live_verb(c, predicate) and self.live(f) \
                    and (not _CLAUSE_BREAK.search(between) or note):
                return self.ev(min(c.start, f.start), max(c.end, f.end), "fighters in the captor's hands")
        return None

    def home_again(self) -> list[Evidence]:
        """Fighters counted as home again, the words right after their count: "95 defenders are home today", "150
        servicemen came home" -- the return of captives, as a side announces it. Not troops home from the front,
        on leave or for a holiday, nor a text about civilians."""
        text, out = self.text, []
        for c in self.by["released"]:
            if self.m.terms[c.term] not in HOME_AGAIN or _HOME_NOT_CAPTIVITY.match(text, c.end):
                continue
            si = self.sentence(c)
            if si in self.near_civilian or _REMAINS_OF.search(text, *self.sents[si]) or not self.live_verb(c):
                continue  # (not "the bodies of 757 defenders came home")
            # (a people's name for its fighters, counted: "the 90 Ukrainians handed back on Saturday")
            f = next((f for f in self.fighters + self.nationals if self.sentence(f) == si and 0 <= c.start - f.end <= 2), None)
            if f is not None and _COUNTED.search(text, max(0, f.start - 24), f.start) and self.live(f):
                out.append(self.ev(f.start, c.end, "fighters home again from captivity"))
        return out

    def ours_home(self) -> list[Evidence]:
        """A side's own men counted as home again, with no exchange word: "95 of ours are home tonight" -- the return
        of captives, as their side greets it (matcher.OURS_HOME). Not home from the front or on leave, nor in a text
        about civilians, nor told as a wish ("when will 95 of ours be home")."""
        text, out = self.text, []
        if "of our" not in self.low:
            return out
        for mt in OURS_HOME.finditer(text):
            si = self.sentence_at(mt.start())
            if si in self.near_civilian or _HOME_NOT_CAPTIVITY.match(text, mt.end()):
                continue
            if classify(text, self.sents[si], mt.start(), mt.end()).status == ASSERTED:
                out.append(self.ev(mt.start(), mt.end(), "fighters home again from captivity"))
        return out

    def returned_named(self) -> list[Evidence]:
        """A fighter back from the enemy's custody, with his side's name between ("a returned Ukrainian marine"; the
        plain "returned pilots", "returned aircrew" are words of the pow group). Not "returned soldiers" (veterans)."""
        text = self.text
        if "eturn" not in text:
            return []
        return [self.ev(mt.start(), mt.end(), "captured fighters named") for mt in _RETURNED_SIDE.finditer(text)
                if self.sentence_at(mt.start()) not in self.near_civilian
                and classify(text, self.sents[self.sentence_at(mt.start())], mt.start(), mt.end()).status == ASSERTED]

    def held_of_theirs(self) -> list[Evidence]:
        """The speaker's side holding a count of the other side's men, told as done: "we had about forty of their
        soldiers in a school gym", "we hold two of their scouts picked up at the ford" (matcher.held_of_theirs). Not
        in a text about civilians, nor told as a wish or denied ("we never took one of theirs")."""
        text, out = self.text, []
        if "of the" not in self.low:
            return out
        for start, end in held_of_theirs(text, self.low):
            si = self.sentence_at(start)
            if si in self.near_civilian:
                continue
            if classify(text, self.sents[si], start, end).status == ASSERTED:
                out.append(self.ev(start, end, "the other side's fighters held by the speaker's side"))
        return out

    def forced_statement(self) -> list[Evidence]:
        """A captive beaten until he agreed to read out a statement, in a text that names fighters or airmen: "he told
        us later they kicked and hit him for two days until he agreed to read it" (of a pilot shot down). Not in a text
        about civilians."""
        text, out, low = self.text, [], self.low
        named = any(self.live(f) for f in self.fighters) or AIRMAN.search(text)
        if not named and not (any(w in low for w in FORCED_MEDIA) and (self.by["iac"] or self.by["war_signal"])):
            return out  # fighters or airmen named, or a picture or broadcast in a war between States
        for mt in FORCED_STATEMENT.finditer(text):
            si = self.sentence_at(mt.start())
            if si in self.civilian or self.story[si] in self.civilian_stories:
                continue
            if not named and not any(self.story[self.sentence(h)] == self.story[si] for h in self.by["iac"] + self.by["war_signal"]):
                continue
            out.append(self.ev(mt.start(), mt.end(), "a captive beaten until he read out his captors' statement"))
        return out

    def battle_captures(self) -> list[Evidence]:
        """People captured in the fighting, whoever they are said to be: "they had been captured during the
        battle for Mosul", "men taken prisoner in the clashes". Not civilians named so ("civilians seized
        during the fighting"), and not a capture denied, supposed or negated."""
        text, out = self.text, []
        for c in self.by["captured"]:
            if not _STRONG_CAPTURE.match(text, c.start):
                continue
            si = self.sentence(c)
            if si in self.civilian:
                continue
            s, e = self.sents[si]
            b = self._battle_near(c, s, e)
            if b is None:
                continue
            # people, not a town: "captured 40 men", "had been captured", "men captured in the fighting"
            people = _PEOPLE_TAKEN.match(text, c.end) or _PEOPLE_BEFORE.search(text, max(s, c.start - 40), c.start) \
                or re.search(r"prisoner|captive", text[c.start:c.end], re.I)
            if people and self.live_verb(c):
                out.append(self.ev(min(c.start, b.start), max(c.end, b.end), "people captured in the fighting"))
        return out

    def summary_killings(self) -> list[Evidence]:
        """Fighters killed "summarily" or executed: "claim to have killed fifty soldiers, summarily
        killing many of them", "militants execute 25 soldiers" -- not a sentence after a trial."""
        text, sents, out = self.text, self.sents, []
        for h in self.by["summary_killing"]:
            si = self.sentence(h)
            if classify(text, sents[si], h.start, h.end).status in (NEGATED, DENIED, HYPOTHETICAL):
                continue  # (a civilian killed too does not matter: the fighters must be among the victims below)
            near = (sents[max(0, si - 1)][0], sents[min(len(sents) - 1, si + 1)][1])  # "He is hanged after his petition"
            if _JUDICIAL.search(text, *near) and not _SUMMARILY.match(text, h.start):
                continue  # a sentence carried out after a trial, or a State executing its own soldier
            for f in self.fighters:
                if self.sentence(f) != si or not self.live(f):
                    continue
                if f.start >= h.end:  # the victims named after: "summarily executed twelve soldiers", not "... by soldiers"
                    victims = f.start - h.end <= 40 and not _NOT_VICTIMS.search(text[h.end:f.start])
                else:  # named before: "soldiers were summarily shot", "killed fifty soldiers, summarily killing many of them"
                    victims = h.start - f.end <= 40 and bool(
                        (_PASSIVE.search(text[f.end:h.start]) and not _ACTIVE_PERFECT.search(text, f.end, h.start))
                        or (_THEM_AFTER.match(text, h.end)
                            and _KILLED_OBJECT.search(text, max(sents[si][0], f.start - 50), f.start)))
                if victims:
                    out.append(self.ev(h.start, h.end, "fighters killed summarily, in the killers' power"))
                    break
        return out

    def everyday_captures(self) -> list[Evidence]:
        """An everyday verb right before the fighters ("they took our boys", "caught two soldiers"),
        or before a pronoun for the fighters of the sentence before ("the fighters who caught them")."""
        text, out = self.text, []
        for c in self.by["capture_weak"]:
            if _everyday_not_capture(text, c) or not self.live_verb(c):
                continue
            si = self.sentence(c)
            for f in self.fighters + (self.nationals if _STRONG_CAPTURE.match(text, c.start) else []):
                between = text[c.end:f.start]
                if f.start < c.end or self.sentence(f) != si or si in self.near_civilian:
                    continue
                if (len(between) > WEAK_DISTANCE or len(between.split()) > 3 or _WEAK_BETWEEN.search(between)) \
                        and not (f.start - c.end <= WEAK_DISTANCE and _HELD_COUNT.fullmatch(text, c.end, f.start)) \
                        and not _NAMED_WITH_OTHERS.fullmatch(between):
                    continue  # but counted out: "caught two of our comrades"; "took Issoufou with four other soldiers"
                if _WEAK_NOT_CAPTURE.match(text[f.end:f.end + 60]) or not self.live(f):
                    continue
                out.append(self.ev(c.start, f.end, "fighters in the captor's hands"))
                break
            else:
                if si > 0 and _PRONOUN_AFTER.match(text, c.end) and not self.civilian & {si - 1, si}:
                    before = self.fighters_before(si)
                    if before:
                        out.append(self.ev(before[-1].start, c.end, "fighters in the captor's hands"))
                        continue
                # the fighters named right before, in a relative clause without "that": "came down with two
                # soldiers they catch on the road", "the boys we took at the bridge"
                rel = next((f for f in self.fighters if self.sentence(f) == si and f.end <= c.start
                            and _CONTACT_TAKER.fullmatch(text, f.end, c.start) and self.live(f)), None)
                if rel is not None and si not in self.civilian:
                    out.append(self.ev(rel.start, c.end, "fighters in the captor's hands"))
                    continue
                # a people's name with the participle straight after it: "the four Russians taken at the
                # crossroads are still in the school basement"
                named = next((n for n in self.nationals if self.sentence(n) == si and 0 < c.start - n.end <= 1
                              and self.live(n)), None)
                if named is not None and si not in self.near_civilian and _PARTICIPLE_NEXT.match(text, c.end):
                    out.append(self.ev(named.start, c.end, "fighters in the captor's hands"))
                    continue
                # the other side named as the one who took them, the fighters told earlier in the sentence: "these
                # are our boys from the Armoured Corps, the Rapid Support took them near Al-Shajara"
                if _PRONOUN_AFTER.match(text, c.end) and si not in self.near_civilian:
                    side = next((h for h in self.by["niac"] + self.by["iac"] if self.sentence(h) == si
                                 and 0 <= c.start - h.end <= 2 and self.live(h)), None)
                    earlier = side and next((f for f in self.fighters if self.sentence(f) == si and f.end <= side.start
                                             and side.start - f.end <= 80 and self.live(f)), None)
                    if earlier:
                        out.append(self.ev(earlier.start, c.end, "fighters in the captor's hands"))
                        continue
                # the person taken, then who she was, set off by a comma: "They caught her after the fighting
                # near Ain Issa, a Kurdish fighter, wounded."
                if _PERSON_AFTER.match(text, c.end) and si not in self.civilian:
                    appos = next((f for f in self.fighters if self.sentence(f) == si and c.end < f.start <= c.end + 80
                                  and _APPOSITION.search(text, max(c.end, f.start - 30), f.start) and self.live(f)), None)
                    if appos is not None:
                        out.append(self.ev(c.start, appos.end, "fighters in the captor's hands"))
        return out

    def custody_agents(self) -> list[Evidence]:
        """Guards, interrogators or captors acting on "him" or "them", with a fighter named in the same
        sentence or one of the two before, in the same story: "Commander Denton was put in front of a
        camera ... his guards had tied him with ropes". Whoever has guards and interrogators is held."""
        text, out = self.text, []
        for h in self.by["custody_agent"]:
            si = self.sentence(h)
            if si in self.near_civilian or not self.live(h) or not _ACTS_ON.match(text, h.end):
                continue
            st = self.story[si]
            for f in self.fighters:
                fi = self.sentence(f)
                if si - 2 <= fi <= si and self.story[fi] == st and fi not in self.near_civilian and f.start < h.start \
                        and self.live(f):
                    out.append(self.ev(h.start, h.end, "fighters in the hands of their guards or interrogators"))
                    break
        return out

    def _battle_near(self, c: Hit, s: int, e: int) -> Optional[Hit]:
        """The first word of the fighting in the sentence s..e, in the same clause as the capture and close to it."""
        for b in self.by["battle"]:
            if s <= b.start < e:
                between = self.text[c.end:b.start] if b.start >= c.end else self.text[b.end:c.start]
                if len(between) <= BATTLE_DISTANCE and not _CLAUSE_BREAK.search(between):
                    return b
        return None

    def _told_as_fact(self, group: str):
        """(hit, sentence) for the words of a group told as fact, in a sentence not about civilians: not
        negated, denied or supposed."""
        for h in self.by[group]:
            si = self.sentence(h)
            if si in self.near_civilian or classify(self.text, self.sents[si], h.start, h.end).status in (
                    NEGATED, DENIED, HYPOTHETICAL):
                continue
            yield h, si

    def control_acts(self) -> list[Evidence]:
        """A captor's hands on "him" or "them" -- searched, handcuffed, sat down, given water -- with a fighter
        named in one of the two sentences before, in the same story: "a Russian soldier ... walks behind the
        drone to a Ukrainian position, where two soldiers search him, hand him water and sit him down"."""
        out = []
        for h, si in self._told_as_fact("control_act"):
            st = self.story[si]
            for f in self.fighters:
                fi = self.sentence(f)
                # (or earlier in its own sentence: "showed Russian servicemen ordering three Ukrainian soldiers out of
                # a dugout, making them lie face down")
                if (si - 2 <= fi < si or (fi == si and f.end <= h.start)) and self.story[fi] == st \
                        and fi not in self.near_civilian and self.live(f) and not self.by_before(f):
                    out.append(self.ev(h.start, h.end, "a fighter in the hands of the men who search or hold him"))
                    break
        return out

    def exchanges(self) -> list[Evidence]:
        """An exchange or swap in the same sentence as a fighter word: "back since the summer
        exchange, the sergeant said"."""
        text, out = self.text, []
        for h in self.by["exchange"]:
            if _NOT_AN_EXCHANGE.match(text, h.end) or not self.live(h):
                continue
            si = self.sentence(h)
            if si in self.near_civilian or _REMAINS_OF.search(text, *self.sents[si]):
                continue
            # (or in the sentence before, of the same story: "... 12 seriously wounded servicemen. The exchange was
            # made possible by the mediation of the UAE.")
            for f in self.fighters:
                fi = self.sentence(f)
                if fi == si and f.start >= h.end and _TRADED_FOR_OWN.search(text, h.end, f.start):
                    continue
                if (fi == si or (fi == si - 1 and self.story[fi] == self.story[si] and fi not in self.near_civilian)) \
                        and self.live(f):
                    span = (min(h.start, f.start), max(h.end, f.end)) if fi == si else (h.start, h.end)
                    out.append(self.ev(*span, "fighters in an exchange of prisoners"))
                    break
            else:
                # the men traded told by their count on each side or as the side's own coming home, in this sentence or
                # the next of its story: "the swap: 95 for 95", "Among the returnees: 11 seriously wounded", "230 of
                # ours home today"; "came home in the swap for the badly wounded"
                for sj in (si, si + 1):
                    if sj >= len(self.sents) or self.story[sj] != self.story[si] or sj in self.near_civilian \
                            or _REMAINS.search(text, *self.sents[sj]) or _REMAINS.search(text, *self.sents[si]):
                        continue  # (not "the bodies came back in the exchange of remains")
                    own = SWAP_OF_OURS.search(text, *self.sents[sj])
                    # (only where the pre-check opens: tests/test_fast_paths.py)
                    if own and classify(text, self.sents[sj], own.start(), own.end()).status == ASSERTED \
                            and self.gate_open:
                        out.append(self.ev(h.start, h.end, "people traded in an exchange of prisoners"))
                        break
        return out

    def wounded_taken(self) -> list[Evidence]:
        """The other side's wounded fighters taken away, carried or handed over: "M23 fighters ... took away eleven wounded
        government soldiers", "the FMLN handed 40 wounded soldiers of the government army to the ICRC", "pulled a wounded
        Islamic State fighter out of the rubble", "we took four wounded Russians out of a trench". The same words are
        said of a side's own wounded, so the side must show: the wounded named as an armed group's men (and no
        armed group acting before), or an armed group the nearest actor before the verb and the wounded not its men,
        or the wounded named by their people ("Russians") or as the enemy's."""
        text, out, low = self.text, [], self.low
        if "wounded" not in low and "injured" not in low:
            return out
        # (an armed group named, or by its kind: "the rebels", "the guerrilla")
        niac_terms = {h.term for h in self.by["niac"] + self.by["niac_weak"]}
        groups = [h for h in self.by["niac"] + self.by["niac_weak"] if self.live(h, negation=False)]
        for f in self.fighters + self.nationals:
            w = _WOUNDED_LEAD.search(text, max(0, f.start - 60), f.start)
            if w is None or not self.live(f):
                continue
            si = self.sentence(f)
            if si in self.near_civilian or w.start() < self.sents[si][0]:
                continue
            # an armed group's men: "a wounded member of the Maute group", "a wounded Islamic State fighter", "M23 fighters"
            def of_group(a: Hit) -> bool:
                return a.term in niac_terms or any(0 <= a.start - g.end <= 2 for g in groups)
            own_group = f not in self.nationals and of_group(f)
            actors = [a for a in self.fighters + groups if self.sentence(a) == si and a.end <= w.start()
                      and w.start() - a.end <= 80]
            nearest = max(actors, key=lambda a: a.end) if actors else None
            # (the group as the agent, not the attacker whose victims others carry: "al-Shabaab stormed the base and
            # medics carried wounded soldiers to the airstrip")
            group_acts = nearest is not None and of_group(nearest) and not _FIGHT_BETWEEN.search(text, nearest.end, w.start())
            if f in self.nationals or _ENEMY_WORD.search(text, w.start(), f.start):
                side = True  # "four wounded Russians", "two wounded enemy soldiers"
            elif own_group:
                side = not any(of_group(a) for a in actors)
            else:
                # or the Red Cross carrying them, with an armed group named in the sentence: "ICRC delegates collected
                # seventeen wounded government soldiers from an area controlled by the FMLN"
                side = group_acts or (bool(_RED_CROSS_ACTS.search(text, max(self.sents[si][0], w.start() - 60), w.start()))
                                      and any(self.sentence(g) == si for g in groups))
            if not side:
                continue
            if classify(text, self.sents[si], w.start(), f.end).status != ASSERTED:
                continue
            out.append(self.ev(w.start(), f.end, "the other side's wounded fighters in the captor's hands"))
        return out

    def downed_airmen(self) -> list[Evidence]:
        """A pilot come down on the other side and taken there, told in two sentences or one: "He came down on their
        side under a parachute and the villagers got to him first. Then the army pulled him out of the crowd". Or
        fired on as he came down after bailing out ("our pilot ejected; Russian troops fired at him as he came down"):
        out of combat in the air, wherever he lands."""
        text, sents, out, low = self.text, self.sents, [], self.low
        if not any(w in low for w in AIRCRAFT_WORDS):
            return out  # (most texts: a substring test first, the expressions below cost more)
        if _NOT_A_WAR_FLIGHT.search(text):
            return out  # an airliner, a crop-duster, a skydiver, a rescue
        for d in DOWNED.finditer(text):
            si = self.sentence_at(d.start())
            # (villagers who reach the pilot first are the captors' crowd, not the captives: no civilian check)
            if classify(text, sents[si], d.start(), d.end()).status != ASSERTED:
                continue
            span = (sents[si][0], sents[min(si + 2, len(sents) - 1)][1])  # this sentence and the two after it
            airman = AIRMAN.search(text, max(0, sents[max(si - 1, 0)][0]), span[1])
            if airman is None or (AIRCRAFT_OWNER.match(airman.group(0))
                                  and not (self.by["iac"] or self.by["niac"] or self.by["war_signal"])):
                continue  # (a crash at an air show, a senator's plane: no party to a war named)
            for t in AIRMAN_TAKEN.finditer(text, d.end(), span[1]):
                ti = self.sentence_at(t.start())
                if self.story[ti] == self.story[si] and classify(text, sents[ti], t.start(), t.end()).status == ASSERTED:
                    out.append(self.ev(min(airman.start(), d.start()), t.end(),
                                       "a downed airman in the other side's hands"))
                    return out
            if not BAILED_OUT.search(text, sents[si][0], sents[si][1]):
                continue
            for t in AIRMAN_FIRED_ON.finditer(text, d.end(), span[1]):
                ti = self.sentence_at(t.start())
                if self.story[ti] == self.story[si] and classify(text, sents[ti], t.start(), t.end()).status == ASSERTED:
                    out.append(self.ev(min(airman.start(), d.start()), t.end(), IN_DESCENT))
                    return out
        return out

    def shown_by_enemy(self) -> list[Evidence]:
        """Fighters put on the other side's television: "coalition airmen shown on Iraqi television", "Iraqi
        television broadcast the faces of seven coalition airmen". Only a captor can do that; the television
        must be another side's than the fighters' ("Ukrainian soldiers interviewed on Ukrainian TV" are not)."""
        text, out = self.text, []
        for h, si in self._told_as_fact("shown_by_enemy"):
            if _MEDIA_NOUN.match(text, h.start, h.end):
                continue  # a video or a channel: read with its side in shown_in_enemy_media
            s, e = self.sents[si]
            tv = _ENEMY_TV.search(text, h.start, e) or _ENEMY_TV.search(text, s, h.start)
            if tv is None or (text[h.start:h.end].lower() == "put on" and not _ENEMY_TV.match(text, h.end + 1)):
                continue  # "put on" only as "put on Iraqi television", not "put on Russian uniforms"
            for f in self.fighters:
                if self.sentence(f) != si or not self.live(f):
                    continue
                shown = (f.end <= h.start and h.start - f.end <= 20 and _SHOWN_VERB.match(text, h.start)) or (
                    h.end <= f.start and f.start - h.end <= 40 and not _SHOWN_VERB.match(text, h.start))
                if not shown:
                    continue
                side = _SIDE_IN.search(text, f.start, f.end) or _SIDE_BEFORE.search(text, max(s, f.start - 25), f.start)
                if side and side.group(1)[:5].lower() == tv.group(1)[:5].lower():
                    continue  # their own side's television
                out.append(self.ev(min(f.start, h.start), max(f.end, h.end), "fighters shown on the other side's television"))
                break
        return out + self.shown_held_in_video()

    def shown_held_in_video(self) -> list[Evidence]:
        """Fighters a video shows held, whoever posted it: "a video released by the group shows two soldiers
        kneeling, hands tied behind them", "the clip of six gendarmes reading out demands". The picture names the
        men (a fighter word after it in its sentence) and shows them bound, kneeling, made to speak or questioned,
        after the fighter word in that sentence; not their bodies."""
        text, out = self.text, []
        for h, si in self._told_as_fact("shown_by_enemy"):
            if not _MEDIA_NOUN.match(text, h.start, h.end):
                continue
            s, e = self.sents[si]
            pic = _PICTURE_SHOWS.match(text, h.start)
            # (or the picture ends its sentence and the men begin the next: "they put out a new video. the six
            # gendarmes from the post, kneeling")
            nxt = si + 1 if si + 1 < len(self.sents) and self.story[si + 1] == self.story[si] else si
            if pic is not None:
                after, first = pic.end(), si
            elif e - h.end <= 2 and nxt != si:
                after, first = self.sents[nxt][0], nxt
            else:
                continue
            end = self.sents[nxt][1]
            if _SHOWN_DEAD.search(text, s, end):
                continue  # "a video of their bodies", "drone footage"
            if any(si <= self.sentence(c) <= nxt for c in self.civilian_hits):
                continue  # "a proof-of-life video of the kidnapped businessman"
            for f in self.fighters:
                if self.sentence(f) != first or not (after <= f.start <= after + 60) or not self.live(f) \
                        or _PICTURE_SOURCE.search(text, max(0, f.start - 12), f.start):
                    continue  # (not the men who made it: "a video from the guerrilla front")
                held = _HELD_IN_PICTURE.search(text, f.end, min(end, f.end + 200))
                if held:
                    out.append(self.ev(h.start, held.end(), "fighters a video shows held"))
                    return out
        return out

    def shown_in_enemy_media(self) -> list[Evidence]:
        """Fighters of one side shown alive in a video, channel or broadcast of the other: "seen alive on a Russian
        video", "Armenian soldiers in a video posted by Azerbaijani servicemen", "my son, questioned on a Ukrainian
        Telegram channel". The men's side, when named beside them, must differ from the picture's (a side's own
        soldiers in its own clip are not held). Otherwise (a fighter, a people's name, or a son, a husband, "him")
        the sentence or the next must show them held (questioned, bound, made to speak), and the text must name a
        State other than the picture's."""
        text, out, states, low = self.text, [], self.m.states, self.low
        if not any(w in low for w in ("video", "channel", "footage", "clip", " tv", "television")):
            return out  # (most texts: a substring test first)
        named = [h for h in self.by["iac"] if h.term in states]
        for n in named:
            if not _ADJ_OF_PEOPLE.search(text, n.start, n.end) and not _national_noun(text, n):
                continue
            media = _MEDIA_AFTER.match(text, n.end) or (_national_noun(text, n) and _PUT_IN_PICTURE.match(text, n.end))
            if media:
                mspan = (n.start, media.end())
            else:
                by = _MEDIA_BY.search(text, max(0, n.start - 40), n.start)
                whom = _MEDIA_BY_WHOM.match(text, n.end)
                if not (by and whom):
                    continue
                mspan = (by.start(), whom.end())
            si = self.sentence(n)
            if si in self.near_civilian or _MEDIA_AS_SOURCE.match(text, mspan[1]) \
                    or _ACCORDING_TO.search(text, max(0, mspan[0] - 16), mspan[0]):
                continue  # "..., Ukrainian television said": the news source, not a picture of the men
            s, e = self.sents[si]
            if classify(text, self.sents[si], n.start, mspan[1]).status in (NEGATED, DENIED, HYPOTHETICAL):
                continue
            nxt = si + 1 if si + 1 < len(self.sents) and self.story[si + 1] == self.story[si] \
                and si + 1 not in self.near_civilian else si  # "... on Iraqi TV. You've got these aviators, ..."
            end = self.sents[nxt][1]
            if _SHOWN_DEAD.search(text, s, end):
                continue  # "a video of their bodies", "the drone footage"
            side = states[n.term]
            held = _SHOWN_HELD.search(text, s, end)
            other_state = any(states[o.term] != side and self.side_named(o) for o in named)
            people = [f for f in self.fighters + self.nationals
                      if si <= self.sentence(f) <= nxt and not (mspan[0] <= f.start < mspan[1]) and self.live(f)]
            for f in people:
                own = [o for o in named if o.start < f.end and o.end > max(s, f.start - 25) and not (mspan[0] <= o.start < mspan[1])]
                if own and states[own[-1].term] == side:
                    continue  # a side's own soldiers in its own picture
                if held and (own or other_state):
                    out.append(self.ev(min(f.start, mspan[0]), max(f.end, mspan[1]),
                                       "fighters shown in the other side's video or broadcast"))
                    return out
            if held and not people and (self.fighters or self.by["pow"] or self.by["captured"]):
                kin = _SHOWN_PERSON.search(text, max(s, mspan[0] - 60), min(end, mspan[1] + 60))
                # the other side is named, or is the narrator's: "two of our lads on Iraqi TV"
                if kin and (other_state or kin.group(0)[:2].lower() in ("of", "ou", "my")):
                    out.append(self.ev(min(kin.start(), mspan[0]), max(kin.end(), mspan[1]),
                                       "a fighter shown held in the other side's video or broadcast"))
                    return out
        return out

    def tried_by_enemy(self) -> list[Evidence]:
        """Fighters before the other side's court: "a Kyiv court sentenced a Russian tank soldier", "the
        trial of a Ukrainian serviceman by a 'court' in occupied Luhansk". Only a captor can try an enemy
        soldier; a court of the fighters' own State ("a Russian court jailed a Russian soldier for desertion")
        or of no State named tries its own people."""
        if not self.by["trial"]:
            return []
        text, out, states = self.text, [], self.m.states
        named = [h for h in self.by["iac"] if h.term in states]
        # a civilian sentence, unless a verdict alone made it one ("convicting them of ...": the court's word)
        civilian = {self.sentence(c) + d for c in self.civilian_hits if not _CONVICT.match(text, c.start) for d in (-1, 0, 1)}
        for h in self.by["trial"]:
            si = self.sentence(h)
            if si in civilian:
                continue
            s, e = self.sents[si]
            irregular = _QUOTED_COURT.search(text, max(s, h.start - 2), min(e, h.end + 2)) or any(
                s <= n.start < e and h.start - 30 <= n.start <= h.end + 30 for n in self.by["court_irregular"])
            for f in self.fighters:
                fi = self.sentence(f)
                if fi != si or abs(f.start - h.start) > 90:
                    # a so-called court's defendant told a fighter further on in its sentence, or up to three
                    # sentences before or after, in the same story ("A court of the self-proclaimed republic sentenced
                    # three Britons ... although all three were serving with Ukrainian marine units"; "he'd been in the
                    # Ukrainian marines four years. Some so-called court in Donetsk gave him the death penalty"): only
                    # the other side holds a soldier before such a court
                    if not (irregular and abs(fi - si) <= 3 and self.story[fi] == self.story[si] and fi not in civilian):
                        continue
                # the State word nearest before them is theirs ("Russian tank soldier"); one further back is the
                # court's ("the military court in Rostov sentenced 12 Ukrainian soldiers")
                own = [n for n in named if n.start < f.end and n.end > max(s, f.start - 25)][-1:]
                # a "court" of a self-proclaimed republic or a so-called one tries the other side's fighters whoever
                # they are ("'Supreme Court of DPR': three Azov fighters got 25 years"); a State's court, fighters of
                # another State named
                if not irregular:
                    if not own:
                        continue
                    side = states[own[-1].term]
                    courts = [n for n in named if n not in own and s <= n.start < e
                              and (h.start - 30 <= n.start < h.start or h.end <= n.start <= h.end + 20)]
                    if not any(states[n.term] != side for n in courts):
                        continue
                if not self.live(f):
                    continue
                if classify(text, self.sents[si], h.start, h.end).status in (NEGATED, DENIED, HYPOTHETICAL):
                    break  # "will be tried", "was never tried"
                out.append(self.ev(min(f.start, h.start), max(f.end, h.end), "fighters tried by the other side's court"))
                break
        return out

    def forced_degradations(self) -> list[Evidence]:
        """Someone made to kiss the captor's flag, sing its anthem or crawl, in a text about fighters or a
        war: only a person held can be made to do that ("the soldiers standing over him make him kiss
        their flag")."""
        by = self.by
        if not by["forced_degradation"] or not (self.fighters or by["iac"] or by["niac"] or by["niac_weak"]):
            return []
        out = []
        for h, _ in self._told_as_fact("forced_degradation"):  # not "police made the protesters kneel"
            out.append(self.ev(h.start, h.end, "a person made to degrade himself, in a text about a war"))
        return out

    def captive_words(self) -> list[Evidence]:
        """Weak words ("captives", "prisoners") in a text about fighters or a war."""
        by = self.by
        if not by["captive"]:
            return []
        if not (self.fighters or by["iac"] or by["niac"] or by["hostilities_over"] or self.war()
                or any(self.live_verb(c) for c in by["captured"])
                # the fenced compounds that hold them say they are the enemy's men: "Guards ordered to move the
                # prisoners between compounds"
                or self._held_in_compounds()):
            return []
        out = []
        civilian_stories = set() if self._inmates_of_a_camp() else self.civilian_stories
        for h in by["captive"]:
            if _ENDS_WEAK.search(self.m.terms[h.term]) and _WEAK_NOT_CAPTURE.match(self.text[h.end:h.end + 60]):
                continue  # "we were caught in the crossfire", "they were held up"
            if self.m.terms[h.term].endswith(" captured") and _CAPTURED_THING.match(self.text, h.end):
                continue  # "the captured russian tanks": things taken, not captives
            if any(a <= h.start and h.end <= b for a, b in self.not_taken):
                continue  # the "prisoner" of "instead of taking them prisoner"
            si = self.sentence(h)
            # civilians mentioned in the story: only a captive word beside a fighter word counts, or one that names
            # the side the captives belong to ("the Ethiopian prisoners", "the Russian prisoners")
            if self.live(h) and (self.story[si] not in civilian_stories
                                 or (si in self.fighter_sents and si not in self.near_civilian)
                                 or self._of_a_state(h)):
                out.append(self.ev(h.start, h.end, _CAPTIVE_WORDS))
        return out

    def surrender_told(self) -> list[Evidence]:
        """A surrender named as a thing that happened, "after the surrender", "the garrison's surrender to the MNDAA",
        "the surrender has held", in a story that names fighters, or in a witness's account of a war: those who
        surrendered are then in the other side's hands. Not a surrender demanded, refused or only supposed ("called
        for the surrender of the town"), one of arms, papers or a suspect, nor in a story about civilians or inmates."""
        # (only where the pre-check opens the gate: assess skips the rest, matcher.might_concern_captives)
        if "surrender" not in self.low or not self.gate_open:
            return []
        text, out = self.text, []
        for mt in _SURRENDER_NOUN.finditer(text):
            si = self.sentence_at(mt.start())
            if self.story[si] in self.civilian_stories or _SURRENDER_DEMANDED.search(text, max(0, mt.start() - 40),
                                                                                       mt.start()):
                continue
            if _SURRENDER_OF_THING.match(text, mt.end()):
                continue
            fighters = any(self.story[self.sentence(f)] == self.story[si] and self.live(f) for f in self.fighters)
            witness = bool(_FIRST_PERSON.search(text)) and (self.war() or bool(self.by["iac"]) or bool(self.by["niac"]))
            if not (fighters or witness):
                continue
            if classify(text, self.sents[si], mt.start(), mt.end()).status != ASSERTED:
                continue
            out.append(self.ev(mt.start(), mt.end(), "fighters who had surrendered"))
            break
        return out

    def _inmates_of_a_camp(self) -> bool:
        """Are the only people the text names as no fighters the inmates of a camp or its compounds, told in the
        sentence of the camp or the next: "troops ... opened fire into a compound when inmates resisted", "Reporters
        were allowed into the camp near Lviv ... Inmates work in a furniture workshop"? In a text with captives
        ("prisoners") and a war, they are those captives, not a prison's convicts."""
        hits = self.civilian_hits
        if not hits or not all(_INMATES.fullmatch(self.text, h.start, h.end) for h in hits):
            return False
        for h in hits:
            si = self.sentence(h)
            for mt in _CAMP_OF_INMATES.finditer(self.text, self.sents[max(0, si - 1)][0], self.sents[si][1]):
                # (not a side's own camp nor a camp of civilians: "inmates who signed up were flown to training camps")
                if not _OWN_CAMP.search(self.text, max(0, mt.start() - 40), mt.start()) \
                        and not _CIVILIAN_CAMP.search(self.text, max(0, mt.start() - 30), mt.start()):
                    return True
        return False

    def _held_in_compounds(self) -> bool:
        """Does the text name the compounds of a camp that holds people, in a story with nobody named a civilian?
        (A camp alone is not enough: camps hold civilian internees, refugees and the fighters themselves.)"""
        for mt in _COMPOUNDS.finditer(self.text):
            if self.story[self.sentence_at(mt.start())] not in self.civilian_stories:
                return True
        return False

    def _of_a_state(self, h: Hit) -> bool:
        """Is a captive noun preceded by a State's people's name ("Ethiopian prisoners", "the Russian POWs"), with
        no civilian word right beside it ("the inmates rioted; Russian prisoners", "..., most of them civilians")?"""
        if not _CAPTIVE_NOUN.match(self.m.terms[h.term]):
            return False
        if any(h.start - 30 <= c.end and c.start <= h.end + 60 for c in self.civilian_hits):
            return False
        return any(s.end <= h.start and not self.text[s.end:h.start].strip() and s.term in self.m.states
                   and DEMONYM.search(self.text, s.start, s.end) for s in self.by["iac"])

    def custody_setting(self) -> list[Evidence]:
        """A custody setting described in its own words: two different cues (a camp and its guards,
        an exchange and captivity) in a text about fighters or a war, or a first-person account."""
        text, by = self.text, self.by
        # (a place known for its prisoners of war, "In Hoa Lo they bent my arms behind me", is one whoever else the
        # witness names: "... read it aloud to visiting peace activists")
        named = self.m.group("pow_place")
        # (but not when the sentence that names the place says who was held there: "held for a month at Olenivka with
        # other civilians")
        named_held = [h for h in by["custody_cue"] if h.term in named and self.sentence(h) not in self.civilian]
        cues = [h for h in by["custody_cue"] if self.live(h) and (self.story[self.sentence(h)] not in self.civilian_stories or (
            self.sentence(h) in self.fighter_sents and self.sentence(h) not in self.near_civilian) or h in named_held)
            and not _REMAINS_OF.search(text, *self.sents[self.sentence(h)])
            and not _NOT_AN_EXCHANGE.match(text, h.end)  # "exchanged fire"
            and not (_CAMP_NAME.fullmatch(text, h.start, h.end) and _OWN_CAMP.search(text, max(0, h.start - 40), h.start))
            # (a ration handed out as aid to the displaced: "in the camp for people who fled the fighting, monthly
            # rations have been cut", not a captor's)
            and not (_RATION.fullmatch(text, h.start, h.end) and _AID_RATION.search(text, *self.sents[self.sentence(h)]))]
        # a restraint or a handing back counts as one more cue: "the blindfolded bloody-face clip ... handed back
        # at Wagah two days later", told of a pilot
        held_fighters = [f for f in self.fighters if self.live(f)
                         and not self.by_before(f)]  # not the captors
        cues += [h for kind in ("restrained", "released") if held_fighters for h in by[kind]
                 if self.m.terms[h.term] not in BARE_RELEASE and self.live(h)
                 and self.sentence(h) not in self.near_civilian and self.story[self.sentence(h)] not in self.civilian_stories
                 and not _REMAINS_OF.search(text, *self.sents[self.sentence(h)]) and not _NOT_AN_EXCHANGE.match(text, h.end)]
        # the camp's cage, wire or sentry, beside another cue: "the Russians in the lower cage ... carried to the pit",
        # "behind the wire ... a guard fired into the cage" (not a court's glass cage)
        enclosure = [h for h in by["camp_enclosure"] if self.live(h) and self.sentence(h) not in self.near_civilian
                     and self.story[self.sentence(h)] not in self.civilian_stories
                     and not _NOT_A_CAPTIVES_CAGE.search(text, *self.sents[self.sentence(h)])] \
            if by["camp_enclosure"] and self.gate_open else []  # (the pre-check's answer first: tests/test_fast_paths.py)
        setting = cues + enclosure
        distinct = {text[h.start:h.end].lower() for h in setting}  # two terms on one word ("exchange", "exchanged") are one cue
        if len(distinct) >= 2 and (self.fighters or by["iac"] or by["niac"] or by["niac_weak"] or self.war()
                                   or _FIRST_PERSON.search(text)):
            return [self.ev(h.start, h.end, "a custody setting described") for h in setting[:3]]
        # one cue of being held, in a witness's own account of a war with nobody in it named a civilian: "in
        # Taganrog they'd take you out at night for a 'chat' ... then back to the cell" (a cage, a hut or a sentry
        # counts only beside another cue, above)
        strong = [h for h in cues if not _SHELTER_CUE.search(text, h.start, h.end)]
        # (a war named by its places or armies counts, as for a State: "the camp on the Yalu")
        if strong and (not self.civilian or any(h in named_held for h in strong)) \
                and (self.fighters or by["iac"] or by["niac"] or by["niac_weak"] or by["api_non_party"] or self.war()
                     or self._war_date_letter()) \
                and (self.testimony() or self._told_beside(strong[0])):
            return [self.ev(strong[0].start, strong[0].end, "a custody setting in a witness's own account")]
        return []

    def _war_date_letter(self) -> bool:
        """Is the text a letter or diary told in the first person and dated in a war's years, with no sign that its camp
        holds civilians, refugees, children on holiday or the writer's own recruits? "Hearne, 14 Nov 44. Letter from
        Mutti ... In the camp shop you can buy beer ... we lost", "Camp in Kansas, 12 Oct 1944. Dear Mother ... We pick
        corn for a farmer": a prisoner of war writing home, who has no need to name the war he was taken in. (The
        pre-check opens on one custody cue in a first-person text: gate_open.)"""
        text = self.text
        return (self.gate_open and _WAR_DATE.search(text) is not None and _LETTER_FORM.search(text) is not None
                and _NOT_A_POW_LETTER.search(text) is None)

    def _told_beside(self, h: Hit) -> bool:
        """Is a custody cue other than a camp told in a sentence in the first person, in a text that names a State, an
        armed group or a war? A witness's own line in an account told mostly of others: "in russian colony we were 40
        men in one room", "the colony in Mordovia ... our son", "They're getting the same compo rations as us". (A camp
        may be a refugee's, a summer camp or the fighters' own: it still needs half the text told in the first person.)"""
        if _CAMP_NAME.search(self.text, h.start, h.end):
            return False
        s, e = self.sents[self.sentence(h)]
        return _FIRST_PERSON.search(self.text, s, e) is not None and bool(self.by["iac"] or self.by["niac"] or self.war())

    def testimony(self) -> bool:
        """Is the text told by a witness in the first person (or "you"), in at least half its sentences?"""
        told = sum(1 for s, e in self.sents.spans if _TOLD.search(self.text, s, e))
        return told * 2 >= len(self.sents)


# A first-person account by a fighter: the narrator says he served ("I was soldier with the government
# forces", "our unit was cut off") and that he was taken ("they took me in 2019", "we were captured")
_OWN_SERVICE = re.compile(
    r"\b(?:i|we)\s+(?:was|were|am|are|served|serve)\s+(?:\w+\s+){0,3}?(?:(?:a\s+)?(?:soldiers?|marines?|servicem[ae]n|"
    r"fighters?|conscripts?|paratroopers?|sergeant|corporal|private|officers?|pilots?|gunners?|medics?|sappers?)\b|"
    r"in the (?:\w+\s+){0,2}(?:army|brigade|battalion|regiment|marines|navy|air force))"
    r"|\b(?:my|our) (?:unit|platoon|squad|company|battalion|brigade|regiment|crew|commander|trench|dugout|position|"
    r"positions|navigator|pilot|plane|aircraft|jet)\b|\b(?:i|we) (?:was|were|got) shot down\b"
    # a position lost in the fighting: "so we get overrun right and me and my buddy end up with these guys"
    r"|\b(?:i|we) (?:get|got|were|was) overrun\b"
    # out of the fighting positions: "when we came out from the trenches at the settlement"
    r"|\b(?:i|we) (?:came|climbed|crawled|walked) out (?:from|of) (?:the|our|my) (?:trench|trenches|dugouts?|bunkers?|foxholes?)\b"
    # the tag of a translated testimony: "(former conscript, translated from Spanish)"
    # or the heading that names the teller: "Testimony of a former Argentine conscript at a veterans' gathering"
    r"|(?:^|\(|\b(?:of|by|from)\s+)\s*(?:a |an )?(?:former|ex-?)\s+(?:[\w'-]+\s+){0,3}?(?:conscript|soldier|serviceman|"
    r"fighter|prisoner of war|pow|paratrooper|marine|gi|lieutenant|sergeant|corporal|private|officer|pilot|airman|"
    r"gunner)\b", re.I)
_ARRESTED = re.compile(r"\b(?:(?:the )?police(?:men)?\s+(?:\w+\s+){0,2}?(?:tied|took|arrested|detained|held|kept|handcuffed|"
                       r"chained|seized|grabbed|picked)|protest\w*|demonstration\w*|arrest(?:ed)?)\b", re.I)
_OWN_CAPTURE = re.compile(
    r"\b(?:(?:they|he|russians|ukrainians|the enemy|the rebels|the militants|the houthis|"
    # a side named: "Ansar Allah take me near Nihm"
    r"(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,2})\s+(?:took|captured|caught|"
    r"grabbed|seized|picked up|take|capture|catch|grab|seize|pick up)\s+(?:me|us)|"
    r"(?:i|we)\s+(?:was|were|got|had been|have been)\s+(?:taken|captured|caught|taken prisoner)|(?:i|we) got took|"
    r"took (?:me|us) prisoner|in (?:their|enemy) hands|(?:they|the \w+|russians|ukrainians|iraqis|iranians) had (?:us|me)|"
    r"(?:i|we) surrender(?:ed)?|had (?:me|us) (?:for )?(?:\w+ )?(?:days|weeks|months|years)"
    # a surrender told of the narrator's unit, and the arms it handed over: "when our battalion gave up at Laukkai
    # the MNDAA side took our rifles"
    r"|(?:i|we) gave (?:ourselves )?up|(?:our|my) (?:unit|platoon|squad|company|battalion|brigade|regiment|garrison|post)"
    r" (?:gave up|surrendered)|(?:took|take|takes|collected|took away) (?:our|my) (?:rifles?|weapons?|guns?|arms)"
    # bound by the captors: "they put the chain on my neck", "chained us to the trees", "tied my hands"
    r"|(?:put|kept)\s+(?:the\s+|a\s+)?(?:chains?|handcuffs|cuffs|shackles)\s+on\s+(?:my|our)|"
    r"(?:chained|shackled|handcuffed|blindfolded)\s+(?:me|us)|tied\s+(?:me|us)\s+(?:up|to)|tied\s+(?:my|our)\s+hands"
    # searched and disarmed as they came out: "the English paratroopers search us and then give us tea"
    r"|(?:search|searched|searches|disarm|disarmed|disarms)\s+(?:me|us))\b",
    re.I)


def _own_account(r: "_Reading") -> list[Evidence]:
    """A fighter's own account of being taken: both the service and the capture said in the first person."""
    text = r.text
    served = next((mt for mt in _OWN_SERVICE.finditer(text) if r.sentence_at(mt.start()) not in r.near_civilian), None)
    if served is None:
        return []
    for mt in _OWN_CAPTURE.finditer(text):
        si = r.sentence_at(mt.start())
        if si in r.civilian:  # (the narrator is the one taken, whoever the sentence next to it names: "After they
            continue  # took me, ... Later I was moved to a room with civilians")
        cue = classify(text, r.sents[si], mt.start(), mt.end())
        if cue.status in (NEGATED, HYPOTHETICAL, DENIED):
            continue  # "if they catch us", "they never caught me"
        if _ARRESTED.search(text, *r.sents[si]):
            continue  # "the police tied my hands at the protest": an arrest, whatever he once served in
        return [r.ev(served.start(), served.end(), "a fighter's own account"),
                r.ev(mt.start(), mt.end(), "a fighter's own account of capture")]
    return []


# A captive's own account that never names a captive, because the teller is one: the narrator's own boots, watch or
# rings taken by the captor ("they took our boots and watches", "they had our boots and watches off us"). Read only
# in a text told in the first person with nobody in it named a civilian (_captive_account). (Guards acting on "us"
# and a roll call or the wire were tried too: fixed too few development sets or added as many errors as they fixed.)
# a jail, a sheriff or inmates: a prison that holds no fighters
_JAIL_WORDS = re.compile(r"\b(?:jail|jails|sheriffs?|inmates?|convicts?|wardens?|penitentiary|police)\b", re.I)
_OUR_THINGS_TAKEN = re.compile(r"\b(?:took|take|takes|taken|had)\s+(?:away\s+)?(?:our|my)\s+(?:boots|watch|watches|"
                               r"(?:wedding\s+)?rings?)\b", re.I)


def _captive_account(r: "_Reading") -> list[Evidence]:
    """A prisoner's own account with no captive word (see _OUR_THINGS_TAKEN): the narrator's things taken, in a
    sentence told in the first person, in a text told by a witness, with no civilian named in it."""
    text = r.text
    # (only where the pre-check opens the gate, as assess reads it: matcher.might_concern_captives)
    if r.civilian or _JAIL_WORDS.search(text) or not r.testimony() or not r.gate_open:
        return []
    for mt in _OUR_THINGS_TAKEN.finditer(text):
        si = r.sentence_at(mt.start())
        s, e = r.sents[si]
        if not _FIRST_PERSON.search(text, s, e):
            continue
        if classify(text, r.sents[si], mt.start(), mt.end()).status in (NEGATED, HYPOTHETICAL, DENIED):
            continue
        return [r.ev(mt.start(), mt.end(), "the narrator's own things taken by the captor")]
    return []


# A soldier's own account of what the other side did with "us" after a surrender told in the text: "After the
# surrender we were handed to the Italians at Benghazi", "they put us on the big white ship ... a few days after the
# surrender". The surrender word is what makes "they" the captor (not "they kept us at the front", nor a siege's "they
# put us on buses", where civilians are named).
_US_MOVED = re.compile(r"\b(?:(?:handed|hands?|put|puts|kept|keeps?|moved|moves?|marched|shipped|herded|loaded)\s+us\b|"
                       r"we\s+were\s+(?:handed|put|kept|moved|marched|shipped|herded|loaded)\b)", re.I)
# (not a town's surrender after a siege, told by its people: "after the surrender of the city they put us on buses")
_OUR_SURRENDER = re.compile(r"\b(?:surrender|surrendered|capitulation|capitulated)\b"
                            r"(?!\s+of\s+(?:the\s+)?(?:city|town|village|capital|port)\b)", re.I)


# a soldier's kit or arms, which make the teller one of the fighters the side took (_side_on_us)
_SOLDIERS_KIT = re.compile(r"\b(?:rifles?|weapons|insignia|patch(?:es)?|badges?|uniforms?|brigade|battalion|regiment|"
                           r"artillery|shells|ammunition|mortars?|surrender\w*)\b", re.I)


# held by his own side, not the enemy: "Why were you arrested? ... No, our own side"
_OWN_SIDE_HELD = re.compile(r"\b(?:arrest\w*|(?:our|my|his|their)\s+own\s+(?:side|army|forces|people|government))\b", re.I)
_COLLECTIVE_PEOPLE = re.compile(r"\b[A-Z][a-z]+(?:ese|ish|ch|ans|is|ks)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _side_on_us(r: "_Reading") -> list[Evidence]:
    """A people or an armed group, named in the plural, doing a captor's act to the teller (see matcher.SIDE_ON_US:
    "the English put us in a big sheep shed", "When the Russians had us in Donetsk"), in a first-person account that
    names fighters, the teller's service or a soldier's kit, with nobody in it named a civilian nor a jail."""
    text = r.text
    if r.civilian or not r.gate_open or _JAIL_WORDS.search(text) or _OWN_SIDE_HELD.search(text):
        return []
    if not (r.fighters or _OWN_SERVICE.search(text) or _SOLDIERS_KIT.search(text)):
        return []
    sides = [(h.start, h.end) for h in r.nationals] + [(h.start, h.end) for h in r.by["niac"]]
    # (a people's collective name after "the": "the English", "the Chinese", "the Americans", "the Iraqis")
    sides += [(mt.start(), mt.end()) for mt in _COLLECTIVE_PEOPLE.finditer(text)
              if _THE_BEFORE.search(text, max(0, mt.start() - 4), mt.start())]

    def by_a_side(mt: re.Match, si: int) -> bool:
        s0, e0 = mt.span("side")
        if text[s0:e0].lower() == "they":
            # "they" for a side named in that sentence or the one before or after: "After Goose Green they put us in
            # a sheep shed. - The English did?"
            lo, hi = r.sents[max(0, si - 1)][0], r.sents[min(len(r.sents) - 1, si + 1)][1]
            return any(lo <= s and e <= hi for s, e in sides)
        return any(s <= s0 and e0 <= e for s, e in sides)

    # (no civilian is named, so no sentence is near one: _first_told reads the act as told, not negated or supposed)
    return _first_told(r, SIDE_ON_US, by_a_side, "the other side's hands on the teller and his men")


def _us_counted(r: "_Reading") -> list[Evidence]:
    """A count of the teller's own men shut in, herded or picked out (see matcher.COUNT_OF_US), in a first-person account
    that names a State, an armed group or a war, with nobody in it named a civilian nor a jail."""
    text = r.text
    if " of us" not in r.low or r.civilian or not r.gate_open or _JAIL_WORDS.search(text) or not r.testimony():
        return []
    if not (r.fighters or r.by["iac"]):
        return []
    # (no civilian is named, so no sentence is near one: _first_told reads the count as told, not negated or supposed)
    return _first_told(r, COUNT_OF_US, lambda mt, si: True, "the teller's men counted as held by their captors")


def _us_after_surrender(r: "_Reading") -> list[Evidence]:
    """The captor's hands on "us" in a first-person account with a surrender in it (see _US_MOVED)."""
    text = r.text
    if r.civilian or not r.gate_open or _JAIL_WORDS.search(text) or not r.testimony():
        return []
    if not any(classify(text, r.sents[r.sentence_at(sm.start())], sm.start(), sm.end()).status == ASSERTED
               for sm in _OUR_SURRENDER.finditer(text)):
        return []  # (not "our company never surrendered")
    for mt in _US_MOVED.finditer(text):
        si = r.sentence_at(mt.start())
        if classify(text, r.sents[si], mt.start(), mt.end()).status in (NEGATED, HYPOTHETICAL, DENIED):
            continue
        return [r.ev(mt.start(), mt.end(), "the captor's hands on the narrator's unit after its surrender")]
    return []


# A relative tells of a soldier or policeman held by the other side without a captive word: "My son went to the
# jungle a policeman and has been chained to a tree", "I found my son ... in a pit, with two other conscripts from his
# tank crew", "my husband, a sergeant, is in their hands". Three signs, the kin word's sentence and the next two: the
# kin word (_KIN_WORD), his service (_KIN_SERVICE, in that sentence or the next) and a holding act of the other side
# (_KIN_HELD). Not a son jailed for a crime, a deserter held by his own army, nor one killed (_KIN_NOT_HELD).
_KIN_WORD = re.compile(r"\b(?:my|our|her)\s+(?:(?:eldest|youngest|younger|older|elder|only|little|own)\s+)?"
                       r"(?:sons?|husband|brothers?|father|nephew|cousin|grandson|boys)\b", re.I)
_KIN_SERVICE = re.compile(r"\b(?:soldiers?|servicem[ae]n|conscripts?|policem[ae]n|police\s+(?:officer|corporal|sergeant|agent)s?|"
                          r"sergeant|corporal|lieutenant|border\s+guard|tank\s+(?:gunner|crew|driver)|paratrooper|"
                          r"military\s+service|(?:serves?|served|serving)\s+in\s+the\s+(?:army|police|navy|forces))\b", re.I)
_KIN_HELD = re.compile(r"\b(?:chained|(?:a|the)\s+chain\s+(?:from|around|round|on)\s+his\s+neck|in\s+a\s+pit|"
                       r"(?:keep|keeps|kept|holding|hold|holds)\s+(?:him|them|(?:my|our|her)\s+(?:sons?|husband|brothers?|father|"
                       r"nephew|cousin|grandson|boys|men))|in\s+their\s+hands|"
                       r"(?:have|get|give)\s+(?:him|my\s+\w+|our\s+\w+)\s+back|"
                       r"(?:free|release|let)\s+(?:him|them)\s+(?:go\s+)?(?:only\s+)?(?:when|if|once|after)|"
                       r"(?:is|are|was|were|has\s+been|have\s+been)\s+held)\b", re.I)
_KIN_NOT_HELD = re.compile(r"\b(?:deserte\w*|desertion|sentenced|convicted|theft|stole|stealing|robbery|killed|died|"
                           r"dead|body|buried|jail|jailed|arrested|in\s+prison\b(?!\s+camp))", re.I)


def _kin_held(r: "_Reading") -> list[Evidence]:
    """A relative's soldier or policeman held by the other side, told without a captive word (see _KIN_WORD)."""
    text = r.text
    if not _KIN_WORD.search(text) or not r.gate_open:
        return []
    n = len(r.sents)
    for kin in _KIN_WORD.finditer(text):
        si = r.sentence_at(kin.start())
        if si in r.near_civilian:
            continue
        if not any(_KIN_SERVICE.search(text, *r.sents[j]) for j in range(si, min(n, si + 2))):
            continue
        window = range(si, min(n, si + 3))
        if any(_KIN_NOT_HELD.search(text, *r.sents[j]) for j in window):
            continue
        for j in window:
            s, e = r.sents[j]
            if j in r.near_civilian:
                continue
            for mt in _KIN_HELD.finditer(text, s, e):
                if classify(text, r.sents[j], mt.start(), mt.end()).status in (NEGATED, HYPOTHETICAL, DENIED):
                    continue
                return [r.ev(kin.start(), kin.end(), "a relative who serves, held by the other side"),
                        r.ev(mt.start(), mt.end(), "a relative who serves, held by the other side")]
    return []


# a surrender named as a thing done: "after the surrender", "the garrison's surrender", "following the surrender of
# the regional command" (_Reading.surrender_told)
_SURRENDER_NOUN = re.compile(r"\b(?:the|its|their|our|his|(?:[A-Z][\w'-]+|garrison|army|regiment|command)(?:'s|\u2019s))\s+"
                             r"(?:(?:formal|mass|final|unconditional)\s+)?surrender\b(?!\s+(?:to\s+)?(?:temptation|pressure|"
                             r"demands?|terms|ultimatum|talks|document|ceremony))")
# a surrender asked for, refused or negotiated, not (yet) made
_SURRENDER_DEMANDED = re.compile(r"\b(?:demand\w*|call\w*\s+for|urg\w*|refus\w*|reject\w*|negotiat\w*|secur\w*|offer\w*|"
                                 r"ultimatum|seek\w*|sought|ask\w*\s+for|accept\w*|wait\w*\s+for|before)\s+(?:\w+\s+){0,2}$", re.I)
# a surrender of a thing or of a suspect: "the surrender of their weapons", "his surrender to the police"
_SURRENDER_OF_THING = re.compile(r"\s+(?:of\s+(?:(?:the|their|his|its|all)\s+)?(?:weapons|arms|guns|rifles|passports?|documents|"
                                 r"territory|land|sovereignty|the suspect)|to\s+(?:the\s+)?(?:police|authorities|court|tribunal|"
                                 r"prosecutors?|justice))\b", re.I)


# the people held said to be no fighters, in the sentence of the custody or the one before or after it: "He never served
# in the army", "my son is not a soldier", "they are civilians, not combatants", "I never carried a weapon". Tied to the
# people held: a personal pronoun, a kin word or "the victims/girls/men" as its subject.
_NO_FIGHTER_SUBJECT = (r"(?:\b(?:he|she|they|we|i|you)|\b(?:my|our|his|her|their|the|these|those|both)\s+(?:[\w'-]+\s+){0,2}?"
                       r"(?:son|sons|brother|brothers|father|husband|uncle|daughters?|girls|boys|children|men|victims|detainees?|"
                       r"nephew|cousin|grandfather))")
_NO_FIGHTER = re.compile(
    _NO_FIGHTER_SUBJECT + r"(?:,?\s+[\w'-]+){0,12}?\s*,?\s+(?:(?:is|was|were|are|am|has|had|have)\s+)?(?:"
    # "never served", "had never served in any army", "never carried a weapon", "was never in the army"
    r"never\s+(?:once\s+)?(?:served|(?:been\s+)?(?:a\s+)?(?:soldier|fighter|combatant)s?\b|been\s+in\s+(?:the|any)\s+army|"
    r"(?:held|carried|touched|fired)\s+(?:a|any)\s+(?:gun|weapon|rifle)|in\s+(?:the|any)\s+army)"
    # "is not a soldier", "are not combatants", "was not a member of any armed force"
    r"|(?:not|n't)\s+(?:a\s+|an\s+)?(?:soldiers?|combatants?|fighters?|members?\s+of\s+any\s+armed)\b)", re.I)
# "(they are) civilians, not combatants", "a plumber not a soldier", "farmers, not soldiers": a civilian's word, then
# the fighter denied
_CIVILIAN_NOT_FIGHTER = re.compile(r"\b[a-z][\w-]+,?\s+not\s+(?:a\s+|an\s+)?(?:soldiers?|combatants?|fighters?)\b", re.I)
# a captor's label denied, or a fighter's service turned: "a terrorist, not a soldier", "not a soldier but a detained
# person", "never served until he was mobilised"
_LABEL_DENIED = re.compile(r"\b(?:terroris\w*|bandits?|mercenar\w*|saboteurs?|nazis?|militants?|extremists?|spy|spies|criminals?|"
                           r"separatists?|fortune|unlawful|call(?:s|ed|ing)?|mobili[sz]\w*|conscript\w*|drafted|enlist\w*|"
                           r"volunteer\w*|joined|reservists?)\b|\bnot\s+(?:a\s+)?soldiers?\s+but\b"
                           # the captives' own claim, which the text only reports: "men who say they were never soldiers"
                           r"|\b(?:who|they|he|she)\s+(?:say|says|said|claim\w*|insist\w*|maintain\w*)\s+(?:that\s+)?"
                           r"(?:they|he|she)\s+(?:were|was|are|is|had|have|has)\b", re.I)
# (the evidence names fighters held: "two young men in Armenian uniform, hands bound")
_FIGHTER_HELD = re.compile(r"\b(?:soldier|servicem|fighter|combatant|pilot|marine|troops|conscript|p\.?o\.?w|uniform)", re.I)


# what every match of _NO_FIGHTER and _CIVILIAN_NOT_FIGHTER ends with, looked for first: most texts have none, and the
# full patterns, which try each pronoun of the text, are left unread
_NO_FIGHTER_TAIL = re.compile(r"never\s+(?:once\s+)?(?:served|been|a\s|soldier|fighter|combatant|held|carried|touched|fired|in\s)"
                              r"|(?:not|n't)\s+(?:an?\s+)?(?:soldier|combatant|fighter|member)", re.I)


def _no_fighter_sents(text: str, sents: Sentences) -> set[int]:
    """The sentences that say of the people held that they are no fighters (see _NO_FIGHTER)."""
    out: set[int] = set()
    if not _NO_FIGHTER_TAIL.search(text):
        return out
    for mt in _NO_FIGHTER.finditer(text):
        si = sents.index(mt.end() - 1)
        s, e = sents[si]
        if mt.start() < s or _LABEL_DENIED.search(text, s, e):
            continue
        out.add(si)
    for mt in _CIVILIAN_NOT_FIGHTER.finditer(text):
        si = sents.index(mt.end() - 1)
        s, e = sents[si]
        if not _LABEL_DENIED.search(text, s, e) and not _FIGHTER_HELD.match(text, mt.start()):
            out.add(si)
    return out


# policing and unrest, where raised hands are no fighter's surrender (_Reading._policing_gesture)
_POLICING = re.compile(r"\b(?:police\w*|officers?|cops?|sheriff\w*|deputies|troopers?|protest\w*|demonstrat\w*|riot\w*|"
                       r"rall(?:y|ies)|marchers?|unrest|curfew|traffic stop|arrest\w*)\b", re.I)


def detect(text: str, hits: list[Hit], sents: Sentences, m: Matcher) -> Context:
    r = _Reading(text, hits, sents, m)
    evidence = (r.captives_named() + r.out_of_combat() + r.wounded_helpless() + r.captures() + r.summary_killings()
                + r.everyday_captures() + r.exchanges() + r.forced_degradations() + r.custody_agents()
                + r.battle_captures() + _captured_then_tried(r) + r.home_again() + r.ours_home() + r.returned_named() + r.held_of_theirs() + r.forced_statement() + r.control_acts()
                + r.shown_by_enemy() + r.shown_in_enemy_media() + r.tried_by_enemy() + r.downed_airmen()
                + r.wounded_taken() + r.surrender_told() + r.surrender_then_held())
    if not evidence:
        evidence = r.captive_words()
    if not evidence:
        evidence = r.custody_setting()
    if not evidence and _FIRST_PERSON.search(text):
        # a witness's own account, then the readings of a first-person text with no captive word
        evidence = _own_account(r) or _captive_account(r) or _us_after_surrender(r) or _us_counted(r) or _side_on_us(r) or _kin_held(r)
    if not evidence:
        evidence = _uniformed_held(r)  # people named by their uniform, told in a captive's pose
    if not evidence:
        evidence = _labelled_fighter_held(r)  # a man told a fighter by the men who hold him
    if not evidence:
        evidence = _prisoners_in_camp(r)  # prisoners told in a camp
    if not evidence:
        evidence = _held_for_demand(r)  # the captor's demand for its own people, the condition of their release
    if not evidence:
        evidence = _taken_by_force(r)  # a person taken by a fighting force
    if not evidence:
        evidence = _red_cross_told_held(r)  # the Red Cross told of the men a side holds
    if not evidence:
        evidence = _burma_railway(r)  # prisoners on the Japanese army's railway into Burma
    reviews = list(_REVIEW_TALK.finditer(text)) if evidence else []  # a film critic's words (read once)
    if r.by["not_war"] or reviews:  # a chess game, a strategy game: nobody is captured
        play = {r.story[r.sentence(h)] for h in r.by["not_war"]} | {r.story[sents.index(mt.start())] for mt in reviews}
        # (a role played in an exercise names its captives too: "cadets role-played captured enemy soldiers")
        acted = {r.story[r.sentence(h)] for h in r.by["acted"]}
        # a story told in the words of two kinds of play or screen ("Review: the strategy game ... the mini-game is
        # boring", "Episode 6 recap ... the show's best scene"): a review or a blurb, its captives roles even when
        # named as soldiers
        terms: dict[int, set[str]] = {}
        for h in r.by["not_war"]:
            terms.setdefault(r.story[r.sentence(h)], set()).add(h.term)
        for mt in _REVIEW_SCORE.finditer(text):  # "6/10", "★★★☆☆": a reviewer's mark counts as one of them
            terms.setdefault(r.story[sents.index(mt.start())], set()).add("a score")
        for mt in reviews:  # "gorgeously shot", "the second half drags": a film critic's words
            terms.setdefault(r.story[sents.index(mt.start())], set()).add(mt.group(0).lower())
        acted |= {st for st, ts in terms.items() if len(ts) >= 2}
        evidence = [e for e in evidence if r.story[sents.index(e.start)] not in play
                    or (_NAMES_POW.search(e.text) and r.story[sents.index(e.start)] not in acted)]
    if evidence and _LET_BE_TAKEN.search(text) and _OWN_SIDE_PUNISHES.search(text) and _HOME_FROM_CAPTIVITY.search(text):
        evidence = []  # punished at home for having been captured: held by his own side
    if _NO_INCIDENT_GENRE.match(text):  # "FAQ -- Can a captured soldier be shown on television?"
        evidence = []
    debunked = _debunked(text) if evidence else 0
    if debunked:  # the claim's captives go; after a "miscaptioned" verdict, what the checker found stays
        evidence = [e for e in evidence if e.start >= debunked] if debunked > 0 else []
    if r.by["heritage"]:  # "the reconstructed hut at the Stalag Luft III museum": a camp remembered, nobody held
        # (a memorial or museum in the heading says where an account was told, not what it tells: "Testimony at an
        # oral-history day at a Holocaust museum by a former GI: After the Bulge I was in Stalag IX-B")
        head = _TOLD_AT.match(text)
        told_at = head.end() if head and any(h.end <= head.end() for h in r.by["heritage"]) else 0
        kept = {r.sentence(h) for h in r.by["heritage"] if h.start >= told_at}
        evidence = [e for e in evidence if not ((_CAMP_NAME.search(e.text) or _CAMP_AFTER.match(text, e.end)
                                                 or e.cue == _CAPTIVE_WORDS  # "the prisoners tailored in their huts"
                                                 or e.cue.startswith("a custody setting"))  # "visited Colditz"
                                                and (sents.index(e.start) in kept or e.start < told_at))]
    if evidence:
        # the people held said in the sentence, or the one before or after it, to be no fighters ("He never served in
        # the army"): a custody told of them is not a captured fighter's, unless it names fighters held
        no_fighter = _no_fighter_sents(text, sents)
        if no_fighter:
            evidence = [e for e in evidence if not ({sents.index(e.start) + d for d in (-2, -1, 0, 1, 2)} & no_fighter)
                        or _FIGHTER_HELD.search(e.text)]
    evidence = _dedupe(evidence)
    pow_context = bool(evidence)
    conflict, conflict_hits, not_binding, note = _conflict(r, evidence)
    if debunked and not evidence:
        note += " The text is a fact-check that rates false a claim that a picture shows captives."
    conflict_evidence = _dedupe([_ev(text, h.start, h.end, f"{conflict} conflict signal") for h in conflict_hits])
    return Context(
        pow_context=pow_context,
        conflict=conflict,
        evidence=evidence,
        conflict_evidence=conflict_evidence,
        treaties_not_binding=not_binding,
        explanation=_explanation(evidence, conflict, conflict_evidence, not_binding, bool(r.by["not_pow"]), note),
    )


def _debunked(text: str) -> int:
    """When the text is a fact-check that rates false a claim that a picture shows captives (see _FACT_CHECK): the end
    of the verdict if it says the picture is real but from elsewhere ("miscaptioned"), -1 if it is simply false; 0 when
    the text is no such fact-check."""
    lead = _LEADING_VERDICT.match(text)
    if lead:  # the verdict first, the claim after it: "FALSE. A clip shared 40,000 times claims to show ..."
        end = text.find(". ", lead.end())
        claim = text[lead.end():end if end > 0 else len(text)]  # its first sentence
        return -1 if _PICTURE_CLAIMED.search(claim) and _CLAIMED_TO_SHOW.search(claim) \
            and not _CLAIM_DENIES.search(claim) else 0
    opening = _FACT_CHECK.match(text)
    if not opening.group(0).strip(" .:-\n"):
        return 0  # no "Fact check" or "Claim:" at the start
    verdict = VERDICT_FALSE.search(text, opening.end())
    if verdict is None:
        return 0
    claim = text[opening.end():verdict.start()]
    if not _PICTURE_CLAIMED.search(claim) or _CLAIM_DENIES.search(claim):
        return 0
    return verdict.end() if _OTHER_CONTEXT.search(text, verdict.start(), verdict.end() + 8) else -1


def _conflict(r: _Reading, evidence: list[Evidence]):
    """The kind of conflict. In a news digest, the stories that speak of the captives decide it;
    the rest of the digest only when those stories do not say."""
    story = r.story
    if evidence and story and story[-1] > 0:
        mine = {story[r.sents.index(e.start)] for e in evidence}
        within = [r.sents[i] for i in range(len(story)) if story[i] in mine]
        found = read_conflict(r.text, r.by, r.m.terms, r.side_named, within, r.m.states, r.m.state_since)
        if found[0] != "unknown":
            return found
    return read_conflict(r.text, r.by, r.m.terms, r.side_named, states=r.m.states, since=r.m.state_since)


def _explanation(evidence: list[Evidence], conflict: str, conflict_evidence: list[Evidence], not_binding: list[str],
                 civilians: bool, note: str = "") -> str:
    if evidence:
        quoted = list(dict.fromkeys(e.text for e in evidence))[:3]
        explanation = "The text speaks of captured or surrendered fighters (" + "; ".join(
            f"\u201c{q}\u201d" for q in quoted
        ) + ")."
    elif civilians:
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
    if not_binding and evidence and conflict == "international" and "Protocol I" not in note:
        explanation += (" A State named in the text is not a party to Additional Protocol I, so the"
                        " customary rules are applied in its place.")
    if "APII" in not_binding and evidence and conflict == "non-international":
        explanation += (" A State named in the text is not a party to Additional Protocol II, so common"
                        " Article 3 and the customary rules are applied without it.")
    return explanation + note


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    """One evidence span per place and kind: the tightest (a span containing another of its kind is dropped)."""
    spans = {(e.start, e.end, e.cue): e for e in evs}
    keep = [
        e for (s, t, c), e in spans.items()
        if not any((a, b) != (s, t) and cue == c and s <= a and b <= t for a, b, cue in spans)
    ]
    return sorted(keep, key=lambda e: (e.start, e.end))


# The captor's demand for its own side, told as the condition of the captives' release, reads the men it holds as
# captives when no other word does: "the FARC say they free him only if government free their guerrilleros", "will
# only let you go if the government frees their men from the prisons", "you will come home only when the government
# lets their men out", "he will give my Sergei back if the Russian side release his cousin", "they'd only free them if
# the army pulled out". The release (or the return home) and, after "if/when/once/unless/until", a State, government
# or army that frees, lets out, empties its prisons or pulls out; a man in service named in the text; no civilians in
# the sentence or beside it. (A third party's appeal, "urges the group to free them", has no such condition.)
_DEMAND_RELEASE = re.compile(
    r"\b(?:(?:free|frees|release|releases|let)\s+(?:him|them|you|us)(?:\s+go)?|"
    r"give\s+(?:him|them|you|us|my\s+\w+|our\s+\w+)\s+back|have\s+(?:him|them)\s+back|"
    r"(?:come|go|walk)\s+(?:home|out|free)|be\s+(?:freed|released))\s+"
    r"(?:only\s+)?(?:if|when|once|unless|until|after)\s+(?:the\s+)?"
    r"(?:government|state|army|authorities|president|federal\s+side|[A-Z][\w-]+(?:\s+side)?)\s+"
    r"(?:(?:has|have|had|would|will|agrees?\s+to|must)\s+)?"
    r"(?:free[sd]?|releases?d?|release|lets?|let|empt(?:y|ies|ied)|opens?|opened|pull(?:s|ed)?|takes?|took|"
    r"withdraws?|withdrew|swaps?|swapped|hands?\s+back|exchanges?)\b")
_DEMAND_SERVICE = re.compile(r"\b(?:soldiers?|police\w*|gendarmes?|conscripts?|army|troops|sergeant|corporal|"
                             r"lieutenant|pilot|servicem[ae]n|the\s+base|garrison|military|guardsm[ae]n)\b", re.I)
_DEMAND_CIVILIAN = re.compile(r"\b(?:civilians?|journalists?|aid\s+workers?|tourists?|businessm[ae]n|missionar\w+|"
                              r"politicians?|candidate|senator|ranchers?|engineers?|kidnapp\w+)\b", re.I)


def _held_for_demand(r: "_Reading") -> list[Evidence]:
    """Captives read from the captor's demand, told as the condition of their release (see _DEMAND_RELEASE)."""
    text = r.text
    # (the demand first: it is the rarest of the three, and the text-wide searches run only where it is told)
    demands = list(_DEMAND_RELEASE.finditer(text)) if r.gate_open else []
    if not demands or not _DEMAND_SERVICE.search(text) or _DEMAND_CIVILIAN.search(text):
        return []
    for mt in demands:
        si = r.sentence_at(mt.start())
        if si in r.near_civilian:
            continue
        if classify(text, r.sents[si], mt.start(), mt.end()).status in (NEGATED, DENIED):
            continue
        return [r.ev(mt.start(), mt.end(), "men held until their captor's own people are freed")]
    return []


def _captured_then_tried(r: "_Reading") -> list[Evidence]:
    """People captured, then tried: "the group, captured in December 2020 after the ceasefire, was convicted by a
    court in Baku", "a French national captured by the SDF in Syria, ... sentenced to death", "the trial of the
    Armenian men captured in Kalbajar". A strong capture word told of people (a participle after them, not "captured
    tanks") with a court or trial word in its sentence or the next, within matcher.CAPTURE_TRIAL_DISTANCE; not in a
    sentence about civilians, not by the police or a camera, nor a trial denied or supposed."""
    text, out = r.text, []
    # (not "tried": mostly "tried to run"; nor a court in a name: "the Islamic Courts Union")
    trials = [t for t in r.by["trial"] if text[t.start:t.end].lower() != "tried"
              and not (text[t.start].isupper() and _NAME_GOES_ON.match(text, t.end))]
    if not trials:
        return out
    # civilians named, but not by a verdict's word ("was convicted of ...": the court's, which says nothing of who is
    # held; as tried_by_enemy reads it)
    civilian = {r.sentence(h) for h in r.civilian_hits if not _CONVICT.match(text, h.start)}
    civilian_stories = {r.story[i] for i in civilian}
    seen = set()
    for c in r.by["captured"]:
        word = _CAPTURE_TRIAL_WORD.match(text, c.start)
        # the participle told of the people named before it ("the men captured in Kalbajar", "the group, captured in
        # December"), not an adjective before them ("shot dead six captured young men": a killing the court tried)
        if c.start in seen or not word or not _CAPTURED_THEN.match(text, word.end()):
            continue
        seen.add(c.start)
        si = r.sentence(c)
        if si in civilian or r.story[si] in civilian_stories or _CAPTURED_BY_POLICE.match(text, c.end):
            continue
        if not r.live_verb(c):
            continue
        for t in trials:
            ti = r.sentence(t)
            if ti not in (si - 1, si, si + 1) or abs(t.start - c.start) > CAPTURE_TRIAL_DISTANCE or ti in civilian:
                continue
            if classify(text, r.sents[ti], t.start, t.end).status in (NEGATED, DENIED, HYPOTHETICAL):
                continue
            out.append(r.ev(min(c.start, t.start), max(c.end, t.end), "people captured, then tried"))
            break
    return out


_NAME_GOES_ON = re.compile(r" [A-Z]")
_CAPTURED_THEN = re.compile(r"\s*[,;.)]|\s+(?:in|at|on|near|during|after|by|from|when|while|since|last|earlier|with|"
                            r"alongside|and|or|before|inside|outside|around)\b", re.I)
_CAPTURE_TRIAL_WORD = re.compile(r"captured\b|taken (?:prisoner|captive)", re.I)
# ... not by the police ("captured by police after a chase") nor by a camera ("captured on a doorbell camera")
_CAPTURED_BY_POLICE = re.compile(r"\s+(?:(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|policemen|officers|detectives|"
                                 r"agents|gendarmes?|marshals?|sheriffs?|deputies|bounty)|(?:on|by|in)\s+(?:a\s+|an\s+|the\s+)?"
                                 r"(?:[\w-]+\s+)?(?:cameras?|cctv|video|film|tape|footage|photos?|photographs?))\b", re.I)


def _uniformed_held(r: "_Reading") -> list[Evidence]:
    """People named only by the uniform they wear, told in a captive's pose or handling (see matcher.UNIFORM_HELD):
    "Four men in army uniform sit against a wall", "three men in Russian uniform dragged out of a van", "[kneeling
    man in uniform]". Not in a sentence near civilians, nor denied, negated or supposed."""
    def shown_held(mt: re.Match, si: int) -> bool:
        if _NOT_SHOWN.search(r.text, r.sents[si][0], mt.start()):  # "the video does not show men in uniform kneeling"
            return False
        if _UNIFORM_WEAK_POSE.search(mt.group()):  # "men in army uniform sit": a pose only with force or a camera near
            near = r.sents[max(0, si - 1)][0], r.sents[min(len(r.sents) - 1, si + 2)][1]
            return _UNIFORM_FORCE.search(r.text, near[0], near[1]) is not None
        return True

    return _first_told(r, UNIFORM_HELD, shown_held, "people in uniform held in a captive's pose")


def _first_told(r: "_Reading", pattern: re.Pattern, accept: Callable[[re.Match, int], bool],
                cue: str) -> list[Evidence]:
    """The first match of ``pattern`` told as fact (not negated, denied or supposed), not in a sentence near civilians,
    that ``accept(match, sentence index)`` keeps, as evidence with ``cue``; nothing when the pre-check did not open."""
    if not r.gate_open:
        return []
    for mt in pattern.finditer(r.text):
        si = r.sentence_at(mt.start())
        if si in r.near_civilian:
            continue
        if classify(r.text, r.sents[si], mt.start(), mt.end()).status in (NEGATED, DENIED, HYPOTHETICAL):
            continue
        if accept(mt, si):
            return [r.ev(mt.start(), mt.end(), cue)]
    return []


_NOT_SHOWN = re.compile(r"\b(?:not|never|no|n't)\b(?:\s+[\w-]+){0,2}\s+$", re.I)
_UNIFORM_WEAK_POSE = re.compile(r"\b(?:sit|sits|sitting|sat|lie|lies|lying|lay|squat|squatting|crouch|crouching)$", re.I)
# force, a captor's orders or a captor's camera told near them
_UNIFORM_FORCE = re.compile(r"\b(?:video|clip|footage|filmed|filming|camera|blood|bleeding|kicked|kicks|beaten|beat|slapped|"
                            r"hit|shot|orders?|ordered|forced|made to|tells them|told to|curse|insult\w*|tied|bound|"
                            r"blindfolded|hands behind|captors?|guards?|gunmen|fighters?)\b|\d\d:\d\d", re.I)


def _labelled_fighter_held(r: "_Reading") -> list[Evidence]:
    """A man told a fighter by the men who hold him or by their caption (see matcher.FIGHTER_LABELLED), with a
    captive's handling told in that sentence or the one before or after ("bound", "kicked", "captured", "filmed",
    "patients"): "Men in army uniform shoot three patients lying in beds, whom they call RSF fighters". Not near
    civilians, nor denied, negated or supposed."""
    def handled(mt: re.Match, si: int) -> bool:
        lo, hi = r.sents[max(0, si - 1)][0], r.sents[min(len(r.sents) - 1, si + 1)][1]
        return _LABELLED_HANDLED.search(r.text, lo, hi) is not None

    return _first_told(r, FIGHTER_LABELLED, handled, "a man told a fighter by the men who hold him")


_LABELLED_HANDLED = re.compile(r"\b(?:bound|tied|blindfolded|kneel\w*|kick\w*|stab\w*|slap\w*|beat|beaten|beating|"
                               r"captured|caught|detained|held|handed over|patients?|wounded|prisoners?|throats?|"
                               r"stand over|stood over|paraded|showed journalists|filmed|filming|cameras?|video|clip|"
                               r"footage)\b", re.I)


def _prisoners_in_camp(r: "_Reading") -> list[Evidence]:
    """Prisoners told in a camp, in one sentence or a camp's sentence and the next (see matcher.camp_prisoners):
    "in the camps along the river, prisoners who refused the lessons were put in holes", "the camp near the town ...
    no prisoner's face was to be shown". A camp of prisoners is a war's camp for captured enemy soldiers; not one
    named for civilians, convicts or its own fighters (refugee, concentration, labour, training camps), nor prisoners
    named political or civilian, nor near civilians, nor denied, negated or supposed."""
    text = r.text
    if not r.gate_open:
        return []
    span = camp_prisoners(text)
    if span is None:
        return []
    a, b = span
    sa, sb = r.sentence_at(a), r.sentence_at(b - 1)
    if SOLDIERS_IN_CAMP.match(text, a):  # soldiers named held in the other side's camps, civilians with them or not
        if classify(text, r.sents[sa], a, b).status in (NEGATED, DENIED, HYPOTHETICAL):
            return []
        return [r.ev(a, b, "soldiers held in the other side's camps")]
    if {sa, sb} & r.near_civilian or {r.story[sa], r.story[sb]} & r.civilian_stories:
        return []  # (the men of a story told as civilians: "the marchers were Jews, Poles and political prisoners")
    # the camp told as a fact; the prisoners not negated themselves ("no prisoners") nor denied: a conditional told of
    # what is done to them ("if the wounded prisoners aren't moved out") does not take them back
    camp_first = text[a:a + 4].lower() == "camp"
    cs, ce = (a, a + 4) if camp_first else (b - 4, b)
    ps, pe = (text.rfind(" ", a, b) + 1, b) if camp_first else (a, text.find(" ", a, b) if " " in text[a:b] else b)
    sc, sp = r.sentence_at(cs), r.sentence_at(ps)
    if classify(text, r.sents[sc], cs, ce).status in (NEGATED, DENIED, HYPOTHETICAL):
        return []
    if negated_noun(text, r.sents[sp], ps) or classify(text, r.sents[sp], ps, pe).status == DENIED:
        return []
    return [r.ev(a, b, "prisoners held in a camp")]


def _taken_by_force(r: "_Reading") -> list[Evidence]:
    """A person (a pronoun or kin) told taken, in the passive, by a fighting force (see matcher.TAKEN_BY_FORCE): "our
    sons were taken by the Eritrean army after three days of fighting", "he'd been taken by the other side's troops".
    Not near civilians or in a story told of them, nor denied, negated or supposed."""
    def of_fighters(mt: re.Match, si: int) -> bool:
        return r.story[si] not in r.civilian_stories

    return _first_told(r, TAKEN_BY_FORCE, of_fighters, "a person taken by a fighting force")


_RED_CROSS_DEATHS = re.compile(r"\b(?:died|death|deaths|graves?|buried|burial|exhumed)\b", re.I)


def _red_cross_told_held(r: "_Reading") -> list[Evidence]:
    """The Red Cross told of the men a side holds (see matcher.RED_CROSS_HELD): their names or lists given to it or kept
    from it, their registration, their being alive confirmed to it, their letters carried by it ("Syria gives nothing,
    no names to the Red Cross", "Russia only confirmed to the ICRC that mine is alive"). What it was told in the Red
    Cross's sentence, the men held in it or the one before or after, in a story of a war (a State or armed group, a
    fighter or a war named), not near civilians, nor of the remains of the dead; not supposed."""
    low = r.low
    if not any(w in low for w in RED_CROSS_WORDS) or not r.gate_open:
        return []  # (most texts: the plain substring tests first)
    text = r.text
    for rc in red_cross_held(text):
        si = r.sentence_at(rc.start())
        story = r.story[si]
        if si in r.near_civilian or story in r.civilian_stories:
            continue
        if classify(text, r.sents[si], rc.start(), rc.end()).status == HYPOTHETICAL:
            continue
        if _REMAINS.search(text, *r.sents[si]) or _RED_CROSS_DEATHS.search(text, *r.sents[si]):
            continue  # "the remains of 30 Iraqi soldiers were handed over through the Red Cross": the dead
        if not any(r.sentence_at(mt.start()) == si for mt in RED_CROSS_INFO.finditer(
                text, max(0, rc.start() - RED_CROSS_INFO_REACH), rc.end() + RED_CROSS_INFO_REACH)):
            continue  # what it was told, in its own sentence
        held = next((mt for mt in RED_CROSS_HELD.finditer(text, max(0, rc.start() - RED_CROSS_HELD_REACH),
                                                           rc.end() + RED_CROSS_HELD_REACH)
                     if abs(r.sentence_at(mt.start()) - si) <= 1 and r.story[r.sentence_at(mt.start())] == story
                     and r.sentence_at(mt.start()) not in r.near_civilian), None)
        if held is None:
            continue  # the men held, in its sentence or the one before or after
        if not any(r.story[r.sentence(h)] == story for h in r.fighters + r.by["iac"] + r.by["niac"] + r.by["war_signal"]):
            continue  # a war's story
        return [r.ev(min(rc.start(), held.start()), max(rc.end(), held.end()), "the Red Cross told of the men a side holds")]
    return []


_RAILWAY_VISIT = re.compile(r"\b(?:museum|memorial|cemetery|war graves?|tourists?|tour|visitors?|visited|visit|heritage|"
                            r"film|movie|novel|romusha|labourers|laborers|coolies|civilians?)\b", re.I)


def _burma_railway(r: "_Reading") -> list[Evidence]:
    """Prisoners on the railway the Japanese army built through Thailand into Burma (see matcher.burma_railway): the
    place and its work in one sentence or the next or previous one, the Japanese named in the text, not near civilians (the Asian labourers who
    died on it were civilians), not a museum, a cemetery or a visit told in that sentence."""
    low = r.low
    if not any(w in low for w in RAILWAY_PLACE_WORDS) or not r.gate_open:
        return []
    text = r.text
    for pl in burma_railway(text):
        si = r.sentence_at(pl.start())
        if si in r.near_civilian or r.story[si] in r.civilian_stories:
            continue
        s, e = r.sents[si]
        if _RAILWAY_VISIT.search(text, s, e):
            continue
        work = next((mt for mt in RAILWAY_WORK.finditer(text, max(0, pl.start() - RAILWAY_WORK_REACH), pl.end() + RAILWAY_WORK_REACH)
                     if r.story[r.sentence_at(mt.start())] == r.story[si] and r.sentence_at(mt.start()) not in r.near_civilian
                     and abs(r.sentence_at(mt.start()) - si) <= 1), None)
        if work is None:
            continue
        return [r.ev(min(pl.start(), work.start()), max(pl.end(), work.end()), "prisoners on the Japanese army's railway")]
    return []
