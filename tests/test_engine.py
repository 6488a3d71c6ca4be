"""Engine behaviour end to end: context gate, conflict, cues, elements, confidence, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.assess import assess
from checker.evaluate import article
from checker.models import Incident


def kinds(a, assessment):
    return {article(f.provision) for f in a.findings if f.assessment == assessment}


# A retelling of the March 2022 story in other words than the bundled example.
STORY = (
    "Videos spreading on social media in March 2022 show captured Russian soldiers in Ukraine. "
    "In one, local people hand a young prisoner a mug of tea and a pie, and a woman dials his mother "
    "on a video call so he can speak to her. Another captured soldier calls his mother and tells her "
    "he had no idea he was being sent on a military operation. Human rights groups appealed to both "
    "sides to treat prisoners humanely."
)


# the bundled example the README's quick start runs: the soldier "never told he was being sent into a military
# operation" was not told by his own side; it is no silence of the captor towards his family
EXAMPLE_STORY = (Path(__file__).resolve().parent.parent / "examples" / "march-2022-viral-videos.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("story", [STORY, EXAMPLE_STORY], ids=["story", "bundled-example"])
def test_march_2022_story_reads_as_a_lawyer_would(check, story):
    a = check(story)
    assert a.context.pow_context is True
    assert a.context.conflict == "international"
    assert "GCIII-13" in kinds(a, "concern")
    assert kinds(a, "observance") & {"GCIII-26", "GCIII-70", "GCIII-71"}
    assert not kinds(a, "concern") - {"GCIII-13"}, "no concern the text does not support"
    curiosity = next(f for f in a.findings if f.provision == "GCIII-13.2" and f.assessment == "concern")
    for e in curiosity.evidence:
        assert story[e.start : e.end] == e.text
    assert any("blur" in q for q in curiosity.questions)
    assert any("publish" in q for q in curiosity.questions)


def test_an_act_told_in_the_passive_with_its_auxiliary_is_read(check):
    """'hands tied', 'throat cut' as rule phrases; the text tells them with 'were', 'is' between."""
    a = check("Boko Haram fighters we caught this morning, the soldier says. Each prisoner is made to lie at the edge "
              "of the pit and his throat is cut.")
    assert {"CIHL-89", "GCIII-3"} <= kinds(a, "concern")
    assert any(e.text == "throat is cut" for f in a.findings for e in f.evidence)


@pytest.mark.parametrize("text", [
    "Whole platoons walked out of their bunkers waving white undershirts, and we gave them water.",
    "When the town fell we piled our rifles on the road. The paratroopers searched us, gave us hot stew and let us "
    "keep our photos.",
])
def test_a_surrender_told_by_a_white_cloth_or_piled_rifles_puts_fighters_in_enemy_hands(check, text):
    a = check(text)
    assert a.context.pow_context and "GCIII-26" in kinds(a, "observance")


@pytest.mark.parametrize("text", [
    "After the white flag went up at Goose Green, two conscripts who had surrendered were shot where they stood.",
    "The Gestapo took the recaptured prisoners of war who had surrendered to the guards and shot them in a wood.",
])
def test_a_war_told_by_its_places_and_armies_before_protocol_i_gets_the_customary_rule(check, text):
    """Neither the UK nor Argentina was bound by Protocol I in 1982; no one was in 1944: CIHL Rule 47, not API Art. 41."""
    concerns = kinds(check(text), "concern")
    assert "CIHL-47" in concerns and "API-41" not in concerns


@pytest.mark.parametrize("text, killing", [
    # a tally of the dead beside the wounded: the count of a blast, not a wilful killing (labelling rule 6)
    ("The prisoners of war were made to move shells from the dump. A round detonated; one prisoner was killed outright "
     "and several were badly burned.", False),
    ("The prisoners of war were clearing the dump when a round detonated. Thirty-one prisoners of war killed, 139 "
     "wounded, the camp report said.", False),
    # killed by their own side's fire or a booby trap
    ("The prisoners of war were digging trenches for the enemy. Two of them got killed by their own mortars last week.",
     False),
    # the guards' act, told with its objects
    ("At the camp the guards killed two prisoners of war and wounded three others who were trying to escape.", True),
    ("On several occasions the captors killed wounded prisoners of war who could not walk.", True),
    # killed by fellow prisoners, not by the captor
    ("In 1943 a prisoner of war thought to have talked to the guards was beaten to death by fellow prisoners; the Army "
     "investigated and tried them.", False),
])
def test_a_tally_of_dead_and_wounded_is_not_a_wilful_killing(check, text, killing):
    assert ("GCIII-130" in kinds(check(text), "concern")) is killing


def test_peacekeepers_held_as_a_bargaining_chip_are_not_fighters_in_enemy_hands(check):
    """Rebels holding peacekeepers to press a government: hostages protected as civilians (labelling rule 10)."""
    a = check("In May 2000 the rebels surrounded our company of peacekeepers, took our weapons and kept us in the bush "
              "for three weeks as a bargaining chip against the government.")
    assert not a.context.pow_context and not kinds(a, "concern")


@pytest.mark.parametrize("when", ["In March 2000", "On 5 March 2000", "In mid-March", "March 2000:"])
def test_the_month_of_march_is_not_a_march(check, when):
    """'march' is a word of evacuation (Art. 20); the month is not."""
    a = check(f"Statement of a former prisoner of war held at the camp. In the cold season we slept on bare ground with "
              f"no blankets. {when} my friend tried to run away at night, and the guard shot him.")
    assert "GCIII-20" not in kinds(a, "concern")
    b = check("Statement of a former prisoner of war. After the capture we were made to march for three days with no "
              "blankets, and those who fell were beaten.")
    assert "GCIII-20" in kinds(b, "concern")


def test_an_act_on_a_thing_told_with_its_owner_is_read(check):
    """'signed statements' as a rule phrase; the text says whose statements they were."""
    a = check("Two captured marines told the military court they had signed their statements after being beaten "
              "for three days.")
    assert "GCIII-99" in kinds(a, "concern")


def test_the_interviewer_named_at_the_start_of_a_turn_is_not_a_civilian_held(check):
    a = check("JOURNALIST: So the group kept you for almost a year after the attack on your post? SOLDIER: Yes, three "
              "of us. They moved us to a new camp every few days, always at night. They told us we would stay until "
              "the government releases their men from prison.")
    assert a.context.pow_context
    assert "CIHL-96" in kinds(a, "concern")
    # a journalist who is held is still a civilian
    assert not check("The group kept two journalists for almost a year after the attack on the town. They were moved "
                     "to a new camp every few days, always at night, and told they would stay until the government "
                     "releases the group's men from prison.").context.pow_context


@pytest.mark.parametrize("soldier", ["rifleman", "sapper", "tankman", "artilleryman", "machine gunner"])
def test_a_soldier_named_by_his_arm_is_a_fighter(check, soldier):
    a = check(f"Our guest, a {soldier} captured near Rubizhne in 2022, says he was kept for four months in a gym and "
              "beaten on the soles of his feet with pipes.")
    assert a.context.pow_context
    assert "GCIII-13" in kinds(a, "concern")


@pytest.mark.parametrize("rank", ["Cpl.", "Sgt", "Pvt.", "LCpl"])
def test_a_soldier_named_by_his_abbreviated_rank_is_a_fighter(check, rank):
    a = check(f"Mrs. Polk got her first letter this week from her son, {rank} Dale Polk, held by the Communists in "
              "North Korea since November 1950. He writes that he has put on weight and asks for pictures.")
    assert a.context.pow_context
    assert "GCIII-71" in kinds(a, "observance")


def test_no_findings_without_captives(check):
    a = check("Artillery shelled the market and killed twelve civilians; soldiers were wounded nearby.")
    assert a.context.pow_context is False
    assert a.findings == []


def test_civilian_detainees_are_not_pow_concerns(check):
    a = check("Civilian detainees at the filtration camp said they were beaten by guards.")
    assert a.context.pow_context is False
    assert not kinds(a, "concern")


@pytest.mark.parametrize("who", ["relief workers", "humanitarian workers", "NGO staff"])
def test_relief_staff_held_by_an_armed_group_are_civilian_hostages(check, who):
    a = check(f"Gunmen took three {who} from their car near the border in March. Their captors want a ransom and "
              "have sent a photograph of the men sitting in an empty room.")
    assert a.context.pow_context is False
    assert not kinds(a, "concern")


def test_negated_violence_is_not_a_concern(check):
    for text in (
        "The prisoners of war were not beaten, the ICRC said.",
        "No one was harmed: the captured soldiers showed no signs of torture.",
    ):
        assert not kinds(check(text), "concern") & {"GCIII-13", "GCIII-130"}, text


def test_threat_is_intimidation_not_killing(check):
    a = check("Guards threatened to shoot the prisoners of war if they spoke.")
    concerns = {f.provision for f in a.findings if f.assessment == "concern"}
    assert "GCIII-13.2" in concerns
    assert "GCIII-130" not in concerns and "GCIII-13.1" not in concerns


def test_denied_mistreatment_keeps_the_custody(check):
    a = check("Baku rejects all allegations that Armenian servicemen in its custody were beaten.")
    assert a.context.pow_context and not kinds(a, "concern")


def test_denial_becomes_a_question_not_a_concern(check):
    a = check("The ministry denied that captured soldiers had been tortured at the camp.")
    assert not kinds(a, "concern")
    verify = [f for f in a.findings if f.assessment == "to-verify"]
    assert verify and any("denied" in q for f in verify for q in f.questions)


def test_attributed_claim_stays_with_lower_confidence(check):
    plain = check("Captured Ukrainian soldiers were beaten by guards at the camp.")
    claimed = check("Ukraine claims captured Ukrainian soldiers were beaten by guards at the camp.")
    f_plain = next(f for f in plain.findings if f.provision == "GCIII-13.1")
    f_claim = next(f for f in claimed.findings if f.provision == "GCIII-13.1")
    assert f_claim.assessment == "concern"
    assert f_claim.confidence < f_plain.confidence
    assert "Ukraine" in f_claim.confidence_reason
    assert any("Ukraine" in q for e in f_claim.evidence for q in e.qualifiers)


def test_non_international_conflict_uses_common_article_3(check):
    a = check("Rebels executed eleven captured government soldiers after the fall of the base, a video shows.")
    assert a.context.conflict == "non-international"
    concerns = kinds(a, "concern")
    assert {"GCIII-3", "CIHL-89"} <= concerns
    assert not concerns & {"GCIII-13", "GCIII-130"}


@pytest.mark.parametrize("text, between_states, source", [
    ("The rebels kept the captured army soldiers for a month in a school basement with no water and no toilet.",
     "The Russian guards kept the captured Ukrainian soldiers for a month in a school basement with no water and no toilet.",
     "GCIII-26"),
    ("Soldiers held by the militia said their wounds went untreated for weeks.",
     "Ukrainian soldiers held by the Russian army said their wounds went untreated for weeks.",
     "GCIII-30"),
])
def test_conditions_in_an_internal_war_are_read_under_common_article_3(check, text, between_states, source):
    """The food, shelter and care GCIII sets between States are, in an internal war, part of the humane treatment
    common Article 3 requires: the rule's own words are read for it, and the evidence says so."""
    a = check(text)
    assert a.context.conflict == "non-international"
    assert "GCIII-3" in kinds(a, "concern")
    assert not kinds(a, "concern") & {"GCIII-25", "GCIII-26", "GCIII-29", "GCIII-30"}
    ca3 = next(f for f in a.findings if f.provision == "GCIII-3" and f.assessment == "concern")
    assert any(source in e.cue and "GCIII-3" in e.cue for e in ca3.evidence)
    # conditions alone are no war crime the report should name (neither are they between States)
    assert ca3.war_crimes == [] and not ca3.grave_breach
    # between States: the article's own finding, and no common Article 3
    b = check(between_states)
    assert b.context.conflict == "international"
    assert source in kinds(b, "concern") and "GCIII-3" not in kinds(b, "concern")


@pytest.mark.parametrize("text", [
    "They caught her near Ain Issa, a Kurdish fighter, wounded. The men beat her.",
    # an armed group named by its own word, or by its fighting unit
    "After the ambush we raised our hands and the shabaab tied us with cord. At their camp they beat our sergeant.",
    "The men of the katiba caught two soldiers from the camp. They were shot behind the well.",
    # parties to internal wars named by their own names: the Philippines, Cameroon, Sierra Leone
    "Army officials presented a wounded NPA fighter captured in Samar to reporters; officers beat him on camera.",
    "A soldier who escaped from the Amba boys' camp said the fighters beat a captured soldier for three days.",
    "RUF rebels caught three soldiers at the checkpoint and beat them with rifle butts.",
    # the Islamic State's name for itself and for the Iraqi army; a rebel radio's name for the army it fights
    "The magazine shows soldiers of the Rafidi army seized at an air base, beaten by the soldiers of the Caliphate.",
    "Our forces handed over wounded soldiers of the puppet army; two of its officers we captured were beaten.",
    # the places and words of wars remembered by them: Sri Lanka 2009, Algeria 1954-62, the PKK's armed wing
    "After I surrendered at Vattuvakal, soldiers took me to a camp near Vavuniya, where they beat me every night.",
    "In Kabylie the captured fighters were beaten at the farm by the intelligence officers.",
    "The prisoners taken arms in hand in the djebel were beaten by the guards of the military camp.",
    "The HPG said the soldiers it captured in the mountains were beaten by nobody; Turkey says guards beat them.",
    "Two soldiers the red fighters took in the hills of Surigao said their guards beat them every day.",
    "Fighters captured after the 7 October attack were held at Sde Teiman, where former staff say guards beat them.",
    # internal wars of 1910-1976 as historians name them: Spain, Ireland, Mexico, the Palestine Mandate, Angola
    "Republican militiamen who had given up their rifles at Badajoz were beaten and shot in the bullring.",
    "In 1923 Free State soldiers took nine anti-Treaty prisoners from the barracks and beat them before the blast.",
    "At Torreón the División del Norte lined up the captured federal officers and beat them with rifle butts.",
    "Irgun men seized two British sergeants in Netanya and beat them before hanging them in a grove.",
    "Mercenaries captured while fighting for the FNLA in 1976 said their guards beat them every night.",
    "Soldiers of the garrison who surrendered at Teruel to the Republican army were beaten by their escort.",
    "In the Huaihai campaign captured soldiers were beaten at meetings until they denounced their officers.",
])
def test_armed_groups_named_in_their_own_words_make_an_internal_war(check, text):
    a = check(text)
    assert a.context.conflict == "non-international"
    assert "GCIII-3" in {f.provision for f in a.findings}


def test_an_acronym_other_bodies_share_names_an_armed_group_only_with_a_fighters_noun(check):
    # "NPA" is also Norwegian People's Aid; "ADF" also the Australian Defence Force
    assert check("NPA fighters captured two soldiers and beat them.").context.conflict == "non-international"
    assert check("NPA deminers cleared the field where two captured soldiers had been beaten.").context.conflict \
        != "non-international"


def test_humiliation_in_an_internal_war_is_an_outrage_under_common_article_3(check):
    a = check("JNIM's media arm released a video of seven captured soldiers, faces visible, reading statements in which "
              "they call the army apostates and urge their comrades to desert.")
    assert a.context.conflict == "non-international"
    assert {"GCIII-3", "CIHL-90"} <= kinds(a, "concern")
    assert "GCIII-14" not in kinds(a, "concern")


def test_coercion_read_under_common_article_3_keeps_its_war_crimes(check):
    a = check("The militia's interrogators threatened to shoot the captured soldier unless he told them where his "
              "unit's mortars were.")
    ca3 = next(f for f in a.findings if f.provision == "GCIII-3" and f.assessment == "concern")
    assert any("GCIII-17" in e.cue for e in ca3.evidence)
    assert "RS-8.2.c.i" in ca3.war_crimes


def test_food_and_care_given_in_an_internal_war_are_humane_treatment_under_common_article_3(check):
    # GCIII Art. 26 and 30 lend their good practice to common Article 3 (applies.internal_counterpart,
    # observances: true); other articles' good practice is not moved
    a = check("The rebels gave the captured army soldiers three meals a day and clean water, the ICRC said.")
    assert a.context.conflict == "non-international"
    assert [f.assessment for f in a.findings if f.provision == "GCIII-3"] == ["observance"]
    b = check("The rebels gave the captured army soldiers warm coats and new boots before the winter, the ICRC said.")
    assert b.context.conflict == "non-international"
    assert not [f for f in b.findings if f.provision == "GCIII-3"]


def test_a_rule_that_defers_is_named_in_the_finding_of_the_more_specific_rule(check):
    # GCI Art. 12 defers to GCIII Art. 30 (applies.deferred_to): a captive's wounds left untreated are one
    # concern under the medical-care article, which names GCI Art. 12 and keeps its seriousness
    a = check("The wounded Russian soldiers the unit captured near Izium were left without treatment for two days "
              "at the collection point.")
    care = next(f for f in a.findings if f.provision == "GCIII-30" and f.assessment == "concern")
    assert care.also_for == ["wounded-enemy-care"]
    assert "GCI-12" in care.related and care.grave_breach
    assert not [f for f in a.findings if f.rule_id == "wounded-enemy-care"]
    # good practice is not deferred: care given stays good practice under both articles
    b = check("The captured Russian soldier's wounds were dressed by Ukrainian medics at the collection point.")
    assert not any(f.also_for for f in b.findings)


@pytest.mark.parametrize("text, host, deferring_provision, deferring_rule", [
    # a death left without an enquiry: Art. 121, which names Art. 129
    ("A prisoner of war died in the camp two days after a beating by the guards; there was no investigation.",
     "GCIII-121", "GCIII-129", "investigation-and-prosecution-of-abuse"),
    # a captive's death left unrecorded: GCIII Art. 120, which names GCI Art. 16
    ("Remains of a soldier taken prisoner in 2023 were handed back in a transfer of bodies. No death certificate came "
     "with them and the captor gave no record of how or when he died.",
     "GCIII-120", "GCI-16", "recording-wounded-and-dead"),
    # letters blacked out and held back: Art. 71, which names Art. 76
    ("In four years the family of the captured pilot has had two letters from him, each six lines long and half of it "
     "blacked out by the censor; the rest never reached them.",
     "GCIII-71", "GCIII-76", "prompt-censorship-of-mail"),
    # a captive who "agreed to be filmed": Art. 13(2), which names Art. 7
    ("Reporters toured the camp and filmed the Russian prisoners of war in the workshop; the men, the guide said, had "
     "agreed to be filmed, and their faces are shown.",
     "GCIII-13.2", "GCIII-7", "non-renunciation-of-rights"),
    # captives shot and their bodies mutilated: the killing (Art. 130), which names GCI Art. 17
    ("The two captured soldiers were shot by their guards the next morning, and the men who killed them mutilated the "
     "bodies before leaving them by the road.",
     "GCIII-130", "GCI-17", "treatment-of-enemy-dead"),
])
def test_the_article_written_for_the_facts_names_the_general_one_beside_it(check, text, host, deferring_provision,
                                                                           deferring_rule):
    concerns = {f.provision: f for f in check(text).findings if f.assessment == "concern"}
    assert host in concerns and deferring_provision not in concerns
    assert deferring_rule in concerns[host].also_for


def test_a_rule_stands_alone_when_the_rules_it_defers_to_are_silent(check, ruleset):
    from checker.assess import _defer
    from checker.models import Finding

    alone = Finding(rule_id="wounded-enemy-care", provision="GCI-12", title="t", assessment="concern", confidence=0.7)
    observance = Finding(rule_id="medical-attention", provision="GCIII-30", title="t", assessment="observance",
                         confidence=0.7)
    assert _defer([alone, observance], ruleset.rules) == [alone, observance]
    assert alone.also_for == [] and observance.also_for == []


def test_international_killing_is_a_grave_breach(check):
    a = check("Russian soldiers shot dead two captured Ukrainian servicemen who had surrendered, a video shows.")
    concerns = [f for f in a.findings if f.assessment == "concern"]
    assert {"GCIII-13", "GCIII-130"} <= {article(f.provision) for f in concerns}
    assert concerns[0].grave_breach, "grave breaches come first"


def test_news_digest_does_not_blend_events(check):
    a = check(
        "Forces captured 28 soldiers in the north. In the capital, a car bomb killed sixteen people at a market."
    )
    assert not kinds(a, "concern") & {"GCIII-13", "GCIII-130", "GCIII-3", "CIHL-89"}


def test_digest_stories_end_at_their_sources(check):
    """A feed of news items, each closed by its sources in brackets, is read one story at a time:
    deaths in one story are not done to the captives of the next, however short each story is."""
    text = ("Insurgents overrun an army base in the east, capturing dozens of soldiers. (AP) "
            "Gunmen shoot dead three men outside a mosque in the capital. (Reuters)")
    a = check(text)
    assert a.context.pow_context
    assert not kinds(a, "concern") & {"GCIII-13", "GCIII-130", "GCIII-3", "CIHL-89"}
    # the same facts told as one story still join up
    joined = check("Insurgents overran an army base in the east and captured dozens of soldiers. "
                   "They killed the captured soldiers the next morning.")
    assert kinds(joined, "concern") & {"GCIII-13", "GCIII-130", "GCIII-3", "CIHL-89"}


def test_numbered_media_labels_are_one_story():
    """Numbered captions of one account ("Photo 1: ... Photo 2: ...", "Scene 1:") are not topic headings of a
    digest: the captives named under one photo are the men the crowd pelts under the next."""
    from checker.text import Sentences

    text = ("Photo 1: Captured army soldiers sit by the road under rebel guard. Photo 2: Onlookers line the road; "
            "a woman throws a sandal at them. Photo 3: Rebel fighters stand alongside.")
    assert set(Sentences(text).story) == {0}
    # topic headings of a digest still open stories of their own
    digest = "Peace: Talks open in Geneva. Occupation of Iraq: A former minister surrenders."
    assert len(set(Sentences(digest).story)) == 2


def test_source_tags_close_a_sentence():
    from checker.text import Sentences

    text = "Rebels free 24 soldiers. (BBC) (Al Jazeera) A court in Kinshasa opens a trial."
    spans = Sentences(text).spans
    assert [text[s:e] for s, e in spans] == ["Rebels free 24 soldiers. (BBC) (Al Jazeera)", "A court in Kinshasa opens a trial."]


def test_a_contraction_ends_a_sentence_an_initial_does_not():
    from checker.text import Sentences

    text = "Then the next clip... I can't. They shot them all. Dmytro K. came home. We didn\u2019t. J. Smith did."
    assert [text[s:e] for s, e in Sentences(text).spans] == [
        "Then the next clip...", "I can't.", "They shot them all.", "Dmytro K. came home.", "We didn\u2019t.",
        "J. Smith did."]


def test_a_log_line_without_subject_continues_and_a_new_refusal_takes_nothing_back(check):
    # "Taken to Baku, ..." continues the note about the captive; "Never allowed to phone home" is a refusal of its own,
    # not a reply that takes back the care told before it
    a = check("Resp. = Armenian conscript, 19, captured near Hadrut. Taken to Baku, held approx. 3 mo.; says prison "
              "doctor cleaned the wound and gave antibiotics. Never allowed to phone home.")
    assert "GCIII-30" in kinds(a, "observance") and "GCIII-30" not in kinds(a, "concern")
    assert "GCIII-71" in kinds(a, "concern")


def test_a_bullet_inside_a_line_closes_a_sentence():
    from checker.text import Sentences

    text = "Notes \u2022 delegates interviewed prisoners without guards present \u2022 wounded prisoners operated on"
    assert [text[s:e] for s, e in Sentences(text).spans] == [
        "Notes \u2022", "delegates interviewed prisoners without guards present \u2022", "wounded prisoners operated on"]
    listed = "Log:\n\u2022 first item\n\u2022 second item."
    assert [listed[s:e] for s, e in Sentences(listed).spans] == ["Log:", "\u2022 first item", "\u2022 second item."]


def test_the_number_of_a_list_item_opens_its_sentence(check):
    from checker.text import Sentences

    text = "Aide-memoire.\n1. Active hostilities ended in December 2000.\n2. Ethiopia still holds some 1,000 Eritrean " \
           "prisoners of war."
    assert [text[s:e] for s, e in Sentences(text).spans] == [
        "Aide-memoire.", "1. Active hostilities ended in December 2000.",
        "2. Ethiopia still holds some 1,000 Eritrean prisoners of war."]
    # so the item before is still the neighbouring sentence: the end of hostilities, then captives still held
    assert any(f.provision.startswith("GCIII-118") and f.assessment == "concern" for f in check(text).findings)


def test_breached_then_respected_is_both(check):
    a = check("Captured soldiers got no food for three days at the front. At the camp they received three meals a day.")
    assert "GCIII-26" in kinds(a, "concern") and "GCIII-26" in kinds(a, "observance")


def test_confidence_is_explained_and_labelled(check):
    a = check("Prisoners of war were beaten with rifle butts on arrival at the camp.")
    f = next(f for f in a.findings if f.assessment == "concern")
    assert 0 < f.confidence <= 1 and f.confidence_label in ("high", "medium", "low")
    assert f.confidence_reason


def test_deterministic(ruleset):
    inc = Incident(text=STORY, id="s")
    one = json.dumps(assess(inc, ruleset).to_json_dict(), sort_keys=True)
    two = json.dumps(assess(inc, ruleset).to_json_dict(), sort_keys=True)
    assert one == two


