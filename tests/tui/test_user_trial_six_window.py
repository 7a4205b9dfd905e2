"""User trial 6 in the window (branch t8).

- Enter on an empty box right after a new question stores nothing: the highlighted choice is never
  taken unless the person put the highlight there (arrows, a number key, a click); a short hint says
  how to pick. A lone "Continue" still goes on with Enter.
- Line breaks that arrive as keys (Ctrl+J, a paste from a terminal without bracketed paste) join
  the lines with a space: "a lot. but", never "a lot.but".
- After answers typed ahead, the newest question is in view, not hidden below a tall turn.
"""

from __future__ import annotations

from textual import events
from tui.tui_support import (
    active_choices,
    answer_box,
    answer_with_keys,
    chat,
    lines_sent,
    started,
    state,
    turn_count,
    type_burst,
    user_bubbles,
    wait_until,
)

from assistant.tui.widgets.chat_log import ChatLog
from assistant.tui.widgets.choices import ENTER_HINT

SINGLE = ["1", "knee surgery", "skip"]  # opens on decision_when: pick one of 5
MULTI = ["1", "knee surgery", "skip", "2", "1"]  # opens on decision_sure: pick any of 5


def notices(app) -> list[str]:
    """The hints shown: toasts, and (user trial 7) the hint under the active list."""
    shown = [str(n.message) for n in app._notifications]
    choices = chat(app).active_choices
    return shown + ([str(choices.border_subtitle)] if choices is not None and choices.border_subtitle else [])


async def test_enter_right_after_a_new_question_picks_nothing_and_says_how(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        sent = lines_sent(app)
        before = turn_count(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: ENTER_HINT in notices(app), "the hint")
        assert sent == [] and turn_count(app) == before and state(app) == "decision_when"
        assert "deadline" not in app.engine.slots


async def test_enter_on_an_empty_box_at_a_yes_no_question_stores_nothing(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        answer_box(app).focus()
        await pilot.pause()
        sent = lines_sent(app)
        await pilot.press("enter", "enter")
        await wait_until(pilot, lambda: ENTER_HINT in notices(app), "the hint")
        assert sent == [] and state(app) == "decision_when"


async def test_enter_at_a_pick_any_list_ticks_nothing_until_the_highlight_is_moved(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        choices = active_choices(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: ENTER_HINT in notices(app), "the hint")
        assert choices.ticked == set(), "'I feel sure about the best choice' is never ticked by a lone Enter"
        await pilot.press("down", "enter")  # the first Down lands on choice 1 (user trial 8)
        assert choices.ticked == {0}, "moved there with the arrows: Enter ticks it"


async def test_arrows_then_enter_still_pick_the_highlighted_choice(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await answer_with_keys(pilot, "down", "down", "enter")  # the first Down lands on choice 1 (user trial 8)
        assert app.engine.slots["deadline"] == "weeks"


async def test_a_number_key_then_enter_picks_that_choice(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await answer_with_keys(pilot, "3", "enter")
        assert state(app) == "decision_situation"


async def test_up_from_the_box_then_enter_picks_the_last_choice(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        answer_box(app).focus()
        await pilot.pause()
        await answer_with_keys(pilot, "up", "enter")
        assert state(app) == "decision_situation"


async def test_enter_at_a_free_text_question_with_an_empty_box_sends_nothing(make_app):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert state(app) == "decision_what"
        sent = lines_sent(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: any("Type your answer first" in n for n in notices(app)), "the hint")
        assert sent == [] and state(app) == "decision_what"


def _keys(pilot, text: str) -> None:
    """Type `text` as a terminal without bracketed paste delivers it: a line break is Ctrl+J."""
    driver = pilot.app._driver
    from textual.keys import _character_to_key

    for character in text:
        if character == "\n":
            event = events.Key("ctrl+j", "\n")
        else:
            event = events.Key(character if character.isalnum() else _character_to_key(character), character)
        event.set_sender(pilot.app)
        driver.send_message(event)


async def test_line_breaks_typed_as_keys_become_spaces(make_app):
    app = make_app(answered=["1", "knee surgery"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert state(app) == "decision_why"
        _keys(pilot, "it keeps leaking a lot.\nbut he is ok\n\nis that normal to ask?\nsorry")
        await wait_until(pilot, lambda: answer_box(app).value.endswith("sorry"), "the typed lines")
        assert answer_box(app).value == "it keeps leaking a lot. but he is ok is that normal to ask? sorry"
        sent = lines_sent(app)
        await answer_with_keys(pilot, "enter")
        assert sent == ["it keeps leaking a lot. but he is ok is that normal to ask? sorry"]


async def test_a_line_break_typed_at_a_list_after_words_is_a_space(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        _keys(pilot, "in a few\nweeks")
        await wait_until(pilot, lambda: answer_box(app).value == "in a few weeks", "the typed words, joined with a space")


def _newest_in_view(app) -> bool:
    log = app.screen.query_one(ChatLog)
    turn = chat(app).current_turn
    newest = [block for block in log.children if getattr(block, "markdown", None) == turn.markdown]
    assert newest, "the newest turn is in the log"
    top = newest[-1].virtual_region.y
    return log.scroll_y <= top < log.scroll_y + log.scrollable_content_region.height


async def test_after_type_ahead_the_newest_question_is_in_view(make_app):
    # decision_sure -> the tall danger-sign turn -> the 10 signs -> ...: three answers typed at once
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        before = turn_count(app)
        type_burst(pilot, "none\rnone\r2, 10\r")
        await wait_until(pilot, lambda: turn_count(app) >= before + 3, "three turns")
        for _ in range(5):
            await pilot.pause()
        assert user_bubbles(app)[-3:] == ["none", "none", "2, 10"]
        assert _newest_in_view(app), f"the newest question ({state(app)}) is hidden"


# User trial 7 (helper t12): at a pick-any list with a choice already ticked, Enter on the empty box said "Nothing
# picked yet"; the hint now says the ticks are kept and how to send them, and it sits under the list, not in a toast
# over the chat.
async def test_enter_with_a_choice_ticked_says_the_ticks_are_kept_under_the_list(make_app):
    from assistant.tui.widgets.choices import TICKED_HINT

    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        choices = active_choices(app)
        await pilot.press("down", "enter")
        assert choices.ticked == {0}
        answer_box(app).focus()
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: str(choices.border_subtitle) == TICKED_HINT, "the hint under the list")
        assert ENTER_HINT not in notices(app), "'Nothing picked yet' is wrong with a choice ticked"
        assert not [n for n in app._notifications if "picked" in str(n.message)], "no toast over the chat"
        assert state(app) == "decision_sure" and choices.ticked == {0}, "nothing sent, the tick kept"


async def test_enter_with_nothing_ticked_still_says_nothing_is_picked_under_the_list(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        choices = active_choices(app)
        answer_box(app).focus()
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: str(choices.border_subtitle) == ENTER_HINT, "the hint under the list")
        assert choices.ticked == set() and state(app) == "decision_sure"
