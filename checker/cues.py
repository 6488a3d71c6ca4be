"""Cue scopes: is a matched phrase asserted, negated, hypothetical, denied or attributed?

A negated ("were not beaten"), hypothetical or threatened ("threatened to shoot")
or denied ("officials denied that ...") act is not evidence of that act. An
attributed one ("Russia claims ...") stays evidence, with lower confidence and
the name of whoever makes the claim.

Scopes are read inside the hit's sentence, to the left of the hit, and stop at a
clause boundary ("but", ";", ", they ..."), which is how these cues scope in
ordinary reporting English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

ASSERTED = "asserted"
NEGATED = "negated"
HYPOTHETICAL = "hypothetical"
THREAT = "threat"
DENIED = "denied"

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|n't")

# the words that, after a comma, open a new clause: ", they ...", ", all the cell was punished", ", someone kicks
# him" (after "every time he gives a name they don't know")
_OPENS_CLAUSE = (r"(?:they|he|she|we|i|it|the|guards?|soldiers?|others?|some|many|most|all|both|each|everyone|several|"
                 r"someone|somebody|everybody|"
                 r"who|which|later|then|and|after|when|so)\b")
_OPENED_AT = re.compile(_OPENS_CLAUSE, re.I)
# (unless that clause goes on with what would happen: "if one speaks, all the cell will be punished")
_MODAL_AHEAD = re.compile(r"[^,;.]{0,60}?(?:\b(?:would|will|shall|could|might|may|going to)\b|'ll\b|\u2019ll\b)", re.I)
# A clause boundary: strong punctuation, contrastive or temporal conjunctions, a comma
# before a new subject, or "and/or" before a new verb phrase.
_BOUNDARY = re.compile(
    # an emoji closes a clause in a post: "we sent a boat instead of rounds \U0001f1fa\U0001f1f8 fed em MREs"
    r"[;:()\[\]\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF]"
    r"|\b(?:but|while|whereas|although|though|however|yet|because|since|until|unless|instead(?! of)|rather(?! than))\b"
    # a time clause tells its own fact: "had not shown that he still posed any threat when he was killed"
    r"|\bwhen\s+(?=(?:he|she|they|it|we|i|the \w+)\s+(?:was|were|had been|got)\b)"
    r"|,\s*(?=" + _OPENS_CLAUSE + ")"
    # a new predicate of the same subject: "says he doesn't know, gets slapped twice"
    r"|,\s*(?=(?:gets|got)\s)"
    # a consequence with its own subject: "the commander said we don't need them, so we finished them off"
    r"|\bso\s+(?=(?:we|they|he|she|i)\b)"
    r"|\b(?:and|or)\s+(?=(?:were|was|are|is|had|has|have|then|later|also|they|he|she|we|i|it|instead|were|afterwards|"
    # a second relative clause: "who will be dealt with under its laws and who are not entitled to ..."
    r"who|which|whose)\b)"
    r"|\b(?:and|or)\s+(?=\w+ed\b)"
    # the main verb after a relative clause set off by commas: "six wounded soldiers ..., who had told commanders
    # that they were ready to surrender, were killed by Russian troops"
    r"|,\s*(?=(?:were|was|had been|have been|has been)\b)"
    # a note's separators: "they wanted names, positions - refused > beaten w/ rifle butts"
    r"|\s[-\u2013\u2014]\s|\s(?:>|->|\u2192)\s",
    re.IGNORECASE,
)

_AND_PRESENT_VERB = re.compile(r"\b(?:and|or)\s+(?=(?:then\s+)?(?!(?:was|is|has|does|its|this|his|us|as|less|thus|yes)\b)"
                               r"[a-z]{2,}s\s+(?:them|him|her|us|me|each)\b)", re.IGNORECASE)

NEGATORS = frozenset(
    "not n't never no without nobody none neither nor nothing nowhere cannot hardly barely".split()
    # contractions typed without the apostrophe, common in posts, messages and translated testimony
    + "cant dont didnt doesnt wasnt werent isnt arent hasnt havent hadnt couldnt wouldnt shouldnt wont aint".split()
)
# "No delegate has been allowed to visit": a negator anywhere in the clause governs a verb of
# permission or ability just before the phrase
_PERMISSION_BEFORE = re.compile(
    r"\b(?:allowed|permitted|authori[sz]ed|able|let|given (?:permission|access)|granted (?:permission|access)|"
    r"chance|opportunity|possible)\s+(?:to\s+)?(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
# Negators that do not negate what follows.
_NOT_NEGATING = re.compile(
    r"\b(?:not only|not just|no doubt|not least|nothing but|no sooner|not until|never before|"
    r"no matter|not far from|not long after|not yet known whether|"
    # a manner, not a lack: "their particulars transmitted without delay to the bureau"
    r"without (?:(?:any |undue |further )?delay|fail|exception|hesitation)|"
    # a reassurance is no negation of what it is about: "do not worry about food, we get rice every day"
    r"(?:do not|don't|dont|need not|needn't|never) (?:worry|fret|be afraid|fear) (?:about|for|over)|"
    # "barely" before a number measures it: "some barely 18", "got barely three kilometres"
    r"(?:barely|hardly|scarcely) (?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a (?:few|dozen|hundred|week|month|year|day))\b)|"
    # a failure to prevent the act tells that it happened: "liable for failing to protect them from being killed"
    r"fail(?:s|ed|ing|ure)? to (?:protect|prevent|stop|shield|save))\b"
    # "no." before a number is a number: "the sentry in tower no. 3 opened up"
    r"|\bno\.(?=\s*\d)",
    re.IGNORECASE,
)
_NEG_PHRASES = re.compile(
    r"\b(?:no (?:sign|signs|evidence|indication|indications|trace|traces|report|reports|mark|marks|one)|"
    r"free (?:from|of)|absence of|lack of|lacking|lacked|failed to|fail to|fails to|failing to|failure to|refused to|refuses to|refuse to|"
    # "refused for months to confirm", "failed for two years to notify", "failing during that period to record"
    r"(?:refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?|declin(?:e|es|ed|ing)) (?:(?:for|during|throughout|over|until|since) "
    r"(?:\w+ ){1,3}|again |repeatedly |even |consistently |systematically )to|"
    r"refusing to|refused permission to|denied permission to|refused permission for|declined to|prevented from|barred from|stopped from|denied (?:any|all)? ?(?:access|permission)?|"
    r"deprived of|withheld|withholding|without any|rather than(?: be)?|instead of)\b",
    re.IGNORECASE,
)

_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|could (?:face|be|have|lead|result|amount)|might|should|must|ought|shall|will|would be|would have|"
    r"(?:'|\u2019)d have|"  # "he'd have bled out": what would have happened, not what did
    r"(?-i:may)(?! \d)|"
    r"plans? to|planned to|planning to|intends? to|intended to|aims? to|propos(?:e|es|ed|ing) to|"
    # an order or arrangement still to be carried out: "any Ukrainian who surrendered was to be shot"
    r"(?:was|were|is|are) to be|"
    r"risks?|at risk|fears?|feared|fearing|afraid|danger of|"
    # a case put for argument: "Suppose a detaining power lets a crew film the prisoners"
    r"suppose|supposing|imagine (?:that|a|an)|hypothetically|assume that|assuming that|let(?: u|')s say|"
    r"for the sake of argument|"
    r"urges?|urged|urging|calls? (?:on|upon|for)|called (?:on|upon|for)|demands?|demanded|"
    # an appeal against a verdict is a step in a trial, not a request: "a Kyiv appeals court cut the sentence"
    # (an "appeals" right before the words read is their noun: "appeals court")
    r"appeals?(?! courts?| chambers?| judges?| panels?| hearings?)(?!\s*$)|"
    r"appealed(?! (?:against )?(?:the|his|her|their) (?:sentences?|verdicts?|convictions?|rulings?|judgm?ents?))|"
    # "asked why the prisoners were still held": a why-question takes the fact as given
    r"(?:asks?|asked|wonder(?:s|ed)?|to know)(?!\s+(?:why|how long)\b)|requests?|requested|wants?|wanted|hopes?|hoped|"
    r"vows?|vowed|pledges?|pledged|promises?|promised|commits? to|committed to|"
    r"expected to|set to(?! work)(?!\s+\w+ing\b)|going to|about to|ready to|willing to|agreed to|prepared to|"
    # an expectation that did not come true: "i thought they'd beat them up" (then: "nah they gave them water")
    r"(?:thought|figured|assumed|expected|reckoned)(?: that)? (?:they|he|she|we|i|you|the \w+)(?:'d|\u2019d| would)|"
    # an attempt or a plan is not the act: "an all-out effort to kidnap soldiers to use as bargaining chips"
    r"efforts? to|attempts? to|attempted to|attempting to|bid to|seeks? to|sought to|seeking to|"
    r"to ensure|ensure that|in order to|so as not to|to prevent|prevent|prohibits?|prohibited|bans?|banned|forbids?|"
    r"obliges?|obliged|requires?|"
    # a duty the captor laid on the captives, told as done ("the prisoners were required to attend political lectures"),
    # is no supposition; a duty the law lays on a State ("the detaining power was required to let the ICRC in") is
    r"(?<!\bwere )(?<!\bwas )required|"
    r"(?:power|powers|state|states|government|governments|party|parties|authorities|country|captor|captors|side|it)"
    r" (?:was|were) required|entitled(?=\s+to\b)|rights? to|under (?:international |humanitarian |the )?law(?! of (?!war\b|armed\b)[a-z])|"
    r"(?:the )?(?:law|convention|rules?) (?:says?|states?|requires?|provides?|demands?))\b",
    re.IGNORECASE,
)
# "may" of permission given ("may write home once a month", "may now telephone their families") is a
# reported practice, not a supposition: "may" straight before a verb of contact, worship or leisure
# the main clause of a conditional told as a habit: its subject right before the act ("... he hit with the stick")
_HABIT_THEN = re.compile(r"(?:,\s*|\bthen\s+|\s)(?:he|she|they|we|i|the (?:guards?|soldiers|officers?|commander))"
                         r"(?:\s+(?:always|also|just|simply))?"
                         # or told in the passive: "If a prisoner came from the North he was beaten with sticks"
                         r"(?:\s+(?:was|were|got))?\s+$", re.IGNORECASE)
_TO_YOU = re.compile(r"\s+(?:you|u)\b", re.IGNORECASE)
_IF_JUST_BEFORE = re.compile(r"\bif(?=\s+(?:\w+\s+){1,3}$)", re.IGNORECASE)
# a question put as the time of the act, not a request for it: "when they asked about my brigade they clipped wires to
# my fingers", "each time he asked where the battery was" (not "when they asked him to sign", "asked for water")
_WHEN_JUST_BEFORE = re.compile(r"\b(?:when|whenever|each time|every time|while)(?=\s+(?:\w+\s+){1,3}$)", re.IGNORECASE)
_ASKED_OF = re.compile(r"\s+(?:(?:him|her|them|us|me|you)\s+)?(?:about|where|which|what|who|whom|whether|if|how|questions?)\b",
                       re.IGNORECASE)
# a condition told in the past: "if you asked for water", "if anyone spoke", "if a man fell behind"
_PAST_CONDITION = re.compile(r"\s+(?:you|u|we|they|he|she|i|anyone|anybody|someone|somebody|one of us|one of them|"
                             r"(?:a|any|the) (?:prisoner|man|captive|guard|soldier)s?)\s+(?:\w+ly\s+)?"
                             r"(?:did|didn't|was|wasn't|were|weren't|had|got|\w{2,}ed|said|spoke|tried|went|came|fell|"
                             r"took|ran|made|gave|saw|left|stood|sat|lost|forgot|moved|cried|begged|refused)\b",
                             re.IGNORECASE)
_WILL_NOT = re.compile(r"\s+(?:not|never)\s+(?:even\s+)?(?:let|allow|permit|give|say|tell|confirm|admit|grant|answer|"
                       r"disclose|publish|acknowledge|hand over|provide)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|won't|wont|would|could|might|shall|gonna|going to|'ll|'d)\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:say|says|said|saying|told|tell|tells|telling|threaten\w*|warn\w*|promis\w*|shout\w*|"
                     r"scream\w*|yell\w*)\b", re.IGNORECASE)
_PERMISSION_MAY = re.compile(
    r"^\s*(?:now\s+|also\s+|still\s+)?(?:write|send|receive|telephone|phone|call|ring|pray|worship|attend|correspond|"
    r"play|exercise|shower|wash|read|listen|watch|buy|meet|speak|talk)\b", re.IGNORECASE)
_SELF = re.compile(r"\b(?:we|i)\s+$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\buntil\b(?:\s+[\w']+){0,4}\s+$", re.IGNORECASE)
# captives who "agreed to" speak, be filmed or sign did so: "Several prisoners agreed to speak to the cameras"
_CAPTIVE_AGREED = re.compile(r"\b(?:prisoners?|captives?|pows?|detainees?)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a relative clause without "who/that" after a plural noun: "the soldiers it still holds", "the men they took"
_CONTACT_RELATIVE = re.compile(
    r"\b(?!(?:perhaps|always|sometimes|thus|this|does|unless|whereas|besides|otherwise|afterwards|towards|"
    r"nevertheless|regardless)\b)(?:[a-z]{3,}s|men|women|people|children|those)\s+(?:it|they|he|she|we)\s+"
    r"(?:still\s+|now\s+|already\s+|had\s+|has\s+|have\s+)?$")
# a wish, request or promise told as a verb (not a modal, "if" or "whether"), and a "who" that opens a relative clause
# a few words before it; the main clause's finite verb after it, not straight after a pronoun subject
_WISH_VERB = re.compile(r"(?:wants?|wanted|asks?|asked|requests?|requested|hopes?|hoped|agreed to|promised|promises?|"
                        r"vow(?:s|ed)?|pledged)", re.IGNORECASE)
_ANSWERED_AFTER_COMMA = re.compile(r",\s*(?!(?:and|or|nor|to|not|never|if|whether|that|who|which)\b)(?:(?!(?:be|been|being|to|get|got)\b)[\w'-]+\s+){1,3}$",
                                   re.IGNORECASE)
_REFUSAL_WORDS = re.compile(r"\b(?:unanswered|refused|rejected|turned down|ignored)\b", re.IGNORECASE)
_FOR_COMMENT = re.compile(r"\s+(?:for|seeking)\s+(?:further\s+|a\s+|any\s+)?(?:comments?|reactions?|responses?|interviews?|"
                          r"clarification|information)\b", re.IGNORECASE)
_APPOSITIVE_OPEN = re.compile(r"\s+(?:the|his|her|their|its|a|an|this|that)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,\s*"
                              r"(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_APPOSITIVE_CLOSE = re.compile(r"[^,.;]{0,80},\s*(?:had|has|have|was|were|is|are|would|could)\b", re.IGNORECASE)
_CONDEMNED_BEFORE = re.compile(r"\b(?:condemn|denounce|deplore|protest(?:s|ed)? (?:against|at))\w*\s+(?:the|their|its|this|"
                               r"that|these|those|his|her)\s+(?:[\w'-]+\s+){0,6}$", re.IGNORECASE)
_WHO_OPENS = re.compile(r"\bwho\b(?:\s+[\w']+){0,3}\s*$", re.IGNORECASE)
_MAIN_AUX_AFTER = re.compile(r"\s(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)(?<!\bi\s)(?<!\byou\s)(?<!\bit\s)"
                             r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?:were|was)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a death that nearly happened: "close to killing someone", "nearly beaten to death" (the beating did happen)
_DEATH = re.compile(r"kill|death|dead|die|died|dying|execut|murder|drown|shot|shoot", re.IGNORECASE)
# an act named as the errand someone was sent or came on, the verb that sends him a few words before a bare "to" and the
# act straight after it: "came here to kill our servicemen for money", "we were sent to kill" (the man's purpose, told
# of the captive himself as often as not, not an act done); "began to beat", "were forced to dig" are not errands
_PURPOSE_TO = re.compile(r"\b(?:sent|hired|paid|recruited|volunteered|enlisted|deployed|dispatched|(?:came|come|comes|went|gone)\s+"
                         r"(?:here|there|over|to\s+(?-i:[A-Z])[\w'-]*))\b(?!\s+on\b)(?:\s+[\w'-]+){0,4}?\s+to\s+$",
                         re.IGNORECASE)
_NEAR_MISS = re.compile(r"\b(?:came close to|close to|nearly|almost|on the verge of|on the brink of)\s+(?:\w+\s+)?$",
                        re.IGNORECASE)
# a fact-check's claim, and its verdict further on
_CLAIM_LINE = re.compile(r"\s*(?:(?:the\s+)?claims?|fact[ -]?check)\s*:", re.I)
VERDICT_FALSE = re.compile(r"\b(?:verdict|rating|our rating|conclusion)\s*:\s*(?:false|fake|fabricated|misleading|"
                           r"miscaptioned|altered|staged|not true|untrue|unproven|unsubstantiated|no evidence(?: found)?)\b",
                           re.I)
# a question of what may be done, asked of nobody in particular: "FAQ -- Can a captured soldier be shown on
# television?" ("Did they beat you?" asks about a fact, and is not read as one)
_NORM_QUESTION = re.compile(r"(?:[\w ]{0,12}[\u2014:-]\s*)?(?:Q:\s*)?((?:Can|May|Should|Must|Could)\s+(?:a|an|the|captured|"
                            r"prisoners?|pows?|soldiers?|enemy|armed)\b)", re.I)
# a question of what a picture shows, asked to be checked: "FACT CHECK: Does this video show prisoners being executed?"
_IMAGE_SHOWS_QUESTION = re.compile(r"\W*(?:[\w ]{1,20}[:\u2014-]\s*)?((?:does|do|did)\s+(?:the|this|that|these|those|a|an)\s+"
                                   r"(?:[\w'-]+\s+){0,2}?(?:videos?|footage|clips?|photos?|photographs?|images?|pictures?|"
                                   r"posts?|recordings?)\s+(?:really\s+|actually\s+)?show)\b", re.IGNORECASE)
_UNLAWFUL_IF_DONE = re.compile(r"[^.;:!?,]{0,60}?\b((?:would|could|will|might)\s+(?:be|constitute|amount to|breach|violate))"
                               r"(?:\s+[\w-]+){0,2}?\s+(?:war crimes?|crimes?|violations?|breach(?:es)?|illegal|unlawful|"
                               r"prohibited)\b", re.IGNORECASE)
_REQUEST = re.compile(r"(?:asks?|asked|requests?|requested|appeals?|appealed|demands?|demanded)", re.IGNORECASE)
_THREAT = re.compile(
    r"\b(?:threat(?:en|ens|ened|ening)?|warn(?:s|ed|ing)?|menac(?:e|ed|ing)|vow(?:s|ed)? to)\b"
    r"|\b(?:said|told \w+|say|says|promised)\b(?:\s+\w+){0,5}\s+(?:they|he|she|we|it|i)\s+would\b"
    # told what would be done to them: "the guard told us that anyone who tried to escape would be shot",
    # "we were told we would be executed at dawn"
    r"|\b(?:told (?:us|them|him|me|her|the prisoners)|(?:was|were) told)\b(?:\s+that)?\s+(?:they|he|she|we|i|you|anyone|"
    r"everyone|whoever|any prisoner|the prisoners?)\b(?:\s+(?!(?:was|were|is|are)\b)\w+){0,5}?\s+(?:would|will|'ll|(?:was|were) going to)\b"
    r"|\b(?:said|told \w+|say|says|shouted|yelled)\b(?:\s+\w+){0,5}\s+(?:they|he|we|i)\s+(?:will\s+|'ll\s+|are going to\s+)?(?=(?:shoot|kill|execute|bury|hang)\b)"
    # the time of an act still to come, as captors say it to captives: "tomorrow we take you to the forest and shoot"
    r"|\b(?:tomorrow|tonight|next time|one of these days)\b(?:\s+\w+){0,3}?\s+(?:we|i|they|you)\b",
    re.IGNORECASE,
)
# an order with its price, said to a captive: "show your unit on the map or we shoot you", "talk, or else we'll kill
# you", "give the codes or they would shoot him" -- with a modal, or the act in the plain present ("or they shot him"
# tells what was done)
_OR_PRICE = re.compile(r"\bor(?:\s+else)?,?\s+(?:we|i|they|he|she)(?P<modal>'ll|'d|\s+(?:will|would|shall|are going to|"
                       r"is going to|gonna))?\s+$", re.IGNORECASE)
# a condition put to "you" in the present, then what "we" do: "told the prisoners that if you do not talk, we beat
# you" -- the captor's words of what will follow, after a verb of saying ("if you asked for bread they beat you",
# a condition in the past, tells a habit)
_IF_YOU_THEN = re.compile(r"\b(?:if|unless|when|whenever)\s+(?:you|u)\s+(?!(?:\w+\s+){0,6}?(?:did|didn't|was|wasn't|were|weren't|"
                          r"had|hadn't|\w{2,}ed)\b)[^,;.]{0,50},?\s+(?:we|i)(?:'ll|\s+will|\s+shall)?\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
# a negation told as what the captors said would come: "warned they would not be fed until ...", "were told their
# families would never learn they were alive" (a threat, not an account that it was done)
_WARNED_NOT = re.compile(r"\b(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|told (?:us|them|him|me|her)|(?:was|were|been) told)"
                         r"\s+(?:that\s+)?(?:(?:they|he|she|we|i|you)|(?:their|his|her|our|my|the)\s+(?:[\w'-]+\s+){0,2}?"
                         r"[\w'-]+)\s+(?:would|will|'d|'ll)\s+(?:not|never|no longer)\b", re.IGNORECASE)
_PLAIN_ACT = re.compile(r"(?:shoot|kill|execute|hang|beat|cut|burn|torture|bury|cripple)\b", re.IGNORECASE)
_DENIAL = re.compile(
    # a denial itself negated is none: "the prosecution did not dispute that he had been kept awake", "Moscow has never
    # denied that the men were shot", "no one disputes that"
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bcannot )(?<!\bno one )(?<!\bnobody )"
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"rebuff(?:s|ed)?|disput(?:e|es|ed|ing))\b[^.;]{0,80}?\b(?:that|claims?|reports?|allegations?|"
    r"accusations?|accounts?|charges?|suggestions?|having|ever|"
    # what the denier calls the reports: "rejects the inventions of the Kyiv regime about alleged mistreatment"
    r"inventions?|fabrications?|lies|rumou?rs|slander|insinuations?)\b"
    r"|\b(?:falsely|fabricated|fake|(?:faked|staged)(?!\s+(?:a|an)\b)|no truth|hoax|hoaxed|doctored|forged|(?:not |un)true that|false that)\b"
    # a captive's own letter: "Don't believe what they say on TV about us being tortured"
    r"|\b(?:don'?t|do not|never)\s+believe\s+(?:what|the|those|anything|everything|any)\b[^.;]{0,60}?\babout\b"
    # a clause denied straight after the verb: "Moscow denies the soldiers were executed"
    r"|\bden(?:y|ies|ied|ying)\s+(?:(?!(?:and|but|then|so)\b)[\w'-]+\s+){1,4}(?:was|were|had|have|has|is|are)\s+(?:\w+\s+)?$"
    # the denied act straight after the verb: "denies mistreating prisoners", "denied ever torturing them"
    r"|\bden(?:y|ies|ied|ying)\s+(?:ever\s+|having\s+)?$",
    re.IGNORECASE,
)
# a claim refuted by the sentence straight after it: "Russian channels claim our platoon was captured near the
# river. This is false."
_REFUTED_NEXT = re.compile(
    r"\s*(?:(?:this|that|it|these claims?|the claims?|this claim|such claims|the reports?|these reports|the video|"
    r"this video|the footage)\s+(?:is|are|was|were)\s+(?:(?:completely|totally|absolutely|simply|entirely)\s+)?"
    r"(?:false|fake|untrue|not true|a lie|lies|fabricated|a fabrication|fabrications|baseless|groundless|staged|"
    r"a fake|a hoax)\b"
    r"|(?:this|that|it) (?:never|did not|didn't) happen"
    r"|(?:false|fake|not true|untrue|lies)\s*[.!])", re.IGNORECASE)
_NEG_AFTER = re.compile(r"^\s*(?:nobody|no one|none of them|none)\b", re.IGNORECASE)
# the phrase is the subject of a delivery that did not happen: "parcels sent through the Red Cross ... have not
# arrived for months", "the letters never reached them" (not across a comma, "but", or a relative clause)
_NOT_ARRIVED = re.compile(
    r"^(?:\s+(?!(?:but|while|whereas|although|though|yet|who|which|that|where)\b)[\w'-]+){0,20}?"
    r"\s+(?:(?:has|have|had|did|does|do)(?:n't|\s+not|\s+never)|never)\s+(?:yet\s+|been\s+)?"
    r"(?:arriv\w*|reach\w*|got through|get through|gotten through|been delivered|delivered|come through|came through|"
    r"turned up|made it)\b", re.IGNORECASE)
# "calls reports of torture of 'captured AFU personnel' 'fabricated by Kyiv's propaganda'": the act is named as
# what reports say, and the sentence then calls them false
_REPORTS_OF = re.compile(r"\b(?:reports?|allegations?|claims?|accounts?|accusations?|stories|footage|videos?)\s+"
                         r"(?:of|about)\s+(?:[^.;]{0,40})?$"
                         # "Your article claiming that prisoners of war in my camp are beaten is a lie"
                         r"|\b(?:reports?|articles?|stories|story|claims?|posts?|allegations?)\s+(?:claiming|saying|"
                         r"alleging|suggesting)\s+(?:that\s+)?[^.;]{0,60}$"
                         # "Reports in some media that Indian soldiers ... were taken by the other side ... are incorrect"
                         # (but "the claim that they are mercenaries is nonsense" refutes a label, and the label was given)
                         r"|\b(?:reports?|rumou?rs?|claims?|allegations?)\s+(?:(?:in|on|by)\s+(?:[\w'-]+\s+){1,3})?that\s+"
                         r"[^.;]{0,60}$", re.IGNORECASE)
_STATUS_LABEL = re.compile(r"mercenar|terrorist|spy|spies|saboteur|criminal|unlawful|illegal|nazi", re.IGNORECASE)
_CALLED_FALSE = re.compile(r"^[^.;]{0,80}?\b(?:fabricat\w*|fake|faked|lies|a lie|false|untrue|baseless|groundless|"
                           r"incorrect|inaccurate|unfounded|"
                           r"propaganda|nonsense|a provocation|staged|hoax)\b", re.IGNORECASE)
# a denial the same text takes back: "admitted what Paris had denied for 44 years: that ...", "the ministry denied
# it, but the footage shows them ..." (the act is told as shown, not as denied)
_DENIAL_OVERTURNED_BEFORE = re.compile(r"\b(?:admit(?:s|ted)?|confirm(?:s|ed)?|acknowledg(?:e|es|ed)|conced(?:e|es|ed)|"
                                       r"reveal(?:s|ed)?|prov(?:e|es|ed)|show(?:s|ed)|expos(?:e|es|ed))\s+what\s+"
                                       r"[^.;]{0,40}$", re.IGNORECASE)
_DENIAL_OVERTURNED_AFTER = re.compile(r"^[^.;]{0,120}?\bbut\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:[\w'-]+\s+){0,2}?"
                                      r"(?:footage|videos?|photos?|photographs?|images?|pictures?|evidence|records?|"
                                      r"autops(?:y|ies)|documents?|satellite imagery)\s+(?:clearly\s+)?"
                                      r"(?:shows?|showed|proves?|proved|confirms?|confirmed|reveals?|revealed)\b",
                                      re.IGNORECASE)
_DENIAL_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:was|were|is|are) (?:denied|disputed|rejected|dismissed|refuted)\b"
    # "reports of ill-treatment of POWs ... called 'fabrications of Kyiv propaganda'"
    r"|^[^.;]{0,40}?\b(?:was|were|is|are|(?:(?:was|were|is|are|been) )?(?:called|labell?ed|branded|termed|dismissed as|described as)) "
    # ("is a staged fake", "is a crude montage")
    r"[\"'\u2018\u201c]?(?:(?:a|an|pure|complete|total|crude|staged)\s+){0,3}(?:fabrications?|fabricated|fake|false|lies|"
    r"untrue|baseless|groundless|propaganda|provocation|staged|montage|forgery|hoax|doctored)\b",
    re.IGNORECASE,
)

# Attribution. Strong: the claim is the speaker's (lower confidence). Plain: sourced.
_CLAIM_VERBS = r"(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|assert(?:s|ed)|insist(?:s|ed))"
_SAY_VERBS = r"(?:said|says|say|told|reported|reports|stated|states|announced|wrote|posted|confirmed|testified|recalled)"
# "are still being held", "continue to be denied": the act is reported as going on now
_ONGOING = re.compile(r"\b(?:is|are) (?:still )?being\b|\b(?:still|remain|remains|continue to|continues to|to this day|"
                      r"as of now|currently|at present)\b", re.IGNORECASE)
_ATTR_WHO = re.compile(
    r"\b(?P<who>(?:[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*){0,4})|(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:officials?|authorities|ministry|spokesm[ae]n|spokeswoman|military|army|government|"
    r"media|channels?|bloggers?|sources?|prosecutors?|commanders?|witnesses|witness|relatives|families|"
    r"investigators|monitors|mission|group|groups|captors|guards|prisoners|detainees|he|she|they))"
    r"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>" + _CLAIM_VERBS + "|" + _SAY_VERBS + r")\b"
)
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;]{2,60}?)(?=[,.;]|$| that\b)", re.IGNORECASE)
_ADVERB_CLAIM = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly|apparently|claimed|purported)\b", re.I)


@dataclass(frozen=True)
class Cue:
    status: str = ASSERTED  # asserted | negated | hypothetical | threat | denied
    attributed_to: Optional[str] = None
    claim: bool = False  # the attribution is a contested claim, not a plain report
    words: str = ""  # the cue words that decided the status
    privative: bool = False  # negated by "denied", "deprived of", "refused to" rather than "not"/"no"
    qualifiers: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_evidence(self) -> bool:
        return self.status == ASSERTED


def _clause_left(text: str, s_start: int, h_start: int) -> str:
    left = text[s_start:h_start]
    if left.rstrip().endswith(",") and _OPENED_AT.match(text, h_start) and not _MODAL_AHEAD.match(text, h_start):
        return ""  # the phrase opens its own clause: "if someone spoke Ukrainian, all the cell was punished"
    last = None
    for m in _BOUNDARY.finditer(left):
        last = m
    cut = last.end() if last else 0
    # a new verb in the present with its own object, which may be the phrase's own first words: "asks whether they
    # came from China and makes them bow" (the phrase "makes them bow")
    for m in _AND_PRESENT_VERB.finditer(text, s_start + cut, min(h_start + 24, len(text))):
        if m.end() > h_start:
            break
        if m.group(0)[:2].lower() == "or" and any(w.lower() in NEGATORS or w.lower().endswith("n't")
                                                 for w in _WORD.findall(text[s_start + cut : m.start()])):
            continue  # "nobody insults or mocks him": the verb after "or" shares the negated subject
        cut = m.end() - s_start
    return left[cut:]


# negators that negate a verb ("could not walk"), not a noun ("no water", "nobody")
_ADVERB_NEGATORS = NEGATORS - {"no", "without", "nobody", "none", "neither", "nor", "nothing", "nowhere"}
_FINITE_AUX = frozenset("was were is are".split())
# negators of degree, which scope over their own verb or noun only: "barely any water" (scarce), "could barely stand
# after the beating", "barely survived the shelling" (what came after "barely" did happen)
_DEGREE_NEGATORS = frozenset("barely hardly scarcely".split())
_BODILY = frozenset("survived survive surviving alive conscious walk walking stand standing breathe breathing move moving "
                    "speak speaking talk talking see recognisable recognizable".split())
_NOT_STOP = frozenset("stop stopped stops cease ceased quit".split())
_TELLING = frozenset("forget forgot forgotten understand explain describe".split())
_WH = frozenset("how what why that".split())


_LAST_NO = re.compile(r"\b(?:no|without)\b(?!.*\b(?:no|without)\b)", re.IGNORECASE | re.DOTALL)
_LIST_WORD = re.compile(r"\b(?:or|and|nor)\b", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"^\s*(?:,|(?:or|and|nor)\b)", re.IGNORECASE)


# a verb joined by "and" after a "no" phrase is a new predicate, not one more thing there was none of: "sarge said no
# room in the truck and shot both", "gave them no food and beat them"
_AND_BEFORE = re.compile(r"\b(?:and|then)\s*$", re.IGNORECASE)
_PAST_ACT = re.compile(r"(?:shot|beat|hit|cut|threw|took|made|kept|put|left|struck|hung|burnt|stabbed|[a-z]{3,}ed)\b",
                       re.IGNORECASE)


def _no_ends_before(masked: str, after: str) -> bool:
    """Does the determiner "no" (or "without") end with its own noun, at a comma before the phrase? "no weapons,
    hands raised", "without weapons, hands above their heads", "no food, no water, beaten every day" -- but not a
    list it governs: "no beatings, threats or torture", "no beating, torture or abuse"."""
    last = _LAST_NO.search(masked)
    if last is None:
        return False
    cut = max(masked.rfind(",", last.end()), masked.rfind(";", last.end()))
    if cut == -1:
        return False
    return not _LIST_WORD.search(masked, cut) and not _LIST_GOES_ON.match(after)


# a negated condition, then the main clause's own subject right before the phrase: "if I don't talk they ..."
_CONDITION_NEGATED = re.compile(r"\b(?:if|unless|when|whenever|each time|every time)\b[^,;]*?\b(?:not|never|\w+n't)\s+"
                                r"\w+(?:\s+\w+){0,5}?\s+(?:they|he|she|we|i|the guards?|the soldiers)\s+$", re.IGNORECASE)

# ... and a failure or refusal that is the condition, the act the main clause's verb right after it: "when they
# failed to answer made them kneel on bamboo poles" (the guard made them kneel)
_CONDITION_FAILED = re.compile(r"\b(?:if|when|whenever|each time|every time)\s+(?:\w+\s+){0,3}?"
                               r"(?:fail(?:s|ed)?|refus(?:e|es|ed)) to\s+\w+\s+$", re.IGNORECASE)


# a past verb that cannot be a base form, starting a phrase after a comma; and a do-support negation before it
_NEW_PAST_PREDICATE = re.compile(r"(?:fed|gave|took|sent|shot|kept|held|brought|made|left|struck|threw|told|"
                                 r"(?!(?:need|feed|bleed|heed|speed|proceed|succeed|exceed|breed|seed)\b)[a-z]{3,}ed)\b",
                                 re.IGNORECASE)
_DO_NOT_TAIL = re.compile(r"\b(?:did|does|do)(?:\s+not|n't|nt)\s+\w+(?:\s+[\w'-]+){1,8}\s*,\s*$", re.IGNORECASE)
# a relative clause of people with its own negated verb, right before the phrase: "those who would not attend lost
# their bread ration", "the men who did not sign it were beaten" (the phrase then begins with the main verb)
_WHO_NOT_VERB = re.compile(r"\bwho\s+(?:\w+\s+)?(?:not|never|\w+n't)\s+\w+(?:\s+\w+){0,3}?\s*$", re.IGNORECASE)
# a relative clause whose own subject is negated, then the main verb: "a court that no country recognises sentenced
# them" (the court did sentence them; what is denied is the recognising)
_REL_NO_SUBJECT = re.compile(r"\b(\w+)\s+(that|which|whom)\s+no\s+(?!longer\b|more\b)\w+\s+\w+((?:\s+\w+){0,5}?)\s*$",
                             re.IGNORECASE)
# ... but "that" after a verb of saying or knowing opens what was said: "prisoners said that no guard ever beat them"
_THAT_AFTER_VERB = frozenset("said says say told tells tell know knows knew think thinks thought believe believes believed "
                             "saw see sees seen heard hear hears claim claims insist insists show shows showed shown "
                             "find finds found write writes wrote ensure ensures is was were are be been so such now "
                             "stated states reported reports confirmed confirms denied denies noted notes added adds "
                             "learned learnt agreed agrees promised promises and or but also then because".split())


def _relative_no_subject(masked: str, main_verb: bool) -> bool:
    """Does a relative clause whose own subject is negated end before the phrase: the phrase is the main clause's
    verb ("a court that no country recognises sentenced him"), or that verb comes between ("... recognises called
    him a mercenary")?"""
    m = _REL_NO_SUBJECT.search(masked)
    if m is None or (m.group(2).lower() == "that" and m.group(1).lower() in _THAT_AFTER_VERB):
        return False
    return main_verb or any(_MAIN_VERB.fullmatch(w) for w in m.group(3).split())
_MAIN_VERB = re.compile(r"(?:lost|got|went|were|was|had|received|spent|faced|shot|beat|hit|cut|took|made|kept|put|left|"
                        r"struck|hung|[a-z]{3,}ed)\b", re.IGNORECASE)


def _ends_own_predicate(words: list[str], neg: str) -> bool:
    """Does the negated verb phrase end before the phrase? An adverb negator, then its own verb, then a
    new finite "was/were/is/are" ("who could not walk were shot", "did not know they were beaten")."""
    low = neg.lower()
    if low not in _ADVERB_NEGATORS and not low.endswith("n't"):
        return False
    i = max(k for k, w in enumerate(words) if w == neg)
    after = [w.lower() for w in words[i + 1 :]]
    if after and after[0] in _NOT_STOP:
        return True  # "they did not stop kicking him": the act went on
    if len(after) >= 2 and after[0] in _TELLING and after[1] in _WH:
        return True  # "I can't forget how they beat him": the act is the complement's, told as fact
    return any(w in _FINITE_AUX for w in after[1:])


# a phrase that opens a condition ("unless the army", "until the government"): a negation before it is the main
# clause's
_CONDITION_PHRASE = re.compile(r"(?:unless|until|if|only if|only when)\b", re.IGNORECASE)

# a negated subject governs the verb of its clause, however long the subject ("None of those held in such
# centres had been visited", "Not one of the men we spoke to was allowed to write", "none of the bodies came
# with a death certificate")
_SUBJECT_NEG = re.compile(r"^\W*(?:(?:and|or)\s+)?"
                          # (after a time or place told first: "Eighteen months on, not one of the families had ...")
                          r"(?:(?:[\w'-]+\s+){1,6}?(?:on|later|after|since|in|by|during|at|of)\b(?:\s+[\w'-]+){0,4}\s*,\s*)?"
                          r"(none|nobody|no one|not one|not a single)\b", re.IGNORECASE)
_SUBJECT_VERB = frozenset("was were is are had has have did does do could would got gets came comes received receives arrived "
                          "reached saw sees went returned showed included contained bore".split())
# a negation put first, the auxiliary then before its subject, governs the whole clause: "Nowhere in the footage is
# anyone taken alive or killed", "At no point were the prisoners shown to a doctor", "Never did the guards feed them"
_INVERTED_NEG = re.compile(r"^\W*(nowhere|never|at no (?:time|point|stage|moment)|in no case|on no occasion|not once)\b"
                           r"[^,;]{0,80}?\b(?:is|are|was|were|did|does|do|has|have|had)\s+(?:(?:any|the|a|an|this|that|"
                           r"these|those|their|his|its)\s+)?(?:[\w'-]+\s+)?"
                           r"(?:anyone|anybody|anything|any|they|he|she|we|i|it|there|[a-z'-]+s)\b", re.IGNORECASE)
_KNOWS = re.compile(r"\b(?:that|knows?|knew|known|doubts?|doubted|den(?:y|ies|ied)|thinks?|thought|said|says|expected|"
                    r"believes?|believed|saw|sees?|heard|hears?)\b", re.IGNORECASE)
_WOULD = re.compile(r"\b(?:would|were)\b", re.IGNORECASE)
_WHO_BEFORE = re.compile(r"\b(?:who|that|which)\s+$", re.IGNORECASE)
_OPENS_WITH_WHO = re.compile(r"\W*(?:who|which)\s", re.IGNORECASE)  # a relative clause set off by a comma


_NOT_MAIN_BEFORE = frozenset("be been being to get got have had has".split())


def _relative_ends(masked: str, negp: re.Match, phrase: str) -> bool:
    """ "Those who refused to join were beaten": a refusal inside a relative clause ends where the main
    verb begins, a new finite "was/were/is/are" after the refused verb, or the phrase itself when it opens
    with the main clause's past verb."""
    if not _WHO_BEFORE.search(masked, 0, negp.start()):
        return False
    if "," in masked[negp.end():] and _OPENS_WITH_WHO.match(masked):
        return True  # set off by commas: "two of these captives, who refused to go forward, shot dead by ..."
    after = [w.lower() for w in _WORD.findall(masked[negp.end():])]
    if any(w in _FINITE_AUX for w in after[1:]):
        return True
    # the phrase is the main clause's own past verb: "those who refused to join the unit lost the right to write"
    return len(after) >= 2 and after[-1] not in _NOT_MAIN_BEFORE and _MAIN_VERB.match(phrase) is not None


# a past participle right after a known group of people is a relative clause of its own, told as fact: "will not
# allow delegates to see the nine soldiers captured in the battle" (what is refused is the seeing)
_KNOWN_PEOPLE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|his|her)\s+(?:[\w-]+\s+){0,3}?(?:soldiers|men|"
                                  r"prisoners|troops|servicemen|fighters|captives|pows|marines|sailors|pilots|airmen|"
                                  r"crew|crewmen|detainees|conscripts|officers|guardsmen|militants|rebels)\s+$", re.I)
