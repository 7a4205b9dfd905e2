"""What the plan's "What you told me" keeps from the lines typed (a try in tmux, 2026-12-05, as a
parent deciding about a 6-year-old's tonsils)."""

import re

import pytest

from assistant.engine import Engine
from support import path_to_summary, talk

TO_SIGNS = ["1", "whether to have my tonsils out", "skip", "4", "1", "none", "none"]
PARTLY = "surgery was advised and i guess peace of mind, the antibiotics keep not working"


def _at_signs_after(follow: str) -> Engine:
    engine = Engine()
    engine.start()
    for line in TO_SIGNS:
        engine.respond(line)
    assert engine.state == "signs"
    engine.respond(PARTLY)
    engine.respond(follow)
    return engine


@pytest.mark.parametrize("follow", ["yes that too", "yeah add that one as well", "yes"])
def test_a_yes_to_the_part_asked_about_is_not_kept_as_something_told(follow):
    engine = _at_signs_after(follow)
    assert engine.slots["signs"] == ["major_procedure", "treatment_failed", "peace_of_mind"]
    assert engine.slots["answer_notes"]["signs"] == PARTLY  # the line told, without "; yes that too"


def test_a_follow_up_that_tells_more_is_kept():
    engine = _at_signs_after("peace of mind yes, and the ent rushed us")
    assert "peace_of_mind" in engine.slots["signs"]
    assert "the ent rushed us" in engine.slots["answer_notes"]["signs"]


def test_a_note_at_the_danger_signs_says_what_it_was_about_in_the_plan():
    lines = path_to_summary(situation="1")
    assert lines[6] == "none"  # the danger signs question on the main path
    lines[6] = "no im fine, just a sore throat again"
    engine, turns = talk(lines)
    assert engine.slots["answer_notes"]["red_flags"] == "Im fine, just a sore throat again"
    assert "About danger signs: Im fine, just a sore throat again" in turns[-1].markdown


# A compare journey (a terminal walk, 2026-12-06): "stents" at what the first doctor advised fits a device and a
# procedure, so it is asked; the pick that answers it must not lose the word, or the table showed "Surgery or a
# procedure" for both doctors and hid stents against a bypass.
TO_FIRST_PLAN = ["3", "two", "1", "whether to get stents or bypass for my blocked arteries", "cardiologist",
                 "three blocked arteries", "very sure"]


def _compare_with_first_plan(*lines: str) -> Engine:
    engine = Engine(country="US")
    engine.start()
    for line in TO_FIRST_PLAN:
        engine.respond(line)
    assert engine.state == "compare_one_treatment"
    for line in lines:
        engine.respond(line)
    return engine


@pytest.mark.parametrize("pick", ["1", "surgery", "the first one"])
def test_one_word_of_ones_own_asked_about_is_kept_with_the_pick(pick):
    engine = _compare_with_first_plan("stents", pick)
    assert engine.state == "compare_one_reason"
    assert engine.slots["compare_one_treatment"] == "surgery"
    assert engine.slots["answer_notes"]["compare_one_treatment"] == "stents"
    for line in ["less invasive", "heart surgeon", "three blocked arteries", "very sure"]:
        engine.respond(line)
    turn = engine.respond("bypass surgery")
    turn = engine.respond("lasts longer")
    assert engine.state == "compare_differs"
    # the words are short enough for the table's plan row (both plans are surgeries: the kind alone would show them alike)
    assert re.search(r"\| The plan +\| stents +\| bypass surgery +\|", turn.text)


@pytest.mark.parametrize("pause", ["hmm", "huh", "ok", "idk", "?"])
def test_a_pause_or_a_puzzled_word_before_the_pick_is_not_kept(pause):
    engine = _compare_with_first_plan("stents", pause, "1")
    notes = engine.slots.get("answer_notes") or {}
    assert engine.slots["compare_one_treatment"] == "surgery"
    assert notes.get("compare_one_treatment") == "stents"  # the word told, not the pause


def test_a_plain_pick_by_name_keeps_no_note():
    engine = _compare_with_first_plan("surgery")
    assert engine.slots["compare_one_treatment"] == "surgery"
    assert "compare_one_treatment" not in (engine.slots.get("answer_notes") or {})


def test_a_note_at_the_is_it_happening_now_check_says_what_it_was_about():
    # (walk, 2026-12-07: "no not right now, only when he walks" at "Is this happening now?" was listed bare, "- Only
    # when he walks", in "What you told me")
    lines = path_to_summary(situation="1")
    lines[6] = "6, hes just more out of breath than usual, no chest pain"
    engine, turns = talk(lines[:7] + ["no not right now, only when he walks"] + lines[7:])
    assert engine.slots["answer_notes"].get("urgent_care") or engine.slots["answer_notes"].get("urgent_care_check")
    told = turns[-1].markdown.split("What you told me", 1)[1]
    assert "About danger signs: Only when he walks" in told
    assert "\n- Only when he walks" not in told


def test_every_question_a_note_can_be_said_at_has_a_topic():
    # a note is kept at any question with choices; in the plan each says what it was about
    import re

    from assistant.flow import default_flow
    from assistant.paths import prompts_dir

    names = (prompts_dir() / "_names.j2").read_text(encoding="utf-8")
    topics = set(re.findall(r'^  "(\w+)": "(?:About|How)', names, re.M))
    flow = default_flow()
    asked = {name for name, spec in flow.states.items() if spec.choices and not name.startswith(("compare_", "summary", "done"))}
    assert asked - topics == set()
