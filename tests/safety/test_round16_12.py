"""The rules added when round 16 was folded in for its missed emergencies (issue 12): the blocks named *_r16 in
dialogues/red_flags.yaml and their pairs, "hasn't been able to pee" read as urine that will not come, and "hasn't passed
anything" no longer read as a sign that passed. By kind: someone's breathing asked about and answered no; "done" or
"tired of it all" with a gun or the means at hand; a lethal amount worked out, with a plan or a time; the clinical SI
with a plan or the means; a wish to die in Spanish with the pills in hand; someone who cannot be woken at all, told by
name; a thunderclap headache in clinical words; a nosebleed whose first aid fails; blood and clots in the urine that
block it; a private part in pain, suddenly; the cord come out; no feeling at the bottom, or urine that will not come,
with a bad back; a wound opened again after an operation; a heater on all night with people ill; screaming over the
belly and guarding it; nothing passed for days with green vomit; a child into a pill organiser, a grown-up's medicine
or lamp oil; a box of medicine missing with sickness; a great amount of paracetamol at once; a leg swollen and hot on a
blood thinner (the question).
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, elderly,
caregivers, clinical shorthand, Spanish), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

RULES = {
    "breathing asked about by the one typing and answered no": (
        [("is he breathing? no", "breathing"),
         ("is she still breathing?? i dont think so", "breathing"),
         ("my dad fell down. is he breathing? i cant tell", "breathing"),
         ("baby is breathing? no. help", "breathing"),
         ("is my husband breathing? nope", "breathing"),
         ("any pulse? none", "breathing"),
         ("is grandma breathing? not that i can see", "breathing")],
        ["is he breathing ok after the surgery? the nurse said yes",
         "his breathing is fine now",
         "breathing? no problems at all",
         "is she breathing better with the new inhaler? yes much better"]),
    "done, or tired of it all, with a gun or a means at hand": (
        [("so tired of it all. the gun is loaded. bye", "self_harm"),
         ("im done. got the rope ready", "self_harm"),
         ("tired of everything. i have the gun with me", "self_harm")],
        ["tired of all this paperwork, can we be done",
         "done. the gun safe is locked and my brother has the key",
         "tired of all the waiting, the surgery is loaded with risk"]),
    "a lethal amount worked out, with a plan or a time": (
        [("i looked up how many of my sleeping pills would be lethal and im going to do it tonight", "self_harm"),
         ("worked out how much morphine it would take to kill me, planning to do it this weekend", "self_harm"),
         ("she googled the lethal dose of her heart pills and says tonight is the night", "self_harm")],
        ["the pharmacist told us the lethal dose of tylenol is lower than people think",
         "we looked up how many of his pills would be toxic for the dog, the vet says he is fine",
         "is the dose of methotrexate they offered safe? second opinion please"]),
    "the clinical SI with a plan or the means": (
        [("pt endorses SI with plan, has a rifle at home", "self_harm"),
         ("my son has SI with a plan and access to guns", "self_harm"),
         ("daughter expressing SI, has access to her grandma's pills", "self_harm")],
        ["hx of SI in 2015, none since, the decision is about knee surgery",
         "si, tiene un plan para la cirugía",
         "si tiene pastillas para el dolor, está bien"]),
    "a wish to die in Spanish with the pills or a weapon in hand": (
        [("mi hijo dice que ya no quiere vivir y tiene la pistola", "self_harm"),
         ("ya no quiero vivir, tengo todas las pastillas en la mano", "self_harm"),
         ("mi abuela quiere morirse y tiene sus pastillas en la mano", "self_harm")],
        ["mi mamá tiene sus pastillas en la mano para tomarlas con la comida",
         "tiene pastillas para la presión, queremos otra opinión"]),
    "someone who cannot be woken at all, told by name": (
        [("cant wake Maria at all, shes breathing funny", "unconscious"),
         ("I cannot rouse George no matter what I do", "unconscious"),
         ("we cant get a response from grandpa at all", "unconscious")],
        ["cant wake Tom at all in the mornings, teenagers",
         "my alarm cant wake me at all lately",
         "could not get a response from the clinic at all"]),
    "a headache at its worst at once (thunderclap), in clinical or plain words": (
        [("sudden onset worst headache, vomiting, 48F", "neurologic"),
         ("HA max at onset 20 min ago", "neurologic"),
         ("headache came on in a split second, like a hammer", "neurologic"),
         ("explosive onset headache while lifting weights", "neurologic")],
        ["her migraines build up slowly over a few hours",
         "headaches for years, the neurologist says tension type",
         "ha ha very funny, the form is confusing"]),
    "a nosebleed or blood in the urine that first aid does not stop, or clots that block": (
        [("nosebleed 40 min, pinching not working", "bleeding"),
         ("epistaxis, gauze soaked through, pt on apixaban", "bleeding"),
         ("my pee is full of blood and clots and now i cant pee", "bleeding"),
         ("dad catheter bag all blood and clots, nothing coming out", "bleeding")],
        ["epistaxis as a child, grew out of it",
         "nosebleed last week, pressure stopped it in five minutes",
         "blood in urine last year, cystoscopy was normal"]),
    "no feeling at the bottom, or urine that will not come, with a bad back or weak legs": (
        [("back pain, cant feel bottom when wipe", "cauda_equina"),
         ("my back is killing me and my pee wont come out", "cauda_equina"),
         ("disc trouble, since this morning he hasnt been able to pee and his legs are weak", "cauda_equina"),
         ("bad back, urine not coming, legs weak", "cauda_equina")],
        ["back pain for years, pee fine, walking fine",
         "he hasnt been able to work since the back surgery",
         "cant feel the bottom of the pool, scary lol"]),
    "a private part in pain, suddenly": (
        [("my son pain private part very sudden, crying", "testicular"),
         ("sudden pain in his privates, one side swollen", "testicular"),
         ("teen boy, sudden agony down there, vomiting", "testicular")],
        ["my wife has an itchy rash on her private parts",
         "itchy rash on private parts, no pain",
         "he had a vasectomy years ago, no problems"]),
    "the umbilical cord come out": (
        [("water break and cord come out, baby not born", "pregnancy"),
         ("the cord is hanging out, her waters went", "pregnancy"),
         ("wife pregnant, cord slipping out, what do i do", "pregnancy")],
        ["spinal cord compression came out on the mri last year",
         "we want to store the cord blood, is it worth it",
         "the cord stump fell off yesterday, his belly button looks fine"]),
    "a wound opened again after an operation": (
        [("after surgery, cut open again and yellow water coming out", "after_surgery"),
         ("since the operation on friday the wound split open again", "after_surgery"),
         ("post op day 5, incision opening up and fluid leaking out", "after_surgery")],
        ["after surgery they will open the wound again if needed, the surgeon said",
         "the operation will cut his belly open, we want a second opinion"]),
    "a heater or fire on for hours with people ill": (
        [("the heaters been on all night and we all have splitting headaches", "poisoning"),
         ("gas fire on all night, kids and me feel sick and dizzy", "poisoning"),
         ("generator running in the garage all day, both of us woke up confused", "poisoning")],
        ["the heater is on all night in winter, we sleep well",
         "the engine running all day at the farm, no one ill"]),
    "screaming over the belly and guarding it; nothing passed for days with green vomit": (
        [("she is curled up crying holding her stomach, wont let me touch it", "abdomen"),
         ("he screaming with his belly, cant touch it", "abdomen"),
         ("tummy swollen, throwing up green, hasnt passed anything for 4 days", "abdomen")],
        ["my belly hurts a bit, eating fine",
         "she was crying over her stomach ache last month, the gp said constipation, fine now",
         "hasnt passed the exam for 3 days of studying lol"]),
    "a child into a pill organiser, a grown-up's medicine, lamp oil or fuel": (
        [("toddler got into grandpa's pill box and two compartments are empty", "poisoning"),
         ("3yo ingested some of my metoprolol", "poisoning"),
         ("my baby drank lamp oil and is coughing", "poisoning"),
         ("the kid swallowed kerosene from the heater", "poisoning")],
        ["we keep the pill organizer locked away from the grandkids",
         "the baby oil is for his dry skin",
         "is kerosene heating safe with a toddler in the house"]),
    "a box of medicine missing with sickness; a great amount of paracetamol at once": (
        [("a box of 24 tylenol is missing and my daughter is throwing up", "poisoning"),
         ("took 6000 mg of paracetamol today for my tooth", "poisoning"),
         ("my mom took 8g of acetaminophen", "poisoning")],
        ["she takes 500mg of tylenol twice a day",
         "the box of paracetamol is missing from the cabinet, i will buy another",
         "took 1000mg of paracetamol for a headache"]),
}

test_round16_signs_reach_the_urgent_turn, test_round16_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "on warfarin and his leg is swollen and hot",
    "taking eliquis, my calf is red and tight",
    "mama en warfarin, leg swollen red hot",
])
def test_a_leg_swollen_and_hot_on_a_blood_thinner_gets_the_question(line):
    assert level(line) == "ask", screen(line)


@pytest.mark.parametrize("line", [
    "on warfarin for years, legs fine",
    "his leg was swollen after the flight, fine now, he is not on thinners",
])
def test_a_blood_thinner_with_no_leg_sign_stays_quiet(line):
    assert level(line) == "none", screen(line)


# The false alarms of round 16, fixed by frame (the contexts named *_r16, a past year after a sign, clinical history
# openers, "no vision stuff" in a list of denials, risk questions about a person, "si a mi hijo le da", idioms of bills
# and cold rooms, a sign then "gone"): each frame with lines that must stay quiet and lines that must still alert.
QUIET = {
    "a clause that is only a time long past opens the sentence": [
        "long time ago, back home, i have stroke, now fine",
        "before, 10 year ago, my husband heart attack, he take pills now",
        "years ago, bleeding from stomach, they gave me blood",
        "history: seizure 2019, stroke 2021",
    ],
    "a past year after the sign; hx, pmh; 'when young'": [
        "seizures 1998 to 2004, none since",
        "pmh: anaphylaxis to peanuts, carries an epipen",
        "hx dvt and pe, on apixaban",
        "my wife have asthma attack when young, now ok",
    ],
    "a family history in clinical shorthand": [
        "FH: father collapsed and died at 45, heart",
        "family hx: aunt had a stroke at 50",
    ],
    "a question asked to know, or a case imagined": [
        "how do you know if a child swallowed a battery, asking for future reference",
        "just wondering how to tell the difference between a faint and a seizure",
        "suppose her sugar drops very low at night, would she wake up?",
        "this pill, can make my wife bleed inside?",
        "can a toddler get lead poisoning from old paint, we are renovating",
        "que hago si a mi papá le da un infarto en la casa",
    ],
    "a sign told in the past, then fixed, back in range, changed or sent home": [
        "had a wheezy spell this morning, the inhaler sorted it, fine now",
        "oxygen dropped to 87 on the walk, back to 95 sitting",
        "his bp was 200/110 at the chemist, gp changed his meds, now in the 120s",
        "she had a fit on saturday, they did bloods and a scan and sent her home, now she wants a second opinion",
        "had a temp sunday, temp's gone",
    ],
    "figures of speech and lists of denials": [
        "drowning in medical bills, feel like im suffocating with all these claims",
        "the clinic was freezing, i was going blue lol",
        "so many forms, my head explode, too much information",
        "no chest pain no dizziness no vision problems, sugar ok",
    ],
}

STILL_ALERT = [
    "years ago. now he has chest pain and is sweating",
    "family hx of stroke, and today her face is drooping",
    "just wondering, he swallowed a button battery an hour ago, is that bad",
    "suppose i took too many pills, i took 50 tonight",
    "oxygen dropped to 84 this morning, now at 86",
    "took 40 paracetamol last night, feel fine now",
    "lost vision in my right eye this morning",
    "she cant see anything out of her left eye since 2 hours",
    "ya no quiere vivir, tiene la pistola",
]


@pytest.mark.parametrize("line", [line for lines in QUIET.values() for line in lines])
def test_round16_false_alarm_frames_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", STILL_ALERT)
def test_round16_frames_do_not_hide_a_sign_told_as_now(line):
    assert level(line) != "none", screen(line)