_PARTICIPLE = re.compile(r"(?!(?:need|feed|seed|bleed|breed|speed|indeed)\b)(?:[a-z]{3,}ed|taken|held|caught|shot|kept|"
                         r"hung|struck|thrown|beaten|killed)\b", re.I)
_NEGATED_VERB_BEFORE_NP = re.compile(r"\b(?:(?:allow\w*|let|permit\w*|able|access)\s+(?:\w+\s+){0,3}to\s+see|meet|visit|"
                                     r"reach|contact|access|find|name|identify|release|free|return|exchange|hand over|"
                                     r"list|register|count|confirm|know|say how many)\s+(?:\w+\s+){0,5}$", re.I)


def _people_described(text: str, clause: str, start: int, neg: str) -> bool:
    """Is the phrase a participle that tells of a group of people named after a negated verb ("not allowed to see the
    nine soldiers captured in the battle")? The negation is the verb's, and the participle a fact about the men."""
    if not _PARTICIPLE.match(text, start):
        return False
    people = _KNOWN_PEOPLE_BEFORE.search(clause)
    return people is not None and _NEGATED_VERB_BEFORE_NP.search(clause, 0, people.start()) is not None \
        and neg.lower() not in {w.lower() for w in _WORD.findall(people.group(0))}


_PRIVATIVE = re.compile(r"^(?:\w+\s+)?without\b", re.IGNORECASE)  # "without food", "went without food"


