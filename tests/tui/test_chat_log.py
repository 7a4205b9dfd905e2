"""The conversation view: follows the newest turn, scrolls back, stays small, fits any size."""

from __future__ import annotations


from support import path_to_summary
from tui.tui_support import active_choices, answer_with_keys, chat, screen_text, started, state, type_answer, user_bubbles, wait_until

from assistant.engine import Engine
from assistant.tui.widgets.chat_log import ChatLog
from assistant.tui.widgets.stages import STEPS, StageBar
from assistant.tui.widgets.turns import AssistantTurn


async def test_follows_the_newest_turn_and_lets_the_user_scroll_back(make_app):
    app = make_app(answered=path_to_summary(situation="surgery")[:6])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        log = app.screen.query_one(ChatLog)

        def at_the_end() -> bool:
            return log.scroll_y >= log.max_scroll_y

        await answer_with_keys(pilot, "end", "up", "enter", "end", "enter")  # red flags: none
        assert state(app) == "signs"
        await answer_with_keys(pilot, "space", "end", "enter")  # tick the first sign, send
        assert log.max_scroll_y > 0 and at_the_end()
        await pilot.press("pageup")  # works while the choices have the focus
        await wait_until(pilot, lambda: not at_the_end(), "the log scrolled back")
        scrolled_to = log.scroll_y
        await pilot.pause()
        assert log.scroll_y == scrolled_to, "reading back is not interrupted"
        await answer_with_keys(pilot, "end", "up", "enter", "end", "enter")
        await wait_until(pilot, at_the_end, "the log back at the newest turn")
        assert active_choices(app).labels[-1] in screen_text(app), "the new question's choices are in view"


async def test_hundreds_of_turns_stay_bounded_and_fast(make_app):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        log = app.screen.query_one(ChatLog)
        screen = chat(app)
        for number in range(150):  # 300 turns: an answer and "back", again and again
            await screen.send(f"decision {number}")
            await screen.send("back")
        await pilot.pause()
        assert app.engine.turn_count > 300
        assert len(log.children) <= log.max_blocks
        bubbles = user_bubbles(app)
        assert bubbles[-2:] == ["decision 149", "back"], "the newest turns are kept"
        assert "decision 0" not in bubbles, "the oldest were pruned"


async def test_progress_highlights_the_current_stage(make_app):
    lines = path_to_summary(situation="surgery")
    app = make_app(answered=lines[:7])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        bar = app.screen.query_one(StageBar)
        assert state(app) == "signs" and bar.current_label == "Signs"
        top_line = screen_text(app).splitlines()[0]
        for label, _stages in STEPS:
            assert label in top_line, f"{label!r} missing from {top_line!r} at 80 columns"


async def test_the_plan_stage_at_the_end(make_app):
    app = make_app(answered=path_to_summary(situation="surgery"))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert app.screen.query_one(StageBar).current_label == "Plan"


