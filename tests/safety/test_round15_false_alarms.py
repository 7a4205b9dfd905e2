"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper 12b, after round 15 was folded in).

Written from how people talk, not from the round's lines (none of these lines is a corpus line): a dose or a count
that is a prescription, not an overdose; a colour told of a thing; a birth told as history; a clot that was treated;
a sugar treated and checked back in range; a reaction that was only hives; a sign told as gone, treated or
explained later in the line; a sign that comes and goes with a doctor's harmless cause; a sign asked back and
denied; a seizure named as a record or a treatment's subject; an oxygen run at its usual target; a year opening
a sentence; Spanish history and routine; "I'm safe" said plainly; questions about recognising a sign, a what-if
that asks how common it is, "suppose"; a fever told as a habit; figures of speech. Each kind is checked with the
emergencies it must not hide (happening now, back again, taken after all, another sign after the all-clear).
The rules are the *_r15q blocks of dialogues/red_flags.yaml, the `answer` cue kind and `unless_line`
(assistant/safety/screening.py).
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

B, U, ST, BL, D, HA, SH, SW, NE, P, PR, TE, SE, VI, AS = (
    "breathing", "unconscious", "stroke", "bleeding", "diabetes", "heart_attack", "self_harm", "swelling",
    "neurologic", "poisoning", "pregnancy", "testicular", "sepsis", "vitals", "after_surgery")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "a dose in mg, ml or units is a prescription; a count a pharmacy or a box holds is a supply": (
        [("i took 30 tablets of my sertraline an hour ago", SH),
         ("the pharmacy gave me 30 tablets and i swallowed them all", SH),
         ("got my refill of 60 pills today and took the whole lot", SH),
         ("she got 60 sleeping pills from the pharmacy and swallowed them", SH),
         ("the chemist gave him 30 tablets and he has taken the lot", SH),
         ("he took 30 tablets from the pharmacy bag", SH),
         ("i took 20 mg of prozac and 40 sleeping pills", SH),
         ("took 50 of my 10mg diazepam to end it", SH),
         ("took 30 x 500mg paracetamol", SH)],
        ["i've been on 50mg of sertraline for two years",
         "she takes 5 mg of amlodipine every morning",
         "he took 400 mg of ibuprofen for his knee",
         "had 100mcg of levothyroxine this morning as usual",
         "the chemist handed me 28 tablets and a leaflet",
         "got a refill of 90 pills yesterday",
         "there are 60 tablets in the new box",
         "the prescription is for 30 capsules a month",
         "pharmacist dispensed 56 tablets instead of 28, is that right"]),
    "a colour told of a thing at the start of its clause": (
        [("the baby wrapped in the grey blanket is blue", B),
         ("the baby in the cot is grey and not breathing", B),
         ("the baby is grey and floppy in his blanket", B),
         ("my son is turning blue", B),
         ("the baby is grey", B)],
        ["the baby blanket is blue",
         "my daughter's car seat is grey",
         "and the new cot is grey",
         "her onesie is purple"]),
    "a cord round the neck told as the day someone was born": (
        [("she tied a cord around her neck", SH),
         ("the cord is around the baby's neck and he is coming out now", PR)],
        ["cord was round his neck when he was born",
         "my son had the cord around his neck at birth, is that linked to his seizures"]),
    "a clot told with the course of blood thinners that treated it": (
        [("had a dvt treated for 3 months, now sudden chest pain and coughing blood", HA),
         ("i had a clot in 2019 treated with warfarin for 6 months, now my leg is swollen and i'm short of breath", AS),
         ("i had a dvt after surgery last week, treated with heparin for a few days, now short of breath and coughing blood",
          B)],
        ["dvt after my hip op in 2019, treated with eliquis for 3 months",
         "had a PE after the c-section, anticoagulated for six months, no recurrence",
         "clot in my calf after knee surgery, on warfarin for a year, none since"]),
    "a sugar treated and checked again in range, or back down later": (
        [("sugar was 40, gave juice, rechecked 35 and she is confused", D),
         ("my sugar dropped to 2.1 and she won't wake up", U),
         ("sugar 450 last night, 420 this morning, vomiting and fruity breath", D)],
        ["went low at 3.1 last night, had juice, rechecked 7.4",
         "sugar was 48 this afternoon, gave her glucose tabs, retested at 105",
         "sugar hit 320 yesterday after cake, did a correction, 130 this morning",
         "sugar low 3.1 yesterday night, eat biscuit, after 15 min 6.4"]),
    "a low sugar told in the past, then food or sugar and fine after": (
        [("sugar was 2.5 this morning, had juice, fine after, but now she's confused and sweaty", D),
         ("my sugar dropped to 2.1, ate a biscuit, still shaking and can't think straight", D),
         ("he went low at 40, gave him juice and he is fine, but now he won't wake up", U)],
        ["sugar was 3.5 before lunch, ate a sandwich, fine after",
         "went hypo at 2.8 yesterday, had jelly babies, fine after 10 minutes",
         "her sugar dropped to 50 at school, she drank juice and was ok"]),
    "a past reaction that was only hives or a rash": (
        [("had hives yesterday from the new antibiotic, now my throat is closing", SW),
         ("just hives earlier but now her tongue is swelling up", SW)],
        ["she had a reaction to penicillin last week, only a rash, doctor switched her",
         "had hives after the new cream on monday, just hives, all gone"]),
    "told in the past, then gone, treated or explained later in the line": (
        [("bad headache after the epidural, they did a blood patch and it's gone, but now the worst headache of my life",
          NE),
         ("chest pain last night, doctor said reflux, now crushing chest pain again", HA),
         ("my husband collapsed yesterday, the doctor said it was his heart, and now he is not breathing", B),
         ("his speech was slurred an hour ago, it's all gone now", ST),
         ("my arm went numb last night, it's gone, but now i can't move my leg", ST)],
        ["bad headache after my spinal last week, they gave me fluids and caffeine and it's gone",
         "chest tightness after dinner yesterday, the gaviscon sorted it",
         "felt dizzy on saturday, gp said it was an ear infection",
         "chest pain last night, doc says it was reflux",
         "yesterday chest pain after eat spicy, take gaviscon, gone. doctor say acid",
         "my knee gave way last month, they did physio and it's fixed"]),
    "a sign that comes and goes, with a doctor's harmless cause": (
        [("i get dizzy sometimes but right now i collapsed and can't get up", U)],
        ["i go lightheaded occasionally when i stand up quickly, the gp thinks it's postural hypotension",
         "she gets dizzy now and then if she sits up fast, her doctor said it's low blood pressure"]),
    "a sign asked back and denied in the next sentence": (
        [("chest pain? yes crushing, and i can't breathe", HA),
         ("any fainting? nope none of that, but he is not breathing now", B),
         ("chest pain? no, nothing like that, but my arm and face went numb suddenly", ST),
         ("ball pain? yes, sudden and really bad, swollen", TE),
         ("he collapsed and won't wake up. chest pain? none at all", U),
         ("my dad is slurring his words and his face is drooping. headache? no, not at all", ST)],
        ["chest pain? no, nothing like that",
         "any fainting? nope none of that",
         "fever? no. chest pain? no. just a question about the vasectomy",
         "any bleeding? no",
         "seizures? not at all",
         "¿dolor de pecho? no, nada de eso"]),
    "a seizure named as a record, a plan or a treatment's subject": (
        [("she's having a seizure right now, where is her seizure plan", U),
         ("he is having seizures with his fever", U),
         ("his seizure has lasted 10 minutes and i can't find his seizure meds", U)],
        ["please send me a template for his seizure diary",
         "what are the options for treating her seizures",
         "his seizure meds were changed last month",
         "is she allowed to drive with her seizures"]),
    "an oxygen level told as its usual run at 88 and above": (
        [("her sats usually sit 88 to 92 but now 79 and she's gasping", B),
         ("her oxygen is 82 and her lips are blue", B)],
        ["her sats run between 88 and 92 at home, that's normal for her",
         "oxygen usually sits 89-91 on his 2 litres",
         "oxygen always 88 89 with copd, doctor say ok for her"]),
    "a year opening a sentence before a person, or right after a sign": (
        [("2019 he had a heart attack, now crushing chest pain and sweating", HA),
         ("2019 my dad had a stroke, he cant breathe", B),
         ("2024 has been rough, he cant breathe", B),
         ("2020 was the worst year, i want to kill myself", SH),
         ("stroke in 2017, now sudden weakness on one side since 10 minutes", ST),
         ("heart attack 2019, now crushing chest pain", HA)],
        ["2015 i had a heart attack and a stent, doing great since",
         "in 2010 she had a stroke, no lasting problems",
         "stroke 2017, fully recovered"]),
    "Spanish: when he was little, no longer; my tablets taken as a routine": (
        [("está convulsionando ahora mismo, cuando era niño le daban", U),
         ("mi hijo no respira, cuando era bebé tenía asma", B),
         ("mi hijo se tomó mis pastillas, todas", P),
         ("el niño tomó las pastillas de la abuela", P)],
        ["de niña le daban ataques pero ya no le dan",
         "cuando era joven se desmayaba mucho, ya no le pasa",
         "tomo mis pastillas para la presión todos los días",
         "ya tomo mis medicinas y me siento bien"]),
    "I'm safe, said plainly": (
        [("i feel safe but i have pills ready to kill myself tonight", SH)],
        ["been feeling down, seeing my therapist, im safe"]),
    "how would I know, what if ... is that common, suppose": (
        [("what if he's having a stroke right now, his face is drooping", ST),
         ("my dad can't walk and his face is drooping, what if it's a stroke", ST),
         ("suppose it's a heart attack, i have crushing chest pain right now", HA),
         ("suppose i took too many pills, i took 40 tonight", SH),
         ("how would i know if it's a stroke, his face is drooping right now", ST),
         ("how would i know if it's sepsis? she's confused and her temp is 40", SE)],
        ["what if the anesthesia wears off and i feel everything, is that common",
         "what if my stitches come apart and it bleeds, how likely is that",
         "suppose he has a seizure at school, what should the teacher do",
         "supposing the baby stops breathing at night, would the monitor beep",
         "imagine i get chest pain on the plane, what then",
         "how would i know if it's a stroke or just a migraine",
         "how can you tell a heart attack from heartburn",
         "how would we even know if she was bleeding inside"]),
    "a fever told as a habit": (
        [("whenever he gets a temp he shakes, and right now he is 40 and not waking properly", U),
         ("my baby is 5 weeks old and has a temp of 38.5", SE)],
        ["my son takes 10ml of calpol when he has a temp"]),
    "figures of speech: a bleeding nightmare, suffocating under emails, dying here trying, fever-free": (
        [("my nose is bleeding and won't stop", BL),
         ("he's bleeding heavily from the head", BL),
         ("its bleeding everywhere, what a nightmare", BL),
         ("i'm suffocating, can't breathe", B),
         ("the baby is suffocating under the blanket", B),
         ("we are suffocating under all the smoke", B),
         ("i'm dying, crushing chest pain", HA),
         ("i'm dying here lol my chest is crushing and my arm is numb", HA),
         ("no puedo respirar, me estoy ahogando", B),
         ("con tanto humo me estoy ahogando", B),
         ("he had a fever for 3 days, seizure free for years but now fitting and won't stop", U)],
        ["it's a bleeding joke how long the referral takes",
         "the whole system is a bleeding shambles",
         "i'm suffocating under all these emails",
         "im dying here trying to figure out this insurance form",
         "con tantas citas me estoy ahogando",
         "she's been fever free for two days",
         "he's seizure free since the new meds"]),
}

