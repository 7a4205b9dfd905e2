"""A whole conversation held with the mouse alone: clicks on choices, suggestions and buttons."""

from __future__ import annotations

import stat

from tui.tui_support import active_choices, chat, click_in_chat, click_option, started, state, turn_count, user_bubbles, wait_until

from assistant.tui.save import plan_file_text
from assistant.tui.widgets.plan_card import PlanCard

# The options a mouse user clicks in each state (for pick-any lists, then Send).
CLICKS_TO_PLAN: dict[str, list[int]] = {
    "welcome": [0],
    "decision_what": [0],  # the suggestion "Whether to have surgery"
    "decision_why": [0],
    "decision_when": [1],
    "decision_situation": [0],
    "decision_sure": [1],
    "red_flags": [-1],  # the last choice: none of these is happening now
    "signs": [1],
    "signs_more": [-1],
    "fit_opinions": [0],
    "fit": [0],
    "timing_tests": [1],
    "timing": [0],  # Continue
    "specialist_focus": [-1],
    "specialist": [0],
    "records": [0],
    "records_timeline": [0],  # skip
    "logistics": [1],
    "logistics_ask": [0],
    "questions": [0, 4, 5],
    "questions_own": [0],  # skip
    "questions_order": [0],  # ok
    "summary_sure": [0],
}


async def test_welcome_to_plan_by_mouse_and_save_it(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        passed, bubbles = [], []
        while state(app) != "summary":
            current = state(app)
            assert len(passed) < 40 and current in CLICKS_TO_PLAN, f"no clicks for {current!r} after {passed}"
            passed.append(current)
            choices = active_choices(app)
            before = turn_count(app)
            for index in CLICKS_TO_PLAN[current]:
                await click_option(pilot, choices, index % len(choices.labels))
            if choices.mode == "many":
                await click_option(pilot, choices, len(choices.labels))  # Send my choices
            await wait_until(pilot, lambda: chat(app).current_turn.number > before, f"an answer to {current}")
            assert state(app) != current, f"{current!r} did not accept the clicks:\n{chat(app).current_turn.text}"
            bubbles.append(user_bubbles(app)[-1])  # older bubbles are pruned from the log later

        assert bubbles[:2] == ["I am the patient", "Whether to have surgery"]
        card = app.screen.query_one(PlanCard)
        assert "Whether to have surgery" in card.markdown

        await click_in_chat(pilot, card.query_one(".save-plan"))
        await wait_until(pilot, lambda: list(tmp_path.glob("*.md")), "the saved plan")
        saved = next(tmp_path.glob("*.md"))
        assert saved.read_text() == plan_file_text(card.markdown) + "\n"  # the plan from its title on (save.py)
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert any(str(saved) in n.message for n in app._notifications), "the user is told where"
