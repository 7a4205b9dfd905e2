"""Bleeding, stroke, after an operation, a young child, carbon monoxide, a twisted testicle and a low sugar
recognised from their concepts (dialogues/concept_signs.yaml, the families and rules of helper cs16, issue 12).

For each category: emergencies written for this test (not taken from any round: new wordings, texting,
non-native grammar, Spanish) that the concept rules alone must bring to the urgent turn with the category's
label, and look-alikes (history, a question of risk, family history, a stopped nosebleed, a planned
procedure's known bleeding, period talk, an old stroke, a child's ordinary cold) that the rules leave alone
and that the whole screen keeps quiet (a glass of water is no wound and no amount of blood).
"""

import pytest

from assistant.safety import concept_signs, screen

URGENT = {
    "bleeding": [
        "my uncle slashed his shin on a rusty sheet of tin and its squirting out, we're on the second towel",
        "nosebleed for over an hour on my xarelto and it's running down my throat nonstop",
        "brother vomited a big mug of dark red blood in the sink",
        "mum's stools are like tar since yesterday and she's grey and woozy when she stands",
        "se cortó el brazo con una botella y sale mucha sangre, no para",
        "peeing dark red with clots since lunch and feel like im gonna pass out",
    ],
    "stroke": [
        "my gran's mouth is hanging down on the left and she's slurring, started twenty minutes ago",
        "dad can't lift his right arm and his words are all muddled since breakfast",
        "suddenly I'm seeing double and my left leg won't work",
        "uncle's smile went crooked out of nowhere and he keeps dropping his spoon",
        "mi tía tiene la boca torcida y no puede hablar bien, empezó hace media hora",
        "wife woke up from her nap and cant move her left side, she talks gibberish",
    ],
    "after_surgery": [
        "five days after my hysterectomy the incision came apart and I can see fat underneath",
        "had his hip replaced last thursday and now he is short of breath and his chest hurts",
        "knee op 8 days ago, my calf on that leg is swollen and hot and now I get short of breath",  # (cs17) the calf alone is asked (round 24)
        "since the gallbladder removal on monday her eyes have gone yellow and she has fever",
        "post op day 3 after the bowel resection his belly is rigid and he's throwing up",
    ],
    "child": [
        "my 5 week old feels hot, 38.4 on the thermometer",
        "toddler is really floppy and won't wake properly this morning",
        "the baby is grunting and the skin under her ribs pulls in each breath",
        "my son is 2 and keeps vomiting green stuff and his tummy is swollen",
        "our 9 month old has no wet nappy since last night and no tears when she cries",
    ],
    "carbon_monoxide": [
        "the gas heater has been on in the caravan all night and all of us have a headache and feel sick",
        "running the generator in the basement, dad is confused and vomiting",
    ],
    "testicular": [
        "my 14 yo woke up with terrible pain in his left testicle and hes throwing up",
        "sudden pain in my balls on one side, really bad, cant walk",
    ],
    "breathing": [
        "her reliever isn't doing anything and she can only get two words out between breaths",
        "grandpa is gasping and his lips have gone a bit blue",
    ],
    "diabetes": [
        "my husband is on insulin, his meter says 38 and he's sweating and not answering me",
        "she's type 1, sugar reading 2.3 and she's shaking and confused",
    ],
}
LABEL = {"child": ("sepsis", "unconscious", "breathing", "abdomen"), "carbon_monoxide": ("poisoning",)}

QUIET = [
    "my father bled a lot after his prostate surgery in 2019, that's why we want another surgeon",
    "what's the risk of bleeding with the new blood thinner?",
    "my grandmother had a bleeding disorder and bled a lot after birth",
    "had a nosebleed this morning for ten minutes, it stopped on its own",
    "they said some bleeding is normal after the biopsy, a little blood in my pee",
    "my periods are heavy and I'm on warfarin, is that worth asking the haematologist about",
    "his speech has been slurred since his stroke in 2018",
    "mum had a stroke five years ago and her left arm is still weak",
    "my son has a runny nose and a cough but he's playing and eating fine",
    "my daughter had a febrile seizure when she was a baby, she is 6 now and healthy",
    "after the knee surgery the leg is a bit swollen by evening, the physio said that is expected",
    "could the jaundice come back after the stent?",
    "the CO alarm tested fine and nobody has a headache",
    "he had a hypo last month, ate some sweets and was fine",
    "i have a handful of vitamins and a glass of water, what order should I take them in",
    "is chest pain after a stent normal? just asking before my appointment",
]


# The red-flag screen itself calls this one a stroke (its own phrases, not the concepts'): the concepts leave it alone.
CONCEPTS_QUIET = ["my face is numb from the dentist's injection and my lip feels droopy",
                  "I get short of breath and wheezy on the stairs, that's why I'm asking about the valve"]


@pytest.mark.parametrize(("category", "line"), [(c, line) for c, lines in URGENT.items() for line in lines])
def test_concepts_bring_the_emergency_to_the_urgent_turn(category, line):
    hit = concept_signs.found(line)
    assert hit is not None and hit[0] == 2, (line, hit)
    assert hit[1] in LABEL.get(category, (category,)), hit
    result = screen(line)
    assert result.is_emergency, result


@pytest.mark.parametrize("line", QUIET)
def test_look_alikes_stay_quiet(line):
    assert concept_signs.found(line) is None, concept_signs.found(line)
    assert screen(line).level == "none", screen(line)


@pytest.mark.parametrize("line", CONCEPTS_QUIET)
def test_the_concepts_leave_a_known_cause_alone(line):
    assert concept_signs.found(line) is None, concept_signs.found(line)


def test_a_single_concept_with_doubt_asks():
    """One sign without a second or its time: the check question, not the urgent turn."""
    for line in ("my arm went numb this morning", "coughing up some blood", "nosebleed, I take eliquis"):
        hit = concept_signs.found(line)
        assert hit is not None and hit[0] == 1, (line, hit)


def test_a_rule_names_families_under_none_that_keep_it_quiet():
    """A period keeps the bleeding-on-thinners question quiet; a stroke years ago keeps a droop quiet."""
    assert concept_signs.found("bleeding on my apixaban") is not None
    assert concept_signs.found("period bleeding on my apixaban") is None
    assert concept_signs.found("his face droops and his speech is slurred") is not None
    assert concept_signs.found("his face droops and his speech is slurred since his stroke") is None