test_round15_false_alarms_signs_reach_the_urgent_turn, test_round15_false_alarms_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", ["im not safe", "i don't feel safe tonight", "im safe tonight", "I am not safe around myself"])
def test_not_safe_or_safe_with_a_doubt_still_asks_with_the_crisis_line(line):
    result = screen(line)
    assert result.level != "none" and result.crisis, result


def test_a_supply_is_quiet_only_while_nothing_in_the_line_says_it_was_taken():
    # unless_line: "swallowed" in another clause still counts for the count in the first
    assert level("the pharmacy gave me 30 tablets") == "none"
    assert screen("the pharmacy gave me 30 tablets and i swallowed them all").is_emergency
    assert screen("a box of 28 tablets, all gone, and she's very sleepy").level != "none"


def test_an_answer_counts_only_for_the_sign_it_answers():
    # the denial opens the clause right after the sign's own sentence: not a sign two sentences back
    assert level("ball pain? nah, nothing like that") == "none"
    assert screen("he collapsed and won't wake up. chest pain? none at all").is_emergency
    assert level("chest pain. no, nothing like that") != "none"  # no question mark: not an answer
    assert level("chest pain? no, it's crushing") != "none"  # a bare no followed by more about it
    assert screen("he collapsed and is not breathing. no.").is_emergency


