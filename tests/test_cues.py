"""Cue scopes: negation, threat/hypothetical, denial and attribution, each both ways.

Rows are (text, phrase, expected status); the phrase is located in the text and
classified in its sentence.
"""

from __future__ import annotations

import pytest

from checker.cues import ASSERTED, DENIED, HYPOTHETICAL, NEGATED, THREAT, classify, negated_noun
from checker.text import Sentences


def status_of(text: str, phrase: str):
    start = text.index(phrase)
    sents = Sentences(text)
    return classify(text, sents[sents.index(start)], start, start + len(phrase))


CASES = [
    # "will not" with a verb of refusal is a refusal stated now; what it refuses is negated; a future act is supposed
    ("Hanoi will not let the Red Cross inside its camps.", "not let the Red Cross", ASSERTED),
    ("Hanoi will not let neutral inspectors or the Red Cross into its camps.", "into its camps", NEGATED),
    ("The guards will beat the prisoners if they talk.", "beat", HYPOTHETICAL),
    # an act named as the errand a man was sent or came on is his purpose, not an act done; an act begun or forced is
    ("The captured contract soldier said his unit had been sent across the river to kill.", "kill", HYPOTHETICAL),
    ("The officer told reporters the foreign prisoners came to Kharkiv to shoot our men for pay.", "shoot",
     HYPOTHETICAL),
    ("Volunteers were hired by the company to bury the dead after the battle.", "bury", HYPOTHETICAL),
    ("The guards began to beat the prisoners of war in the yard.", "beat", ASSERTED),
    ("The captured soldiers were forced to bury their comrades.", "bury", ASSERTED),
    ("The guards came to the cell at night to beat the prisoners.", "beat", ASSERTED),
    ("The sentries went on to shoot two of the captives.", "shoot", ASSERTED),
    ("The ministry will allow the Red Cross into the camps next week.", "into the camps", HYPOTHETICAL),
    # an appeal against a verdict is a step in a trial, not a request; a plea for release still is one
    ("A Kharkiv appeals court cut the sentence of the captured Russian gunner to ten years.", "court", ASSERTED),
    ("The mothers appealed for the captured gunners to be freed.", "freed", HYPOTHETICAL),
    # a question of what may be done is no report that it was; a question about a fact is not read as one
    ("FAQ: May the captured pilots be filmed for the evening news? Only with their faces hidden.", "filmed",
     HYPOTHETICAL),
    ("Why were the captured pilots filmed for the evening news?", "filmed", ASSERTED),
    # a fact-check's claim rated false is denied; one rated true stands
    ("Claim: a clip shows soldiers beating a captured medic. Verdict: False. The clip is staged.", "beating", DENIED),
    ("Claim: a clip shows soldiers beating a captured medic. Verdict: True. The clip is authentic.", "beating",
     ASSERTED),
    ("Fact check: a photo shared as 'captured soldiers beaten near the river' shows a drill. Rating: False.",
     "beaten", DENIED),
    ("Claim: Escaped prisoners of war were shot after recapture. Verdict: No evidence found. The men were returned "
     "to the camp.", "shot", DENIED),
    # pressure that worked: "until they agreed to" tells what they were made to do, not a plan
    ("Those who refused were beaten until many of them agreed to sign up and fight against their own army.",
     "fight against their own", ASSERTED),
    ("The two sides agreed to exchange the prisoners next month.", "exchange", HYPOTHETICAL),
    # a verb joined by "and" after a "no" phrase has its own predicate; a noun there is one more thing lacking
    ("Sarge said no room in the truck and shot both.", "shot", ASSERTED),
    ("The guards gave them no food and beat them.", "beat", ASSERTED),
    ("There was no food and water for the prisoners.", "water", NEGATED),
    # a negation in the main clause does not reach the condition it sets (a demand, which "will" makes a threat of
    # what is to come); the act it governs is still negated
    ("The group said the soldiers 'will not see another month' unless the army pulls back.", "unless the army",
     HYPOTHETICAL),
    ("The commanders say none of you will come out until the government agrees to a swap.", "until the government",
     HYPOTHETICAL),
    ("The guards did not beat them unless they spoke.", "beat", NEGATED),
    # captives who "agreed to" speak or be filmed did so; two sides' agreement is still a plan
    ("Several prisoners agreed to speak to the cameras and gave their names.", "cameras", ASSERTED),
    # the law a body was set up under is no norm stated: only the law of war is
    ("A court in Sana'a, which is not a court established under the law of Yemen, sentenced the captured soldiers "
     "to death.", "to death", ASSERTED),
    ("Under the law of war, captured soldiers must be fed.", "fed", HYPOTHETICAL),
    # a negation ends where a consequence with its own subject begins
    ("We took three of theirs. The commander said we don't need them, so we finished them off.", "finished them off",
     ASSERTED),
    # an expectation that did not come true
    ("The captured soldiers? I thought they'd beat them up, but they gave them water.", "beat", HYPOTHETICAL),
    ("The rebels thought the soldiers were spies and beat them.", "beat", ASSERTED),
    # a case put for argument
    ("Suppose a detaining power lets a television crew film prisoners of war in their camp.", "film", HYPOTHETICAL),
    ("Imagine that the army broadcasts the prisoners on television.", "broadcasts", HYPOTHETICAL),
    # the act named as what would be a crime, were it done; but an act told, then judged, stands
    ("The ministry warned that any showing of the men on Russian state TV would be a war crime.", "TV", HYPOTHETICAL),
    ("The guards beat the prisoners, which would be a war crime if proven.", "beat", ASSERTED),
    # a conditional question keeps its scope over a long clause
    ("What would the Government do if one of our pilots flying with the coalition over Iraq were shot down, captured "
     "and shown on Iraqi television?", "television", HYPOTHETICAL),
    # a long clause after a plain "if" of fact is read as it stands
    ("If anything, in the weeks after the visit the guards at the camp near the river beat the prisoners of war even "
     "harder than before.", "beat", ASSERTED),
    ("I cannot imagine how the prisoners were beaten day after day.", "beaten", ASSERTED),
    # a denial told as a name for the reports, after them
    ("Reports of ill-treatment of prisoners of war in Kursk region were called 'fabrications of Kyiv propaganda'.",
     "ill-treatment", DENIED),
    ("Reports of ill-treatment of the prisoners were labelled lies by the ministry.", "ill-treatment", DENIED),
    ("Reports of ill-treatment of the prisoners were called credible by the monitors.", "ill-treatment", ASSERTED),
    # a conditional told as a habit: the act is what followed each time, with no modal and nobody saying it
    ("If the guard hear us talk in Amharic he hit with the stick.", "hit", ASSERTED),
    ("If we were slow at roll call they beat us.", "beat", ASSERTED),
    ("If they find out, they will beat us.", "beat", HYPOTHETICAL),
    # ... even when someone tells it, if the condition is told in the past; a present one in a report may be a threat
    ("The prisoners said that if anyone spoke at night the guards beat him.", "beat", ASSERTED),
    ("The prisoners said that if you asked for bread they beat you.", "beat", ASSERTED),
    ("The officer said that if you ask for bread they beat you.", "beat", HYPOTHETICAL),
    # the negation of a condition does not reach the act of the main clause
    ("He said if I don't talk they beat me.", "beat", HYPOTHETICAL),
    ("If he did not answer, they beat him.", "beat", ASSERTED),
    ("If they beat the prisoners, it is a war crime.", "beat", HYPOTHETICAL),
    # told what would be done to them: a threat; told what was done: a report
    ("The guard told us that anyone who tried to escape would be shot.", "shot", THREAT),
    ("We were told we would be executed at dawn.", "executed", THREAT),
    ("They told us he was beaten to death.", "beaten", ASSERTED),
    # a counterfactual
    ("Had they not surrendered, they would have been killed.", "killed", HYPOTHETICAL),
    # the contraction of "would have": "we carried him to the evac point; he'd have bled out"
    ("We dragged him to the evac point in time; he'd have bled out otherwise.", "bled out", HYPOTHETICAL),
    # a denial told as a clause after the verb, or as "not true that"
    ("Moscow denies the soldiers were executed.", "executed", DENIED),
    # a claim refuted by the next sentence; an unattributed report is not turned by a refutation of someone else
    ("Russian channels claim our platoon was captured near the river. This is false.", "captured", DENIED),
    ("Separatist media say the prisoners were beaten by their own officers. That never happened.", "beaten", DENIED),
    ("Russian channels claim our platoon was captured near the river. The men were beaten.", "captured", ASSERTED),
    ("The captured soldiers were beaten. This is false, the ministry says.", "beaten", ASSERTED),
    ("It is not true that the prisoners were tortured, the ministry said.", "tortured", DENIED),
    ("The guards denied him water and he was beaten.", "beaten", ASSERTED),
    # a negated verb whose own complement tells the act as fact
    ("I can't forget how they beat him.", "beat", ASSERTED),
    ("Even after he fell, they did not stop kicking him.", "kicking", ASSERTED),
    # the determiner "no" ends with its noun at a comma, unless it governs a list
    ("3 UA servicemen leave a dugout, no weapons, hands raised.", "hands raised", ASSERTED),
    ("No food, no water, beaten every day.", "beaten", ASSERTED),
    ("There were no beatings, threats or torture.", "torture", NEGATED),
    ("There was no beating, torture or abuse.", "torture", NEGATED),
    # negation
    ("The prisoners were not beaten.", "beaten", NEGATED),
    ("The prisoners weren't beaten by the guards.", "beaten", NEGATED),
    ("No one was harmed during the transfer.", "harmed", NEGATED),
    ("Doctors found no signs of torture on the men.", "torture", NEGATED),
    ("They were never fed more than once a day.", "fed", NEGATED),
    ("The men were held without food for three days.", "food", NEGATED),
    ("The prisoners were beaten.", "beaten", ASSERTED),
    # a negated subject governs its verb, however long the subject
    ("None of those held in such centres had been visited by the ICRC.", "visited", NEGATED),
    ("Not one of the men we spoke to in the camp was allowed to write home.", "write home", NEGATED),
    # ... but not the verb of a clause it only knows or doubts
    ("No one in the village ever knew that the captured soldiers had been beaten.", "beaten", ASSERTED),
    # a negation inside a relative clause does not reach the main verb
    ("Comrades who lay wounded and could not walk were shot where they lay.", "shot", ASSERTED),
    ("He did not know they were beaten.", "beaten", ASSERTED),
    ("Those who refused to join the brigade were beaten.", "beaten", ASSERTED),
    # a captive's letter tells the family not to believe reports of the act: a denial, not a negation of a belief
    ("Don't believe what they say on TV about us being tortured.", "tortured", DENIED),
    ("I don't believe they tortured him.", "tortured", NEGATED),
    # a refusal in a relative clause set off by commas stays inside it; the main verb's own refusal does not
    ("Witnesses saw two captives, who refused to go forward under fire, shot dead by the escort.", "shot dead", ASSERTED),
    ("The camp commander, who refused to allow visits, said the prisoners were well.", "visits", NEGATED),
    ("The army refused to confirm that the soldiers were killed.", "killed", NEGATED),
    ("The men could not walk and were not shot.", "shot", NEGATED),
    # a relative clause of people with its own negated verb ends there; the main verb after it is told as done
    ("Captives who would not attend the lectures lost their bread ration.", "lost their bread", ASSERTED),
    ("The men who never left the hut were beaten.", "beaten", ASSERTED),
    # a refusal in a relative clause ends at the main clause's own past verb; a verb inside the refusal stays refused
    ("Captives who refused to join the militia lost the right to write home.", "lost the right", ASSERTED),
    ("The guards who refused to let the captives be treated were never named.", "treated", NEGATED),
    # a second infinitive joined to the refusal is refused too, however long the first one's object
    ("Syria refused to give the ICRC a list of the Israeli soldiers it held or to let delegates see them.",
     "let delegates", NEGATED),
    ("The captor failed to tell the families where the prisoners of war were held and to let the delegates visit.",
     "let the delegates visit", NEGATED),
    # ... but not a new clause after the refusal, nor a long way past "or to"
    ("Syria refused to give the ICRC a list of the Israeli soldiers it held, but it let delegates see them.",
     "let delegates", ASSERTED),
    ("The guards refused to give the prisoners of war any blankets in the cold barracks at night, so the men "
     "huddled together to keep warm and the delegates saw them.", "saw them", ASSERTED),
    # ... but the verb of the relative clause itself stays negated, and so does a main verb with its own "not"
    ("He was one of the prisoners who were not fed for two days.", "fed", NEGATED),
    ("Those who did not sign were not beaten.", "beaten", NEGATED),
    ("Nobody was shot.", "shot", NEGATED),
    ("The prisoners were not only beaten but also starved.", "beaten", ASSERTED),
    ("He was not allowed to sleep, and the guards beat him.", "beat", ASSERTED),
    ("Interrogators threatened nobody, the released men said.", "threatened", NEGATED),
    ("Officials refused for months to confirm who was in custody.", "confirm who was in custody", NEGATED),
    ("The authorities continue to refuse to provide a list of the prisoners.", "provide a list", NEGATED),
    ("The ministry failed for two years to notify the families.", "notify the families", NEGATED),
    ("The Respondent is liable for failing during that period to record and transmit the names of the prisoners.",
     "transmit the names", NEGATED),
    ("The ICRC says its requests to see the prisoners were never granted.", "were never granted", ASSERTED),
    ("The ICRC requested access to the prisoners.", "access to the prisoners", HYPOTHETICAL),
    # a why-question takes its fact as given; a plain question or request does not
    ("A member asked why 90,000 prisoners were still held after the ceasefire.", "still held", ASSERTED),
    ("A member asked that the prisoners be held in better camps.", "held", HYPOTHETICAL),
    # "rather than" and "instead of" negate what follows; they do not start a new clause
    ("The men will stand trial rather than be sent home.", "sent home", NEGATED),
    ("The wounded were left in the yard instead of being taken to hospital.", "taken to hospital", NEGATED),
    ("They were sent home rather quickly after the ceasefire.", "sent home", ASSERTED),
    # contractions typed without an apostrophe; a negator governing a verb of permission
    ("the red cross say they cant get in", "get in", NEGATED),
    ("they didnt feed us for two days", "feed", NEGATED),
    ("No Red Cross delegate has been allowed to visit the prisoners.", "visit", NEGATED),
    ("No delegate of the Red Cross has been authorised to see them.", "see them", NEGATED),
    ("The ICRC was refused permission to see the captives.", "see the captives", NEGATED),
    ("Delegates were allowed to visit the prisoners in June.", "visit", ASSERTED),
    # threats and hypotheticals
    ("Every night the guard said tomorrow morning we shoot all of you.", "shoot", THREAT),
    ("The guard opened the hatch and said: tomorrow we take you to the forest and shoot, nobody will find you.", "shoot",
     THREAT),
    ("Tomorrow we mark a year since the guards shot two prisoners.", "shot", ASSERTED),
    ("Guards threatened to shoot the prisoners.", "shoot", THREAT),
    # an order with its price: the act is what will be done if it is not obeyed; "or they shot them" tells it done
    ("The interrogator told him: show your unit on the map or we shoot you.", "shoot", THREAT),
    ("Give us the codes, or else we'll kill you, the guard said.", "kill", THREAT),
    ("He was told to sign or they would shoot him.", "shoot", THREAT),
    ("The captives had to run between the guards or they shot them.", "shot", ASSERTED),
    ("Captured soldiers were beaten or kicked by the guards.", "kicked", ASSERTED),
    # an order still to be carried out, and an act that nearly happened
    ("The commander said any soldier who surrendered was to be shot.", "shot", HYPOTHETICAL),
    ("The guards let it run until the crowd was close to killing someone.", "killing", HYPOTHETICAL),
    ("The prisoner was nearly beaten to death.", "beaten to death", HYPOTHETICAL),
    ("The prisoner was nearly beaten to death.", "beaten", ASSERTED),
    # an attempt or a plan is not the act
    ("The group is making an all-out effort to kidnap soldiers and hold them as bargaining chips.", "kidnap",
     HYPOTHETICAL),
    ("Guards were accused in a hoaxed set of photos of beating the prisoners.", "beating", DENIED),
    ("The officer warned that the captives would be shot.", "shot", THREAT),
    ("Rights groups urged both sides to treat captives humanely.", "treat captives humanely", HYPOTHETICAL),
    ("The ministry proposes to let a television crew film the captured soldiers in the camp.", "film", HYPOTHETICAL),
    ("The captives could face execution if convicted.", "execution", HYPOTHETICAL),
    ("The law prohibits beating prisoners of war.", "beating", HYPOTHETICAL),
    ("Under international law, captured soldiers are protected from public curiosity.", "public curiosity", HYPOTHETICAL),
    # "law" as a plain noun is not a norm: the decree that applies it is a fact
    ("They were tried under the anti-terror law, a decree that denies them prisoner-of-war status.",
     "denies them prisoner-of-war status", ASSERTED),
    ("Guards shot two prisoners who tried to climb the fence.", "shot", ASSERTED),
    ("She held up her phone so he could video call his mother.", "video call", ASSERTED),
    # "may" of permission given is a reported practice; "may" of supposition is not evidence
    ("The prisoners may write letters home once a month.", "write letters", ASSERTED),
    ("The camp director said they may now telephone their families.", "telephone their families", ASSERTED),
    ("The prisoners may be beaten if they refuse, relatives fear.", "beaten", HYPOTHETICAL),
    ("The captives may have been moved to another camp.", "moved", HYPOTHETICAL),
    # a captive's "we must" tells what they were made to do; anyone else's "must" is a demand
    ("Every morning in the corridor we must sing their anthem, loud.", "sing their anthem", ASSERTED),
    ("When the bus stopped we must run between two lines of guards.", "run between two lines", ASSERTED),
    ("You must sing their anthem every morning, the new rules say.", "sing their anthem", HYPOTHETICAL),
    ("The prisoners must be allowed to write home.", "write home", HYPOTHETICAL),
    ("We must not forget that the captives must be fed.", "fed", HYPOTHETICAL),
    # a relative clause without "who" or "that" states a fact inside a wish
    ("Rights groups urged Azerbaijan to free the Armenian soldiers it still holds.", "holds", ASSERTED),
    ("Mothers asked the army to find the men they took from the checkpoint.", "took", ASSERTED),
    ("Rights groups urged Azerbaijan to free the Armenian soldiers.", "free", HYPOTHETICAL),
    # a new predicate of the same subject after a comma: the negation before it does not reach it
    ("01:26 the captured soldier says he doesn't know, gets slapped twice", "slapped", ASSERTED),
    # a new subject after a comma: the negation of the clause before it does not reach what that subject does
    ("Each time he gives a name they don't know, someone kicks him.", "kicks", ASSERTED),
    ("They don't know, and nobody kicks him.", "kicks", NEGATED),
    # an emoji closes a clause in a post: the "instead of" before it does not reach what follows
    ("they waved bedsheets so we sent a boat instead of rounds \U0001f1fa\U0001f1f8 fed em MREs", "fed", ASSERTED),
    ("The captured soldiers are set to carry the shells to the guns next week.", "carry the shells", HYPOTHETICAL),
    # but "set to" a task in -ing is the task given: "a party of prisoners was set to shifting shells"
    ("A party of the prisoners was set to shifting the shells by the shed.", "shifting the shells", ASSERTED),
    ("The families asked whether perhaps they beat him.", "beat", HYPOTHETICAL),
    # a failure to provide is a negation; a failure to protect from an act tells that the act happened
    ("Eritrea is liable for failing to provide enough drinking water to the prisoners.", "drinking water", NEGATED),
    ("Eritrea is liable for failing to protect the prisoners from being killed after capture.", "killed", ASSERTED),
    ("The guards failed to stop the crowd beating the captured pilot.", "beating", ASSERTED),
    # a negated subject, whatever its verb
    ("None of the bodies came with a death certificate.", "death certificate", NEGATED),
    ("None of the prisoners received letters.", "letters", NEGATED),
    ("The side holding them reported no deaths, and none of the bodies came with a death certificate.",
     "death certificate", NEGATED),
    # the phrase as the subject of a delivery that did not happen
    ("Families say parcels sent through the Red Cross to the prisoners of war have not arrived for months.",
     "parcels", NEGATED),
    ("The letters he wrote from the camp never reached his family.", "letters", NEGATED),
    ("Parcels reached the camp, but the letters have not arrived.", "Parcels", ASSERTED),
    ("Parcels reached the prisoners who have not arrived at the camp yet.", "Parcels", ASSERTED),
    # denials
    ("Officials denied that any prisoner had been beaten.", "beaten", DENIED),
    ("The ministry rejected reports that captives were tortured.", "tortured", DENIED),
    ("The army dismissed allegations that the soldiers were executed.", "executed", DENIED),
    # the denied act straight after the verb, and a claim dismissed after it
    ("Russia's defence ministry denies mistreating Ukrainian prisoners of war.", "mistreating", DENIED),
    ("The guards denied ever beating the captured pilots.", "beating", DENIED),
    ("The claim that the captor obstructed the ICRC is dismissed.", "obstructed", DENIED),
    ("The guards beat the prisoners, who denied nothing.", "beat", ASSERTED),
    ("The prisoners said they had been beaten; officials did not comment.", "beaten", ASSERTED),
    # reports of the act, which the speaker then calls false
    ("The spokesperson calls reports of torture of 'captured AFU personnel' 'fabricated by Kyiv's propaganda'.",
     "torture", DENIED),
    ("Moscow called reports of the beating of captured soldiers lies.", "beating", DENIED),
    ("Reports of torture of captured soldiers were confirmed by the UN mission.", "torture", ASSERTED),
    ("Reports of torture of captured soldiers reached the UN mission in March.", "torture", ASSERTED),
    # a claim told by the verb of what says it, then called a lie
    ("Your article claiming that prisoners of war in my camp are beaten is a lie from start to finish.", "beaten", DENIED),
    ("The UN report saying that prisoners of war in the camp are beaten was published today.", "beaten", ASSERTED),
    # reports or claims "that" the act happened, then called wrong; but a label refuted was still given
    ("Reports in some media that Indian soldiers were taken by the other side after the clash are incorrect.", "taken",
     DENIED),
    ("Reports that the soldiers were taken by the other side were confirmed by the ministry.", "taken", ASSERTED),
    ("The Minister said the claim that they are mercenaries is nonsense.", "mercenaries", ASSERTED),
    # the main verb after a relative clause set off by commas is outside the wish told inside it
    ("Six wounded soldiers, who had told commanders that they were ready to surrender, were killed by the troops.",
     "killed", ASSERTED),
    ("They were ready to surrender and be exchanged.", "exchanged", HYPOTHETICAL),
    # a habit told in a conditional, its main clause in the passive
    ("If a prisoner came from the North he was beaten with sticks for small things.", "beaten", ASSERTED),
    ("If a prisoner tried to escape he would be beaten.", "beaten", HYPOTHETICAL),
    # ... and when the phrase itself opens the main clause after the comma
    ("If someone in the cell spoke Ukrainian, all the cell was punished.", "all the cell", ASSERTED),
    ("If someone in the cell speaks Ukrainian, all the cell will be punished.", "all the cell", HYPOTHETICAL),
    ("Was not beaten or threatened during questioning.", "threatened", NEGATED),
    # a note's separators end the clause a wish or a question was told in
    ("captured in Oct - they wanted names, positions - refused > beaten w/ rifle butts", "beaten", ASSERTED),
    ("they wanted to beat him → the officer stopped them", "beat", HYPOTHETICAL),
    # a time clause tells its own fact, outside the negation before it
    ("The State had not shown that he still posed any threat when he was killed.", "killed", ASSERTED),
    ("The guards did not say whether he was killed.", "killed", HYPOTHETICAL),
    ("They were not beaten when they were questioned.", "beaten", NEGATED),
    # "without" ends with its own noun at a comma, as "no" does; a list it governs stays negated
    ("About twenty walked out without weapons, hands above their heads.", "hands above their heads", ASSERTED),
    ("The prisoners were held without food, water or blankets.", "blankets", NEGATED),
    # a lack denied by "not" or "never" just before it did not happen; a lack told plainly stands
    ("The prisoners had not gone without heating at any time this winter.", "gone without heating", NEGATED),
    ("The prisoners never went without food.", "went without food", NEGATED),
    # a denial that names the reports by what it calls them, or calls the video a fake after naming it
    ("The ministry rejects the inventions of the Kyiv regime about alleged mistreatment of captured soldiers.",
     "mistreatment", DENIED),
    ("The video spread by enemy channels is a staged fake.", "video", DENIED),
    ("The video spread by enemy channels was filmed in May.", "video", ASSERTED),
    # "no." before a number is a number, not a negation
    ("The sentry in tower no. 3 opened fire on the prisoners at the wire.", "opened fire", ASSERTED),
    ("Prisoner no. 41 says he was not beaten.", "beaten", NEGATED),
    ("The prisoners went without food for three days.", "went without food", ASSERTED),
    ("Not all the huts had stoves; the prisoners went without heating in January.", "went without heating", ASSERTED),
    # a failure that is the condition does not negate the act of the main clause after it; the failure itself stays
    ("The guard questioned them in Japanese and when they failed to answer made them kneel on bamboo poles.",
     "made them kneel", ASSERTED),
    ("The guards failed to answer and made them wait.", "answer", NEGATED),
    ("When the camp failed to give them water, they drank from puddles.", "give them water", NEGATED),
]


