"""The rules added when round 8 was folded in for the adult acute kinds (heart attack, breathing and
choking, bleeding from a wound or the gut, seizures, sepsis and spreading infection, sudden confusion,
problems after surgery, the belly and a known aneurysm, hypothermia and a slow pulse; docs/safety.md).
Each is checked as a sign happening now, and against its negation, its history and the everyday talk
that shares its words; then the turn in a second-opinion story ("..., but now ...") and repeated input.
Phrasings are our own, written from clinical knowledge and how people talk, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a weight, a band or a vice on the chest; a severe pressure in it; the spray that does not ease it": (
        [("its like somebody is kneeling on my chest and i cant get comfortable", "heart_attack"),
         ("feels like a ton of bricks on his chest", "heart_attack"),
         ("a tight band round my chest that keeps squeezing", "heart_attack"),
         ("dad has a really bad pressure behind his breastbone", "heart_attack"),
         ("the tightness will not settle even after two puffs of his gtn", "heart_attack")],
        ["the weight of the decision sits on my chest, we just want to choose well",
         "i had a heavy pressure in my chest in 2018 and the angiogram was clear",
         "his angina spray helps within a minute every time"]),
    "pain in the jaw, the left arm or the upper back with breathlessness, sweat or faintness": (
        [("her jaw and her left arm ache and she is short of breath", "heart_attack"),
         ("aching between my shoulder blades and im sweaty and light headed", "heart_attack"),
         ("mum is clutching her chest and says she feels really awful", "heart_attack")],
        ["my jaw aches from the dentist pulling a wisdom tooth and i feel a bit dizzy",
         "sore left arm after the flu jab, a bit sweaty from the gym"]),
    "choking: something stuck, hands at the throat, no sound, turning red then blue": (
        [("a bit of apple went down the wrong way, she is clutching her throat and no sound comes out", "breathing"),
         ("a sweet is lodged in his throat and he cant make a noise", "breathing"),
         ("the meat got stuck in grandads throat and he is going red then purple", "breathing")],
        ["pills get stuck in her throat so we asked for the liquid form",
         "he lost his voice with a cold and cant make a sound, otherwise fine",
         "he holds his neck when it is stiff from the whiplash in 2016"]),
    "blood that pulses or spurts from a wound; a stab or gunshot wound; a cut with blood that keeps coming": (
        [("he slashed his forearm on a sheet of glass and blood is pumping out", "bleeding"),
         ("my neighbour has been stabbed in the stomach", "bleeding"),
         ("i gashed my shin open on the trailer and the blood keeps coming", "bleeding"),
         ("big cut on her head from the fall and she looks very pale", "bleeding")],
        ["she had her blood taken and the nurse said it was pumping out fine into the tube",
         "i got a flu shot in the arm this morning",
         "the surgeon stabbed me in the back by cancelling, so we want another opinion"]),
    "blood from the gut told in other words: black tar, pure blood, a red bowl, clots, bloody diarrhoea": (
        [("ive been passing sticky black tar stuff since yesterday and i feel faint when i stand", "bleeding"),
         ("the bowl is bright red after every trip to the toilet and i am dizzy", "bleeding"),
         ("her poo is pure blood and she is grey and shaky", "bleeding"),
         ("bloody diarrhoea since this morning and feeling like i will pass out", "bleeding"),
         ("big clots into the toilet and my heart is pounding", "bleeding")],
        ["my stools are black since i started the iron tablets, the gp said that is expected",
         "the toilet bowl turned red after the beetroot salad",
         "i had bloody diarrhoea in 2019 with my colitis, settled on the new medicine"]),
    "a seizure in plain words: stiff and shaking, on the floor shaking, longer than usual, back to back": (
        [("my partner is rigid and jerking on the sofa", "unconscious"),
         ("he is on the kitchen floor shaking and his eyes are open", "unconscious"),
         ("her seizure is going on much longer than her usual ones", "unconscious"),
         ("three fits in a row without coming round in between", "unconscious")],
        ["my knees are stiff and shaking after the long run",
         "the consultation went on much longer than usual",
         "the clinic is over 10 minutes from our house"]),
    "sepsis: a fever with drowsiness; an infection spreading fast or hurting far more than it looks": (
        [("she has a high temperature and is so drowsy", "sepsis"),
         ("the redness from the bite is spreading up his arm and he is burning up", "sepsis"),
         ("the graze on his knee hurts way more than it looks and he has a fever", "sepsis")],
        ["the rash has been spreading slowly for months, the dermatologist wants a biopsy",
         "my son had a fever and was drowsy last week, he is fine now",
         "the cellulitis is fading with the antibiotics"]),
    "a sudden change in a person: not recognising home, acting strange, seeing things, normally sharp": (
        [("since lunch my grandmother does not recognise her own kitchen", "neurologic"),
         ("my husband is acting really strange since this morning", "neurologic"),
         ("dad is seeing spiders that arent there, it started today", "neurologic"),
         ("mum is suddenly muddled and confused, she is normally very sharp", "stroke")],
        ["my mother has alzheimers and some days does not recognise her house",
         "my son is acting strange about the second opinion, he does not want to go",
         "grandad has not been himself since grandma died last year"]),
    "after surgery: an infected wound with fever, a wound lying open, an area gone hard, one leg twice the size": (
        [("the skin around the incision is hot and weeping pus and he has chills", "after_surgery"),
         ("had my gallbladder op on friday and the wound is wide open now", "after_surgery"),
         ("after her operation her left calf is double the size of the other one", "after_surgery"),
         ("had a knee replacement last week and now a fever of 38.9", "after_surgery")],
        ["my wound is healing well, no redness and no pus",
         "he had hip surgery in 2012 and has a cold now",
         "the area under the scar feels a bit firm, the surgeon says that is normal scar tissue"]),
    "a hernia stuck out and hard, with vomiting or severe pain": (
        [("his hernia popped out this afternoon, it wont go back and he keeps being sick", "abdomen"),
         ("the lump by her belly button is rock hard now and she is vomiting", "abdomen")],
        ["my hernia sticks out when i cough, the surgeon wants to repair it in spring",
         "i was sick of waiting for the hernia operation"]),
    "the belly: pain through to the back, that moved to the lower right, worsening with fever, hard and very painful": (
        [("agony under my ribs boring straight through to my back and i keep throwing up", "abdomen"),
         ("his pain began round his tummy button and has shifted to the lower right, he has a temperature", "abdomen"),
         ("her belly ache keeps getting worse and now she has a fever", "abdomen"),
         ("my stomach is swollen and rock hard and it hurts so much", "abdomen"),
         ("stabbing pain in my right side, i cant keep still and im being sick", "abdomen"),
         ("havent opened my bowels in four days and now im vomiting brown stuff that smells like poo", "abdomen")],
        ["the gallstone pain goes through to my back after fatty meals, the surgeon wants to operate",
         "she had appendicitis as a child, the pain moved to the right side back then",
         "my stomach is killing me from laughing at the kids",
         "the kids threw up brown stuff after the chocolate cake, they are fine now"]),
    "a known aneurysm with back pain like never before": (
        [("the aneurysm was found in march, but tonight my back hurts like never before", "abdomen")],
        ["my aneurysm is 4 cm and they scan it every year"]),
    "breathing: panting or breathless at rest, with drowsiness, or unable to lie flat; neck muscles working": (
        [("grandma is panting and she is only sitting in her chair", "breathing"),
         ("his breathing is very shallow and he is drowsy", "breathing"),
         ("she is breathing fast and cant lie flat", "breathing"),
         ("he is using his neck muscles to breathe", "breathing")],
        ["the dog is panting in the heat",
         "she cant lie flat since the shoulder surgery, she sleeps propped up",
         "he was panting after running up the stairs"]),
    "a very slow pulse with faintness; cold exposure with confusion": (
        [("his pulse is 38 and he feels like he will faint", "vitals"),
         ("we found grandad in the garden after a night in the cold and he is confused", "vitals")],
        ["he felt faint at the sight of the needle in 2019, his pulse was normal",
         "we were out in the cold at the bus stop and she was shivering, she is warm now"]),
    "told in other Englishes: tablets under the tongue that did nothing, no air, black motions and giddy": (
        [("the crushing feeling is still there and the tablet under his tongue did nothing", "heart_attack"),
         ("my father he no have air, he breathe so fast", "breathing"),
         ("black motions since yesterday and she is very giddy", "bleeding"),
         ("she went to the loo and it was all blood", "bleeding"),
         ("grandpa bringing up blood again and again", "bleeding"),
         ("mum tripped on the stairs, banged her head and keeps asking how she got here", "neurologic")],
        ["the nasal spray did nothing for my blocked nose",
         "we have no air conditioning in the flat",
         "i went to the toilet and it was all fine",
         "my aunt was giddy with joy at the wedding",
         "he has dementia and keeps asking what day it is"]),
    "a low top number; oxygen dropping with the number in the next clause; working hard to breathe": (
        [("his top number is 72 and he is grey", "vitals"),
         ("oxygen keeps dropping, 84 now", "vitals"),
         ("she is working so hard to breathe, her belly sucking in with every breath", "breathing")],
        ["her oxygen drops at night, 86, she has a sleep study booked",
         "the top number was 70 in 2019 after the bleed, fine since",
         "he works hard to pay for his inhalers"]),
    "pain in one testicle, in other words": (
        [("pain in my right nut came on suddenly this morning", "testicular")],
        ["the ball of my foot hurts when i run",
         "my left ball was sore after the vasectomy in 2020, fine since"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_everyday_look_alike_stays_quiet = rule_tests(RULES)


# --- the turn in a second-opinion story -------------------------------------------------------------------
@pytest.mark.parametrize(("line", "category"), [
    ("she has an ulcer which is why we wanted a second opinion, but she just vomited a lot of blood", "bleeding"),
    ("the aneurysm is the reason the surgeon wants to operate, and today i have a sudden agony in my belly", "abdomen"),
    ("his epilepsy is why the neurologist wants to change his meds, now he is rigid and jerking on the floor", "unconscious"),
])
def test_news_after_the_reason_for_the_plan_is_not_the_reason_itself(line, category):
    result = screen(line)
    assert result.is_emergency and category in result.categories, result


@pytest.mark.parametrize("line", [
    "he vomited blood in 2019 which is why the gastroenterologist wants another scope",
    "the er did a full workup for her chest pain and sent us home, we want a second opinion",
])
def test_the_known_reason_for_the_plan_stays_quiet(line):
    assert level(line) == "none", screen(line)


def test_each_breath_is_not_a_habit():
    # "every time he breathes in" tells the noise, not a long-standing pattern
    assert screen("she makes a whistling noise every time she breathes in and is fighting for air").is_emergency
    assert level("he gets wheezy every time he climbs the stairs, his inhaler helps") != "emergency"


def test_blood_with_each_trip_to_the_toilet_is_not_a_habit_either():
    assert screen("fresh red blood in the pan every time i go and i feel faint").is_emergency


def test_choking_is_named_as_choking():
    assert "choking" in screen("a grape went down the wrong way and she is grabbing at her throat").labels()


def test_a_spurting_wound_and_a_stab_are_named_as_such():
    assert "a stab or gunshot wound" in screen("my brother has been stabbed").labels()
    assert "bleeding" in screen("blood is spurting out of his thigh").categories


# --- odd and repeated input stays fast and right ---------------------------------------------------------
@pytest.mark.parametrize("line", [
    "someone standing on my chest " * 1500, "went down the wrong way " * 1500, "blood pulsing out " * 2000,
    "black tar like stuff " * 2000, "stiff and shaking " * 2000, "longer than normal " * 2000,
    "spreading fast " * 3000, "worse than it looks " * 2000, "every time he breathes in " * 1200,
    "but now " * 5000, "he just threw up " * 2000, "goes through to my back " * 1500, "its stuck out " * 2500,
])
def test_repeated_round_8_phrases_are_screened_quickly(line):
    assert screen(line).level in ("none", "ask", "emergency")