def test_offsets_survive_odd_whitespace_and_unicode(check):
    text = "İstanbul report:\tthe  prisoners   of war\nwere\u00a0beaten   by guards."
    a = check(text)
    assert a.findings
    for f in a.findings:
        for e in f.evidence:
            assert text[e.start : e.end] == e.text
    for e in a.context.evidence:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("text", [
    "They took our boys at Bakhmut and beat them for days.",
    "Our boys they took at Bakhmut came back covered in bruises.",
    "Ukrainian soldiers taken in the raid were filmed and shown on Russian channels.",
    "After we were caught by the Russians, they beat us with sticks.",
    "I was held for a year in a colony in Russia. They beat us every day.",
    "The Russian soldiers who gave up at the bridge were filmed kneeling and the video was posted online.",
    # signs of physical control beside a fighter word, and surrender gestures in other words
    "The clip shows a young man in army fatigues on his knees while someone slaps him and films it.",
    "Two men in military-style clothes, hands tied behind their backs, are pushed against a wall and shot.",
    "Three soldiers climbed out of the trench with their arms up and were shot from a few metres away.",
    "Witnesses said their watches and boots were taken by enemy soldiers at the moment of capture and never returned.",
    # a first-person account told through what the captors did to "me" or "us"
    "In Taganrog they give us soup like water. When russians take me I was 86 kilo, I come home 58. They beat us.",
    "They ask me where are the mortars of our brigade. Then the russian interrogator attach wires to my fingers.",
    "Fighters of the armed group gathered the surrendered garrison and shot them in batches.",
    # the fighters named in the sentence before, then a pronoun
    "Our lions flushed these SAF rats out of a house. Look at them now on their knees, made to beg.",
    # the subject of the sentence was the captive: "... after being seized by"
    "Seven soldiers are beheaded and four others remain missing after being seized by Taliban militants near the border.",
    # "prisoners of" a named side is not a figure of speech
    "Pro-Turkish factions are filmed executing dozens of surrendered prisoners of the Manbij Military Council.",
    # a summary killing presupposes the victims were in the killers' power
    "The militants say they killed fifty soldiers near Raqqa, summarily killing many of them.",
    "Militants execute 25 army soldiers in the ancient city of Palmyra.",
    "Seven soldiers and a civilian are summarily executed after being held captive in the capital.",
    "The militia summarily executed a captured soldier near the bridge.",
    "A mass grave holding the bodies of 17 executed army soldiers is found in the desert.",
    # a fighter's own account: he says he served, then that he was taken
    "I was soldier with the government forces in Nihm. They took me in 2019. In the prison they hang me from "
    "the hands for hours.",
    "Our unit was cut off near the river and we were captured on the third day. They beat us every night.",
    # "soldiers of" a side described in words, not a figure of speech
    "Statement from the armed group: 'On 3 March our forces captured 26 soldiers of the terrorist military council.' "
    "The page then posted a video of them beaten.",
    # ... or by their insignia
    "They cut the tryzub patches off our sleeves with a knife and made us prisoners chew them while they filmed.",
    # the group's fighters counted, or named by their dress or their militia
    "The army boys caught two RSF at the checkpoint. They tied them, then a group of fighters cut the throat of one.",
    "Three men in Ukrainian pixel camo kneel in a ditch, hands taped behind their backs. Someone off camera makes each "
    "one shout 'Glory to Russia'. Faces fully visible, 11k views.",
    "Field notes, Djibo. Two VDP volunteers captured on the road to Namssiguia were shown in a JNIM video kneeling beside a "
    "motorbike, then shot.",
    # one captive named, then the fighters taken with him
    "The rebels who attacked the camp took Issoufou with four other soldiers. In the truck the rebels beat them with rifle butts.",
    # the witness's own trade, in the tag that introduces him, says nothing of the people held
    "Witness W-7 (motorcycle-taxi driver, Sake) states that a young man said to be an M23 fighter, wounded in the leg and "
    "with his hands tied, was handed by soldiers to a crowd who beat him with sticks.",
    # surrender in the present tense, told by the captors
    "People ask what we do with the ones who give up. Honest answer from my company: we search them and give them "
    "water. Once a guy from another unit started slapping one of them around for a selfie.",
    # counted out of a group's own: "caught two of our PDF comrades"
    "The junta soldiers caught two of our PDF comrades after the clash. In the video they are tied to posts and beaten.",
    # the person taken, then who she was, after a comma
    "They caught her near Ain Issa, a Kurdish fighter, wounded. The men beat her.",
    # one of an armed group's own, named by the group: "an RSF man"
    "A soldier filmed himself cutting the throat of an RSF man they had caught and tied.",
    # prisoners named by their State, whoever else the sentence names (a journalist's or a farmer's account)
    "Today they brought us journalists to the camp to talk with the Russian prisoners. Everybody filmed their faces.",
    "From my farm near Badme I watched the soldiers walk the Ethiopian prisoners to the rear, barefoot.",
    # (the narrator is taken, whoever the next sentence names beside him)
    "I was a fighter with the government brigades at Nihm. After they took me, the rebels hung me by my wrists. "
    "Later I was moved to a room with civilians, two journalists and a teacher.",
    # ... or that he was bound by those who held him
    "I was a corporal when they took the base. They put the chain on my neck, a long chain, and the other end to a tree.",
    "I was a corporal. I had been taken with eleven other police when the base fell. The chain went around my neck at "
    "night and was padlocked to a tree.",
    # fighters on the other side's television (the faces of airmen broadcast by the captor)
    "Iraqi television broadcast the faces of seven coalition airmen on the third night of the air war.",
    # a testimony in the present tense
    "I am soldier of the armed forces, they catch me with four others near the bridge. They beat us with cables every night.",
    # in a named side's hands
    "Of the Red Army soldiers who fell into German hands in 1941, hundreds of thousands were starved to death.",
    # plain words: "they had us" after "we were shot down"; a slur for the enemy's soldiers; the men of a
    # patrol "taken by" the other side's troops; rifles handed over, then fire
    "After we were shot down over Iraq they had us for two days before the cameras came, and they beat us.",
    "our boys picked up 14 khokhols this morning, made them sing our anthem lol",
    "A captain and five men of his patrol were taken by enemy troops on the ridge; their bodies came back "
    "with cigarette burns.",
    "Soldiers who have just handed over their rifles are lined up outside the compound and fighters open fire "
    "on them.",
    # a person made to degrade himself, in a text about a war: only someone held can be made to
    "A young Armenian conscript, leg wrapped in a bloody rag, sits against a wall. The Azerbaijani soldiers "
    "standing over him make him kiss their flag.",
    # "the soldiers it is holding": the fighters are the object of the holding
    "Syria has not given the Red Cross the names of the Israeli soldiers it is holding, and bodies recovered on the "
    "Golan had their hands tied and bullet wounds to the head.",
    # the soldiers a side "is holding"; a capture word up to 80 characters from the fighters
    "Syria has declined to give the Red Cross the names of the Israeli soldiers it is holding.",
    "Among the Iranian soldiers bussed across the border at Qasr-e Shirin this week were men captured in 1982; "
    "they had been beaten for years.",
    # a lawyer's note: the place straight after the participle
    "Client: Ukrainian marine, captured Mariupol, April 2022. Held in a penal colony; beaten on arrival.",
    # the fighters named with their unit before the surrender verb
    "Two more orcs from Storm Z surrendered to our assault group near Kurakhove; one was shot in the legs anyway.",
    # a German camp for prisoners of war named
    "Fifty of the men who escaped from Stalag Luft III were recaught, handed to the Gestapo and shot.",
    # a witness's own account of captivity in a war, with one cue of being held
    "[voice message] so in Taganrog they'd take you out at night for a 'chat'. You answer wrong and out comes the "
    "shocker, on your fingers. After an hour of that you'll sign anything. I signed a paper saying I shot at "
    "civilians. Then back to the cell.",
    "Eleven years in the jungle. For the first three they chained us by the neck to the trees at night. The "
    "commander said we would go home when the government freed their comrades.",
    # guards or interrogators acting on a fighter named just before; "civilian" said of targets, not people
    "Years later the navigator described how his televised statement was produced. For two days interrogators in "
    "Baghdad punched him and held a pistol to his head until he agreed to read a script admitting that he had "
    "bombed civilian targets.",
    # the army's abbreviation for prisoners of war; combat dress; a slur for the enemy's fighters
    "Must be over a thousand Argie PWs crammed in the shearing sheds, wet through, no heating, stink of sheep.",
    # the slash form of older records; the other side's unit, in a soldier's log
    "Entry 14/8/80: Ethiopian P/W no. 217 returned to camp after three days at large. Chained to the flagpole ten "
    "days and flogged.",
    "0640 hrs. Enemy section surrendered at the bridge. The corporal kicked the wounded one in the head.",
    # what the fighter did before he gave himself up, told first
    "A Russian soldier crossed to our positions and surrendered; the men who took him beat him with rifle butts.",
    # the man whose plane came down, taken by a party to the war
    "In the mourning tent the uncles told it: the boy's plane fell near Raqqa and Daesh took him. They sent to Amman "
    "their demand: give us the woman from the Jordanian prison, or he dies. They put him in a cage and burned him alive.",
    "Video on a pro-resistance channel: four men in junta fatigues, hands bound, seated by a ditch. Shots at 1:52; "
    "the bodies are rolled into the ditch.",
    "ZSU guys caught a vagnerite near Bakhmut and made him kneel on camera.",
    # captives kept for years after a ceasefire: their repatriation was delayed (GCIII-118)
    "Although the ceasefire took effect in 1988, tens of thousands of prisoners stayed in camps for years.",
    # a name in apposition before the participle; a relative clause after the men of a unit
    "The murder of the Jordanian pilot Muath al-Kasasbeh, captured when his jet came down near Raqqa, was filmed "
    "and the film released by his killers.",
    "Families of Lt. Kalia and five jawans of his patrol, who were captured in May, say the bodies handed back bore "
    "cigarette burns and broken limbs.",
    # the men of a unit, then the participle: "soldiers of his patrol, captured in May"
    "The bodies of a captain and five soldiers of his patrol, captured in May and handed back weeks later, bore "
    "cigarette burns and broken limbs.",
    # fighters before the other side's court: only a captor can try an enemy soldier
    "The trial of a Ukrainian serviceman by a 'court' in occupied Luhansk ended in a 22-year term; he told his "
    "family he signed the confession after two days of beatings.",
    "A Baku court sentenced two Armenian soldiers to fifteen years; both said they had been beaten during questioning.",
    "Her son, a defender of Azovstal, got 21 years from a court in Rostov after he signed a confession under beatings.",
    # a court of a self-proclaimed republic, or a so-called one, tries the other side's fighters, whoever they are
    "Occupied Luhansk, 'Supreme Court of LPR': four marines got 22 years each; they said their confessions had been "
    "beaten out of them.",
    # a participle that opens the sentence, the fighter named in the one before
    "Pavel served as a sergeant in the tank brigade. Captured near the river in 1994, he was beaten every night for "
    "a month.",
    # put on the other side's television: only a captor can
    "My uncle was the pilot they put on Iraqi television in 1991; they beat him until he read their statement.",
    # the speakers themselves, as the object of the capture they tell of
    "Soldiers said that the rebels who captured them beat them every night.",
    # out of the trenches, then searched: a fighter's own account
    "When we came out of the trenches the marines searched us and then beat us with rifle butts.",
    # the captor lends its phone to call home, on camera
    "another one lol, kid from kursk says his commanders lied to him, now he's crying to mama on our phone. name + unit + "
    "face all in the vid",
    # the camps of captivity named, in a diary
    "Kanchanaburi, July 1943. Rice cut again, a cupful a day. Jock was beaten with a length of bamboo for resting. "
    "Cholera in the lower camp.",
    # made to kneel by the men who hold them; a unit named; where captives' statements were broadcast; taken out of a
    # van; Nigerian English
    "A dozen young men in army fatigues are walked to the lip of a ditch. Fighters order them down onto their knees "
    "and shoot them.",
    "A Rostov court sentenced 19 members of the Azov unit captured at Mariupol; several bore marks of beatings.",
    "I heard my own words read out on Radio Hanoi a month after they put me in the ropes until my shoulders went.",
    "Three men in Russian uniform are dragged out of a van and shot in the legs as they lie on the ground.",
    "Troops don catch 4 Boko boys for Sambisa axis this morning, dem beat dem well well before dem carry dem go base.",
    # a case note's next item
    "Case summary: serving under contract in a marine brigade; captured at Mariupol in April. Beaten during questioning.",
    # the members of an armed group, named as such
    "Members of armed opposition groups captured by government forces were beaten on arrival at the prison.",
    "He was captured near the river with his whole unit, and the guards hung him by the wrists for two days.",
    # the present for the past, as second-language writers tell it
    "Daesh catch four soldiers on the road, make them lie in a ditch and shoot them.",
    # the unit named with "from" between the soldiers and their capture
    "Iraqi TV showed five of our soldiers from a maintenance company captured near Nasiriyah, faces in close-up.",
    # a fighter's own account: his unit's surrender, the arms handed over; a position overrun, "got took"
    "When our battalion gave up at the town the rebels took our rifles and beat the officers with sticks.",
    "the time i got took. so we get overrun and their sergeant made us dig their trench under fire for three days.",
    # a holding the captor will not acknowledge, asserted by the one who says so
    "The patrol of five soldiers went missing on the heights in May. The other side did not acknowledge holding them "
    "until their bodies were handed over in June.",
    # a fighter "caught alive", named by his group and an insult, in a captor's post
    "the RSF rat we caught alive by the bridge this morning has been executed by our heroes, video below",
    # the fighters named right before the everyday verb, in a relative clause without "that"; "on the road" is a
    # place, not "caught on camera"
    "The guerrillas came down with two soldiers they caught on the road, tied with rope, and shot them in the plaza.",
    # tied by the men who hold them
    "Soldiers surrounded a house where Maoist fighters had gathered, tied their hands behind their backs, marched them "
    "to a hillside and shot them there.",
    # a pilot come down on the other side and taken there, the crowd first, then the army
    "He came down on their side under a parachute and the villagers got to him first. Then the army pulled him out "
    "of the crowd and put him in a jeep, and a video of him, blindfolded, went round the world.",
    # "he's captured", as "he was captured"; the pilot named a sentence before
    "chute was seen; pilot came down at the edge of the village. then he's captured, bandaged, and there's the clip "
    "of him sitting against a wall giving his name, base and home town.",
    # two captors named in "in ... hands"
    "This roll lists the men of the battalion who died in Chinese and North Korean hands, with no doctor and no medicine.",
    # "by" in the sentence before names no captor of these soldiers
    "New video reported by listeners in Damaturu. Two soldiers captured in the attack on the base are kneeling.",
    # the soldiers "of" a force named, not a likeness ("a prisoner of the past")
    "The rebels' court sentenced to death six soldiers of the government forces who were captured on the Marib front.",
    # a case file's rank, name and army before "captured at"
    "Case file summary. Private S., Ukrainian army, captured at Mariupol. He says the video in which he confesses "
    "was recorded after two days without food or water and with a bag over his head.",
    # the suspect investigators named is the perpetrator, not a civilian held beside the captive
    "Later footage shows the bound captive being shot. Investigators placed the scene in a village in Luhansk region "
    "and named a suspect.",
    # a wounded fighter told helpless where he lies is out of combat, whoever stands over him
    "Footage shows a wounded fighter of the rebel forces lying at the roadside. The men standing over him kick his "
    "leg, and one of them shoots him in the head.",
    # a unit named by whose it is, as the subject of a relative clause; "VC" as fighters
    "Q: What happened to the VC your platoon captured? A: We'd question them first, and if a guy didn't talk we beat "
    "him.",
    # the staff an account was told to are its audience, not civilians held
    "Told to our staff in 2001: 'After the battle for the town they took us. In the wagons they beat us every night "
    "with rifle butts.'",
    # a witness's own camp, in a war named only by its place
    "After two men escaped from our camp on the Yalu, the whole company went on half rations for a week.",
    # time counted from a capture
    "Holding point tally, day 2: nine enemy soldiers in the cowshed. One with a thigh wound, untreated since capture.",
    # the fighters "of" an armed group named by its kind, taken with an everyday verb
    "SMS monitor: YPG unit took 6 fighters of a rebel faction after the clash; they were beaten with cables overnight.",
    # a kinsman's soldier named with his age: the clause after the age is his, not his mother's
    "Hotline caller: mother of private Sergei, 19, taken by fighters near Shatoi; on the phone he said they beat him "
    "every day.",
    # a clip told in the present tense: "drag" a soldier out
    "Clip shared today: militia fighters drag a government soldier out of a ditch and kick him in the face.",
    # a museum in the heading says where the account was told, not that the camp is only remembered
    "Testimony at a 2004 oral-history day at a Holocaust museum by a former GI: After the Bulge I was in Stalag IX-B. "
    "The Germans put some of us on a train to a slave camp, twelve hours a shift on a bowl of soup a day.",
    # the heading names the teller a former soldier; his own words tell that he was held
    "Testimony of a former Argentine conscript, translated: After Goose Green the British put us to work carrying "
    "shells out of the shed. Three weeks later they had us on a ship home.",
    # the soldier's army named between him and the clause that says they captured him
    "Radio stringer, Bay region: al-Shabaab brought a soldier of the government army they captured two weeks ago to "
    "the market, and he was shot in front of everyone.",
    # "by" before the men, but the word between says they were taken: not their captors
    "These postcards were written at Kozelsk in the winter of 1939 by captured Polish officers to their wives. In "
    "April the cards stopped; the officers had been shot in the back of the head.",
    # the captor's hands on "them", the soldiers named earlier in the same sentence
    "Drone footage showed Russian servicemen ordering three Ukrainian soldiers out of a dugout near Bakhmut, making "
    "them lie face down and then shooting them at close range.",
    # a captive made to say his name and unit; the Red Crescent kept from him
    "[voice note, translated] Brother, the brigade sent the video again: my cousin and the other soldiers sitting on a "
    "floor, each one says his name and his unit. The man from the Red Crescent says they won't let him in to see them.",
    # a captive offered in trade, and caged
    "The Islamic State published photographs of the young lieutenant being dragged from the water, and offered to "
    "trade him for a woman jailed in Amman. A video then showed him being burned alive in a cage.",
    # a downed airman told in a clip's present tense
    "Clip from across the border shows a downed Indian pilot, face bloodied, as villagers kick and punch him; "
    "Pakistani soldiers push through the crowd and drive him away.",
    # the descent and the taking both told in the present, as a thread's captions are
    "Thread, part 2: the Syrian bomber comes down near the ridge and its navigator ejects. Rebel fighters reach him "
    "in a cornfield, beat him and post a video of his bloodied face.",
    "The enemy jet goes down over the marsh and the pilot bails out. Militia reach him first and kick him, then the "
    "army puts his face on television.",
    # searched on camera
    "Russia's ministry put out video of the Ukrainian defenders who left the plant. It shows them being patted down "
    "and filmed close up.",
])
def test_captivity_in_everyday_words_opens_the_context(check, text):
    a = check(text)
    assert a.context.pow_context, text
    assert any(f.assessment == "concern" for f in a.findings), text


@pytest.mark.parametrize("text", [
    # surrender told in the active voice of those who surrender
    "A defence official says some Russian troop units have surrendered to Ukrainian forces without a fight.",
    "The rebel chief, along with hundreds of fighters, surrenders to the army in the national park.",
    # a participle after its noun is not the clause's verb: the wish does not make the capture supposed
    "The Secretary-General wants the two soldiers captured by the militia to be handed to the Red Cross.",
    # civilians in one story of a digest say nothing of the prisoners in another
    "Police detain 300 protesters after clashes in the capital. (AP) Russia and Ukraine swap 146 prisoners"
    " from each side after mediation. (Reuters)",
    "85 military captives are exchanged for 13 hostages at the border crossing.",
    # an exchange beside a fighter word; captives after a ceasefire; soldiers by their dress
    "Back since the summer exchange, the sergeant said only that he did not want to talk about it.",
    "Although the ceasefire took effect in 1988, thousands of prisoners were exchanged in 1990.",
    "Three men in Ukrainian kit climb out of a dugout, rifles left behind, arms up.",
    # fighters named in one sentence, an everyday capture verb and a pronoun in the next
    "Several hundred soldiers did not get away from the airbase. The fighters who caught them marched them into the desert.",
    # "prisoners" in a text that the war itself places: an air raid, the front
    "Delegates found two hundred prisoners quartered in a warehouse a few metres from a dump hit in an air raid.",
    "Near the front, the prisoners slept in a barn and got bread twice a day.",
    # the fighters counted out of a larger group, or named by the group they fight for, then captured
    "yeah the PDF guys caught 3 of the junta soldiers near the bridge",
    "A video shows a young woman fighter of the YPJ, captured the day before near the village, with blood on her face.",
    # a time told as a span back from the telling, after the participle
    "Five soldiers, captured three weeks ago on patrol, were handed back today.",
    "Two marines captured this morning were given water and moved to a camp.",
    # an age in apposition; the staff of an army; the enemy's men in a soldier's words
    "Resp. = Armenian conscript, 19, captured Hadrut area late Oct 2020.",
    # militias, counted as a group; a mobilised soldier in the slang of the front
    "Heroes of the 106th brigade capture a group of the Misrata militias at Qasr Bin Ghashir.",
    "Captured near Kupiansk, patched up by our guys 💪 The Russian 'mobik' had shrapnel taken out of his thigh.",
    # taken on a stretch of the front; the enemy in milbloggers' slang; the forces' nurses, held
    "Ukrainian soldier taken on the Bakhmut flank, standing in the trench smoking.",
    "Vostok lads picked up three Ukies in the tree line near Vuhledar today",
    "The 77 Army and Navy nurses captured on Bataan in 1942 spent three years locked in a campus in Manila.",
    # an army's men
    "Two army men taken at the border post were handed to the Red Cross a week later.",
    "The last ten members of the police and army held by the guerrilla came home on an ICRC helicopter.",
    # a member of a fighting unit
    "The petitioner's son, a Maoist platoon member, was captured wounded after a clash in 2002.",
    # who the fighter is, set off by commas before the participle
    "The report concerns an Armenian servicewoman in her thirties, a mother of three, captured during the attacks.",
    "After the fall of the battalion HQ, the group says over 2,300 junta personnel surrendered with their weapons.",
    "We took three of theirs yesterday, one was hit in the leg.",
    # captives registered by name, the Red Cross beside them
    "After Goose Green the paratroopers lined us up. On the ship a Red Cross delegate took down our details one by "
    "one, and a month later we were home.",
    # the enemy's wounded in the other side's care
    "At the field hospital at Ajax Bay we operated on the Argentine wounded exactly as on our own: whoever was worst "
    "off went first.",
    # a swap told by its other half
    "Home! 75 defenders are back in Ukraine today, some of them carried across on stretchers. Russia received the "
    "same number.",
])
def test_captives_without_a_concern_are_still_captives(check, text):
    a = check(text)
    assert a.context.pow_context, text
    assert not any(f.assessment == "concern" for f in a.findings), text


def test_a_capture_filmed_is_still_a_capture_and_a_thing_captured_on_camera_is_none(check):
    assert check("The moment Russian soldiers captured two Ukrainian marines was caught on camera.").context.pow_context
    assert not check("Our drone boys captured the whole thing on camera: the enemy soldiers' ammo dump going "
                     "up like fireworks.").context.pow_context