@pytest.mark.parametrize("text,phrase,expected", CASES, ids=[f"{c[2]}:{c[1]}:{i}" for i, c in enumerate(CASES)])
def test_cue_status(text, phrase, expected):
    assert status_of(text, phrase).status == expected


def test_attribution_keeps_evidence_and_names_the_claimant():
    cue = status_of("Russia claims the Ukrainian soldiers were executed by their own side.", "executed")
    assert cue.status == ASSERTED
    assert cue.claim is True
    assert cue.attributed_to == "Russia"


def test_according_to_is_sourced_not_a_claim():
    cue = status_of("According to the ICRC, the prisoners were visited twice.", "visited")
    assert cue.status == ASSERTED
    assert cue.attributed_to == "the ICRC"
    assert cue.claim is False


def test_plain_statement_has_no_attribution():
    cue = status_of("The prisoners were beaten at the camp.", "beaten")
    assert cue.attributed_to is None and not cue.claim


@pytest.mark.parametrize(
    "text,word,negated",
    [
        ("No prisoners were taken.", "prisoners", True),
        ("None of the soldiers were captured.", "soldiers", True),
        ("Delegates were not allowed to visit the prisoners.", "prisoners", False),
        ("The prisoners were released.", "prisoners", False),
        # a contrast names who they were not; a status refused is still the captor's label for men it holds
        ("Most were Iraqi civilians detained as security internees, not enemy soldiers.", "soldiers", True),
        ("They were held as hostages rather than soldiers.", "soldiers", True),
        ("The prosecution calls them terrorists, not prisoners of war.", "prisoners of war", False),
    ],
)
def test_negated_noun(text, word, negated):
    start = text.index(word)
    assert negated_noun(text, (0, len(text)), start) is negated


