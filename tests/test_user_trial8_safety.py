"""User trial 8 (2026-12-05), helper t14: the safety findings, through the real engine, in people's words.

- A diabetic's toe gone black and smelling bad this morning, a foot gone cold and numb today: the urgent turn, not
  a note; a black toe or red streaks up the leg: at least the check question. Old or everyday foot words stay quiet.
- "that's all" at a pick-any list means "I am finished", never every choice (it gave five emergencies at once).
- A caregiver's "always a bit confused because of the dementia, but nothing new today. So none." is "none", not the
  stroke sign; a danger sign picked from a line gives the urgent turn at once.
- "Because you told me about chemotherapy / a recent operation" only when it was had; planned: "If you do have...".
- A check answered "not now" is not asked again for the same sign unless now or today is said.
- "none, my shoulder just aches at night": a note, without "call 911 if it turns severe".
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from benchmarks.understanding import prepare

TO_WHY = ["1", "whether to have my toe amputated"]
TO_LIST = ["1", "whether to have knee surgery", "the doctor did not explain other options", "2", "1", "none"]
TO_SURE = TO_LIST[:-1]


def _at(path: list[str], country: str | None = "US") -> Engine:
    engine = Engine(country=country)
    engine.start()
    for line in path:
        engine.respond(line)
    return engine


# --- 1. a foot or leg in danger -------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "surgery. toe went black this morning n smells bad",   # the trial's line
    "5 first. btw foot went cold n numb today",            # the trial's line
    "my foot went cold and numb today",
    "his big toe went black since this morning and smells awful",
    "my leg suddenly went cold and pale",
    "moms foot turned cold and blue an hour ago",
])
def test_a_dying_or_bloodless_foot_today_gets_the_urgent_turn_before_any_answer(line):
    engine = _at(TO_WHY)
    turn = engine.respond(line)
    assert turn.state == "urgent_care", (line, turn.state)
    assert "911" in turn.text and "foot" in turn.text
    assert not engine.slots.get("unsure_because")


@pytest.mark.parametrize("line", [
    "my toe turned black today",
    "toe is black and dead looking since this morning",
    "red streaks going up my leg since this morning",
    "there are red lines running up her arm from the cut",
    "dads foot turned ice cold this morning",
])
def test_a_black_toe_or_red_streaks_get_the_check_question_with_the_number(line):
    turn = _at(TO_WHY).respond(line)
    assert turn.state in ("urgent_care_check", "urgent_care"), (line, turn.state)
    assert "911" in turn.text


@pytest.mark.parametrize("line", [
    "toe went black years ago",
    "black toenail from running",
    "feet always cold in winter",
    "numb feet from neuropathy for years",
    "i stubbed my toe and its black and blue",
    "the toe went black last year and they took it off",
])
def test_old_or_everyday_foot_words_are_read_as_the_answer(line):
    engine = _at(TO_WHY)
    turn = engine.respond(line)
    assert turn.state not in ("urgent_care_check", "urgent_care"), (line, turn.state)


# --- 2. "that's all" is finished, never all -------------------------------------------------------
@pytest.mark.parametrize("line", ["that's all", "thats all for now", "that is all, thanks", "thats it", "that's all for this list",
                                  "i think thats all"])
def test_thats_all_at_the_danger_list_with_nothing_picked_is_no_emergency_and_asks_for_none(line):
    engine = _at(TO_LIST)
    turn = engine.respond(line)
    assert turn.state == "red_flags", (line, turn.state)
    assert "Nothing is picked yet" in turn.text and "type 'none'" in turn.text
    assert not engine.slots.get("red_flags")


@pytest.mark.parametrize("line", ["that's all", "thats all for now", "that is all"])
def test_thats_all_at_the_sure_test_is_not_yes_to_all_four(line):
    engine = _at(TO_SURE)
    turn = engine.respond(line)
    assert "yes to all" not in turn.text
    assert not engine.slots.get("sure_before")


def test_all_of_them_still_picks_every_choice_and_a_pick_then_thats_all_keeps_the_pick():
    engine = _at(TO_SURE)
    engine.respond("all of them, thats all")
    assert len(engine.slots.get("sure_before") or []) == 4
    engine = _at(TO_LIST)
    assert engine.respond("1, thats all").state == "urgent_care"


# --- 3. a clear "none" wins over words said of the usual state; a sign picked is urgent at once ------
TRIAL_LINE = ("He's always a bit confused because of the dementia, but nothing new today. So none. Also, what recent "
              "operation? He hasn't had one, the pacemaker is only planned.")


@pytest.mark.parametrize("line", [
    TRIAL_LINE,
    "She's always a little confused from the dementia, so none",
    "none. hes always confused, thats not new",
    "nothing new today. he is always a bit weak on his left side since the old stroke, so none",
    "so none, mum is confused every day because of her dementia",
    "No! I said NONE. Nothing is happening to him right now. He has dementia so he's always a little confused, that's not new.",
])
def test_a_clear_none_beside_the_usual_state_is_none_with_no_sign_kept(line):
    engine = _at(TO_LIST)
    turn = engine.respond(line)
    assert turn.state == "signs", (line, turn.state, turn.text[:200])
    assert engine.slots.get("red_flags") == ["none"]


@pytest.mark.parametrize("line", ["he is confused today, that is new", "none, but he is confused today", "1"])
def test_a_new_sign_still_gets_the_urgent_turn(line):
    assert _at(TO_LIST).respond(line).state == "urgent_care", line


def test_a_sign_picked_beside_words_not_understood_gives_the_urgent_turn_at_once():
    engine = _at(TO_LIST)
    turn = engine.respond("1 and also the thing with his grumpiness")
    assert turn.state == "urgent_care" and "911" in turn.text


# --- 4. planned or possible is not "because you told me" -------------------------------------------
@pytest.mark.parametrize("decision, why, lead", [
    ("whether to have a lumpectomy", "the surgeon only talk about the surgery. i dont know if i need radiation or chemo after",
     "If you do have chemotherapy:"),
    ("whether dad should get the pacemaker", "Dad gets confused and I'm worried about him pulling at the wires after the surgery.",
     "After an operation, if you have one:"),
    ("whether to have a mastectomy", "they said i might need chemo later", "If you do have chemotherapy:"),
    ("whether to have the hip done", "not sure how long recovery after the surgery would take", "After an operation, if you have one:"),
    ("whether to switch chemo", "I am on chemo since March and the side effects are bad", "Because you told me about chemotherapy:"),
    ("whether to have more surgery", "the wound has been weeping since the operation. after the surgery i had a fever",
     "Because you told me about a recent operation:"),
])
def test_the_condition_sign_says_because_only_when_it_was_had(decision, why, lead):
    engine = prepare("decision_sure", "patient")
    engine.slots["decision"] = decision
    engine.slots["unsure_because"] = why
    text = engine.respond("1 2 3 4").markdown.replace("\\", "")
    assert lead in text, text
    if not lead.startswith("Because"):
        assert "Because you told me about" not in text


# --- 5. a check answered "not now" is not asked again -----------------------------------------------
TO_CHECK = ["1", "whether to get a pacemaker", "The pacemaker was offered. though the fainting spells scared us.",
            "No, not right now. I fainted twice in November, been ok since."]


@pytest.mark.parametrize("line", [
    "I know the pros and cons, but not sure it would stop the fainting",
    "2025: dementia diagnosed; Nov 3: fainted at home; Nov 17: fainted again, ER at St. Mary's",
    "the fainting is why they want the pacemaker",
    "would the pacemaker stop the fainting spells?",
    "he fainted in the shower last month",
])
def test_the_same_check_is_not_asked_again_without_a_now(line):
    engine = _at(TO_CHECK)
    assert engine.state != "urgent_care_check"
    turn = engine.respond(line)
    assert turn.state not in ("urgent_care_check", "urgent_care"), (line, turn.state)


@pytest.mark.parametrize("line", ["I just fainted again", "he fainted again today", "she is fainting right now"])
def test_the_same_sign_told_as_now_is_raised_again(line):
    turn = _at(TO_CHECK).respond(line)
    assert turn.state in ("urgent_care_check", "urgent_care"), (line, turn.state)


CHEST_CHECKED = ["1", "whether to have knee surgery", "tightness in my chest for 2 days", "No, not right now"]


@pytest.mark.parametrize("line", ["I feel tightness in my chest", "im having that chest tightness again",
                                  "she is feeling the tightness in her chest", "feeling tightness in my chest"])
def test_a_sign_felt_in_the_present_is_asked_about_again_after_a_not_now(line):
    # the window's tmux test found it after the merge: a second chest tightness, told as felt, was read as an answer
    engine = _at(CHEST_CHECKED)
    assert engine.state not in ("urgent_care_check", "urgent_care")
    turn = engine.respond(line)
    assert turn.state in ("urgent_care_check", "urgent_care"), (line, turn.state)


# --- 6. a mild, known remark beside "none" ------------------------------------------------------------
@pytest.mark.parametrize("line, kept", [
    ("none, my shoulder just aches at night", "my shoulder just aches at night"),
    ("nao, nothing of this. only the lump, it dont hurt", "only the lump, it dont hurt"),
    ("none. the lump is painless, the doctor knows about it", "lump is painless"),
    ("none, only my knee aches for months", "only my knee aches for months"),
    ("nothing of that, just the back pain i already told the doctor", "just the back pain"),
])
def test_a_mild_known_remark_beside_none_is_a_note_without_emergency_advice(line, kept):
    engine = _at(TO_LIST)
    turn = engine.respond(line)
    assert turn.state == "signs" and engine.slots.get("red_flags") == ["none"]
    assert kept in turn.text and "911" not in turn.text.split("Now let us")[0]


@pytest.mark.parametrize("line", ["none, but my shoulder pain is getting worse", "none. only a new lump since last week"])
def test_a_remark_that_says_it_is_changing_keeps_the_advice(line):
    turn = _at(TO_LIST).respond(line)
    assert "call the doctor's office today" in turn.text and "911" in turn.text


# --- 7. a worry typed inside a doctor's reason (compare path) -----------------------------------------
@pytest.mark.parametrize("line, reason, question", [
    ("that the hole is small and the echo looked ok to him. but sometimes his lips look a bit blue when he cries hard, "
     "is that normal??", "that the hole is small and the echo looked ok to him.",
     "Sometimes his lips look a bit blue when he cries hard, is that normal?"),
    ("the stone is small and should pass. also his lips go a bit blue sometimes when he runs, should we worry?",
     "the stone is small and should pass.", "should we worry?"),
    ("he thinks the tumor is slow growing. but my chest pain at night, is that serious?",
     "he thinks the tumor is slow growing.", "is that serious?"),
])
def test_a_worry_inside_the_second_doctors_reason_goes_to_the_questions_not_his_column(line, reason, question):
    engine = prepare("compare_two_reason", "patient")
    assert engine.respond(line).state == "urgent_care_check"
    turn = engine.respond("no not right now")
    assert "on your questions for the doctors" in turn.text
    engine.respond("yes")
    assert engine.slots.get("compare_two_reason") == reason
    assert any(question.lower() in q.lower() for q in engine.slots.get("questions_added") or []), engine.slots.get("questions_added")
