"""What people trying the product hit (issue 24), each pinned by the turn they saw."""

from __future__ import annotations

import pytest

from support import talk

TO_RED_FLAGS = ["2", "my father", "whether he should have a heart valve replaced", "skip", "2", "1", "none"]


def test_the_sure_feedback_is_not_repeated_when_the_safety_check_comes_back_after_an_emergency_check():
    engine, turns = talk(TO_RED_FLAGS)
    assert turns[-1].state == "red_flags" and "You said yes to 0 of 4" in turns[-1].markdown
    engine, turns = talk(["he is confused", "2"], engine)
    assert turns[-2].state == "urgent_care_check"
    back = turns[-1]
    assert back.state == "red_flags" and "Let us go on from where we were" in back.markdown
    assert "You said yes" not in back.markdown  # it answered the SURE question, asked long before
    assert "safety check" in back.markdown and back.choices


TO_RECORDS = ["1", "whether to have surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1", "no", "", "3", ""]


def test_the_records_question_is_its_own_paragraph_so_a_reask_repeats_only_the_question():
    engine, turns = talk(TO_RECORDS)
    assert turns[-1].state == "records"
    ask = turns[-1].markdown
    assert "\n\nWhich of these other records exist for you?" in ask  # not run into the line before it
    assert "reasoned answer" not in ask  # the diagnosis and the estimate in plain words, not definitions out of the blue
    engine, turns = talk(["banana"], engine)
    reask = turns[-1].markdown
    assert "Which of these other records exist for you?" in reask and "You will also write" not in reask


def test_the_comparison_does_not_start_two_questions_in_a_row_with_first():
    _, turns = talk(["3", "2", "me"])
    assert turns[-2].state == "compare_who" and turns[-2].markdown.strip().endswith("First, who is this decision for?")
    assert turns[-1].state == "compare_decision"
    assert turns[-1].markdown.startswith("Now, what choice are the opinions about?")
    # Started from the plan (who is known), the decision is the first question, and says so.
    from assistant.engine import Engine

    engine = Engine(start_state="compare_first")
    engine.start()
    engine.slots.update({"role": "patient"})
    turn = engine.respond("2")
    assert turn.state == "compare_decision" and turn.markdown.startswith("First, what choice")


def test_plain_mode_at_the_end_says_what_can_be_typed_not_press_enter_to_go_on():
    from support import path_to_summary

    from assistant.plain import format_turn

    _, turns = talk(path_to_summary(situation="1") + [""])
    assert turns[-1].state == "done"
    shown = format_turn(turns[-1])
    assert "Press Enter to go on" not in shown and shown.endswith("(Type 'quit' or 'start again'.)")
    _, turns = talk(path_to_summary(situation="1") + ["", "start again"])
    assert turns[-1].state == "welcome"


def test_why_and_help_repeat_the_question_but_not_what_answered_the_last_one():
    _, turns = talk(["1", "which treatment to choose for my prostate cancer", "why"])
    why = turns[-1]
    assert why.state == "decision_why" and why.kind == "why" and "Why I ask this" in why.markdown
    assert "What makes you unsure?" in why.markdown
    assert "Got it" not in why.markdown  # said once, after the decision was typed
    # The questions' order: the list and how to answer both stay (they are the question).
    from support import path_to_summary

    lines = path_to_summary(situation="1")
    _, turns = talk(lines[:-2] + ["help"])
    assert turns[-2].state == "questions_order" and turns[-1].kind == "help"
    assert "Here are your questions" in turns[-1].markdown and "Type **ok** to keep this order" in turns[-1].markdown


def test_the_urgent_turns_happening_now_line_is_its_own_paragraph():
    for status, words in (("1", "Come back when you have been seen.\n\nTell me when you can:"),
                          ("4", "Come back when you have been seen.\n\nTell me when you can:")):
        _, turns = talk(["1", "whether to have surgery", "chest pain and sweating right now", status])
        assert turns[-1].state == "urgent_care" and words in turns[-1].markdown