def test_ongoing_acts_are_marked():
    cue = status_of("The prisoners of war are still being denied food at the camp.", "denied food")
    assert "reported as ongoing" in cue.qualifiers
    cue = status_of("In 2022 the prisoners of war were denied food.", "denied food")
    assert "reported as ongoing" not in cue.qualifiers


@pytest.mark.parametrize("text,phrase,taken_back", [
    ("Letters sent by the families never reached the prisoners.", "Letters", True),
    ("I write letters through the Red Cross, they come back.", "letters", True),
    ("letters?? lol. not one arrived in a year", "letters", True),
    ("Letters from home reached the prisoners every month.", "Letters", False),
    ("The ICRC visited the camp and did not find any sick prisoners.", "visited", False),
    ("They were fed three times a day, not beaten.", "fed", False),
    # a complement clause with its own subject is a new statement, a relative "that" is not
    ("They told the delegates in private interviews that they did not want to go home.", "private interviews", False),
    ("The letters that never arrived were found in a box.", "letters", True),
    # not done yet
    ("Fighting ended in December; repatriation still pending a political settlement.", "repatriation", True),
    ("The ICRC visit to the prisoners of war was postponed again.", "visit", True),
    ("Repatriation began in March, as agreed.", "Repatriation", False),
    # a form's field filled in with a no
    ("Items taken: watch, boots. Receipt issued: none.", "Receipt", True),
    ("Camp 'North'. ICRC visits: nil since March.", "ICRC visits", True),
    ("Camp 'North'. ICRC visits: monthly, in private.", "ICRC visits", False),
    # a question about the good practice, answered no
    ("Q: Has the Red Cross been able to see him? A: Never.", "Red Cross been able to see him", True),
    ("Q: Has the Red Cross been able to see him? A: Yes, twice in May.", "Red Cross been able to see him", False),
    ("Did he get any letters? No, not one.", "letters", True),
])
def test_good_practice_taken_back_by_its_own_verb(text, phrase, taken_back):
    from checker.cues import negated_after

    start = text.index(phrase)
    sents = Sentences(text)
    si = sents.index(start)
    following = next((sents[j] for j in range(si + 1, min(len(sents), si + 3))
                      if len(text[sents[j][0]:sents[j][1]].split()) > 1), None)
    assert bool(negated_after(text, sents[si], start + len(phrase), following)) is taken_back