def _lack_denied(phrase: str, tail: list[str]) -> bool:
    """Is a phrase told by lack ("went without food", "without heating") itself denied by a "not" or "never" just
    before it? "had not gone without heating at any time", "never went without food", "were never without water":
    the lack did not happen."""
    if not _PRIVATIVE.match(phrase):
        return False
    return any(w.lower() in ("not", "never") or w.lower().endswith("n't") for w in tail[-2:])


# a subject that "no" or "none of" opens, told at length, then its verb right before the phrase: "no soldier captured
# in the raid has been", "none of the men held at the school was"
_SUBJECT_NO = re.compile(r"(?:^|\b(?:that|said|says|say|told|stated|states|insisted|insists)\s+|[,:;]\s*)"
                         r"(?:no|none of (?:the|their|our|its|those|them)|not one of (?:the|their|our|its|those)|"
                         r"not a single|not one)\s+(?:(?!(?:was|were|has|have|had|is|are|and|but|or|who|which|that)\b)"
                         r"[\w'-]+\s+){1,12}?(?:was|were|has|have|had|is|are)(?:\s+(?:ever\s+)?(?:been|being))?\s+(?:ever\s+)?"
                         r"(?:\w+ly\s+)?$", re.I)


# a second infinitive joined to a refusal's or a failure's first: "refused to give the ICRC a list or to let delegates
# see them" (the seeing is refused too), read as near as the refusal's own verb
_AND_TO = re.compile(r"\b(?:or|and|nor) to\s", re.IGNORECASE)


