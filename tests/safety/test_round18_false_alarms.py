"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper s4, after round 18 was folded in).

Written from how people talk, not from the round's lines (none of these lines is a corpus line), in several voices
(texting, dialect, non-native, elderly, caregiver, Spanish): a negation said in dialect ("aint") or as a bare
"nothing" before the sign; a sign given a feeling as its cause ("from boredom", "for worry"); "about had a fit when
I told him" in dialect; a thing that "would knock you out"; a thing called poison that nobody swallowed; self-reproach
over a slip ("could kill myself for forgetting"); Spanish "me van a dar un infarto"; a denial of bowel or bladder
trouble; Spanish "todos los días" (every day, not "all of them"); a list of risks a doctor named; a past episode in
a sentence dated years back; a bare "before"; a sign a paper names; "suffocating here" under a load; what to do if
someone ever tells of suicide; "when she young"; checked and told it was "just" something; playing as usual; bleeding
after birth told as little or lessening; trace ketones; a past low or fever closed by "fine after"; a clinical list
with two signs in one item. Each kind is checked with the emergencies it must not hide (now, today, again, worse,
minutes before, already said). The rules are the "round 18 (s4)" lines and *_s4 groups of dialogues/red_flags.yaml
and the any_head lists of assistant/safety/lists.py.
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests

