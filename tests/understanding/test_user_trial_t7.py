"""The fifth user trial (brief t7, 2026-12-04): questions about a choice by its number, corrections,
"you choose", a named specialty, words kept across a re-ask, and what a decision is. Wordings of our own."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _at(state: str, role: str = "patient"):
    return prepare(state, role)


# --- 1. any question about a choice by its number gets the choice's words and the why -------------
@pytest.mark.parametrize("state, line, number", [
    ("decision_situation", "what does 3 mean?", 3),
    ("decision_situation", "sorry what is 4 meaning", 4),
    ("decision_situation", "hmm. whats 6 mean", 6),
    ("decision_situation", "can u explain number 2", 2),
    ("decision_situation", "what is 5 about?", 5),
    ("decision_situation", "not clear. 1 means what?", 1),
])
def test_a_question_about_one_choice_by_number_gets_its_words_and_why(state, line, number):
    engine = _at(state)
    turn = engine.respond(line)
    assert turn.kind == "reply" and turn.state == state
    assert f'Choice {number} is "' in turn.text and "Here is the idea" in turn.text
    assert "cannot answer" not in turn.text and not engine.slots.get("questions_added")


@pytest.mark.parametrize("line", ["diff 3 and 5?", "difference between 2 & 4", "how do 1 and 6 differ?", "3 or 4, whats the difference"])
def test_a_question_about_two_choices_by_number_names_both(line):
    engine = _at("decision_situation")
    turn = engine.respond(line)
    assert turn.kind == "reply" and "Choice " in turn.text and turn.text.count('Choice ') >= 2
    assert "cannot answer" not in turn.text


@pytest.mark.parametrize("line", ["what does it mean if the scan is in 2 weeks?", "what does it mean that i waited 3 months?"])
def test_a_number_of_time_beside_mean_is_not_a_choice(line):
    engine = _at("decision_situation")
    turn = engine.respond(line)
    assert 'Choice ' not in turn.text


# --- 2. a list read back, corrected by number; "like X or Y" is no pick ----------------------------
def _partial(state: str, first: str):
    engine = _at(state)
    turn = engine.respond(first)
    assert turn.kind == "reask" and "I got " in turn.text, turn.text
    return engine


@pytest.mark.parametrize("second, left", [
    ("no not 4. only 3", ["surgery"]),
    ("actually not 4, its not an illness with types", ["surgery"]),
    ("just 3 please", ["surgery"]),
    ("scratch that, only number 4", ["subtype"]),
    ("drop 3", ["subtype"]),
])
def test_not_n_or_only_n_after_a_list_changes_it_and_says_so(second, left):
    engine = _partial("specialist_focus", "3 and 4, and the wait is long which worries me")
    assert set(engine.pending.reading.value) == {"surgery", "subtype"}
    turn = engine.respond(second)
    assert engine.slots["focus"] == left
    assert "I changed that" in turn.text


def test_not_a_number_never_kept_changes_nothing_here():
    engine = _partial("specialist_focus", "3 and 4, and the wait is long which worries me")
    engine.respond("not 6, thats all")
    assert "surgery" in engine.slots.get("focus", ["surgery"])


@pytest.mark.parametrize("line, kept", [
    ("8 and 10. like surgery or antibiotics, idk which", {"many_options", "peace_of_mind"}),
    ("3 and 9. like chemo or just watching it", {"high_risk_treatment", "not_heard"}),
    ("9 mostly, e.g. surgery or pills", {"not_heard"}),
])
def test_two_examples_joined_by_or_after_like_are_no_pick(line, kept):
    engine = _at("signs")
    turn = engine.respond(line)
    value = engine.slots.get("signs") or (engine.pending.reading.value if engine.pending else [])
    assert set(value) == kept, turn.text


# --- 3. the answer left to me: as "I don't know", and I say I do not choose --------------------------
@pytest.mark.parametrize("line", ["whatever you think", "ur call", "hmm you tell me", "whatever you think is best honestly", "you know best"])
def test_leaving_it_to_me_goes_on_as_i_dont_know_with_a_word_that_i_do_not_choose(line):
    engine = _at("compare_one_confidence")
    turn = engine.respond(line)
    assert "did not understand" not in turn.text
    assert "I cannot choose for you" in turn.text
    idk = _at("compare_one_confidence")
    idk.respond("i dont know")
    assert engine.state == idk.state and engine.slots["compare_one_confidence"] == idk.slots["compare_one_confidence"]


@pytest.mark.parametrize("state", ["decision_situation", "signs", "compare_one_treatment"])
def test_leaving_it_to_me_where_there_is_no_dont_know_choice_asks_for_a_best_guess(state):
    engine = _at(state)
    turn = engine.respond("whatever u think")
    assert turn.state == state and "I cannot choose for you" in turn.text and "fits best" in turn.text or "sure of" in turn.text


def test_leaving_it_to_me_among_other_words_is_not_a_deferral():
    from assistant.understanding.defer import defers
    from assistant.understanding.lexicon import default_lexicon

    lex = default_lexicon()
    assert defers("ok whatever you think", lex)
    assert not defers("the surgeon said whatever you think is fine but i want the scan read again", lex)


# --- 4. a named specialty wins over the doubt said with it ---------------------------------------
@pytest.mark.parametrize("line, kind", [
    ("idk, the heart one? cardiologist", "specialist"),
    ("unsure - an oncologist", "specialist"),
    ("no idea. a neurosurgeon maybe", "surgeon"),
    ("dunno, the gp", "primary_care"),
])
def test_a_kind_of_doctor_named_beside_a_doubt_is_that_kind(line, kind):
    engine = _at("compare_one_field")
    turn = engine.respond(line)
    if turn.kind == "confirm":
        turn = engine.respond("yes")
    assert engine.slots["compare_one_field"] == kind


@pytest.mark.parametrize("line", ["idk", "not sure if it was a neurologist or a surgeon"])
def test_a_doubt_alone_or_between_two_kinds_is_still_a_doubt(line):
    engine = _at("compare_one_field")
    engine.respond(line)
    assert engine.slots.get("compare_one_field") in (None, "not_sure")


# --- 5. words said before a re-ask stay with the pick that answers it ------------------------------
@pytest.mark.parametrize("first, words", [("change to rituximab. its a drip", "rituximab"), ("go to infusions of the new drug", "new drug")])
@pytest.mark.parametrize("between", [["hmm"], ["what?", "uh"], ["whatever you think"], ["what does 3 mean"]])
def test_the_plan_in_own_words_survives_lines_between_the_reask_and_the_pick(first, words, between):
    engine = _at("compare_one_treatment")
    turn = engine.respond(first)
    if turn.kind != "reask":
        pytest.fail(f"expected the re-ask of two choices, got {turn.text!r}")
    for line in between:
        engine.respond(line)
    engine.respond("2 i think")
    assert engine.state != "compare_one_treatment"
    assert words in (engine.slots.get("answer_notes") or {}).get("compare_one_treatment", "")


@pytest.mark.parametrize("line", ["its complicated which means 1 and 7", "that means 2 and 5 i think"])
def test_means_in_a_statement_with_numbers_is_still_an_answer(line):
    engine = _at("signs")
    turn = engine.respond(line)
    assert "Choice " not in turn.text and turn.kind != "reply"


# --- 7. a diagnosis with a question mark, or a pasted message, is asked about, its words a note -------
_PASTED = ("Hello Maria, thank you for coming in on Tuesday. Your MRI shows a small tear of the medial meniscus and some "
           "early arthritis. We talked about physio first and an arthroscopy if it does not settle. Please book a follow-up "
           "in six weeks. Kind regards, Dr. Paul Novak")


@pytest.mark.parametrize("line", ["thyroid cancer. total thyroidectomy?", "afib?? ablation?", "my back pain. fusion?", _PASTED])
def test_a_decision_not_yet_said_is_asked_about_once_and_its_words_kept(line):
    engine = _at("decision_what")
    turn = engine.respond(line)
    assert turn.kind == "reask" and "What do you need to decide about it?" in turn.text
    assert "decision" not in engine.slots or engine.slots["decision"] != line
    engine.respond("whether to have the operation now or wait")
    assert engine.slots["decision"] == "whether to have the operation now or wait"
    assert engine.slots["answer_notes"]["decision_what"].lower().startswith(line[:12].lower())


@pytest.mark.parametrize("line", ["should i have the thyroidectomy?", "whether to start chemo or wait", "ablation or more meds?",
                                  "hip replacement now or in a year"])
def test_a_decision_said_is_kept_as_before(line):
    engine = _at("decision_what")
    turn = engine.respond(line)
    assert "What do you need to decide about it?" not in turn.text and engine.slots.get("decision")


def test_a_message_pasted_at_the_welcome_is_a_note_never_offered_as_the_decision():
    engine = _at("welcome")
    turn = engine.respond(_PASTED)
    assert "kept your message as a note" in turn.text and turn.state == "welcome"
    turn = engine.respond("1")
    assert turn.state == "decision_what" and "Is that the decision?" not in turn.text
    assert engine.slots["answer_notes"]["welcome"].startswith("Hello Maria")


def test_leaving_it_to_me_at_the_safety_check_gets_the_safety_words_alone():
    engine = _at("red_flags")
    turn = engine.respond("whatever you think")
    assert "I cannot choose for you" not in turn.text