def test_now_fine_is_no_now():
    # "now ok" ends what came before; it does not make an older sign happen now
    assert level("carbon monoxide in the garage in 2019. now ok.") == "none"
    assert screen("carbon monoxide alarm went off, now we all have headaches and feel sick").is_emergency


@pytest.mark.parametrize("line", [
    "i sometimes get chest pain, my doctor said it's anxiety, but this time it's different, sweating and can't breathe",
    "had chest pain last night, doctor said reflux, but it came back an hour ago and is crushing",
    "she gets dizzy sometimes, doctor says low blood pressure, now she collapsed and wont wake"])
def test_an_explanation_stands_aside_when_the_line_says_it_is_back_now_or_different(line):
    # unless_line [news_later_r15q] on seen, seen_r12, explained_r12 and the r15q groups told over or known
    assert screen(line).is_emergency, screen(line)


def test_a_known_chest_pain_told_as_crushing_right_now_at_least_asks():
    assert level("i sometimes get chest pain, my doctor said its anxiety, but right now it's crushing and spreading to my arm") != "none"


@pytest.mark.parametrize("line", ["the gp saw me this morning and said it's a virus, i had a fever last night",
                                  "i get breathless on stairs, that's why the cardiologist wants the valve done"])
def test_an_explanation_still_quiets_when_only_the_visit_is_recent(line):
    assert level(line) == "none", screen(line)
