"""The rules added when round 4 was folded in (docs/safety.md). Each is checked as a sign, its
negation, its history and, where people use the words loosely, its idiom; phrasings are our own,
written from clinical knowledge, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (a sign happening now: urgent turn, its category), then lines that must stay quiet
RULES = {
    "cauda equina in plain words": (
        [("back pain and my bottom has gone numb", "cauda_equina"),
         ("my back went and now both feet are dragging", "cauda_equina"),
         ("bad back and i cant tell when i need to pee", "cauda_equina"),
         ("when i wipe it feels numb and my back is agony", "cauda_equina")],
        ["my bottom is not numb, just a sore back", "i had cauda equina surgery 2 years ago and my bottom went numb then",
         "my bum went numb from sitting on the long drive", "my bum goes numb on long car rides"]),
    "testicular torsion": (
        [("my left ball is suddenly really painful", "testicular"),
         ("one testicle is sitting higher than the other and it hurts", "testicular"),
         ("sharp pain in one nut and i threw up", "testicular")],
        ["no pain in my testicles at all", "had a painful testicle years ago, it was an infection"]),
    "after surgery": (
        [("had my appendix out 3 days ago and now my belly is hard and i have a fever", "after_surgery"),
         ("since the hysterectomy yesterday she is getting worse and her pulse is 130", "after_surgery"),
         ("after my hernia op my scrotum is huge and purple", "testicular")],
        ["the wound opened a little after my surgery last month, the nurse packed it and it is closing now"]),
    "overdose and poisoning": (
        [("we gave him narcan, he came round but now hes drifting off again", "self_harm"),
         ("mum took her digoxin twice and is seeing yellow and vomiting", "poisoning"),
         ("found my toddler with an open bottle of paracetamol", "poisoning"),
         ("grandad drank some screenwash from a juice bottle", "poisoning"),
         ("bitten by a snake while hiking and my leg is swelling up fast", "poisoning")],
        ["what would an overdose of his oxycodone look like, so we know what to watch for",
         "my aunt died of an overdose, so i am wary of opioids"]),
    "carbon monoxide without the words": (
        [("we all have headaches at home and feel better outside, the boiler is old", "poisoning")],
        ["the boiler is old, we are getting a new one in spring"]),
    "labour before 37 weeks": (
        [("im 29 weeks and having contractions every 6 minutes", "pregnancy"),
         ("my waters broke and i am only 31 weeks", "pregnancy")],
        ["at 38 weeks the contractions were every 5 minutes, she is 2 now",
         "my waters broke at 40 weeks with my first, labour was quick"]),
    "blood loss with faintness": (
        [("my poo is black like tar and i feel faint when i stand up", "bleeding"),
         ("he coughed up what looked like a cupful of blood", "bleeding")],
        ["i get dizzy when i stand up too fast, always have",
         "he had black stools from the iron tablets, the doctor said that is normal"]),
    "a baby or small child": (
        [("my 5 week old baby went blue while feeding", "breathing"),
         ("our 1 year old is vomiting green and going floppy", "breathing")],
        ["the baby went blue with cold in the pool last summer, the lifeguard said she was fine"]),
    "a severe belly": (
        [("dads stomach pain is unbearable and hes sweating", "abdomen"),
         ("excruciating pain in my upper belly going through to my back", "abdomen"),
         ("my tummy hurts so bad i cant stand up straight", "abdomen"),
         ("the pulsing lump in my belly hurts now and i feel faint", "abdomen"),
         ("chest pain like ripping and the blood pressure is different in each arm", "abdomen")],
        ["i had severe belly pain in 2019 from gallstones, it was fixed"]),
    "a crisis in other words": (
        [("i dont think i can keep myself safe tonight", "self_harm"),
         ("i cut myself deep and i cant stop", "self_harm"),
         ("he says hes done and he has loaded his shotgun", "self_harm"),
         ("i cant face any of it, im going to take them all tonight when everyone is asleep", "self_harm")],
        ["i cut myself badly while cooking, it needed stitches last week",
         "i cut myself badly in the kitchen last month, it healed",
         "is the suicide risk questionnaire normal at every visit"]),
    "Spanish": (
        [("la presion esta en 230/120", "vitals"), ("mi bebe de 3 meses respira rapido y se le hunden las costillas", "breathing"),
         ("estoy en quimioterapia y tengo fiebre de 38.5", "sepsis")],
        ["tengo tos desde hace una semana, sin fiebre",
         "se desmayó el lunes pasado, en urgencias dijeron que era deshidratación y ya está bien"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_question_stays_quiet = rule_tests(RULES)


@pytest.mark.parametrize(("line", "category"), [
    ("the cut from the c section has opened up and there is pus", "after_surgery"),
    ("my son got burned by the stove, huge blisters on his hand", "burns"),
    ("she wrote a note and locked herself in the bathroom", "self_harm"),
])
def test_signs_told_across_two_clauses(line, category):
    assert category in screen(line).categories and screen(line).is_emergency


@pytest.mark.parametrize("line", [
    "i got sun burned at the beach, a few blisters",
    "she left a note for the cleaner and locked the door",
    "the cut from the op has not opened, it looks fine",
])
def test_their_everyday_look_alikes_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize(("line", "other"), [
    ("she wrote a note and locked herself in the bathroom", True),
    ("i just found out hes loaded his rifle and locked the bedroom door", True),
    ("i dont think i can keep myself safe tonight", False),
])
def test_a_crisis_told_by_a_pair_of_signs_is_about_the_right_person(line, other):
    result = screen(line)
    assert result.crisis and ("crisis_other" in result.advice) == other, result


def test_the_right_advice_for_the_new_signs():
    assert "overdose" in screen("gave him naloxone and now hes nodding off again").advice
    assert "poison" in screen("found the baby with an empty bottle of iron tablets").advice
    assert "carbon_monoxide" in screen("headaches for all of us at home, better outside, old gas fire").advice
    assert "spanish" in screen("la tension arterial esta en 240 sobre 130").advice


# --- a past time elsewhere in the sentence --------------------------------------------------------
@pytest.mark.parametrize("line", [
    "last week we saw the surgeon, now black stool and dizzy when i stand",
    "temp 39.8, rigors, pulse 135, was told it was a chest infection yesterday",
    "had my gallbladder out 4 days ago, belly swollen and hard, fever",
])
def test_a_clause_with_no_past_tense_is_not_made_history_by_the_rest_of_the_sentence(line):
    assert screen(line).is_emergency


@pytest.mark.parametrize("line", [
    "i had a reaction to the dye at my last scan, hives only, they gave me a tablet",
    "she fainted at church on sunday, the er did tests and said it was low fluids",
    "two years before, my husband had bleeding from the stomach, they clipped it",
])
def test_a_clause_told_in_the_past_or_following_one_keeps_its_history(line):
    assert level(line) == "none", screen(line)


# --- a partner's or child's event is not family history -----------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("my wife had two seizures", "ask"),            # it may be today: ask
    ("my son had a seizure this morning", "emergency"),
    ("my dad had two seizures", "none"),              # a parent's: family history
    ("my wife had a seizure in 2015", "none"),        # a time makes it history
    ("my wife had no seizures since the new drug", "none"),
    ("my husband had a heart attack and the surgeon wants a bypass", "none"),  # the reason for a plan
    ("my wife had two seizures today and the neurologist wants an mri", "emergency"),
    ("my husband had a heart attack, the gp told us to go to the er", "ask"),  # told to go is not gone
])
def test_a_partners_or_childs_event_with_no_time_asks(line, expected):
    assert level(line) == expected, screen(line)


# --- idioms and ordinary talk -----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "i laughed so hard i couldnt breathe at his speech",
    "that quote for the scan, i almost fainted",
    "questions about the chest pain clinic results",
    "the co detector has never gone off",
    "she choked on a grape this morning but coughed it right out and is playing normally",
    "i get winded going up one flight of stairs, which is why the cardiologist wants the valve done",
    "some shortness of breath with the fibrosis, same as last visit, they want to start a new drug",
    "me falta el aire cuando subo escaleras, por eso quieren cambiar la valvula",
])
def test_idioms_and_known_mild_signs_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "i almost fainted and now my chest is crushing",     # near-fainting still counts in a pair
    "she choked on a grape, coughed it out, and now she cant breathe",
    "ok so its like someone is squeezing my heart and im sweaty and dizzy lol this is fine",
])
def test_what_looks_like_an_idiom_but_is_not(line):
    assert screen(line).is_emergency


@pytest.mark.parametrize("line", [
    "platelets " * 2000, "naloxone " * 500, "my 2yo " * 800 + "pills open", "ball " * 3000,
    "hysterectomy yesterday, " * 400, "lol this is fine " * 300, "se le hunden " * 500,
])
def test_odd_and_repeated_input_of_the_new_rules_never_raises(line):
    assert screen(line).level in ("none", "ask", "emergency")
