"""Typing and pasting while a choice list has the focus: every character reaches the engine.

The rule (README, "In the window"): while the answer box is empty, the arrows move, Enter
picks (ticks, on a pick-any list), Space ticks on a pick-any list, and a number key types
that number into the box and highlights that choice; Enter then sends it. Once anything is
typed, every key is text. Typing or pasting at a list moves the focus to the box.
"""

from __future__ import annotations

import pytest
from textual import events
from tui.tui_support import (
    active_choices,
    answer_box,
    answer_with_keys,
    chat,
    lines_sent,
    press_burst,
    screen_text,
    started,
    state,
    turn_count,
    type_burst,
    user_bubbles,
    wait_until,
)

from assistant.tui.widgets.chat_log import ChatLog
from assistant.tui.widgets.choices import ChoiceList

SINGLE = ["1", "knee surgery", "skip"]  # opens on decision_when: pick one of 5
MULTI = ["1", "knee surgery", "skip", "2", "1"]  # opens on decision_sure: pick any of 5
LISTS = {"single": SINGLE, "multi": MULTI}


async def focused_list(pilot) -> ChoiceList:
    await started(pilot)
    choices = active_choices(pilot.app)
    assert pilot.app.focused is choices, "the choices have the keys when the question is asked"
    return choices


@pytest.mark.parametrize("how", ["key by key", "in a burst"])
async def test_numbers_typed_at_a_multi_list_reach_the_engine_whole(make_app, how):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        if how == "key by key":
            await pilot.press(*"1, 2, 4")
        else:
            type_burst(pilot, "1, 2, 4")
        await wait_until(pilot, lambda: answer_box(app).value == "1, 2, 4", "'1, 2, 4' in the answer box")
        assert choices.ticked == set(), "typing ticks nothing"
        assert app.focused is answer_box(app)
        assert sent == [], "nothing is sent before Enter"
        await answer_with_keys(pilot, "enter")
        assert sent == ["1, 2, 4"]
        assert app.engine.slots["sure_before"] == ["sure", "understand", "support"]
        assert user_bubbles(app)[-1] == "1, 2, 4"


@pytest.mark.parametrize("kind", LISTS)
async def test_a_sentence_typed_fast_at_a_list_reaches_the_safety_net(make_app, kind):
    sentence = "tightness in my chest for 2 days"
    app = make_app(answered=LISTS[kind])
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        type_burst(pilot, sentence + "\r")  # the Enter too, before the focus has moved
        await wait_until(pilot, lambda: sent, "a line sent to the engine")
        assert sent == [sentence], "every space and the digit arrive as typed"
        assert choices.ticked == set()
        await wait_until(pilot, lambda: state(app) == "urgent_care_check", "the safety question")
        assert "Is this happening now?" in chat(app).current_turn.text
        assert user_bubbles(app)[-1] == sentence


@pytest.mark.parametrize("kind", LISTS)
async def test_a_paste_at_a_list_goes_to_the_box_and_enter_sends_it(make_app, kind):
    pasted = "My chest [feels] tight, 2 days: 50% worse"  # punctuation, a digit, markup brackets
    app = make_app(answered=LISTS[kind])
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        choices.post_message(events.Paste(pasted))
        await wait_until(pilot, lambda: answer_box(app).value == pasted, "the paste in the answer box")
        assert app.focused is answer_box(app) and choices.ticked == set() and sent == []
        await answer_with_keys(pilot, "enter")
        assert sent == [pasted], "Enter sends the paste, not choice 1"


async def test_a_paste_of_several_lines_keeps_every_line(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        sent = lines_sent(app)
        app.post_message(events.Paste("I have tightness\nin my chest\n"))  # as a terminal delivers it
        await wait_until(pilot, lambda: answer_box(app).value, "the paste in the answer box")
        assert answer_box(app).value == "I have tightness in my chest", "shown on the box's one line"
        await answer_with_keys(pilot, "enter")
        assert sent == ["I have tightness\nin my chest"] and state(app) == "urgent_care_check", "sent with its lines, as plain mode sends them"

        # The same in the answer box itself (Textual's own Input keeps only the first line).
        await wait_until(pilot, lambda: app.focused is not None, "the focus")
        answer_box(app).focus()
        await pilot.pause()
        app.post_message(events.Paste("yes\r\nit is still going on"))
        await wait_until(pilot, lambda: answer_box(app).value, "the paste in the answer box")
        assert answer_box(app).value == "yes it is still going on"


async def test_a_timeline_pasted_as_lines_keeps_one_event_a_line(make_app):
    """ut15b, a user trial in the window: a timeline pasted as three lines became one event (the paste was
    flattened with spaces before the engine saw it; plain mode sends the lines, and each is an event)."""
    from support import path_to_summary

    lines = path_to_summary(situation="surgery", timeline="TIMELINE")
    app = make_app(answered=lines[: lines.index("TIMELINE")])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: state(app) == "records_timeline", "the timeline question")
        app.post_message(events.Paste("2024 hip pain started\njune 2026 xray showed arthritis\nnovember surgeon said replace it\n"))
        await wait_until(pilot, lambda: answer_box(app).value, "the paste in the answer box")
        assert answer_box(app).value == "2024 hip pain started june 2026 xray showed arthritis november surgeon said replace it"
        await answer_with_keys(pilot, "enter")
        await wait_until(pilot, lambda: state(app) != "records_timeline", "the next question")
        events_kept = app.engine.slots.get("timeline")
        assert events_kept and len(events_kept) == 3, events_kept


