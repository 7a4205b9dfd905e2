"""What the conversation does with a reading: confirm, keep the valid part, reply, undo."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from assistant.engine import Engine
from assistant.flow import default_flow
from assistant.transcripts.reader import read_file
from assistant.transcripts.resume import resume
from assistant.transcripts.verify import verify
from assistant.transcripts.writer import TranscriptWriter, make_header

TODAY = date(2026, 12, 2)
TO_SITUATION = ["1", "Whether to have knee surgery", "skip", "2"]
LIKELY = "something else, it's about a knee replacement"


def engine_at(lines: list[str], **kwargs) -> Engine:
    engine = Engine(today=lambda: TODAY, **kwargs)
    engine.start()
    for line in lines:
        engine.respond(line)
    return engine


def test_a_likely_reading_is_confirmed_in_its_own_turn_in_the_same_state():
    engine = engine_at(TO_SITUATION)
    turn = engine.respond(LIKELY)
    assert (turn.kind, turn.state, turn.choices, turn.multi) == ("confirm", "decision_situation", ["Yes", "No"], False)
    assert "Did you mean" in turn.text and "Something else" in turn.text
    assert "situation" not in engine.slots  # nothing stored yet
    assert turn.to_json()["kind"] == "confirm"


def test_yes_at_a_confirm_stores_and_moves_on():
    engine = engine_at([*TO_SITUATION, LIKELY])
    turn = engine.respond("Yes")
    assert engine.slots["situation"] == "other" and turn.state == "decision_sure"


def test_no_at_a_confirm_asks_the_question_again_briefly():
    engine = engine_at([*TO_SITUATION, LIKELY])
    turn = engine.respond("no")
    assert (turn.state, turn.kind) == ("decision_situation", "reask") and "situation" not in engine.slots
    assert turn.choices[0].startswith("A surgery")
    assert engine.respond("1").state == "decision_sure" and engine.slots["situation"] == "surgery"


def test_another_answer_at_a_confirm_is_read_as_a_fresh_answer():
    engine = engine_at([*TO_SITUATION, LIKELY])
    engine.respond("they offered him surgery")
    assert engine.state == "decision_sure" and engine.slots["situation"] == "surgery"


def test_back_at_a_confirm_undoes_it_and_stays_at_the_question():
    engine = engine_at([*TO_SITUATION, LIKELY])
    turn = engine.respond("back")
    assert turn.state == "decision_situation" and turn.kind == "reask"
    assert "situation" not in engine.slots and engine.pending is None
    assert engine.respond("yes").kind != "confirm" or engine.state == "decision_situation"  # "yes" is no longer a confirmation
    assert "situation" not in engine.slots


def test_a_red_flag_typed_at_a_confirm_is_screened_first():
    engine = engine_at([*TO_SITUATION, LIKELY])
    turn = engine.respond("yes but now I have crushing chest pain and I am sweating")
    assert turn.urgent and engine.state == "urgent_care"
    assert "situation" not in engine.slots and engine.pending is None


def test_a_partly_understood_list_keeps_the_valid_part_and_the_next_answer_completes_it():
    engine = engine_at([*TO_SITUATION, "1", "none", "none", "2", "none", "1", "1", "no", "", "none", ""])
    assert engine.state == "records"
    turn = engine.respond("2, 3, and she had a CT, and the thing from the clinic")
    assert turn.kind == "reask" and engine.state == "records"
    assert "I got 1, 2 and 3" in turn.text and "the thing from the clinic" in turn.text
    engine.respond("that's all")
    assert engine.slots["records_exist"] == ["pathology", "clinic_notes", "imaging"] and engine.state == "records_timeline"


def test_a_reask_does_not_repeat_the_welcome_block():
    engine = Engine(today=lambda: TODAY)
    first = engine.start()
    assert "call 911" in first.text and "not a doctor" in first.text
    turn = engine.respond("banana bread")
    assert turn.kind == "reask" and '"banana bread"' in turn.text
    assert "call 911" not in turn.text and "not a doctor" not in turn.text
    assert "Who is this decision for?" in turn.text


def test_a_reask_at_the_emergency_turn_still_gives_the_emergency_advice():
    engine = engine_at(["1", "I have crushing chest pain and I am sweating"])
    turn = engine.respond("banana bread")
    assert turn.kind == "reask" and "911" in turn.text


def test_a_question_gets_a_reply_then_the_same_question_and_goes_on_the_list():
    engine = engine_at(TO_SITUATION[:3])
    turn = engine.respond("is there time?")
    assert (turn.kind, turn.state) == ("reply", "decision_when") and "deadline" not in engine.slots
    assert "ask your doctor" in turn.text.lower()
    assert engine.slots["questions_added"] == ["How much time do we have to decide, and what happens if we wait?"]
    assert "How much time do we have to decide" in " ".join(engine.plan()["questions"])


def test_a_question_at_an_info_turn_is_not_continue():
    engine = engine_at(["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1", "no"])
    assert engine.state == "timing"
    turn = engine.respond("why do you need this?")
    assert turn.kind == "reply" and engine.state == "timing"


def test_i_dont_know_with_no_not_sure_choice_offers_the_guides_choice_openly():
    engine = engine_at(["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none", "2", "none", "1"])
    assert engine.state == "fit"
    turn = engine.respond("I don't know")
    # user trial 6: "the safest choice" was close to choosing for the person; the guides' suggestion and why
    assert turn.kind == "confirm" and "safest" not in turn.text and "Plan a second opinion" in turn.text
    assert "the guides suggest" in turn.text and "keeps your options open" in turn.text and "your choice" in turn.text
    engine.respond("yes")
    assert engine.slots["fit_choice"] == "second_opinion"


def test_notes_dates_and_who_are_stored_for_the_plan():
    engine = engine_at(["for my son", "he is 9", "Whether he should have surgery", "skip"])
    assert engine.slots["role"] == "caregiver" and engine.slots["who"] == "my son"
    assert engine.slots["age_band"] == "child" and engine.state == "decision_when"
    engine.respond("by the 15th")
    assert engine.slots["deadline"] == "weeks"
    assert engine.slots["deadline_date"] == "2026-12-15" and engine.slots["deadline_text"] == "by the 15th"
    engine = engine_at(["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1"])
    engine.respond("no, I had the MRI in March")
    assert engine.slots["answer_notes"] == {"timing_tests": "I had the MRI in March"}


def test_a_caregiver_who_names_the_person_is_not_asked_who_again():
    engine = engine_at([])
    turn = engine.respond("it's for my mom")
    assert turn.state == "decision_what" and engine.slots["who"] == "my mom"
    assert engine_at([]).respond("I am helping someone else").state == "welcome_who"


def _record(tmp_path, lines):
    path = tmp_path / "conversation.jsonl"
    header = make_header(default_flow(), created=datetime(2026, 12, 2, tzinfo=timezone.utc), conversation_id="c1")
    writer = TranscriptWriter(path, header=header)
    engine = Engine(listener=writer, today=lambda: TODAY)
    engine.start()
    for line in lines:
        engine.respond(line)
    writer.close()
    return path, engine


def test_the_transcript_records_the_confirm_and_replay_verify_rebuilds_it(tmp_path):
    path, engine = _record(tmp_path, [*TO_SITUATION, LIKELY, "back", LIKELY, "no", "1", "2, 3", "yes"])
    records = [json.loads(line) for line in path.read_text().splitlines()]
    kinds = [r.get("kind") for r in records if r["type"] == "turn"]
    assert kinds.count("confirm") == 2
    result = verify(read_file(path))
    assert result.turns_checked == engine.turn_count and not result.divergences


def test_resume_at_a_confirm_comes_back_to_the_same_confirmation(tmp_path):
    path, original = _record(tmp_path, [*TO_SITUATION, LIKELY])
    engine, shown, _ = resume(read_file(path))
    assert shown.kind == "confirm" and engine.state == "decision_situation"
    assert engine.pending is not None and engine.pending.reading.value == "other"
    engine.respond("yes")
    assert engine.slots["situation"] == "other" and engine.state == "decision_sure"


def test_resume_inside_a_partial_answer_keeps_what_was_understood(tmp_path):
    path, _ = _record(tmp_path, [*TO_SITUATION, "1", "none", "none", "2", "none", "1", "1", "no", "", "none", "", "2, 3 and the thing from the clinic"])
    engine, shown, _ = resume(read_file(path))
    assert shown.kind == "reask" and engine.state == "records"
    engine.respond("1")
    assert engine.slots["records_exist"] == ["pathology", "clinic_notes", "imaging"]


def test_a_date_is_read_again_against_the_day_the_conversation_began(tmp_path):
    path, engine = _record(tmp_path, ["1", "Whether to have knee surgery", "skip", "by the 15th"])
    assert engine.slots["deadline_date"] == "2026-12-15"
    resumed, _, _ = resume(read_file(path))  # header created 2026-12-02, whatever today is
    assert resumed.slots["deadline_date"] == "2026-12-15" and resumed.slots["deadline"] == "weeks"
    assert not verify(read_file(path)).divergences


def _at_safety_check(state: str, country: str | None = None):
    from benchmarks.understanding import prepare

    engine = prepare(state, "caregiver")
    engine.country = country
    return engine


def test_a_bare_yes_at_the_safety_check_gives_the_number_first_then_asks_which():
    for state in ("red_flags", "red_flags_child"):
        for line in ("yes", "Yes.", "yeah"):
            engine = _at_safety_check(state)
            turn = engine.respond(line)
            assert turn.state == state and turn.kind == "reask", (state, line)
            assert turn.text.startswith("If any of these is happening now, call 911 now."), (state, line)
            assert "Which one is it?" in turn.text and "did not understand" not in turn.text
            assert "red_flags" not in engine.slots  # nothing stored from a bare yes
    turn = _at_safety_check("red_flags", country="UK").respond("yes")
    assert turn.text.startswith("If any of these is happening now, call 999 now.")


def test_a_yes_with_the_sign_still_goes_to_the_emergency_turn_and_no_still_means_none():
    engine = _at_safety_check("red_flags_child")
    assert engine.respond("yes he is floppy").state == "urgent_care"
    engine = _at_safety_check("red_flags_child")
    assert engine.respond("no").state == "signs"
    engine = _at_safety_check("signs")  # elsewhere a bare yes is an ordinary re-ask
    assert "did not understand" in engine.respond("yes").text


def test_the_answer_to_none_and_more_replaces_both_rather_than_keeping_the_other_choice():
    # "None" with a sign that is not the red flag ("short of breath on the stairs") is asked about;
    # the answer says which was meant, so "none" then is none, not "I got 4" again.
    line = "no, none of that. he gets short of breath on the stairs which is why they want the surgery"
    engine = _at_safety_check("red_flags")
    turn = engine.respond(line)
    assert (turn.state, turn.kind) == ("red_flags", "reask") and "You typed 'none', and also words that fit" in turn.text
    turn = engine.respond("none, only on stairs")
    assert turn.state == "signs" and engine.slots["red_flags"] == ["none"]
    engine = _at_safety_check("red_flags")
    engine.respond(line)
    assert engine.respond("4").state == "urgent_care"  # the sign, when that is what was meant
    engine = _at_safety_check("decision_sure")
    assert "You typed 'none'" in engine.respond("none, but I have support").text
    assert engine.respond("support").state == "red_flags" and engine.slots["sure_before"] == ["support"]
    engine = _at_safety_check("decision_sure")
    engine.respond("none, but I have support")
    assert engine.respond("none").state == "red_flags" and engine.slots["sure_before"] == ["none"]