def _negp_reaches(masked: str, negp: re.Match) -> bool:
    """Does a negating phrase ("refused to", "lack of") reach the phrase at the end of the clause? Up to six words
    after it, or after the last "or to"/"and to" that carries a "... to" refusal on to a second verb."""
    after = masked[negp.end() :]
    if len(_WORD.findall(after)) <= 6:
        return True
    if not negp.group(0).lower().endswith(" to"):
        return False
    last = None
    for m in _AND_TO.finditer(after):
        last = m
    return last is not None and len(_WORD.findall(after[last.end() :])) <= 6


def classify(text: str, sentence: tuple[int, int], start: int, end: int) -> Cue:
    """The cue status of the phrase text[start:end] inside its sentence."""
    s_start, s_end = sentence
    clause = _clause_left(text, s_start, start)
    before = text[s_start:start]
    rest = text[end:s_end]  # the sentence after the phrase
    low_clause = clause.lower()

    status, cue_words = ASSERTED, ""
    masked = _NOT_NEGATING.sub(" ", low_clause)
    tail_masked = _WORD.findall(masked)[-6:]
    neg = next((w for w in reversed(tail_masked) if w.lower() in NEGATORS or w.lower().endswith("n't")), None)
    if neg is None and _SUBJECT_NO.search(masked):
        neg = "no"  # "no soldier captured in the raid has been mistreated": the subject's "no", far back, is the verb's
    if neg is not None and (_ends_own_predicate(tail_masked, neg) or _CONDITION_NEGATED.search(masked)):
        # "comrades who could not walk were shot": the negated verb is not the phrase's; "if I don't talk they
        # beat me": the negation is the condition's, and the act is the main clause's
        neg = None
    if neg == "no" and _relative_no_subject(masked, _MAIN_VERB.match(text, start) is not None):
        neg = None  # "a court that no country recognises called him a mercenary": the "no" is the relative clause's
    if neg is not None and _WHO_NOT_VERB.search(masked) and _MAIN_VERB.match(text, start):
        neg = None  # "men who would not attend lost their bread ration": the relative clause ends at its own verb
    if neg is not None and neg.lower() in ("no", "without") and _no_ends_before(masked, rest):
        neg = None  # "no weapons, hands raised", "no food, no water, beaten every day": "no" ends with its noun
    if neg is not None and neg.lower() in ("no", "without") and tail_masked and tail_masked[-1].lower() != neg.lower() \
            and _AND_BEFORE.search(masked) and _PAST_ACT.match(text, start):
        neg = None  # "said no room in the truck and shot both": the verb after "and" has its own predicate
    if neg is not None and masked.rstrip().endswith(",") and _NEW_PAST_PREDICATE.match(text, start) and (
            neg.lower() in ("no", "without", "nothing") or _DO_NOT_TAIL.search(masked)):
        # "did not fire on the columns, fed them rice", "interviewed them without witnesses, recorded their particulars":
        # a past verb after the comma is a new predicate of the same subject (a base verb would go on with the
        # negated list: "did not feed them, give them water")
        neg = None
    if neg is not None and _people_described(text, clause, start, neg):
        neg = None  # "not allowed to see the soldiers captured in May": the capture is the men's, and told
    if neg is not None and neg.lower() in _DEGREE_NEGATORS:
        i = max(k for k, w in enumerate(tail_masked) if w == neg)
        between = [w.lower() for w in tail_masked[i + 1 :]]
        if len(between) > 2 or (between and between[0] in _BODILY):
            neg = None  # "could barely walk after the beating": "barely" is a degree of its own verb only
    negp = None
    for m in _NEG_PHRASES.finditer(masked):
        negp = m
    if negp is not None and _CONDITION_FAILED.search(masked) and _PAST_ACT.match(text, start):
        negp = None
    # A denial ("officials denied that ...") decides first; then plain negation.
    privative = False
    # A phrase that is itself negative ("no death certificate", "not allowed to write") is not
    # negated again by a negator earlier in a list; and a negation does not reach past a comma
    # followed by three or more words ("were not beaten, but the guards kicked them").
    own_negation = any(w.lower() in NEGATORS or w.lower().endswith("n't") for w in _WORD.findall(text[start:end]))
    comma = masked.rfind(",")
    if comma != -1 and len(_WORD.findall(masked[comma:])) >= 3:
        before_comma = _WORD.findall(masked[:comma])
        if neg is not None and neg.lower() in [w.lower() for w in before_comma[-6:]] and \
                neg.lower() not in [w.lower() for w in _WORD.findall(masked[comma:])]:
            neg = None
        if negp is not None and negp.end() <= comma:
            negp = None
    if neg is None and negp is None and not own_negation:
        subj = _SUBJECT_NEG.match(masked)  # "None of those held in such centres had been visited"
        if subj and _SUBJECT_VERB & {w.lower() for w in _WORD.findall(masked[subj.end():])} \
                and not _KNOWS.search(masked, subj.end()):
            neg = subj.group(1)
    if neg is None and negp is None and not own_negation:
        inverted = _INVERTED_NEG.match(masked)  # "Nowhere in the footage is anyone killed after capture"
        if inverted:
            neg = inverted.group(1)
    if neg is None and _PERMISSION_BEFORE.search(masked):
        neg = next((w for w in reversed(_WORD.findall(masked)) if w.lower() in NEGATORS or w.lower().endswith("n't")),
                   None)
        if neg is not None and _people_described(text, clause, start, neg):
            neg = None
    if own_negation and not _lack_denied(text[start:end], tail_masked):
        neg = negp = None
    if _CONDITION_PHRASE.match(text, start, end):
        # "they 'will not see another month' unless the army pulls back": the negation is the main clause's; the
        # condition the phrase opens is not negated by it
        neg = negp = None
    den = None
    for m in _DENIAL.finditer(before):
        den = m
    if den is not None and (_DENIAL_OVERTURNED_BEFORE.search(before, 0, den.start())
                            or _DENIAL_OVERTURNED_AFTER.search(text[den.end() + s_start:s_end])):
        den = None
        if negp is not None and negp.group(0).strip().lower() == "denied":
            negp = None  # (the denier's own verb, not a lack)
    after = _DENIAL_AFTER.search(rest)
    if after is None and den is None and _REPORTS_OF.search(before) and not _STATUS_LABEL.match(text, start):
        after = _CALLED_FALSE.search(rest)
    if den is None and after is None and _CLAIM_LINE.match(text, s_start, start):
        verdict = VERDICT_FALSE.search(text, s_end)  # a fact-check: "Claim: a video shows ... Verdict: FALSE."
        if verdict:
            den = verdict
    if den is not None:
        status, cue_words = DENIED, den.group(0)
    elif after is not None:
        status, cue_words = DENIED, after.group(0)
    elif neg is not None:
        status, cue_words = NEGATED, neg
    elif negp is not None and _negp_reaches(masked, negp) and not _relative_ends(masked, negp, text[start:end]):
        status, cue_words = NEGATED, negp.group(0)
        privative = not negp.group(0).lower().startswith(("no ", "free ", "without"))
    elif neg_after := _NEG_AFTER.match(rest):
        status, cue_words = NEGATED, neg_after.group(0)
    elif not_arrived := _NOT_ARRIVED.match(rest):
        # (privative: the thing was sent and kept from them, as with "deprived of")
        status, cue_words, privative = NEGATED, not_arrived.group(0).strip(), True
    if status == ASSERTED:
        thr = None
        for m in _THREAT.finditer(clause + text[start:end]):  # "said we shoot ...": the verb is the hit
            if m.start() < len(clause):
                thr = m
        if thr is not None and len(_WORD.findall(clause[thr.end() :])) <= 6:
            status, cue_words = THREAT, thr.group(0)
        if status == ASSERTED:
            price = _OR_PRICE.search(before)
            if price is not None and (price.group("modal") or _PLAIN_ACT.match(text, start)):
                status, cue_words = THREAT, price.group(0)
        if status == ASSERTED:
            said = _SAYING.search(before)
            cond = _IF_YOU_THEN.search(before, said.end()) if said is not None else None
            if cond is not None:
                status, cue_words = THREAT, cond.group(0)
    if status == NEGATED and not privative:
        warned = _WARNED_NOT.search(clause)
        if warned:  # "they had been warned they would not be fed until they had learned their texts"
            status, cue_words = THREAT, warned.group(0)
    asks = text[s_start:s_end].rstrip().endswith("?")
    if status == ASSERTED and asks:
        shows = _IMAGE_SHOWS_QUESTION.match(text, s_start, start)
        if shows:  # "FACT CHECK: Does the viral video show captured soldiers being executed?"
            status, cue_words = HYPOTHETICAL, shows.group(1)
    norm_question = _NORM_QUESTION.match(text, s_start, s_end) if status == ASSERTED else None
    if norm_question and asks:  # "Can a captured soldier be shown ...?"
        status, cue_words = HYPOTHETICAL, norm_question.group(1)
    if status == ASSERTED:
        near = _NEAR_MISS.search(clause) if _DEATH.search(text, start, end) else None
        if near is not None:  # "the crowd was close to killing someone": the death did not happen
            status, cue_words = HYPOTHETICAL, near.group(0)
    if status == ASSERTED and _PLAIN_ACT.match(text, start):
        errand = _PURPOSE_TO.search(clause)
        if errand is not None:
            status, cue_words = HYPOTHETICAL, errand.group(0)
    if status == ASSERTED:
        hyp = None
        # the phrase itself is read only to see what follows a cue word ("set to shifting shells", "may write home")
        with_phrase = clause + text[start:end]
        for m in _HYPOTHETICAL.finditer(with_phrase):
            if m.start() >= len(clause):
                break
            if m.group(0) == "may" and _PERMISSION_MAY.match(with_phrase[m.end():]):
                continue
            hyp = m
        # "if you asked for bread they beat you": the request is the condition's own verb; the "if" decides
        if hyp is not None and hyp.group(0).lower() in ("asked", "wanted", "requested"):
            cond = _IF_JUST_BEFORE.search(clause, 0, hyp.start())
            if cond is not None:
                hyp = cond
            elif (hyp.group(0).lower() == "asked" and _WHEN_JUST_BEFORE.search(clause, 0, hyp.start())
                  and _ASKED_OF.match(with_phrase, hyp.end())):
                hyp = None
        # "its requests to visit were never granted": a request whose refusal the phrase itself
        # states is a reported fact, not a wish
        # (a reporter's request for comment answered by silence is no request about the captives)
        refused_request = hyp is not None and _REQUEST.fullmatch(hyp.group(0)) and (
            own_negation or (_REFUSAL_WORDS.search(text, start, end) and not _FOR_COMMENT.match(clause, hyp.end())))
        # "questioned whether his confession, filmed and posted online by the service, had been made freely": a
        # participle phrase set off by commas inside the question's subject describes it as it is; the question is
        # about the verb after it
        if hyp is not None and hyp.group(0).lower() == "whether" and _APPOSITIVE_OPEN.match(clause, hyp.end()) \
                and _APPOSITIVE_CLOSE.match(text, end, s_end):
            hyp = None
        # "whether he will condemn the decision to parade them": what is condemned is taken as done
        if hyp is not None and _CONDEMNED_BEFORE.search(clause, hyp.end()):
            hyp = None
        # "every morning we must sing their anthem": a captive's "we must" tells what they were made to do
        compelled = (hyp is not None and hyp.group(0).lower() == "must" and _SELF.search(clause, 0, hyp.start())
                     and len(_WORD.findall(clause[hyp.end():])) <= 4)
        # "urged Azerbaijan to free the soldiers it still holds": the verb of a relative clause is a fact
        relative = hyp is not None and _CONTACT_RELATIVE.search(clause[hyp.end():])
        # "beaten ... until many of them agreed to sign up with the Badr corps": the pressure worked
        # ... or the captives themselves agreed: "Several prisoners agreed to speak to the cameras"
        gave_in = hyp is not None and hyp.group(0).lower() == "agreed to" and (
            _UNTIL_BEFORE.search(before, 0, len(before) - len(clause) + hyp.start())  # ("until" ends the clause)
            or _CAPTIVE_AGREED.search(clause, 0, hyp.start()))
        # "those who said they wanted to go home were beaten": a wish inside a relative clause about people ends
        # where the main clause's own "were/was" begins (not a pronoun's own verb: "who asked whether they were")
        wish_in_relative = hyp is not None and _WISH_VERB.fullmatch(hyp.group(0)) is not None \
            and _WHO_OPENS.search(clause, 0, hyp.start()) is not None \
            and _MAIN_AUX_AFTER.search(clause, hyp.end()) is not None
        relative = relative or wish_in_relative
        # "ICRC asked to come in twice, camp admin turned them away": after the request and a comma, a few words of
        # a new subject and a past verb tell what was done about it
        answered = hyp is not None and _WISH_VERB.fullmatch(hyp.group(0)) is not None \
            and _ANSWERED_AFTER_COMMA.search(clause, hyp.end()) is not None and _NEW_PAST_PREDICATE.match(text, start)
        relative = relative or answered
        # "what would the Government do if one of our pilots were shot down, captured and shown on television?":
        # a conditional with "would" before it or a subjunctive "were" in it keeps its scope over a longer clause
        reach = 22 if hyp is not None and hyp.group(0).lower() == "if" and (
            _WOULD.search(clause, 0, hyp.start()) or _WOULD.search(clause, hyp.end())) else 12
        # "if the guard hear us talk in Amharic he hit with the stick": the act is what followed, each time,
        # in the main clause (no modal, no one saying it would) -- a habit told, not a supposition
        # (told in the past, the condition is a habit even in a report: "prisoners said that if anyone spoke at night
        # the guards beat him"; in the present it may be a threat: "if you do not talk, we beat you")
        habit = hyp is not None and hyp.group(0).lower() == "if" and _HABIT_THEN.search(clause, hyp.end()) \
            and len(_WORD.findall(clause[hyp.end():])) >= 4 and not _MODAL.search(clause, hyp.end()) \
            and (_PAST_CONDITION.match(clause, hyp.end())
                 or (not _SAYING.search(before) and not _TO_YOU.match(clause, hyp.end())))
        # "Hanoi will not let the Red Cross inside its camps": a refusal stated now, not a future supposed; what
        # it refuses, told after its verb ("... the Red Cross into its camps"), is negated
        refusal = _WILL_NOT.match(with_phrase, hyp.end()) if hyp is not None and hyp.group(0).lower() == "will" else None
        if refusal is not None and refusal.end() <= len(clause) and _people_described(text, clause, start, "not"):
            refusal = None
            hyp = None
        if refusal is not None and refusal.end() <= len(clause):
            status, cue_words = NEGATED, "will" + refusal.group(0)
        elif hyp is not None and len(_WORD.findall(clause[hyp.end() :])) <= reach and not (
                refused_request or compelled or relative or gave_in or habit or refusal):
            status, cue_words = HYPOTHETICAL, hyp.group(0)

    if status == ASSERTED:
        # the act named as what would be a crime, were it done: "any showing of the men on Russian state TV would be
        # a war crime", "putting them before a tribunal could amount to a war crime"
        unlawful_if = _UNLAWFUL_IF_DONE.match(text, end, s_end)
        if unlawful_if is not None:
            status, cue_words = HYPOTHETICAL, unlawful_if.group(1)
    who, claim = _attribution(text, s_start, s_end, start)
    if status == ASSERTED and (who or claim):
        refuted = _REFUTED_NEXT.match(text, s_end)
        if refuted:  # "X claim the platoon was captured. This is false."
            status, cue_words = DENIED, refuted.group(0)
    quals = []
    if status != ASSERTED:
        quals.append(f"{status} ({cue_words.strip()})")
    elif _ONGOING.search(clause) or _ONGOING.search(rest[:40]):
        quals.append("reported as ongoing")
    if who:
        quals.append(("claimed by " if claim else "according to ") + who)
    elif claim:
        quals.append("reported as an allegation")
    return Cue(status=status, attributed_to=who, claim=claim, words=cue_words.strip(), qualifiers=tuple(quals),
               privative=privative)


