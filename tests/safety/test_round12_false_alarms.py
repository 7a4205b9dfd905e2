"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper 12b, after round 12 was measured).

Written from how people talk, not from the round's lines (none of these lines is a corpus line): a colour with
its everyday cause (a grape ice lolly, iron tablets, a cold room), a limb gone dead from lying on it, a racing
pulse during exercise, sleeping late, a question about a word, the usual pattern of known seizures, a little
blood from a small wound, history told by an age, a year or an old job, a sign that turned out to be something
else or that a doctor cleared or called expected, a known trigger with its usual fix, a stroke-like sign that
has lasted months, a sugar told as its usual range, a low that was over within minutes, a fit of temper, and
Scots negatives. Each kind is checked with the emergency it must not hide (a blue baby, a dead arm with a
droop, a racing pulse at rest, a seizure lasting now...). The rules are the *_r12 blocks of
dialogues/red_flags.yaml.
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

B, U, ST, V, BL, D, HA, N, A = ("breathing", "unconscious", "stroke", "vitals", "bleeding", "diabetes", "heart_attack",
                                "neurologic", "abdomen")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "a colour with its everyday cause (food, dye, iron, a cold room told of oneself)": (
        [("my baby is going blue and floppy", B),
         ("his lips went purple while he was eating", B),
         ("grandad is freezing in the house and his lips have gone blue", B),
         ("her mouth is blue after the grape juice and she is gasping", B),
         ("poo is black like tar since the iron tablets and i nearly fainted", BL)],
        ["her tongue is purple from a grape ice lolly lol",
         "my sons lips are blue off the blue raspberry slush",
         "his teeth and lips went black after the licorice",
         "my stool has gone black since starting ferrous sulfate",
         "wee looks red, i had beetroot salad yesterday",
         "freezing in this waiting room, my fingers are going purple",
         "its so cold in the clinic my lips are turning blue lol",
         "we are frozen out here at the bus stop, my hands are going purple"]),
    "a limb gone dead, numb or to sleep from lying, sitting or leaning on it": (
        [("my arm went dead and his face is drooping on one side", ST),
         ("her arm went numb all of a sudden and she cant lift it", ST)],
        ["woke up with my arm completely dead, id been lying on it",
         "my foot went to sleep from sitting on it during the film",
         "hand all tingly this morning, i slept on it funny",
         "leg went numb from sitting cross legged on the floor, fine after a minute"]),
    "a racing pulse during or right after exercise": (
        [("pulse 182 while sitting on the couch", V),
         ("temp 40.8 after the half marathon and he is not making sense", V),
         ("heart rate 190 on my bike ride and now i feel faint", V),
         ("my pulse is still 175 an hour after the run", V)],
        ["hr hit 181 at the top of the hill on my ride",
         "my watch showed 186 during the hiit class",
         "heart rate was 179 at the end of the parkrun",
         "pulse got to 184 while i was sprinting"]),
    "sleeping late, not unrousable": (
        [("we cant wake my nan, she is snoring and grey", U),
         ("he fell asleep on the sofa and now we cannot wake him up", U)],
        ["my teenage son didnt wake up until 1pm today lol",
         "she wouldnt wake up for school again",
         "dad didnt wake up till lunchtime after his night shift"]),
    "a question about a word, not a report": (
        [("what is happening, my wife is having a seizure", U),
         ("what is this crushing chest pain, it came on 20 minutes ago", HA)],
        ["whats an aortic dissection",
         "could you explain what a subarachnoid haemorrhage is",
         "what does anaphylactic shock actually mean",
         "define status epilepticus please",
         "i dont understand what a tia is",
         "is a heart attack the same as a cardiac arrest"]),
    "how often known seizures come, not one now": (
        [("he has about 3 seizures a month but this one has gone on for 6 minutes", U),
         ("she gets seizures every couple of weeks and she is having one right now", U)],
        ["my daughter has 4 or 5 seizures a week, the neurologist wants to try a new drug",
         "he has a seizure every few weeks, mostly in his sleep",
         "her absences are daily, sometimes ten a day",
         "he averages one fit a fortnight on the current dose"]),
    "a little blood from a small everyday wound": (
        [("cut my arm on glass and its pouring blood", BL),
         ("bleeding a little from the cut but it wont stop and he is on warfarin", BL)],
        ["a few spots of blood from a hangnail",
         "caught myself with the razor, bleeding a tiny bit",
         "scratched a mosquito bite and it bled a little",
         "papercut from the envelope, a wee bit of blood lol"]),
    "history told by an age, a short year or an old job": (
        [("had a stroke in 2015 and now suddenly she cant speak again", ST)],
        ["admitted with meningitis aged 4, no problems since",
         "was intubated for a bad asthma attack at diagnosis, fine ever since",
         "back in 79 he had a heart attack, doing well now",
         "a fortnight ago she fainted at church, the gp thinks it was the heat",
         "when he was down the mines he had a seizure after a fall",
         "in his boxing days he was knocked out cold more than once",
         "as a wee lassie she had fits, none since"]),
    "a sign that turned out to be something else, or that a doctor cleared": (
        [("the chest pain last week turned out to be angina, now i have crushing chest pain that wont stop", HA)],
        ["the numbness last month turned out to be a trapped nerve",
         "the pain in my chest in may turned out to be gallstones, they took them out",
         "neurology cleared her after the funny turn in march",
         "the chest pain in june, the er cleared me and said it was muscular"]),
    "a known trigger with its usual fix": (
        [("wheezy on cold mornings but today the inhaler is doing nothing and i cant talk", B)],
        ["chest gets tight in damp weather, the blue inhaler sorts it",
         "wheeze every winter, the nebuliser clears it up",
         "bit of a tight chest when its frosty out, my reliever works fine"]),
    "a stroke-like sign that has lasted months or years": (
        [("his speech has been slurred for a year but today his face is drooping as well", ST),
         ("she has had weak legs for years and suddenly cant move her left arm", ST)],
        ["mum's speech has been slurred for two years now, its the MND",
         "my right hand has been numb for months with the carpal tunnel",
         "his right hand has been weak for months since the nerve injury",
         "her face has drooped on one side for years after bells palsy"]),
    "a doctor who calls it expected": (
        [("short of breath at rest and blue lips, the doctor said to expect some breathlessness", B)],
        ["a bit puffed on the stairs since the op, the physio says thats expected",
         "out of breath going up hills, the lung doctor says its normal after the lobectomy",
         "he fainted at the shops last week, the cardiologist said it was vasovagal"]),
    "a sugar told as its usual range": (
        [("his sugar is 1.9 and he is sweaty and confused", D)],
        ["dads sugars run 8 to 12 on the steroids, the diabetes nurse is on it",
         "my blood sugar usually sits between 6 and 9",
         "her glucose has been averaging 10 to 13 this month"]),
    "a low that was over within minutes": (
        [("had a hypo an hour ago, juice helped, but now hes low again and wont wake properly", U)],
        ["went hypo in the night, had some glucose tabs and was fine in 15 minutes",
         "my sugar dropped on monday, i ate a banana and felt better within half an hour"]),
    "a fit of temper": (
        [("my son had a fit at dinner and still isnt responding", U)],
        ["my wife will have a fit when she finds out what this costs",
         "the receptionist threw a fit about the missing form",
         "grandma would have a fit if she knew we were asking another doctor",
         "my toddler had a hissy fit in the car park",
         "the nurses had a fit of the giggles at my jokes"]),
    "a head about to explode from stress, opinions or paperwork (a figure of speech)": (
        [("my head is exploding and ive been sick twice, worst pain of my life", N)],
        ["all these forms are doing my head in, its about to explode lol",
         "my head is going to explode from googling all the options"]),
    "breathlessness that comes when anxious, told as what happens": (
        [("when she panics her lips go blue and she is gasping", B)],
        ["my son feels like he cant breathe whenever hes really anxious before exams"]),
    "a mild fever after a vaccine": (
        [("my 5 week old has a fever after her jabs", "sepsis")],
        ["slight fever since my covid booster yesterday",
         "bit of a fever after his tetanus shot, otherwise fine"]),
    "a sugar told high in plain words (a meter's HI or LO is still urgent)": (
        [("the meter just says HI", D)],
        ["my sugars are high since christmas"]),
    "Scots negatives read as negatives": (
        [("he cannae breathe right", B),
         ("her face has gone doon one side and she cannae talk", ST)],
        ["nae fever and nae chest pain, just tired",
         "she disnae have chest pain, just a cough"]),
}

test_round12_false_alarms_signs_reach_the_urgent_turn, test_round12_false_alarms_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", ["chest pain every time his heart beats and he is grey and sweaty",
                                  "severe tummy pain every time he moves, he is lying dead still",
                                  "he collapsed on the stairs and is not answering",
                                  "crushing chest pain on the stairs just now"])
def test_a_moment_or_a_place_is_not_read_as_long_standing(line):
    # "every time his heart beats" is a feature of the pain now; "on the stairs" is where it happened
    assert screen(line).is_emergency, screen(line)


@pytest.mark.parametrize("line", ["puffed out on the stairs, same as always",
                                  "breathless on the stairs for a few years now, the heart doctor knows"])
def test_breathless_on_the_stairs_told_as_usual_stays_quiet(line):
    assert level(line) == "none", screen(line)


def test_a_known_pattern_told_now_with_a_seizure_lasting_still_asks_at_least():
    # the usual rate in one sentence and the seizure now in the next: at least the check question
    assert level("he has 3 fits a month and he is fitting now") == "emergency"
    assert level("he has 3 fits a month. this one started 6 minutes ago and he is still fitting") == "emergency"
