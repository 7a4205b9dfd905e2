"""The carry-over benchmark (benchmarks/carry_over.py) and its experimental reader
(benchmarks/carried_reader.py): phrases learnt only from earlier rounds, used only where the
reader re-asks. Not part of the assistant (the experiment did not gain; docs/understanding.md), but
its protocol must stay honest if it is run again.

Every answer here was written for these tests (none is from a corpus round).
"""

from __future__ import annotations

from assistant.understanding import LIKELY, SURE, UNCLEAR
from assistant.understanding.reading import Reading
from benchmarks import carried_reader
from benchmarks.carry_over import before, derive
from understanding.reading_support import FLOW

STATE = "compare_one_treatment"


def answer(text: str, **expect) -> dict:
    return {"state": STATE, "answer": text, "expect": expect}


# Four made-up rounds: "keyhole" said for surgery in four, "tablets" for medicine in three,
# "physio" for something else in two only.
ROUNDS = {
    1: [answer("a keyhole operation", pick="surgery"), answer("tablets every morning", pick="medicine"),
        answer("physio twice a week", pick="other")],
    2: [answer("keyhole op on the knee", pick="surgery"), answer("daily tablets", pick="medicine"),
        answer("lots of physio", pick="other")],
    3: [answer("they would do it keyhole", pick="surgery"), answer("tablets for a year", pick="medicine")],
    4: [answer("keyhole, two small cuts", pick="surgery")],
}


def spec():
    return FLOW.state(STATE)


def reread(line: str, table: dict, reading: Reading | None = None):
    return carried_reader.carried(reading or Reading(UNCLEAR, unclear=line), line, spec(), table)


def test_a_round_is_measured_with_what_came_before_it_only():
    assert list(before(ROUNDS, 3)) == [1, 2]
    assert before(ROUNDS, 1) == {}


def test_a_phrase_is_learnt_from_three_rounds_with_none_against():
    table = derive(ROUNDS)[STATE]
    assert table["keyhol"].choice == "surgery" and table["keyhol"].rounds == 4
    assert table["tablet"].choice == "medicine" and table["tablet"].rounds == 3
    assert not any(p.choice == "other" for p in table.values())  # "physio": two rounds only


def test_one_answer_meant_otherwise_drops_the_phrase():
    against = {**ROUNDS, 5: [answer("keyhole sounds scary, what do they mean", ask=True)]}
    assert "keyhol" not in derive(against).get(STATE, {})
    assert "tablet" in derive(against)[STATE]


def test_later_rounds_change_nothing_learnt_for_an_earlier_one():
    later = {**ROUNDS, 9: [answer("tablets were stopped", pick="surgery")]}
    assert derive(before(later, 5)) == derive(ROUNDS)


def test_a_re_ask_is_taken_on_strong_evidence_and_offered_on_less():
    table = derive(ROUNDS)
    taken = reread("a keyhole job", table)
    assert taken.certainty == SURE and taken.value == "surgery"
    offered = reread("the tablets", table)  # one phrase, three rounds: a Yes/No first
    assert offered.certainty == LIKELY and offered.value == "medicine"
    hedged = reread("probably keyhole", table)
    assert hedged.certainty == LIKELY and hedged.value == "surgery"


def test_never_past_a_negation():
    table = derive(ROUNDS)
    assert any(negated for phrase, _, _, negated in carried_reader.features("no tablets this time") if phrase == "tablet")
    assert reread("no tablets this time", table) is None
    assert reread("not keyhole, they said open", table) is None


def test_what_the_reader_understood_stays():
    table = derive(ROUNDS)
    assert reread("keyhole", table, Reading(SURE, "medicine")) is None
    assert reread("keyhole", table, Reading(LIKELY, "medicine")) is None
    assert reread("keyhole", table, Reading(UNCLEAR, options=("surgery", "medicine"))) is None


def test_two_choices_a_question_or_an_emergency_question_are_left_to_the_re_ask():
    table = derive(ROUNDS)
    assert reread("keyhole or tablets", table) is None
    assert reread("is keyhole safer?", table) is None
    urgent = FLOW.state("urgent_care")
    assert carried_reader.carried(Reading(UNCLEAR, unclear="keyhole"), "keyhole", urgent, {"urgent_care": table[STATE]}) is None


def test_the_engine_reads_as_before_outside_the_block():
    from assistant.understanding import dialogue

    plain = dialogue.read
    with carried_reader.reading_with(derive(ROUNDS)):
        assert dialogue.read is not plain
    assert dialogue.read is plain