@pytest.mark.parametrize("text", [
    "Soldiers were taken to hospital after the blast, officials said.",
    "Troops took control of the town after a week of fighting.",
    "Two soldiers were caught in the crossfire and wounded.",
    # fire as the subject of the everyday verb; a surrender refused
    "The bodies of nine soldiers still lie in the field. Drone footage shows them where the artillery caught them.",
    "The militant rejected repeated calls over loudspeakers to surrender and kept firing on troops until he was killed.",
    # a remand prisoner held for a crime; elected civilians held by an armed group; a film reviewed by its genre
    "The inquest heard that the remand prisoner, held on burglary charges, was found hanged after officers skipped checks.",
    "Eleven of the regional assembly deputies kidnapped by the guerrillas were killed in captivity.",
    "The camp drama never warms up: the starving prisoners and the inevitable tunnel come from the genre's stock "
    "cupboard, though the last scene at the war cemetery earns its tears.",
    "Three rebels were shot dead while being caught planting mines.",
    "Photographs showed soldiers forcing Iraqis, detained for stealing food aid, to pose.",
    "Police made the protesters kneel on the pavement and beat them with batons.",
    "The prime minister is now a prisoner of his coalition partners, one backbencher said.",
    "Ukraine and Russia exchanged the bodies of 500 fallen soldiers at the border.",
    "The bodies of soldiers killed in the battle were returned to their families.",
    # supposed or denied captures, and captives in other senses
    "Should friendly aircrew be captured during the exercise, role-players will simulate the questioning.",
    "The ministry dismissed as a fabrication claims that its men had been taken prisoner.",
    "The deal gives the group a captive market of 14 million subscribers.",
    "Police captured the suspect after a chase; he remains a prisoner at the remand jail.",
    "The coup was reversed and government soldiers were sent back and returned to their stations.",
    "Two guards were killed as they returned to the base.",
    "They took us from the square in a police van, forty in a cell for eight. They beat us with batons.",
    "The soldiers knelt in prayer at the memorial before the parade.",
    "The minister is a prisoner of the past, his rivals say; soldiers in the capital shrugged.",
    "For a decade the army was a prisoner of cheap pipeline gas, and its soldiers knew it.",
    "Soldiers said that two villagers were found dead after being detained at a checkpoint.",
    "Police deny that officers summarily killed two protesters; soldiers guarded the square.",
    "The army withdrew, and the town surrendered to the RSF without a fight.",
    "The two sides exchanged fire for an hour as soldiers advanced on the village.",
    "Militants reportedly execute 175 cement workers who were captured at the factory.",
    "Each suspect is offered the same deal: that is the prisoner's dilemma, as the soldiers in class soon learn.",
    "The chief executive said: we are not taking prisoners on price, and our rivals' troops of salesmen know it.",
    "The Defense POW/MIA Accounting Agency identified a corporal killed in action in 1950.",
    "An exchange of artillery fire killed two soldiers near the border.",
    "Soldiers should never surrender to the enemy, the general told the cadets.",
    # the fighters are the killers, not the victims
    "Hamas gunmen publicly and summarily execute six men they accused of spying.",
    "The militants took the town, summarily killing many of them.",
    "Special forces executed a raid on the compound before dawn.",
    "The State executes the lone surviving gunman of the 2008 attacks. He is hanged after his mercy petition is rejected.",
    "A video shows an army officer being executed for refusing to fire on protesters.",
    "A photojournalist was summarily executed while injured on the ground by Russian soldiers.",
    # service and capture both in the first person, or neither
    "I was a soldier for ten years. If they catch us, they will shoot us.",
    "They took me from my house in the night and beat me; I was a teacher.",
    # punished by their own side
    "Soldiers who refused to go back into the assault were held by their own commanders in pits near the front.",
    "Riot police made the protesters kneel and sing the anthem.",
    # the people held after police broke up a demonstration, with a war nowhere in the text
    "At least 312 people were detained when police broke up the demonstration outside parliament. Detainees were kept "
    "for 14 hours in buses without water and made to sing the national anthem.",
    # a suspect giving himself up to justice; civilians seized by fighters; a deserter tried at home
    "Former Bosnian Serb commander surrenders to the war crimes tribunal in The Hague after sixteen years on the run.",
    "Families describe relatives seized from their homes by RSF fighters and held in houses until someone paid.",
    "A garrison court sentenced a contract soldier to six years in a penal colony for leaving his unit without "
    "permission.",
    # a witness sheltering in a cellar, a civilian hostage: one cue, but nobody held as a fighter
    "The shell came at five in the morning. After that we sat three days in the cellar in Kyiv, no light, no water.",
    "Tell the world my mother is 74 and she was taken from her kitchen and carried into Gaza. The Red Cross cannot "
    "visit her.",
    # guards acting on inmates: a prison, not captives
    "Soldiers guarded the prison. The guards beat them every night, the inmates said.",
    # former fighters who handed in their weapons under a peace deal are civilians again
    "Two former FARC guerrillas who had handed in their weapons under the 2016 peace agreement were shot dead "
    "outside their homes in Meta, the UN verification mission said.",
    # prisoners in a war only in a figure of speech, or common criminals held during a war
    "Prisoners at the state penitentiary rioted on Sunday over overcrowding, the latest unrest in the war on drugs.",
    "Prisoners at the city jail were beaten by guards, says a report on the gang war in the port.",
    "Fighters of the Islamic State, captured the town of Palmyra on Sunday.",
    "They kept fighting soldiers in the hills for a week.",
    # a soldier punished by his own side for trying to surrender; inmates holding prison officers; protesters' hands
    "A garrison court sentenced a private to thirteen years for attempting to give himself up to the enemy's forces.",
    "Inmates barricaded themselves in the laundry and held two officers there for nine hours, demanding visits.",
    "Riot police made dozens of protesters kneel on the pavement with their hands behind their heads.",
    # their own side's television; an army holding the front, and one holding hostages
    "Ukrainian soldiers interviewed on Ukrainian TV said the front was holding.",
    "Soldiers holding hostages were surrounded.",
    # a man who once served, bound by the police at a protest: an arrest
    "I served in the navy for ten years. Last month the police tied my hands at the protest and kept me overnight.",
    # a court of the soldier's own State, or of no State named, tries its own people
    "A Russian military court jailed a Russian soldier for five years for refusing to fight in Ukraine.",
    "A court-martial convicted an American soldier of killing three civilians during a night raid.",
    "The Kyiv court will hear the case of the Ukrainian soldier accused of desertion next month.",
    # an irregular court named with no fighters in its sentence
    "The so-called court in the occupied town fined three shopkeepers for selling goods in hryvnias.",
    # the law said of civilians; a likeness, a forecast, a home; a lesson; a novel
    "Teachers and volunteers are held in the colony without charge. They are not prisoners of war and must not be "
    "traded as if they were.",
    "After the all-night sitting the ministers looked like prisoners of war.",
    "The striker joined the club in May. Captured on film, he scored twice in the cup final.",
    "Villagers said that the soldiers who captured the town beat them.",
    "The soldiers put on Russian uniforms before the raid, Ukrainian television said.",
    "The general said on television that by Monday the whole garrison will be our prisoners.",
    "Day 4 as a prisoner of war in my own home: the twins refuse all negotiations.",
    "3 months no leave, the sergeant takes our phones at night. honestly we are prisoners in our own base lol.",
    "Since the lift broke, says Doreen Platt, 84, she has been a prisoner in her own ninth-floor flat, surrendering to "
    "the stairs only when the doctor calls.",
    # the fighters' own camp, bombed; a convict recruited from a penal colony
    "Prayer request: last night jets bombed the village where the resistance had their camp. 17 killed, among them 9 "
    "young fighters and a pastor's family. We pray for the wounded at the small clinic, medicines are finished. Please "
    "keep Kachin State in your prayers.",
    "From colony No. 7, ninety men left with the recruiters. My son is a prisoner, he was sentenced for theft, how can "
    "they send him to war?",
    # seen by a drone, not taken
    "Ukrainian drones catch Russian soldiers in the open near Bakhmut.",
    # those a capture of a place cost their lives; suspects of membership, arrested by the police
    "The Afghan military recaptures Kandahar Province's Arghandab District, killing 200 Taliban members in the process.",
    "Turkish police arrest 161 people suspected of being members of the Islamic State (IS) over the last week and seize "
    "unlicensed weapons and IS documents in raids in 38 provinces, including Istanbul and Ankara.",
    "Lesson 3: the Geneva Conventions. Pupils compare the rules for prisoners of war and for civilians.",
    "Shot down on his first mission, a young navigator must outlast a brutal winter and a cruel guard. A sweeping "
    "novel of courage and captivity.",
    "Bleak and gripping, the film follows a captured airman through a month of interrogations. Four stars.",
    "History homework: using the source, explain how prisoners of war wrote home in 1943 and how they were beaten.",
    "Who counts as a prisoner of war? In short, soldiers of a State's army who fall into the enemy's hands.",
    # a war game's review: the enemy units it lets you capture are pieces
    "Review: you capture enemy squads, haul them back to base and pick 'pressure' to unlock intel, the lesson a war "
    "game shouldn't teach.",
    # a crash with no war in it: the pilot is helped, not taken
    "His plane crashed on landing at the county airfield and paramedics took him to hospital.",
    # troops holding a place
    "Moscow claims to have captured the village; Ukraine says its troops still hold the heights above it.",
    # business talk; a film talked of as one; a protester who says he never fought
    "Q3 call: the company captured four points of market share after its rival surrendered the budget segment, and "
    "the CFO joked that the sales team took no prisoners.",
    "Rewatch review: the big escape movie still holds up. Yes it's a film about prisoners of war, but it's "
    "Sunday-afternoon entertainment. 8/10.",
    "They held us 40 days after the march, 'prisoners of the revolution' the guards called us. I was never a fighter, "
    "I was a medical student holding a banner.",
    # villagers seized as porters: the troops they walk in front of are not taken, "at least" is no place
    "Army column entered 3 villages; ~30 men seized and made to carry ammunition and walk in front of the troops as "
    "protection against mines.",
    "People from four villages say soldiers of the division seized at least 30 men, some over 60, to carry rice.",
    # a prison riot: the officers freed in the next sentence are the prison's
    "Inmates at the state penitentiary took two guards captive during a riot, demanding better food. Tactical teams "
    "retook the wing at dawn; both officers were freed with minor injuries and the prisoners surrendered.",
    # "by" the prisoners who led a jailbreak: they are its agents, and prisoners of a prison, not captives of a war
    "In Manila, inmates of a maximum security prison took hostages during an attempted jailbreak; four guards and one "
    "prisoner have been killed. According to the police, the attempt was led by imprisoned members of Abu Sayyaf.",
    # wounded in a ward, or wounded and then helped by their own side: nobody helpless before an enemy
    "Shelling hit the town overnight; twelve wounded soldiers lying in the hospital were moved to the capital.",
    # a casualty report names the wounded of a people, not wounded enemies in someone's care
    "Three German soldiers are killed in north Afghanistan; five other Germans were wounded in fighting southwest of "
    "Kunduz.",
    # a State's own citizens interned for their descent, told in the first person
    "After Pearl Harbor they sent all of us, American citizens born in Los Angeles, to a camp in the desert. They "
    "gave us a mattress cover to fill with straw.",
    # schoolgirls taken from their dormitory are civilian hostages, whatever the video makes them recite
    "I speak to the men who took our daughters from the school dormitory. We have seen the video: they sit in rows, "
    "veiled, reciting what you told them to recite. They are schoolgirls, not soldiers. Hand them to the Red Cross.",
    # girls taken from a school and moved from camp to camp; women sold by their captors
    "The girls were taken from their dormitory at night and driven into the forest. Their captors moved them from "
    "camp to camp, and some were forced to marry fighters.",
    "I was sold four times. They took us from one town to another by bus. I speak for the Yazidi women who are still "
    "missing.",
    # a chess game's score sheet
    "After 23...Bxf2+ Black captures the last defender and White's king is a prisoner on h1. Rather than play on a "
    "piece down he surrendered, stopping the clocks.",
    # an ordinary convict recruited from his colony, and refugees interned as enemy aliens
    "My brother was doing nine years in a penal colony near Rostov for robbery. Men came into the yard and promised a "
    "pardon for six months at the front. He signed. We have not heard a word since. #prisoners",
    "From a VKontakte post by a mother: my Sasha was serving his sentence in IK-17 when the recruiters came to the "
    "colony. In March they brought a zinc coffin. I ask why they took prisoners to the war.",
    "Letter from the internment camp, 1940: they have put us behind barbed wire, all of us Germans and Austrians who "
    "ran from Hitler and are now suspects because of our passports. The food is plain but enough.",
    # a body named for the captives it deals with is no captive
    "Coordination Headquarters for the Treatment of Prisoners of War: bulletin, 14 February. Today the bodies of 757 "
    "fallen defenders were returned to Ukraine. Most of them were killed in the Donetsk direction.",
    # a witness taken with her family is a civilian, and so are those taken with her
    "In August 2014 I was taken from my village with my mother and my two sisters. The fighters separated the men "
    "and led them behind the school; we heard the shooting. We were held in a school, then sold.",
    # a status nobody held
    "Investigators found that the detainees in the photographs had been arrested in security sweeps and held as "
    "security internees or criminal suspects; none was held as an enemy combatant or prisoner of war. Guards stripped "
    "and hooded them.",
])
def test_everyday_verbs_that_are_not_capture(check, text):
    a = check(text)
    assert not a.context.pow_context, (text, [e.text for e in a.context.evidence])


@pytest.mark.parametrize("text, conflict", [
    # an armed group demanding that the State free its members: the captor is not a State
    ("Six men in army fatigues sit against a mud wall. A masked speaker says they will be freed only when the "
     "government releases 'our brothers' held in the central prison.", "non-international"),
    # a named armed group backed by its generic name outweighs two States named as places: the captors are the group
    ("ANKARA - Nine Turkish soldiers seized by PKK rebels near the Iraqi frontier were freed in northern Iraq; the "
     "rebels had filmed the men and beaten two of them.", "non-international"),
    # ...but the generic words do not back a State's own name: Libyans held by Chad in 1987, an armed opposition
    # force trained beside the camp, recruits from Sudan among the captives
    ("After the 1987 ceasefire the captured Libyans stayed in the camp near N'Djamena; the Chadian guards gave the "
     "recruits from Sudan half rations and pressed them to join an armed opposition force.", "international"),
    ("Captured marines said in a video that Russia must free our comrades held in Olenivka.", "international"),
    # a State named by its capital
    ("A member asked why, a year after the ceasefire, ninety thousand of our soldiers remain in camps across the "
     "border. The government said a delegation would travel to New Delhi next month.", "international"),
    # the Algerian war: France against the FLN
    ("From a memoir by a former French conscript in Algeria: the fighters we took in the hills were worked on in the "
     "cellar with the field telephone.", "non-international"),
    # the Greek civil war: the Democratic Army against the government
    ("A fighter of the Democratic Army captured in the Grammos mountains in 1948 was beaten on the island until he "
     "signed.", "non-international"),
    # "IS" in capitals for emphasis is no Islamic State; Tskhinvali is Georgia's; the LNA is an armed group
    ("His brigade says he was taken prisoner near Robotyne; the Russians told the Red Cross nothing. A man back in the "
     "exchange saw him, so he IS there.", "international"),
    ("He was captured near Tskhinvali, and the Russians handed the prisoners to the Ossetian militia.", "international"),
    ("A former LNA fighter saw the commander shoot a dozen captured fighters from the other side.", "non-international"),
    # the places of an internal war, with no party named
    ("I was with the army at Sirwah when they took us. In Sana'a they hung me by the wrists from the bars of a "
     "window.", "non-international"),
    # Hamas's units named without Hamas: an armed group beside one State
    ("Military police detained reservists suspected of abusing a detainee the army describes as a Nukhba fighter "
     "captured on October 7, Israeli media reported.", "non-international"),
    # an armed group named by its capitalised acronym, not the verb "is"
    ("IS published a film showing the captured Jordanian pilot being burned alive.", "non-international"),
    # "POW" said of a captive in an internal war does not make it a war between States
    ("rsf boys posted another one, saf pow on the ground, they kicking him and making him crawl #Sudan",
     "non-international"),
    ("Russian soldiers beat two Ukrainian POWs near Bakhmut.", "international"),
    # one State beside an armed group is an internal war, even where prisoners of war are spoken of
    ("Pro-Taliban militants capture 28 Pakistan soldiers in the North Waziristan tribal region.", "non-international"),
    ("Thousands of captured Ethiopian prisoners of war are paraded through Mekelle flanked by Tigrayan fighters.",
     "non-international"),
    ("Allegations surface that the Iraqi prime minister summarily executed six captured insurgents at a police station.",
     "non-international"),
    # a backer is not a party: "Russian-backed" names no second State; two States named make it international
    ("The captured Ukrainian marines were branded mercenaries by a Russian-backed court.", "international"),
    ("Ukrainian soldiers captured by Russian troops and separatist militia were beaten.", "international"),
    # a look or a language is not a party: "Russian-style fatigues" beside Malian soldiers and jihadists
    ("Malian soldiers and white men in Russian-style fatigues stand round 3 captured men, wrists tied.",
     "non-international"),
    ("New Qassam clip of one of the soldiers taken from the Nahal Oz post, reading off a paper.", "non-international"),
    # SNA and YPJ are armed groups
    ("SNA faction clip: captured YPJ fighter held by the hair while another films her face. #Afrin",
     "non-international"),
    # the places of an internal war name it when no party is named
    ("They march us captured from Abi Adi to Mekelle, four days, and the fighters film us and laugh.",
     "non-international"),
    ("Twelve captured soldiers were paraded through Rutshuru before being taken to a camp.", "non-international"),
    ("Peshmerga fighters took forty soldiers prisoner in the gorge and later handed them back.", "non-international"),
    ("The men who gave up to Dostum's forces were crammed into containers for the drive; many suffocated.",
     "non-international"),
    ("Radio report from Morazan: our forces captured 23 soldiers of the Atlacatl battalion.",
     "non-international"),
    ("Federal troops shot the wounded captured fighters on their mats.", "non-international"),
    # a State whose name signals its internal war names a party to a war between States in events dated earlier
    ("In June 1967 near El Arish the company rounded up Egyptian soldiers who had thrown away their weapons and "
     "shot them.", "international"),
    ("Returned aircrew said that in Syrian captivity in 1973 they were beaten for refusing to answer.", "international"),
    ("In 2014 militants in Sinai shot Egyptian soldiers they had taken prisoner.", "non-international"),
    # the sides of an internal war named by their leader or their kind
    ("Comrades identified the bound men in the clip as Tiger fighters who had surrendered; a soldier shot one of "
     "them.", "non-international"),
    ("Guards of the opposition brigade beat the captured Gaddafi soldiers with cables.", "non-international"),
    ("Soldiers of the military council made two captured members of the local defence force carry their "
     "ammunition.", "non-international"),
    # an armed group acting as "the group", or the State's soldiers in its words
    ("The pilot, captured after his jet came down, was killed by his captors. The group had said it would free "
     "him only in exchange for a prisoner on death row.", "non-international"),
    ("heard the lads 'processed' the three regime boys they picked up at the checkpoint last night", "non-international"),
    ("The group's video shows the captured pilot in a cage.", "non-international"),
    # a place that is itself the war between States ("the Falklands") needs no second State
    ("Argentine conscripts captured on the Falklands were beaten by militia guards.", "international"),
    # nothing named but a government's own forces: the other side is no State
    ("COMMUNIQUE. The Front informs the public that the two army soldiers retained in combat remain in our custody."
     " They will be handed over when the government stops bombing the region.", "non-international"),
    ("A commander told us the captured conscripts will go home when the government signs the exchange.",
     "non-international"),
    # ... unless a State is named, or the "government" is facing protesters, not a war
    ("The government says 130 soldiers were taken into custody after the coup attempt failed.", "unknown"),
    ("Iraqi army soldiers captured near Basra were beaten by British troops.", "international"),
    # armed groups of internal wars by name
    ("Maoists release a photo of a captured commando and say he will be freed only after talks.", "non-international"),
    ("My husband, a commander of the URNG, was captured wounded and tied to a post at a military base.",
     "non-international"),
    ("I was with the Free Army group in Daraya. Six of us were captured together at the checkpoint. In the branch "
     "they hung Abu Khaled by his wrists and beat him with a cable. The guards dragged him out on the third night.",
     "non-international"),
    ("Our sons, conscripts of eighteen, are in the hands of Chechen fighters, who will free them only if the bombing "
     "stops.", "non-international"),
    ("TELEGRAM 1964. SIMBA PEOPLES TRIBUNAL AT LUMUMBA MONUMENT CONDEMNED CAPTURED ANC SOLDIERS AND GENDARMES. "
     "EXECUTIONS CARRIED OUT BEFORE CROWD SAME DAY.", "non-international"),
    # two States that mostly fought internal wars, named with no armed group: a war between them; one State's
    # name inside another's ("Sudan" in "South Sudan") is not a second State
    ("South Sudan's army showed Sudanese soldiers captured at Heglig to reporters, some in bloodied uniforms.",
     "international"),
    ("Nigerian soldiers captured in the Bakassi clashes are held in the central prison in Yaounde.", "international"),
    ("Soldiers captured in South Sudan's Upper Nile were beaten by their guards.", "non-international"),
    ("Video shows a police commando lying wounded while armed men of the MILF stand over him and shoot him.",
     "non-international"),
    ("Four KLA fighters came out of the school with hands up; special police made them lie in the road and shot them.",
     "non-international"),
    ("Captured ALN fighters were questioned with field-telephone leads clipped to their bodies.",
     "non-international"),
    ("The New People's Army said the captured corporal was their 'prisoner of war' and would be freed only when the "
     "army pulled out.", "non-international"),
    ("The Tiger boys who had been caught were sitting on the sand, hands tied behind, and the soldiers shot each one.",
     "non-international"),
    # Turkey named by its army or capital, not by "Turkish" alone (Turkish-backed factions of the Syrian war)
    ("Captured Greek Cypriot soldiers were photographed by the Turkish army at Kyrenia.", "international"),
    # Israel named by a city of its own beside Syria, which mostly fought an internal war
    ("Syrian interrogators hung the captured navigator by the wrists; his parents in Haifa did not know he was alive.",
     "international"),
    # the Golan front, and the Ogaden war (Ethiopia and Somalia)
    ("In October 1973 our sons were taken captive on the Golan; the Syrian side beat them during questioning.",
     "international"),
    ("Radio Mogadishu: the men taken prisoner in the Ogaden war came home today; they were beaten in the camps.",
     "international"),
    # towns and groups of internal wars named alone
    ("They took me with my unit after Qusayr. In the branch they hung us from the wrists for two days.",
     "non-international"),
    ("Our corporal, caught at Damboa by the boys from the bush, was made to kneel and was shot.", "non-international"),
    # the Algerian war in a French conscript's words
    ("Dear Maman, the fellagha we took on the ridge were brought down to the farm. In the morning some were shot in "
     "the ravine.", "non-international"),
    # an army's soldiers named by its initials, an armed group by its own name
    ("A 'court' at Buulo Fulaay sentenced four SNA soldiers captured at the outpost to death; they were shot the same "
     "afternoon.", "non-international"),
    ("Eleven soldiers were taken by the West Side Boys at Magbeni; the gang's leader demanded the release of his men.",
     "non-international"),
    # the Second World War and Korea by their States and battlefields
    ("Some 60,000 Italian prisoners taken in North Africa were shipped to a camp in South Africa.", "international"),
    # an armed group told as "the group" or as a rival of another
    ("The captured soldiers knelt in a line and were made to repeat a pledge of loyalty to the group.",
     "non-international"),
    ("The commander read out the names of the captured fighters of a rival group, then shot them.", "non-international"),
    ("At Panmunjom the Communist side is handing over sick and badly wounded prisoners in exchange for its own.",
     "international"),
    # the camps of wars between States, by name
    ("Stalag diary, 9 Feb 1944. Third week without Red Cross parcels; the men are getting thin.", "international"),
    ("Pyoktong, winter of fifty-one. The captured men's feet froze on the march and the guards gave them nothing.",
     "international"),
])
def test_conflict_from_named_parties(check, text, conflict):
    a = check(text)
    assert a.context.pow_context, text
    assert a.context.conflict == conflict, (text, a.context.conflict)


# Surrender, then control a sentence later: from then on the men are in the captor's hands, and
# what is done to them is treatment of captives, not only an attack on men out of combat.
@pytest.mark.parametrize("text", [
    "Two men in Ukrainian kit walk out of a dugout, arms raised, no weapons visible. A voice orders them to "
    "lie face down. They do. A few seconds later a burst from the trench line kills them both.",
    "Three men climb out of a dugout, rifles left behind, arms up. Two Russian soldiers wave them down; all "
    "three lie face-down in the dirt. One of the Russians steps back and fires a burst into them.",
    "Video shows an Armenian soldier, wounded and lying in a shallow trench, as two Azerbaijani soldiers "
    "stand over him. One of them fires two rounds into him at close range while the other films.",
])
def test_control_after_surrender_puts_later_acts_in_custody(check, text):
    assert {"GCIII-13", "GCIII-130"} <= kinds(check(text), "concern")


# dragged off, stripped or driven on foot after the surrender: the men are held, and what follows is their treatment
@pytest.mark.parametrize("text,concern", [
    ("A wounded rebel fighter came out of a collapsed house with his hands up. Three soldiers kicked him as he lay on "
     "the rubble, then dragged him by the arms into an alley. I heard two shots.", "CIHL-89"),
    ("After the base falls, the rebels round up about 200 army soldiers with their hands on their heads and drive "
     "them on foot into the desert, beating them with sticks.", "CIHL-90"),
])
def test_signs_of_control_after_a_surrender_in_an_internal_war(check, text, concern):
    assert concern in kinds(check(text), "concern")


# A surrender told as done ("after they had handed over their weapons") puts the men in the captor's hands, and
# the next sentence that counts them ("the two men") goes on speaking of them: a beating there is cruel treatment
def test_a_surrender_told_as_done_and_the_men_counted_after_it_are_in_custody(check):
    text = ("A self-defence group killed two M23 fighters on Tuesday after they had handed over their weapons at a "
            "checkpoint. Witnesses say the two men were beaten with clubs in front of a crowd before they were killed.")
    assert "CIHL-90" in kinds(check(text), "concern")


def test_a_short_clipped_cable_is_read_as_one_event(check):
    # nine clipped sentences, under 400 characters: the shots told before the prisoners are named are theirs
    text = ("FM CG TO DEPTAR 19 FEB 52. COMPOUND 62. WHEN INF COY ENTERED FOR SCREENING, INMATES RESISTED. TROOPS "
            "OPENED FIRE. 69 PW DEAD, 142 PW WOUNDED. 1 US KIA. BOARD OF OFFICERS APPOINTED. ICRC INFORMED. END.")
    assert "GCIII-13" in kinds(check(text), "concern")


def test_a_sentence_that_counts_the_captives_again_continues_their_story(check):
    # a long report (no short-note shortcut): only the sentences that speak of the captives, or go on speaking of
    # them, are read as their treatment
    text = ("The offensive entered its third week. Shelling hit the market twice. The river bridge was closed. "
            "Aid convoys waited at the border. Schools stayed shut. Power came back on Monday. Farmers lost the "
            "harvest. Rebels captured two army soldiers at the checkpoint on Tuesday. Witnesses say the two men were "
            "beaten with clubs in front of a crowd.")
    assert "CIHL-90" in kinds(check(text), "concern")


def test_surrender_without_control_is_not_custody(check):
    # no sign that anyone took them in hand: an attack on men out of combat, not mistreatment of captives
    a = check("Two men in Ukrainian kit walk out of a dugout, arms raised. The drone operator drops a grenade "
              "on them a minute later.")
    assert "GCIII-130" not in kinds(a, "concern")


def test_paragraph_numbers_do_not_use_up_the_following_sentences(check):
    text = ("4. The applicant, a soldier of the Armed Forces of Ukraine, was captured near Izium in April 2022. "
            "5. On 19 May 2022 he was taken to a room where two men said they would cut off his fingers. "
            "He then made a recorded statement. "
            "6. That recording was the only evidence at his trial before the 'Supreme Court' of the self-proclaimed LPR.")
    assert "GCIII-84" in kinds(check(text), "concern")


def test_a_photo_the_captive_owns_is_not_publicity(check):
    a = check("We came out of the dugout with a white rag on a stick. The Ukrainians made us lie down and "
              "searched us. My cross and the photo of my kids they left to me.")
    assert "GCIII-13" not in kinds(a, "concern")


def test_a_digest_reads_the_conflict_from_the_captives_story(check):
    # the story about the captives names Russia and Ukraine; another story's armed group decides nothing
    text = ("Houthi fighters attack a ship in the Red Sea. (Reuters) "
            "Russia and Ukraine swap 146 prisoners of war from each side after mediation. (CNA) "
            "Taliban authorities ban music at weddings. (BBC)")
    a = check(text)
    assert a.context.pow_context
    assert a.context.conflict == "international"
    text = ("Russia and Ukraine hold talks in Istanbul. (Reuters) "
            "Pro-Taliban militants capture 28 Pakistan soldiers in North Waziristan. (AP)")
    assert check(text).context.conflict == "non-international"


def test_the_explanation_says_why_one_state_makes_an_internal_war(check):
    a = check("Pro-Taliban militants capture 28 Pakistan soldiers in the North Waziristan tribal region.")
    assert "Only one State is named (\u201cPakistan\u201d)" in a.context.explanation
    assert [e.text for e in a.context.conflict_evidence] == ["Taliban", "militants"]


@pytest.mark.parametrize("text", [
    # a military assault is an attack on a position, not violence against captives
    "Al-Nusra fighters assault a Free Syrian Army unit in Idlib, killing seven and capturing forty of its fighters.",
    "Two Russian airborne soldiers surrender to Ukrainian forces after a failed assault on the airfield.",
    # a crash that kills prisoners being flown to an exchange is not a killing by the captor
    "Russia says a transport plane carrying 65 captured Ukrainian soldiers crashed near Belgorod, killing all on board.",
])
def test_military_assaults_and_crashes_are_not_violence_against_captives(check, text):
    a = check(text)
    assert a.context.pow_context
    assert not kinds(a, "concern") & {"GCIII-13", "GCIII-130", "GCIII-3", "CIHL-89", "CIHL-90"}, kinds(a, "concern")


def test_a_captive_assaulted_is_still_violence(check):
    assert "GCIII-13" in kinds(check("Guards assaulted the captured pilot in his cell."), "concern")


def test_a_release_told_as_a_noun_names_a_former_captive(check):
    text = ("Iraqi television showed seven allied airmen reading statements against the air war. One of the "
            "British aircrew, interviewed after his release, said he was beaten for two days before he agreed "
            "to speak on camera.")
    a = check(text)
    assert a.context.pow_context
    assert "GCIII-13" in kinds(a, "concern")
    # a civilian's release says nothing of captured fighters
    assert not check("After his release, the journalist said the militia had held him in a basement in Donetsk.").context.pow_context


@pytest.mark.parametrize("text,grave", [
    # duration and repetition make a beating severe: torture or inhuman treatment, a grave breach
    ("Released airmen said interrogators had beaten them repeatedly over several days.", True),
    ("Back home the captured commander said he was beaten and tied in ropes for days.", True),
    ("The prisoners of war said guards beat them every night.", True),
    # the time words belong to another verb: held for months, marched for days
    ("Relatives say the captured soldiers have been held for months without charge and were beaten while "
     "being questioned.", False),
    ("The prisoners of war were marched for days to the camps in the heat; those who fell behind were beaten.",
     False),
])
def test_prolonged_violence_is_a_grave_breach_only_when_the_time_words_are_its_own(check, text, grave):
    a = check(text)
    assert "GCIII-13" in kinds(a, "concern")
    assert ("GCIII-130" in kinds(a, "concern")) == grave, [(f.provision, [e.text for e in f.evidence]) for f in a.findings]


def test_a_refusal_inside_a_relative_clause_does_not_negate_the_main_verb(check):
    a = check("Prisoners of war who refused to sign up for the enemy brigade were beaten in the yard.")
    assert "GCIII-13" in kinds(a, "concern")
    # the refusal still negates its own verb
    assert "GCIII-26" in kinds(check("The guards of the prisoners of war camp refused to give the captives water."),
                               "concern")


@pytest.mark.parametrize("text", [
    "ISIL claims responsibility for the beheading of a Taliban soldier in Jalalabad.",
    "Taliban militants overran the district, killing over 50 Afghan soldiers. Many others were captured.",
])
def test_beheadings_and_the_rest_of_a_unit_captured_are_captives(check, text):
    assert check(text).context.pow_context


def test_killers_told_in_the_active_perfect_are_not_the_victims(check):
    a = check("Islamist militants are reported to have beheaded over 50 people in a village massacre.")
    assert not a.context.pow_context


@pytest.mark.parametrize("text,captives", [
    # a people's name as a noun for the enemy's fighters, taken prisoner
    ("The channel finally started blurring the faces of captured russians in new uploads.", True),
    ("Baku only began handing the Red Cross the names of the Armenians it had captured weeks later.", True),
    ("our boys caught this armenian near hadrut, made him kiss the flag", True),
    # not captives: a people as captors, a place taken, civilians detained
    ("The Ukrainians captured the village of Robotyne.", False),
    ("Russian forces detained Ukrainians in the village.", False),
    ("Captured by Russians, the village fell within a day.", False),
])
def test_a_peoples_name_taken_prisoner_names_captives(check, text, captives):
    assert check(text).context.pow_context == captives


