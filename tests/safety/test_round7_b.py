"""The rules added when round 7 was folded in, part b (docs/safety.md): pregnancy and after birth,
the nerves at the bottom of the spine, sugar both ways, fever on chemotherapy, problems after surgery,
burns, carbon monoxide, testicles, the belly and a known aneurysm; Spanish; and the false alarms of
ordinary lines. Each rule is checked as a sign happening now and as its negation, history, worry or
everyday look-alike. Phrasings are our own, written from clinical knowledge and how people talk, not
lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a birth happening now, a retained placenta": (
        [("the babys head is showing and we are still at home", "pregnancy"),
         ("my sister is having the baby in the car, she has to push now", "pregnancy"),
         ("baby born on the bathroom floor 20 min ago and the placenta hasnt come out", "pregnancy")],
        ["i could see the head of the baby on the 20 week scan, it looked fine",
         "we are pushing for a second opinion before the c section"]),
    "a baby moving less, in other words": (
        [("the kicks have slowed right down since yesterday, 37 weeks", "pregnancy"),
         ("im 8 months pregnant and the baby hasnt moved today", "pregnancy"),
         ("my bump has gone still since this morning", "pregnancy")],
        ["the kicks are strong and regular, 30 weeks, just asking about the scan",
         "with my first the baby moved less near the end and all was well"]),
    "a fall or a blow in pregnancy": (
        [("22 weeks pregnant and i slipped down the steps onto my belly", "pregnancy"),
         ("my pregnant daughter was in a car accident an hour ago", "pregnancy")],
        ["when i was pregnant with my son i tripped on the stairs, he is 6 now"]),
    "waters broken before 37 weeks": (
        [("29 weeks with twins and fluid is gushing out", "pregnancy"),
         ("only 33 weeks and i think my waters have gone", "pregnancy")],
        ["what do we do if my waters break at 34 weeks"]),
    "after birth: breathless, infected, bleeding": (
        [("had baby girl 4 days ago and now i am gasping when i lie down", "pregnancy"),
         ("a week after delivering, fever and the discharge stinks", "pregnancy"),
         ("new mum here, gave birth on sunday, soaking through pads and passing big clots", "pregnancy")],
        ["after my first delivery in 2018 i had a fever for a day, antibiotics sorted it"]),
    "cauda equina: a bladder held in, a bowel leak, no feeling around the bottom": (
        [("herniated disc and today he cant empty his bladder, legs going weak", "cauda_equina"),
         ("my lower back is killing me and i soiled myself without feeling it", "cauda_equina"),
         ("i have lost feeling around my bottom and my back is agony", "cauda_equina"),
         ("numb buttocks and weak legs since i lifted the sofa", "cauda_equina")],
        ["no loss of feeling around my bottom and i can pee fine, just the usual back ache",
         "what would cauda equina feel like, so i know what to watch for"]),
    "sugar: a meter that reads LO or HI, acting drunk, a low that will not rise": (
        [("the meter says LO and my husband is acting drunk", "diabetes"),
         ("her glucose reads hi on the meter and she keeps vomiting", "diabetes"),
         ("hes a type 1 diabetic and acting strange and sweaty", "diabetes"),
         ("his low wont come back up even after two glucose gels", "diabetes")],
        ["sugar was 3.4 before lunch, had a sandwich and its 6.8 now",
         "my sugar cravings are terrible since the steroids"]),
    "fever on chemotherapy, the chemo's day given": (
        [("she had her chemo on friday and tonight her temperature is 38.3", "sepsis"),
         ("my brother is on chemo and has a fever right now", "sepsis")],
        ["no fever at all since the chemo on monday, just tired",
         "can chemo cause a fever, the leaflet mentions it"]),
    "after surgery: a calf clot, yellow with shivers, a procedure on a named day": (
        [("hip replaced 9 days ago and my calf is hot, red and throbbing", "after_surgery"),
         ("his drain was put in on thursday and now he is yellow and shivering", "after_surgery"),
         ("gallbladder removed 6 days ago, now pulse racing and belly pain", "after_surgery")],
        ["after my knee operation in 2019 my calf swelled, it was a clot and was treated",
         "how would i know if my calf swelling after surgery is a clot"]),
    "burns: on the face, chest or hands, clothes on fire, power lines, badly burnt": (
        [("her nightie caught fire from the heater", "burns"),
         ("the toddler has burns on his face and hands from the bath water", "burns"),
         ("my husband grabbed a live wire and has burns on his palm", "burns"),
         ("his arm is badly burned from the barbecue", "burns"),
         ("he fell into the campfire and his leg is white and leathery", "burns")],
        ["i burnt my hand on the stove as a teenager, there is a scar",
         "the burn didnt blister and the nurse says it is healing",
         "she is on fire at work these days, we want a second opinion on her knee",
         "we were burned by the last clinic's bills"]),
    "carbon monoxide: a reading in ppm, fumes indoors, a stove with two ill, an alarm going off": (
        [("the monitor shows 150 ppm and my head is pounding", "poisoning"),
         ("exhaust fumes are coming into the flat and i feel dizzy and sick", "poisoning"),
         ("we have a log burner and both of us are drowsy with headaches", "poisoning"),
         ("the gas alarm is beeping and mum is confused", "poisoning")],
        ["the co alarm keeps chirping because it needs a new battery, we all feel fine",
         "we have a wood stove, is that a problem for my asthma appointment"]),
    "testicles: a boy guarding his groin, pain with crying or vomiting": (
        [("my 12 year old is clutching his groin and throwing up", "testicular"),
         ("sons testicle hurts and he is crying, it started this morning", "testicular"),
         ("my privates hurt so much on the left, came on suddenly", "testicular")],
        ["his testicle is not painful, the lump is what the urologist checked",
         "my son had a sore testicle last year, it was an infection, fine since"]),
    "the belly: rock hard, pain that stops a person moving, the worst ever": (
        [("her tummy is rock solid and she cant stop being sick", "abdomen"),
         ("stomach pain so bad he cant stand up, it's the worst ever", "abdomen"),
         ("the pain in her belly is excruciating and she is pale", "abdomen")],
        ["that clinic was the worst ever, the doctor never looked at my belly",
         "my stomach is in knots about the operation"]),
    "a known aneurysm: new pain, a racing pulse, faintness": (
        [("grandad has an aortic aneurysm and now sharp pain in his side and he is pale", "abdomen"),
         ("my aneurysm is throbbing and i feel faint", "abdomen")],
        ["his aneurysm is 4.8 cm and stable, the surgeon wants to repair it, we want a second opinion",
         "what happens if the aneurysm bursts"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_worry_or_look_alike_stays_quiet = rule_tests(RULES)


# --- Spanish: caught, and the urgent turn gets its Spanish line -----------------------------------
@pytest.mark.parametrize(("line", "category"), [
    ("hace dos semanas que di a luz y empapo una compresa por hora", "pregnancy"),
    ("mi bebé dejó de moverse, tengo 35 semanas", "pregnancy"),
    ("tengo 28 semanas y se me rompió la bolsa", "pregnancy"),
    ("la glucosa de mi hijo marca 40 y está sudando y temblando", "diabetes"),
    ("el glucómetro de mi abuela dice 520 y vomita sin parar", "diabetes"),
    ("el calentador de gas está prendido y toda la familia tiene mareos", "poisoning"),
    ("tiene una infección en la herida y ahora escalofríos y está desorientado", "sepsis"),
    ("hago popó negra como el carbón y estoy muy pálido", "bleeding"),
    ("a mi hijo le duele muchísimo el testículo derecho", "testicular"),
    ("mi mamá tiene un dolor de barriga insoportable", "abdomen"),
    ("me duele la espalda y se me salió la orina sin darme cuenta", "cauda_equina"),
])
def test_spanish_emergencies_reach_the_urgent_turn_with_the_spanish_line(line, category):
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories, result.categories
    assert "spanish" in result.advice, result.advice


@pytest.mark.parametrize("line", [
    "este papeleo me va a matar",                     # "it will kill me": a figure of speech
    "¿qué hacemos si le vuelve a dar fiebre?",         # a worry, not a report
    "me canso al subir escaleras, por eso me mandaron al cardiólogo",  # known, the reason for the referral
    "mi bebé se mueve mucho, tengo 30 semanas y quiero otra opinión sobre el parto",
])
def test_spanish_ordinary_lines_stay_quiet(line):
    assert level(line) == "none", screen(line)


def test_spanish_talk_of_ending_ones_life_is_still_a_crisis():
    assert screen("me voy a matar esta noche").crisis
    assert screen("mi hermano dice que se va a matar").is_emergency


# --- false alarms of round 7: idioms, long-ago history, negations, known and mild, over and done -----
@pytest.mark.parametrize("line", [
    "we are drowning under letters and phone calls from three hospitals",
    "i argued with the pharmacy until i was blue in the face",
    "she overdosed in her late teens, she is 52 now and well",
    "in my younger days i tried to kill myself, that is long behind me",
    "the baby isnt showing any trouble breathing, we want a second opinion on the heart murmur",
    "he is out of breath walking to the car and has been for two years, thats why the cardiologist wants a valve",
    "my sats sit at 89 at rest, which is her baseline with the lung disease",
    "my 2 year old has a temperature of 38.4 but is eating and drinking fine",
    "no trouble peeing, it is only the back ache",
    "would an overdose of iron tablets be harmful for a child",
    "haemorrhoids bleed a little every now and then, my gp has seen them",
    "blood sugar 58 at breakfast, had orange juice, it is 112 now",
    "they stopped the bleeding in hospital last month and now i am fine",
    "june heart attack, july stent, now they suggest a bypass",
    "the nurse asked if i had thoughts of ending my life and i said no",
])
def test_round_7_kinds_of_false_alarm_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "i am drowning, help, i fell in the pool",                         # a real drowning
    "he is blue in the face and not breathing",                        # a real colour change
    "the nurse asked if i had thoughts of ending my life and i said no, but honestly i do",
    "june heart attack, july stent, now chest pain again right now",   # the timeline reaches today
    "my toddler has a fever of 40 and is floppy",
    "sugar was 58, had juice, it is still 50",
    "so breathless i cant even walk to the toilet, started this afternoon",   # not "walking to the car"
    "thats why my son wants me to get a second opinion, but honestly i have saved my pills to take them all",
])
def test_what_looks_like_those_false_alarms_but_is_not(line):
    assert level(line) != "none", screen(line)


def test_a_goodbye_with_no_context_is_still_asked_about():
    # people also say it to cancel: the check question, with the crisis line, is the safe middle
    assert level("i won't be here tomorrow") == "ask"
    assert screen("i won't be here tomorrow").crisis


@pytest.mark.parametrize("line", [
    "babys head is coming " * 1500, "kicks have slowed " * 1500, "ppm " * 5000, "numb bum " * 2500,
    "meter says lo " * 1500, "worst ever " * 2500, "now and then " * 2000, "asked if i said no " * 1000,
    "calentador toda la familia mareos " * 600, "march chest pain, " * 1000,
])
def test_odd_and_repeated_input_of_the_new_rules_never_raises(line):
    assert screen(line).level in ("none", "ask", "emergency")


# --- the same signs in texting style, non-native grammar, or inside a longer answer ----------------
@pytest.mark.parametrize(("line", "category"), [
    ("im preggo 31wks and got bad pain under my ribs on the right plus headache", "pregnancy"),
    ("my wife 34 weeks, contraction every 4 minute since one hour", "pregnancy"),
    ("6 weeks pregnant, stabbing pain left side and feel like passing out", "pregnancy"),
    ("since she had baby 2 weeks ago she thinks the baby is not hers and wants to hurt him", "pregnancy"),
    ("hypo 2.2 and not budging after the sweets", "diabetes"),
    ("my toddler put his hand on the hob, its blistering all over", "burns"),
    ("scalded with bath water, her legs are blistered", "burns"),
    ("my flatmate and i both feel drowsy and sick and the boiler is making a banging noise", "poisoning"),
    ("my boy's ball is hot and swollen, he is crying", "testicular"),
    ("her stomach hurts so so much, its hard", "abdomen"),
    ("we only wanted to ask about her hip but her tummy hurts really badly and she keeps vomiting", "abdomen"),
    ("30 weeks and my bump goes hard every 3 minutes", "pregnancy"),
    ("pretty sure i am going into labour, only 33 wks", "pregnancy"),
    ("26 weeks and there is some bright red blood in my pants", "pregnancy"),
    ("his back went yesterday and now he cant get the pee started, legs tingly", "cauda_equina"),
    ("the glucometer is showing HI and he is really confused", "diabetes"),
    ("nan fell asleep on a hot water bottle and has blisters on her leg", "burns"),
    ("gas heater on in the tent overnight and all feel sick and dizzy", "poisoning"),
    ("agony in his stomach and its hard as a board", "abdomen"),
    ("a week since my delivery and now a high temperature and pain low in my tummy", "pregnancy"),
    ("my nephew aged 12 has an extremely painful testicle and was sick twice", "testicular"),
    ("my grandparents have both been having headaches and feeling sick since the new boiler was fitted", "poisoning"),
    ("she is with child, six months, and water is pouring out of her", "pregnancy"),
    ("my brother was burnt in a gas explosion at work", "burns"),
    ("found grandad in the cold shed, temp 33 and he is very drowsy", "vitals"),
])
def test_the_signs_in_other_words_reach_the_urgent_turn(line, category):
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories, result.categories


@pytest.mark.parametrize("line", [
    "we have a carbon monoxide detector in the hall, unrelated, my question is about dad's hip",
    "she throws up in the mornings, 8 weeks pregnant, is that normal",
    "the baby hasnt moved much in her cot today, she has a cold and is feeding well",
    "how dangerous is a sugar of 25 mmol",
    "bad hypo last night, 2.9, sorted with juice, fine today",
    "it's hard to get an appointment with the gynaecologist",
    "her temperature was 37.6 this evening, is that a fever",
    "the leaflet says reduced fetal movements must be reported, we will",
    "the carbon monoxide alarm is silent and nobody is unwell",
    "sugar dropped to 3.3 before dinner, had a juice box and it came back up to 7",
    "what would a twisted testicle feel like",
    "¿sería peligroso tener la presión en 150?",
    "she is breathless climbing the hill and has been for three years, which is why the cardiologist wants a scan",
    "my mother has an aneurysm and a new pain clinic referral for her back",
    "my daughter is pregnant and my father fell in the garden, we want a second opinion on his hip",
    "his scrotum was swollen after the operation, the surgeon says it is healing",
    "his pulse was 160 during the stress test, the cardiologist said normal for him",
    "my blood pressure was 170/100 in 2022, now 125/80 on tablets",
    "the temperature outside is 34 and my mum is confused about her appointments since the dementia",
])
def test_more_ordinary_lines_stay_quiet(line):
    assert level(line) == "none", screen(line)


def test_breathless_on_a_short_walk_alone_is_still_asked_about():
    # "short of breath walking to the mailbox" may be new: with no history or plan told, the check question
    assert level("short of breath walking to the mailbox") == "ask"
    assert level("he is out of breath and has been for 20 minutes") == "emergency"


@pytest.mark.parametrize("line", [
    "her temperature was 37.6 earlier, now it is 39.2 and she is shivering",   # a high reading too
    "the co alarm was silent but now it is going off and we feel sick",
])
def test_reassurance_that_does_not_hold_for_the_whole_line(line):
    assert level(line) != "none", screen(line)


def test_a_burn_blistered_all_over_is_not_over():
    # "all over" is where, not "it is over": the blisters still count
    assert screen("he touched the iron, his palm is blistered all over").is_emergency


@pytest.mark.parametrize("line, expected", [
    ("the cord is around the baby's neck and she's coming out now", "emergency"),
    ("the cord was around his neck at birth, he is a healthy 5 year old now", "none"),
    ("my son was born with the cord around his neck, he's 5 now and fine", "none"),
])
def test_a_cord_round_the_neck_is_a_birth_now_not_a_birth_told_years_later(line, expected):
    # Found when the two round-7 branches were merged: each rule alone was fine, together the
    # birth story of a healthy child was a birth happening now and a ligature.
    assert level(line) == expected
