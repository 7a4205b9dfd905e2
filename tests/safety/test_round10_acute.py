"""The rules added when rounds 10 and 11 were folded in for the adult acute kinds (ha_r10, bleed_r10, gi_r10, ana_r10,
sepsis_r10, testis_r10, cauda_r10, postop_r10 / leg_r10 / eye_r10, co_r10, belly_r10, aneurysm_r10, blue_r10 / gasp_r10,
burn_r10, chemo_r10 in dialogues/red_flags.yaml; docs/safety.md). Each is checked as a sign happening now, and against
its negation, its history and the everyday talk that shares its words; then the sign as one clause inside a long answer
about plans. Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar,
elderly phrasing), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "heart attack: chest pain that repeated nitroglycerin or rest has not eased; angina worse than usual": (
        [("dad used 2 gtn sprays already and the pressure in his chest is still there", "heart_attack"),
         ("took a second nitro tablet under my tongue, chest still crushing", "heart_attack"),
         ("the chest ache came on mowing the lawn and it hasnt eased even lying down", "heart_attack"),
         ("chest tightness started at work, still not gone even resting", "heart_attack"),
         ("his chest pain is much worse than his usual angina tonight", "heart_attack"),
         ("pain in the chest not stopping, i take spray two times already", "heart_attack")],
        ["he takes two nitro tablets a week for his stable angina, the cardiologist knows",
         "i keep nitro spray in my bag in case, never needed it",
         "the chest pain after shoveling went away as soon as i sat down",
         "he had a few nitro tablets in his pocket at the appointment"]),
    "bleeding: soaking through towels, spurting or pulsing, a tourniquet on, nobody can stop it, coming out fast": (
        [("blood has soaked through two tea towels from the cut on his hand", "bleeding"),
         ("bled right thru 4 dressings since lunch, on warfarin", "bleeding"),
         ("he slipped with the chisel, five rags soaked already", "bleeding"),
         ("its bright red and squirting out of her wrist", "bleeding"),
         ("we put a tourniquet on his arm, the saw went in deep", "bleeding"),
         ("nose keeps bleeding and we cant make it stop", "bleeding"),
         ("the sore on his leg started bleeding at breakfast and nothing we do stops the bleeding", "bleeding"),
         ("blood coming out very fast from her leg, we are pressing", "bleeding")],
        ["we went through three towels drying the dog",
         "the nurse put a tourniquet on my arm for the blood test",
         "the first aid course taught us how to use a tourniquet",
         "my heart is pulsing in my ears at night",
         "the towels were soaked after his bath"]),
    "blood from the gut: pure blood or clots many times an hour, vomit full of blood, black like tar with a fall": (
        [("passing only blood from my bottom, maybe 6 times since midnight", "bleeding"),
         ("she keeps pooing blood and clots every half hour", "bleeding"),
         ("grandpa threw up and there was lots of blood in it", "bleeding"),
         ("he vomited, the bucket is full of blood", "bleeding"),
         ("puked up a load of dark red blood", "bleeding"),
         ("toilet black and sticky, he is very pale and dizzy", "bleeding"),
         ("my husband stool is black colour like coal tar and he feel giddy", "bleeding")],
        ["the black stools are from his iron tablets",
         "her poo was black after the blueberries",
         "we tarred the roof, my hands are black like tar"]),
    "allergy: a face or lips gone big after a trigger, breathing that makes a noise": (
        [("ate prawns and now my lips are massive and my breath is wheezy", "swelling"),
         ("after the new antibiotic her face got all puffy and she is wheezing", "swelling"),
         ("my daughter after bee bite her lips very big and she make whistle sound", "swelling")],
        ["my lips were swollen once after shellfish, years ago, now i carry an epipen",
         "her face looks bigger since she started the steroids"]),
    "sepsis: a fever with shaking very much; an infected line, port or catheter with a fever": (
        [("the port in his chest is red and leaking pus and he has a temperature of 39", "sepsis"),
         ("fever 39.5 and shivering so much the bed shakes", "sepsis"),
         ("my husband on dialysis has fever and the fistula arm is red and hot", "sepsis"),
         ("high temperature and shaking like crazy, cant get warm", "sepsis")],
        ["his catheter site was red last month, antibiotics cleared it",
         "i shiver a lot in winter, the house is old"]),
    "testicle: pain in more words (eggs, privates, nut), a blow with agony or swelling that goes on": (
        [("my 14yo son says his left nut is killing him, came on an hour ago", "testicular"),
         ("teen got hit in the groin with a cricket ball, still in agony and its swelling up", "testicular"),
         ("my son 13 has pain in his privates since 1 hour and he vomit", "testicular"),
         ("his egg is very painful since this morning, he is crying", "testicular")],
        ["the eggs hurt my stomach so i stopped eating them",
         "after the egg retrieval my belly was sore for a day",
         "he was kicked in the groin at football last year and it settled",
         "my son has no pain, the lump in his testicle is painless"]),
    "cauda equina: no feeling down there or around the bottom; a bladder not felt; leaking without knowing": (
        [("numb around my back passage since this morning and my back is killing me", "cauda_equina"),
         ("my husband cant feel when he wipes and he has wet himself without noticing, back pain for days", "cauda_equina"),
         ("sore back and cant feel anything down below, and i keep leaking wee", "cauda_equina"),
         ("she didnt even notice she wet herself and says she cant feel anything down there", "cauda_equina")],
        ["my back has been bad for years and the surgeon wants to fuse it",
         "she had numbness in her inner thighs after the epidural in 2019, it went away"]),
    "after surgery: a leg swollen and red or hot after an operation; pain in the eye operated on": (
        [("hip replacement 10 days ago and now her calf is swollen red and hot", "after_surgery"),
         ("hernia op last week, thigh puffed up fat and hot", "after_surgery"),
         ("had cataract surgery yesterday and now the eye is very painful and i cant see well", "after_surgery"),
         ("laser on his retina two days ago, now throbbing pain behind that eye", "after_surgery")],
        ["his knee op was last month and the swelling is going down",
         "she had cataract surgery last year and her sight is great"]),
    "carbon monoxide: an engine, heater or fire in a closed space, or feeling ill from one": (
        [("we had the generator running in the garage and now everyone has headaches and feels sick", "poisoning"),
         ("slept in the tent with the gas heater on and woke up dizzy and throwing up", "poisoning"),
         ("my head is pounding since we lit the charcoal grill inside the cabin", "poisoning"),
         ("dozed in the van with the motor idling for warmth, now confused", "poisoning")],
        ["we run the generator outside the cabin when the power is out",
         "he felt sick after the bbq, too many burgers",
         "the generator in the shed is for power cuts"]),
    "belly: pain from the navel to low on the right; a belly hard like wood or too sore to touch; no bowel movement": (
        [("pain began round the belly button and moved to the lower right, and I have a temperature", "abdomen"),
         ("his tummy is hard as a board and he screams when you touch it", "abdomen"),
         ("no poo for 6 days and keeps vomiting, belly swollen", "abdomen"),
         ("sudden terrible stomach pain, he is rolling around and cant keep still", "abdomen"),
         ("her belly feels stiff like a plank, terrible pain", "abdomen")],
        ["my appendix was out in 2010, pain low on the right back then",
         "my belly is hard from all the sit ups",
         "he hasnt pooped for 3 days, the constipation is from the codeine, no vomiting"]),
    "aneurysm: a known aneurysm in lay words with new pain, pallor or faintness": (
        [("they told him he has a bulge in his aorta, now he has sudden pain in his belly and feels faint", "abdomen"),
         ("my gran has a weak spot in the main artery and now her back hurts terribly and she is grey", "abdomen")],
        ["they are watching the bulge in his aorta with a scan every year"]),
    "breathing: lips or mouth gone blue; breathing that stops and then gasps": (
        [("his lips look blue and he is struggling to breathe", "breathing"),
         ("breathing keeps stopping then gasping, lips purple", "breathing"),
         ("she breathes weird and is blue round the lips", "breathing")],
        ["her fingertips go white then blue in the cold, its her raynauds, the rheumatologist knows"]),
    "burns: skin gone white, dark, leathery or numb after a burn": (
        [("spilled boiling water on his leg, the skin is white and leathery and doesnt hurt", "burns"),
         ("burned her hand on the stove, now its charred and she cant feel it", "burns"),
         ("scald on his foot from the kettle, the skin went brown and numb", "burns")],
        ["he burned the toast and the kitchen smells",
         "the sunburn on her back is peeling"]),
    "chemotherapy told by its regimen or drug, with a fever or shivers": (
        [("day 8 after FOLFOX, temp 38.4", "sepsis"),
         ("on docetaxel, shivering and feeling awful, temp 38.2", "sepsis"),
         ("mum started R-CHOP last week and tonight her temperature is 38.6", "sepsis")],
        ["i got my first round of folfox next week, worried about fever",
         "his white count was low on R-CHOP last year, no fever now"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_everyday_look_alike_stays_quiet = rule_tests(RULES)


# --- a sign told as one clause of a long answer about the plan ------------------------------------------------
@pytest.mark.parametrize(("line", "category"), [
    ("I was filling the insurance form but honestly my chest has been squeezing for the last 40 minutes and my left "
     "arm is heavy", "heart_attack"),
    ("the second opinion is about his hernia, the surgeon wants mesh, but tonight he got kicked in the privates by "
     "the dog and he is still in agony and it is swelling up", "testicular"),
    ("we have the scans for the second opinion about her kidney, only this morning she was sick and it was all "
     "bright red, and she looks grey", "bleeding"),
    ("thanks, I will list the questions later, we are in the caravan with the gas heater on and my husband and I "
     "both feel dizzy and sick", "poisoning"),
])
def test_a_sign_inside_a_long_answer_still_reaches_the_urgent_turn(line, category):
    result = screen(line)
    assert result.is_emergency and category in result.categories, result


def test_carbon_monoxide_gets_its_advice():
    # the urgent turn says to get everyone out into fresh air: the carbon monoxide advice key
    assert "carbon_monoxide" in screen("slept in the car in the garage with the engine running, now a bad headache").advice


def test_a_deep_burn_is_named_as_a_burn():
    assert "burns" in screen("burn on his arm from the bonfire, the skin is white and he cant feel it").categories


def test_a_tourniquet_for_a_blood_test_is_not_a_bleed():
    assert level("they put the tourniquet on too tight for my blood draw and it left a bruise") == "none"
