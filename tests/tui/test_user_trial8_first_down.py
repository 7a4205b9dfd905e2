"""User trial 8 (helper t15), F3.5: in the window the first Down arrow moved the untouched highlight to
choice 2, so Down then Enter at "Is that the decision?" (1. Yes / 2. No) sent "No", and at the SURE list
Down Down Space ticked choice 3. The first Down now lands on choice 1, where the highlight stood."""

from __future__ import annotations

import pytest
from tui.tui_support import active_choices, answer_box, answer_with_keys, lines_sent, started, state, user_bubbles, wait_until

# A first line that offers its decision back: "From what you said, I wrote "Whether to let them cut it out". Is that the decision?"
TO_DECISION_CHECK = ["its me. the urologist says i got prostate cancer and wants to cut it out"]  # "Is that the decision?" (Yes / No)
SURE = ["1", "knee surgery", "skip", "2", "1"]  # opens on decision_sure: pick any of 5


async def _at(pilot):
    await started(pilot)
    choices = active_choices(pilot.app)
    assert pilot.app.focused is choices
    return choices


async def test_down_then_enter_at_a_yes_no_check_is_yes(make_app):
    app = make_app(answered=TO_DECISION_CHECK)
    async with app.run_test(size=(110, 40)) as pilot:
        await started(pilot)
        choices = active_choices(app)  # (a check after a typed answer: the answer box has the keys)
        assert state(app) == "decision_what" and choices.labels[0] == "Yes", choices.labels
        sent = lines_sent(app)
        await answer_with_keys(pilot, "down", "enter")
        assert sent == ["1"], f"Down then Enter sent {sent}, not Yes"
        assert user_bubbles(app)[-1] == "Yes"


@pytest.mark.parametrize("keys, ticked", [(("down", "down", "space"), {1}), (("down", "space"), {0}),
                                          (("down", "down", "down", "space"), {2})])
async def test_down_counts_from_the_first_choice_on_a_pick_any_list(make_app, keys, ticked):
    app = make_app(answered=SURE)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await _at(pilot)
        await pilot.press(*keys)
        await wait_until(pilot, lambda: choices.ticked == ticked, f"choices {ticked} ticked")


async def test_a_lone_enter_still_picks_nothing_and_up_still_goes_to_the_last(make_app):
    app = make_app(answered=["1", "knee surgery", "skip"])
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await _at(pilot)
        sent = lines_sent(app)
        await pilot.press("enter")
        await pilot.pause()
        assert sent == []
        await answer_with_keys(pilot, "up", "enter")
        assert sent == [str(len(choices.labels))]


async def test_down_from_the_answer_box_then_down_moves_on(make_app):
    app = make_app(answered=["1", "knee surgery", "skip"])
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await _at(pilot)
        sent = lines_sent(app)
        answer_box(app).focus()
        await wait_until(pilot, lambda: app.focused is answer_box(app), "the box to have the focus")
        await pilot.press("down")
        await wait_until(pilot, lambda: app.focused is choices, "the list to have the keys")
        await answer_with_keys(pilot, "down", "enter")
        assert sent == ["2"]