@pytest.mark.parametrize("text,phrase,scarce_words", [
    ("It has let only a handful of men write home.", "write home", "only a handful of men"),
    ("Letters arrive rarely, if at all.", "Letters", "arrive rarely"),
    ("1 letter recv'd whole period", "letter", "1"),
    ("1 letter reached home in 14 mo.", "letter", "1"),
    ("In two years most of us have been allowed a single phone call.", "phone call", "a single"),
    ("In four years I have had three letters from Jim.", "letters", "three"),
    ("He sent three letters in four years.", "letters", "three"),
    ("Three letters arrived in June.", "letters", None),
    ("Within weeks the authorities had suspended the delegates' visits to all the camps.", "visits",
     "suspended the delegates'"),
    ("They hardly got any letters from home.", "letters", "hardly got any"),
    ("They keep us in a pit, food the same they eat, but little.", "food", "the same they eat, but little"),
    ("The captured soldiers were fed, but not enough.", "fed", ", but not enough"),
    # plenty, a single item that is not said to be all, a scarcity word in another clause
    ("Letters from home reached the prisoners every month.", "Letters", None),
    ("One letter arrived in June, and more followed.", "letter", None),
    ("The beatings stopped when the ICRC visited.", "visited", None),
    ("He rarely complained about the food.", "food", None),
    ("Only one prisoner was sick and the doctor saw him.", "doctor saw", None),
])
def test_good_practice_reported_as_scarce(text, phrase, scarce_words):
    from checker.cues import scarce

    start = text.index(phrase)
    assert scarce(text, (0, len(text)), start, start + len(phrase)) == scarce_words