# what follows a reported good practice and takes it back: "letters ... never arrived",
# "visits that did not take place", "the calls, none got through", "repatriation still pending"
_NEG_PREDICATE_AFTER = re.compile(
    r"^(?:\W+\w+){0,6}?\W+(?:never|not|n't|no longer|cant|cannot|didnt|dont|doesnt|wasnt|werent|havent|hasnt|"
    r"couldnt|none (?:of them )?(?:was|were|has|have|had|got|arrived|reached|came)|"
    # not done yet: "repatriation still pending a political settlement", "the visit has yet to take place"
    r"pending|(?:has|have|had|is|are|was|were) yet to|postponed|stalled|on hold)\b"
    r"|^(?:\W+\w+){0,4}?\W+(?:came back|come back|comes back|were returned|was returned|sent back|returned unopened|"
    r"went unanswered|go unanswered|unanswered|undelivered|bounced)\b",
    re.IGNORECASE,
)


# a complement clause with its own subject is a new statement ("told delegates in private interviews that
# they did not want to go home"); a relative "that" straight before the verb is not ("letters that never arrived")
_AFTER_STOP = re.compile(_BOUNDARY.pattern + r"|\b(?:and|or|who|which|whom|whose|where)\b"
                         r"|\bthat\s+(?=(?:they|he|she|we|i|you|it|there|the|his|her|their|our|my|its)\b)", re.IGNORECASE)