def test_back_shows_the_question_again_without_the_word_on_the_answer_before_it():
    from support import path_to_summary

    lines = path_to_summary(situation="1")
    acks = {"decision_why": "Got it:", "decision_when": "worth telling the next doctor", "red_flags": "You said yes to",
            "signs_more": "You picked", "logistics_ask": "Put the insurance call on your list", "questions": "Good."}
    seen = set()
    for i in range(1, len(lines)):
        _, turns = talk(lines[:i])
        state = turns[-1].state
        if state not in acks or state in seen:
            continue
        seen.add(state)
        assert acks[state] in turns[-1].markdown, state  # said on arriving with the answer
        _, turns = talk(lines[: i + 1] + ["back"])
        assert turns[-1].state == state and "Going back one step" in turns[-1].markdown
        assert acks[state] not in turns[-1].markdown, state  # not again: the answer is being undone
    assert seen == set(acks)


def test_a_fear_is_not_called_a_doubt():
    _, turns = talk(["1", "whether to start chemo", "the oncologist wants to start next week and I am scared"])
    assert "That is worth telling the next doctor." in turns[-1].markdown and "doubt" not in turns[-1].markdown


class _Terminal:
    """A stream that says it is a terminal."""

    def __init__(self, text: str = "") -> None:
        import io

        self.stream = io.StringIO(text)

    def isatty(self) -> bool:
        return True

    def __getattr__(self, name):
        return getattr(self.stream, name)


def test_plain_mode_at_a_narrow_terminal_cuts_lines_at_spaces_not_inside_words(monkeypatch):
    from assistant.engine import Engine
    from assistant.plain import run_plain

    monkeypatch.setenv("COLUMNS", "60")
    out = _Terminal()
    assert run_plain(Engine(), stdin=_Terminal("2\nmy mum\nquit\n"), stdout=out, warm_up=None) == 0
    from assistant import paste

    text = out.stream.getvalue().replace("> ", "")  # the prompt; a real terminal echoes the answer and a new line after it
    text = text.replace(paste.ON, "").replace(paste.OFF, "")  # the bracketed-paste request takes no room on screen (ut16)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 59
    assert "doctor's view of a diagnosis" in text.replace("\n", " ")  # words whole, order kept
    words = set(" ".join(lines).split())
    assert "expl" not in words and "ain" not in words
    assert "  3. I already have a second opinion and want to compare" in text or "  3. I already have a second opinion and" in text


def test_plain_mode_into_a_pipe_keeps_each_paragraph_on_one_line():
    import io

    from assistant.engine import Engine
    from assistant.plain import run_plain

    out = io.StringIO()
    run_plain(Engine(), stdin=io.StringIO("quit\n"), stdout=out, warm_up=None)
    assert any(len(line) > 100 for line in out.getvalue().splitlines())


def test_a_parent_is_not_given_the_patients_own_words_to_find_a_specialist():
    lines = ["2", "for my son, he is 6", "whether he should have his tonsils out", "skip", "4", "1", "none", "none", "2",
             "none", "1", "1", "no", "", "3"]
    _, turns = talk(lines)
    assert turns[-1].state == "specialist"
    text = turns[-1].markdown
    assert "cases like mine" not in text and "Ask your son's doctor" in text and "cases like this?" in text
    _, turns = talk(["1", "whether to have knee surgery", "skip", "4", "1", "none", "none", "2", "none", "1", "1", "no", "", "3"])
    assert turns[-1].state == "specialist" and "Ask your doctor" in turns[-1].markdown and "cases like mine?" in turns[-1].markdown


def test_a_caregivers_plan_and_goodbye_speak_of_the_patients_doctor_and_records():
    from support import path_to_summary

    _, turns = talk(path_to_summary(situation="1", role=["2", "my father"]) + [""])
    summary, done = turns[-2], turns[-1]
    assert summary.state == "summary" and "Take it to the doctor." in summary.markdown
    assert done.state == "done" and "a letter to get the records" in done.markdown
    _, turns = talk(path_to_summary(situation="1") + [""])
    assert "Take it to your doctor." in turns[-2].markdown and "a letter to get your records" in turns[-1].markdown


def test_the_decision_is_said_back_without_a_second_full_stop():
    for typed, shown in (("Whether to have surgery.", "Got it: Whether to have surgery.\n"), ("should I do chemo?", "Got it: should I do chemo?\n"),
                         ("knee surgery", "Got it: knee surgery.\n")):
        _, turns = talk(["1", typed])
        assert turns[-1].text.startswith(shown), turns[-1].text[:60]