@pytest.mark.parametrize("text,article", [
    ("The camp let only a handful of prisoners of war write home, six lines at a time.", "GCIII-71"),
    ("Letters to the prisoners of war arrive rarely, if at all.", "GCIII-71"),
    ("Guards fired on the prisoners of war in the yard; the authorities then suspended the ICRC delegates' "
     "visits to all the camps.", "GCIII-126"),
    ("An open letter from the families. In two years our captured sons have been allowed a single phone call.",
     "GCIII-71"),
])
def test_scarce_good_practice_is_a_restriction(check, text, article):
    from checker.evaluate import article as article_of

    a = check(text)
    found = {(article_of(f.provision), f.assessment) for f in a.findings}
    assert (article, "concern") in found, found
    assert (article, "observance") not in found, found


@pytest.mark.parametrize("text,phrase,denial", [
    ("People at home think they killed all of us. They didn't.", "killed", "They didn't."),
    ("Everyone said he shot the prisoners. He did not!", "shot", "He did not!"),
    ("They say we beat the captives. We didn\u2019t.", "beat", "We didn\u2019t."),
    # a different subject, or more than a bare denial: the act stands
    ("They shot two prisoners. I didn't.", "shot", None),
    ("The guards beat him. They did not.", "beat", None),
    ("They beat the prisoners every night. They didn't stop.", "beat", None),
    ("They killed all of us. Nobody came.", "killed", None),
    # the act asked about, answered no; an answer that tells the act leaves it standing
    ("Q14. Were you physically mistreated while you were a prisoner? A: No.", "mistreated", "A: No"),
    ("Q: Were you beaten in the camp? A: Every night.", "beaten", None),
    ("Q: Why were you beaten in the camp? A: No reason.", "beaten", None),
    # a transcript's speakers named in capitals
    ("REPORTER: Were any of the soldiers you detained mistreated? COLONEL: Absolutely not.", "mistreated",
     "COLONEL: Absolutely not"),
    ("REPORTER: Were any of the soldiers you detained mistreated? COLONEL: Two were beaten.", "mistreated", None),
])
def test_an_act_flatly_denied_by_the_next_sentence(text, phrase, denial):
    from checker.cues import refuted_next

    start = text.index(phrase)
    sents = Sentences(text)
    si = sents.index(start)
    following = sents[si + 1] if si + 1 < len(sents) else None
    assert refuted_next(text, sents[si], start, following) == denial