@pytest.mark.parametrize("text,captives", [
    # a pilot shot down and led away, the enemy's wounded in a unit's log, prisoners taken in an operation, a return
    # by exchange in a clinic's shorthand
    ("Photo, 1967: a downed American pilot, his arm in a sling, is led through a jeering crowd.", True),
    ("0340 Alpha reports 2 enemy WIA at the culvert, both unarmed. 0345 Control: leave them, move.", True),
    ("Press office: the prisoners taken in yesterday's operation have not been mistreated.", True),
    ("Returnee, M, 34. Repatriated in exchange 2 days ago after 19 mo in custody.", True),
    # not captives: ordinary prisoners in a jail
    ("The prisoners went on hunger strike over visiting rules at the city jail.", False),
])
def test_captives_named_in_shorthand(check, text, captives):
    assert check(text).context.pow_context == captives


# A surrender completed: the man reaches the other side's lines, is sent to the rear or looked after.
# What is then done with him (his face and name posted) is done to a captive.
@pytest.mark.parametrize("text", [
    "Russian soldier alone in a trench waves a white rag at the drone. He walks 1.5 km behind it to Ukrainian "
    "positions, hands up the whole way. Clip ends with him sat in a dugout, face fully visible, his full name "
    "read out by the soldier filming. Posted by the brigade on its channel tonight.",
    "A Russian stormtrooper put his hands up and followed our drone two kilometres to our positions. The lads "
    "gave him water and sent him to the rear. Full video in the comments, face, name and unit all there.",
    # the lines told by the men holding them; or the man soon in the other side's camp
    "our drones guided this russian out of the treeline today. he dropped his rifle, put his hands up and followed the "
    "drone 2 km to our lads, nobody fired. full clip below, you can see his face when he realises he's safe",
    "A Russian soldier walked out of the trench at dawn holding up a white rag, and the assault group held its fire. "
    "Within a week he was in a camp in western Ukraine, where guards beat him every night.",
])
def test_a_completed_surrender_puts_the_man_in_custody(check, text):
    assert "GCIII-13" in kinds(check(text), "concern")


def test_a_sentence_opened_by_a_number_word_goes_on_with_the_captives(check):
    # (a diary entry too long to be read whole as one event)
    a = check("6 April 1944. The Kommandant called the senior British officer in this morning and read him a list. "
              "Forty-one of the chaps who went out through the tunnel had been shot, he said. By evening the number "
              "had become fifty. The weather has turned. Rations are down again. The theatre is closed. Letters "
              "came from home on Tuesday, two of them for me, both from my mother. The football season is over and the "
              "pitch is mud. Spring at last, they say, though the stove still burns all day in our hut.")
    assert "GCIII-130" in kinds(a, "concern")


def test_the_crime_others_are_punished_for_is_no_act_on_the_captives(check):
    # "serving sentences for murder": the cellmates' crimes, not a killing of the prisoner of war
    a = check("My client, a prisoner of war, has been moved to a prison where he shares a cell with men serving "
              "sentences for murder and robbery.")
    assert not kinds(a, "concern") & {"GCIII-13", "GCIII-130"}
    # but a crime whose victims are captives is still an act done to them
    b = check("Released prisoners of war accused the camp guards of the murder of two prisoners of war in the winter "
              "of 2023.")
    assert any(e.text == "murder" for f in b.findings if f.provision == "GCIII-130" for e in f.evidence)


def test_weapons_handed_to_the_other_side_are_a_surrender(check):
    # "@weapon_hand @weapon_owner @weapon_bare =to" (lexicon: hors_de_combat); Chechnya's towns name its internal war
    a = check("Forty rebels handed their weapons to federal troops near Urus-Martan and were then beaten with rifle butts.")
    assert a.context.pow_context and a.context.conflict == "non-international"
    assert any("handed their weapons to" in e.text for e in a.context.evidence)
    # weapons handed out to one's own fighters are no surrender
    b = check("The commander handed new rifles to his fighters before the offensive near Urus-Martan.")
    assert not b.context.pow_context


def test_protocol_ii_binds_only_its_parties(check):
    # Syria is not a party to Additional Protocol II: common Article 3 and the customary rules only
    syria = check("The bodies of over 100 Syrian Army prisoners of war were found in the last rebel-held district "
                  "of the city; officers said they had been executed by rebel forces.")
    assert syria.context.conflict == "non-international"
    assert "APII" in syria.context.treaties_not_binding
    assert "GCIII-3" in kinds(syria, "concern") and "APII-4" not in kinds(syria, "concern")
    assert "Protocol II" in syria.context.explanation
    # Colombia is a party: the Protocol applies beside common Article 3
    colombia = check("In a rebel-held valley of Colombia, FARC guerrillas executed three captured army soldiers.")
    assert "APII-4" in kinds(colombia, "concern")


@pytest.mark.parametrize("text", [
    # a captive found dead: the cause is unknown, so no finding of wilful killing
    "One of three captured US soldiers in Iraq is found dead, during an extensive manhunt.",
    # the captive is the one convicted, not the victim
    "A military commission sentences a Guantanamo detainee to eight more years after pleading guilty to the "
    "murder of an American soldier.",
    # a plane crash kills the prisoners: no killing by the captor is told
    "A transport plane carrying 65 Ukrainian prisoners of war crashes near the border, killing everyone on board.",
    # a death in custody of no stated cause (labelling rule 6)
    "The families of two captured soldiers were told months later that the men had died in custody.",
    # killed by the fighting while held: GCIII-23/52 questions, not a wilful killing by the captor
    "Freed servicemen say they were made to dig trenches for the enemy's units; a fellow prisoner was killed by a "
    "shell while digging.",
])
def test_deaths_not_told_as_wilful_killing_of_captives(check, text):
    assert not kinds(check(text), "concern") & {"GCIII-130", "CIHL-89"}



def test_the_captors_named_then_what_they_did_to_us(check):
    a = check("The Russian soldiers who took us at the plant were correct, I must say. They gave us water.")
    assert a.context.pow_context
    assert any("who took us" in e.text for e in a.context.evidence)


def test_a_game_result_is_not_a_beating(check):
    won = check("Camp newsletter, Stalag Luft III: Hut 104 beat Hut 109 in the soccer final, 3-1, in the rain.")
    assert not any(f.provision.startswith("GCIII-13") and f.assessment == "concern" for f in won.findings)
    beaten = check("Camp newsletter, Stalag Luft III: the guards beat two prisoners of war for 2-3 hours in the rain.")
    assert any(f.provision.startswith("GCIII-13") and f.assessment == "concern" for f in beaten.findings)


def test_the_manner_of_a_death_sentence_is_not_an_act_done(check):
    a = check("Captured marine, tried by a so-called court in the occupied city. Sentence: death by shooting.")
    found = {f.provision.split(".")[0] for f in a.findings if f.assessment == "concern"}
    assert "GCIII-100" in found
    assert "GCIII-13" not in found  # nobody was shot


def test_an_execution_by_the_judiciary_is_not_a_summary_killing(check):
    # a sentence carried out after a trial does not show fighters killed in the killers' power
    a = check("Iran's judiciary executes three Kurdish militants for terrorism offences.")
    assert not a.context.pow_context


def test_a_state_named_inside_an_armed_groups_name_is_no_state(check):
    a = check("Islamic State of Iraq and the Levant forces claim to have killed at least fifty members of the "
              "Syrian Army, summarily killing many of them.")
    assert a.context.pow_context  # "members of the Syrian Army" are fighters
    assert a.context.conflict == "non-international"
    assert "Iraq" not in a.context.explanation.split("Signals")[1]
    assert {"GCIII-3", "CIHL-89"} <= kinds(a, "concern")


@pytest.mark.parametrize("text,conflict", [
    # two States named, and no armed group: a war between States, even when one of them is a country
    # whose recent wars were internal
    ("Families of the Israelis held by Damascus glimpsed their sons paraded on Syrian television; the men later "
     "described weeks of beatings during interrogation.", "international"),
    ("Seven Sudanese soldiers and a civilian are summarily executed after being held captive in Ethiopia.",
     "international"),
    # the same country beside an armed group: an internal war
    ("Islamic State fighters paraded captured Syrian soldiers through Raqqa before executing them.",
     "non-international"),
    # Egypt beside Syria (1973); Egypt beside an armed group in Sinai
    ("In November Egypt gave the Red Cross the list of the soldiers it holds; from Damascus, nothing, though Syria "
     "shows the captured men on television.", "international"),
    ("Wilayat Sinai fighters filmed three captured Egyptian soldiers before shooting them.", "non-international"),
    # a militia of one side does not make the war between two States internal (Georgia and Russia, 2008)
    ("Russian units passed a number of captured Georgian soldiers to South Ossetian militia, who beat them "
     "severely.", "international"),
])
def test_two_states_named_make_a_war_between_states(check, text, conflict):
    assert check(text).context.conflict == conflict


def test_the_captured_before_another_noun_is_not_captives(check):
    # "the captured" names people only when it stands alone: not "the captured russian tanks"
    assert not check("they actually paraded the captured russian tanks down khreshchatyk lol #Kyiv").context.pow_context
    assert check("In the war over Kyiv, the captured were paraded down the main street.").context.pow_context


@pytest.mark.parametrize("text", [
    "After 23...Rxe3 White could not recapture without losing the queen; by move 31 he had surrendered the "
    "exchange, and the pawn marched through.",
    "Review: the siege update is the best thing to happen to the game in years. Captured enemy lords can now be "
    "ransomed, recruited into your army or executed in front of your troops.",
    "Red team captured the flag with two minutes left; three of blue's players had been taken prisoner in "
    "the bunker.",
    "Episode 41: we rewatch the 1983 classic starring Bowie as the defiant prisoner in a Javanese camp, and the "
    "burial-to-the-neck scene still hurts.",
    "Penalty-box prisoner: Kovalenko spent 14 minutes in the sin bin as the Sharks surrendered a two-goal lead "
    "and were held captive in their own zone.",
    "New escape room 'Stalag 9': beat the guards' roll call, dig out of the hut and get past the wire in 60 minutes.",
    "In its final act the film's captured paratrooper is made to dig his own grave before a last-minute rescue.",
    "The campaign's best mission has you free captured squadmates; the interrogation cutscenes are skippable.",
    "Brothers and sisters, how many of us are prisoners of war in our own hearts? Today let us lay down our arms.",
    "The patch fixes the prisoner system: surrendering squads drop their weapons and can be escorted back for a morale "
    "bonus, though the AI still walks into minefields.",
    "Patch 3.1: captured enemy officers can now be questioned at the command tent; fixed a bug where surrendered NPCs "
    "walked through walls.",
    # an escape room's advertisement; a game reviewed; a vote lost in parliament
    "NEW ROOM: 'Stalag 17 Breakout'! You and your squad are prisoners of war with 60 minutes to finish the tunnel. "
    "Book now!",
    "'Stalag Break' review, 7/10. You play a captured airman plotting an escape. The guard AI is dim.",
    "The new tactical shooter lets you interrogate captured enemy soldiers between missions. 6/10.",
    "PM a prisoner of his own backbenchers as rebels capture committee vote and force budget surrender",
])
def test_a_game_captures_no_one(check, text):
    assert not check(text).context.pow_context


def test_captives_named_as_fighters_count_even_beside_a_game(check):
    a = check("Captured soldiers were filmed playing a board game for the cameras of the captor's television.")
    assert a.context.pow_context
    assert "GCIII-13" in kinds(a, "concern")


@pytest.mark.parametrize("text", [
    # Azerbaijan, a side in every war over Karabakh, is not a party to Protocol I
    "Footage from Nagorno-Karabakh shows two captured soldiers in uniform, hands tied behind their backs, "
    "shot at close range minutes after being taken.",
    # a treaty binds no one for acts done before it existed (Protocol I: in force 1978)
    "Korea, July 1950: American soldiers who had surrendered to North Korean troops were found shot with "
    "their hands tied behind their backs.",
])
def test_protocol_i_does_not_bind_where_a_party_is_not_bound_or_before_it_existed(check, text):
    a = check(text)
    assert a.context.conflict == "international"
    assert "API" in a.context.treaties_not_binding
    assert "API-41" not in kinds(a, "concern")


def test_a_year_that_counts_people_is_no_date():
    from checker.conflict import before_protocol_i
    assert before_protocol_i("In December 1971 the garrison at Dhaka surrendered.")
    assert before_protocol_i("Camp 5 at Pyoktong, winter of 1950-51.")
    assert not before_protocol_i("Russia says it holds 1944 prisoners of war.")
    assert not before_protocol_i("Veterans of 1944 recalled the camp; in 2022 the same town was shelled.")
    assert not before_protocol_i("Two captured soldiers were shot near Bakhmut.")
    # ... but a year after a month is a date whatever follows it
    assert before_protocol_i("On 20 June 1940 men of a Senegalese regiment who had given up were shot.")
    # a year written short: the last century's as a veteran writes it, this century's as a post does; not a decade
    assert before_protocol_i("Okinawa, '45. Two of them came out of a cave waving a white rag and were shot.")
    assert not before_protocol_i("Bakhmut, '23: two of them came out waving a white rag and were shot.")
    assert not before_protocol_i("In the '70s and again in 2022 the town was shelled.")


def test_what_the_men_came_home_with_tells_of_their_captivity(check):
    a = check("The buses crossed the border at four. Of the 75 men who came home on Friday, most had lost 20 to 30 "
              "kilos, the ombudsman said. One sergeant's arm had been broken in his first week of captivity.")
    assert "GCIII-26" in kinds(a, "concern")


@pytest.mark.parametrize("text,rule", [
    ("Guards refused to hand over the parcels sent to the prisoners of war.", "GCIII-72"),
    ("Prisoners of war were not allowed to elect a representative.", "GCIII-78"),
    ("The captor refused to let the ICRC register the prisoners of war.", "GCIII-123"),
    ("For four months the captor refused to give the ICRC a list of the soldiers it was holding.", "GCIII-123"),
])
def test_a_refusal_the_rule_asks_for_is_the_breach_not_its_negation(check, text, rule):
    assert rule in kinds(check(text), "concern")


def test_a_surname_is_not_a_killing(check):
    a = check("Doctors said that while Private Jessica Lynch was in Iraqi hands they set her broken arm and leg.")
    assert a.context.pow_context  # "in Iraqi hands"
    assert not kinds(a, "concern")


def test_a_testimony_told_to_you_is_read_whole(check):
    # the returnee speaks of what "you" went through: every sentence is about his captivity
    a = check("(Sapper, 29, back since the spring exchange.) The train took two days. The first prison was in a "
              "border town. On arrival you run through two rows of them with clubs. If you fall, you get more. "
              "After that you sleep in turns, six to a cell meant for two. You get half a ladle of something grey "
              "and a slice of bread. Nobody tells your family anything. I lost thirty kilos.")
    assert {"GCIII-13", "GCIII-25"} <= kinds(a, "concern")


def test_sport_in_a_camp_is_recreation_not_a_game_report(check):
    a = check("He was a havildar in an infantry battalion, taken at Dhaka in December 1971. In the Indian camp the "
              "officers let the prisoners run their own cricket matches, with proper teams and a league table.")
    assert a.context.pow_context


@pytest.mark.parametrize("text,provision,fires", [
    # words in quotation marks are read as words: the slogan the captors dictate
    ("A video shows three Ukrainian servicemen kneeling in a yard, wrists taped. A voice off camera tells them to "
     "say 'Glory to Russia', and they comply.", "GCIII-14", True),
    ('A video shows captured Ukrainian servicemen on their knees; a voice tells them to say "Glory to Russia".',
     "GCIII-14", True),
    # a captive who hails his own side is not humiliated by it
    ("Footage shows an unarmed captured Ukrainian soldier shot dead seconds after saying 'Glory to Ukraine'.",
     "GCIII-14", False),
])
def test_quoted_words_are_read(check, text, provision, fires):
    from checker.evaluate import article

    a = check(text)
    concerns = {article(f.provision) for f in a.findings if f.assessment == "concern"}
    assert (provision in concerns) is fires, concerns
    for f in a.findings:
        for e in f.evidence:
            assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("text,concern", [
    # what a captive is tried for: the act's victims are civilians, not the captives
    ("A Russian sergeant, taken prisoner in Sumy region, was tried for shooting dead an unarmed civilian on a "
     "bicycle.", False),
    ("The prisoner of war is accused of torturing civilians in Bucha.", False),
    ("A sergeant held as a prisoner of war since his capture was tried for the killing of a civilian motorist.", False),
    # ... and the captive's own killing, told as a noun, is still one
    ("The killing of a prisoner of war in the camp has not been investigated.", True),
    # the captives are the victims, named before anyone else
    ("Guards are accused of torturing the prisoners of war and two civilians.", True),
])
def test_acts_done_to_civilians_are_not_acts_against_captives(check, text, concern):
    a = check(text)
    assert a.context.pow_context
    assert any(f.assessment == "concern" for f in a.findings) is concern, [(f.rule_id, f.assessment) for f in a.findings]


@pytest.mark.parametrize("text,provision,fires", [
    # an act word in another sense is not the act; the rest of the sentence is still read
    ("Footage from the operation: lines of captured enemy soldiers walk past. In the next shot the captives raise "
     "their hands and repeat a slogan.", "CIHL-47", False),
    ("Our unit beat back the assault, then the guards beat the captured soldiers.", "GCIII-13", True),
    ("Our unit beat back the assault and captured ten soldiers.", "GCIII-13", False),
])
def test_act_words_in_another_sense(check, text, provision, fires):
    from checker.evaluate import article

    concerns = {article(f.provision) for f in check(text).findings if f.assessment == "concern"}
    assert (provision in concerns) is fires, concerns


@pytest.mark.parametrize("text,provision", [
    # the journey home at an exchange is no evacuation from the combat zone, even told a sentence apart
    ("Today we brought home ninety more of our defenders from captivity. Twelve seriously wounded men were carried "
     "onto the buses on stretchers. Thanks to all who worked on this exchange.", "GCIII-20"),
    # the captive's own "can't tell" about his health is no refusal to answer questions
    ("The video shows the captured sergeant answering questions. Is he hurt? I can't tell, his face looks fine.",
     "GCIII-17"),
])
def test_good_practice_words_in_another_setting(check, text, provision):
    assert provision not in kinds(check(text), "observance")


@pytest.mark.parametrize("text,provision", [
    # fighters who gave up their weapons and were then loaded into the captor's containers are in custody; what
    # others "described" next is told of them
    ("The fall of the northern city after a siege of two weeks in November 2001 was supposed to end the fighting in "
     "the province peacefully, the negotiators said at the time. Some three thousand Taliban fighters handed over "
     "their weapons to the commanders of the Northern Alliance and were loaded into sealed cargo containers for the "
     "long drive west to a prison near the border. Truck drivers and villagers described the rest: hours in the heat, "
     "men begging for air, and guards firing into the containers. When the doors were opened, many inside were dead. "
     "A local elder later counted more than a hundred bodies from one truck alone, and said they were buried in the "
     "desert without names. Years later no one has been held responsible for the deaths, and the grave site has been "
     "dug up and disturbed, a survey by investigators from a human rights group found last year.", "GCIII-13"),
])
def test_custody_carries_to_what_others_describe_next(check, text, provision):
    assert provision in kinds(check(text), "concern")


@pytest.mark.parametrize("text,provision", [
    # lined up by those they surrendered to: already in their hands, so a wilful killing of captives too
    ("The ministry says eleven of its soldiers were lined up and shot after laying down their weapons near the river.",
     "GCIII-130"),
    # told to lie down, on command: under the captors' control
    ("Four men in Ukrainian kit come out of a dugout with their hands raised and lie down on command; a soldier then "
     "kicks each of them in the head.", "GCIII-13"),
])
def test_surrendered_fighters_lined_up_are_in_the_captors_hands(check, text, provision):
    assert provision in kinds(check(text), "concern")


def test_a_digest_with_topic_headings_is_read_one_story_at_a_time(check):
    # older news digests head each story with its topic instead of closing it with its sources
    text = ("Occupation of Iraq: Iraq's former defence minister surrenders to coalition troops at a house in Mosul. "
            "Security: Gunmen kill two policemen at a checkpoint in Basra.")
    a = check(text)
    assert a.context.pow_context
    assert not [f.rule_id for f in a.findings if f.assessment == "concern"]


def test_speaker_labels_are_not_topic_headings():
    from checker.text import Sentences

    text = "HOST: And then the tapes start. GUEST: Right, day three. Interviewer: What happened? Q: Were you beaten?"
    assert set(Sentences(text).story) == {0}
    # a name's initial before an army's abbreviation is no news source that closes a story
    text = "Interview notes, with Sepoy N. (ANA), freed after 14 months.\n- Held with 11 other soldiers.\n- Leg irons."
    assert set(Sentences(text).story) == {0}
    # a speaker's last words on one line and the next label on the line below are not a heading either
    text = "GUEST: They put the taser to my neck. Again. Again.\nHOST: And food?\nGUEST: A spoon of porridge. Again.\nHOST: And?"
    assert set(Sentences(text).story) == {0}


def test_an_interview_with_a_released_prisoner_is_read_whole(check):
    # the answers under the speaker labels are all the captivity's, though few of them say "I" or "we"
    text = ("HOST: So after Olenivka, where did they take the men from your unit?\n"
            "GUEST (translated): Taganrog, the pre-trial prison, in the back of a lorry with the windows painted over. "
            "The reception there is a beating, every new arrival, batons and dogs along a corridor.\n"
            "HOST: And the food in Taganrog, in those first months?\n"
            "GUEST: Twice a day a spoon of porridge, tap water, sometimes a slice of bread. Men lost thirty kilos. "
            "Some could not stand at the morning count.\n"
            "HOST: Did the Red Cross come to the prison?\n"
            "GUEST: Never. Not once in nineteen months. A commission came once. Nobody was allowed to speak to them.")
    assert "GCIII-26" in kinds(check(text), "concern")


def test_a_longer_single_account_is_read_whole(check):
    # one incident told in six sentences: what happened at the camps is what happened to the captives
    text = ("The men of the cavalry regiment taken near Unsan in November 1950 were marched north for weeks in summer "
            "uniforms. Guards shot those who sat down in the snow and could not get up again. "
            "At the camps along the Yalu river, which they reached at the end of the month, the ration was a bowl of "
            "boiled millet or cracked corn twice a day, and dysentery went through every hut. "
            "Attendance at the daily political lectures was compulsory, and the huts were never heated. "
            "Airmen were kept alone for months until they signed statements. "
            "No names were sent to the Red Cross, so families learned who was alive only in 1953.")
    assert 600 < len(text) <= 900
    a = check(text)
    concerns = {f.provision.split(".")[0] for f in a.findings if f.assessment == "concern"}
    assert "GCIII-25" in concerns, concerns  # "the huts were never heated", four sentences after the capture


def test_question_and_answer_labels_are_not_questioning(check):
    # "Question:" heads a parliamentary question; the beatings it asks about are not beatings during questioning
    text = ("Question: Does the Government have information that Ukrainian prisoners of war are singled out by "
            "Russian guards for harsher beatings? Answer: Yes.")
    found = {(f.provision.split(".")[0], f.assessment) for f in check(text).findings}
    assert ("GCIII-13", "concern") in found
    assert ("GCIII-17", "concern") not in found


