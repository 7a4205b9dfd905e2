"""Whole conversations held with the keyboard alone, at 80x24."""

from __future__ import annotations

from support import path_to_summary
from tui.tui_support import active_choices, answer_with_keys, chat, screen_lines, screen_text, started, state, type_answer, user_bubbles, wait_until

from assistant.tui.widgets.banner import UrgentBanner
from assistant.tui.widgets.choices import ChoiceList
from assistant.tui.widgets.plan_card import PlanCard
from assistant.tui.widgets.stages import StageBar
from assistant.tui.widgets.turns import UrgentTurn

# What a keyboard user presses in each state on the way to the plan: arrows and Enter pick,
# Space or Enter ticks (End then Enter sends), or the numbers typed (they go to the answer
# box, and Enter sends them: "2" picks, "2, 3" ticks both).
KEYS_TO_PLAN: dict[str, tuple[str, ...]] = {
    "welcome": ("down", "down", "up", "enter"),  # Enter picks where the arrows put the highlight, never untouched
    "decision_when": ("2", "enter"),
    "decision_situation": ("1", "enter"),
    "decision_sure": (*"2, 3", "enter"),
    "red_flags": ("end", "up", "space", "end", "enter"),
    "signs": (*"2, 10", "enter"),
    "signs_more": ("end", "up", "enter", "end", "enter"),
    "fit_opinions": ("down", "down", "up", "enter"),  # the first Down lands on choice 1 (user trial 8)
    "fit": ("1", "enter"),
    "timing_tests": ("down", "down", "enter"),
    "timing": ("enter",),
    "specialist_focus": ("end", "up", "space", "end", "enter"),
    "specialist": ("enter",),
    "records": (*"1,2,3", "enter"),
    "logistics": ("2", "enter"),
    "logistics_ask": ("1", "enter"),
    "questions": (*"1, 5, 6", "enter"),
    "summary_sure": ("space", "down", "space", "down", "enter", "down", "enter", "end", "enter"),
}
TYPED_TO_PLAN = {
    "decision_what": "knee surgery",
    "decision_why": "skip",
    "records_timeline": "March: knee pain; April: MRI",
    "questions_own": "How long?",
    "questions_order": "ok",
}


async def hold_conversation_to_plan(pilot, shown: list[str] | None = None) -> list[str]:
    """Answer every question with keys until the plan shows; returns the states passed.

    `shown` collects the user's bubble after each answer (older ones are pruned from the log)."""
    app = pilot.app
    passed = []
    while state(app) != "summary":
        assert len(passed) < 40, f"no plan after {passed}"
        current = state(app)
        passed.append(current)
        if current in TYPED_TO_PLAN:
            await type_answer(pilot, TYPED_TO_PLAN[current])
        else:
            assert current in KEYS_TO_PLAN, f"no keys for state {current!r} (passed {passed})"
            await answer_with_keys(pilot, *KEYS_TO_PLAN[current])
        assert state(app) != current, f"{current!r} did not accept the answer:\n{chat(app).current_turn.text}"
        if shown is not None:
            shown.append(user_bubbles(app)[-1])
    return passed


