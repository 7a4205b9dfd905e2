"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper s5, after round 19 was folded in).

Written from how people talk, not from the round's lines (none of these lines is a corpus line), in several voices
(texting, non-native, elderly, caregiver, Spanish): a yes/no question about what may happen on a condition ("will my
incision split open if I cough?"); an overdose told of anyone at all ("how do you know if someone is overdosing");
"what would happen if"; how to tell one thing "or just" another; a figure of speech said to be one ("figuratively
speaking"); choking at an interview, food that "could poison a horse", ready to drop from the work of caring; a low
sugar treated with food and told as over; a reading rechecked and in range; a CO alarm that was only its battery; work
at a height said as what one does there; Spanish seen and "todo salió normal"; the speaker's own birth; a clinician
told as aware; a sign that names the papers after it; a high sugar in mmol/l (high, not low) and where it usually
runs; "now" that tells when doctors plan ("ahora le quieren hacer otra cirugía"); a talk one blacked out, a breath
held for news. Each kind is checked with the emergencies it must not hide (now, since this morning, again today,
still, a sign told after the all-clear). The rules are the "round 19 (s5)" lines and *_s5 groups of
dialogues/red_flags.yaml.
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests

from assistant.safety import screen

B, U, BL, SW, SH, P, NE, ST, DI, AS, V, SE, PR = (
    "breathing", "unconscious", "bleeding", "swelling", "self_harm", "poisoning", "neurologic", "stroke", "diabetes",
    "after_surgery", "vitals", "sepsis", "pregnancy")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "a yes/no question about what may happen on a condition": (
        [("my incision split open when i coughed", AS),
         ("can you help, my incision split open when i coughed", AS),
         ("my incision split open when i cough", AS),
         ("will it be ok, his stitches burst open this morning", AS),
         ("will my incision split open if i cough? it has been splitting since this morning", AS),
         ("can my wife come in, her throat is swelling up right now", SW),
         ("could he be having a seizure right now, hes shaking all over", U)],
        ["will my incision split open if I cough?",
         "can his stitches burst if he sneezes too hard",
         "could my wound open up when i lift the baby",
         "is it possible for the incision to come apart when he laughs",
         "wil my cut open if i do yoga",
         "can the wound bust open if she coughs a lot",
         "can my throat swell up if i eat shrimp again",
         "will i bleed a lot if i take aspirin before the op",
         "could he have a seizure if he misses a dose",
         "doctor, would my sugar go too low if i skip lunch"]),
    "an overdose told of anyone at all": (
        [("my brother is overdosing what do i do", SH),
         ("i think my friend is overdosing right now", SH),
         ("if someone is overdosing what do i do, my brother just took all his pills", SH)],
        ["how do you know if someone is overdosing",
         "what do you do if somebody is overdosing on opioids",
         "if a person is overdosing should you give narcan",
         "how can u tell if a teenager is overdosing"]),
    "what would happen if": (
        [("i took my heart tablet twice by accident and now my heart is racing", P),
         ("took my insulin twice by mistake, shaky and sweaty", DI)],
        ["what would happen if i took my blood pressure pills twice by mistake",
         "what could happen to him if he swallowed one of those batteries"]),
    "how to tell one thing or just another": (
        [],
        ["how do i tell if its a heart attack or just heartburn",
         "how do you know whether its a seizure or just a faint"]),
    "a figure of speech said to be one": (
        [("i cant breathe, my lips are blue", B),
         ("i'm so breathless i can't finish a sentence", B)],
        ["these bills have left me breathless, figuratively speaking",
         "im choking on all this jargon, so to speak"]),
    "choking at an interview, a horse's dose, ready to drop from the work": (
        [("he choked on a piece of meat and can't breathe", B),
         ("my toddler choked on a grape and is turning blue", B),
         ("bro i choked on a chicken bone and cant breathe", B)],
        ["i totally choked at the job interview yesterday",
         "my son choked in the exam and forgot everything",
         "his chili could kill a horse haha",
         "that coffee is strong enough to knock out an elephant",
         "gonna collapse from exhaustion juggling all his meds and appointments",
         "ready to pass out from tiredness dealing with the insurance"]),
    "a low sugar treated with food and told as over": (
        [("sugar is 2.4 and she isnt waking up", DI),
         ("his sugar went low, we gave him juice but he's still confused", NE),
         ("sugar went low last night, had juice, was fine, but now it's dropping again and he's sweaty", NE),
         ("she went low at lunch, had juice and was fine, but now shes confused again", ST),
         ("grandma got confused this morning, we gave her juice but shes still not making sense", ST)],
        ["sugar dropped to 3.1 last night, had some juice and was fine after",
         "my husband went hypo at lunch, I gave him jelly beans and he was back to himself in 10 min",
         "dad got confused yesterday evening, his sugar was 2.8, he ate a sandwich and is himself again",
         "my daughter's bg went low in the night, we gave her glucose tabs and she's fine now"]),
    "a reading rechecked and in range": (
        [("bp 220/130, rechecked and still 215/125 with a headache", V),
         ("sats 84, rechecked and it was 83", V),
         ("temp 105.8, retook it and it was 105.2", V),
         ("bp was 190/100 on the machine, rechecked and still 188/105 and my head is pounding", V)],
        ["bp was 185/110 at the pharmacy, rechecked at home 128/80",
         "his sats said 86 on the cheap clip, rechecked on the nurse's one and it was 97",
         "pulse read 160 on my watch, checked again manually, pulse 82"]),
    "a CO alarm that was only its battery": (
        [("the carbon monoxide alarm is going off and we all have headaches", P),
         ("co alarm went off, we all feel dizzy and sick", P),
         ("the co alarm went off yesterday, they said it was the battery, but now it's going off again and the kids "
          "are sleepy", P)],
        ["the co alarm went off last night, turned out it was just the battery",
         "our carbon monoxide alarm went off at 3am but the gas engineer checked it and said it was a faulty unit",
         "co detector went off yesterday, false alarm, fire department came and found nothing"]),
    "work at a height said as what one does there": (
        [("my son is standing on the roof and says he wants to jump", SH),
         ("she's standing on the bridge and wont answer me", SH),
         ("standing on the roof, i cant do this anymore", SH),
         ("standing on the roof fixing the gutter and he says he wants to end it all", SH),
         ("he was on the roof fixing the gutter and fell off, hes not moving", U)],
        ["standing on the roof fixing the gutter",
         "my husband is up on the roof cleaning the gutters",
         "i was sitting on the roof to fix the aerial when you called",
         "roofer here, standing on the roof all day replacing tiles, what about my knee",
         "he climbed onto the roof to get the ball"]),
    "Spanish: seen, and all came out normal": (
        [("mi hijo se desmayó y no despierta", U),
         ("se desmayó el martes, lo vieron en urgencias y salió normal, pero hoy se desmayó otra vez y no responde",
          U),
         ("mi papá se cayó y no puede mover el brazo", ST)],
        ["mi hijo se desmayó en el partido el sábado, lo revisaron en urgencias y todo salió normal",
         "mi mamá se cayó ayer, la revisaron y todo está bien",
         "a mi esposo le dio dolor de pecho el lunes, le hicieron el electro y salió normal"]),
    "the speaker's own birth": (
        [("my wife is bleeding a lot after giving birth", BL),
         ("i just gave birth and i'm soaking pads with blood", BL),
         ("my wife hemorrhaged after she gave birth to our son yesterday", BL)],
        ["my mom almost died giving birth to me, she bled a lot",
         "my grandfather killed himself before i was born",
         "she had a seizure when she was pregnant with me"]),
    "a history told with its age or stay, and 'so now'": (
        [("my baby is 2 months old and has a fever", SE),
         ("my dad was in hospital last week for fever and now he has fever again and is confused", SE),
         ("when i was 12 i had anaphylaxis, now my throat is closing up", SW),
         ("he fell off the ladder so now he can't move his legs", NE),
         ("she had a seizure so now she's not waking up", U)],
        ["my daughter was in the hospital at 3 months for a fever, all fine",
         "when i was 8 i had a seizure so now i take meds"]),
    "mild and known to a clinician": (
        [("she's suddenly very short of breath and her lips are blue", B),
         ("he's breathless even at rest now, much worse than usual", B),
         ("he gets mild breathlessness on stairs, cardiologist is aware, but today he cant breathe at rest", B)],
        ["she gets a bit short of breath on the stairs, her doctor is aware",
         "a touch of breathlessness walking up the hill, my GP knows about it"]),
    "a sign that names the papers after it": (
        [("he overdosed an hour ago", SH),
         ("add the seizure records please, he is having one now", U)],
        ["can you add my overdose discharge summary to the list",
         "pls include his seizure records and the mri",
         "the stroke admission notes from 2019 should go in the packet"]),
    "a high sugar in mmol/l, and where it usually runs": (
        [("my sugar is 2.5 mmol and i'm shaking", DI),
         ("sugar 2.8 mmol, confused", DI),
         ("blood sugar 35 mmol and vomiting", DI),
         ("sugar 30 and he's really drowsy", DI),
         ("my sugar is 40 and i'm shaky and sweaty", DI),
         ("sugar 25 mg/dl", DI),
         ("my sugar usually runs 20 mmol but today its 33 and im vomiting", DI)],
        ["my sugar runs 20 mmol",
         "sugars have been around 14 mmol all week",
         "my sugar is usually 12 mmol after meals",
         "his sugar normally sits around 22 mmol, the diabetes nurse is changing his insulin"]),
    "now is when the doctors plan, not when a sign is told": (
        [("mi papá tuvo un infarto hace cinco años y ahora tiene dolor de pecho", "heart_attack"),
         ("he had a stroke years ago and now his face is drooping again", ST),
         ("he had a heart attack in 2015, now he has crushing chest pain", "heart_attack"),
         ("now he wants to kill himself", SH)],
        ["mi papá tuvo un infarto hace cinco años y ahora le quieren hacer otra cirugía",
         "mi mamá tuvo un derrame en 2019 y ahora los médicos quieren cambiarle el anticoagulante",
         "my dad had a heart attack 5 years ago, now they want to do another bypass",
         "she had a seizure years ago and now the neurologist wants to stop her meds"]),
    "a talk one cannot remember, a breath held for news": (
        [("i blacked out during the appointment and hit my head", NE),
         ("cant breathe until i use my inhaler and its not working", B)],
        ["i blacked out the whole conversation, cant remember a thing the doctor said",
         "waiting for results is torture, i cant breathe until i know"]),
    "a habit told as always so, a second thing a medicine may do, an all-clear in a contraction": (
        [("i get short of breath climbing three flights, always have, but today i cant breathe sitting down", B),
         ("baby had blue lips when crying yesterday and today she is blue again and floppy", B),
         ("baby had blue lips for a sec when crying yesterday, hes fine but now he is blue again", B)],
        ["i get short of breath climbing three flights, always have",
         "her hands shake when shes tired, has been like that for years",
         "will the chemo make my hair fall out and make me bleed easily",
         "he fainted yesterday, hes fine"]),
    "another device or site in range, a battery to change, examples after a watch-for question": (
        [("my 6 week old had a temp of 38.5, rechecked and it was 37.4", SE),
         ("sats showed 85 on my phone app, the real oximeter said 86 and his lips are blue", B),
         ("co detector going off, we all have headaches, the battery needs changing too", P),
         ("tengo dolor de pecho muy fuerte, como sé si es un infarto o solo ansiedad", "heart_attack"),
         ("what should we watch for? he has chest pain right now", "heart_attack"),
         ("when should i call, like now he has crushing chest pain", "heart_attack")],
        ["her temp read 40 on the forehead thing, under the arm it was 37.1",
         "sats showed 85 on my phone app, the real oximeter said 98",
         "co detector chirping, the battery needs changing",
         "como sé si es un infarto o solo ansiedad",
         "what should we watch for after the stent, like chest pain or bleeding",
         "side effects of the pills, such as bleeding or rash"]),
}

test_round19_s5_signs_reach_the_urgent_turn, test_round19_s5_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "i'm about to pass out, everything is spinning",
    "i feel like i'm going to pass out from the pain",
    "if someone is overdosing right now and not breathing what do i do",
    "what would happen if he took 20 of my sleeping pills? he just did",
    "can the new pills cause a rash and make me bleed, i am bleeding from my gums right now",
])
def test_told_as_now_or_done_is_still_asked_about(line):
    assert level(line) != "none"


@pytest.mark.parametrize("line", ["my sugar is 20 mmol", "sugar 22 mmol/l", "glucose reading 18 mmol"])
def test_a_sugar_in_mmol_over_ten_is_never_read_as_a_low(line):
    result = screen(line)
    assert "a very low blood sugar" not in result.labels(), result


@pytest.mark.parametrize("line", ["my sugar is 20 mmol right now and im vomiting",
                                  "sugar 22 mmol since this morning, breathing fast"])
def test_a_high_mmol_sugar_told_as_now_still_counts(line):
    assert level(line) != "none"