# who is in the captor's hands: one table, read by one test
WHO_IS_HELD = [
    # soldiers "kidnapped", named so, are captured fighters; the verb alone stays with civilians taken by gunmen
    ("Israel says the airport was about to be used to smuggle its kidnapped soldiers away to Iran.", True),
    # a people's men are not an armed group's: civilians taken by the police; the group's own are fighters
    ("In November, police in the capital went from shop to shop in our area and took away Tigrayan men, even an old "
     "tailor. They were kept in a warehouse on the edge of the city for weeks, some without food for days. None of them "
     "had anything to do with the fighting in the north.", False),
    ("A soldier filmed himself cutting the throat of an RSF man they had caught and tied.", True),
    # someone said never to have been a soldier is a civilian, whatever was done to her
    ("ANCHOR: A woman from Mariupol who was held for eleven days in a filtration camp says she escaped when the guards "
     "changed shift. REPORTER: She was never a soldier. She says she was made to strip to show she had no tattoos.",
     False),
    # the law said of civilians, set off by a dash: "were civilian political detainees - students, farmers - not
    # prisoners of war"
    ("The men and women held in the stone pits were civilian political detainees - students, Buddhist activists, "
     "farmers - not prisoners of war; many could no longer stand after months in shackles.", False),
    # surrender told as a gesture, whatever the possessive: the fighters are out of combat
    ("You can see 3 tatmadaw soldiers climb out of the trench, rifles dropped, hands on heads, and then someone "
     "opens up on them from the left.", True),
    ("Near Robotyne two soldiers threw down the rifles and walked towards the drone.", True),
    # ... or as weapons put somewhere
    ("Eight of them came out of the post and put their guns on the road. Then they were taken behind the school.",
     True),
    # a call to a whole side, or a side's historical capitulation, is no surrender of fighters in someone's hands
    ("The president told the army to lay down arms and leave the capital.", False),
    ("Lesson 4: why did the British army lay down its arms at Yorktown in 1781?", False),
    # villagers who filmed or beat the pilot are not the people held
    ("A new clip shows the pilot drinking tea. Earlier video from villagers showed him bloodied and blindfolded, "
     "being kicked, before soldiers pulled people off him.", True),
    # villagers who are held are civilians
    ("Soldiers detained the villagers and blindfolded them.", False),
    # a witness who says he is a civilian is one in every sentence he tells
    ("'I teach at a secondary school in Mekelle. In November the police came down our street and took every young "
     "man. They kept us in a warehouse near the airport and asked which of our brothers were with the fighters.'",
     False),
    ("'I'm a nurse. They took all the male staff out of the hospital, made us strip to our underwear and drove us "
     "blindfolded to a camp. They called us unlawful combatants.'", False),
    # a soldier who says what he did before he was called up is still a soldier
    ("'I was a teacher before mobilisation. I served in the 93rd brigade. They took us near Bakhmut and made us "
     "strip to our underwear.'", True),
    # civilians rounded up for screening, or held on administrative orders, are not captured fighters
    ("Photos show dozens of men from a school used as a shelter, stripped and kneeling in rows, blindfolded, while "
     "soldiers stand over them. They had been rounded up for screening.", False),
    ("We have not been able to visit the people held by the authorities, many of them held in administrative "
     "detention without charge.", False),
    # "civilian" said of the clothes, even in a pair: the men bound are fighters
    ("Five men in mixed civilian and camouflage clothing kneel along a wall, wrists bound behind them. Two fighters "
     "raise rifles; sustained fire.", True),
    # a camp remembered or visited: nobody is held
    ("Travel vlog, 12 min. The presenter walks through the reconstructed hut at the Stalag Luft III museum and asks "
     "a guide how the tunnel was dug.", False),
    ("Will the Minister join me in marking the 80th anniversary of the escape from Stalag Luft III?", False),
    ("New in the town hall: a replica of a 1943 camp hut. The curator says the exhibit shows children the hunger of "
     "captivity.", False),
    # a place known for its prisoners of war, in a witness's own account, whoever else he names; a school trip there
    ("In Hoa Lo they bent my arms behind me and cinched the ropes until I wrote what the officer wanted. A week "
     "later they had me read it aloud to visiting peace activists while a camera ran.", True),
    ("We visited Colditz castle on a school trip; the guide showed us the chapel.", False),
    # "by" the group that posted the video, not the soldier's captor named as an agent
    ("We have seen the propaganda video released by al-Shabaab in which a soldier captured at El Adde is made to "
     "blame the government.", True),
    ("The video posted by al-Shabaab shows a soldier captured at El Adde.", True),
    # the law said of civilians: "treated them as civilians ..., not as prisoners of war"
    ("The Commission treated the people of Eritrean origin held in camps and expelled as civilians protected by the "
     "Fourth Geneva Convention, not as prisoners of war.", False),
    # peacekeepers, migrants held for deportation, a cartel's man taken by the police: no captured fighters
    ("Some 500 peacekeepers of the mission, including Zambian and Kenyan troops, are now held by the rebels after "
     "their convoys were stopped and disarmed.", False),
    ("The inspection of the immigration removal centre found 180 detained men, many held for months pending "
     "deportation, and detainees handcuffed on the way to hospital.", False),
    ("The defendant, second in command of the cartel's eastern cell, was captured by the federal police after a "
     "two-day operation and has been in pre-trial detention for 26 months.", False),
    # a surrender shown with whatever white thing comes to hand
    ("They came across the berm in hundreds, waving anything white. We gave every one of them water first.", True),
    # a soldier's own small unit taken whole (not migrants who gave themselves up to a border patrol)
    ("Letter to his sister: two nights in a barn after our patrol was caught. Nobody laid a finger on us.", True),
    ("Border guards detained 46 migrants overnight after the group surrendered to a patrol in the forest.", False),
    # escapers caught again after a breakout were held before it
    ("Seventy-six of us got out through the tunnel that March night in 1944, and all but three were caught again "
     "within days.", True),
    # ... but not when the sentence that names it says who was held there
    ("In April the soldiers put our whole bus through the filtration tent and took my husband into a container for "
     "questioning. He was held for a month at Olenivka with other civilians.", False),
    # a camp named in the story of what was done there is still a camp with captives
    ("At Stalag 326 the prisoners of war were starved; a memorial now stands at the site.", True),
    # a restraint and a handing back, told of a fighter in different sentences, describe a custody
    ("The pilot ejected over the border and was roughed up by a crowd. Then came the blindfolded clip. He was "
     "handed back at the crossing two days later.", True),
    # people captured in the fighting are in the captor's hands, whatever they are called; a town is not
    ("Several of the accused said they had been captured during the battle for Mosul.", True),
    ("The militia said it captured 40 men during the offensive on Marib.", True),
    ("Judges have been hearing the cases of men captured in army operations against Boko Haram.", True),
    ("The court in Qamishli is trying Syrian men captured in the last battles against the Islamic State.", True),
    # a short fight named as such: a firefight, a clash, an engagement
    ("After a clash near the village, junta troops captured eleven people, five of them our comrades.", True),
    ("Troops captured three men after a firefight on the outskirts.", True),
    ("The army captured the town in the fighting.", False),
    # soldiers named by their people and a barracks word
    ("So this is the Russian guy we took yesterday in the treeline, say hi.", True),
    ("The photos of the armenian guys captured near Hadrut have the faces blurred.", True),
    ("The Argies we'd taken were put to shifting their own artillery ammunition.", True),
    ("The soldiers they had caught at the bridge were tied under the house.", True),
    # women and children held together: civilians
    ("A drawing made in 1944 by a girl of nine in a Japanese camp for women and children: the morning roll call, "
     "mothers bowing to the guard.", False),
    # a football match told in war words
    ("72' - The visitors have surrendered the lead and their keeper is a prisoner in her own six-yard box. 74' - City "
     "capture a third.", False),
    # the captors' price, their comrades in the other side's jails, is not who the text is about
    ("Gunmen took 40 schoolgirls from their dormitory. A man speaking for the group said the girls would be freed "
     "only if the government releases its jailed commanders.", False),
    ("The government released twenty jailed rebel commanders on Monday.", True),
    ("Mensajes del secuestro, translated: Six years already you are in the jungle with the FARC. They say they will "
     "exchange you and the other politicos for their guerrilleros in prison.", False),
    ("The paramilitaries brought three guerrilleros they had caught upriver into the square.", True),
    # the fighters after "in the hands of" are the holders
    ("The father of the national team winger was freed after twelve days in the hands of ELN guerrillas.", False),
    ("Two soldiers have been in the hands of ELN guerrillas since May.", True),
    # the village militias of Myanmar's war
    ("Ko Zaw and Ko Htet were members of a local defence force captured in fighting near Sagaing in late 2021.", True),
    # the dead, and a surrender punished by the fighters' own side: nobody in an enemy's hands
    ("Seven guerrillas were killed in the bombardment and their bodies were taken to the battalion base.", False),
    ("Seven guerrillas were taken to the battalion base after the bombardment.", True),
    ("The junta sentenced three generals to death for surrendering Laukkai to the rebel alliance.", False),
    # fighters found still alive where they fell, and helpless: out of combat, in the hands of whoever found them
    ("After the ambush we found two of the jihadists still alive behind a termite mound, one with a broken leg, "
     "no weapons. Our sergeant shot both where they lay.", True),
    ("Three guerrillas were still alive, shot in the legs; they could not move.", True),
    ("Two soldiers were still alive when the medics reached the shelled trench.", False),
    # the one taken named first, the others counted after "with": "took you with the other soldiers"
    ("Nine years since the guerrilla overran the base and took you with the other soldiers.", True),
    ("My son is a conscript. He was taken with sixty-odd boys from his unit in December.", True),
    ("Buses took them with the other wounded soldiers to hospital.", False),
    ("The bus took him and forty other soldiers to the front.", False),
    ("The army captured the hill after a clash with the rebels.", False),
    ("Dozens of civilians were seized during the fighting.", False),
    ("The army says the colonel was never captured during the battle.", False),
    # an exchange told a sentence after the fighters it was of
    ("Today 95 Ukrainians came home. Among them are 12 seriously wounded servicemen who lost limbs. The exchange was "
     "made possible by the mediation of the United Arab Emirates.", True),
    # taken from a place of civilian life, or for ransom: civilians, even told like a soldier's captivity
    ("They took me from the farm because my father would not pay the vacuna. Eleven months in the camps, at night "
     "the chain around my neck.", False),
    ("I was second year engineering when Air Force Intelligence took me from the dorm. Thirty of us in a cell for "
     "six, faces to the wall.", False),
    ("The trial in Rostov-on-Don of two dozen people captured after the siege of Azovstal opened on Wednesday.", True),
    ("JNIM video shows 6 VDP captured in an ambush near Djibo.", True),
    # services that fight as part of a State's forces: border guards, gendarmes, reservists; not what they do
    ("Two years now my son, a border guard, is held by the Russians. Not one letter reached us.", True),
    ("Border guards detained 40 migrants near the river.", False),
    # "keeping" the fighters counted after it, as "holding" them; not an army keeping its own units back
    ("The commander let me see him for five minutes: they were keeping him and two other conscripts in a pit.", True),
    ("The army is holding two battalions in reserve near the border.", False),
    # a prisoner "of the guerrilla" (the movement) is a captive; a prisoner of the militants' propaganda is not
    ("Army sergeant Ruiz spent twelve years as a prisoner of the guerrilla in the jungle.", True),
    ("She is a prisoner of the militants' propaganda.", False),
    # the military's abbreviation for a prisoner of war, singular as well as plural
    ("Debrief, returned PW #14: barracks not heated, -15 outside in Jan; one bucket as toilet for ~60 men.", True),
    # men under armed guard; men walking out with no weapon in their hands
    ("Video put out by the Houthi military media: a long column of men, some in Saudi uniforms, walks along a "
     "dirt track guarded by Ansar Allah fighters.", True),
    ("The footage shows a group of commandos walking out into the open after their ammunition ran out, none "
     "holding a weapon. Seconds later the shooting starts.", True),
    # a place known for holding prisoners of war, in a witness's own account
    ("We were on the railway from first light until the lamps were lit, the line the Japanese needed. When cholera "
     "came through the camp at Hintok there was nothing, no drugs.", True),
    # a translated testimony tagged with who speaks; "we surrender" told in the present
    ("When we surrender in Puerto Argentino I had frostbite in the two feet. The English gave us hot food the "
     "same day. (former conscript, translated from Spanish)", True),
    # witnesses who tell what soldiers did to the members of an armed group are not the people held
    ("Villagers in Sagaing Region told the Mechanism that soldiers who had caught two young members of the local "
     "People's Defence Force tied them to a tree.", True),
    # a pronoun for the fighters at the head of the sentence, captured in the passive ...
    ("An Indian army captain and five soldiers on patrol in the Kargil heights went missing in May 1999; Pakistani "
     "radio later announced they had been captured.", True),
    # ... or who surrendered, which its subject does ("he surrendered"), but not the people of a shelled village
    ("Look at what our boys wrote on this ukrop's back with a marker, so he always remembers who he surrendered to.",
     True),
    ("Russian soldiers shelled the village for a week until the mayor said they surrendered.", False),
    # ... not the captors' "they", and not a pronoun for the people nearest to it
    ("Ukrainian paratroopers say they captured two Russian T-90M tanks intact.", False),
    ("RSF gunmen detained three doctors at a Khartoum hospital, accusing them of treating wounded soldiers; they "
     "were released two days later.", False),
    # what only a captor does to a man it holds, told of the soldier named before
    ("A Russian soldier alone in a cratered field holds up a scrap of paper. At a Ukrainian position two soldiers "
     "search him, hand him water and sit him down.", True),
    ("Police stopped a man at the market and searched him.", False),
    # ... or takes him away: a man seen led off by the other side's soldiers
    ("Case 7: national guard serviceman, no contact since the withdrawal. Two comrades saw him led away alive by "
     "enemy soldiers.", True),
    ("Neighbours say a shopkeeper argued with the patrol. Soldiers then led him away.", False),
    # the men a captor holds, counted after the verb; not a funeral held for soldiers
    ("Kyiv is holding some 300 enemy soldiers at a camp near Lviv.", True),
    ("We held two hundred of their soldiers in the school gym after the battle.", True),
    ("The army holds a funeral for six soldiers killed in the ambush.", False),
    # the unit a fighter belongs to may take several words ("of the 93rd Mechanised Brigade") before "captured near"
    ("Soldiers of the 93rd Mechanised Brigade captured near Bakhmut were paraded on television.", True),
    ("Soldiers of the Second Division captured near the river were shown on television.", True),
    # a garrison that gave up without a fight surrendered; a town given up is not a surrender
    ("The garrison of the fort gave up without a fight on the third day.", True),
    ("Russian forces gave up Kherson without a fight.", False),
    # look-alikes: inmates of a prison the soldiers retake, hostages taken from their homes, protesters, a
    # training course, women carried off by armed men
    ("At least 40 inmates died when fighting between rival gangs broke out inside a penitentiary. Soldiers were "
     "sent in to retake the cell blocks, and images showed prisoners lying face down, hands on their heads.", False),
    ("Families of people taken from the kibbutzim rallied again, holding up photos of grandparents, a toddler and "
     "young festival-goers still held in Gaza.", False),
    ("Dozens arrested at the night rally outside parliament described being made to kneel in a police yard and "
     "kicked.", False),
    ("On a survival, evasion, resistance and escape course, trainee aircrew were 'captured' by instructors playing "
     "an enemy force, hooded and interrogated for 36 hours.", False),
    ("Women told investigators they were taken from their homes by armed men in RSF uniforms and kept for days in a "
     "house near the market.", False),
    # a surrender signalled to a drone, filmed ("shot") from above
    ("Footage released by a Ukrainian assault brigade, shot from a drone high above a field, shows a Russian "
     "soldier signalling his surrender to the drone and following it to a Ukrainian trench.", True),
    # a fighter's own account: who he was, in the tag that introduces him, and "had me eight months"
    ("Former Free Syrian Army fighter, now in Gaziantep: 'Air Force Intelligence in Harasta had me eight months. "
     "They hung me by the wrists from a pipe.'", True),
    # a civilian's trade, and a former serviceman, are not fighters
    ("Our client, a 52-year-old pharmacist from Khan Younis, was detained at a checkpoint, blindfolded and "
     "handcuffed, and held for weeks as an unlawful combatant.", False),
    ("In the swap Moscow freed Paul Whelan, a former Marine held on spying charges, and the journalist.", False),
    # ... but a former fighter who was captured was a fighter when he was taken
    ("Oral history, 1989, a former fighter of the Democratic Army captured in the mountains in 1948: they shipped us to "
     "an island and beat us every day until we signed.", True),
    # soldiers disarmed and held by their own side are not the enemy's captives
    ("UN source says Tigrayan officers and soldiers serving in federal units were disarmed by their own commands "
     "and held at camps; families without contact.", False),
    ("Thousands of Tigrayan members of the federal army were disarmed by their own commanders and held.", False),
    # "the soldiers we hold", "captured PDF members": fighters in someone's hands
    ("Their channels now claim the soldiers we hold were beaten and starved.", True),
    ("Video shows 2 captured PDF members tied to a post, beaten with rifle butts by soldiers.", True),
    # ... but not when the only fighters named are the ones who made the arrest
    ("A hotel receptionist arrested by British soldiers died two days later. He had been hooded and handcuffed.",
     False),
    # the other side's men in the writer's hands, named by the word "enemy" ... but not its captured tanks
    ("Escort diary, day 3: 20 enemy prisoners in the closed van for nine hours, no stop for water.", True),
    ("Captured enemy tanks and trucks were shown at a parade in the capital.", False),
    # held along with others counted as soldiers: "Held with 11 other soldiers in a compound"
    ("Freed by the Taliban after 14 months, he says he was held with 11 other soldiers in a compound near Musa Qala.",
     True),
    # a nun abducted for ransom is a civilian hostage, whatever the armed group that holds her
    ("The abduction of a foreign religious sister near Koutiala, claimed by the JNIM coalition, and the years she spent "
     "in captivity show the risk: armed groups hold foreign nationals for ransom.", False),
]


@pytest.mark.parametrize("text,captives", WHO_IS_HELD)
def test_who_is_in_the_captors_hands(check, text, captives):
    assert check(text).context.pow_context is captives


def test_a_sides_name_counted_before_civilians_names_no_fighters(ruleset):
    # read in full, past the pre-check: "four Yemeni journalists" are journalists, not four of a side's fighters
    from checker.context import detect
    from checker.matcher import matcher_for
    from checker.text import Sentences

    m = matcher_for(ruleset)
    for text, captives in (("Four Yemeni journalists held by the Houthis since 2015 were freed in the April exchange.",
                            False),
                           ("The army boys caught two RSF at the checkpoint and held them in the school.", True)):
        assert detect(text, m.scan(text), Sentences(text), m).pow_context is captives, text


@pytest.mark.parametrize("text,concern", [
    # what the captor takes from them, or the vehicle it puts them in, shows it holds the men who surrendered
    ("We come out from the basement with the hands up, no weapon. One of them hit me with the rifle butt in the "
     "head, another take my watch and the money.", "GCIII-13"),
    ("We came out with our hands up. They brought us in the car to their base and beat us on the way.", "GCIII-13"),
    # walked to a place of theirs and shut in it: the conditions there are the captivity's
    ("They walked us into the village with our hands on our heads and put us in the cellar of the school. We slept "
     "on bare concrete in February with no blankets.", "GCIII-25"),
    # everything taken; or shut in the captor's wagon, told without a subject
    ("We put our rifles down. The soldiers took everything: my phone, my money, the ring from my finger.", "GCIII-18"),
    ("My grandfather put down his rifle in August 1945. Then twelve days locked in a freight wagon going north. Then "
     "four winters cutting trees, a bowl of thin soup a day.", "GCIII-26"),
])
def test_what_the_captor_takes_or_where_it_puts_them_shows_control(check, text, concern):
    assert concern in kinds(check(text), "concern")


def test_water_given_after_the_surrender_shows_control(check):
    # "they give us water" a sentence after "hands up": the men are held, and the filming is the captor's
    text = ("I was taken near Kupiansk in september, I come out of the house with hands up. They give us water and a "
            "medic look at my leg. First day some soldiers film us on phone and put it in the internet, my face is "
            "there and also my name.")
    assert "GCIII-13" in kinds(check(text), "concern")


def test_captors_shouting_their_own_slogan_is_no_humiliation_of_the_captives(check):
    text = ("We come out from the basement with the hands up. They take my watch. They shout 'Slava Ukraini' at us.")
    assert "GCIII-14" not in kinds(check(text), "concern")
    forced = "We came out with our hands up. They took my watch and made us shout 'Slava Ukraini' on camera."
    assert "GCIII-14" in kinds(check(forced), "concern")


def test_a_prisoner_shot_escaping_after_warnings_is_a_question_of_the_use_of_weapons(check):
    text = ("POW camp 1, 11/03: POW shot dead by sentry while climbing inner fence at night, after 2 shouted warnings "
            "and a warning shot per the guard's statement.")
    found = check(text).findings
    assert not {"GCIII-13", "GCIII-130"} & kinds(check(text), "concern")
    assert any(f.rule_id.startswith("gciii-042") or f.provision.startswith("GCIII-42") for f in found)
    plain = "POW camp 1: a prisoner of war was shot dead by a sentry at night."
    assert {"GCIII-13", "GCIII-130"} <= kinds(check(plain), "concern")


def test_the_courts_city_named_before_the_fighters_is_the_courts_side(check):
    # "Rostov" names the court's State; "Ukrainian" the soldiers': the other side's court, so they are captives
    a = check("The military court in Rostov sentenced 12 Ukrainian soldiers. The defendants said their testimony had been "
              "beaten out of them.")
    assert a.context.pow_context
    # a court of the soldiers' own State tries its own people
    b = check("The military court in Rostov sentenced 12 Russian soldiers for desertion.")
    assert not b.context.pow_context


def test_a_so_called_courts_defendant_told_a_fighter_further_on_or_in_the_next_sentence(check):
    # the soldier told beyond the court's reach in its sentence, or in the sentence before: only the other side holds
    # him before a court of a self-proclaimed republic or a so-called one
    a = check("A court of the self-proclaimed Donetsk People's Republic sentenced Andrew Smith and John Brown of Britain "
              "and Karim Haddad of Morocco to death, although all three were serving with Ukrainian marine units when "
              "the city fell.")
    assert a.context.pow_context
    b = check("He had been in the Ukrainian marines for four years. Some so-called court in Donetsk gave him the "
              "death penalty after one day.")
    assert b.context.pow_context
    # or a few sentences before
    d = check("My brother Oleh served four years with the marines. In April the city fell. For months we heard nothing. "
              "Then a so-called court in Donetsk gave him twenty years.")
    assert d.context.pow_context
    # an ordinary court, the soldier in the next sentence: no captor's court told
    c = check("A court in Manchester fined him for speeding. He had been in the marines for four years.")
    assert not c.context.pow_context


def test_the_crime_a_captive_is_tried_for_is_no_act_against_captives(check):
    text = ("The captured Russian tank crewman was tried in Kyiv for shooting dead an unarmed 62-year-old villager. "
            "He had a defence lawyer throughout.")
    assert not {"GCIII-13", "GCIII-130", "API-41"} & kinds(check(text), "concern")


def test_a_wounded_soldier_lifting_one_hand_is_out_of_combat(check):
    text = ("Armenian soldier lying in a field, leg smashed, his rifle a few metres away, he lifts one hand. Two az "
            "soldiers walk up and one shoots him twice.")
    a = check(text)
    assert a.context.pow_context
    assert "CIHL-47" in kinds(a, "concern")  # Azerbaijan is not bound by Protocol I


def test_a_lawyer_meeting_his_client_in_court_is_no_visit_and_no_news(check):
    text = ("The trial of two dozen people captured after the siege of Azovstal opened on Wednesday. Relatives say the "
            "lawyers met their clients for the first time in the courtroom, and that the Red Cross has never been "
            "allowed to see any of them since they were taken.")
    a = check(text)
    assert "GCIII-126" in kinds(a, "concern")
    assert "GCIII-126" not in kinds(a, "observance")
    assert "GCIII-70" not in kinds(a, "concern")


def test_the_defendants_of_a_trial_of_captives_are_the_captives(check):
    # (a long report, read sentence by sentence: only sentences about the captives are in their custody)
    text = ("Courts of the occupation authorities have tried dozens of Ukrainian servicemen captured at Mariupol. "
            "The courts sit in Rostov-on-Don and in Donetsk. The Office asked to attend. Its requests went "
            "unanswered. Journalists were turned away at the door. Officials gave no reason. Observers from "
            "embassies were not admitted either. The Office has raised the matter twice. Defendants told the Office "
            "after release that the confessions read out in court had been extracted by beatings.")
    assert "GCIII-13" in kinds(check(text), "concern")


def test_what_a_captive_is_made_to_confess_is_no_act_done_to_him(check):
    text = ("Former Free Syrian Army fighter: 'Air Force Intelligence had me eight months. They hung me by the wrists "
            "from a pipe. They wrote a confession that I took money from Qatar to kill soldiers and I was made to "
            "read it in front of a TV camera.'")
    concerns = kinds(check(text), "concern")
    assert not {"CIHL-89", "CIHL-122"} & concerns, concerns
    assert "GCIII-3" in concerns


@pytest.mark.parametrize("text,not_found", [
    # crawling out of cover to surrender is no forced crawling
    ("Bodycam and drone edit posted by a Ukrainian assault brigade, faces of the captured blurred. A Russian "
     "soldier crawls out of a ruined house, lifts his arms, then follows a drone. At the Ukrainian position the "
     "men search him and put him in a vehicle.", "GCIII-14"),
    # captives killed by the other side's air strike were not killed by their captor
    ("Coalition aircraft struck a former college the Houthis were using as a detention centre, killing more than "
     "100 detainees, many of them captured pro-government fighters.", "CIHL-89"),
])
def test_what_looks_like_an_act_against_captives_and_is_not(check, text, not_found):
    assert not_found not in kinds(check(text), "concern")


def test_a_commemoration_of_a_camp_holds_no_captives(check):
    text = ("Photo, Zagan, Sunday: schoolchildren set candles along the tunnel as relatives of airmen mark 80 years "
            "since the escape from Stalag Luft III. Inside the museum, a room shows the suits the prisoners "
            "tailored in their huts.")
    assert check(text).context.pow_context is False


def test_signs_of_control_bring_surrendering_men_into_custody(check):
    # "made to walk, hands on the head" and "put on the ground in lines": the captor holds them, so the
    # shooting that follows is the killing of captives, not only an attack on men surrendering
    text = ("Daesh find us near the road. They take our clothes and make us walk barefoot, hands on the head. "
            "Then they put us on the ground in lines, and the shooting start.")
    concerns = kinds(check(text), "concern")
    assert {"CIHL-89", "GCIII-3"} <= concerns, concerns


@pytest.mark.parametrize("text,hors_de_combat", [
    # bound captives killed in custody: the killing of captives, not an attack at the point of surrender
    ("In a hotel garden we found the bodies of 53 captured fighters, hands bound behind them with plastic ties, "
     "shot at close range after days in the custody of a militia.", False),
    ("A video shows Ukrainian soldiers shoot three captured Russian soldiers in the legs as they are pulled out of "
     "a van with bags over their heads.", False),
    # the same restraints at the point of capture: both
    ("Two men in Armenian uniform, hands bound behind them, are pushed against a low wall and shot by men in "
     "Azerbaijani uniform, apparently minutes after being caught.", True),
])
def test_restraints_alone_do_not_place_a_killing_at_the_point_of_surrender(check, text, hors_de_combat):
    concerns = kinds(check(text), "concern")
    assert concerns & {"CIHL-89", "GCIII-3", "GCIII-13"}, concerns  # a killing of captives either way
    assert bool(concerns & {"API-41", "CIHL-47"}) is hors_de_combat, concerns


def test_giving_name_and_unit_is_not_a_humiliation(check):
    # name, rank and unit are what a captive must give; the shooting is the concern
    a = check("The ISWAP video shows eleven captured soldiers. Each is made to say his name and unit, and then they "
              "are shot.")
    assert a.context.conflict == "non-international"
    concerns = kinds(a, "concern")
    assert {"CIHL-89", "GCIII-3"} <= concerns, concerns
    assert "CIHL-90" not in concerns, concerns


@pytest.mark.parametrize("text,in_hands", [
    # wounded men shot where they lay were never taken: an attack on men hors de combat only
    ("During the fighting around Zalambessa, Eritrean troops shot Ethiopian soldiers who lay wounded on the ground.",
     False),
    # men shot after they had surrendered were in the captor's hands: their killing as well
    ("During the fighting around Zalambessa, Eritrean troops shot Ethiopian soldiers who had surrendered.", True),
])
def test_the_wounded_shot_where_they_lay_were_not_yet_captives(check, text, in_hands):
    concerns = kinds(check(text), "concern")
    assert "CIHL-47" in concerns, concerns
    assert ("GCIII-13" in concerns) is in_hands, concerns


def test_a_log_entry_of_seven_short_lines_is_read_whole(check):
    # one returnee's debrief in terse lines: the reception beating is what happened to the captured marine
    text = ("Interview log 17. M, 34, marine, captured in Mariupol in April, came back in the February exchange. "
            "Describes the reception at a facility in Donetsk oblast. Ran between two rows of guards. "
            "Guards beat everyone with truncheons. Woke up with broken ribs. Lost about 25 kg.")
    assert len(text) <= 900
    concerns = kinds(check(text), "concern")
    assert "GCIII-13" in concerns, concerns


@pytest.mark.parametrize("text", [
    "An RSF fighter films himself with a captured SAF officer, pulling his beard and making him say 'the Rapid "
    "Support are the lions of Sudan' over and over.",
    "An RSF fighter filmed himself with a captured SAF officer and made him say 'the Rapid Support are the lions "
    "of Sudan' over and over.",
])
def test_a_forced_slogan_reads_in_any_tense(check, text):
    assert "CIHL-90" in kinds(check(text), "concern")


@pytest.mark.parametrize("text,provision", [
    ("My brother fought with Ansar Allah and was captured near Marib. A man who was released saw him in a prison in "
     "Aden, hung up by the wrists, electricity on his body.", "CIHL-90"),
    ("Several Ukrainian prisoners of war said interrogators wired their fingers and switched on current whenever "
     "they would not answer.", "GCIII-130"),
    # a pistol is no side: the pilot who fought with one to evade capture was not a captive
    ("The pilot escaped with his parachute but was killed on the ground while he fought with a pistol to evade "
     "capture, hung by the wrists from a tree.", None),
])
def test_torture_told_in_plain_words(check, text, provision):
    concerns = kinds(check(text), "concern")
    assert (provision in concerns) if provision else not concerns, concerns


@pytest.mark.parametrize("text,fires", [
    # a harm tied to not speaking is coercion in questioning
    ("A captured Russian soldier said: 'One of them kept asking my unit, and each time I said I don't know he hit me "
     "on the legs with the rifle butt.'", True),
    ("The captured airmen said they had been told they would be killed unless they read out the words written for "
     "them.", True),
    # a condition about something else is not
    ("The captured soldiers said the guards told them that if they didn't eat quickly the food would be taken "
     "away.", False),
])
def test_a_harm_tied_to_not_speaking_is_coercion(check, text, fires):
    assert ("GCIII-17" in kinds(check(text), "concern")) is fires


def test_no_prisoners_in_a_caption_holds_no_one(check):
    # a soldier surrendering to a drone is attacked: he was never in custody, so the posting of the footage
    # is not the exposure of a captive
    text = ("Drone footage posted on a Telegram channel. A Ukrainian soldier throws his rifle away and kneels with both "
            "arms up toward the drone. Twenty seconds later a second drone explodes beside him. Caption: no prisoners "
            "today.")
    assert "GCIII-13" not in kinds(check(text), "concern")


