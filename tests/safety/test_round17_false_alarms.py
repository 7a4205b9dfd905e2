"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper s3, after round 17 was folded in).

Written from how people talk, not from the round's lines (none of these lines is a corpus line), in several voices
(texting, non-native, elderly, caregiver, Spanish): a time counted in seasons; a wound seen to and told as dry or
clean now; a family history told across a sentence; a condition with "ever"; when a sign would be an emergency;
what signs would show a crisis; "I'm dying here" and other figures of the person typing worn out; a slight sign a
clinician calls normal; a sign that passes with rest; a reading that is one's own normal; a question about buying
a carbon monoxide alarm; what a sign turned out to be; a few hives that settled; something checked and fine; a
burn that is "no big deal"; "fine today". Each kind is checked with the emergencies it must not hide (now, since
this morning, worse, again today, another sign after the all-clear). The rules are the *_s3 blocks of
dialogues/red_flags.yaml (and the lines they add to historical, hypothetical, question_r14, sh_asking, resolved,
checked_r14, settled_r14, told_past_r14, burn_serious_r14, the idioms and the now / news escalators).
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

B, U, ST, BL, HA, SH, SW, P, PR, SE, VI, AS, BU = (
    "breathing", "unconscious", "stroke", "bleeding", "heart_attack", "self_harm", "swelling", "poisoning",
    "pregnancy", "sepsis", "vitals", "after_surgery", "burns")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "a time counted in seasons or holidays is history": (
        [("I fell two winters ago and now I'm on the floor and can't get up", U),
         ("he had a stroke three summers ago and his face is drooping again today", ST)],
        ["two christmases ago i had a seizure at dinner and went by ambulance",
         "a couple of summers back i passed out on the beach",
         "mum fell a couple of christmases ago and lay on the kitchen floor till morning"]),
    "a wound seen to by a nurse, told as dry or clean now": (
        [("the incision was oozing yesterday and now it is red and hot and he has a fever", AS),
         ("the wound is oozing pus and the nurse changed the dressing yesterday, now it is worse", AS)],
        ["incision was leaking a little after the op, district nurse put on a new dressing, now it's dry",
         "stitches were oozing on day 1, nurse changed the bandage and now its healing well"]),
    "a family history told across a sentence": (
        [("epilepsy runs in my family and my son is having a seizure right now", U),
         ("seizures run on my dad's side, my daughter has had three seizures in the last hour", U),
         ("my wifes side has epilepsy and she is seizing now and wont stop", U),
         ("in my family is epilepsy, my son have seizure now", U),
         ("hay epilepsia en la familia y mi hijo está convulsionando ahora mismo", U)],
        ["seizures run on my mum's side, my aunt has seizures",
         "epilepsy runs in my husband's family, his cousin has fits",
         "both my grandparents had stomach ulcers, both with bleeding",
         "epilepsy on my dads side, cousin has seizures",
         # ("in my wife family is epilepsy, her sister have seizures" is asked since s23's own-clause rule:
         # tests/safety/test_review_rv30.py)
         "la epilepsia viene del lado de mi papá, mi tía tiene convulsiones"]),
    "a condition with ever is a worry, not a report": (
        [("if he ever stops breathing like this again i'll panic, he's blue right now", B),
         ("she has a fever of 39 and shes 6 weeks, what do we do if it ever goes higher", SE)],
        ["what do we do if my son ever has a seizure at the pool",
         "in case my daughter ever gets a high fever after the jab, which medicine?",
         "what should we do if the little one ever gets a temp over 38, she's only 5 weeks"]),
    "when a sign would become an emergency": (
        [("when would this be an emergency, he has a fever of 40 and is confused right now", SE)],
        ["when would bleeding from the gums be bad enough to go in?",
         "and when does a fever become an emergency for someone on chemo"]),
    "what signs would show a crisis": (
        [("what signs show he's suicidal? he just told me he wants to kill himself tonight", SH)],
        ["which signs mean someone is suicidal",
         "what symptoms show a teenager is thinking about suicide",
         "which symptoms show that someone wants to end their life"]),
    "the person typing worn out by what they juggle": (
        [("im dying here, my chest is crushing", HA),
         ("the baby is suffocating under a pile of blankets", B),
         ("he hit his head on the shelf and got knocked out cold", U),
         ("the sleeping pills knock him out cold and now i cant wake him", U)],
        ["honestly im drowning here, anyway what records do i need",
         "im drowning here, but anyway what is a second opinion",
         "twins teething and a house move, I'm dying here, but anyway which scan do I need",
         "i feel like im suffocating under a mountain of laundry",
         "the new meds knock me out cold by 8 every night"]),
    "a slight sign a clinician calls normal": (
        [("still bleeding 3 weeks after the birth, soaking a pad an hour and dizzy, the midwife said it was normal last week", BL),
         ("a bit of bleeding, ob said normal, but now it's gushing with big clots", BL)],
        ["a little bleeding from the gums, dentist says normal",
         "still a little bleeding 2 wks after the c section, doc said normal"]),
    "a sign that passes when one rests": (
        [("i get breathless when i walk but today it doesn't pass when i sit down and my lips are blue", B)],
        ["i get a little short of breath doing the vacuuming but it goes once i sit down",
         "mum gets a bit breathless making the beds, it settles when she rests"]),
    "a question about getting a carbon monoxide alarm": (
        [("we got a CO alarm for the gas heater and it's going off and we all have headaches", P)],
        ["should we buy a CO alarm for the new gas heater"]),
    "what a sign turned out to be": (
        [("fainted yesterday, turned out to be nothing, but today she fainted again and wont wake", U),
         ("passed out in the shower yesterday, turned out she had a bleed in her brain", BL)],
        ["bad headache, turned out it was just sinusitis",
         "fainted at work, turned out i hadnt eaten"]),
    "a few hives that settled or were treated": (
        [("got some hives after the bee sting and now my lips and tongue are swelling", SW),
         ("some hives after the infusion, gave benadryl, but now she's wheezing", B)],
        ["came out in a few hives, gave her piriton and they faded",
         "some hives on his arms after the new antibiotic, took an antihistamine and it calmed down"]),
    "something checked and fine, stopped with pressure, no big deal, fine today": (
        [("nosebleed after chemo on monday, bloods checked and fine, but now it's pouring again and won't stop", BL),
         ("burned my arm on the stove, huge blisters, skin coming off, no big deal i guess?", BU),
         ("fainted yesterday, fine today, but just now he passed out again and is not waking", U)],
        ["nosebleed after chemo on tuesday, platelets checked and fine",
         "bleeding from the tooth socket, stopped w gauze",
         "got a small burn on my hand from the curling iron, ran it under water, no big deal",
         "had a seizure, im fine today",
         "passed out at church yesterday, feeling fine today"]),
}