async def test_works_when_resized(make_app):
    app = make_app(answered=["1", "knee", "skip"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        for size in ((60, 18), (120, 40), (80, 24)):
            await pilot.resize_terminal(*size)
            await wait_until(pilot, lambda: app.screen.size == size, f"the size {size}")
            text = screen_text(app)
            assert "Pick one" in text and "Within days" in text, f"the choices are visible at {size}"
        await answer_with_keys(pilot, "1", "enter")
        assert state(app) == "decision_situation"


async def test_starts_on_a_given_turn_for_resume(make_app):
    app = make_app(answered=["1", "knee"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert chat(app).current_turn.state == "decision_why"
        assert "What makes you unsure" in screen_text(app)
        assert len(app.screen.query(AssistantTurn)) == 1, "only the turn handed over is shown"
        await type_answer(pilot, "skip")
        assert state(app) == "decision_when"


async def test_a_narrow_terminal_shows_the_current_stage_alone(make_app):
    app = make_app(answered=path_to_summary(situation="surgery")[:7])
    async with app.run_test(size=(50, 20)) as pilot:
        await started(pilot)
        top_line = screen_text(app).splitlines()[0]
        assert "Signs" in top_line and "step 3 of 8" in top_line
        await pilot.resize_terminal(80, 24)
        await wait_until(pilot, lambda: "Questions" in screen_text(app).splitlines()[0], "all the stages at 80 columns")


async def test_a_resumed_conversation_shows_what_came_before(tmp_path):
    from assistant.transcripts.reader import read_file
    from assistant.transcripts.resume import resume
    from assistant.transcripts.writer import TranscriptWriter
    from assistant.tui.app import SecondOpinionApp

    writer = TranscriptWriter.new(tmp_path)
    engine = Engine(listener=writer)
    engine.start()
    for line in ["1", "whether to have knee surgery"]:
        engine.respond(line)
    writer.close()
    engine, turn, history = resume(read_file(writer.path))
    app = SecondOpinionApp(engine, first_turn=turn, history=history, save_dirs=[tmp_path], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert chat(app).current_turn.state == "decision_why"
        assert user_bubbles(app) == ["1", "whether to have knee surgery"]
        assert len(app.screen.query(AssistantTurn)) == 3, "welcome, the decision question, and where it stopped"
        await type_answer(pilot, "skip")
        assert state(app) == "decision_when"


async def test_opening_a_saved_conversation_and_quitting_leaves_its_file_as_it_was(tmp_path):
    # Merely looking at an old conversation never changes its file: Ctrl+Q before typing anything
    # must not append `resumed`, a `quit` input and `end`.
    from assistant.transcripts.reader import read_file
    from assistant.transcripts.resume import resume
    from assistant.transcripts.writer import TranscriptWriter
    from assistant.tui.app import SecondOpinionApp

    writer = TranscriptWriter.new(tmp_path)
    engine = Engine(listener=writer)
    engine.start()
    engine.respond("1")
    writer.close()
    before = writer.path.read_bytes()
    engine, turn, history = resume(read_file(writer.path))
    app = SecondOpinionApp(engine, first_turn=turn, history=history, save_dirs=[tmp_path], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+q")
    engine.listener.close()
    assert writer.path.read_bytes() == before


async def test_pruned_blocks_leave_nothing_behind(make_app):
    """Memory stays flat as the conversation grows: what pruned blocks drew is let go, not
    kept by Textual's caches (a StylesCache holds a widget's rendered lines)."""
    import gc

    from textual._styles_cache import StylesCache

    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        screen = chat(app)
        for number in range(120):  # 240 turns: hundreds of blocks made and pruned
            await screen.send(f"decision {number}")
            await screen.send("back")
        await pilot.pause()
        gc.collect()
        widgets = sum(1 for s in app.screen_stack for _ in s.walk_children(with_self=True))
        kept = [cache for cache in gc.get_objects() if isinstance(cache, StylesCache)]
        assert len(kept) <= widgets + 10, f"{len(kept)} drawing caches alive for {widgets} widgets"
        assert sum(len(cache._cache) for cache in kept) <= 24 * widgets, "old drawn lines let go"


async def test_a_turn_taller_than_the_screen_says_its_choices_are_below(make_app):
    """The three options at `fit` fill more than a 24-row screen: the turn is shown from its top,
    and the answer box says the choices are further down until they come into view."""
    from assistant.tui.screens.chat import PLACEHOLDER, PLACEHOLDER_MORE

    lines = path_to_summary(situation="surgery")
    app = make_app(answered=lines[: lines.index("1", 8)])  # up to the question before `fit`
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        box = chat(app).answer_box
        assert state(app) == "fit_opinions" and box.placeholder == PLACEHOLDER
        await answer_with_keys(pilot, "down", "enter")  # one doctor so far: the first Down lands on it (Enter picks where the arrows put the highlight)
        assert state(app) == "fit"
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER_MORE, "the hint that the choices are below")
        assert active_choices(app).labels[0] not in screen_text(app)
        await pilot.press("down")  # the end, with the list, scrolls into view
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER, "the usual hint once the choices show")
        assert active_choices(app).labels[0] in screen_text(app)


async def test_the_more_below_hint_fits_a_60_column_window(make_app):
    # "More below: press Down or Page Down to see the rest, or" was cut off at 60 columns.
    from assistant.tui.screens.chat import PLACEHOLDER_MORE

    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await started(pilot)
        box = chat(app).answer_box
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER_MORE, "the hint that the choices are below")
        await wait_until(pilot, lambda: PLACEHOLDER_MORE in screen_text(app), "the whole hint on screen")


async def test_down_at_the_plan_brings_its_end_into_view(make_app):
    # A fourth user trial (2026-12-04): the plan said "More below: press Down", and Down did nothing
    # (the focus is on the way on, a one-line list at the card's end, where Down has nowhere to go).
    from assistant.tui.screens.chat import PLACEHOLDER, PLACEHOLDER_MORE

    lines = path_to_summary(situation="surgery")
    app = make_app(answered=lines[:-1])  # up to the last question before the plan
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        box = chat(app).answer_box
        await pilot.press(*"all", "enter")
        await wait_until(pilot, lambda: chat(app).plan_markdown is not None, "the plan on screen")
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER_MORE, "the hint that more is below")
        assert "Save plan (Ctrl+S)" not in screen_text(app)
        assert chat(app).focused is chat(app).active_choices  # the one-line "Continue" list: Down moves nothing in it
        await pilot.pause()  # the card laid out and shown from its top, as a person sees it before pressing a key
        await pilot.press("down")
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER, "the usual hint once the end shows")
        assert "Save plan (Ctrl+S)" in screen_text(app)


async def test_choices_whose_title_row_alone_shows_are_still_below(make_app):
    """ut15b, a user trial at 70x30: the choice list's title row was the last row on screen and no choice
    showed, yet the box said "pick above". Only once its first choice shows is the list in view."""
    from assistant.tui.screens.chat import PLACEHOLDER, PLACEHOLDER_MORE

    lines = path_to_summary(situation="surgery")
    app = make_app(answered=lines[: lines.index("1", 8)])  # up to the question before `fit`
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        box = chat(app).answer_box
        log = app.screen.query_one(ChatLog)
        await answer_with_keys(pilot, "down", "enter")
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER_MORE, "the hint that the choices are below")
        title_row = log.children[-1].virtual_region.y
        log.scroll_to(y=title_row - log.scrollable_content_region.height + 1, animate=False, immediate=True)
        await pilot.pause()
        assert active_choices(app).labels[0] not in screen_text(app)
        assert box.placeholder == PLACEHOLDER_MORE, "only the list's title shows: its choices are still below"
        log.scroll_to(y=title_row - log.scrollable_content_region.height + 3, animate=False, immediate=True)
        await wait_until(pilot, lambda: box.placeholder == PLACEHOLDER, "the usual hint once the first choice shows")
        assert active_choices(app).labels[0] in screen_text(app)