@pytest.mark.parametrize("text,conflict", [
    # 2001-2002: the Taliban were the government of Afghanistan, at war with the US-led coalition
    ("In late November 2001 several thousand Taliban fighters who had surrendered at Kunduz were packed into sealed "
     "containers; guards fired into the containers.", "international"),
    # later, an armed group against the Afghan State and its allies
    ("In 2010 Taliban fighters captured two Afghan soldiers near Kandahar and shot them.", "non-international"),
    # a year before a verb ending in "s" is still a date: "November 2001 was", not "2001 soldiers"
    ("The fall of the city in November 2001 was meant to end the siege; the Taliban fighters who surrendered were "
     "shot.", "international"),
])
def test_the_war_against_the_taliban_government_was_between_states(check, text, conflict):
    assert check(text).context.conflict == conflict


@pytest.mark.parametrize("text,conflict", [
    # 2001: Taliban fighters held by an Afghan commander's men or a militia -- Afghans against Afghans, no foreign
    # State's forces named
    ("In December 2001 Taliban fighters who gave up near Mazar were handed to Dostum's men, who locked them in a "
     "school and beat them for days.", "non-international"),
    ("Late 2001: a local militia took forty Taliban fighters at the pass and shot the wounded among them.",
     "non-international"),
    # near misses: the same year with foreign forces named beside the militia stays a war between States
    ("In November 2001 a militia working with US special forces took forty Taliban fighters and beat them.",
     "international"),
    ("In 2001 American troops and an allied militia held Taliban prisoners in a fort; guards beat them.",
     "international"),
    # "us" in a captive's words names no foreign army
    ("November 2001. 'After we surrendered, Dostum's militia told us to get into the trucks, then beat us,' a "
     "Taliban fighter says.", "non-international"),
])
def test_taliban_held_by_an_afghan_faction_in_2001_is_an_internal_war(check, text, conflict):
    assert check(text).context.conflict == conflict


@pytest.mark.parametrize("text", [
    "In late November 2001 Taliban fighters who had surrendered at Kunduz were packed into sealed containers.",
    "In 1944 German guards shot British prisoners of war at the camp.",
])
def test_a_date_that_unbinds_protocol_i_is_not_blamed_on_a_state_named(check, text):
    # the explanation gives the date as the reason, not "a State named in the text is not a party"
    explanation = check(text).context.explanation
    assert "Additional Protocol I" in explanation
    assert "A State named in the text is not a party" not in explanation


def test_accented_place_names_read_as_written_without_accents(check):
    # "Mitú" is the lexicon's "mitu": the FARC's war is an internal one
    text = ("I was a corporal when they took the base at Mitú. For twelve years the guerrillas kept us with a chain "
            "around the neck, padlocked to the next man.")
    assert check(text).context.conflict == "non-international"


def test_accent_folding_keeps_offsets():
    from checker.text import normalise

    text = "Żagań, Caquetá, Mitú, São Tomé"
    assert len(normalise(text)) == len(text)
    assert normalise(text) == "zagan, caqueta, mitu, sao tome"


@pytest.mark.parametrize("text", [
    "Clip is 2:14 long. Three young guys in Russian pixel camo on a bench, faces fully visible; one gives his name, "
    "his village and his unit number. A voice behind the camera asks what they want to tell their mums.",
    "The pictures show five American soldiers from a supply unit ambushed near Nasiriyah, questioned one by one on "
    "camera. "
    "A man with a bandaged arm gives his name.",
])
def test_men_in_uniform_questioned_on_camera_are_captives(check, text):
    a = check(text)
    assert a.context.pow_context
    assert "GCIII-13" in kinds(a, "concern")


@pytest.mark.parametrize("text, informed", [
    # the captor or the ICRC tells the family, or lets the captive call: Art. 70 respected
    ("The ICRC informed the family of the captured soldier that he is alive and held in a camp near Lviv.", True),
    ("The captured pilot was allowed to call his mother to tell her he was alive.", True),
    # the family finds out by chance, from the captor's own clip or a freed comrade: nobody informed it
    ("His mother recognised him from a clip on a Telegram channel; that is the only sign of life since October.", False),
    ("The family of the captured marine found out he was alive from a cellmate released earlier.", False),
])
def test_a_family_informed_is_not_a_family_that_found_out_by_chance(check, text, informed):
    assert ("GCIII-70" in kinds(check(text), "observance")) is informed


@pytest.mark.parametrize("text, visit", [
    ("ICRC delegates visited the camp and interviewed the prisoners of war in private.", True),
    # another body's visit is not the ICRC's (labelling rule 8), even where the ICRC is named beside it
    ("Monitors from the UN mission visited a POW camp and interviewed 50 captured soldiers privately. Each man may "
     "send letters via the ICRC.", False),
    ("Visit notes, POW camp (monitoring team; not ICRC): the captured soldiers say they are fed three times a day.",
     False),
])
def test_only_the_icrc_or_a_protecting_power_makes_an_article_126_visit(check, text, visit):
    assert ("GCIII-126" in kinds(check(text), "observance")) is visit


def test_a_hospital_named_as_a_place_is_no_care_given(check):
    # a place near the captives, or where they were attacked, is not care given to them
    near = ("Several hundred prisoners of war were held in the old refrigeration plant, a few metres from a field "
            "hospital and an ammunition dump that was bombed.")
    assert "GCIII-30" not in kinds(check(near), "observance")
    worn = ("Captured Houthi fighters, some barefoot and bandaged, were marched past the cameras in the Yemeni town.")
    assert "GCIII-3" not in kinds(check(worn), "observance")
    below = "The Commission finds that the medical care given to the prisoners of war fell below the required minimum."
    assert "GCIII-30" not in kinds(check(below), "observance")
    cared = ("Two captured enemy soldiers with fragment wounds were evacuated to the field hospital that morning.")
    assert "GCIII-30" in kinds(check(cared), "observance")


def test_care_for_the_captured_wounded_is_common_article_3_good_practice_in_an_internal_war(check):
    # Art. 3(2): the wounded and sick are collected and cared for, whoever holds them
    text = ("Myanmar: resistance fighters overran a junta outpost and captured 12 soldiers; four with gunshot wounds "
            "were treated by resistance medics on the spot.")
    a = check(text)
    assert a.context.conflict == "non-international"
    assert "GCIII-3" in kinds(a, "observance")
    assert "GCIII-30" not in kinds(a, "observance")  # an international-conflict article


def test_a_drone_that_guides_a_surrender_in_is_no_attack(check):
    guided = ("Drone feed: a Russian soldier in a trench waves at the hovering drone, which drops him a note telling "
              "him to follow. He walks behind it for two kilometres and is taken in at a Ukrainian position.")
    a = check(guided)
    assert a.context.pow_context
    assert "API-41" in kinds(a, "observance")
    assert "API-41" not in kinds(a, "concern")
    struck = ("A Russian soldier waved at the drone with his hands up; the drone dropped a grenade on him instead.")
    assert "API-41" not in kinds(check(struck), "observance")


def test_captured_fighters_of_a_side_are_captives_not_a_figure(check):
    # "a prisoner of his coalition partners" is a figure of speech; "captured fighters of a rival coalition" is not
    a = check("Libya: a commander shot seven kneeling men in orange overalls, captured fighters of a rival armed "
              "group, one after another.")
    assert a.context.pow_context
    assert {"GCIII-3", "CIHL-89"} <= kinds(a, "concern")
    assert not check("The prime minister is a prisoner of his coalition partners, the opposition said.").context.pow_context


def test_captives_named_in_russian_or_ukrainian(check):
    # posts and hashtags from the war's channels name the captives in their own language
    a = check("пленные ВСУ 😂 made them crawl to the truck on their knees and bark like dogs for the camera. "
              "full vid in our channel #СВО")
    assert a.context.pow_context and a.context.conflict == "international"
    assert {"GCIII-13", "GCIII-14"} <= kinds(a, "concern")
    assert check("Наші полонені повернулися додому: 95 defenders are home after the exchange.").context.pow_context


def test_recaptured_escapers_are_captives_but_a_recaptured_city_is_not(check):
    a = check("The court found that the fifty recaptured officers were handed over to the secret police and shot "
              "on lonely roads.")
    assert a.context.pow_context
    assert {"GCIII-13", "GCIII-130"} <= kinds(a, "concern")
    assert not check("Ukrainian forces move to recapture the city of Lysychansk from pro-Russian rebels."
                     ).context.pow_context
    assert check("Rebels captured the base and 40 soldiers.").context.pow_context


def test_a_pronoun_that_captures_is_the_captor(check):
    # "they have seized a town": the rebels named before are the captors, not the soldiers named before them
    text = ("Authorities find a mass grave of soldiers killed during the war forty years ago. Rebels in the region "
            "say they have seized a town and freed two UN workers.")
    assert not check(text).context.pow_context
    # a passive still reaches back: the soldiers named before are the captives
    text = "Five soldiers on patrol went missing near the border. Radio later announced they had been captured."
    assert check(text).context.pow_context
    # and a cage holds whoever is in it
    a = check("The Jordanian pilot whose jet came down near Raqqa was burned alive in a cage by ISIS.")
    assert a.context.pow_context and "CIHL-89" in kinds(a, "concern")


def test_captured_alive_then_shot_is_a_killing_whatever_battle_they_were_taken_in(check):
    a = check("Army investigators concluded that two soldiers from the ambushed convoy had been captured alive and "
              "were shot afterwards.")
    assert {"GCIII-13", "GCIII-130"} <= kinds(a, "concern")
    # a battle report that captured some and killed others is no killing of captives
    b = check("The army says it killed 20 militants and captured 12 others in the ambush.")
    assert "GCIII-130" not in kinds(b, "concern")


def test_a_sentry_who_saw_is_no_icrc_visit(check):
    text = ("Stalag notebook, 1942: for us the Red Cross parcels arrived again this week; I shared my biscuits with "
            "the Russian prisoners of war through the fence until a sentry saw me.")
    assert "GCIII-126" not in kinds(check(text), "observance")
    assert "GCIII-126" in kinds(check("The ICRC delegate saw each prisoner of war alone, without guards."), "observance")


def test_grozny_places_the_story_in_an_internal_war(check):
    a = check("After the railway station in Grozny the fighters take six of us, conscripts. Two from my platoon, "
              "they shot them in the pit.")
    assert a.context.conflict == "non-international"


@pytest.mark.parametrize("text", [
    "Russia's defence ministry gave Ukrainian forces in Mariupol until 5 a.m. on Monday to lay down their arms.",
    "The general urged the besieged soldiers to lay down their arms; they refused.",
])
def test_a_surrender_demanded_is_no_surrender(check, text):
    assert not check(text).context.pow_context


def test_a_surrender_made_still_counts(check):
    assert check("The soldiers at the post laid down their arms and were marched away by the rebels.").context.pow_context


def test_paramilitaries_beside_two_states_do_not_make_an_internal_war(check):
    a = check("More than 90,000 Pakistani soldiers and paramilitaries who laid down their arms in Dacca in December "
              "1971 spent up to two more years in camps in India.")
    assert a.context.conflict == "international"


def test_trains_that_did_not_cross_return_no_belongings(check):
    text = ("New Delhi tied the prisoners of war's return to talks on recognition, and the last trains did not cross "
            "at Wagah until April 1974.")
    assert "GCIII-18" not in kinds(check(text), "observance")


@pytest.mark.parametrize("text, held", [
    # the fighters' families, in a clause set off by a comma, are the people held ...
    ("Caption notes for the desk: women and children from families of suspected ISIS members, held behind fences "
     "at a camp south of Mosul.", False),
    # ... but the relatives of captured soldiers are not, and the soldiers are captives
    ("Relatives of nine soldiers captured by Islamic State fighters gathered in Niamey.", True),
])
def test_the_full_context_reading_tells_the_fighters_from_their_kin(ruleset, text, held):
    """Read past the cheap pre-check (tests/test_fast_paths.py holds it to the full reading)."""
    from checker.context import detect
    from checker.matcher import matcher_for
    from checker.text import Sentences
    m = matcher_for(ruleset)
    assert detect(text, m.scan(text), Sentences(text), m).pow_context is held


def test_boko_alone_names_the_armed_group(check):
    # Nigerian English: "Boko" for Boko Haram and its fighters, an internal war
    a = check("Soldiers catch 4 boko boys after di fight near Bama, dem tie their hand for back and shoot all four.")
    assert a.context.pow_context and a.context.conflict == "non-international"
    assert {"GCIII-3", "CIHL-89"} <= {f.provision for f in a.findings if f.assessment == "concern"}


@pytest.mark.parametrize("text,captives", [
    # suspects of an armed group taken by soldiers are its fighters, captured
    ("Philippine Army soldiers capture five suspected members of the terrorist group Abu Sayyaf in a raid on Basilan.",
     True),
    # a civilian accused of membership, and suspects arrested by the police, are not
    ("The airstrike targeted a traditional elder accused of being an Al-Shabaab member, and was executed in "
     "coordination with the federal government.", False),
    ("Police arrest 161 people suspected of being members of the Islamic State (IS) and seize IS documents in raids.",
     False),
])
def test_suspected_members_of_an_armed_group(check, text, captives):
    assert check(text).context.pow_context == captives


def test_the_fight_a_captive_was_taken_in_does_not_make_his_killing_a_combat_death(check):
    # "captured in an ambush" tells where the men were taken, not what killed them
    a = check("The group held a trial lasting under an hour, then shot dead two army soldiers captured in an ambush "
              "last week.")
    assert "CIHL-89" in kinds(a, "concern")
    # ... also when the fight is named by its place
    c = check("New clip: four men it says are army soldiers captured in the Malam Fatori attack, kneeling in orange, "
              "then all four shot from behind.")
    assert "CIHL-89" in kinds(c, "concern")
    # soldiers killed in the ambush itself are battle dead
    b = check("Two soldiers were killed in an ambush by the rebels and three others were captured.")
    assert not kinds(b, "concern") & {"CIHL-89", "GCIII-3", "GCIII-130", "GCIII-13.1"}


def test_a_fight_named_only_as_the_time_or_the_charge_is_not_what_killed_the_captives(check):
    # "after the fighting" dates the killing; it is not its cause
    a = check("In the first days after the fighting around Badme in 1998, Eritrean soldiers killed, where they lay, "
              "several wounded Ethiopian soldiers who had been captured and could not walk.")
    assert {"GCIII-13", "GCIII-130"} <= kinds(a, "concern")
    # ... nor is the fighting a captive was tried for
    c = check("Al-Shabaab brought a government soldier they had captured to the market; their qadi found him guilty "
              "of apostasy for fighting with the government, and he was shot in front of everyone.")
    assert "CIHL-89" in kinds(c, "concern")
    # a fight that did the killing still does: "after a firefight that killed 2 of the captors"
    b = check("Rebel forces at a checkpoint freed the captured soldiers after a firefight that killed two of the "
              "captors.")
    assert not kinds(b, "concern") & {"GCIII-130", "CIHL-89"}


def test_guards_who_fire_while_the_fighting_goes_on_around_them_kill_their_captives(check):
    # the shells are the fighting's, the shots the guards'
    a = check("Three captured soldiers sat in a gully under guard. Next afternoon our mortars started landing on the "
              "hill, and the guards just turned and fired into them where they sat.")
    assert "GCIII-130" in kinds(a, "concern")
    # the guards named, but the shells did the killing
    b = check("Three captured soldiers sat in a gully under guard. Next afternoon mortar fire landing on the hill "
              "killed two of them while the guards ran for cover.")
    assert "GCIII-130" not in kinds(b, "concern")


def test_a_pilot_come_down_is_a_captive_only_when_taken_in_a_war(check):
    for text in ("A crop-duster pilot crashed in a field and villagers pulled him out of the wreckage.",
                 "The pilot ejected over the sea; the navy's rescue helicopter reached him within the hour."):
        a = check(text)
        assert not any(f.assessment == "concern" for f in a.findings), text


def test_a_downed_crew_brought_in_or_got_alive_is_in_the_captors_hands(check):
    # the crewmen brought to the captors' post, the pilot "got alive" after the side "brought down" his jet
    for text in ("The two crewmen of the downed helicopter were brought to the company command post at 1620. The "
                 "sergeant beat them with a rifle butt.",
                 "The rebels brought down the army jet near the town today and got the pilot alive. In the video they "
                 "kick him and call him a dog."):
        a = check(text)
        assert a.context.pow_context, text
        assert kinds(a, "concern"), text
    # brought to his own side's base by a rescue team, no war named: no captive
    b = check("The two crewmen of the downed helicopter were brought to the base by a rescue team and treated.")
    assert not b.context.pow_context


def test_a_downed_airman_told_in_the_passive_is_in_the_captors_hands(check):
    # the aviators themselves the subject: "after being shot down ... they were beaten"
    a = check("At the hearing two navy aviators said that after being shot down over the gulf in 1991 they were "
              "beaten for days until they read statements against the war.")
    assert a.context.pow_context
    assert "GCIII-13" in kinds(a, "concern")
    # denied, the passive is no capture
    b = check("The pilot was shot down over the sea but he was not captured; his own navy picked him up.")
    assert not b.context.pow_context


def test_an_airman_fired_on_in_his_descent_is_out_of_combat_but_no_captive(check):
    # API Art. 42 protects him in the air, wherever he lands; the treatment of captives does not apply yet
    for text in ("Our pilot bailed out over Avdiivka; Russians shot at his parachute all the way down.",
                 "After our pilot ejected over Bakhmut, Russian troops fired at him as he came down under his "
                 "parachute. He landed wounded in Ukrainian-held territory."):
        a = check(text)
        assert a.context.pow_context, text
        assert kinds(a, "concern") == {"API-42"}, text
    # fire at the aircraft is no attack on the men who bail out of it
    b = check("Russian troops fired at the jet over Bakhmut; the pilot ejected and landed in Ukrainian-held territory.")
    assert not b.context.pow_context


def test_a_suspect_held_is_still_a_civilian_detainee(check):
    a = check("Police arrested a suspect after the robbery. The prisoner was beaten in the cell.")
    assert not a.context.pow_context


def test_the_enemys_wounded_in_our_care_are_in_our_power(check):
    a = check("After the position fell, eleven wounded enemy soldiers were collected. Our medics treated them "
              "alongside our own casualties.")
    assert a.context.pow_context
    assert any(f.assessment == "observance" for f in a.findings)
    # the verb "wounded" with the enemy as its object names no one in our hands
    b = check("Artillery fire wounded enemy soldiers near the village, the army said.")
    assert not b.context.pow_context


@pytest.mark.parametrize("text", [
    "I drive a tractor, I never served a day. They came for me because my son is in the army. They hit my kidneys "
    "with a pipe and kept asking where the positions were.",
    "I'm seventy-two. I kept sheep above the village and never held a gun in my life. They took me out of my own "
    "yard and kept me with men from the other villages, and they hit me on the head.",
    # a hostage who names his trade or says he never wore a uniform
    "From a talk by a former senator: they took me off a bus in 2001. For seven years I slept in the jungle with a chain "
    "around my neck, and they said I would be freed only when the government let their men out of prison. I was a "
    "politician; I had never worn a uniform.",
    "From a memoir by a former news agency correspondent: I was taken off a street in 1985 by men from a group nobody "
    "had heard of and kept chained for six years. My captors wanted their comrades freed from prisons abroad.",
])
def test_a_witness_who_says_he_never_fought_is_a_civilian(check, text):
    a = check(text)
    assert not a.context.pow_context, text


@pytest.mark.parametrize("text", [
    # the place they are held in, after "of": no likeness ("a prisoner of circumstance")
    "Fri. 1200: POWs of hut 4 held Friday prayers, own imam leading, approx. 60 present.",
    # an armed group's small unit stands for its fighters
    "We caught the ALN section in the wadi at dawn; three were wounded and five gave up.",
    # the capture of the one spoken to
    "PROSECUTOR: After your capture, where were you held? WITNESS: Two days in their forward dugout.",
    # a surrender guided by a drone
    "The Russian guy took his helmet off, waved, and walked after the drone for a kilometre to our trench.",
    # a fighter's own account, the captor named
    "I was soldier in 3rd Presidential Protection brigade, Ansar Allah take me near Nihm in 2018.",
    # the other side named as the one who took them, the fighters told earlier in the sentence
    "brother I saw the clip, these are our boys from the Armoured Corps, the Rapid Support took them near "
    "Al-Shajara. They make them lie face down in the mud.",
    # others who gave up with them, between the fighters and the verb
    "About 2,400 army soldiers and their dependants surrendered to the MNDAA, and the wounded were beaten.",
    # a release told first, the fighter after the comma; the journalists he told are not the people held
    "Released after 18 months, the sergeant told journalists that he was beaten with a metal pipe.",
    # the men in a uniform, taken up again as "the men"
    "The video appears to show soldiers shooting at least seven unarmed men in Armenian uniform who are sitting or "
    "lying on the ground, next to a pile of bodies. Armenia says the men surrendered during the September fighting.",
    # an insurgent found and bound by the soldiers
    "Soldiers who found an insurgent hiding in a maize field tied his elbows behind his back and questioned him.",
    # the men of a force, singular
    "Three soldiers of the resistance force were captured after a firefight.",
    # ... or set off by a comma, the participle passive
    "The guerrillas handed 17 wounded government soldiers to Red Cross delegates. The men, captured in clashes in "
    "September, had been treated by guerrilla medics.",
])
def test_captives_told_in_more_words(check, text):
    assert check(text).context.pow_context, text


@pytest.mark.parametrize("text", [
    "Exercise debrief: cadets of 2nd platoon role-played captured enemy soldiers for the detention-handling "
    "serial. Instructors noted that the 'guards' forgot to record personal effects.",
    # a film being shot, a camp re-enacted
    "Day 19 of the shoot. Ten hours in the bamboo cage on the jungle set for the POW escape scenes; make-up painted "
    "whip marks on our backs. I actually lost four kilos for the part.",
    "This year's summer event at the farm recreated a 1944 prisoner cage. Members in field grey took turns being "
    "'captured' and marched to the wire.",
    # a chess game
    "Bxf6 captured the knight, the black queen became a prisoner on h8, and Black surrendered the exchange, then "
    "resigned.",
    "Club bulletin: in round four Elena sacrificed a knight, captured both rooks and forced her opponent to surrender on "
    "move 31. Her prisoner-of-war approach to endgames is becoming famous.",
    # a review of a drama, a football match
    "Review: this six-part drama follows a downed pilot in an imaginary desert war, from capture through interrogation "
    "to a tense prisoner exchange. The torture scenes are hard to watch. Four stars.",
    "...and they've surrendered possession again! The visitors are prisoners in their own half, three defenders "
    "captured by that press!",
    # a film shown at a club, a survival school run by the pilots' own side
    "Film society newsletter: next Thursday we screen a classic about a colonel so proud of the bridge his captive "
    "men are building that he forgets whose war he is fighting. Wine afterwards.",
    "Survival school, as a retired pilot remembers it: three days in a mock camp in the woods, hooded, in a cold "
    "cell, shouted at by our own sergeants.",
    # a game of Go, a derby on the radio, soldiers beaten by their own older comrades in barracks
    "Go club results: in round three Mrs Okafor captured a large group in the lower right and finished with 31 "
    "prisoners. Her opponent surrendered before the clock ran out.",
    "Radio commentary of the Zagreb derby: Hajduk is captured in its own half, prisoners of the pressing! The defenders "
    "have surrendered!",
    "Our helpline took 1,400 calls from mothers of conscripts last year: beatings by older soldiers at night, one boy "
    "made to crawl and bark. All of it happened inside their own units, in peacetime garrisons.",
    # a film reviewed, its stars given
    "The march sequences are harrowing, and the lead is convincing as a gaunt prisoner of war who refuses to break, "
    "but the third act throws the tension away. Three stars.",
    # a staff exercise's scenario
    "EXERCISE INJECT 14 (fictional). At 0600 your section detains two soldiers of the opposing force. One has a "
    "tourniquet on his thigh. TASK: brief your section on evacuating the casualty.",
])
def test_captives_played_in_an_exercise_a_film_or_a_reenactment_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, text


def test_a_thing_captured_in_good_condition_holds_no_one(check):
    a = check("Trophy! Fighters of the 93rd brigade captured in good condition a Russian T-90M tank near Bakhmut. "
              "The crew ran away into the forest.")
    assert not a.context.pow_context
    assert check("Soldiers of the 93rd brigade captured in the forest were beaten.").context.pow_context


def test_names_kept_back_are_protection_from_curiosity_only_where_images_are_spoken_of(check):
    a = check("The ministry released photos of the prisoners of war with their faces blurred and their names withheld.")
    assert any(f.provision == "GCIII-13.2" and f.assessment == "observance" for f in a.findings)
    for text in ("Summary of debriefing, three returned prisoners of war (names withheld). All three say they were fed.",
                 "For months Damascus refused to publish the names of the Israeli airmen it was holding."):
        b = check(text)
        assert not any(f.provision == "GCIII-13.2" and f.assessment == "observance" for f in b.findings), text


def test_a_letter_is_contact_only_when_told_as_sent_or_received(check):
    a = check("Diary, Stalag VIII-B, 3 Dec 43. Parcel day for the prisoners. Two letters from Mum, one dated August.")
    assert any(f.provision == "GCIII-71" and f.assessment == "observance" for f in a.findings)
    for text in ("Screenshot going round: two captured soldiers, shirtless, a big letter Z shaved into their hair.",
                 "On state television one of the captured sailors read out a letter apologising for trespassing."):
        b = check(text)
        assert not any(f.provision == "GCIII-71" and f.assessment == "observance" for f in b.findings), text


@pytest.mark.parametrize("text", [
    "These were not men who had surrendered. They were units pulling out of the city with their weapons, and the "
    "aircraft caught the column on the ridge. Hundreds died.",
    "The guy was running back toward their trench, rifle still in his hands, and our sniper dropped him. He was still "
    "fighting. None of them had raised their hands.",
])
def test_a_surrender_told_as_not_made_puts_no_one_in_the_enemys_hands(check, text):
    assert not check(text).context.pow_context, text


def test_a_surrender_beside_a_weapon_given_up_is_still_a_surrender(check):
    a = check("Drone feed: one Ukrainian infantryman, no weapon, arms raised, walking towards the Russian trench line. "
              "A second drone hits him forty metres short.")
    assert a.context.pow_context
    assert any(f.provision.startswith("API-41") for f in a.findings)


@pytest.mark.parametrize("text", [
    "The prisoners of war of the beaten army were registered by the ICRC at the camp.",
    "The commission found that captured soldiers were stripped of their watches, rings and cash, and that no receipts "
    "were given.",
])
def test_a_defeated_army_and_belongings_taken_are_no_violence_or_degradation(check, text):
    a = check(text)
    assert not any(f.provision in ("GCIII-13.1", "GCIII-14", "GCIII-130") and f.assessment == "concern"
                   for f in a.findings), [(f.provision, f.assessment) for f in a.findings]


def test_weapons_handed_to_a_peace_mission_are_no_surrender_to_the_enemy(check):
    assert not check("Peace process bulletin. More than 6,800 FARC members have now handed their weapons to the UN "
                     "mission in the 26 transition zones.").context.pow_context
    assert check("The rebels handed their weapons to the army patrol and were then beaten.").context.pow_context
    # arms laid down under a peace deal: former fighters, not captives ("ex-combatants killed by gunmen" is no killing
    # of men in enemy hands)
    assert not check("Mission bulletin: combatants who surrendered their arms under the peace agreement are in "
                     "vocational training; two of them were killed in Cauca by unidentified gunmen.").context.pow_context