_RETURNED_AFTER_COMMA = re.compile(
    r"^(?:\W+\w+){0,4}?\s*,\s*(?:but\s+|and\s+)?(?:they|it|all of them|each)\s+"
    r"(?:all\s+)?(came back|come back|were returned|are returned|was returned|were sent back|went unanswered|"
    r"never (?:arrived|arrive|came|come|reached|got through))\b", re.IGNORECASE)
# a form's field filled in with a no: "Receipt issued: none", "ICRC visits: nil", "Consular access: refused"
_FIELD_NO = re.compile(r"^(?:[ \t]+[A-Za-z]+){0,2}?[ \t]*(?::|[ \t][\u2014\u2013-])[ \t]*(none|nil|no|never|refused|denied|"
                       r"not (?:given|issued|made|paid|allowed|granted))\b", re.IGNORECASE)
# (not a new permission refused in its own words: "... gave antibiotics. Never allowed to phone home.")
_ELLIPTIC_NEG = re.compile(r"^\W*(?:not one|not a single|none|never(?!\s+(?:allowed|permitted)\s+to\s+\w)|nothing)\b(?:\s+\w+){0,2}",
                           re.IGNORECASE)


# An act told, then flatly denied by the next sentence, with the same subject: "people at home think they
# killed all of us. They didn't." The denial is a sentence of its own, a pronoun and a negated auxiliary only.
_BARE_REFUTATION = re.compile(
    r"\W*(they|he|she|we|i|you)\s+(?:didn['\u2019]?t|did not|never did|don['\u2019]?t|do not|weren['\u2019]?t|were not|"
    r"wasn['\u2019]?t|was not|haven['\u2019]?t|have not|hadn['\u2019]?t|had not)\W*$", re.IGNORECASE)