async def test_a_pasted_line_that_was_edited_is_sent_as_shown(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        sent = lines_sent(app)
        app.post_message(events.Paste("my chest\nis tight"))
        await wait_until(pilot, lambda: answer_box(app).value == "my chest is tight", "the paste in the answer box")
        answer_box(app).value = "my chest is not tight"
        await answer_with_keys(pilot, "enter")
        assert sent == ["my chest is not tight"]


async def test_a_number_key_with_an_empty_box_types_it_and_highlights_that_choice(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        before = turn_count(app)
        await pilot.press("2")
        assert answer_box(app).value == "2" and choices.highlighted == 1
        assert app.focused is answer_box(app), "the next keys land in the box"
        assert turn_count(app) == before and sent == [], "a number key alone sends nothing"
        await pilot.press(",")  # "2," stays text: the number was not a pick
        assert answer_box(app).value == "2,"
        await pilot.press("backspace")
        await answer_with_keys(pilot, "enter")
        assert sent == ["2"] and state(app) == "decision_situation"


async def test_a_number_key_at_a_multi_list_ticks_nothing(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        await pilot.press("3")
        assert answer_box(app).value == "3" and choices.highlighted == 2 and choices.ticked == set()
        await pilot.press("space")  # once anything is typed, Space is text
        assert answer_box(app).value == "3 " and choices.ticked == set()


async def test_the_arrows_reach_the_choices_after_typing(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        await pilot.press(*"ab")
        assert app.focused is answer_box(app)
        await pilot.press("backspace", "backspace", "up")
        assert app.focused is choices, "Up from the answer box goes back to the choices"
        await pilot.press("down", "space", "down", "enter")  # arrows, Space and Enter tick again
        assert choices.ticked == {1, 2}
        await answer_with_keys(pilot, "end", "enter")
        assert sent == ["2, 3"]


async def test_enter_at_a_list_picks_what_was_arrowed_to_and_keeps_what_was_typed(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        await pilot.press(*"about")
        await pilot.press("down")
        assert app.focused is choices, "Down from the answer box goes to the choices too"
        await answer_with_keys(pilot, "down", "enter")
        assert sent == ["2"], "the highlighted choice is picked"
        assert answer_box(app).value == "about", "what was typed is still there, not lost"


async def test_enter_at_a_list_with_nothing_typed_still_picks(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        await answer_with_keys(pilot, "down", "down", "down", "enter")  # the first Down lands on choice 1 (user trial 8)
        assert sent == ["3"] and user_bubbles(app)[-1] == choices.labels[2]


async def test_typing_or_pasting_while_nothing_has_the_focus_goes_to_the_box(make_app):
    # As between two turns: the answered list is gone, the new one not yet focused.
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        app.screen.set_focus(None)
        type_burst(pilot, "my chest hurts")
        await wait_until(pilot, lambda: answer_box(app).value == "my chest hurts", "the typing in the box, spaces too")
        app.screen.set_focus(None)
        app.post_message(events.Paste(" a lot"))
        await wait_until(pilot, lambda: answer_box(app).value == "my chest hurts a lot", "the paste in the box")


async def test_digits_that_are_not_choice_numbers_are_plain_text(make_app):
    app = make_app(answered=SINGLE)  # five choices
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        await pilot.press("²")  # a digit to Python, but no choice number
        assert answer_box(app).value == "²" and choices.highlighted == 0
        await pilot.press("ctrl+u", "up", "7")  # no seventh choice
        assert answer_box(app).value == "7" and choices.highlighted == 0
        await pilot.press("ctrl+u", "up", "0")
        assert answer_box(app).value == "0" and choices.highlighted == 0


async def test_up_from_the_box_brings_the_choices_back_into_view(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        await answer_with_keys(pilot, *"5", "enter")  # on to the red flags: long labels, a tall list
        choices = active_choices(app)
        first = choices.labels[0][:30]
        app.screen.query_one(ChatLog).scroll_home(animate=False)  # reading back, as with the mouse wheel
        await wait_until(pilot, lambda: first not in screen_text(app), "the choices scrolled out of view")
        await pilot.press("x", "backspace", "up")
        assert app.focused is choices
        await wait_until(pilot, lambda: first in screen_text(app), "the highlighted choice back in view")


async def test_arrows_and_enter_pressed_fast_from_the_box_pick_what_they_point_at(make_app):
    # Up, Down, Enter in one burst: the Down must move the highlight (not be lost on the way
    # to the list), so Enter picks choice 2, never choice 1. At the safety question this is
    # "No, not right now" against "Yes, it is happening now".
    app = make_app(answered=["tightness in my chest"])
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        assert state(app) == "urgent_care_check"
        sent = lines_sent(app)
        answer_box(app).focus()
        await wait_until(pilot, lambda: app.focused is answer_box(app), "the answer box to have the focus")
        press_burst(pilot, "up", "down", "enter")
        await wait_until(pilot, lambda: sent, "a line sent to the engine")
        assert sent == ["2"], f"Enter picked {sent}, not the highlighted 'No, not right now'"
        await wait_until(pilot, lambda: user_bubbles(app), "the answer's bubble")  # shown just after the line is sent
        assert user_bubbles(app)[-1] == choices.labels[1]


async def test_ctrl_v_in_the_box_keeps_every_line_of_what_was_copied_in_the_app(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        app.copy_to_clipboard("Call 911 now.\nDo not wait.")  # e.g. copied with Ctrl+Y
        await pilot.press("a", "space")
        await pilot.press("ctrl+v")
        assert answer_box(app).value == "a Call 911 now. Do not wait."


async def test_editing_keys_typed_fast_at_a_list_edit_the_box(make_app):
    # Backspace, arrows and Enter that were on their way to the list when typing began belong
    # to the box: "ab", Backspace, "c", Left, "x" is "axc", and Enter sends it.
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        press_burst(pilot, "a", "b", "backspace", "c", "left", "x", "enter")
        await wait_until(pilot, lambda: sent, "a line sent to the engine")
        assert sent == ["axc"] and choices.ticked == set()


async def test_a_number_typed_and_deleted_fast_picks_nothing(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        sent = lines_sent(app)
        press_burst(pilot, "2", "backspace", "enter")
        await wait_until(pilot, lambda: app.focused is answer_box(app), "the focus in the box")
        await pilot.pause()
        assert sent == [] and answer_box(app).value == "", "an Enter on an emptied box sends nothing"


async def test_answers_typed_ahead_across_several_questions_arrive_one_by_one(make_app):
    # A fast typist (or a paste of lines without bracketed paste) answers the next questions
    # before they are on screen: each Enter sends exactly the words typed since the last one.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        sent = lines_sent(app)
        type_burst(pilot, "1\rwhether to have my knee replaced\rskip\rin about 6 weeks\r")
        await wait_until(pilot, lambda: len(sent) >= 4 and state(app) == "decision_situation" and len(user_bubbles(app)) >= 4,
                         "four answers handled and shown")
        assert sent == ["1", "whether to have my knee replaced", "skip", "in about 6 weeks"]
        assert user_bubbles(app)[-4:] == sent
        assert app.engine.slots["decision"] == "whether to have my knee replaced" and app.engine.slots["deadline"] == "weeks"
        assert answer_box(app).value == ""


async def test_choices_ticked_then_more_typed_are_all_sent(make_app):
    """A lead's walk (2026-12-07): 1 and 7 ticked with Space, then "and 10" typed and Enter. Only "and 10" was sent, and
    the ticks were dropped without a word. The ticked numbers go first, in the line the chat shows."""
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await focused_list(pilot)
        sent = lines_sent(app)
        await pilot.press("down", "space", "down", "down", "space")  # the first Down lands on choice 1
        assert choices.ticked == {0, 2}
        type_burst(pilot, "and 4")
        await wait_until(pilot, lambda: answer_box(app).value == "and 4", "the words in the answer box")
        await answer_with_keys(pilot, "enter")
        await wait_until(pilot, lambda: sent, "a line sent to the engine")
        assert sent == ["1 and 3, and 4"]
        assert user_bubbles(app)[-1] == "1 and 3, and 4"
        await wait_until(pilot, lambda: state(app) != "decision_sure", "the next question")
        assert app.engine.slots["sure_before"] == ["sure", "values", "support"]


async def test_words_typed_with_nothing_ticked_are_sent_as_typed(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await focused_list(pilot)
        sent = lines_sent(app)
        type_burst(pilot, "2 and 4")
        await wait_until(pilot, lambda: answer_box(app).value == "2 and 4", "the words in the answer box")
        await answer_with_keys(pilot, "enter")
        await wait_until(pilot, lambda: sent, "a line sent to the engine")
        assert sent == ["2 and 4"]
