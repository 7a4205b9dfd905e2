"""The engine as a user meets it: commands, re-asks, wording for patients and caregivers."""

from __future__ import annotations

from assistant.engine import Engine

from support import talk


def test_the_first_turn_says_what_this_is_and_is_not_and_gives_the_emergency_note():
    turn = Engine().start()
    assert turn.state == "welcome" and turn.number == 1
    assert "not medical advice" in turn.text
    assert "call 911" in turn.text
    assert turn.choices[:2] == ["I am the patient", "I am helping someone else"]


def test_each_input_line_gives_exactly_one_turn_numbered_in_order():
    _, turns = talk(["1", "whether to have knee surgery", "help", "nonsense line"])
    assert [t.number for t in turns] == [1, 2, 3, 4, 5]


def test_caregiver_wording_names_the_person_cared_for():
    _, turns = talk(["2", "my mother"])
    assert turns[-1].state == "decision_what"
    assert "you and your mother need to decide" in turns[-1].text


def test_patient_wording_speaks_to_you():
    _, turns = talk(["1"])
    assert "What do you need to decide?" in turns[-1].text


def test_a_choice_that_cannot_be_understood_is_asked_again_saying_what_is_accepted():
    engine, turns = talk(["1", "x", "y", "4", "9"])
    reask = turns[-1]
    assert reask.kind == "reask" and reask.state == "decision_situation"
    assert "Type a number from 1 to 7" in reask.text
    assert reask.choices == turns[-2].choices


def test_back_undoes_the_last_answer():
    engine, turns = talk(["1", "whether to have knee surgery", "back"])
    assert turns[-1].state == "decision_what"
    assert "decision" not in engine.slots
    engine.respond("whether to try physio first")
    assert engine.slots["decision"] == "whether to try physio first"


def test_back_at_the_first_question_says_so():
    _, turns = talk(["back"])
    assert turns[-1].state == "welcome" and "first question" in turns[-1].text


def test_restart_forgets_everything():
    engine, turns = talk(["2", "my dad", "whether to start chemo", "restart"])
    assert turns[-1].state == "welcome"
    assert engine.slots == {}
    assert "starting again" in turns[-1].text


def test_help_why_summary_and_sources_answer_and_keep_the_question():
    engine, _ = talk(["1", "whether to have knee surgery", "not sure about risks"])
    help_turn = engine.respond("help")
    assert help_turn.kind == "help" and help_turn.state == "decision_when"
    assert "not a doctor" in help_turn.text and help_turn.choices  # the question is still there
    why = engine.respond("why")
    assert why.kind == "why" and "Source:" in why.text and "cannot be undone" in why.text
    so_far = engine.respond("summary")
    assert "whether to have knee surgery" in so_far.text and "not sure about risks" in so_far.text
    sources = engine.respond("sources")
    assert f"Content version {engine.flow.content_version}" in sources.text
    assert "no conflicts of interest" in sources.text and "every 6 months" in sources.text
    assert "10 Signs" in sources.text
    assert engine.state == "decision_when"


def test_quit_says_goodbye_and_finishes():
    engine, turns = talk(["quit"])
    assert engine.finished and turns[-1].kind == "bye"
    assert "911" in turns[-1].text


def test_user_text_is_data_not_template_code_or_markup():
    typed = "{{ 7*7 }} [bold]x[/bold] **loud** [link](https://example.com)"
    _, turns = talk(["1", typed])
    shown = turns[-1]
    assert typed in shown.text
    assert "49" not in shown.text
    # In the Markdown for the UI, the user's marks are escaped, so nothing is styled or linked.
    assert "\\*\\*loud\\*\\*" in shown.markdown and "\\[link\\]" in shown.markdown


def test_after_done_the_conversation_says_it_is_finished():
    from support import path_to_summary

    engine, turns = talk(path_to_summary(situation="1") + ["ok"])
    assert turns[-1].state == "done"
    again = engine.respond("hello?")
    assert again.state == "done" and "finished" in again.text


def test_listener_sees_user_transition_slot_and_turn_events_in_order():
    events = []
    engine = Engine(listener=events.append)
    engine.start()
    engine.respond("1")
    kinds = [e["type"] for e in events]
    assert kinds[0] == "transition"  # boot -> welcome
    assert kinds[1] == "turn"
    assert kinds[2:] == ["user", "slot", "transition", "turn"]
    assert events[4]["source"] == "welcome" and events[4]["dest"] == "decision_what"


def test_when_saving_fails_the_conversation_goes_on_and_the_problem_is_kept_for_the_face():
    def full_disk(event):
        if event["type"] == "user":
            raise OSError(28, "No space left on device")

    engine = Engine(listener=full_disk)
    engine.start()
    turn = engine.respond("my dad cant breathe")
    assert turn.state == "urgent_care"  # saving never stands between a user and emergency advice
    assert "No space left on device" in engine.save_problem
    assert engine.respond("not happening now").state == "welcome"


def test_the_timing_for_surgery_says_close_only_when_the_deadline_is():
    """An operation months away is not 'close'; one within weeks is."""
    from support import path_to_summary, talk

    for deadline, wording in (("2", "cannot be undone is close"), ("3", "An operation cannot be undone")):
        _, turns = talk(path_to_summary(situation="1", deadline=deadline))
        timing = next(turn for turn in turns if turn.state == "timing")
        assert wording in timing.text, (deadline, timing.text)
