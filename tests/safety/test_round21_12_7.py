"""The rules added when round 21 was folded in for its missed emergencies (issue 12, helper 12_7): the blocks named
*_r21 in dialogues/red_flags.yaml and their combinations ("round 21"), written as families of wording rather than
lines: an arm and a leg that do not work; trouble understanding with words said again and again; not knowing where one
is, with a fever; bleeding that pours or that pressure does not stop; a dialysis access bleeding; someone who cannot be
brought round; a chemical in the eye; a burn told by what did it (hot oil, boiling water); an electrical injury; a
blocked bowel; a sensor sugar low and falling; a cuff reading high in pregnancy; pressing in the centre of the chest;
blue about the mouth; a rigid neck; spots that do not fade told at length; a baby's weak or high cry; a Spanish child
with a fever who is very sleepy; a household poison or an unknown liquid swallowed; pesticides; a burner acting up
with a household ill; voices about the baby after a birth; a history word that hid "for the last 30 min", "just
spiked", "one after another" or a dated heart cath.
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, dialect,
caregivers, Spanish, one clause inside a long answer), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

RULES = {
    "an arm and a leg together that do not work or move": (
        [("his arm and leg on left side no work since lunch", "stroke"),
         ("mum's hand and foot on the right won't move, she's slumped in her chair", "stroke"),
         ("grandpa leg and arm not working on one side, face look strange", "stroke"),
         ("her arm n leg on the left just stopped working while she was talking", "stroke"),
         ("my husband's left arm and leg do not move, he's trying to talk", "stroke"),
         ("papa arm and leg no move good, right side, this morning start", "stroke")],
        ["my arm and leg were not working well after the hip surgery last year, physio fixed it",
         "his arm and leg don't work the way they used to since the polio as a child, that's his normal",
         "the arm and leg of the chair don't move, I glued them"]),
    "trouble understanding with words or sounds said again and again (a stroke)": (
        [("my wife suddenly can't understand anything I say and keeps repeating the same word", "stroke"),
         ("dad keeps saying the same word over and over and doesn't understand what we ask him", "stroke"),
         ("she could no longer understand me and was saying one word again and again", "stroke"),
         ("mi esposo, I mean my husband, talking gibberish and can't understand simple questions", "stroke"),
         ("abuela repeat same word, not understand what i say, start 10 min ago", "stroke")],
        ["i can't understand what the doctor says, he keeps repeating the same jargon",
         "my son repeats the same question about the trip all day, he's autistic, that's normal for him",
         "i don't understand the insurance letter at all"]),
    "not knowing where one is or who someone is, with a fever or an infection": (
        [("my father has a fever and doesn't know where he is", "sepsis"),
         ("she's on antibiotics for her chest infection, now hot and doesn't recognise me", "sepsis"),
         ("burning up with fever and no idea what day it is, that's not like her", "sepsis"),
         ("nana has a UTI and a temp, this morning she didn't know who i am", "sepsis"),
         ("my brother has an infected foot, fever, and he does not seem to know where he is", "sepsis")],
        ["mum has dementia and doesn't know where she is some days",
         "i had a fever last week, i didn't know what day it was from being off work",
         "no fever, she knows where she is, just tired"]),
    "bleeding that pours or that pressure does not stop": (
        [("cut my hand on the mandoline, pressing hard but it keeps coming through", "bleeding"),
         ("blood coming out so fast from his leg, everywhere", "bleeding"),
         ("the gash on her head is bleeding like a tap", "bleeding"),
         ("im holding a towel on it and it is still pouring", "bleeding"),
         ("the blood is coming faster than we can mop it up, he fell through the glass door", "bleeding"),
         ("there's a pool of blood on the floor from his arm", "bleeding"),
         ("my grandma fell and there's so much blood from the cut on her shin, her skin is like paper", "bleeding")],
        ["my nose bleeds like a tap every winter, ENT knows",
         "she bled like a faucet after her c-section two years ago, had transfusions then",
         "my periods come so fast I soak through, my gyno is looking at it",
         "i cut my finger cooking, pressed on it and it stopped"]),
    "a dialysis access (fistula, graft) that is bleeding now": (
        [("my fistula is bleeding and won't stop", "bleeding"),
         ("the dialysis graft on her arm is spurting blood right now", "bleeding"),
         ("his dialysis access is bleeding again since we got home", "bleeding"),
         ("fistula burst, blood everywhere", "bleeding"),
         ("my av fistula still bleeding, pressing 20 min", "bleeding")],
        ["the dialysis nurse said my fistula looks good",
         "my fistula bled a bit after the needles last week, stopped with pressure",
         "he has a fistula in his arm for dialysis, it was made in 2022"]),
    "someone who passed out and cannot be brought round": (
        [("he fainted in the shower and i can't get him to come round", "unconscious"),
         ("we cannot make her wake up, she just collapsed", "unconscious"),
         ("grandad fell over and we can't get him to respond", "unconscious"),
         ("my flatmate drank a lot and I can't get her to wake up", "unconscious"),
         ("couldnt bring him round after he fell off the ladder", "unconscious")],
        ["can't get my teenager to wake up for school",
         "i can't get my head around the diagnosis",
         "can't get my husband to come to the appointment",
         "cant get him to take his tablets"]),
    "a chemical splashed in the eye or on the face": (
        [("bleach splashed in my eye and it is burning so bad", "burns"),
         ("oven cleaner sprayed in her face, she can't open her eyes", "burns"),
         ("some drain cleaner went in his eyes, they're stinging and white", "burns"),
         ("got cement in my eye at work, burning, cant see properly", "burns"),
         ("pool chlorine got in my sons eyes, he screams they burn", "burns"),
         ("le cayó cloro, I mean bleach splash in my eye, burning a lot", "burns")],
        ["i got shampoo in my eye and it stung for a minute",
         "splashed some bleach on my jeans, ruined them",
         "my eyes burn from allergies every spring"]),
    "a burn told by what did it: hot oil, boiling water or steam, with deep or large skin damage": (
        [("boiling water tipped all over my toddler's chest, big blisters", "burns"),
         ("the fryer oil splashed up my arm, skin is white and leathery", "burns"),
         ("hot grease on my leg, skin peeling off, big area", "burns"),
         ("kettle went over on my daughter, huge blisters on her tummy", "burns"),
         ("my wok caught fire, the skin on my hand is coming off", "burns"),
         ("hot soup all over the baby's legs, skin bubbling", "burns")],
        ["hot water bottle left a little red mark on my belly",
         "i spilled hot coffee on my hand, just red, cold water helped",
         "my skin is peeling from a sunburn after the beach"]),
    "an electrical injury with a burn mark, numbness or a hand that cannot be felt": (
        [("got a shock off the kettle wire, black marks on my fingers", "burns"),
         ("my son stuck a fork in the socket, his hand is numb and there's a burn", "burns"),
         ("he was electrocuted at work, he can't feel his arm", "burns"),
         ("the outlet sparked and burned my hand, white marks on my palm", "burns"),
         ("extension cord blew up in my hand, cant feel my thumb", "burns")],
        ["my charger sparked but i'm fine, didn't touch it",
         "the electrician fixed the outlet that sparked last week",
         "i get static shocks from the car door"]),
    "a blocked bowel: no wind or stool with vomiting, or a belly hard as a drum": (
        [("haven't passed gas in 2 days and now throwing up green", "abdomen"),
         ("no bowel movement for 4 days, belly hard as a rock and vomiting again and again", "abdomen"),
         ("my dad's tummy is tight as a drum and he keeps being sick", "abdomen"),
         ("she aint farted or pooped in days, throwin up brown stuff", "abdomen"),
         ("after my op i have not passed wind and keep vomiting", "abdomen")],
        ["no bowel movement today, feel fine",
         "i am holding a towel on it and it stopped bleeding",
         "pressing on my back hurts and it keeps coming back, the physio knows",
         "I haven't passed gas since the bean soup, ha, opposite actually",
         "my belly gets hard as a drum when I'm bloated, doctor said IBS"]),
    "a low sugar on a sensor, falling, with shaking or sweat": (
        [("42 on the libre and falling fast, he's shaking", "diabetes"),
         ("my cgm says 48 with double arrows down, sweating", "diabetes"),
         ("50 and dropping, already had juice, so shaky", "diabetes"),
         ("im 39 on my dexcom, still falling, confused", "diabetes"),
         ("daughter 45 on her sensor with two down arrows, pale and sweaty", "diabetes")],
        ["my dexcom arrows are flat and i feel ok, 45 minutes after lunch",
         "i'm 45 years old and on a libre",
         "the arrows on my dexcom are flat, 110, all good"]),
    "a cuff or machine reading high in pregnancy, or with a headache": (
        [("33 weeks pregnant and my cuff says 165/110 with a headache", "pregnancy"),
         ("my midwife is off today, home cuff read 162 over 111 and my head is pounding", "vitals"),
         ("monitor showed 170/115 and I have a bad headache", "vitals"),
         ("my prenatal visit is friday but now the machine says 158 over 108 and I see spots", "pregnancy"),
         ("my bp machine says 180/120 and my head is killing me", "vitals")],
        ["my cuff read 118 over 76 this morning",
         "I need a new cuff, the old one says 140/90 always, my doctor checked it against hers"]),
    "a heavy or pressing feeling in the centre of the chest with sweat or a spreading pain": (
        [("pressing in the middle of my chest going into my jaw and I'm sweating", "heart_attack"),
         ("feels like an elephant sitting on my chest, and I'm sweaty and sick", "heart_attack"),
         ("my husband says there's a weight on his chest and he's clammy", "heart_attack"),
         ("a squeezing across my chest, goes to my left arm, started 15 min ago", "heart_attack"),
         ("heaviness behind my breastbone and I threw up, cold sweat", "heart_attack")],
        ["no pressing in my chest, no sweating, just worried about the scan",
         "squeezing in the chest was years ago, the stent fixed it, fine since"]),
    "blue or grey about the mouth or lips with breathing trouble": (
        [("his breathing is noisy and he's blue around the lips", "breathing"),
         ("baby breathing fast and looks grey round the mouth", "breathing"),
         ("she's struggling to breathe and bluish around her mouth", "breathing"),
         ("gasping a bit and purple around the lips", "breathing"),
         ("my dad is wheezing and blue about the mouth", "breathing")],
        ["my kid is blue around the mouth from the blue raspberry slushie",
                  "her lips always look a bit blue, the cardiologist says it's her normal"]),
    "a rigid neck with a fever, or spots that do not fade told at length": (
        [("my son has a fever and a rigid neck", "sepsis"),
         ("she has a temperature, her neck is rigid and the light hurts her eyes", "sepsis"),
         ("purple spots on his belly and arms that don't fade when i press a glass", "sepsis"),
         ("little red dots all over her legs and tummy that do not blanch, fever", "sepsis"),
         ("the marks on his chest and back won't go white when pressed", "sepsis")],
        ["my neck is stiff from sleeping funny, no fever",
         "those freckles on her arms don't fade in winter"]),
    "a baby's cry that has become weak or high pitched, with a fever or not feeding": (
        [("my 6 week baby has a cry that sounds weak and she won't feed", "breathing"),
         ("newborn has a fever and his cry has gone high pitched", "breathing"),
         ("the baby's crying has become strange and high pitched and he is hot", "breathing"),
         ("my infant's cry is getting weaker and she's not feeding", "breathing"),
         ("baby cry become feeble, very hot, not drink milk", "breathing")],
        ["my baby has a loud cry when she's hungry, feeding fine",
         "the cry of the neighbour's baby has become so high pitched, lol, my ears"]),
    "in Spanish: a child with a fever who is very sleepy": (
        [("mi hijo tiene fiebre y está muy dormido", "sepsis"),
         ("la bebé tiene calentura y no despierta bien", "sepsis"),
         ("mi niño con fiebre alta, lo veo muy decaído y no quiere comer", "sepsis"),
         ("tiene fiebre desde ayer y ahora está demasiado somnoliento", "sepsis"),
         ("la niña con temperatura muy alta, se ve muy apagada", "sepsis")],
        ["mi hijo está muy dormido porque se desveló anoche",
         "mi niña tuvo fiebre la semana pasada, ya está bien"]),
    "a household poison swallowed by mistake, mistaken for a drink": (
        [("grandpa drank bleach from a water bottle by mistake", "poisoning"),
         ("my son took a swig of the antifreeze, he thought it was juice", "poisoning"),
         ("she swallowed some drain cleaner thinking it was water", "poisoning"),
         ("he mistook the weed killer for his drink and had a mouthful", "poisoning"),
         ("my husband gulped lamp oil, thought it was apple juice", "poisoning")],
        ["bleach is kept up high so the kids can't drink it",
         "my dog drank out of the toilet again, no bleach in it",
         "i swallowed my pills with orange juice"]),
    "something unknown drunk from a bottle, then a burning mouth or vomiting": (
        [("my daughter drank something from an unlabeled bottle in the garage and is throwing up", "poisoning"),
         ("dad swallowed stuff from a jar in the shed, his mouth is burning", "poisoning"),
         ("took a sip of some liquid from the wrong bottle and now my throat and mouth burn", "poisoning"),
         ("he drank whatever was in that can and keeps vomiting", "poisoning"),
         ("kid drink something from unmarked bottle, now drooling a lot", "poisoning")],
        ["i drank something from a bottle at the party and got a headache next day",
         "the wrong bottle of wine was opened at dinner, lol"]),
    "pesticides breathed or on the skin, with drooling, sweating, twitching or blurred sight": (
        [("he was spraying pesticide in the orchard and now he's drooling and twitching", "poisoning"),
         ("fumigated the house without a mask, now sweating a lot and can't see well", "poisoning"),
         ("my uncle sprayed the crops, now shaking all over and so much saliva", "poisoning"),
         ("estuvo fumigando la milpa y ahora tiene mucha saliva y temblores", "poisoning"),
         ("after using the insecticide inside, my wife has tiny pupils and muscles jumping", "poisoning")],
        ["we sprayed pesticide on the roses last summer",
         "does the insecticide on our farm cause cancer?"]),
    "a burner acting up, with people in the house ill together": (
        [("the boiler was making weird noises and all of us have headaches", "poisoning"),
         ("both kids and me feel sick and dizzy, the gas fire was acting up", "poisoning"),
         ("our heater has been smelling funny and the whole family is throwing up", "poisoning"),
         ("all three kids and I are dizzy, the water heater is not working right", "poisoning"),
         ("la estufa estaba rara y todos estamos mareados y con dolor de cabeza", "poisoning")],
        ["we fixed the boiler that was acting up, all fine now",
         "all the kids have colds and the furnace is fine",
         "the kids and i have a stomach bug, everyone had it at school"]),
    "voices about the baby after a birth": (
        [("since the baby came i hear voices saying she isn't mine", "pregnancy"),
         ("my wife had our baby 2 weeks ago and says she hears voices about the baby", "pregnancy"),
         ("i keep hearing voices telling me to hurt the baby", "pregnancy"),
         ("she is seeing things and talking nonsense since the birth, the baby is 10 days old", "pregnancy"),
         ("new mum, not slept in days, hearing voices about my newborn", "pregnancy")],
        ["i heard my baby's voice on the monitor, so cute",
         "my sister had postpartum psychosis after her first baby in 2015, now fine"]),
    "a time that hid a sign: 'for the last 30 min', 'just spiked', 'one after another', a dated procedure": (
        [("my mum has had chest pain for the last 20 min and she's sweating", "heart_attack"),
         ("my son has had one seizure after another this morning", "unconscious"),
         ("had chemo last week, just spiked a temp of 38.5", "sepsis"),
         ("had a heart cath 3 days ago, groin bleeding through the dressing", "after_surgery"),
         ("my partner has had seizures back to back and isnt waking", "unconscious")],
        ["my dad has had chest pain on and off for years, cardiologist follows it",
         "my son had one ear infection after another as a baby"]),
}

test_the_family_signs_reach_the_urgent_turn, test_the_family_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize(("line", "key"), [
    ("he drank bleach by mistake, thought it was water", "poison"),
    ("estaba fumigando y ahora tengo mucha saliva y temblores", "poison"),
    ("the boiler was making weird noises and all of us have headaches", "carbon_monoxide"),
])
def test_the_advice_fits_the_danger(line, key):
    """A poisoning gets the poison line, a burner with a household ill fresh air first; a Spanish line its own."""
    result = screen(line)
    assert result.is_emergency and key in result.advice, result
    if line.startswith("estaba"):
        assert "spanish" in result.advice, result
