"""What the plan's "What you told me" keeps from the lines typed (a try in tmux, 2026-12-05, as a
parent deciding about a 6-year-old's tonsils)."""

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
