"""The rules added when round 26 was folded in, for its missed emergencies and false alarms in every category but
self-harm (issue 12, helper 12_12): the blocks named *_r26 in dialogues/red_flags.yaml, their combinations ("round
26 (issue 12, helper 12_12)") and the edits marked "round 26 (12_12)". Written as families of wording, not lines:
every sign line and every look-alike below is our own (clinical knowledge and how people talk: understatement,
numbers, a clause in a long answer, Spanish, non-native grammar), not a line of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

RULES = {
    'the belly: rigid or hard as a board in the next clause; pain moved from the navel to the lower right; bent by it': (
        [('his belly aches, and its rigid, he says its gas', 'abdomen'),
         ('my stomach hurts a lot, hard as a board', 'abdomen'),
         ('the pain went from round my navel down to the lower right, i keep vomiting', 'abdomen'),
         ('tummy pain so bad she cant straighten up', 'abdomen')],
        ['the mattress is rigid and my back aches',
         'the rules at work are so rigid',
         'she stood up straight for the photo']),
    "bleeding: pressure or pinching that has not stopped it; blood dripping that nobody can stop; can't stop it on a thinner": (
        [('sliced my palm, the pressure hasnt slowed it after 15 min and its pouring', 'bleeding'),
         ('blood running down his arm and we cant get it to stop', 'bleeding'),
         ('cut myself on the tin, cant make the bleeding stop', 'bleeding')],
        ['the pressure at work hasnt stopped all week',
         'my nose bled a bit this morning, pinching stopped it in 2 minutes']),
    'carbon monoxide: a heater named by its fuel the other way round; Spanish': (
        [('the stove is propane and the kids and me all have headaches and feel sick', 'poisoning'),
         ('desde que prendimos el brasero todos tenemos mareo y dolor de cabeza', 'poisoning')],
        ['our heater is gas and the bill is huge this winter',
         'el calentador es de gas y funciona bien']),
    "a dose given wrong by numbers to a child; a meter alarming low; a reading with the juice refused; insulin and no answer": (
        [('gave my toddler 10 ml of the ibuprofen instead of 2.5 by mistake', 'poisoning'),
         ('the libre keeps alarming LOW and she is sweaty and shaky', 'diabetes'),
         ('her meter reads 38 and she refuses to drink the juice', 'diabetes'),
         ('my dad is on insulin and he isnt responding to me', 'diabetes')],
        ['the libre said low overnight but i ate and its 110 now, all fine',
         'the recipe said 2 cups instead of 3',
         'the baby takes 60 ml of milk instead of 90 now']),
    'a heart attack: the heart side or a heavy middle with sickness or the arm; nitro that has not eased it': (
        [('my husband say pain on his heart side and he sweating a lot', 'heart_attack'),
         ('pain is crushing in the middle and i feel sick, my left arm aches', 'heart_attack'),
         ('took two nitro sprays and the chest pressure is not easing', 'heart_attack')],
        ['the nitro worked in two minutes like it always does',
         'he keeps his nitro in the car']),
    'an overdose: too much of a drug or supplement with signs; daily paracetamol in big numbers with sickness': (
        [('she took too many of her diet pills and her heart is racing and shes shaking', 'poisoning'),
         ('been taking 12 paracetamol a day for the back, now feel sick and my right side hurts', 'poisoning')],
        ['i ate way too much pizza and feel sick',
         'too much coffee this morning, bit shaky lol']),
    'a thunderclap in non-native words; sepsis told by where she is, a low pressure, dizziness on standing': (
        [('my wife head suddenly big pain like bomb, she never have such pain in life', 'neurologic'),
         ('dad has a fever and is confused about what year it is', 'sepsis'),
         ('fever since last night and her blood pressure is low', 'sepsis'),
         ('high fever and i nearly pass out every time i stand up', 'sepsis')],
        ['i am confused about what day the appointment is',
         'my blood pressure is low but that is normal for me, always has been']),
    'a very high blood pressure as a bare pair after the reading; Spanish: a face burn, half the body asleep': (
        [('checked his pressure at the pharmacy, 226/132', 'vitals'),
         ('se me quemó la cara con la estufa, tengo ampollas y me arde la garganta', 'burns'),
         ('tengo medio cuerpo dormido y la lengua trabada', 'stroke')],
        ['my blood pressure is fine, the score was 210 to 150 in the game',
         'el lado derecho del coche está dormido en el taller']),
    'after a procedure through the groin; star fruit in someone on dialysis; a drink that turned out to be a poison': (
        [('mom had an angiogram yesterday and now there is a big lump in her groin', 'after_surgery'),
         ('he is on dialysis and ate star fruit, now hiccups all day and confused', 'poisoning'),
         ('my son sipped from a cup that turns out to be bleach', 'poisoning')],
        ['we had star fruit in the salad, lovely',
         'the stain turned out to be bleach from the laundry']),
}

test_round26_signs_reach_the_urgent_turn, test_round26_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "how fast can a stroke happen after the surgery they want to do?",
    "resting pulse 44, the cardiologist said it's athlete's heart",
    "had chest pain last week, the ER did an ECG and blood tests, said reflux, now no pain",
])
def test_round26_false_alarm_families_stay_quiet_or_asked(line):
    assert not screen(line).is_emergency, screen(line)


@pytest.mark.parametrize("line", [
    "how fast can you get here, he is not breathing",
    "my pulse is 32 right now and i feel like fainting",
    "had chest pain yesterday, now it is back and worse",
    "i have chills and wont stop shaking, fever 39.8",
    "he has a fever and his legs wont stop shaking",
    "a child got into the pills and is very sleepy now",
])
def test_round26_false_alarm_fixes_keep_real_emergencies(line):
    assert screen(line).is_emergency, screen(line)


def test_round26_labels_say_what_was_recognised():
    # a belly pain that bends someone double is the abdomen, not the brain
    bent = screen("my stomach hurts so much i cant stand up straight")
    assert bent.is_emergency and bent.categories == ("abdomen",), bent
    # a swelling in the groin after a heart catheter is the procedure's site, not a testicle
    groin = screen("had a cath 2 days ago and now there is swelling in my groin")
    assert groin.is_emergency and "testicular" not in groin.categories and "after_surgery" in groin.categories, groin
    assert "testicular" in screen("my son is 13 and his groin is swollen and hurting since this morning").categories
    # legs that will not stop shaking: asked under a label of what was seen, not called sepsis
    legs = screen("my legs wont stop shaking since an hour")
    assert legs.level == "ask" and "sepsis" not in legs.categories, legs


def test_round26_spanish_article_el_is_not_someone_else():
    own = screen("el azúcar me dio 480, estoy vomitando")
    assert own.is_emergency and "someone_else" not in own.advice and "spanish" in own.advice, own
    assert "someone_else" in screen("el no puede respirar").advice
    assert "someone_else" in screen("mi esposo se cayó y el está muy pálido y sangrando mucho").advice


def test_round26_bad_input_is_quiet():
    for line in ("", "   ", "instead of 2", "238/140", "star fruit", "nitro"):
        assert not screen(line).is_emergency, line
