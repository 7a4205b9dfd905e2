"""The rules added when round 15 was folded in for its missed emergencies (12a): the blocks named *_r15 in
dialogues/red_flags.yaml (signs, pairs, the macro ingest_r15, escalators for a clock time and "was walking fine this
morning"), the round-15 typos and phrases, clock times read as one word (assistant/safety/text.py), "in college" with an
age as no long-ago cue, a garden shed that is not "she'd" (as a worry cue and as a person, advice.py). By kind: a
seizure still going or given its rescue medicine; CPR or a defibrillator in use; legs that suddenly give out; a belly
hard as a board or pain too bad to move; a testicle in lay words; numb on the toilet with a bladder that will not
empty; someone else's tablets taken by mistake; a child into a grown-up's tablets; a highly toxic liquid swallowed; a
drink from a bottle that held a cleaner; Spanish ant or rat poison; too many pills with slow breathing; a dose doubled
up on with a racing heart; "I'm done" with a rope ready; goodbye letters with affairs sorted; blood that will not stop
told in its own clause; a stiff neck in other words with a fever; an organ "got out" days ago with a fever; a burn to
the face with a hoarse voice; sleeping in a vehicle with the engine on; a severe chest pain last night that passed
(the question); English chest pain in a Spanish frame.
Phrasings are our own, written from clinical knowledge and how people talk (texting, dialects, non-native
grammar, numbers, Spanish), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, safety, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "seizure: still jerking, or given its rescue medicine; a clock time is today": (
        [("his seizure started at 14:10 and hes still shaking, its 14:17 now", "unconscious"),
         ("my daughter is having a fit, still jerking after the buccal midazolam", "unconscious"),
         ("seizure began 7:45, gave the rescue med at 7:51", "unconscious"),
         ("she been seizing for over 6 minutes, gave her rescue diazepam", "unconscious"),
         ("convulsion since 10:02, he is still convulsing", "unconscious")],
        ["her seizure action plan says buccal midazolam after five minutes",
         "the school nurse keeps his rescue med in the office",
         "we have rectal diazepam at home in case he has a long seizure",
         "his neurologist prescribed nayzilam for clusters, we are thinking of a second opinion",
         "appointment with the epilepsy team at 9:30 on monday"]),
    "cardiac arrest: CPR or a defibrillator in use": (
        [("my dad collapsed in the kitchen, im doing cpr", "unconscious"),
         ("man down at the station, staff grabbed the defibrillator", "unconscious"),
         ("she went down on the court, coach is doing chest compressions", "unconscious"),
         ("the aed said shock advised, we pressed it", "unconscious")],
        ["i did a cpr course last month at work",
         "they want to put in a defibrillator because of his heart failure",
         "is an implantable defibrillator worth it at 80",
         "there is an aed on the wall at my gym",
         "she has a dnr, no cpr, we want a palliative opinion"]),
    "neurologic: legs that suddenly give out, no standing or walking": (
        [("mum suddenly can't stand or walk, she was fine at breakfast", "neurologic"),
         ("his legs keep giving way since this morning, he cant walk at all", "neurologic"),
         ("all of a sudden my legs gave out and i cant get up or walk", "neurologic")],
        ["my knees give out on the stairs, that is why the surgeon wants to replace them",
         "she cant walk far with her arthritis",
         "my legs give out on long walks, the physio is working on it",
         "he has not been able to walk at all for two years since the accident"]),
    "acute abdomen: a belly hard as a board, or pain too bad to move": (
        [("stomach pain, its hard as a board and she cant move", "abdomen"),
         ("tummy pain so bad he is screaming in pain, rock hard", "abdomen"),
         ("my belly pain is killing me, cant even straighten up", "abdomen"),
         ("my puku hurts, its rock hard and i have a fever", "abdomen"),
         ("tummy ache on the right, cant jump without it hurting, fever 38.5", "abdomen"),
         ("pain started round his belly button and moved to the lower right, now a temp", "abdomen")],
        ["my belly was rock hard after all those sit ups at the gym lol",
         "my stomach hurts and i cant move my bowels, constipated a few days",
         "the mattress is board hard and my back aches",
         "she cant move her shoulder after the fall, belly is fine",
         "stomach pain on the right side last year, it was gallstones, had it out, no fever since",
         "my knee hurts when i jump, the physio says its tendons"]),
    "testicular: a testicle in lay words, sudden or since a time today": (
        [("my son has sudden pain in his balls and he is throwing up", "testicular"),
         ("boy 13, left nut swollen and really sore, started about an hour ago", "testicular"),
         ("sudden agony in my testes since 5:30, feel sick", "testicular"),
         ("pain in one ball started 2 hours ago, very strong", "testicular")],
        ["my son hurt the ball of his foot playing football",
         "he got hit in the balls with a cricket ball last year, no problems since",
         "the eye doctor says pain behind the eyeball is from the glasses",
         "vasectomy consult next week, any ball pain after is normal they say"]),
    "cauda equina: numb on the toilet or when wiping, with a bladder that will not empty or a bad back": (
        [("my back went last week and now i cant feel myself wipe and cant pee", "cauda_equina"),
         ("back playing up and i cant feel anything when i sit on the loo, bladder wont empty", "cauda_equina"),
         ("sciatica both sides, bum gone numb, cannot pass urine", "cauda_equina")],
        ["my back is poorly, the physio is helping",
         "i cant feel the toilet seat is cold, my hands are numb from the weather",
         "the back pain is why we want a second opinion on the fusion"]),
    "poisoning: someone else's medicines taken by mistake; a highly toxic liquid swallowed": (
        [("i took my wifes blood pressure pills instead of mine this morning", "poisoning"),
         ("grandad swallowed the wrong tablets, my insulin instead of his own", "poisoning"),
         ("dad took a swig of windscreen wash from a water bottle", "poisoning"),
         ("he drank weed killer out of the shed", "poisoning"),
         ("she swallowed drain cleaner an hour ago", "poisoning")],
        ["the pharmacy gave me someone elses pills but i noticed before i took any",
         "i worry i might take my husbands tablets instead of mine by accident",
         "i spilled antifreeze on my hands in the garage",
         "is it dangerous if a dog licks antifreeze",
         "we keep the weed killer locked in the shed",
         "she'd never take the wrong pills, she uses a pill box"]),
    "child poisoning: a child into a grown-up's tablets or an unknown number; a bottle that held a cleaner": (
        [("my grandson 2 got into my heart tablets, the box is open", "poisoning"),
         ("toddler swallowed some of nanas blood pressure pills", "poisoning"),
         ("my 4 year old ate an unknown number of my iron tablets", "poisoning"),
         ("little one drank from a cup, it was bleach, now coughing", "poisoning"),
         ("kid drink from bottle, was floor cleaner, he vomit", "poisoning")],
        ["my grandson takes his adhd tablets every morning",
         "my daughter, 8, swallowed her antibiotic tablets fine today",
         "the baby drank from her bottle and fell asleep",
         "we bought child locks for the cleaner cupboard"]),
    "poisoning in Spanish: a product for killing ants, rats or weeds swallowed": (
        [("mi hijo se tomó el veneno para matar ratas", "poisoning"),
         ("la niña se bebió el líquido para las hormigas, estaba el frasco abierto", "poisoning"),
         ("mi papá tragó herbicida por error", "poisoning")],
        ["tengo veneno para ratas guardado en el garaje",
         "compramos líquido para matar hormigas"]),
    "overdose: too many pills with slow breathing or sleepiness; a dose doubled up on with a racing heart": (
        [("my brother took too many pills, breathing very slow now", "poisoning"),
         ("she take many tablet, now she very sleepy and hard to wake", "poisoning"),
         ("i doubled up on my metoprolol by mistake and my heart is all over the place", "poisoning"),
         ("gran doubled up on her digoxin, she is throwing up", "poisoning")],
        ["my mum takes so many pills every day, can we review them",
         "my doctor says i take a lot of meds, we are reviewing them",
         "i doubled up on physio this week",
         "the pharmacist said not to double up on the digoxin if i miss a dose"]),
    "self-harm: I'm done with a rope ready; goodbye letters with affairs sorted": (
        [("im done, got the rope ready", "self_harm"),
         ("i give up. the gun is loaded", "self_harm"),
         ("ive written my goodbye letters and sorted out my affairs", "self_harm"),
         ("i have written the letters to the kids, i wont be needing the appointment", "self_harm")],
        ["im done with the forms, got the rope for the boat",
         "i sorted my affairs with the solicitor before the surgery, as advised",
         "i have written the letters to the insurer and the hospital",
         "im done for today, thanks for the help"]),
    "bleeding: a lot of blood that will not stop, told in its own clause": (
        [("cut my hand on the saw. so much blood. it wont stop", "bleeding"),
         ("blood a lot from his leg. not stop", "bleeding"),
         ("knife slipped, bleeding heavily, still not stopping", "bleeding"),
         ("nosebleed started at lunch, hasnt stopped since", "bleeding")],
        ["they took blood for tests, the nurse wont stop talking",
         "he gets nosebleeds in winter, they stop with pressure",
         "he had a nosebleed yesterday, it stopped after ten minutes"]),
    "meningitis: a neck stiff in other words, with a fever or drowsiness": (
        [("my daughter has a high fever and cant bend her head down to her chest", "sepsis"),
         ("son hot hot, neck hard, cannot bend", "sepsis"),
         ("fever and his neck is rigid, he wont move it, so sleepy", "sepsis")],
        ["stiff neck from sleeping funny, no fever",
         "my neck has been stiff for years with arthritis, no fever"]),
    "after surgery: an organ got out days ago, then a fever or a belly getting harder": (
        [("my husband got his gallbladder out on monday and now hes got a fever", "after_surgery"),
         ("got my appendix out 3 days ago, tummy getting bigger and more painful, fever", "after_surgery")],
        ["he got his appendix out as a kid, no problems",
         "she is getting her tonsils out next month, any tips"]),
    "burns: a burn to the face or neck, or any burn, with a hoarse voice": (
        [("the grill flared up and burned his face, now his voice is hoarse", "burns"),
         ("scalded her neck with the kettle and she sounds croaky and short of breath", "burns")],
        ["i burned my hand on the oven last week, it healed",
         "my voice is hoarse from shouting at the match"]),
    "carbon monoxide: sleeping in a vehicle with the engine running, then ill": (
        [("he slept in the van with the engine running, now headache and throwing up", "poisoning"),
         ("car sleep engine on all night. now dizzy, vomit", "poisoning"),
         ("the generator was running in the garage, we all have headaches and feel sick", "poisoning")],
        ["we sleep in the camper van on holiday, the engine was off",
         "my car engine is running rough, the garage is fixing it"]),
    "seizure in other words: 'he seized', a seizure still going": (
        [("he seized at 3:40 and its now 3:50, still going", "unconscious"),
         ("my wife seized in the kitchen and it hasnt stopped", "unconscious")],
        ["my back seized up last week lifting boxes",
         "the police seized his car",
         "he seized the chance to get a second opinion"]),
    "pregnancy: a baby not kicking or very quiet, told in a clause of its own": (
        [("36 wks, bub very quiet today, not kicking like usual", "pregnancy"),
         ("im 35 weeks pregnant. not moved since last night", "pregnancy")],
        ["36 weeks pregnant, baby kicking lots, just want advice on the birth plan",
         "my baby is very quiet and content, sleeps well"]),
    "child poisoning: nicotine liquid or a vape pod swallowed": (
        [("the kids found my vape and drank the liquid", "poisoning"),
         ("toddler chewed a vape pod, now vomiting", "poisoning")],
        ["my son is a vaper, can nicotine cause heart problems"]),
    "overdose: empty pill packets with drowsiness; a street drug with overheating or twitching": (
        [("found my girlfriend with empty pill packets everywhere, shes drowsy", "poisoning"),
         ("my flatmate snorted something and is twitching and really hot", "poisoning"),
         ("he took molly at the festival, now hes overheating and his heart is pounding", "poisoning")],
        ["we found empty pill bottles in the recycling, mum is sorting old meds",
         "he tried ecstasy once at a festival years ago",
         "dad takes too many pills, can we cut some"]),
    "a snake or spider bite with swelling or sickness": (
        [("my friend got bitten by a snake on the hike, leg swelling", "poisoning"),
         ("a scorpion stung my son, his hand is swelling and he is vomiting", "poisoning")],
        ["the snake bite was 10 years ago, scar on his leg"]),
    "self-harm: talk of dying with a hose to a car, or charcoal": (
        [("my son said hed rather be dead and has the car keys and a hose", "self_harm"),
         ("she says she wants to die and bought charcoal and duct tape", "self_harm")],
        ["i need a new hose for the garden and the car needs washing"]),
    "sepsis: a fever with sleeping all the time": (
        [("my son fever 40, vomit, neck pain, sleep too much", "sepsis"),
         ("baby hot and only sleeping, wont feed", "sepsis")],
        ["i sleep too much since starting the antidepressant, psychiatrist knows"]),
    "Spanish frame round English chest pain": (
        [("mi esposo tiene chest pain muy fuerte", "heart_attack"),
         ("mi mamá no puede breathe bien", "breathing"),
         ("mi abuelo no puede talk, se le ve raro", "stroke"),
         ("no podemos wake him up, mi papá", "unconscious"),
         ("mi hijo swallowed unas pills de mi mamá", "poisoning"),
         ("my tía is bleeding mucho y no para", "bleeding"),
         ("tengo chest pain desde hace una hora", "heart_attack"),
         ("mi mamá con chest pressure horrible", "heart_attack")],
        ["mi papá tuvo chest pain hace años, ya está bien",
         "mi mamá toma pills de mi papá? no, cada uno las suyas",
         "no puede talk mucho porque es tímido"]),
}

test_round15_12a_signs_reach_the_urgent_turn, test_round15_12a_look_alikes_stay_quiet = rule_tests(RULES)


# --- a severe chest pain last night or earlier today that has passed: the question, not silence ------------------
@pytest.mark.parametrize("line", [
    "had crushing chest pain last night, it passed after an hour",
    "this morning i had terrible chest pressure for 20 minutes but it went away",
    "my dad had bad chest pain last night, he is fine now",
    "yesterday severe chest tightness, gone now",
    "i woke at 3am with chest pain and sweating, its ok now",
])
def test_a_severe_chest_pain_that_passed_today_or_last_night_gets_the_question(line):
    result = screen(line)
    assert result.level == "ask" and "heart_attack" in result.categories, result


@pytest.mark.parametrize("line", [
    "had crushing chest pain in 2015, had a stent, no trouble since",
    "my dad had severe chest pain years ago, it was a heart attack",
    "what if i get crushing chest pain after the surgery",
])
def test_an_old_or_feared_severe_chest_pain_stays_quiet(line):
    assert level(line) == "none", screen(line)


# --- how the words are read --------------------------------------------------------------------------------
def test_a_clock_time_is_one_word_read_as_a_time_today():
    doc = safety._Doc("it began at 9:02, it is 9:08")
    assert "9h02" in doc.joined and "9h08" in doc.joined and doc.joined.count("|") == 1


def test_a_clock_time_is_no_year_in_history():
    """"since 06:00" is six this morning, not 2006."""
    assert level("sudden testicle pain since 06:00") == "emergency"
    assert level("testicle pain on and off since 06, the urologist knows") != "emergency"


def test_in_college_with_an_age_is_now_not_long_ago():
    assert level("my brother 20 in college has a fever, a stiff neck and purple spots") == "emergency"
    assert level("in college i had meningitis, fever, stiff neck and purple spots, all fine now") == "none"


def test_it_hasnt_stopped_is_no_all_clear():
    """A negation in the gap of "it ... stopped / better / gone" is no sign that it passed."""
    assert level("my wife seized in the kitchen and it hasnt stopped") == "emergency"
    assert level("my chest hurts a lot, it hasnt gone away") == "ask"
    assert level("my throat feels tight, it hasnt settled") == "ask"
    assert level("she had a nosebleed this morning, it has stopped") != "emergency"


def test_a_garden_shed_is_no_she_d():
    result = screen("found him in the shed, he drank weed killer")
    assert result.is_emergency and "poisoning" in result.categories
    assert screen("i was in the shed and took a gulp of antifreeze").advice == ("poison", "self")  # the one at risk is me


# --- the advice for each --------------------------------------------------------------------------------------
def test_someone_elses_tablets_or_a_toxic_liquid_get_the_poison_line():
    for line in ("i took my wifes blood pressure pills instead of mine this morning",
                 "my grandson 2 got into my heart tablets, the box is open",
                 "mi hijo se tomó el veneno para matar ratas"):
        result = screen(line)
        assert result.is_emergency and "poison" in result.advice and "overdose" not in result.advice, (line, result)
    assert "spanish" in screen("mi hijo se tomó el veneno para matar ratas").advice
    for line in ("my tía is bleeding mucho y no para", "mi mamá no puede breathe bien", "mi papá tiene chest pain muy fuerte"):
        assert "spanish" in screen(line).advice, line  # half Spanish: the urgent turn adds its line in Spanish


def test_too_many_pills_with_slow_breathing_gets_the_overdose_advice():
    result = screen("my brother took too many pills, breathing very slow now")
    assert result.is_emergency and "overdose" in result.advice


def test_an_engine_left_on_gets_fresh_air_first():
    assert "carbon_monoxide" in screen("he slept in the van with the engine running, now headache and throwing up").advice


def test_a_rope_ready_is_a_crisis_for_oneself():
    result = screen("im done, got the rope ready")
    assert result.is_emergency and result.crisis and "crisis_other" not in result.advice


def test_the_labels_say_what_was_recognised():
    assert "signs of meningitis" in screen("son hot hot, neck hard, cannot bend").recognised
    assert "someone who needs CPR (the heart may have stopped)" in screen("my dad collapsed in the kitchen, im doing cpr").recognised
    assert "a seizure that needed a rescue medicine" in screen("seizure began 7:45, gave the rescue med at 7:51").recognised
