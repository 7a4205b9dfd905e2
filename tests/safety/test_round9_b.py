"""Rules added after round 9 was measured untouched (docs/safety.md), part b: children, poisoning,
pregnancy and the weeks after birth, blood sugar, overdoses, Spanish; and the kinds of sentence that
tell of no emergency now (a question about a medicine's risk, "if ... could", a past event told as
over, a diagnosis after "surgery for", stable for years, a sugar back in range). Phrasings are our
own, not lines of any round."""

from __future__ import annotations

from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a baby's bowel folded into itself: stool like red jelly, blood and mucus, legs drawn up": (
        [("my 9 month old has blood and mucus in his nappy and keeps screaming then going quiet", "abdomen"),
         ("the baby's diaper has dark red slimy stuff in it and she keeps drawing her knees up", "abdomen"),
         ("toddler keeps pulling his legs up to his tummy and now vomiting green", "abdomen"),
         ("our 7 month old's poo is like redcurrant jam", "abdomen")],
        ["my baby pulls her legs up when she has wind, the doctor says its colic",
         "the baby had blood in her stool last month from a milk allergy, it cleared up after we changed formula"]),
    "a baby with a weak or moaning cry, or a fever under three months said in few words": (
        [("the baby's cry sounds weak and high pitched and she is floppy", "breathing"),
         ("my 1 month old is moaning and won't wake for feeds", "breathing"),
         ("grandson 3 week have fever, he no drink milk", "sepsis"),
         ("our newborn is 5 days old and has a temp of 38.1", "sepsis"),
         ("baby has a bulging soft spot and a fever", "sepsis")],
        ["my baby's cry is different since we started the new formula, is that normal",
         "the baby is 6 weeks old and feeding well",
         "my 2 month old had her vaccines today, slightly fussy"]),
    "a small child with someone's medicine, or a medicine found open": (
        [("my 4 year old brother ate some of grandpa's heart pills", "poisoning"),
         ("my granddaughter aged 2 swallowed a few of my blood pressure tablets", "poisoning"),
         ("caught my son, he's 3, with my bottle of sleeping pills open, not sure how many are gone", "poisoning"),
         ("found the baby with the blister pack of my iron tablets chewed", "poisoning"),
         ("the toddler had the pill organizer open and a few are gone", "poisoning"),
         ("baby got hold of my vape and sucked on it", "poisoning")],
        ["my son left his pill bottle open on the counter again",
         "my 30 year old son takes his blood pressure pills every morning",
         "my daughter swallowed her antibiotic without any fuss",
         "he's 3 and his pill organizer is on the top shelf"]),
    "the waters broken and green, brown or smelly, or with a fever or a quiet baby": (
        [("38 weeks and my waters have gone, they're dark green", "pregnancy"),
         ("my water broke and it smells really bad and i have a temperature", "pregnancy"),
         ("34 weeks pregnant, waters broke, baby hasn't moved since", "pregnancy")],
        ["my water broke with my first baby at 39 weeks and it was clear",
         "how do i know if my water broke or if i just peed"]),
    "after a birth: clots like an egg or a fist, bleeding a lot, a leg hot and swollen": (
        [("had the baby 6 days ago, passing clots as big as an egg", "pregnancy"),
         ("just had the baby 3 days, she bleed too much, many big clot", "pregnancy"),
         ("she had her baby 10 days ago and now one calf is red and swollen", "pregnancy"),
         ("3 weeks after my c section my left leg is swollen and hot", "pregnancy"),
         ("I had a baby 3 weeks ago and I keep thinking about hurting her", "pregnancy"),
         ("gave birth 4 days ago, bleeding is slowing but i passed a huge clot", "pregnancy")],
        ["after my first birth in 2015 I had big clots for a day, the midwife said it was normal",
         "my calves are sore from walking, 30 weeks pregnant",
         "after delivery I bled a lot and had a transfusion, that was 3 months ago and I'm recovered",
         "after birth my bleeding is slowing down and now just spotting",
         "had my baby 2 weeks ago, a bit of spotting still, midwife says normal",
         "i had a baby last month and im scared of dropping her"]),
    "a hypo by its number (under 3.0 mmol or 54 mg/dl), falling, or not rising with sugar": (
        [("sugar 2.4 and he's sweating and shaky", "diabetes"),
         ("blood sugar 45 mg/dl and she is confused", "diabetes"),
         ("bg 2.9, had juice twice, still not going up", "diabetes"),
         ("mums sugar dropping 60 then 50 then 42", "diabetes"),
         ("sugar keeps falling even after glucose tablets", "diabetes"),
         ("hypo, 2.7, can't get him to eat anything", "diabetes")],
        ["my sugar runs 5.5 to 7 mmol",
         "sugar was 2.8 yesterday after the run, had a snack and was fine",
         "what should I do if his sugar goes below 3"]),
    "something drunk by mistake, with a burning mouth or sickness": (
        [("he drank weed killer out of a coke bottle by mistake and his throat is burning", "poisoning"),
         ("my husband took a swig from a water bottle that had paint thinner in it, he's coughing and his mouth burns", "poisoning"),
         ("grandma drank the toilet cleaner thinking it was juice and now she is being sick", "poisoning")],
        ["he drank some water by mistake from my glass",
         "my mouth is burning from the spicy food lol",
         "the dog drank from the toilet"]),
    "a whole supply swallowed": (
        [("i swallowed the whole bottle 20 min ago", "self_harm"),
         ("she downed an entire strip of her sleeping tablets", "self_harm")],
        ["he took the whole course of antibiotics",
         "she ate the whole box of chocolates",
         "we took the whole week off for the appointment"]),
    "Spanish: a tight chest, spurting blood, a stiff neck or purple spots, pills all taken": (
        [("siento una presión en el pecho y me falta el aire", "heart_attack"),
         ("mi papá se agarra el pecho y está sudando frío", "heart_attack"),
         ("está sangrando a chorros de la pierna", "bleeding"),
         ("mi hija tiene fiebre alta y manchitas moradas que no se quitan", "sepsis"),
         ("tiene el cuello bien tieso y fiebre", "sepsis"),
         ("me tomé todas las pastillas hace una hora", "self_harm"),
         ("se tomó un frasco entero de pastillas", "self_harm"),
         ("nene de 2 meses con fiebre y no quiere comer", "sepsis")],
        ["mi mamá toma pastillas para la presión",
         "el año pasado tuvo un infarto y le pusieron un stent"]),
    "the kinds of sentence that tell of no emergency now": (
        [("she had a fever yesterday and was fine this morning but now she is floppy and won't wake", "unconscious"),
         ("she was doing well, but tonight she fainted", "unconscious"),
         ("dad was doing great, then today he had a seizure", "unconscious"),
         ("he was healing fine but he collapsed", "unconscious"),
         ("his face drooped yesterday for an hour and he is fine now", "stroke")],
        ["will the blood thinner make him bleed more",
         "could the new pills make her suicidal",
         "is it possible to overdose on vitamin d",
         "if he misses his insulin could his sugar go too high",
         "i worry that if she trips on the rug she could break her hip and bleed",
         "had a fever last week, it went away on its own",
         "his bp dropped after the new pill, the doctor adjusted it and it came back up",
         "she burnt her hand on the kettle on sunday, one small blister, healing nicely",
         "he was admitted with sepsis in 2021, was in intensive care, fully recovered",
         "my sister had surgery for a bleed on the brain in 2016 and still gets headaches",
         "my brother overdosed before he moved in with us, he has been clean for six years",
         "last night his sugar was 350, we gave the correction and now it is 150",
         "the leaflet says the tablets can increase the risk of suicidal thoughts",
         "tremor in her hands when she is tired, the neurologist knows, it has been the same since 2018",
         "our twins came at 33 weeks and we are exhausted from not sleeping",
         "si le baja el azúcar en la noche, ¿qué hacemos?",
         "a mi mamá le dio un infarto en el 2015, ahora está bien"]),
}

test_round_9_b_signs_reach_the_urgent_turn, test_round_9_b_look_alikes_stay_quiet = rule_tests(RULES)


def test_pills_taken_already_get_the_check_question_with_the_crisis_line():
    result = screen("i took the pills already. about an hour ago.")
    assert result.level == "ask" and result.crisis and "overdose" in result.advice
    assert level("took my meds already this morning with breakfast") == "none"


def test_a_spanish_emergency_gets_the_spanish_line():
    for line in ("la sangre sale a chorros de la mano y no para", "papi tiene el pecho apretado y está pálido",
                 "se le rompió la fuente y el líquido es verde"):
        result = screen(line)
        assert result.is_emergency and "spanish" in result.advice, (line, result)


def test_a_child_poisoning_gets_the_poison_line():
    result = screen("my little sister who is 4 swallowed our aunt's sugar pills")
    assert result.is_emergency and "poison" in result.advice, result


def test_chest_pain_that_is_better_now_still_gets_the_question():
    # a heart attack may have happened: "better now" lowers it to the question, not to nothing
    assert level("had crushing chest pain last night, it is better now") == "ask"
