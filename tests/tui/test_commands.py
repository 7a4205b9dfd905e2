"""Keys and commands: help, sources, copy, save the plan, quit, the command palette."""

from __future__ import annotations

import stat

from support import path_to_summary
from tui.tui_support import answer_with_keys, chat, screen_text, started, state, wait_until

from assistant.tui.save import plan_file_text
from assistant.engine import Engine
from assistant.tui.screens.help import HelpScreen
from assistant.tui.widgets.choices import ChoiceList

TO_THE_PLAN = path_to_summary(situation="surgery")  # the last answer shows the plan


def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_f1_opens_help_and_escape_closes_it(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        before = app.engine.turn_count
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        assert "not a doctor" in screen_text(app), "help says first what this is not"
        await pilot.press("end")  # the keys are further down
        await wait_until(pilot, lambda: "Ctrl+Z" in screen_text(app), "the keys in the help")
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, HelpScreen), "help to close")
        assert app.engine.turn_count == before, "opening help does not change the conversation"
        assert state(app) == "welcome"


async def test_help_closes_with_a_click(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.click("KeyFooter FooterKey")  # the first key shown: F1 Help
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        await pilot.click("#close")
        await wait_until(pilot, lambda: not isinstance(app.screen, HelpScreen), "help to close")


async def test_sources_key_asks_the_engine(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await answer_with_keys(pilot, "f2")
        assert chat(app).current_turn.kind == "sources"
        assert state(app) == "welcome", "the question is asked again after the sources"
        # Taller than the screen, so it is shown from its top: the sources, not the question again.
        first_line = chat(app).current_turn.text.splitlines()[0]
        await wait_until(pilot, lambda: first_line in screen_text(app), "the start of the sources turn")


async def test_copy_without_a_clipboard_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:  # headless: there is no terminal clipboard
        await started(pilot)
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: messages(app), "a notification")
        assert "No clipboard" in messages(app)[-1]
        assert app.is_running


async def test_copy_puts_the_last_message_on_the_clipboard(make_app, monkeypatch):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        monkeypatch.setattr(type(app), "is_headless", property(lambda self: False))  # as in a real terminal
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: messages(app), "a notification")
        assert "Copied" in messages(app)[-1]
        assert app.clipboard == chat(app).current_turn.text
        assert "Who is this decision for?" in app.clipboard


async def test_save_before_the_plan_explains(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: messages(app), "a notification")
        assert "no plan yet" in messages(app)[-1]
        assert not list(tmp_path.iterdir())


async def test_save_plan_key_writes_a_private_markdown_file(make_app, tmp_path):
    app = make_app(answered=TO_THE_PLAN)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert state(app) == "summary"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: list(tmp_path.glob("*.md")), "the saved plan")
        saved = next(tmp_path.glob("*.md"))
        text = saved.read_text()
        assert text == plan_file_text(chat(app).plan_markdown) + "\n"
        assert text.startswith("**Your second-opinion plan**") and "\\." not in text
        assert "Your second-opinion plan" in text and "knee" in text
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert str(saved) in messages(app)[-1]
        # Saving twice never overwrites the first file.
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(list(tmp_path.glob("*.md"))) == 2, "a second file")


async def test_save_falls_back_to_the_next_folder(tmp_path):
    from assistant.tui.app import SecondOpinionApp

    engine = Engine()
    engine.start()
    for line in TO_THE_PLAN[:-1]:
        engine.respond(line)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    app = SecondOpinionApp(engine, first_turn=engine.respond(TO_THE_PLAN[-1]), save_dirs=[blocked, tmp_path / "data"], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: list((tmp_path / "data").glob("*.md")), "the plan in the second folder")


async def test_quit_ends_the_conversation_in_the_engine(make_app):
    events = []
    app = make_app(engine=Engine(listener=events.append))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running, "the app to close")
    assert app.engine.finished
    assert [e["reason"] for e in events if e["type"] == "end"] == ["quit"]
    assert app.engine.last_turn.kind == "bye"
    assert app.return_value == app.engine.last_turn.text, "the goodbye is printed after the app closes"


