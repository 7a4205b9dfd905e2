"""Round 20's false alarms fixed by family (issue 12, helper 12_6): the contexts *_r20 in dialogues/red_flags.yaml
(a past month, checked and cleared, over now in plain words, died of it, how a diagnosis was found, a doctor's
questions, whether a medicine works in a condition, bruising on a blood thinner, a cut on an object, whether a thing
can cause it, a birth parent's history), idioms (costs, coffee, a bill, an exam, "thought my head would explode", a
treatment for a bleeding condition, a relative who bleeds after dental work) and two patterns that no longer read a
negated list ("no numbness no tingling in my legs") as a sign. Each family has lines that stay quiet and emergencies
told with the same words that must still reach the urgent turn. Phrasings are our own, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, screen

# {family: ([quiet lines], [emergency lines that must stay caught])}
FAMILIES = {
    "a sign dated by a past month": (
        ["he passed out for a few minutes at work in march, all tests were fine",
         "i had a seizure for about 2 minutes last october, the neurologist changed my meds",
         "back in january she was unconscious for a few minutes after the crash",
         "in july my son fainted for a few seconds in the heat"],
        ["he passed out a few minutes ago and wont wake up",
         "she had a seizure in march and now she is seizing again",
         "my dad has been unconscious for a few minutes"]),
    "checked and cleared after it was over": (
        ["chest pain on friday, went to urgent care, ecg normal, bloods clean",
         "felt faint at church on sunday, the er said dehydration, nothing serious",
         "had a nosebleed for an hour monday, the gp cauterised it, nothing found",
         "my chest hurt last night, they did a troponin, all tests negative, pulled muscle",
         "he collapsed at the gym last week, cardiologist did an echo, everything normal",
         "had a bleed at 10 weeks, the scan showed a healthy baby and it settled"],
        ["chest pain yesterday, ecg was normal, but now its back and crushing",
         "she fainted this morning, the er said dehydration, now she is fainting again",
         "had chest pain last week, tests clean, now crushing chest pain and sweating"]),
    "over now, in plain or non-native words": (
        ["last night mother breathing hard, doctor give inhaler, now fine",
         "his sugar was 400 on tuesday, we fixed the pump, back in range now",
         "yesterday baby fever high, take medicine, now better",
         "she wheezed badly on saturday, nebuliser, doing fine since"],
        ["yesterday father breathing bad, now worse, lips blue",
         "his sugar was 400 yesterday, now 500 and vomiting"]),
    "someone who died of it": (
        ["my uncle had a stroke at 60 and passed away",
         "grandad got a clot in his leg after surgery and didnt survive",
         "her mum had a brain bleed and didnt make it, is it hereditary",
         "my father died of a heart attack at 52"],
        ["my husband collapsed and isnt breathing, i think hes dying",
         "he is having a stroke right now, please help"]),
    "how a diagnosis was found": (
        ["mum found her cancer from bleeding after menopause",
         "they caught his bowel cancer because of the bleeding",
         "my aunt was diagnosed by a seizure, she had a brain tumour"],
        ["i am bleeding heavily from my bottom right now",
         "she is having a seizure now"]),
    "a sign as the topic of a doctor's questions": (
        ["the cardiologist keeps asking about my chest pain, it is mild and old",
         "my gp always asks about any bleeding when i see her",
         "the nurse asked about my shortness of breath at the check up"],
        ["the doctor asked about my chest pain and now it is crushing and i am sweating",
         "crushing chest pain right now"]),
    "whether a medicine works in a condition": (
        ["does narcan work for a fentanyl overdose",
         "would benadryl help in anaphylaxis or only the epipen",
         "is aspirin effective in a heart attack"],
        ["my son is overdosing right now, i gave narcan and he isnt breathing",
         "she is in anaphylaxis, throat closing"]),
    "bruising on a blood thinner the doctor knows of": (
        ["i bruise easily on eliquis, small purple spots on my shins, the gp has seen them",
         "my mum bruises easy on warfarin, purple spots on her hands"],
        ["purple spots that dont fade and a high fever",
         "she bruises easily on warfarin and now she has a fever and a purple rash that doesnt fade under a glass"]),
    "a cut on an object or at a task": (
        ["cut my hand on a broken glass washing up, taped it, fine",
         "my son cut his leg on a fence at the farm last week, healing",
         "i cut my finger on a tin can, small"],
        ["i cut my arm to hurt myself tonight",
         "cut my wrists, bleeding a lot"]),
    "whether a thing can cause it": (
        ["can a space heater give off carbon monoxide?",
         "does a gas fridge make carbon monoxide"],
        ["we have carbon monoxide poisoning, all dizzy, the alarm is going off",
         "the carbon monoxide alarm went off and my kids are vomiting"]),
    "figures of speech about costs and chores": (
        ["i choked on the price of the mri",
         "overdosing on tea while i wait for results",
         "my bp is sky high just looking at the bill",
         "the paperwork had me about to pass out",
         "i thought my head would explode at the pharmacy line"],
        ["my son is choking on a grape and cant breathe",
         "he is overdosing on heroin, not breathing",
         "my bp is 220/130 and i have a pounding headache"]),
    "a treatment for a bleeding condition": (
        ["they want to do an ablation for bleeding polyps, is that right",
         "she is on tranexamic pills for bleeding fibroids"],
        ["bleeding heavily from my fibroids, soaking a pad every hour and dizzy"]),
    "a relative who bleeds a lot after dental work, as a habit": (
        ["my sister bleeds a lot after any dental work, von willebrand runs in the family",
         "dad bleeds for ages after cuts, he is on aspirin"],
        ["my brother is bleeding a lot after his tooth was pulled, 3 hours now"]),
    "a hospital stay named by its cause": (
        ["here is the letter from the seizure admission",
         "can you read the summary from her anaphylaxis hospitalisation"],
        ["he is having a seizure now, hes been admitted before"]),
    "a negated list of leg symptoms": (
        ["no weakness no numbness in my legs, just a sore back",
         "no numbness no tingling between my legs, back is stiff"],
        ["numbness between my legs and my back is agony",
         "i have numbness in my groin and cant pee"]),
}


QUIET = [(family, line) for family, (quiet, _) in FAMILIES.items() for line in quiet]
CAUGHT = [(family, line) for family, (_, caught) in FAMILIES.items() for line in caught]


@pytest.mark.parametrize(("family", "line"), QUIET)
def test_the_look_alike_stays_quiet(family, line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize(("family", "line"), CAUGHT)
def test_the_emergency_told_with_the_same_words_stays_caught(family, line):
    assert level(line) == "emergency", screen(line)


@pytest.mark.parametrize("line", [
    "my foster son overdosed last spring and was in the ICU for three days",
    "should I keep narcan in the house in case my son overdoses again?",
    "her bio mom has attempted suicide",
])
def test_someone_elses_past_or_feared_overdose_or_suicide_attempt_still_asks(line):
    """A crisis never slips by silently (the self_harm category's context effects): past, feared or a relative's
    talk of suicide or an overdose gets the check question with the crisis line, not nothing and not the urgent turn."""
    result = screen(line)
    assert result.level == "ask" and result.crisis, result
