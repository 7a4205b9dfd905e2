"""Vital signs typed as numbers (issue 12, helper 12c, after rounds 10 and 11 were measured; split
from test_round10_neuro.py, whose other kinds are the neurologic ones).

Written from clinical knowledge, not from the rounds' lines: readings in any format ("BP: 205/110",
"O2 86%", "104.8F", "heart racing at 190") past the NEWS2 / AHA thresholds reach the urgent turn;
the same readings told as a known baseline, back to normal, a question or a number of something
else stay quiet. The rules are the *_r10 blocks of dialogues/red_flags.yaml.
"""

from __future__ import annotations

from safety.safety_support import rule_tests, screen
from assistant.safety.text import Doc

V = "vitals"

RULES = {
    "readings typed as numbers in any format (NEWS2 / AHA thresholds)": (
        [('bp is 215/125 and my head is pounding', V),
         ('blood pressure 228 over 118 right now', V),
         ('BP: 205/110', V),
         ('her pressure came up 212/96 on the cuff', V),
         ('the machine says 250/140', V),
         ('pressure 84/46 and she is grey', V),
         ('bp 86/52 and he is dizzy and confused', V),
         ('heart rate 165 and chest fluttering', V),
         ('hr 170 at rest', V),
         ('my pulse is going at 190 and wont slow', V),
         ('pulse 36 and she is pale', V),
         ('his heart is beating at 210 a minute', V),
         ('heartbeat 155 bpm sitting still', V),
         ('temp 40.5', V),
         ('temperature 40.3 and shivering', V),
         ('104.8F and she wont drink', V),
         ('thermometer says 41 degrees', V),
         ('fever 105 in my son', V),
         ('sats 84', V),
         ('O2 86%', V),
         ('spo2 83 on room air', V),
         ('oxygen sat 80 percent', V),
         ('sats in the low 80s and dropping', V),
         ('sats 85 and struggling to breathe', V),
         ('o2 is 82', V),
         ('oxygen is reading 79', V),
         ('the oximeter says 85%', V),
         ('spo2 87% and blue lips', V),
         ('pulse ox 84', V),
         ('blood pressure 240/130', V),
         ('bp 190/130 with headache', V),
         ('bp 60/30', V),
         ('bp is 75 over 40', V),
         ('blood pressure very low 70/40 and she is confused', V),
         ('my heart rate is 190', V),
         ('pulse 200', V),
         ('my pulse is 30', V),
         ('heart rate 35 and dizzy', V),
         ('his heart is going 170 and he feels faint', V),
         ('temp 41', V),
         ('temperature 41.5 celsius', V),
         ('temp 105.2', V),
         ('fever 40.7 and confused', V),
         ('temp 34 and shivering and confused', V),
         ('temp 33.8', V),
         ('my baby temp 40.1', V)],
        ['my bp was 210/120 this morning but now its 130/80 after the pill',
         'his sats are 88 but thats his baseline with the copd',
         'her sats sit around 89 with her emphysema, the lung doctor says thats normal for her',
         'temp was 40.2 last week, it came down with antibiotics',
         'his blood pressure medicine is 20 mg',
         'we want a second opinion about his blood pressure which runs 150/90',
         'what blood pressure is too high, is 200 dangerous?',
         'my bp is 135/85 on the new pill',
         'bp usually 150/95, doctor is adjusting the meds',
         'my resting pulse is 52',
         'sats 95% on room air',
         'temp 37.8 and a runny nose',
         'his temp was 40.1 in hospital last month with the pneumonia, he is fine now',
         'oxygen 92 which is normal for her with her copd',
         'his sats run 88 to 90, thats his baseline, the lung team knows',
         'we bought a blood pressure monitor that reads 220 at most',
         'the reading on the scale was 210 pounds',
         'the fever broke and the temp is 37.2 now']),
}

test_round10_vitals_signs_reach_the_urgent_turn, test_round10_vitals_look_alikes_stay_quiet = rule_tests(RULES)


def test_a_reading_after_a_colon_stays_with_its_name():
    assert Doc("BP: 205/110").joined == "bp 205 110"
    assert Doc("note: he is fine").joined == "note | he is fine"
    assert screen("Temp: 40.6, HR: 150").is_emergency
    assert screen("BP: 128/82, HR: 72, temp: 36.9").level == "none"


def test_a_reading_told_as_known_or_back_to_normal_stays_quiet_and_the_same_reading_now_is_urgent():
    assert screen("temp hit 40.4 on tuesday, it came down to 37 with the antibiotics").level == "none"
    assert screen("temp 40.4 right now").is_emergency
    assert screen("bp 212/124 at the pharmacy, now its 128/80 after resting").level == "none"
    assert screen("bp 212/124 at the pharmacy just now and my vision is blurry").is_emergency
