"""The optional timeline step after the records question (state `records_timeline`).

What a person types there becomes events in the plan ({when, what}, dates as typed), is said
back, can be skipped in one word, and is undone by `back`. Odd input never crashes it and never
makes up events.
"""

from __future__ import annotations

import pytest
from support import path_to_summary, talk

from assistant.engine import Engine
from assistant.kit.timeline import MAX_ENTRIES, MAX_WHAT, declined, entries

LINES = path_to_summary(situation="1")  # knee surgery within weeks: the step is asked
AT_TIMELINE = LINES[: LINES.index("all") + 1]  # up to and including the records answer
AFTER_TIMELINE = LINES[LINES.index("all") + 2 :]  # from the insurance answer on


def at_timeline() -> Engine:
    engine, turns = talk(AT_TIMELINE)
    assert engine.state == "records_timeline", turns[-1].text
    return engine


def test_the_step_invites_the_timeline_and_says_how_to_skip():
    engine, turns = talk(AT_TIMELINE)
    text = turns[-1].text
    assert "Would you like to start your timeline now?" in text and "skip" in text
    assert "March: knee pain started; April: MRI" in text  # an example of the form
    assert turns[-1].suggestions == ["skip"] and turns[-1].free_text


def test_events_are_stored_said_back_and_reach_the_plan():
    engine = at_timeline()
    turn = engine.respond("March: knee pain started; April: MRI; May: surgeon offered surgery")
    assert engine.state == "logistics"
    expected = [{"when": "March", "what": "knee pain started"}, {"when": "April", "what": "MRI"},
                {"when": "May", "what": "surgeon offered surgery"}]
    assert engine.slots["timeline"] == expected
    assert engine.slots["timeline_text"] == "March: knee pain started; April: MRI; May: surgeon offered surgery"
    assert "I put 3 events on your timeline" in turn.text and "Type 'back' to change this" in turn.text
    assert "Have you checked your insurance?" in turn.text  # the next question follows at once
    for line in AFTER_TIMELINE:
        turn = engine.respond(line)
    assert engine.state == "summary"
    assert turn.plan["timeline"] == expected
    assert turn.plan["timeline_text"].startswith("March: knee pain started")


@pytest.mark.parametrize("line", ["skip", "Skip", "no", "not now", "later", "no thanks", "skip for now", "I don't remember"])
def test_one_word_or_a_plain_no_skips_it(line):
    engine = at_timeline()
    turn = engine.respond(line)
    assert engine.state == "logistics"
    assert engine.slots["timeline"] == [] and engine.slots["timeline_text"] is None
    assert "fill in later" in turn.text and "events" not in turn.text


def test_back_undoes_the_timeline_and_a_new_answer_replaces_it():
    engine = at_timeline()
    engine.respond("March: knee pain; April: MRI")
    turn = engine.respond("back")
    assert engine.state == "records_timeline" and "Would you like to start your timeline now?" in turn.text
    assert "timeline" not in engine.slots and "timeline_text" not in engine.slots
    engine.respond("skip")
    assert engine.slots["timeline"] == [] and engine.state == "logistics"


def test_back_from_the_timeline_returns_to_the_records_question():
    engine = at_timeline()
    engine.respond("back")
    assert engine.state == "records"


def test_not_asked_when_the_choice_is_due_within_days():
    engine, _ = talk(path_to_summary(situation="1", deadline="1"))
    assert "records_timeline" not in [state for state, _ in engine.history]
    assert engine.plan()["timeline"] == [] and engine.plan()["timeline_text"] is None


def test_not_asked_when_worsening_symptoms_were_not_checked_yet():
    engine, _ = talk(path_to_summary(situation="3", timing=["no"]))
    assert engine.plan()["timing"] == "urgent_care_first"
    assert "records_timeline" not in [state for state, _ in engine.history]


def test_a_red_flag_typed_in_the_timeline_is_screened_first_and_nothing_is_stored():
    engine = at_timeline()
    turn = engine.respond("March: knee pain; now I have crushing chest pain and I am sweating")
    assert turn.urgent and engine.state == "urgent_care"
    assert "timeline" not in engine.slots and "timeline_text" not in engine.slots


def test_a_question_asked_back_is_answered_and_the_step_stays():
    engine = at_timeline()
    turn = engine.respond("what should I write?")
    assert engine.state == "records_timeline" and turn.kind == "reply"
    assert "timeline" not in engine.slots


# --- odd input --------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [";;;", " ; ; ", "- - -", "1", "...", "|||"])
def test_only_separators_or_a_lone_number_store_no_events(line):
    engine = at_timeline()
    turn = engine.respond(line)
    assert engine.state == "logistics" and engine.slots.get("timeline") == []
    assert "I put" not in turn.text