def test_a_killing_denied_by_the_next_sentence_is_no_concern(check):
    a = check("When our battalion gave up at Laukkai the rebels took our rifles, and their medics treated our wounded."
              " People at home think they killed all of us. They didn't.")
    assert a.context.pow_context
    concerns = {f.provision for f in a.findings if f.assessment == "concern"}
    assert not concerns & {"CIHL-89", "GCIII-3", "GCIII-130", "GCIII-13.1"}, concerns


@pytest.mark.parametrize("text, captives", [
    # the claim's picture of captives is rated false: nobody is shown to have been captured
    ("Claim: a video shows enemy soldiers surrendering near the river crossing. Verdict: false. The footage is from "
     "a 2020 exercise; the men with raised hands are conscripts playing the enemy.", False),
    ("FACT CHECK: A photo shared as 'marines captured this morning' shows a 2018 training day. Rating: False.", False),
    # the verdict first, the claim after it
    ("FALSE. A clip shared 40,000 times claims to show junta soldiers captured by resistance fighters being forced "
     "to dance. The footage comes from a 2019 action film.", False),
    ("FALSE. A video in which the president tells his soldiers to lay down their weapons and surrender is a deepfake. "
     "No troops surrendered.", False),
    ("FALSE: claims that the captured soldiers were not beaten. A video shows guards kicking them.", True),
    # a claim that denies is rated false: the picture is real
    ("Claim: the video of the captured marine being beaten was staged. Rating: False. The clip was first posted on "
     "the captors' own channel.", True),
    # the claim was false about when and where; what the checker found after the verdict still shows captives
    ("Claim: a clip shows captured soldiers shot last week near the dam. Verdict: miscaptioned. The clip shows "
     "captured soldiers shot by the same group in 2016.", True),
    # rated true
    ("Claim: a video shows captured soldiers forced to kneel and kiss a flag. Verdict: true. We traced it to the "
     "unit's channel.", True),
])
def test_a_fact_check_that_rates_a_picture_of_captives_false_leaves_no_captives(check, text, captives):
    assert check(text).context.pow_context is captives


# --- scopes read more narrowly: a cue governs its own clause, not a later asserted act -------------------------------