async def test_typing_quit_closes_the_app(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press(*"quit", "enter")
        await wait_until(pilot, lambda: not app.is_running, "the app to close")
    assert app.engine.finished


async def test_command_palette_offers_the_commands(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Help", "Back", "Restart", "Sources", "Copy last message", "Save plan", "Quit"):
            assert title in titles
        assert titles.count("Quit") == 1
        assert "Screenshot" not in titles, "no world-readable files of the conversation"
        await pilot.press("ctrl+p")
        await pilot.press(*"restart")
        await wait_until(pilot, lambda: "Restart" in screen_text(app), "the command in the palette")
        await answer_with_keys(pilot, "enter")
        assert "starting again" in chat(app).current_turn.text


async def test_the_footer_shows_the_keys(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        footer = screen_text(app).splitlines()[-1]
        for words in ("Help", "Back", "Restart", "Sources", "Copy", "Save plan", "Quit"):
            assert words in footer, footer


async def test_an_engine_failure_is_told_plainly_and_the_choices_still_work(make_app, monkeypatch):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        real_respond = app.engine.respond

        def broken(line: str):
            raise KeyError("a bug")

        monkeypatch.setattr(app.engine, "respond", broken)
        await pilot.press("down", "enter")  # pick the first choice: the first Down lands on it (user trial 8)
        await wait_until(pilot, lambda: messages(app), "a notification")
        assert "something went wrong" in messages(app)[-1] and app.is_running
        monkeypatch.setattr(app.engine, "respond", real_respond)
        assert isinstance(app.focused, ChoiceList)
        await answer_with_keys(pilot, "enter")
        assert state(app) == "decision_what"


async def test_save_plan_says_the_full_path_and_how_to_print_in_the_chat(make_app, tmp_path):
    from textual.widgets import Static

    app = make_app(answered=TO_THE_PLAN)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: list(tmp_path.glob("*.md")), "the saved plan")
        saved = next(tmp_path.glob("*.md"))
        assert saved.name.startswith("second-opinion-plan-") and "-at-" in saved.name
        await wait_until(pilot, lambda: app.screen.query(".saved-note"), "the note in the chat")
        note = str(app.screen.query(".saved-note").last().render())
        assert str(saved) in note and "export --last --format html" in note


async def test_f3_adds_a_symptom_log_entry_and_bad_severity_is_one_line(make_app, monkeypatch, tmp_path):
    from assistant.kit.symptoms import read_log

    folder = tmp_path / "data"
    monkeypatch.setenv("SECOND_OPINION_DATA_DIR", str(folder))
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot)
        await pilot.press("f3")
        await wait_until(pilot, lambda: app.screen.query("#log-text"), "the log entry box")
        app.screen.query_one("#log-text").value = "Dizzy on the stairs [bold]x[/]"
        app.screen.query_one("#log-severity").value = "11"
        await pilot.press("enter")
        await wait_until(pilot, lambda: "0 (none) to 10" in str(app.screen.query_one("#log-error").render()), "the error")
        assert read_log(folder) == []
        app.screen.query_one("#log-severity").value = "4"
        await pilot.press("enter")
        await wait_until(pilot, lambda: read_log(folder), "the saved entry")
        entry = read_log(folder)[0]
        assert entry.text == "Dizzy on the stairs [bold]x[/]" and entry.severity == 4
        await wait_until(pilot, lambda: not app.screen.query("#log-text"), "the box to close")


async def test_the_palette_offers_the_symptom_log(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Add to symptom log" in titles


async def test_f3_an_entry_with_an_emergency_sign_is_saved_and_says_what_to_call(make_app, monkeypatch, tmp_path):
    from assistant.kit.symptoms import read_log

    folder = tmp_path / "data"
    monkeypatch.setenv("SECOND_OPINION_DATA_DIR", str(folder))
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot)
        await pilot.press("f3")
        await wait_until(pilot, lambda: app.screen.query("#log-text"), "the log entry box")
        app.screen.query_one("#log-text").value = "Chest pain and sweating right now"
        await pilot.press("enter")
        await wait_until(pilot, lambda: read_log(folder), "the saved entry")
        await wait_until(pilot, lambda: any("call 911 now" in m for m in messages(app)), "the emergency advice")
        urgent = [n for n in app._notifications if "911" in n.message]
        assert urgent[0].severity == "error" and "heart attack" in urgent[0].message


async def test_the_last_turn_offers_quit_or_start_again_not_a_continue_that_goes_nowhere(make_app):
    # "Press Enter or click to go on" / "Continue" at the end only said "This conversation is finished".
    app = make_app(answered=path_to_summary(situation="1") + [""])
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        assert state(app) == "done"
        await wait_until(pilot, lambda: chat(app).active_choices is not None, "the choices")
        choices = chat(app).active_choices
        assert choices.labels == ["Quit", "Start again"] and "go on" not in str(choices.border_title)
        await pilot.press("down", "down", "enter")
        await wait_until(pilot, lambda: state(app) == "welcome", "a new start")


async def test_a_conversation_kept_with_data_dir_ends_with_the_print_command_that_finds_it(make_app, tmp_path, monkeypatch):
    from assistant.transcripts.store import ENV_VAR
    from assistant.transcripts.writer import TranscriptWriter

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "usual"))
    writer = TranscriptWriter.new(tmp_path / "kept here")
    app = make_app(answered=[*TO_THE_PLAN, "ok", "done"], engine=Engine(listener=writer))
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        await wait_until(pilot, lambda: app.screen.query(".saved-note"), "the hint in the chat")
        note = str(app.screen.query(".saved-note").last().render())
        assert "--data-dir" in note and str(tmp_path / "kept here") in note.replace("'", "")
    writer.close()
