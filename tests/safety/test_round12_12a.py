"""The rules added when round 12 was folded in for its missed emergencies (12a): the blocks named *_r12 in
dialogues/red_flags.yaml (self_harm_r12, hernia / stone / child / head / chemo / fever / meningitis / urine blood /
chest grip / reliever / oxygen / face / words / oxygen reading / gas smell / household product / Spanish sight /
a whole supply taken), a few Scots and Haitian Creole words, a clause of only "today" or "tonight" opening the
next one, "gone hard" not read as "gone", and "for about 40 minutes" as a time that is now. Each is checked as a
sign happening now, and against the everyday talk, the history and the negation that share its words.
Phrasings are our own, written from clinical knowledge and how people talk (texting, Scots, non-native
grammar, Spanish), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "self-harm: hurting oneself now and not wanting to stop, or too deep": (
        [("just cut my arm again and i cant stop", "self_harm"),
         ("been slicing my thighs tonight, it went too deep", "self_harm"),
         ("made fresh cuts on my wrist and theres blood everywhere", "self_harm"),
         ("i burned my arm with a lighter and i want to keep going", "self_harm")],
        ["i cut myself shaving this morning, tiny nick",
         "she scratched her arm on the fence in the garden",
         "he burnt his arm on the oven tray making dinner"]),
    "self-harm: a means made ready told as 'them', or looked at again and again, with a time or an intent": (
        [("i keep staring at the pills in the drawer, tonight is the night", "self_harm"),
         ("lined them all up on the bed, it will all be over soon", "self_harm"),
         ("counted them out, i know how many it would take", "self_harm"),
         ("the rope is in the shed and today is the day", "self_harm")],
        ["i counted the coins out for the parking machine",
         "today is the day of my surgery, finally",
         "she sorted them out into the weekly organiser for mum"]),
    "self-harm: letters written with a plan; voices telling them to die; gone by morning; into the sea": (
        [("ive written the letters to my kids, i have a plan", "self_harm"),
         ("the voices keep telling me i should kill myself", "self_harm"),
         ("ill be dead by the morning, dont worry about me", "self_harm"),
         ("im going to walk into the sea tonight", "self_harm"),
         ("got the blade here and im going to turn it on myself", "self_harm"),
         ("so tired of trying, the tablets would end it", "self_harm"),
         ("swallowed most of the packet of my sleeping pills", "self_harm")],
        ["i wrote letters to the insurance company, we have a plan for the appeal",
         "the voices in the film told him to jump",
         "we are going to walk into the sea for a paddle",
         "the new painkillers will make the pain stop for the night",
         "tired of fighting the insurance company about the scan"]),
    "self-harm: a plan with a day, the night chosen, a blade in the bath, happier without me, drink with all the pills": (
        [("got a plan to take my own life on saturday", "self_harm"),
         ("todays the day i end it", "self_harm"),
         ("lying in the bath with a razor blade", "self_harm"),
         ("my kids would be happier if i wasnt here", "self_harm"),
         ("not eating or drinking anything so i can die quicker", "self_harm"),
         ("washed down a handful of my tramadol with a bottle of vodka", "self_harm"),
         ("me voy a cortar las venas", "self_harm"),
         ("estoy arriba del puente, me voy a tirar", "self_harm")],
        ["in 2019 she had a plan to end her life on a friday, she is well now",
         "he takes his tablets with a glass of wine at dinner",
         "me corté el pelo ayer",
         "everyone will be better off once the renovation is done"]),
    "breathing: as after a marathon while sitting still; a reliever needed every few minutes": (
        [("panting like hes just run a race and hes only sitting in his chair", "breathing"),
         ("ventolin every 5 minutes and still wheezy", "breathing")],
        ["he runs marathons and his breathing is fine",
         "i use my blue inhaler every few days"]),
    "a leg or arm gone cold with its colour or feeling lost; a burn over a whole limb": (
        [("her foot has gone ice cold, its mottled and she cant move her toes", "limb"),  # round 23 (12_9): the limb combination names its own category
         ("his arm is freezing and blue since this afternoon", "limb"),
         ("the scald covers most of her left leg", "burns")],
        ["my feet are always cold in winter",
         "her hands get cold and white in the snow, its her raynauds",
         "he got sunburn all over his back at the beach"]),
    "hernia stuck out that will not go back, with pain or vomiting (English and Spanish)": (
        [("hernia popped out and i cant push it back in, throwing up", "abdomen"),
         ("the hernia bulge is stuck out and hard and im being sick", "abdomen"),
         ("se me salió la hernia, no entra y tengo vómitos", "abdomen")],
        ["my hernia goes back in when i lie down",
         "the hernia repair was last spring and it healed well"]),
    "a kidney stone with a fever or shivers; a fever with strong shaking or no urine": (
        [("my kidney stone is back and now i have a fever of 39 with shivers", "sepsis"),
         ("temp 39.4 and violent shaking, cant pee at all since the morning", "sepsis")],
        ["we talked about kidney stones with the dietitian",
         "had a kidney stone in 2015, passed it at home"]),
    "a baby with red jelly in the nappy; a child drowsy after a fall": (
        [("red jelly in the baby's nappy and he screams in waves", "abdomen"),
         ("my 3 year old fell down the stairs and now keeps nodding off", "neurologic")],
        ["my toddler ate raspberry jelly at lunch",
         "she has mucus in her poo since the antibiotics",
         "she fell off the swing, cried, then was fine and playing"]),
    "a fever during cancer treatment told in other words; a temp with a stiff neck and light avoided": (
        [("he had his chemo infusion tuesday, now hes burning hot and shivery", "sepsis"),
         ("my wife on treatment for breast cancer has a temp of 38.4", "sepsis"),
         ("the neighbour has a temperature and a stiff neck and cant stand the light", "sepsis"),
         ("my baby's soft spot is bulging and he has a fever", "sepsis")],
        ["the infusion for her cancer is booked for monday",
         "the room is hot, we closed the curtains because of the sun"]),
    "blood in a urine bag or vomit, with pallor or cold weakness": (
        [("catheter bag full of blood and clots, he is pale and clammy", "bleeding"),
         ("grandad vomi san this morning, a lot of it, he is very weak and cold", "bleeding")],
        ["there was a little blood on the tissue, no dizziness",
         "the catheter bag was changed by the district nurse"]),
    "chest gripped like a vice; nitroglycerin taken three times; pain not easing at rest": (
        [("his chest is clamped like a vice and hes sweating", "heart_attack"),
         ("took 3 of her gtn tablets and the chest pain is still there", "heart_attack"),
         ("the chest tightness doesnt ease when he sits down, he feels sick", "heart_attack"),
         ("my dad has had pressure in his chest for about 30 minutes with a cold sweat", "heart_attack")],
        ["my chest feels gripped by anxiety when i think about the surgery",
         "he keeps two gtn sprays in the car"]),
    "a reliever that has done nothing; home oxygen on full; heaving for air; rattling and grey": (
        [("inhaler has done nothing, she cant get her breath", "breathing"),
         ("his reliever inhaler hasnt helped, hes fighting for air", "breathing"),
         ("her oxygen is turned right up and she is still gasping", "breathing"),
         ("ahm that short o breath ah cannae talk", "breathing")],
        ["gets puffed on the hill, inhaler helps",
         "the oxygen company is delivering a new cylinder on friday"]),
    "a face slipped down one side; words that will not come out": (
        [("her face has dropped on the right side", "stroke"),
         ("his mooth has slipped doon the left side", "stroke"),
         ("he suddenly cant get his words out", "stroke")],
        ["i cant find the words to thank you"]),
    "an oxygen reading in the next clause; a gas smell with people ill; a product swallowed; a whole supply at once": (
        [("checked her sats with the finger clip, it reads 81", "vitals"),
         ("the boiler smells funny and we are both dizzy with headaches", "poisoning"),
         ("my dad swallowed some toilet cleaner by mistake", "poisoning"),
         ("grandma drank window cleaner thinking it was juice", "poisoning"),
         ("took all his heart pills at once by accident and now hes very drowsy", "poisoning")],
        ["his pulse is 84 and oxygen 97",
         "she smelled bleach fumes cleaning the bathroom",
         "the bottle of vitamins is empty"]),
    "sudden loss of sight, in Spanish": (
        [("de golpe se me fue la vista del ojo derecho", "neurologic")],
        ["perdí mis lentes y no veo bien de lejos"]),
}

test_round12_12a_signs_reach_the_urgent_turn, test_round12_12a_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "honestly im standing on the bridge right now",
    "this is my last message",
    "i dont feel safe with myself tonight, im scared",
    "dont try to find me",
    "i feel like such a burden to everyone",
    "honestly my life isnt worth living",
    "ive been hurting myself again",
    "googled how many of my sleeping tablets it would take",
    "the knife is in my hand right now",
    "sold my guitar, gave the cat to my neighbour and wrote the letters",
])
def test_at_risk_now_gets_at_least_the_question_with_the_crisis_line(line):
    """Someone at a height now, saying goodbye or not safe: never silent, and the crisis line goes with it."""
    result = screen(line)
    assert result.level in ("ask", "emergency"), result
    assert result.crisis, result.categories


@pytest.mark.parametrize("line", [
    "i dont feel safe driving after the anaesthetic",
    "this is my last question about the appointment",
    "im on the roof fixing the gutter right now",
    "i looked up how many sessions of physio it takes",
    "is the second opinion worth it",
    "gave my old guitar to my nephew",
])
def test_ordinary_talk_of_safety_messages_and_heights_stays_quiet(line):
    assert level(line) == "none", screen(line)


def test_a_clause_of_only_today_opens_the_next_one():
    """"..., but today I lost control of my bowels": the turn opens the sign's own clause, so a doctor seen
    before (the reason for the plan) does not quiet what is new today."""
    line = ("the consultant i saw wanted to wait and see, hence the second opinion, "
            "but today i wet myself without noticing and both legs are going weak with the back pain")
    assert screen(line).is_emergency, screen(line)


def test_gone_followed_by_a_state_is_not_gone_away():
    """"it's gone hard and swollen" means it has become so, not that it has gone away."""
    result = screen("sudden terrible pain in his left testicle an hour ago, its gone hard and swollen")
    assert result.is_emergency, result
    assert level("the swelling in his testicle has gone, the urologist is happy") != "emergency"


def test_scots_and_creole_words_read_as_english():
    assert screen("nae chest pain, just the usual cough").level == "none"
    assert screen("she cannae breathe, her lips are blue").is_emergency
    assert screen("the wife's face has slipped doon on the one side").is_emergency


def test_a_two_digit_year_is_history_but_back_in_ten_minutes_is_not():
    assert level("back in '92 he had a crushing chest pain, it was his heart, stented") == "none"
    assert screen("ill be back in 10 minutes, his chest is crushing and hes grey and sweaty").is_emergency