B, U, BL, HA, SH, P, AB, CE, NE, ST, DI, SE = (
    "breathing", "unconscious", "bleeding", "heart_attack", "self_harm", "poisoning", "abdomen", "cauda_equina",
    "neurologic", "stroke", "diabetes", "sepsis")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "a negation said in dialect, or a bare nothing before the sign": (
        [("he aint breathing", B),
         ("she aint waking up and her lips are blue", B),
         ("my baby aint moving and wont wake", U),
         ("nothing stops the bleeding, its pouring", BL),
         ("nothing helps the chest pain, started an hour ago", HA)],
        ["he aint got no fever, just a cough",
         "she aint bleeding no more, the cut closed up",
         "scraped his knee on the drive, nothing bleeding, nothing broken"]),
    "a sign whose cause is a feeling": (
        [("I passed out from the pain in my belly", AB),
         ("she fainted from the heat and isnt waking up", U),
         ("I can hardly breathe, my chest is tight", B)],
        ["the lecture was so dull i nearly passed out from boredom",
         "we were laughing so much i could hardly breathe for laughing",
         "my mum about fainted from embarrassment at the front desk"]),
    "nearly had a fit when told, in dialect": (
        [("he is having a seizure right now", U)],
        ["my husband bout had a heart attack when he saw the bill",
         "grandma liketa had a stroke when i told her about the tattoo"]),
    "a thing that would knock anyone out": (
        [("he fell off the ladder and was knocked unconscious", U),
         ("the ball knocked him unconscious", U)],
        ["those insurance forms would bore you unconscious"]),
    "a thing called poison that nobody swallowed": (
        [("my son drank something from the garage, it is poison", P),
         ("the mushroom he ate is poison, now he is vomiting", P),
         ("my toddler swallowed a battery lol what do i do", P)],
        ["the hospital food is pure poison lol",
         "the stress at that job is poison"]),
    "self-reproach over a slip": (
        [("I want to kill myself", SH),
         ("I could kill myself tonight, i have the pills", SH),
         ("I could kill myself for being such a burden", SH)],
        ["I could kill myself for missing the appointment again",
         "she could strangle herself for leaving the forms at home"]),
    "Spanish: papers that will give me a heart attack": (
        [("me esta dando un infarto, me duele mucho el pecho", HA),
         ("creo que le va a dar un infarto, tiene dolor en el pecho y suda", HA)],
        ["las cuentas del hospital me van a dar un infarto",
         "este seguro me va a dar algo"]),
    "no bowel or bladder trouble is a denial": (
        [("lost control of my bladder and my legs are numb", CE),
         ("no bladder control since this morning and back pain", CE)],
        ["no bowel or bladder problems, just the sciatica"]),
    "a list of risks a doctor named": (
        [("the risks of bleeding were explained, now shes vomiting blood", BL),
         ("he is on warfarin so risk of bleeding, vomiting blood", BL),
         ("the possibility of stroke was mentioned, now her face is drooping", ST)],
        ["the anaesthetist went over the risks of bleeding, infection or a reaction to the drugs",
         "side effects include seizures, rash and bleeding, is that normal for this drug"]),
    "a past episode in a sentence dated years back": (
        [("my dad had a stroke years ago and today his face drooped for 10 minutes", ST),
         ("had a TIA two years back, this morning my arm went numb again for 10 minutes", ST)],
        ["my dad had a mini stroke years ago, his face drooped for a few minutes, scans were clear",
         "mum had a TIA a few years back, her hand went numb for 20 minutes and came right"]),
    "a bare before: on an earlier occasion": (
        [("he had a seizure a few minutes before and now he is not waking up", U),
         ("she had a seizure before, now she is seizing again and wont stop", U),
         ("my husband fainted before and now hes not responding", U),
         ("he had a seizure on the bus before and now he wont wake up", U),
         ("mum was bleeding heavily before, she is very pale and dizzy", BL)],
        ["she had a seizure on that drug before, so the neuro switched her",
         "my husband has had a bleed on warfarin before",
         "my wife has had seizures like this before"]),
    "a sign named by a paper or a record": (
        [("the discharge papers said chest pain, and now the chest pain is back and crushing", HA),
         ("the referral letter says bleeding, she is bleeding heavily right now", BL),
         ("el informe dice dolor de pecho y ahora mismo tiene dolor de pecho fuerte y suda", HA)],
        ["the discharge summary says syncope unspecified, should i bring it",
         "his chart says seizure disorder, will the new doctor need it",
         "los papeles del alta dicen dolor de pecho no especificado",
         "his notes list a seizure disorder, do you need a copy"]),
    "suffocating here under a load": (
        [("im suffocating, i cant breathe, my throat is closing", B),
         ("im so overwhelmed i feel like im suffocating, my chest is tight and my lips are tingling", B),
         ("so much on my plate, but right now im suffocating and cant get air", B)],
        ["swamped with work and the kids, honestly im suffocating here",
         "up to my ears in forms for mums appointment, im drowning here lol"]),
    "what to do if someone ever tells me of suicide": (
        [("what if my son tells me he wants to kill himself, he said it tonight", SH),
         ("my student told me today she wants to kill herself", SH),
         ("what if my daughter tells me she wants to die? she already said it twice this week", SH),
         ("what if a student tells me they want to hurt themselves, one just did", SH)],
        ["what do i say if a client tells me she wants to kill herself",
         "what if my son ever tells me he wants to die, who do i call"]),
    "when young, or freshman year, told without a verb": (
        [("my son is a freshman and is having a seizure right now", U)],
        ["when my mother young she had fever and stiff neck, they said meningitis",
         "my husband had a seizure freshman year, never since"]),
    "checked and told it was just something, or playing as usual": (
        [("the nurse checked her over, said she was just dehydrated, but now she fainted again", U),
         ("the nurse saw him and said just call 999, he is grey and sweaty", B),
         ("he had a fever yesterday and now he is floppy and wont wake", U)],
        ["the nurse checked her over, said she was just dehydrated",
         "ambulance looked at him and said it was only a panic attack",
         "last week baby have fever, doctor check, now she eating normal again",
         "he had a temp on sunday, now hes running around like normal"]),
    "bleeding after birth told as little or lessening": (
        [("bleeding after birth is getting heavier, soaking a pad an hour and dizzy", BL)],
        ["bled quite a bit after the birth, midwife says its fine, now it is getting lighter",
         "she has little spotting 10 days after the baby, nurse say normal"]),
    "ketones told as trace or negative": (
        [("ketones are large and he keeps vomiting", DI),
         ("sugar 25 mmol and ketones 3.2, breathing fast", DI)],
        ["ketones trace this morning, sugar down to 130 now",
         "ketones were negative, sugars a bit high after the party"]),
    "a past low or fever closed by an all-clear": (
        [("went hypo an hour ago, had juice, still confused and not making sense", NE),
         ("on chemo and have a fever of 38.5 now", SE),
         ("on chemo, chills and shaking now, temp 39", SE)],
        ["went hypo at the gym monday, had a gel and a banana, all fine after",
         "had a fever after my second round of chemo. fine after."]),
    "a clinical list with two signs in one item": (
        [],
        ["denies fever, chills, melena or hematemesis",
         "no chest pain, no vomiting blood or black stools"]),
    "Spanish: a pill every day is no overdose": (
        [("se tomo todos los calmantes de la caja", SH),
         ("el niño tomo mis pastillas, no sé cuántas", P)],
        ["tomo mis pastillas todos los días y la presión sigue un poco alta"]),
}

test_round18_s4_signs_reach_the_urgent_turn, test_round18_s4_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "im bout to pass out rn my chest hurts",
    "she is about to pass out, she is pale and sweaty",
    "I nearly passed out from the pain and I still feel faint",
])
def test_about_to_faint_from_a_body_cause_is_still_asked_about(line):
    assert level(line) != "none"


def test_a_bare_before_may_be_earlier_today_and_is_still_asked_about():
    assert level("he fainted before") != "none"  # only a drug, "like this" or a perfect tense makes it an earlier occasion