SCOPE_CASES = [
    # a question ends where a new verb in the present with its own object begins; the asked part stays open
    ("The officer asks whether they came from the north and makes them kneel in the snow.", "makes them kneel",
     ASSERTED),
    ("The officer asks whether they were beaten in the truck.", "beaten", HYPOTHETICAL),
    # a second relative clause joined by "and" starts a new scope: the modal of the first does not reach it
    ("The state calls the pilots criminals who will be tried under its own laws and who are not entitled to "
     "prisoner-of-war treatment.", "not entitled to prisoner-of-war treatment", ASSERTED),
    ("The pilots will be tried as criminals next month.", "tried", HYPOTHETICAL),
    # a negated verb of access does not reach a participle telling of the men named after it
    ("The authorities will not allow delegates to see the twelve marines captured near the port.", "captured",
     ASSERTED),
    ("The agency has not been able to visit the men held at the airbase.", "held", ASSERTED),
    ("I did not see the prisoners beaten.", "beaten", NEGATED),
    ("The prisoners were not beaten.", "beaten", NEGATED),
    # a condition put to "you" in the present, with what "we" then do, after a verb of saying: a threat
    ("The sergeant told the captives that if you do not answer, we shoot you.", "shoot", THREAT),
    ("The guard shouted at us that if you move we break your legs.", "break your legs", THREAT),
    ("He said that if you asked for water they beat you with a hose.", "beat", ASSERTED),
    # "barely" and "hardly" are degrees of their own word: before a number, or a verb of the body, they end there
    ("Some of the conscripts, barely eighteen, were beaten at the checkpoint.", "beaten", ASSERTED),
    ("The prisoners could barely walk after the beating in the yard.", "beating", ASSERTED),
    ("The prisoners were given barely any water.", "water", NEGATED),
    # an entitlement to something is a norm; a status found ("found entitled") is a fact of the report
    ("The prisoners are entitled to receive parcels from home.", "receive parcels", HYPOTHETICAL),
    ("Those found entitled were held as prisoners of war in the camp.", "held as prisoners of war", ASSERTED),
    # a reassurance is about the thing, not its absence
    ("Dear Father, do not worry about food, the guards give us rice every day.", "food", ASSERTED),
    ("The guards did not give us food for days.", "food", NEGATED),
    # a negated subject after a time told first still governs the verb
    ("Two years later, not one of the families had been sent a capture card.", "capture card", NEGATED),
    ("Two years later, the families had been sent a capture card.", "capture card", ASSERTED),
    # an inability reaches the verb's complement a few words on
    ("The delegates had not been able to see any of them in private.", "in private", NEGATED),
    ("The delegates were able to see all of them in private.", "in private", ASSERTED),
    # a negation put first, with the auxiliary before its subject, governs the whole clause
    ("Nowhere in the footage is anyone taken alive or killed after capture.", "killed after capture", NEGATED),
    ("At no point were the delegates allowed to visit the camp.", "visit the camp", NEGATED),
    ("Never before had the prisoners been beaten so badly.", "beaten", ASSERTED),
    ("Nowhere to sleep, they were beaten in the yard.", "beaten", ASSERTED),
    # a question of what a picture shows is a claim to check; the picture described is not
    ("FACT CHECK: Does the viral video show captured soldiers being executed?", "executed", HYPOTHETICAL),
    ("The viral video shows captured soldiers being executed.", "executed", ASSERTED),
    # a past verb after a comma is a new predicate of the subject: a do-support negation or a "no"/"without" before
    # the comma does not reach it; a base verb or a participle goes on with the negated list
    ("The ethnic army did not fire on the columns, fed them rice and fish for four days.", "fed them", ASSERTED),
    ("Delegates interviewed the prisoners without witnesses, recorded their particulars and left.",
     "recorded their particulars", ASSERTED),
    ("They did not feed us, give us water or let us sleep.", "give us water", NEGATED),
    ("We were not fed, washed or clothed.", "washed", NEGATED),
    # "without delay" is a manner, not a lack
    ("Their particulars were recorded and sent without delay to the information bureau.", "information bureau",
     ASSERTED),
    ("Their particulars were kept without being sent to the information bureau.", "information bureau", NEGATED),
    # a negation the captors said would come is a threat, not an account; a refusal told as done stays negated
    ("Prisoners said they had been warned they would not be fed until they had learned the texts.", "fed", THREAT),
    ("We were told we would never go home.", "go home", THREAT),
    ("The guards would not let us write home.", "write home", NEGATED),
]


@pytest.mark.parametrize("text,phrase,expected", SCOPE_CASES,
                         ids=[f"{c[2]}:{c[1]}:{i}" for i, c in enumerate(SCOPE_CASES)])
def test_cue_scopes_end_with_their_own_clause(text, phrase, expected):
    assert status_of(text, phrase).status == expected


@pytest.mark.parametrize("text,phrase,scarce_words", [
    # a time clause after the practice: the fighting ceased, the practice did not
    ("The wounded were handed over to the delegates two weeks after the fighting ceased.", "handed over", None),
    ("Letters from home ceased in the second winter.", "Letters", "from home ceased"),
    # (a practice allowed only once a week is still scarce)
    ("The men could wash only once a week.", "could wash", "only once"),
])
def test_ceasing_in_a_time_clause_is_no_scarcity(text, phrase, scarce_words):
    from checker.cues import scarce

    start = text.index(phrase)
    assert scarce(text, (0, len(text)), start, start + len(phrase)) == scarce_words


@pytest.mark.parametrize("text,n", [
    # the short forms of notes do not end a sentence
    ("Incl. two wounded men who were beaten at the checkpoint.", 1),
    ("Officers, esp. the pilots, were kept apart. They were beaten.", 2),
    ("Nine men were taken. Two were beaten.", 2),
])
def test_short_forms_do_not_split_sentences(text, n):
    assert len(Sentences(text)) == n


@pytest.mark.parametrize("text,phrase,taken_back", [
    # a note's field answered after a dash, as after a colon
    ("Letters \u2014 no. Nothing arrived.", "Letters", "no"),
    ("Parcels - none in two years.", "Parcels", "none"),
    ("Letters \u2014 yes, two a month.", "Letters", None),
    ("They gave us bread, no water.", "bread", None),
])
def test_a_field_answered_no_after_a_dash(text, phrase, taken_back):
    from checker.cues import negated_after

    start = text.index(phrase)
    assert negated_after(text, (0, len(text)), start + len(phrase)) == taken_back


@pytest.mark.parametrize("text,phrase,status", [
    # a relative clause with its own negated subject ends before the main clause: the court did sentence them
    ("A court that no country recognises sentenced the captured marines to death.", "sentenced", ASSERTED),
    ("When a court that no State recognises called him a mercenary, his lawyer said nothing.", "mercenary", ASSERTED),
    ("A tribunal which no lawyer attended convicted the captured pilots.", "convicted", ASSERTED),
    # "that" after a verb of saying or knowing opens what was said, and "no" negates it
    ("The prisoners of war said that no guard ever beat them.", "beat", NEGATED),
    ("The commission found that no prisoner had been beaten.", "beaten", NEGATED),
    ("The parents said they had no news and that no delegate has been allowed to see him.", "allowed to see", NEGATED),
    ("The camp that no longer received parcels starved the men.", "received parcels", NEGATED),
])
def test_a_negated_subject_of_a_relative_clause_stays_in_it(text, phrase, status):
    assert status_of(text, phrase).status == status


@pytest.mark.parametrize("text,phrase,status", [
    # a wish or request told inside a relative clause about people ends where the main clause's verb begins
    ("Prisoners who said they wanted to go home were beaten with cables.", "beaten", ASSERTED),
    ("A captive who said he wanted to go back to his village was beaten to death.", "beaten to death", ASSERTED),
    ("Three men who had agreed to keep cooperating were released early.", "released early", ASSERTED),
    ("The men who asked for a doctor were locked in a shipping container.", "locked in", ASSERTED),
    # still hypothetical: the wish is the clause's own, or the "were" is a pronoun's verb inside what was asked
    ("Prisoners who were asked whether they were beaten said nothing.", "beaten", HYPOTHETICAL),
    ("The families who wanted the prisoners released early wrote to the minister.", "released early", HYPOTHETICAL),
    ("Delegates asked that the prisoners be released early.", "released early", HYPOTHETICAL),
])
def test_a_wish_inside_a_relative_clause_does_not_reach_the_main_verb(text, phrase, status):
    assert status_of(text, phrase).status == status