def test_a_man_held_for_supporting_an_armed_group_is_a_civilian_detainee(check):
    a = check("URGENT ACTION. Ko, a 24-year-old man, was stopped at an army checkpoint in Sagaing, accused of supporting "
              "the resistance because of a photo on his phone, and taken to an interrogation centre where former "
              "detainees say beatings are routine.")
    assert not a.context.pow_context


def test_a_peoples_name_with_the_participle_after_it_names_captives(check):
    assert check("Note to self: the four Russians taken at the crossroads are still in the school basement, third week "
                 "now.").context.pow_context
    assert not check("The four Russians taken to hospital after the crash are recovering.").context.pow_context


def test_a_trawlers_crew_held_across_a_sea_border_are_not_captives_of_a_war(check):
    text = ("For three years his family heard nothing. A security boat from across the border seized his trawler near "
            "the disputed line and arrested the whole crew. 'We were prisoners only because the sea has no fences,' "
            "he says.")
    a = check(text)
    assert not a.context.pow_context
    assert not [f for f in a.findings if f.assessment == "concern"]


def test_a_captives_state_after_the_participle_keeps_it_passive(check):
    # "captured wounded": the fighters were taken, wounded; not "rebels captured wounded soldiers" (the rebels took them)
    a = check("Two resistance fighters captured wounded after the clash were kept by army troops for eleven days and "
              "beaten on the march.")
    assert a.context.pow_context
    assert "CIHL-90" in kinds(a, "concern")
    b = check("Rebels captured wounded soldiers at the field hospital and beat them.")
    assert [e.text for e in b.context.evidence if "Rebels" in e.text] == []


@pytest.mark.parametrize("text", [
    "Findings, compound 2. The prisoners' representative elected in January was removed by the camp administration "
    "the day after he handed the visiting delegates a written complaint about rations.",
    "The SBO, the senior British officer, complained again about the lights in the cells.",
])
def test_the_conventions_own_offices_in_a_camp_name_prisoners_of_war(check, text):
    assert check(text).context.pow_context, text


def _corpus_item(name: str, item_id: str) -> dict:
    path = Path(__file__).resolve().parent / "corpus" / name
    return next(d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d["id"] == item_id)


def test_a_release_made_conditional_names_its_captive_by_itself(check):
    # "he would go free only if the army pulled its battalion out", four turns of a broadcast after the corporal
    # was last named: "go free only if" says a captive is meant, whatever pronoun carries it (a blind author's text)
    a = check(_corpus_item("varied25.jsonl", "v38-093")["text"])
    assert "CIHL-96" in kinds(a, "concern"), [(f.provision, f.assessment) for f in a.findings]


def test_soldiers_of_a_side_named_by_its_enemies_are_the_ones_captured(check):
    assert check("The rebel court found three soldiers of the criminal regime captured at the bridge guilty of "
                 "fighting and sentenced them to death.").context.pow_context
    assert not check("The jailed minister signs his letters 'a prisoner of war of this regime'; a jury convicted him "
                     "of taking bribes.").context.pow_context


def test_a_negation_before_a_sides_name_does_not_unname_the_side(check):
    # "none of the Taliban fighters": what is denied is their status, not that the Taliban fought; early 2002 is
    # the war between States (the rule for the Taliban of 2001-2002)
    a = check("Memo: in early 2002 the administration decided that none of the Taliban fighters captured in "
              "Afghanistan would be treated as prisoners of war, and it held no hearing on any man's status.")
    assert a.context.conflict == "international", a.context.explanation


def test_blows_told_with_their_place_are_blows_not_a_win(check):
    a = check("Rebels captured two soldiers and beat them in a village school for three days.")
    assert "GCIII-3" in kinds(a, "concern"), [(f.provision, f.assessment) for f in a.findings]
    b = check("Rebels captured two soldiers after the army beat them in battle at the river.")
    assert not kinds(b, "concern") & {"GCIII-3", "CIHL-90"}


@pytest.mark.parametrize("text", [
    # prisoners and the compounds that hold them, with no fighter word and no war named
    "Guards marched the Korean prisoners between the compounds of the island camp, and several were beaten on the way.",
    "The prisoners were pushed back into the compound after the count, and two of them were kicked at the gate.",
])
def test_prisoners_held_in_compounds_are_captives(check, text):
    assert check(text).context.pow_context, check(text).context.explanation


@pytest.mark.parametrize("text", [
    "Prisoners at the county jail complained that the guards served cold food.",
    "In the refugee camp the prisoners' wives waited for news of the trial.",
    # a camp alone holds civilians too
    "At the internment camp by the lake the prisoners were woken at five and counted twice before the soup came.",
])
def test_prisoners_without_compounds_that_hold_them_are_not_captives(check, text):
    assert not check(text).context.pow_context


def test_a_swap_told_by_its_counts_or_a_homecoming_is_an_exchange_of_captives(check):
    assert check("My brother came home in yesterday's exchange, thin but alive.").context.pow_context
    # the dead handed back, and a civilian come home, are no captured fighters
    assert not check("Her body came back in an exchange of remains in the spring, and my family buried her.").context.pow_context
    assert not check("The farmer, a civilian who never served, came home in the December exchange.").context.pow_context


# --- kind of conflict: places, sides and groups that name the war (conflict.py, lexicon iac/niac/states) ---

@pytest.mark.parametrize("text", [
    # a patrol taken across the ceasefire line in Kashmir: the two States' war, though only "the army" is named
    "A patrol of five soldiers was taken by troops from across the Line of Control and the army got their bodies back "
    "three weeks later.",
    # Georgia and the Ossetian side of 2008: Russia's war, not one State against a militia
    "Georgian soldiers captured by South Ossetian militia were made to carry bodies through the streets of the town.",
    # the Vietnam war: North Vietnamese beside a guerrilla is still a war between States
    "The camp holds North Vietnamese and guerrilla prisoners, and several showed marks of beatings.",
])
def test_a_war_between_states_told_by_its_place_or_front_is_international(check, text):
    a = check(text)
    assert a.context.conflict == "international", a.context.explanation


@pytest.mark.parametrize("text", [
    "The eleven soldiers we took at the checkpoint were shot after the emir said there was no point feeding them.",
    "A staff sergeant was captured at his post. The group that held him announced a year later that he had died in "
    "an air strike.",
    "The soldiers of the French Union taken by the Viet Minh were marched for weeks to camps in the hills.",
])
def test_captors_told_as_an_armed_group_make_an_internal_war(check, text):
    a = check(text)
    assert a.context.conflict == "non-international", a.context.explanation


def test_two_sahel_states_and_no_armed_group_are_a_war_between_states(check):
    # Niger named as a State (a recruit's country) beside Chad and Libya, with no armed group: between States
    a = check("In the camp the Chadian guards keep us Libyan prisoners apart; those of us recruited from Niger "
              "sleep in open shelters.")
    assert a.context.conflict == "international", a.context.explanation


def test_a_force_that_laid_down_its_arms_dates_the_end_of_its_war(check):
    # years between the whole force's surrender and the homecoming: a late release; weeks are none
    late = check("We were soldiers of a field army who laid down our arms in August 1945. Many of us came back only "
                 "in 1956.")
    assert "GCIII-118" in kinds(late, "concern"), [(f.provision, f.assessment) for f in late.findings]
    soon = check("We laid down our arms in August 1945. Many of us came back in September 1945.")
    assert "GCIII-118" not in kinds(soon, "concern")


# --- the pre-check opens for an exchange told by its counts or by the side's own come home, for the convention on
# prisoners of war named by its number, and for a garrison's surrender told with "gave up"
@pytest.mark.parametrize("text", [
    "Swap done at the border this afternoon, 95 for 95. Among the returnees are eleven stretcher cases.",
    "The bus from the exchange reached the square at four. A hundred and three of ours, some in wheelchairs.",
    "On the exchange bus again tonight: of the 90 coming home today, fourteen travel lying down.",
])
def test_an_exchange_told_by_the_men_it_traded_passes_the_pre_check(check, text):
    from checker.matcher import matcher_for
    from checker.rules.loader import load_ruleset

    assert matcher_for(load_ruleset()).might_concern_captives(text.lower())
    assert check(text).context.pow_context, check(text).context.explanation


@pytest.mark.parametrize("text", [
    "Trading on the exchange closed early after the bank announced a 3 for 1 stock split.",
    "After the exchange of fire, 20 for 20 minutes the village was quiet.",
])
def test_a_count_beside_a_market_or_a_firefight_is_no_exchange_of_captives(check, text):
    assert not check(text).context.pow_context, check(text).context.explanation


def test_the_convention_on_prisoners_of_war_named_by_its_number_is_about_captives(check):
    a = check("Questions were asked in Parliament about the broadcast of two aircrew with bruised faces, and about "
              "what was said to the other government under the Third Geneva Convention.")
    assert a.context.pow_context, a.context.explanation
    # the convention named only to set civilians apart from it
    assert not check("Unlike the Third Geneva Convention, the Fourth protects civilians in occupied land.").context.pow_context


def test_a_garrison_that_gave_up_is_out_of_combat(check):
    assert check("After the siege the garrison gave up, and the victors counted the men in the square.").context.pow_context
    assert not check("The garrison gave up hope of relief long before the siege ended.").context.pow_context


@pytest.mark.parametrize("text", [
    "The ministry says 120 marines are home tonight after nineteen months; doctors met the buses at the border.",
    "Eighty paratroopers came home on Tuesday, four of them carried off the bus on stretchers.",
    "Among the 60 Armenians handed back at the checkpoint were three badly wounded conscripts.",
])
def test_a_count_of_fighters_home_again_is_a_return_from_captivity(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "The 300 paratroopers came home from the front in time for the parade.",
    "Forty sailors are home on leave until the frigate sails again.",
    "The bodies of 80 marines came home today in flag-draped coffins.",
    "After the flood, 50 villagers are home again and clearing the mud from their kitchens.",
    "Three hostages are home after the gang took the ransom.",
])
def test_troops_home_from_the_front_or_dead_or_civilians_are_no_return_from_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


def test_an_act_common_article_3_names_is_reported_under_it_too(check):
    # hostage-taking of a captured fighter in an internal war: CIHL-96, and common Article 3(1)(b) through
    # applies.also_under, with the same evidence and a reason that says where it was found
    a = check("The captured army corporal was held by the rebels for four years and was finally traded for three "
              "hundred of their prisoners.")
    assert a.context.conflict == "non-international"
    hostage = next(f for f in a.findings if f.provision == "CIHL-96" and f.assessment == "concern")
    ca3 = next(f for f in a.findings if f.provision == "GCIII-3" and f.assessment == "concern")
    assert [(e.start, e.end, e.cue) for e in ca3.evidence] == [(e.start, e.end, e.cue) for e in hostage.evidence]
    assert {e.element for e in ca3.evidence} == {"prohibited_act"} and ca3.confidence == hostage.confidence
    assert "found under CIHL-96" in ca3.confidence_reason
    assert "prohibited_act" in ca3.elements_met
    # not where common Article 3 does not apply: a war between States
    b = check("Russian forces said they would free the captured Ukrainian soldiers only if Kyiv released forty of "
              "their pilots.")
    assert b.context.conflict == "international"
    assert not [f for f in b.findings if f.provision == "GCIII-3"]


@pytest.mark.parametrize("text", [
    "The Mothers' Council keeps a candle lit for the girls the gang took from the village. Bring them home.",
    "Day 300 for the families of the kidnapped tourists. #BringThemHome",
])
def test_a_plea_to_bring_them_home_names_no_captured_fighters(check, text):
    # hostages and kidnapped civilians are pleaded for in the same words as captured soldiers
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "The biggest prisoner swap in decades freed two journalists and a dissident poet in return for a convicted "
    "smuggler held abroad.",
    # (a former serviceman among the civilians traded is no fighter taken)
    "In the prisoner swap, a former US Marine and two journalists were flown out in return for a convicted spy.",
    "A retired British officer's son, a reporter, was among those flown out in the prisoner exchange; the others "
    "were dissidents serving long sentences.",
])
def test_a_prisoner_swap_of_civilians_and_convicts_is_no_exchange_of_captured_fighters(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "The prisoner exchange on the bridge brought back forty soldiers and two journalists.",
    "In the prisoner swap, a dissident writer went east and twelve marines came home.",
    "A former US Marine captured near Kharkiv in 2022 was shown on state television.",
])
def test_a_swap_with_fighters_among_the_traded_or_a_former_marine_taken_stays_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a likeness or a name one gives oneself, not a captive
    "My flatmate says she is basically a prisoner of war now that her exams have captured every evening.",
    "Grandad calls himself a prisoner of war whenever the grandchildren take over his armchair.",
    "After the merger the old director said he felt like a prisoner in his own firm.",
])
def test_a_prisoner_told_as_a_likeness_is_no_captive(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Uncle Ivan came back from two years in German camps in 1945; the NKVD sent him to a mine in the Urals as a "
    "traitor for letting himself be taken alive.",
    "When the Allies handed us over, our own side put us in a checking camp and asked every night why I had allowed "
    "myself to be captured.",
])
def test_a_returnee_punished_by_his_own_side_for_being_taken_is_not_in_enemy_hands(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # still captives: the enemy holds them, and the words of own-side punishment are the captor's threats
    "The guards told the captured soldiers that their own side would call them traitors for letting themselves be "
    "taken, and beat them in the camp.",
    "Three Ukrainian servicemen captured near Bakhmut were shown on Russian television.",
])
def test_captives_of_the_enemy_stay_captives_near_those_words(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Round 3, Cinema. Q5: Which film shows British officers building a bridge for their captors in a jungle prison camp?",
    "Sunday matinee at the village hall: an old favourite about officers tunnelling out of a German prison camp.",
    "Forty years on, the director's war epic about a jungle prison camp still splits the critics.",
    "Old boys of the grammar school still call the boarding house the Stalag, for its cold showers and roll calls.",
])
def test_a_prison_camp_in_a_quiz_a_film_or_a_school_nickname_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Manzanar, winter 1942. The wind blows sand through the barrack walls and the guards in the towers watch us.",
    "Santo Tomas, March 1944: the camp commandant cut the rice ration again and the guards searched our room.",
])
def test_a_named_camp_of_interned_civilians_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "After the fall of the ridge we had about sixty of their soldiers in a barn behind the church; the captain "
    "ordered their boots taken.",
    "Radio log 0610: we hold three of their scouts caught at the river crossing, all unhurt, awaiting transport.",
    "I've never told this before. We've got a couple of hundred of their lads in the old warehouse and no blankets.",
])
def test_the_speakers_side_holding_a_count_of_theirs_is_captivity(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "We had two of their soldiers in our sights on the ridge but the order to fire never came.",
    "We never took one of theirs alive in that valley; they always fought to the last.",
    "We kept three of their villagers in the barn overnight until the road was open again.",
    "During the march we lost six of our soldiers to the cold.",
])
def test_theirs_seen_refused_or_civilians_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Our navigator was shot down on the third night of the air campaign. After his release he said the guards "
    "punched him for a whole day until he agreed to read their text on camera.",
    "The sergeant of the mortar platoon, seen on enemy television, later said they kicked him until he agreed to say "
    "the war was a crime.",
])
def test_a_captive_beaten_until_he_read_their_statement_is_captivity(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # no fighter or airman in the text, a court confession, or a civilian
    "The shopkeeper was questioned by the police for a night until he agreed to sign a statement about the theft.",
    "The schoolteacher in the occupied town was beaten until she agreed to say on camera that she welcomed the troops.",
    "Conscripts who would not go back were locked in a pit by their own officers until they agreed to fight again.",
])
def test_a_statement_forced_from_civilians_or_own_men_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Several thousand civilian volunteers are held without charge, some in the same prisons as prisoners of war, "
    "the ombudsman said.",
    "The island held civilian internees, kept apart from the prisoners of war on the mainland, and guards fired on "
    "them during a protest.",
])
def test_others_held_compared_with_prisoners_of_war_are_not_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


def test_prisoners_of_war_told_of_themselves_stay_captives(check):
    a = check("Prisoners of war in the same camp were beaten by the guards at every roll call.")
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # the men's own side disarms or holds them, told in the active voice
    "My husband is a corporal. When the fighting began, his own commanders disarmed him and the other men of his "
    "province and kept them in a barracks near the capital.",
    "We are sergeants of the northern regiment. Our own army disarmed us at the depot and locked us in a hangar "
    "for a month.",
    "The general staff disarmed hundreds of its own soldiers from the border districts and confined them to camp.",
])
def test_soldiers_disarmed_by_their_own_side_are_not_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # the enemy disarms them, or they fought against their own army after capture
    "Paratroopers disarmed the enemy soldiers at the bridge and marched them to a collecting point.",
    "Captured in the first winter, the conscripts were put into the enemy's uniform and sent to fight against "
    "their own army.",
    # their own side named beside a surrender, not as the one that disarms them
    "Their own officers had fled; the two hundred soldiers laid down their arms and the rebels beat them with rifle "
    "butts.",
])
def test_soldiers_disarmed_by_the_enemy_stay_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a captive noun denied by the words before it (not a status refused by the captor)
    "The tank crew were found burned in their hull after the artillery strike. Not prisoners - dead before the "
    "infantry arrived.",
    "Army leaflet: cross over to our lines and you will be received as a guest, not as a prisoner, and given food.",
    "Marines took the hill at dawn after a heavy barrage, the ministry said. No figures on prisoners were released.",
    "The patrol that reached the crossroads after the air raid said it found nobody left alive to take prisoner.",
])
def test_a_captive_word_denied_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a status refused by the captor is his label for men he holds; captives told plainly stay
    "The separatist court called the captured marines mercenaries, not prisoners of war, and sentenced them to death.",
    "Marines took the hill at dawn and the ministry said forty prisoners were taken to the rear.",
])
def test_a_status_refused_or_captives_told_stay_captivity(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a fighter back from the enemy's custody, named as a returnee: a debriefing, a testimony, an exchange
    "At the debriefing the returned pilots said the guards kept them in solitary for months.",
    "Notes from interviews with returned aircrew, 1954: several were made to sign statements.",
    "Testimony of a returned Georgian marine: they fed us once a day and beat us at roll call.",
    # a side's own men counted as home again, no exchange word needed
    "At last! 140 of ours are home tonight, thin but alive, and they say the food there was rotten.",
    "Two hundred of our boys came back home this morning after a year in their camps.",
])
def test_fighters_back_from_captivity_are_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # veterans, a sortie, troops home from the front or on leave, civilians home
    "The returned soldiers marched through the town on Remembrance Day, medals on their chests.",
    "The returned American soldiers opened a hardware shop after the war.",
    "The pilots returned to base after the raid and reported the bridge destroyed.",
    "140 of ours are home from the front for the holidays.",
    "After the flood, a hundred of our neighbours are home again and clearing the mud.",
    "Two hundred of our boys came home on leave before the new offensive.",
])
def test_veterans_troops_on_leave_or_civilians_home_are_no_return_from_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # the other side's wounded carried off or handed over: by an armed group, out of its hands, or named as enemies
    "After the clinic fell, the rebels came back with trucks and took away nine wounded army soldiers.",
    "The guerrilla front handed over twelve wounded soldiers of the national army to a church delegation.",
    "Our section pulled a wounded Taliban fighter out of the ditch and bandaged his arm.",
    "Red Cross staff collected six wounded government soldiers from a village the ELN controls.",
    "We carried two wounded enemy soldiers back to the aid post.",
])
def test_the_other_sides_wounded_taken_away_are_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a side's own wounded carried off, or the attackers' victims carried by others
    "Medics carried wounded soldiers to the field hospital after the night shelling.",
    "Al-Shabaab fighters stormed the base and medics carried wounded soldiers to the airstrip.",
    "Helicopters took the injured villagers to the district hospital.",
])
def test_own_wounded_carried_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


# custody scope of a longer text about one event: one sentence that does not open with a continuing word does not
# end the captives' story when it goes on after it; a sentence that turns to another event (shelling, civilians) does
_ONE_EVENT = ("Three weeks after the river crossing fell, the fate of its garrison is still unclear. "
              "Eleven soldiers of the garrison were taken prisoner by the attacking brigade on the second morning. "
              "They were driven to a farm used as a holding point and questioned in an unheated barn. "
              "A delegation of the protecting power asked to see the farm in the first week. "
              "No reply ever came, and nobody outside the brigade has seen the eleven since. "
              "The brigade's press office has published a short video of the men sitting against a wall. "
              "Military analysts expect the front to stay quiet until the spring thaw. "
              "Engineers on both banks have been laying new minefields along the water. "
              "The crossing itself, a pontoon bridge, was destroyed in the fighting.")
_SECOND_EVENT = ("Three weeks after the river crossing fell, the fate of its garrison is still unclear. "
                 "Eleven soldiers of the garrison were taken prisoner by the attacking brigade on the second morning. "
                 "They were driven to a farm used as a holding point and questioned in an unheated barn. "
                 "Shelling of the market in the district town killed four civilians on the same day. "
                 "Nobody was held to account for the deaths of the shoppers. "
                 "Military analysts expect the front to stay quiet until the spring thaw, and engineers on both banks "
                 "are laying mines. "
                 "Aid convoys have reached the district town twice this month, bringing flour, fuel and medicine. "
                 "The crossing itself, a pontoon bridge, was destroyed in the fighting and will not be rebuilt soon. "
                 "Ferries now carry the few cars that still cross.")


def _custody_of(check, text, monkeypatch):
    import checker.assess as assess_module
    seen = {}
    real = assess_module.custody_sentences

    def spy(text_, sents, context, hits, captive_terms):
        seen["scope"] = real(text_, sents, context, hits, captive_terms)
        seen["sentences"] = [text_[s:e] for s, e in sents.spans]
        return seen["scope"]

    monkeypatch.setattr(assess_module, "custody_sentences", spy)
    check(text)
    return {seen["sentences"][i] for i in seen["scope"]}, seen["sentences"]


def test_one_non_continuing_sentence_does_not_end_the_custody_of_a_longer_story(check, monkeypatch):
    scope, sentences = _custody_of(check, _ONE_EVENT, monkeypatch)
    assert len(sentences) > 8  # not a short note: in scope only by the chain
    assert "A delegation of the protecting power asked to see the farm in the first week." in scope
    assert "No reply ever came, and nobody outside the brigade has seen the eleven since." in scope
    assert "The crossing itself, a pontoon bridge, was destroyed in the fighting." not in scope  # the story's close


def test_another_event_after_the_captives_stays_out_of_their_custody(check, monkeypatch):
    scope, sentences = _custody_of(check, _SECOND_EVENT, monkeypatch)
    assert len(sentences) > 8
    assert "They were driven to a farm used as a holding point and questioned in an unheated barn." in scope
    assert "Shelling of the market in the district town killed four civilians on the same day." not in scope
    assert "Nobody was held to account for the deaths of the shoppers." not in scope


@pytest.mark.parametrize("text", [
    # a surrender named as a thing that happened, in a story of fighters: those who gave up are in the other side's hands
    "After the surrender the marines were lined up by the harbour and searched one by one.",
    "Conscripts of the garrison sat in the rain for two days following the surrender of the fort.",
    "The brigade's surrender to the rebels was followed by a march of its soldiers to a school used as a pen.",
])
def test_a_surrender_told_as_done_in_a_story_of_fighters_puts_them_in_enemy_hands(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a surrender asked for, one of a thing, or one in a story of inmates or a suspect
    "The colonel called for the surrender of the town by dawn; his soldiers dug in on the hill.",
    "Soldiers at the checkpoint oversaw the surrender of weapons by the villagers under the amnesty.",
    "Inmates took two guards captive in the laundry; negotiators secured their surrender after a night.",
    "The fugitive's surrender to the police ended a week-long manhunt.",
])
def test_a_surrender_asked_for_or_of_a_thing_or_of_inmates_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a place, a thing or oneself to a habit given up: no person surrendered
    "Two generals who surrendered Lashio to the alliance were jailed by their own army for it.",
    "The enemy had surrendered the hill overnight and pulled back toward the river.",
    "A retired sergeant writes that he surrendered to the bottle for years after the war.",
    "I surrendered it to a drawer each evening and stopped feeling like a prisoner of my phone.",
])
def test_a_surrender_of_a_place_or_a_thing_is_no_captivity(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # men who give themselves up, with or without their arms
    "Forty soldiers who surrendered near the bridge were taken to a camp behind the lines.",
    "The garrison surrendered their rifles and were marched off under guard.",
])
def test_men_who_surrender_with_their_arms_are_still_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # fighters of one side shown in the other side's video or channel, their side named beside them
    "In a clip posted by Azerbaijani soldiers, an Armenian soldier kneels on the road with his hands tied.",
    "A Russian soldier was seen alive on a Ukrainian video, questioned about his unit and his commander.",
    # kin or a pronoun, shown held, with another State named in the text
    "Her son, a Ukrainian marine, went missing near the plant. She recognised him in a video on a Russian "
    "Telegram channel, his hands tied behind him, questioned by a man off camera.",
    # the side's people who put him in their picture
    "Our brother served with a Ukrainian brigade and went missing at the front. The Russians put him in a video "
    "in May; he was alive, his head shaved, and made to thank his captors.",
])
def test_fighters_shown_held_in_the_other_sides_video_are_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a side's own soldiers in its own clip
    "A Ukrainian brigade's video shows Ukrainian soldiers training in a snowy field near the front.",
    "Russian soldiers filmed themselves for a Russian channel's video, laughing as they cleaned their rifles.",
    # soldiers killed, not held
    "A Russian channel posted drone footage of Ukrainian soldiers killed in a trench by a strike.",
    # a side's television as the source of a report, not a picture of the men
    "According to Russian TV, Ukrainian soldiers shelled the village overnight and withdrew.",
    # a hostage video of civilians
    "Gunmen released a video on a Nigerian channel of two aid workers, tied and begging for their release.",
])
def test_own_soldiers_or_the_dead_or_civilians_in_a_video_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # an armed group holds people the verb's object names as civilians: the fighters are the captors
    "On the tenth day of the standoff the rebel commando still holds 40 hostages, among them two bankers and a bishop.",
    "A guerrilla column stormed the town hall and took some 200 people hostage before dawn.",
    "Militia fighters seized three aid workers at a roadside clinic.",
    # people held for money by an armed group are hostages, not prisoners of war
    "For five months I was kept in a farmhouse by an armed faction that wanted a ransom from my employer.",
    "A shopkeeper from the valley was held for ransom by gunmen who said they were rebels; he was kept in a hut.",
])
def test_hostages_held_by_fighters_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # the same verbs with captured fighters as the object, or civilians named only beside them
    "The rebel commando still holds two captured soldiers and a journalist taken at the same checkpoint.",
    "Police showed four insurgent fighters captured in a raid to journalists at the station.",
    "Ten marines were captured by the militia, which now demands the release of its commanders.",
    # the soldiers themselves held hostage: a passive, not the fighters holding hostages
    "The army says thirty of its soldiers are being held hostage by villagers who want a body returned.",
])
def test_fighters_held_beside_civilians_are_still_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # civilians named between the fighter word and the capture word are the people held, not the fighters
    "Three British soldiers were convicted over the abuse of Iraqi civilians detained at a camp near Basra.",
    "Fighters took thousands of Yazidi women and children captive in Sinjar.",
])
def test_civilians_between_fighter_and_capture_word_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # the people held said, in the sentence before or after the custody, to be no fighters
    "My father is a crane operator at the port, 61 years old, never served a day. In April he was taken at a "
    "checkpoint, and we know he was in Olenivka.",
    "He has been held in a pre-trial detention centre ever since and says he was beaten. He was never in the army.",
    "He was returned in the December exchange after five weeks in Baku. My brother never carried a weapon in his life.",
    "The commanders say they keep us because the government will not exchange us. I was a teacher, not a soldier.",
    "They were taken to a camp near the border and held for months. They are farmers, not soldiers.",
])
def test_people_held_said_nearby_to_be_no_fighters_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # the same wording with fighters as the people held, or civilians listed with them or named after them
    "Three British soldiers were captured near Basra and beaten at a camp.",
    "Fighters took dozens of government soldiers captive in Sinjar and beat them.",
    "Some 600 soldiers and civilians were seized and taken to Iraq; families received no word.",
    "We were four army nurses, taken on the Mahshahr road; they kept us in cells for months.",
])
def test_fighters_listed_with_civilians_are_still_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a captor's label denied, a captive's own claim the text only reports, fighters held beside civilians
    "Russian officials call him a terrorist, not a soldier. He was captured at Mariupol and is held in Olenivka.",
    "The officer shouted that they were bandits, not soldiers. The prisoners were made to kneel by the fence.",
    "Four thousand Iraqi prisoners are held behind the wire at the camp. Tribunals hear men who say they were "
    "never soldiers.",
    "Rebels captured 12 soldiers and 30 villagers. The villagers are civilians, not combatants.",
    "He never served before the war, but he was mobilised in 2022. He was captured near Bakhmut in May.",
])
def test_a_label_denied_or_fighters_held_beside_civilians_stay_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a review told in two words of play or screen, or with a reviewer's mark: its captives are roles even when
    # named as soldiers
    "The campaign lets you spare or execute surrendering enemy soldiers, and the game keeps score. 6/10.",
    "Review: a strategy game where you run a camp for prisoners of war. The graphics are nice but the mini-game "
    "is dull.",
    "Episode 6 recap: the captured pilot is hauled before the tribunal and, in the show's best scene, talks her way "
    "out of the firing squad. Next week: the prisoner swap.",
])
def test_a_review_in_two_words_of_play_names_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a real captive video told beside a film, a score or a date that looks like one
    "Russian soldiers captured three Ukrainian marines near Mariupol and beat them; one viewer compared the clip to "
    "a film. Its graphics were added by the channel that posted it.",
    "Sirte 24/10. Hotel garden: 53 bodies of captured fighters, hands tied behind the back, several shot in the "
    "head.",
    "The film Hanoi released in 1966 shows the captured Navy pilot answering questions under harsh lights.",
])
def test_a_real_capture_beside_a_film_word_stays_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Maoist rebels captured four policemen in a raid on the station and held them for a month in the hills.",
    "Maoist rebels raided the district station and seized nine police officers; the men were released last week.",
    "After the ELN attack on the post, two police agents were taken by the insurgents and kept chained at night.",
])
def test_police_in_an_armed_groups_hands_are_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Policemen arrested three men suspected of burglary in the market and held them overnight at the station.",
    "A policeman was held at knifepoint by a robber in the city centre before colleagues freed him.",
    "Police officers detained the protesters outside parliament and released them the next day.",
])
def test_police_held_without_an_armed_group_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