_SUBJECT_BEFORE = r"\b{}\s+(?:\w+\s+){{0,2}}$"


def refuted_next(text: str, sentence: tuple[int, int], start: int,
                 following: tuple[int, int] | None) -> str | None:
    """The next sentence flatly denies the act at ``start``, told of the same subject ("they killed all of us.
    They didn't."): the words of the denial, or None."""
    if following is None:
        return None
    if _YES_NO_QUESTION.match(text, sentence[0], sentence[1]):
        # the act asked about, and the answer is no: "Q14. Were you physically mistreated? A: No."
        answer = _NO_ANSWER.match(text, following[0], following[1])
        return answer.group(0).strip() if answer else None
    m = _BARE_REFUTATION.match(text, following[0], following[1])
    if not m:
        return None
    pronoun = m.group(1).lower()
    if not re.search(_SUBJECT_BEFORE.format(pronoun), text[max(sentence[0], start - 40):start], re.IGNORECASE):
        return None
    return text[following[0]:following[1]].strip()


# a question to be answered yes or no, after a question tag: "Q14. Were you physically mistreated ...?"
# (or after a speaker's name in capitals, as transcripts write it: "REPORTER: Were any of them mistreated?")
_SPEAKER = r"(?-i:[A-Z][A-Z.' ]{1,30})"
_YES_NO_QUESTION = re.compile(r"\W*(?:(?:q|question|interviewer|host|" + _SPEAKER + r")\s*\d*\s*[:.\u2014-]\s*)?"
                              r"(?:were|was|did|do|does|have|has|had|is|are)\s+(?:you|they|he|she|any|the|your)\b"
                              r"[^?]*\?\s*$", re.IGNORECASE)
# the answer to a question, a no: "A: Never.", "Answer: No, not once."
_NO_ANSWER = re.compile(r"\W*(?:(?:a|answer|reply|" + _SPEAKER + r")\s*[:.\u2014-]\s*)?"
                        r"(?:no|never|not once|not ever|none|nothing|not at all|absolutely not|certainly not|of course not)\b",
                        re.IGNORECASE)
# a question asked about the practice, not an account of it: "Q: Did the Red Cross come to the camp?",
# "BLOGGER: Are they feeding you?", "Q: Letters home?" -- a yes/no question, or a bare noun phrase asked of
# someone, after at most a speaker's tag
_TAG = r"\W*(?:[^\n:?.]{1,40}[:\u2014]\s*|q\s*\d*\s*[.)]\s*)?"
_ASKED = re.compile(_TAG + r"(?:(?:were|was|did|do|does|have|has|had|is|are|can|could|will|may|might)\s+"
                    r"(?!(?:the\s+)?(?:minister|government|secretary|ministry|state|authorities)\b)"
                    r"|(?:and\s+)?(?:the\s+|any\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*\?+\s*$)", re.IGNORECASE)
# ... and the next line answers it yes: "A. Yes, every few months."
_YES_ANSWER = re.compile(r"\W*(?:(?:a|answer|reply|" + _SPEAKER + r")\s*[:.\u2014-]\s*)?"
                         r"(?:yes|yeah|yep|yup|sure|of course|certainly|they did|he did|it did|we did|once|twice|"
                         r"every|regularly|sometimes|always|often)\b", re.IGNORECASE)


def asked_not_told(text: str, sentence: tuple[int, int], following: tuple[int, int] | None) -> str | None:
    """The sentence only asks whether a practice happened ("Did they feed you?") and the next one does not
    answer yes: the question, or None. Used for good practice, which a question does not show."""
    if not text[sentence[0]:sentence[1]].rstrip().endswith("?") or not _ASKED.match(text, sentence[0], sentence[1]):
        return None
    if following is not None and _YES_ANSWER.match(text, following[0], following[1]):
        return None
    return text[sentence[0]:sentence[1]].strip()


def negated_after(text: str, sentence: tuple[int, int], end: int,
                  following: tuple[int, int] | None = None) -> str | None:
    """A negated predicate right after a phrase, in the same clause ("letters ... never arrived").

    Used for good practice only: a report that something protective happened is taken back
    when its own verb is negated. Stops at a clause boundary or a comma.
    """
    right = text[end : sentence[1]]
    back = _RETURNED_AFTER_COMMA.match(right) or _FIELD_NO.match(right)
    if back:
        return back.group(1)
    if following is not None and len(_WORD.findall(right)) <= 2:  # "letters?? lol. not one arrived"
        nxt = _ELLIPTIC_NEG.match(text[following[0] : following[1]])
        if nxt:
            return nxt.group(0).strip()
        if right.rstrip().endswith("?"):  # "Q: Has the Red Cross been able to see him? A: Never."
            answer = _NO_ANSWER.match(text[following[0] : following[1]])
            if answer:
                return answer.group(0).strip()
    m = _AFTER_STOP.search(right)
    cut = min([i for i in (right.find(","), m.start() if m else -1) if i != -1], default=len(right))
    right = right[:cut]
    found = _NEG_PREDICATE_AFTER.search(right)
    return found.group(0).strip() if found else None


