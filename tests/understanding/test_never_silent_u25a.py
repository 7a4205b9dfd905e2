"""Answers that should be asked about, never stored (helper u25a, issue 11 "never a silent misread"): every choice
picked by a short doubting line; "Maybe after/when ..." read "not sure" at the decision-point questions; a decision
waiting on someone's own mind ("when he decides", "when we agree"); a treatment left to the person ("either one",
"up to me"); a long-standing problem named only now ("for years ... nobody could tell me until now"). Each beside
the clear answers of the same question, which keep their reading at once (no new re-asks)."""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from benchmarks.understanding import prepare

from .reading_support import FLOW, pick, picks, reading

ALL_SIGNS = {c.id for c in FLOW.state("signs").choices} - {"none"}
ALL_FOCUS = {c.id for c in FLOW.state("specialist_focus").choices} - {"none"}
ALL_DIFFERS = {c.id for c in FLOW.state("compare_differs").choices} - {"none"}


def _turn(state, line):
    """What the engine does with `line` at `state`: the turn, whether it stayed, and whether the slot was left alone."""
    e = prepare(state, "caregiver")
    slot = e.flow.state(state).slot
    before = e.slots.get(slot)
    turn = e.respond(line)
    return turn, e.state == state and e.slots.get(slot) == before


def _offered(state, line, value):
    """Nothing is stored: the reading is offered back for a Yes (a confirm turn offering `value`), or asked."""
    got = reading(state, line)
    assert got.certainty in (LIKELY, UNCLEAR)
    if got.certainty == LIKELY:
        assert (set(got.value) == set(value)) if isinstance(value, set) else got.value == value
    turn, stayed = _turn(state, line)
    assert stayed and turn.kind in ("confirm", "reask", "reply") and turn.text  # a reply: "pick only the ones you are sure of"
    if turn.kind == "confirm":
        assert turn.text.startswith("Did you mean")


def _asked(state, line):
    got = reading(state, line)
    assert got.certainty == UNCLEAR and got.value is None
    turn, stayed = _turn(state, line)
    assert stayed and turn.kind == "reask" and turn.text


# --- every choice picked by a short line that doubts it (never_silent.yaml `every`) ---

@pytest.mark.parametrize("line", [
    "all of em lol", "ALL OF THEM??", "all of them, grandma says whatever", "kinda all of them",
    "all of em?? no idea",
])
def test_every_sign_picked_by_a_doubting_line_is_offered_back(line):
    _offered("signs", line, ALL_SIGNS)


@pytest.mark.parametrize("line, want", [
    ("all of them honestly", ALL_SIGNS),
    ("every single one", ALL_SIGNS),
    ("all 10", ALL_SIGNS),
    ("all of them except 6 and 7", ALL_SIGNS - {"treatment_failed", "rare_complex"}),
    ("all of them, a serious diagnosis, a big operation, too many options and nobody listens to me? yes really",
     None),  # a long line that names its signs: not this rule's (whatever the reader makes of it)
])
def test_every_sign_said_plainly_is_kept_at_once(line, want):
    if want is None:
        assert reading("signs", line).certainty != LIKELY or reading("signs", line).value != sorted(ALL_SIGNS)
    else:
        assert picks("signs", line) == want


@pytest.mark.parametrize("line", ["All of it. Doctors know best.", "all of it lol", "all of them i guess"])
def test_every_focus_picked_by_a_short_line_is_offered_back(line):
    _offered("specialist_focus", line, ALL_FOCUS)


@pytest.mark.parametrize("line, want", [
    ("the scans and the biopsy", {"imaging", "pathology"}),
    ("all except travel", ALL_FOCUS - {"travel_hard"}),
])
def test_a_focus_named_is_kept_at_once(line, want):
    assert picks("specialist_focus", line) == want


@pytest.mark.parametrize("line", ["all four i don't know", "all of em?? idk", "everything? not sure"])
def test_every_difference_picked_by_a_doubting_line_is_offered_back(line):
    _offered("compare_differs", line, ALL_DIFFERS)