def test_a_very_long_paste_is_cut_to_what_a_form_can_hold_and_says_so():
    events = "; ".join(f"Month {n}: visit number {n} with a long story about what the doctor said and did" for n in range(40))
    engine = at_timeline()
    turn = engine.respond(events)
    found = engine.slots["timeline"]
    assert 1 <= len(found) <= MAX_ENTRIES
    assert all(len(e["what"]) <= MAX_WHAT for e in found)
    assert "only its start was kept" in turn.text and engine.state == "logistics"


def test_many_short_events_keep_the_first_ones_and_say_so():
    engine = at_timeline()
    turn = engine.respond("; ".join(f"{n}/1: test {n}" for n in range(1, 16)))
    assert len(engine.slots["timeline"]) == MAX_ENTRIES
    assert engine.slots["timeline"][0] == {"when": "1/1", "what": "test 1"}
    assert f"I kept the first {MAX_ENTRIES}" in turn.text


def test_control_characters_and_escape_sequences_never_reach_the_events():
    engine = at_timeline()
    engine.respond("March\x1b[31m: knee\x07 pain\x00; April: \u202eMRI\x1b]8;;http://x.example\x07")
    for entry in engine.slots["timeline"]:
        for value in entry.values():
            assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F or ch == "\u202e" for ch in value), value
    assert engine.slots["timeline"][0] == {"when": "March", "what": "knee pain"}


# --- reading the line ---------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("March: knee pain; April: MRI", [("March", "knee pain"), ("April", "MRI")]),
    ("3/14 - MRI; 2 weeks ago saw Dr Okafor", [("3/14", "MRI"), ("2 weeks ago", "saw Dr Okafor")]),
    ("Knee pain started in March. In April I had an MRI.", [("March", "Knee pain started"), ("April", "I had an MRI")]),
    ("knee pain in March, MRI in April, surgery offered in May", [("March", "knee pain"), ("April", "MRI"), ("May", "surgery offered")]),
    ("pain since last year then physio then an MRI last week", [("since last year", "pain"), ("", "physio"), ("last week", "an MRI")]),
    ("early March: fell on ice", [("early March", "fell on ice")]),
    ("Dec 2025 - saw Dr Patel; 2026-01-10 CT scan", [("Dec 2025", "saw Dr Patel"), ("2026-01-10", "CT scan")]),
    ("1. March: pain 2. April: MRI", [("March", "pain"), ("April", "MRI")]),
    # A season with its year is one date (terminal walk: "summer: 2026 teacher said...").
    ("summer 2026 teacher said shes tired in class; the summer of 2024 she got worse",
     [("summer 2026", "teacher said shes tired in class"), ("the summer of 2024", "she got worse")]),
    ("in summer she snores more", [("summer", "she snores more")]),
    # No date: the event is kept with its date left blank, never guessed.
    ("knee hurt, got worse", [("", "knee hurt, got worse")]),
    # "may" the verb is not the month.
    ("I may need surgery", [("", "I may need surgery")]),
])
def test_events_are_read_leniently_with_dates_as_typed(line, expected):
    assert [(e["when"], e["what"]) for e in entries(line)] == expected


@pytest.mark.parametrize("line", ["skip", "not now", "nope", "", "   ", ";;", "no thank you", "maybe later"])
def test_declines_are_recognised(line):
    assert declined(line) and entries(line) == []


@pytest.mark.parametrize("line", ["no MRI until March", "3/14", "Nothing helped since May"])
def test_short_lines_with_a_date_are_not_declines(line):
    assert not declined(line) and entries(line)


# The user trial of 2026-12-04 (second): "october 2025 echo EF 35" became "october 20: 25 echo EF 35",
# and events between commas went under one year when not every part had a date.
@pytest.mark.parametrize("line, expected", [
    ("october 2025 echo EF 35; november 2025 they say no",
     [("october 2025", "echo EF 35"), ("november 2025", "they say no")]),
    ("march 2024 diagnosed, june 2024 chemo started", [("march 2024", "diagnosed"), ("june 2024", "chemo started")]),
    ("Dec 4 2025 biopsy", [("Dec 4 2025", "biopsy")]),
])
def test_a_month_and_a_year_stay_together(line, expected):
    assert [(e["when"], e["what"]) for e in entries(line)] == expected


@pytest.mark.parametrize("line, expected", [
    ("2022: periods started being really painful, went to urgent care, this september the gyno said its normal",
     [("2022", "periods started being really painful, went to urgent care"), ("this september", "the gyno said its normal")]),
    ("knee pain, swelling, april MRI, may 12 surgery offered",
     [("", "knee pain, swelling"), ("april", "MRI"), ("may 12", "surgery offered")]),
])
def test_a_part_with_a_date_starts_an_event_and_a_part_without_one_stays_with_the_event_before(line, expected):
    assert [(e["when"], e["what"]) for e in entries(line)] == expected


def test_one_date_in_a_line_of_commas_keeps_the_line_as_one_event():
    found = entries("in March the pain started, it got worse, she could not walk")
    assert len(found) == 1 and found[0]["when"].lower() == "march"