# Good practice reported as scarce: "let only a handful of men write home", "letters arrive rarely, if
# at all", "1 letter recv'd whole period", "had suspended the delegates' visits". For a protection the
# law asks for as a matter of course, so little of it is a restriction, not an observance.
_W = r"\W+(?!(?:and|but|or|when|while|after|before|until|once|because|as|then|so)\b)[\w'\u2019]+"  # a word, not a clause link
_SCARCE_BEFORE = re.compile(
    r"(?:\b(?:only|just)\s+(?:a\s+)?(?:handful|few|fraction|one|once|twice|two|three|single|\d+)\b(?:" + _W + r"){0,4}"
    r"|\b(?:hardly|barely|scarcely|almost no|next to no|rarely|seldom|rare|sporadic|occasional)\b(?:" + _W + r"){0,2}"
    r"|\b(?:suspended|halted|curtailed|restricted|cut off)(?:" + _W + r"){0,3})"
    r"\W*$"
    r"|(?:^|\W)(?:1|one|a single)\s+$", re.IGNORECASE)
_SCARCE_AFTER = re.compile(
    r"^(?:\W+\w+){0,6}?\W+(?:rarely|seldom|hardly ever|almost never|if at all|only once|only twice|only rarely|"
    r"(?:was|were|had been|have been) (?:suspended|halted|stopped|cut off|curtailed)|dried up|ceased)\b", re.IGNORECASE)
# a time clause after the practice tells when it happened, not that it stopped: "after the fighting ceased"
_TIME_CLAUSE = re.compile(r"\b(?:after|when|once|before|as soon as|by the time)\b", re.IGNORECASE)
# the good practice granted, then taken back in its own clause: "food the same they eat, but little"
_BUT_LITTLE = re.compile(r"^[^.;:!?]{0,40}?\bbut (?:(?:very|too|so) )?(?:little|not enough|never enough)\b", re.IGNORECASE)
_ONE_IN_ALL = re.compile(r"^(?:\W+\w+){0,4}?\W+(?:(?:the\s+)?(?:whole|entire)\s+(?:period|time|year|stay|captivity)|"
                         r"all (?:that|this) time|in (?:\w+\s+)?(?:months|years|a year|mo|mos|mths|yrs))\b", re.IGNORECASE)


# ... or the span told first: "in two years most of us have been allowed a single phone call"
_SPAN = r"\s+(?:(?:the\s+)?(?:last|past|first)\s+)?(?:\w+\s+)?"  # "in two years", "over the last months"
_SPAN_BEFORE = re.compile(r"\b(?:in|over|during|for)" + _SPAN + r"(?:months|years)\b", re.IGNORECASE)


# a few, over years: "three letters in four years", "in four years I have had three letters" (the minimum is two
# letters and four cards a month, GCIII Art. 71)
_FEW_BEFORE = re.compile(r"(?:^|\W)(?:2|3|two|three|a few|a couple of)\s+$", re.IGNORECASE)
_YEARS_AFTER = re.compile(r"^(?:\W+\w+){0,4}?\W+in\s+(?:(?:more than|over|almost|nearly)\s+)?(?:\w+\s+)?(?:years|yrs)\b",
                          re.IGNORECASE)
_YEARS_BEFORE = re.compile(r"\b(?:in|over|during)" + _SPAN + r"(?:years|yrs)\b", re.IGNORECASE)


def scarce(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The words that report a piece of good practice as scarce or stopped, or None."""
    left = text[max(sentence[0], start - 45) : start]
    m = _SCARCE_BEFORE.search(left)
    if m:
        words = m.group(0).strip()
        if words.lower() in ("1", "one", "a single") and not _ONE_IN_ALL.match(text[end : sentence[1]]) \
                and not _SPAN_BEFORE.search(text, sentence[0], start):
            return None  # "one letter arrived in June" is a letter; "1 letter the whole period" is not many
        return words
    few = _FEW_BEFORE.search(left)
    if few and (_YEARS_AFTER.match(text[end : sentence[1]]) or _YEARS_BEFORE.search(text, sentence[0], start)):
        return few.group(0).strip()  # "in four years I have had three letters"
    right = text[end : sentence[1]]
    cut = _AFTER_STOP.search(right)
    m = _SCARCE_AFTER.match(right[: cut.start()] if cut else right)
    if m is not None and m.group(0).lower().endswith(("ceased", "dried up")) and _TIME_CLAUSE.search(m.group(0)):
        m = None  # "handed over two weeks after hostilities ceased": the ceasing is the fighting's, a time
    m = m or _BUT_LITTLE.match(right)
    return m.group(0).strip() if m else None


_NOUN_NEG = re.compile(r"\b(?:no|none of(?: the)?|not a|not one|never|without|nor|neither)\s+(?:\w+\s+)?$", re.I)
# a contrast: "civilians detained as security internees, not enemy soldiers", "rather than soldiers"; but a status
# refused ("called them mercenaries rather than prisoners of war") is the captor's label for men it holds
_CONTRAST_NEG = re.compile(r",\s*not\s+(?:\w+\s+)?$|\brather than\s+(?:\w+\s+)?$", re.I)
_STATUS_NOUN = re.compile(r"prisoners?\s+of\s+war|p\.?o\.?w|combatant", re.I)


def negated_noun(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Is a noun phrase itself negated ("no prisoners", "none of the soldiers")?

    Used for context words, where a negated verb ("not allowed to visit the prisoners")
    does not make the prisoners disappear.
    """
    left = text[max(sentence[0], start - 40) : start]
    return bool(_NOUN_NEG.search(left)) or bool(_CONTRAST_NEG.search(left) and not _STATUS_NOUN.match(text, start))


_SENTENCE_CACHE: dict = {}


def _sentence_attributions(text: str, s_start: int, s_end: int):
    """Regex work on one sentence, done once: (according-to who, adverb claim, [(start, who, claim)])."""
    key = (id(text), s_start, s_end)
    cached = _SENTENCE_CACHE.get(key)
    if cached is not None and cached[0] is text:
        return cached[1]
    if len(_SENTENCE_CACHE) > 4096:
        _SENTENCE_CACHE.clear()
    sentence = text[s_start:s_end]
    according = _ACCORDING.search(sentence)
    adverb = bool(_ADVERB_CLAIM.search(sentence))
    speakers = []
    for m in _ATTR_WHO.finditer(sentence):
        who = m.group("who").strip()
        if who.lower() in {"he", "she", "they"}:
            who = who.lower()
        speakers.append((s_start + m.start(), who, bool(re.match(_CLAIM_VERBS, m.group("verb"))) or adverb))
    result = (according.group("who").strip() if according else None, adverb, speakers)
    _SENTENCE_CACHE[key] = (text, result)
    return result


def _attribution(text: str, s_start: int, s_end: int, pos: int) -> tuple[Optional[str], bool]:
    """Who the statement at ``pos`` is attributed to, and whether it is a contested claim."""
    according, adverb, speakers = _sentence_attributions(text, s_start, s_end)
    if according:
        return according, adverb
    best = None
    for start, who, claim in speakers:  # the first speaker at or after the phrase, else the last before it
        best = (who, claim)
        if start >= pos:
            break
    if best is not None:
        return best
    if adverb:
        return None, True
    return None, False


# A party's own account: "the army says", "officials said", "the Government maintains that", "according to the
# ministry", "the commander told her", "..., a spokesman said". Not a neutral finder (an inquiry, the ICRC, monitors,
# witnesses, families) and not the narrator ("we were told by the doctors").
_PARTY = (r"(?:officials?|authorities|ministry|spokes(?:m[ae]n|woman|person)|military|army|government|"
          r"(?:state|official) (?:media|television|tv)|commanders?|cmdr|command|captors?|guards?|kommandant|defence|"
          r"defense|general staff|kremlin|taliban|junta|regime|jailers?|camp authorities)")
_PARTY_SAYS = re.compile(
    r"\b" + _PARTY + r"(?:'s?\s+[\w-]+(?:\s+[\w-]+)?|\s+(?:press release|statement|communiqu\w+))?"
    r"(?:\s+(?:has|have|had|always|later|still|also|then|again|first|at first|initially|now|"
    r"(?:rejects|rejected|denies|denied) the (?:claim|allegation|charge|accusation)s? and))*\s+"
    r"(?:says?|said|claim(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|assert(?:s|ed)?|stated?|states|announced|"
    r"speaks? of|spoke of|told\s+(?:\w+\s+){0,3}?)(?=\W)", re.IGNORECASE)
_PARTY_AFTER = re.compile(r",\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}" + _PARTY +
                          r"\s+(?:says?|said|claim(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?)\b", re.IGNORECASE)
_ACCORDING_PARTY = re.compile(r"\baccording to (?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}" + _PARTY + r"\b", re.IGNORECASE)
_CLAIM_END = re.compile(r";|:|\s+but\s+|,\s*(?:while|whereas|but)\b|,\s*(?:witnesses|survivors|relatives|families|"
                        r"monitors|investigators)\b", re.IGNORECASE)


def party_claim_spans(text: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """Spans of the sentence told as a party's own claim (an official, the army, the ministry, the captor, a
    spokesman, state media), from the saying verb to the end of its clause, or from the clause start to a
    trailing ", the army said". An excuse inside such a span is a claim to verify, not a finding."""
    spans = []
    for m in _PARTY_SAYS.finditer(text, s_start, s_end):
        end = _CLAIM_END.search(text, m.end(), s_end)
        spans.append((m.end(), end.start() if end else s_end))
    for m in _PARTY_AFTER.finditer(text, s_start, s_end):
        begin = max([s_start] + [b.end() for b in _CLAIM_END.finditer(text, s_start, m.start())])
        spans.append((begin, m.start()))
    for m in _ACCORDING_PARTY.finditer(text, s_start, s_end):
        begin = max([s_start] + [b.end() for b in _CLAIM_END.finditer(text, s_start, m.start())])
        end = _CLAIM_END.search(text, m.end(), s_end)
        spans.append((begin, end.start() if end else s_end))
    return spans