@pytest.mark.parametrize("line", ["all of them lol", "all four", "all 4 honestly", "everything, all of it different"])
def test_every_difference_said_plainly_is_kept_at_once(line):
    assert picks("compare_differs", line) == ALL_DIFFERS


# --- "Maybe after/when ..." read "not sure" at the decision-point questions (`maybe_when`, `whole`) ---

@pytest.mark.parametrize("state", ["fit_decision_point", "compare_decision_point"])
@pytest.mark.parametrize("line", [
    "Maybe when scan come", "Maybe after a 2nd opinion", "Maybe after talking with my pastor", "Perhaps after the next visit",
    "maybe po", "yes, maybe", "Maybe yes",
])
def test_a_bare_maybe_with_an_event_is_offered_back_as_not_sure(state, line):
    _offered(state, line, "not_sure")


@pytest.mark.parametrize("state", ["fit_decision_point", "compare_decision_point"])
@pytest.mark.parametrize("line, want", [
    ("Not sure, maybe after the holidays", "not_sure"),
    ("not sure", "not_sure"),
    ("yes", "yes"),
    ("no", "no"),
    ("yes, once the scan is back", "yes"),
])
def test_a_decision_point_said_plainly_is_kept_at_once(state, line, want):
    assert pick(state, line) == want


# --- a decision waiting on someone's own mind (`when` verbs, `near` agree) ---

@pytest.mark.parametrize("state", ["fit_decision_point", "compare_decision_point"])
@pytest.mark.parametrize("line", [
    "when my back makes up my mind lol", "when his dad and me agree lol", "when my sister and I agree, so who knows",
])
def test_a_decision_waiting_on_a_mind_is_asked(state, line):
    _asked(state, line)


@pytest.mark.parametrize("state", ["fit_decision_point", "compare_decision_point"])
@pytest.mark.parametrize("line", [
    "when the biopsy comes back we decide",
    "yes, when my daughter visits at Christmas",
    "Perhaps after the new year",
])
def test_a_decision_waiting_on_an_event_keeps_its_yes(state, line):
    assert pick(state, line) == "yes"


# --- a treatment left to the person, at the comparison's treatment questions (`asked`) ---

@pytest.mark.parametrize("state", ["compare_one_treatment", "compare_two_treatment"])
@pytest.mark.parametrize("line", [
    "they said pills or a brace, either one",
    "injections or physio, up to me he said",
    "pills or surgery, he said it's up to me",
    "He was equivocal between surgery and waiting",
])
def test_a_treatment_left_to_the_person_is_asked(state, line):
    _asked(state, line)


@pytest.mark.parametrize("state", ["compare_one_treatment", "compare_two_treatment"])
@pytest.mark.parametrize("line, want", [
    ("surgery", "surgery"),
    ("surgery to take the gallbladder out", "surgery"),
    ("watch and wait", "watch"),
])
def test_a_treatment_said_plainly_is_kept_at_once(state, line, want):
    assert pick(state, line) == want


# --- a long-standing problem named only now, at the situation (`near` with its own question) ---

@pytest.mark.parametrize("line", [
    "headaches for about 4 years and no one could say what it was until now",
    "my knee has been bad for ages, they only worked it out till recently",
    "coughing for two years, it took them forever to find the cause",
    "she had fits for years before anyone said epilepsy",
])
def test_a_long_standing_problem_named_only_now_is_asked(line):
    got = reading("decision_situation", line)
    assert got.certainty == UNCLEAR and got.value is None
    assert "only now put a name to" in got.message
    turn, stayed = _turn("decision_situation", line)
    assert stayed and turn.kind == "reask" and "only now put a name to" in turn.text


@pytest.mark.parametrize("line", [
    "stomach pain for 3 years and nobody can tell me why",
    "back pain for 5 years and no doctor knows the reason",
    "dizzy on and off for two years, still no answer",
])
def test_a_long_standing_problem_still_unnamed_keeps_its_reading(line):
    assert pick("decision_situation", line) == "chronic"


@pytest.mark.parametrize("line", ["all of them except none obv lol", "all except the none one lol", "everything besides none lol"])
def test_every_sign_with_an_exception_named_is_kept_at_once(line):
    assert picks("signs", line) == ALL_SIGNS
