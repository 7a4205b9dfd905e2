"""cs16's concept rules back, narrowed by what makes a sign ordinary (helper cs17, issue 12).

cs16's rules (bleeding, stroke, after an operation, a young child, carbon monoxide, a twisted testicle, a low
sugar, breathing) were withdrawn because they made hand-written ordinary look-alikes loud ("my son walks with
a limp since football", "he gets nosebleeds in winter, they stop with pressure"). They are back with families
under none: in dialogues/concept_signs.yaml that reach words nobody has written yet: known (as usual, every
winter, for years, the doctor knows, is that normal, the tests were clear), reason (a late night, school
mornings, an alarm clock, a food's colour, a sport, a limp as a way of walking), planned (an operation still to
come) and bleed_stops (pressure or time stops it); a number before "a minute" is no temperature.
Every line here was written for this test, none taken from a round.
"""

import pytest

from assistant.safety import concept_signs, screen

# One look-alike (or more) per narrowing family: the concept rules leave it alone and the whole screen keeps it quiet.
QUIET = {
    "known": [
        "my wife's periods have been heavy for years, she soaks a pad as usual, the gynaecologist knows",
        "she threw up blood once last spring, the endoscopy came back clear",
        "dad's face droops on the left as usual since his bell's palsy years ago",
        "our boy gets nosebleeds every summer from the dry air and they settle with pinching",
    ],
    "reason": [
        "my daughter has walked with a slight limp since the netball tournament",
        "my son sleeps through two alarms for school and is groggy in the mornings",
        "my 4 year old vomited bright green after the slushie he drank at the fair",
        "the alarm clock went off at 5 and i've had a headache all morning from the night shift",
    ],
    "planned": [
        "the surgeon wants to remove her gallbladder next month and says the wound will be small",
        "they plan to operate on his knee in two weeks, will the calf swell and hurt after",
    ],
    "a rate or a time is no temperature": [
        "my 2 month old feeds for 39 minutes each time and then sleeps",
        "my 2 month old's heart rate was 40 a minute slower in sleep, the nurse said fine",
    ],
}

# A new emergency per category, written near the narrowed words: the concept rules bring it to the urgent turn.
URGENT = [
    ("her nose bled for 20 minutes on warfarin and would not stop even with pressure, now she's pale", "bleeding"),
    ("my mums speech is slurred and her right arm is weak, started twenty minutes ago", "stroke"),
    ("knee replacement 6 days ago, now his wound has split open and there is yellow fluid", "after_surgery"),
    ("my 2 year old is limp and floppy and we can't wake him properly", "unconscious"),
    ("my 3 week old has a temperature of 38.3 and isn't feeding", "sepsis"),
    ("the carbon monoxide detector is beeping and both kids have headaches and are throwing up", "poisoning"),
    ("my 15 year old woke up with sudden agony in one testicle and he's vomiting", "testicular"),
    ("type 1, her sugar is 2.1 and she's confused and sweating, juice didn't bring it up", "diabetes"),
    ("he can only get two words out and his lips are going blue, inhaler not helping", "breathing"),
]

# The hand-written look-alikes that made cs16's rules withdrawn (their tests live in the round files): never urgent.
WITHDRAWN_BY = [
    "my son walks with a limp since football",
    "he gets nosebleeds in winter, they stop with pressure",
    "heavy period, pad full of blood as usual, not dizzy",
    "my son doesn't wake up for school without three alarms",
    "the alarm clock went off and we both have headaches from the late night",
    "my newborn breathes 40 a minute when sleeping, is that normal",
    "my 3 year old threw up green jelly he ate at the party",
    "melena workup negative, colonoscopy clear",
    "the operation will cut his belly open, we want a second opinion",
]


@pytest.mark.parametrize("line", [line for lines in QUIET.values() for line in lines])
def test_an_ordinary_marker_keeps_the_concept_rules_quiet(line):
    assert concept_signs.found(line) is None
    assert screen(line).level == "none", screen(line)


@pytest.mark.parametrize(("line", "category"), URGENT)
def test_a_new_emergency_per_category_reaches_the_urgent_turn(line, category):
    hit = concept_signs.found(line)
    assert hit is not None and hit[0] == 2 and hit[1] == category, hit
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories, result.categories


@pytest.mark.parametrize("line", WITHDRAWN_BY)
def test_the_look_alikes_that_withdrew_the_rules_raise_nothing(line):
    assert concept_signs.found(line) is None
    assert not screen(line).is_emergency


@pytest.mark.parametrize(("ordinary", "grave"), [
    ("my son walks with a limp since football", "my son is limp and won't wake up"),
    ("he gets nosebleeds in winter, they stop with pressure",
     "his nose has bled for 40 minutes on his blood thinner and it won't stop even with pressure"),
    ("the operation will cut his belly open, we want a second opinion",
     "since the operation on monday his belly wound has come apart"),
    ("my newborn breathes 40 a minute when sleeping", "my newborn is hot, 38.6 on the thermometer"),
])
def test_the_narrowing_leaves_the_grave_twin_urgent(ordinary, grave):
    assert concept_signs.found(ordinary) is None
    hit = concept_signs.found(grave)
    assert hit is not None and hit[0] == 2, hit


# Each narrowing family on its own: the same line without the marker raises a concept rule, with it none does.
@pytest.mark.parametrize(("family", "ordinary", "grave"), [
    ("known", "her nose bleeds and soaks a tissue every winter", "her nose bleeds and soaks a tissue"),
    ("known", "my son is bleeding through his dressing, the doctor already knows", "my son is bleeding through his dressing"),
    ("reason", "my daughter is so sleepy and has a fever after the sleepover", "my daughter is so sleepy and has a fever"),
    ("reason", "my boy threw up green slime after the green jelly at the party", "my boy threw up green slime"),
    ("planned", "the surgeon will cut her open next week, the wound is open and gaping on the diagram",
     "the wound is open and gaping"),
    ("bleed_stops", "his nose pours blood but it stops with pressure after a few minutes", "his nose pours blood"),
    ("a rate", "my 5 week old was 39 minutes in the bath", "my 5 week old was 39"),
])
def test_each_narrowing_family_takes_a_raise_back(family, ordinary, grave):
    assert concept_signs.found(grave) is not None, family
    assert concept_signs.found(ordinary) is None, family


@pytest.mark.parametrize("line", [
    "the surgeon will remove the stitches tomorrow but the wound is open and gaping now",
    "his wound opened due to the infection after the surgery",
    "her nose has been pouring blood for an hour and pressure is not stopping it",
])
def test_a_planned_word_or_a_stop_word_in_passing_keeps_the_emergency(line):
    hit = concept_signs.found(line)
    assert hit is not None and hit[0] == 2, hit