def test_fighters_with_no_state_named_read_as_an_internal_war(check):
    # "fighters" on one side, and no State named anywhere: a State against an armed group, or groups among themselves
    a = check("Four wounded fighters who had surrendered were beaten with cables in the courtyard and then shot.")
    assert a.context.conflict == "non-international"
    assert {"GCIII-3", "CIHL-89"} <= kinds(a, "concern")
    # near misses: a State's forces holding the captives, or two States named, stay international
    b = check("Iranian guards beat captured Iraqi fighters with cables in the camp courtyard.")
    assert b.context.conflict == "international"
    c = check("Ukrainian fighters captured at Azovstal were beaten by Russian guards at Olenivka.")
    assert c.context.conflict == "international"


@pytest.mark.parametrize("text", [
    # a State named beside the coalition: a war between States
    "Iraqi soldiers captured by coalition forces in March 2003 were beaten with cables at the camp.",
    "Coalition airmen shot down over Iraq were paraded on Iraqi television and beaten by their guards.",
])
def test_a_coalition_against_a_named_state_stays_international(check, text):
    a = check(text)
    assert a.context.conflict == "international", a.context.explanation


# a surrender told with the everyday verb, then the captor taking the men in hand in the same or a following sentence:
# the men are in enemy hands (context._Reading.surrender_then_held)
@pytest.mark.parametrize("text", [
    "After the outpost fell, six government soldiers gave up; they were held in the school and questioned by the rebels.",
    "The army soldiers at the bridge gave up after two hours of fighting. The guerrillas took them to a farm in the hills.",
    "Forty soldiers of the regime surrendered when the base was overrun; they were held in the mosque and registered.",
])
def test_a_surrender_then_the_captor_in_control_reads_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation
    assert any(e.cue == "fighters who had surrendered" and e.text.lower() in ("gave up", "surrendered")
               for e in a.context.evidence), [(e.text, e.cue) for e in a.context.evidence]


@pytest.mark.parametrize("text", [
    # a surrender demanded or refused, not made
    "The rebels called on the army soldiers to give up; two days later the soldiers were held back by the river.",
    "The soldiers refused to give up and fought on; at dusk their wounded were carried to the aid post.",
    # something else given up
    "The soldiers gave up hope of relief; the convoy was searched at the border the next day.",
    "The soldiers gave up the town to the rebels and were taken to the capital by train.",
    # a city surrendered by its council, a criminal to the police
    "The town council surrendered the city to the army, and the soldiers searched every house.",
    "The gang surrendered to police after a week on the run; the men were questioned at the station by detectives.",
])
def test_a_surrender_not_made_by_fighters_is_no_custody(ruleset, text):
    from checker.context import _Reading
    from checker.matcher import matcher_for
    from checker.text import Sentences
    m = matcher_for(ruleset)
    r = _Reading(text, m.scan(text), Sentences(text), m)
    assert r.surrender_then_held() == []


@pytest.mark.parametrize("text", [
    # a picture of the men shown held, told without any captive word (context.py: shown_held_in_video)
    "The militia's latest clip shows three gendarmes on their knees in the sand while a voice behind the camera reads "
    "out what it wants from the capital.",
    "A two-minute video posted on Friday shows four soldiers sitting against a mud wall. One by one they give their "
    "names and the base they came from.",
    "They released a new video. The five soldiers from the checkpoint, hands bound behind them, stare at the ground.",
])
def test_fighters_a_video_shows_held_are_captives(check, text):
    a = check(text)
    assert a.context.pow_context, [e.text for e in a.context.evidence]


@pytest.mark.parametrize("text", [
    # near misses: the own side's footage of its troops fighting, a veteran interviewed, footage of the dead, the men
    # who made the picture, a kidnapped civilian
    "State television footage showed our soldiers advancing through the village under heavy fire.",
    "A retired sergeant, interviewed on the evening news, spoke about his two tours and how the army shaped him.",
    "A video from the front shows soldiers carrying the bodies of their dead comrades to a truck.",
    "The family of a kidnapped engineer received a video from the rebels this week; he appears thin and is chained "
    "to a post.",
])
def test_videos_of_troops_fighting_or_of_the_dead_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


# a prisoner's own account that never uses a captive word, because the teller is the captive: the narrator's own
# boots or watch taken by the captor
@pytest.mark.parametrize("text", [
    "First morning they took our boots and our watches, then walked us for days with no water.",
    "They had taken my wedding ring before we even reached the trucks, and nobody wrote anything down.",
])
def test_a_captives_own_account_without_a_captive_word(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # civilians in a besieged town, recruits drilled by their own sergeants, a refugee camp, a county jail
    "During the siege we had no water for days and the shelling never stopped; my mother cooked on a fire in the yard.",
    "At basic training the sergeants drilled us until we dropped, and our own officers laughed at us.",
    "We lived three years in the refugee camp; the guards at the gate let us out only to fetch water.",
    "At the county jail a guard shoved me against the wall while the sheriff watched.",
    "At boarding school a master shoved me against the wall and we had roll call at six.",
])
def test_near_misses_of_a_captives_own_account_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


# an "unless" excuse told only inside a party's claim ("the army said they died in crossfire") does not cancel an act
# told as fact or by another source: the captor's word is a claim to verify (cues.party_claim_spans)
def test_a_captors_excuse_is_a_claim_not_a_cancel(check):
    # the killing is told by witnesses; "crossfire" is only the army's word, a claim to verify
    a = check("Witnesses saw the soldiers shoot the men who had surrendered; the army said they died in crossfire.")
    assert "CIHL-47" in {f.provision for f in a.findings if f.assessment == "concern"}


def test_an_excuse_inside_the_captors_own_account_still_cancels(check):
    # the act itself is only told inside the army's claim: nothing else shows it
    a = check("The army said the captured men were killed in crossfire.")
    assert not [f for f in a.findings if f.assessment == "concern"]


def test_a_neutral_finding_of_crossfire_still_cancels(check):
    a = check("The soldiers shot the men who had surrendered, and the inquiry found that they died in crossfire.")
    assert "CIHL-47" not in {f.provision for f in a.findings if f.assessment == "concern"}


# a relative tells of a soldier or policeman held by the other side, with no captive word: the kin word, his service
# and a holding act of the other side (context._kin_held)
@pytest.mark.parametrize("text", [
    "My nephew was a police sergeant in the hill town. For nine years now the guerrillas have kept him chained in "
    "a camp in the forest, and I write to him every Christmas.",
    "They told me my son, a conscript from the border post, is in a pit behind their base with two other boys.",
    "My husband is a sergeant. Since the attack on the barracks he is in their hands, and they say they will "
    "release him only when the government frees their commanders.",
])
def test_a_relative_who_serves_held_by_the_other_side(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a son jailed for a crime, a son called up, a kidnapped civilian, a son killed at the front, a deserter
    "My son was a soldier until last year. Now he is in jail for theft and they keep him there until his trial.",
    "My son was called up in the spring and is serving as a conscript near the border; we hear from him on Sundays.",
    "My brother is a teacher. The gang kidnapped him on the road and they keep him until we pay.",
    "My son was a soldier in the artillery. He was killed at the front in March and they still hold his body.",
    "My son is a conscript who ran from his unit; the military police have held him since for desertion.",
])
def test_near_misses_of_a_relative_held_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


# an airman come down and then in the other side's hands, told in the passive with no capture word
# (matcher.AIRMAN_TAKEN: "he was taken to", "I was kept", "were handed by the army to"; DOWNED: "bomber brought down")
@pytest.mark.parametrize("text", [
    "Four airmen from a bomber brought down over the coast were handed by the garrison to the secret police, "
    "who beat them for a week.",
    "I was the gunner of a Wellington shot down over the Ruhr in 1943. For six weeks I was kept in a cell "
    "without light and questioned every night.",
    "The aviator bailed out over the delta. After he came down he was taken to a camp in the hills and beaten "
    "every day.",
])
def test_a_downed_airman_in_the_enemys_hands_told_in_the_passive(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # rescued by a rescue crew, a crash with nobody taken
    "The pilot ejected over the sea and a search and rescue helicopter took him to hospital, where he was kept "
    "for two nights.",
    "The trainer jet crashed in a field during a night exercise; the instructor was taken to hospital with burns.",
])
def test_near_misses_of_a_downed_airman_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


# a soldier's own account of what the other side did with "us" after the surrender (context._us_after_surrender)
@pytest.mark.parametrize("text", [
    "A week after the surrender we were marched to the railway and loaded into cattle trucks. We had no water "
    "for two days and we slept standing.",
    "After our surrender they moved us to a school in the town. We were given one meal a day and we were "
    "counted twice each night.",
])
def test_the_captors_hands_on_us_after_a_surrender(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # no surrender at all, and a surrender denied
    "We were moved to the coast by lorry in March and we dug positions there until the summer. Our officers "
    "were good to us.",
    "We never surrendered. We were moved back to the river by night and we held the line there for a month.",
])
def test_near_misses_of_us_after_a_surrender_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


def test_a_towns_surrender_and_us_on_buses_is_no_captivity(check):
    a = check("After the surrender of the city they put us on buses to the north. We were hungry and the children cried.")
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


# the inmates of a prisoner-of-war camp or its compounds are its captives, not a prison's convicts: the inmate word
# does not make the story one about civilians when the camp is named beside it (context._inmates_of_a_camp)
@pytest.mark.parametrize("text", [
    "On the island the army held some ten thousand Chinese prisoners. Guards opened fire into a compound when "
    "inmates refused a head count, and the troops killed twelve of them.",
    "In the camps the enemy soldiers were crowded into huts. Inmates said the prisoners were beaten by the guards.",
])
def test_the_inmates_of_a_camp_of_prisoners_of_war(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    # a prison's convicts, a refugee camp's people, a camp of civilian internees, soldiers guarding a prison
    "Inmates of the county prison rioted over food; two prisoners were hurt and the governor sent police.",
    "Inmates of the refugee camp said civilians were beaten; the camp has no water since the siege began.",
    "The internment camp held civilian internees; inmates and prisoners alike were fed twice a day.",
    "Soldiers guarding the prison said the inmates had rioted over the food.",
    # convicts recruited to fight, then sent to the recruiter's own training camps
    "Recruiters toured the penal colonies, offering prisoners a pardon for service at the front; inmates who signed "
    "up were flown to training camps behind the lines.",
])
def test_near_misses_of_inmates_of_a_camp_are_no_captives(check, text):
    a = check(text)
    assert not a.context.pow_context, [e.text for e in a.context.evidence]


# the captor's demand for its own people, told as the condition of the release of men in service, reads them as its
# captives and engages the hostage rule (context._held_for_demand); an appeal by a third party, an exchange agreed by
# both sides and civilians held to force the army out do not
def test_the_captors_demand_reads_the_men_it_holds(check):
    a = check("The rebels' video shows the two soldiers; they say they will let them go once the army pulls out "
              "of the valley.")
    assert a.context.pow_context, a.context.explanation
    assert "CIHL-96" in {f.provision for f in a.findings if f.assessment == "concern"}


@pytest.mark.parametrize("text", [
    "The rebels' video shows the two soldiers; the minister urges the rebels to let them go and the army to pull out "
    "of the valley.",
    "The rebels' video shows two aid workers taken near the soldiers' post; they say they will let them go once the "
    "army pulls out of the valley.",
    "The rebels' video shows the two soldiers; they came home after the army and the rebels exchanged prisoners under "
    "the truce.",
])
def test_near_misses_of_the_captors_demand(check, text):
    a = check(text)
    assert "CIHL-96" not in {f.provision for f in a.findings if f.assessment == "concern"}, a.context.explanation


@pytest.mark.parametrize("text", [
    "Captured members of armed opposition groups were transferred to a military prison, where guards beat them.",
    "The fighters said I could have him back when the federal side freed five of their men; they beat him in the pit.",
    "Two captured soldiers were held by opposition forces and beaten in a shed.",
    "Two captured soldiers were held by secessionists and beaten in a shed.",
    "Two captured soldiers were beaten by mujahideen in a cave.",
    "Two captured soldiers were held by the movement's armed wing and beaten in a shed.",
    "Two captured soldiers were held by the security forces during the rebellion and beaten in a shed.",
])
def test_generic_names_of_an_internal_wars_sides_read_internal(check, text):
    a = check(text)
    assert a.context.conflict == "non-international", a.context.explanation


@pytest.mark.parametrize("text", [
    # a foreign-backed group fighting a State's army in an invasion
    "Russian-backed separatists and Russian troops invading Ukraine captured two Ukrainian soldiers and beat them.",
    # the resistance of an occupied country
    "Two German soldiers captured by the resistance in occupied France were beaten in a barn.",
])
def test_near_misses_of_the_generic_internal_war_words(check, text):
    a = check(text)
    assert a.context.conflict == "international", a.context.explanation


def test_the_movement_of_troops_names_no_side(check):
    a = check("Two captured soldiers were beaten in a shed; the movement of troops on the road was watched.")
    assert a.context.conflict != "non-international", a.context.explanation


@pytest.mark.parametrize("text", [
    # plurals in -men and spellings the inflection does not make
    "Two militiamen were captured by the enemy and beaten.",
    "The rebels seized three guardsmen at the bridge and beat them.",
    "Two guerillas were captured by the army and beaten.",
    "Two tank crewmen were captured by the enemy and beaten.",
    "The rebels seized three gunners at the bridge and beat them.",
    "Two GIs were captured by the enemy and beaten.",
    "Two draftees were captured by the enemy and beaten.",
    "Two enlisted men were captured by the enemy and beaten.",
    "Two mobilised men were captured by the enemy and beaten.",
    "Two Ukrainian servicemembers were captured by the enemy and beaten.",
    # taken after a struggle
    "The rebels overpowered two soldiers and beat them.",
])
def test_who_is_held_and_how_they_were_taken_read_as_captives(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text", [
    "Police detained two men and beat them.",
    "The marines captured the title after beating the army team.",
    "The rebels captured the town and beat the mayor.",
    "Two soldiers were caught in the crossfire.",
    "Gunmen kidnapped three schoolchildren and beat them.",
    "Border police apprehended two smugglers who were beaten.",
    "The tanker was seized by the coast guard and its cargo unloaded.",
])
def test_near_misses_of_who_is_held_and_how_they_were_taken(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text,conflict", [
    # the word for those an internal war's parties hold, and the army named by its lines or its side only
    ("The ICRC oversaw the release of conflict-related detainees between the parties; two captured soldiers had"
     " been beaten.", "non-international"),
    ("The men walked towards the army lines with a white flag and were shot dead after they surrendered.",
     "non-international"),
    ("We heard firing from the army side; the two men who had surrendered never came back.", "non-international"),
    # the Abkhaz side, the International Brigades: one side of an internal war
    ("Twelve Georgian soldiers captured by the Abkhaz side were beaten in a cellar.", "non-international"),
    ("Italian prisoners were exchanged for volunteers of the International Brigades who had been captured.",
     "non-international"),
    # Mindanao named for events before its internal war began: the Second World War
    ("In 1943 captured American soldiers were beaten by Japanese guards at a camp on Mindanao.", "international"),
    # a war between States still reads so: its States named beside the army's lines
    ("Russian soldiers captured two Ukrainian soldiers near the army lines and beat them.", "international"),
])
def test_generic_and_historical_names_of_internal_war_sides(check, text, conflict):
    a = check(text)
    assert a.context.conflict == conflict, (text, a.context.conflict)


@pytest.mark.parametrize("text,conflict", [
    # a State's soldiers and police held by the same captors; an armed group's commander in the field
    ("We pray for the soldiers and police still held in the jungle, chained for years.", "non-international"),
    ("The field commander brought out five captured conscripts from Rostov, thin and beaten.", "non-international"),
    # not when two States are named as the sides
    ("Russian troops captured Ukrainian soldiers and police at the checkpoint and beat them.", "international"),
])
def test_security_forces_held_together_and_field_commanders_read_as_internal_war(check, text, conflict):
    a = check(text)
    assert a.context.conflict == conflict, (text, a.context.conflict)


@pytest.mark.parametrize("text,held", [
    # people named only by the uniform they wear, told in a captive's pose or handling
    ("The clip shows five men in army uniform sitting in a ditch while a gunman shouts at them.", True),
    ("In the footage, two wounded men in Ukrainian uniform lie on the floor of a shed and are kicked.", True),
    ("Bound men in camouflage fatigues are lined up by the road and hit with rifle butts.", True),
    ("Men in police uniform stand at the crossing and wave the cars through.", False),
    ("Men in army uniform sit at the café terrace on their day off, laughing.", False),
    ("Young men in navy uniform lie on the beach during their leave.", False),
])
def test_people_named_by_uniform_told_held(check, text, held):
    a = check(text)
    assert a.context.pow_context == held, a.context.explanation


@pytest.mark.parametrize("text,held", [
    # a man told a fighter by the men who hold him, with a captive's handling near
    ("In the clip, soldiers kick a bound man they call a rebel commander and laugh.", True),
    ("Gunmen stand over two wounded men, whom they call army fighters, and film them.", True),
    # ... or told one in the passive, by the caption or the teller
    ("The footage shows soldiers slapping a bound man described as an ISIS fighter, then firing at his body.", True),
    ("Police arrested a man described as a rebel commander at the airport.", False),
    ("Soldiers questioned a young man they had captured, saying he was a fighter of the Islamic State.", True),
    ("Analysts called them rebels in a report on the economy.", False),
    ("Officials described the protesters as insurgents at a press conference about the new budget.", False),
])
def test_man_told_a_fighter_by_his_captors(check, text, held):
    a = check(text)
    assert a.context.pow_context == held, a.context.explanation


@pytest.mark.parametrize("text, provision", [
    # prior service named beside the questioning is not the captor recruiting them
    ("Families say the captured soldiers, who enlisted in the army last spring, were beaten while being questioned.",
     "GCIII-17"),
    # the statement taken after sleepless days
    ("The court heard that the captured corporal's written statement was taken after he was kept awake for three days.",
     "GCIII-17"),
    # the demand beyond name, rank and number, then the ropes
    ("The interrogators wanted more than name, rank and number from the captured navigator. That night came the ropes.",
     "GCIII-17"),
    # the refusal told without "who", an order to bow the head, chants against the captives' own side
    ("In the camp the guards beat the prisoners of war whenever somebody refused to salute the flag.", "GCIII-14"),
    ("The captured airmen were led through the town, ordered to keep their heads bowed as the crowd jeered.", "GCIII-14"),
    ("Every prisoner of war had to join the chants against his own president at morning roll call.", "GCIII-14"),
])
def test_questioning_pressure_and_humiliation_told_plainly(check, text, provision):
    assert provision in kinds(check(text), "concern")


@pytest.mark.parametrize("text, provision", [
    # a muster the prisoners refused is not a show put on them
    ("The prisoners of war sat down and refused to parade for work; the guards then fired on them.", "GCIII-14"),
    ("Captured soldiers said they were questioned politely and nobody threatened them.", "GCIII-17"),
    # a wound not dressed is not a captive made to undress
    ("Four wounded prisoners of war lay in the truck for two days with their wounds undressed.", "GCIII-14"),
    ("The captured pilot's shrapnel wound was left undressed until he reached the camp.", "GCIII-14"),
])
def test_questioning_pressure_and_humiliation_near_misses(check, text, provision):
    assert provision not in kinds(check(text), "concern")


@pytest.mark.parametrize("text, provision", [
    # the family promised the captive back against the State's act; the captive's worth as a trade to be forced
    ("The rebels holding the captured corporal told his father he could get him back once the army freed three of "
     "their men.", "CIHL-96"),
    ("The guerrillas kept the captured policemen for years and told them they were worth more alive, since the "
     "government would have to swap their jailed fighters for them.", "CIHL-96"),
    # a death threatened in other words
    ("The armed group showed the captured soldiers in a cage and said: if the jets strike the town again, these men "
     "die first.", "CIHL-96"),
    # families left without news of who is alive while the lists were withheld from the Agency
    ("The captor handed no list of the captured soldiers to the Red Cross for months, leaving their families without "
     "knowing who was alive.", "GCIII-123"),
    ("I was a prisoner of war for six years; my wife believed I was dead until the Red Cross delegates took my name in "
     "the camp.", "GCIII-123"),
])
def test_hostage_demands_and_families_without_news(check, text, provision):
    a = check(text)
    assert provision in {f.provision for f in a.findings if f.assessment == "concern"}, a.context.explanation


@pytest.mark.parametrize("text, provision", [
    ("The captured soldier's mother said she would get him back one day, when the war was over.", "CIHL-96"),
    ("The bishop urges the rebels to free the captured soldiers and calls on the government to negotiate.", "CIHL-96"),
    ("During the war the family of the captured sergeant did not know whether he was alive, until his first letter "
     "came through the Red Cross.", "GCIII-123"),
    ("The Red Cross delegates registered every captured soldier in the camp within a week, and the families were "
     "told who was alive.", "GCIII-123"),
])
def test_near_misses_of_hostage_demands_and_families_without_news(check, text, provision):
    a = check(text)
    assert provision not in {f.provision for f in a.findings if f.assessment == "concern"}, a.context.explanation


@pytest.mark.parametrize("text", [
    "The police shot an unarmed man with his hands up during the protest.",
    "At the rally, a marcher who raised his hands was beaten by riot police.",
    "Deputies fired at the driver after the traffic stop although he had his hands up.",
])
def test_raised_hands_in_policing_are_no_surrender_of_fighters(check, text):
    a = check(text)
    assert not a.context.pow_context, a.context.explanation
    assert not [f for f in a.findings if f.assessment == "concern"]


@pytest.mark.parametrize("text", [
    "Two soldiers came out of the trench with their hands up and were shot.",
    "The fighters came out with their hands up; the police who arrived later shot them.",
    "During the protest, rebels shot two army conscripts who had their hands up.",
])
def test_raised_hands_of_fighters_still_read_beside_police_or_protest_words(check, text):
    a = check(text)
    assert a.context.pow_context, a.context.explanation


@pytest.mark.parametrize("text,held", [
    ("In the camps by the northern river, prisoners who skipped the evening lectures lost their tobacco ration.", True),
    ("Two winters after the truce, thousands of our soldiers still remain in Persian camps, and the talks have stalled.",
     True),
    ("The guards of the camp near the border kept the prisoners' letters for a month.", True),
    ("There were no prisoners in the camp by the river.", False),
    ("The refugee camp outside the town houses former prisoners released by the old regime.", False),
    ("Thousands of civilians and political prisoners were driven on foot from the concentration camp toward the west.",
     False),
    ("If prisoners were ever brought to the camp by the river, the ministry would tell the families.", False),
])
def test_prisoners_told_in_a_camp(check, text, held):
    a = check(text)
    assert a.context.pow_context is held, a.context.explanation


@pytest.mark.parametrize("text", [
    "A prisoner of war spent forty days in the punishment block for insulting a guard, with no hearing held.",
    "Corporal held in the camp lock-up awaiting a disciplinary hearing (insulted an officer); no date set.",
    "Asked whether the captured airmen had been mistreated, the minister said they had not been harmed.",
    "The prisoners of war were allowed to kick a football about in the compound after the evening count.",
    "The camp reported that a prisoner of war died of his wounds in a military hospital despite two operations.",
])
def test_charged_insults_questions_and_games_are_no_ill_treatment(check, text):
    a = check(text)
    assert "GCIII-13" not in {f.provision.split(".")[0] for f in a.findings if f.assessment == "concern"}, a.context.explanation


@pytest.mark.parametrize("text", [
    "The guards kept insulting the prisoners of war and called them dogs.",
    "The guards kicked the captured soldiers in the yard every morning.",
])
def test_insults_and_kicks_done_to_captives_still_read(check, text):
    a = check(text)
    assert "GCIII-13" in {f.provision.split(".")[0] for f in a.findings if f.assessment == "concern"}, a.context.explanation


@pytest.mark.parametrize("text, provision", [
    ("Prisoner-of-war camp report: rations issued to all captured soldiers; the call to prayer is broadcast over the "
     "camp speakers five times a day.", "GCIII-13"),
    ("A marine guard shot a captured sailor who was under guard on the boat. The guard believed the sailor was trying "
     "to sink it.", "GCIII-130"),
])
def test_camp_speakers_and_a_guards_mistaken_belief_are_no_such_concern(check, text, provision):
    a = check(text)
    assert provision not in {f.provision.split(".")[0] for f in a.findings if f.assessment == "concern"}, a.context.explanation
