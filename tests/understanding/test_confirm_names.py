"""The Yes/No check names what it offers so a person can tell the choices apart: several picks are each
quoted and joined with "and" (labels hold commas of their own: "Visit notes, with the current plan")."""

from __future__ import annotations

from benchmarks.understanding import prepare


def test_several_picks_offered_back_are_each_quoted():
    engine = prepare("records", "caregiver")
    turn = engine.respond("we have the CT on a disc, blood work, the letter from surgeon. biopsy not yet done")
    assert turn.kind == "confirm"
    first = turn.text.split("\n")[0]
    assert first == ('Did you mean "Scans: the reports and the images", "Lab results and other tests, like an ECG" '
                     'and "Visit notes, with the current plan"?')
    engine.respond("yes")
    assert set(engine.slots["records_exist"]) == {"imaging", "labs", "clinic_notes"}


def test_one_pick_offered_back_is_named_alone():
    engine = prepare("decision_when", "patient")
    turn = engine.respond("the surgeon want answer in 2 wks maybe")
    if turn.kind == "confirm":
        assert turn.text.split("\n")[0].startswith("Did you mean ") and '", "' not in turn.text.split("\n")[0]
    else:  # read outright: the time choice stored, never a list
        assert engine.slots.get("deadline") == "weeks", turn.text