@pytest.mark.parametrize("text,article,shown", [
    # a question is not an account: the practice asked about is not shown ...
    ("Interview with a released prisoner of war. Q: Did the Red Cross come to the camp?", "GCIII-126", False),
    ("A captured soldier speaks on a blogger's channel. BLOGGER: Are they feeding you properly?", "GCIII-26", False),
    ("Notes from a call with the mother of a prisoner of war. Q: Letters home? She cried.", "GCIII-71", False),
    # ... unless the next line answers yes
    ("Interview with a released prisoner of war. Q: Did the Red Cross come to the camp? A: Yes, twice that winter.",
     "GCIII-126", True),
    # ... and the same practice told as a fact is good practice
    ("Released prisoners of war said the Red Cross came to the camp twice that winter.", "GCIII-126", True),
])
def test_good_practice_only_asked_about_is_not_shown(check, text, article, shown):
    from checker.evaluate import article as article_of

    found = {(article_of(f.provision), f.assessment) for f in check(text).findings}
    assert ((article, "observance") in found) == shown, found


@pytest.mark.parametrize("text,phrase,status", [
    # a negated subject, told with words between the negation and the verb, denies the verb ...
    ("No prisoner was beaten.", "beaten", NEGATED),
    ("None of the men taken at the bridge were tortured.", "tortured", NEGATED),
    ("Not one of the prisoners we visited had been beaten.", "beaten", NEGATED),
    ("Nobody among the captives was ill-treated.", "ill-treated", NEGATED),
    # (a long subject: the "no" more than six words back from the verb)
    ("No soldier captured in the raid on the border post has been mistreated, the army said.", "mistreated", NEGATED),
    ("The army states that no rebel captured during the Ouarsenis operation has been ill-treated.", "ill-treated", NEGATED),
    ("Captured soldiers said no guard at the camp near the river had ever beaten them.", "beaten", NEGATED),
    ("No soldier held at the base was beaten.", "beaten", NEGATED),
    # (a second verb joined by "or" shares the negated subject; "and" with a new verb still opens its own clause)
    ("Nobody insults or mocks him.", "mocks", NEGATED),
    ("The guard never speaks to them or makes them bow.", "makes them bow", NEGATED),
    ("He asks whether they came from China and makes them bow.", "makes them bow", ASSERTED),
    ("No soldiers were captured in the raid, but the villagers they found were beaten.", "beaten", ASSERTED),
    # ... but not a verb after it with its own subject, when the negated subject's verb tells the act reached all
    ("No prisoner was left alive after the guards beat them.", "beat", ASSERTED),
    # ... and a "no" that is some other word's does not reach the act
    ("The guards gave them no water and beat them.", "beat", ASSERTED),
])
def test_a_negated_subject_with_words_before_its_verb(text, phrase, status):
    assert status_of(text, phrase).status == status


# Wanted readings not made: each was tried in session 47 and fixed dev errors in fewer than 3 sets (the generality
# rule), so the reading was left out; the patch is described in the commit message. strict: a change that makes one
# pass must move the row up into the test above.
@pytest.mark.parametrize("text,phrase,status", [
    ("No captive in our custody has ever been chained or mistreated.", "mistreated", NEGATED),
    ("No one was spared the beatings.", "beatings", ASSERTED),
    ("None escaped the beatings.", "beatings", ASSERTED),
    ("With no explanation the guards beat the prisoners.", "beat", ASSERTED),
])
@pytest.mark.xfail(strict=True, reason="reading left out: fewer than 3 dev sets fixed")
def test_negated_subject_readings_left_out(text, phrase, status):
    assert status_of(text, phrase).status == status


# a denial the same text takes back is no denial of the act; a denial left standing still is
@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("In her book the colonel admitted what the army had denied for decades: that the captured rebel was hanged by "
         "her unit.", "hanged", ASSERTED),
        ("The ministry denied that the prisoners were shot, but the video clearly shows them kneeling when the shots "
         "come.", "shot", ASSERTED),
        ("The ministry denied that the prisoners were shot.", "shot", DENIED),
        ("The ministry denied that the prisoners were shot, but the families do not believe it.", "shot", DENIED),
        # "staged" with an object is a verb of doing, not a charge of fakery
        ("The militia staged a parade at which the bound captives were beaten.", "beaten", ASSERTED),
        ("The army says the clip of bound captives being beaten was staged.", "beaten", DENIED),
    ],
)
def test_denial_taken_back_or_left_standing(text, phrase, expected):
    assert status_of(text, phrase).status == expected


# a request, then after a comma a new subject and a past verb: what was done about the request is told
@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("Says the delegates asked to come in three times, the camp guards sent them away.", "sent them away", ASSERTED),
        ("The ICRC asked to visit the camp, interview the men and register them.", "register", HYPOTHETICAL),
        ("The mothers asked that their sons, once captured, be treated well.", "treated", HYPOTHETICAL),
    ],
)
def test_request_answered_after_comma(text, phrase, expected):
    assert status_of(text, phrase).status == expected


# a request told as refused or unanswered is a fact; a reporter's request for comment is no request about captives
# (left a supposition); what is condemned is taken as done; a participle phrase between commas in a question's subject
# describes it as it is
@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("The Red Cross says its requests to see the prisoners have been turned down.", "turned down", ASSERTED),
        ("The agency's requests for comment went unanswered.", "went unanswered", HYPOTHETICAL),
        ("The Red Cross requests to see the prisoners next month.", "see the prisoners", HYPOTHETICAL),
        ("The deputy asked whether the government will condemn the decision to parade the captives on state TV.",
         "parade", ASSERTED),
        ("The deputy asked whether the government will parade the captives on state TV.", "parade", HYPOTHETICAL),
        ("Monitors doubted whether his statement, recorded and broadcast by the captors, had been given freely.",
         "broadcast", ASSERTED),
        ("Monitors doubted whether his statement had been recorded and broadcast.", "broadcast", HYPOTHETICAL),
        ("Lawyers asked whether the prisoners, if captured, would be shot.", "shot", HYPOTHETICAL),
    ],
)
def test_request_refused_condemned_act_and_question_appositive(text, phrase, expected):
    assert status_of(text, phrase).status == expected