def test_after_choosing_a_third_opinion_the_choices_say_what_second_opinion_means_there():
    path = ["1", "whether to have knee surgery", "skip", "2", "1", "none", "none", "1", "none", "2"]
    engine, turns = talk(path)
    assert turns[-1].state == "fit_two_opinions"
    engine, turns = talk(["plan a third one"], engine)
    assert turns[-1].state == "fit" and "You chose to plan a third opinion" in turns[-1].markdown
    engine, turns = talk([*path[:-1], "1"])  # one other opinion is not there: the note is not either
    assert turns[-1].state == "fit" and "third opinion" not in turns[-1].markdown


def test_an_age_said_beside_the_person_at_the_welcome_is_not_asked_again():
    for line, band in [("for my daughter, shes 7", "child"), ("my son, 4", "child"), ("for my son who is 15", "teen"),
                       ("for my baby girl, 3 weeks old", "baby"), ("helping my mom, she is 82 years old", "adult")]:
        engine, turns = talk([line])
        assert turns[-1].state == "decision_what" and engine.slots["age_band"] == band, line
    for line in ["for my daughter, she has 2 kids", "for my daughter"]:  # no age said of her: asked
        engine, turns = talk([line])
        assert turns[-1].state == "welcome_age" and "age_band" not in engine.slots, line


def test_a_time_to_come_is_not_taken_for_an_age():
    for line in ["in about 3 weeks", "in 3 weeks", "within 2 months"]:
        engine, turns = talk(["for my daughter", line])
        assert (turns[-1].state, turns[-1].kind) == ("welcome_age", "reask") and "age_band" not in engine.slots, line
    engine, turns = talk(["for my daughter", "3 weeks old"])
    assert engine.slots["age_band"] == "baby"


def test_each_note_in_the_plan_says_which_question_it_was_said_at():
    from assistant.render import render

    notes = {"fit": "Ideally a radiation oncologist too", "timing_tests": "He had the MRI in March", "unknown_state": "kept as said"}
    engine = talk(["1"])[0]
    plan = engine.plan()
    context = {**engine._context(), "plan": {**plan, "said": {**plan["said"], "notes": notes}}}
    text = render("summary.md.j2", context)
    assert "- About what to do: Ideally a radiation oncologist too" in text  # it stood alone, with no question
    assert "- About tests: He had the MRI in March" in text
    assert "- kept as said" in text  # a note from a question with no topic is shown as it was


TO_SITUATION = ["2", "my husband", "whether to have his prostate out", "skip", "2"]


def test_a_note_that_only_repeats_the_choice_is_not_kept_for_the_plan():
    engine, turns = talk([*TO_SITUATION, "they offered surgery, its not an emergency"])
    assert engine.slots["situation"] == "surgery"
    assert "decision_situation" not in engine.slots.get("answer_notes", {})  # it was "What you told me: Its not an emergency"
    assert "kept your note" not in turns[-1].markdown


def test_a_note_with_news_beside_the_choice_words_is_kept():
    engine, _ = talk([*TO_SITUATION, "they offered surgery, not an emergency but a big operation"])
    assert engine.slots["situation"] == "surgery"
    assert "big operation" in engine.slots["answer_notes"]["decision_situation"]


def _at_the_order_question():
    from support import path_to_summary

    lines = path_to_summary(situation="1")
    engine, turns = talk(lines[:-2])
    assert turns[-1].state == "questions_order"
    return engine, turns[-1]


@pytest.mark.parametrize("line", ["put 2 first", "the second one first please", "swap 1 and 2"])
def test_a_new_order_asked_for_in_words_is_said_back_by_its_first_question(line):
    engine, shown = _at_the_order_question()
    before = engine._question_list()
    _, turns = talk([line], engine)
    first = engine.slots["questions_order"][0]
    assert first == before[1] and first != before[0]  # the second question moved up
    assert f'Your questions now start with "{first}". If that is not right, type back.' in turns[-1].text


@pytest.mark.parametrize("line", ["2 1 3", "ok", "fine as is", "keep it"])
def test_numbers_alone_or_keeping_the_order_are_not_said_back(line):
    engine, _ = _at_the_order_question()
    _, turns = talk([line], engine)
    assert "questions_order" in engine.slots and "now start with" not in turns[-1].text