async def test_welcome_to_plan_by_keyboard(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert "Who is this decision for?" in screen_text(app)
        assert isinstance(app.focused, ChoiceList), "the welcome choices should have the keys"

        bubbles: list[str] = []
        passed = await hold_conversation_to_plan(pilot, bubbles)

        assert passed[0] == "welcome" and "red_flags" in passed and "questions" in passed
        card = app.screen.query_one(PlanCard)
        assert "knee surgery" in card.markdown
        assert "How long?" in card.markdown
        assert app.screen.query_one(StageBar).current_label == "Plan"
        # What the user picked is shown in words, not as the numbers sent to the engine.
        assert bubbles[0] == "I am the patient"
        assert "knee surgery" in bubbles
        assert "None of these is happening now" in bubbles


async def test_typing_reaches_the_input_from_the_choices(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert isinstance(app.focused, ChoiceList)
        await type_answer(pilot, "me")  # letters typed on the list go to the input box
        assert user_bubbles(app) == ["me"]
        assert state(app) == "decision_what"
        assert app.focused is app.screen.query_one("#answer"), "a free-text question wants the input box"


async def test_enter_alone_continues_an_info_turn(make_app):
    app = make_app(answered=path_to_summary(situation="surgery")[:12])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert state(app) == "timing"
        await answer_with_keys(pilot, "enter")
        assert state(app) == "specialist_focus"
        assert user_bubbles(app) == ["Continue"]


async def test_multi_select_ticks_with_space_and_sends_numbers(make_app):
    app = make_app(answered=["1", "knee surgery", "skip", "2", "1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert state(app) == "decision_sure"
        choices = active_choices(app)
        await pilot.press("space", "down", "down", "space", "space", "down", "space")
        assert choices.ticked == {0, 3}
        assert "[x] 1." in screen_text(app) and "[ ] 2." in screen_text(app)
        await answer_with_keys(pilot, "end", "enter")
        assert app.engine.slots["sure_before"] == ["sure", "support"]
        assert user_bubbles(app)[-1] == "I feel sure about the best choice\nI have enough support and advice to choose"


async def test_back_undoes_the_last_answer(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await answer_with_keys(pilot, "2", "enter")
        assert state(app) == "welcome_who"
        await answer_with_keys(pilot, "ctrl+z")
        assert state(app) == "welcome"
        assert "Going back one step" in chat(app).current_turn.text
        assert isinstance(app.focused, ChoiceList), "the welcome choices are offered again"
        await answer_with_keys(pilot, "1", "enter")
        assert state(app) == "decision_what"
        await type_answer(pilot, "back")  # the word works as well as the key
        assert state(app) == "welcome"


async def test_restart_forgets_everything(make_app):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await type_answer(pilot, "knee")
        assert app.engine.slots["decision"] == "knee"
        await answer_with_keys(pilot, "ctrl+r")
        assert state(app) == "welcome"
        assert app.engine.slots == {}
        assert "starting again" in chat(app).current_turn.text
        assert isinstance(app.focused, ChoiceList)


async def test_red_flag_typed_mid_flow_shows_urgent_turn_and_banner(make_app):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        banner = app.screen.query_one(UrgentBanner)
        assert not banner.display
        await type_answer(pilot, "chest pain now")
        assert state(app) == "urgent_care"
        assert app.screen.query(UrgentTurn), "the urgent turn has its own look"
        assert banner.display and "URGENT" in screen_lines(app)[1]
        assert app.screen.query_one(StageBar).current_label == "Red flags"

        # The banner stays while it may still be happening: saying so, or trying to go back.
        await answer_with_keys(pilot, "1", "enter")
        assert state(app) == "urgent_care" and banner.display
        await answer_with_keys(pilot, "ctrl+z")
        assert state(app) == "urgent_care" and banner.display

        await answer_with_keys(pilot, "3", "enter")  # seen by a doctor and stable
        assert state(app) == "decision_what"
        assert not banner.display
        assert "URGENT" not in screen_text(app)


async def test_every_choice_of_a_long_list_shows_its_number(make_app):
    # The ten signs and "None of these": a re-ask says "numbers from 1 to 11", so 11 is on the list too.
    app = make_app(answered=["1", "whether to have surgery", "skip", "2", "1", "none", "none"])
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot)
        await wait_until(pilot, lambda: state(app) == "signs", "the ten signs")
        lines = screen_lines(app)
        assert any("10." in line and "peace of mind" in line for line in lines)
        assert any("11." in line and "None of these" in line for line in lines)  # it had no number
        await answer_with_keys(pilot, *"11", "enter")
        assert state(app) != "signs" and app.engine.slots["signs"] == ["none"]