test_round17_s3_signs_reach_the_urgent_turn, test_round17_s3_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "seizures run in the family and my mum is having a seizure right now",  # a family cue, the sign going on now
    "seizures run on my mums side and my mum had a seizure this morning",  # the person's own mother, today
    "family history of epilepsy, my son has had two seizures since lunch",
    "both my grandparents have been feeling dizzy and sick since the gas fire went on"])  # elders, going on now
def test_a_family_history_does_not_hide_someone_close_having_it_now(line):
    assert level(line) != "none", screen(line)


def test_now_told_as_all_clear_is_no_news_but_now_told_as_a_sign_is():
    # the now escalator and news_later_r15q: "now it is dry" closes the story, "now it is red and hot" does not
    assert level("the incision was oozing yesterday, the nurse changed the dressing, and now it is dry") == "none"
    assert level("the incision was oozing yesterday and now it is dry") == "ask"  # no longer urgent; no one saw it
    assert screen("the incision was oozing yesterday, the nurse changed the dressing, and now it is red and hot").is_emergency


def test_a_chest_pain_that_turned_out_fine_or_passes_with_rest_is_never_made_quieter_than_it_was():
    # by_category heart_attack: ask on the s3 frames (a chest pain is at most lowered to the question)
    from safety.safety_support import safety

    assert safety.group_spec(safety._RULES["context"]["turned_out_s3"])["by_category"]["heart_attack"] == "ask"
    assert safety.group_spec(safety._RULES["context"]["eases_with_rest_s3"])["by_category"]["heart_attack"] == "ask"


def test_a_reading_told_as_ones_own_normal_is_one_level_lower():
    # own_normal_s3 (a downgrade): a low reading told as the person's baseline is asked about, not urgent
    assert level("his o2 is 87-89 on 3 litres, thats his baseline per the copd nurse") == "ask"
    assert level("baseline sats 88-90 on 3 litres") == "ask"
    assert screen("his sats are 80 and he's blue, his baseline is 92").is_emergency
    assert screen("her sats are 85 now, that's not her normal, she is usually 95").level != "none"
