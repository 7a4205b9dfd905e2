"""Comparing two opinions and sorting out insurance, understood in the person's own words (helper u22c): "both" at
"Which matters more?", the comparison table and summary when the second doctor said "the same", insurer answers
("covered, no referral needed", "i call, they say ok", "no insurance, just the VA"), how sure never told, the plan that
does more said as working better or lasting, and a bare "what form" asked back. Wordings of our own, and look-alikes
that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _after(state: str, line: str):
    engine = prepare(state, "compare" if state.startswith("compare_") else "patient")
    turn = engine.respond(line)
    return engine, turn


def _stored(engine, state):
    return engine.slots.get(engine.flow.state(state).slot)


def _offered(engine, turn):
    return engine.pending.reading.value if turn.kind == "confirm" and engine.pending is not None else None


# --- "both" at "Which matters more to you right now?" -----------------------------------------------------------

@pytest.mark.parametrize("line", ["both", "Both.", "both lol", "both of them", "both matter", "both are important", "equally",
                                  "both i guess"])
def test_both_alone_offers_the_two_plans_in_one_short_turn(line):
    engine, turn = _after("compare_values", line)
    assert _stored(engine, "compare_values") is None and engine.state == "compare_values"
    assert "Sorry, I did not understand" not in turn.text
    assert "The plan that does the most" in turn.text and "The gentler plan" in turn.text


def test_a_plan_picked_after_both_is_stored():
    engine, _ = _after("compare_values", "both")
    engine.respond("2")
    assert engine.slots.get("compare_values") == "gentler"


@pytest.mark.parametrize("line, want", [
    ("both are important, cant decide", "not_sure"),  # undecided said outright (u21b)
    ("the gentle one", "gentler"),
])
def test_look_alikes_of_both_keep_their_reading(line, want):
    engine, _ = _after("compare_values", line)
    assert _stored(engine, "compare_values") == want


@pytest.mark.parametrize("line", ["i want both", "both, i cannot choose"])
def test_wanting_both_is_never_stored_as_one_plan(line):
    engine, _ = _after("compare_values", line)
    assert _stored(engine, "compare_values") is None


# --- The plan that does more, said as working better or lasting; the less risky plan ----------------------------

@pytest.mark.parametrize("line, want", [
    ("The more effective one, within reason.", "more_now"),
    ("the more durable one, we accept the longer recovery", "more_now"),
    ("the one that does more, even if recovery is harder", "more_now"),
    ("my father prefers the less risky option", "gentler"),
    ("the gentler one, even if it is harder to wait", "gentler"),  # "harder" alone is no plan
])
def test_plan_said_in_other_words(line, want):
    engine, _ = _after("compare_values", line)
    assert _stored(engine, "compare_values") == want


@pytest.mark.parametrize("line", ["Whatever keeps her safest.", "the safest one"])
def test_the_safest_is_not_a_plan(line):
    """Which plan is safer is the question itself: never stored as the gentler plan."""
    engine, _ = _after("compare_values", line)
    assert _stored(engine, "compare_values") is None


# --- The table and the summary when the second doctor said "the same" -------------------------------------------

_WALK = ["surgeon", "a small early breast cancer in the left side", "pretty sure", "chemo first, then an operation in january",
         "2", "the tumour is big", "same", "yes", "same", "yes", "same", "yes", "same", "yes", "none", "2", "none"]


def _walked(lines):
    engine = prepare("compare_one_field", "compare")
    turn = None
    for line in lines:
        turn = engine.respond(line)
    assert engine.state == "compare_result"
    return engine, turn


def test_table_shows_the_second_said_the_same_not_see_below():
    _, turn = _walked(_WALK)
    row = next(line for line in turn.text.splitlines() if line.startswith("| The problem"))
    assert "Same as first" in row and row.count("(see below)") == 1
    assert "The problem. First: a small early breast cancer in the left side. Second: the same." in turn.text
    # the plan in the person's words: the second said the same kind, not "picked from the list"
    assert "Second: the same kind of plan, strong treatment." in turn.text
    assert "picked from the list" not in turn.text


def test_table_still_shows_two_long_answers_that_differ_below():
    lines = list(_WALK)
    lines[8] = "a large cyst in the left breast that needs watching"  # the second doctor's own diagnosis
    lines[9:9] = []
    engine, turn = _walked(lines[:8] + ["a large cyst in the left breast that needs watching"] + lines[10:])
    row = next(line for line in turn.text.splitlines() if line.startswith("| The problem"))
    assert row.count("(see below)") == 2 and "Same as first" not in row
    assert "Second: a large cyst in the left breast that needs watching." in turn.text


def test_summary_shows_the_plan_in_the_persons_words():
    engine, _ = _walked(_WALK)
    text = engine.respond("summary").text
    first = next(line for line in text.splitlines() if line.startswith("- The first opinion"))
    assert 'in your words: "chemo first, then an operation in january"' in first
    second = next(line for line in text.splitlines() if line.startswith("- The second opinion"))
    assert "in your words" not in second  # nothing said in words: nothing made up


# --- Insurance: what a check found, and no insurance in other words ---------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("called blue cross: covered, in network, no referral needed", "covered"),
    ("checked, in-network, no prior auth needed", "covered"),
    ("my work insurance, i call, they say ok", "covered"),
    ("Covered, after 40 minutes on hold.", "covered"),  # the wait is no "not yet"
    ("i rang them and was on hold for an hour and gave up", "not_checked"),
    ("no, they need a referral first", "not_checked"),
    ("student plan, no clue if it covers it", "not_checked"),
    ("my daughter says she'll check", "not_checked"),
    ("I haven't got any insurance right now, I'm between jobs", "no_insurance"),
    ("no insurance", "no_insurance"),
    ("i have no insurance", "no_insurance"),
])
def test_insurer_answers_in_own_words(line, want):
    engine, _ = _after("logistics", line)
    assert _stored(engine, "logistics") == want


@pytest.mark.parametrize("line", [
    "no insurance, just the VA",
    "no insurance, only medicaid",
    "no insurance worth the name honestly",
    "no insurance problems so far",
    "not sure if its covered",  # alone: checked and unsure, or not checked? asked
])
def test_a_plan_beside_no_insurance_is_asked(line):
    engine, turn = _after("logistics", line)
    assert _stored(engine, "logistics") is None
    assert _offered(engine, turn) in (None, "no_insurance", "not_checked")


# --- How sure: never told, in other words ----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["She gave no measure of how certain she was.", "I never asked, and she didn't volunteer it.",
                                  "he did not mention anything like that"])
def test_how_sure_never_told(line):
    engine, _ = _after("compare_two_confidence", line)
    assert _stored(engine, "compare_two_confidence") == "not_said"


def test_not_mentioning_something_else_keeps_the_degree():
    engine, _ = _after("compare_two_confidence", "he did not mention surgery, but seemed very sure")
    assert _stored(engine, "compare_two_confidence") == "sure"


# --- A bare "what form" at the insurer's question ----------------------------------------------------------------

@pytest.mark.parametrize("line", ["what form", "WHAT FORM", "what form tho", "who fills the form in", "what list", "what deadline"])
def test_a_bare_what_form_is_asked_back(line):
    engine, turn = _after("logistics_insurer", line)
    assert _stored(engine, "logistics_insurer") is None and turn.kind == "reply"
    assert engine.state == "logistics_insurer"


@pytest.mark.parametrize("line, want", [
    ("which form", ["form"]),  # the choice's own first words
    ("i know what form", ["form"]),
    ("what form they need, and the date", ["form", "deadline"]),
    ("the form", ["form"]),
])
def test_the_form_said_as_an_answer_keeps_its_reading(line, want):
    engine, _ = _after("logistics_insurer", line)
    assert sorted(_stored(engine, "logistics_insurer") or []) == sorted(want)


def test_a_bare_what_form_elsewhere_is_not_touched():
    """Only at the insurer's question: at the records list, "what scans" is read as before."""
    from assistant.understanding.asked_bare import asked_bare

    engine = prepare("records", "patient")
    assert not asked_bare(["what", "form"], engine.flow.state("records"))
    assert asked_bare(["what", "form"], engine.flow.state("logistics_insurer"))
