"""The chat screen: shows the engine's turns and sends the user's lines to `Engine.respond`.

No dialogue logic lives here. Commands (back, restart, sources, quit) are sent to the engine
as the words a user would type; the screen only decides how each Turn looks and where the
focus goes.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Static

from ...engine import Engine, Turn
from ..light_markdown import import_rich_markdown_soon
from ..widgets.answer_box import AnswerBox
from ..widgets.banner import UrgentBanner
from ..widgets.chat_log import ChatLog
from ..widgets.choices import GO_ON_HINT, TICK_HINT, ChoiceList
from ..widgets.key_footer import KeyFooter
from ..widgets.stages import StageBar
from ..widgets.turns import AssistantTurn, UrgentTurn, UserTurn

PLACEHOLDER = "Type your answer here, or pick above. F1 for help."
PLACEHOLDER_MORE = "More below: press Down to see it all, or type here."  # fits a 60-column window
PRINT_HINT = "To print the plan with the to-do list, the forms and the records letter: {command}, open plan.html, and print it."
EMPTY_HINT = "Type your answer first, then press Enter."
_HINTS = frozenset({EMPTY_HINT, TICK_HINT})  # the Enter hint is written under the list (t12), never a toast


class ChatScreen(Screen):
    CSS_PATH = "chat.tcss"

    BINDINGS = [
        Binding("f1", "help", "Help", tooltip="How to use this, and what it is not"),
        Binding("ctrl+z", "back", "Back", tooltip="Undo your last answer"),
        Binding("ctrl+r", "restart", "Restart", tooltip="Start again; nothing you said before is used"),
        Binding("f2", "sources", "Sources", tooltip="Where the information comes from"),
        Binding("ctrl+y", "copy_last", "Copy", tooltip="Copy the last assistant message"),
        Binding("ctrl+s", "save_plan", "Save plan", tooltip="Save the plan as a Markdown file"),
        Binding("f3", "log_symptom", "Symptom log", show=False, tooltip="Add an entry to your symptom log"),
        # Priority: Page Up/Down always scroll the conversation, even from the choices.
        Binding("pageup", "scroll_log(-1)", "Scroll up", show=False, priority=True),
        Binding("pagedown", "scroll_log(1)", "Scroll down", show=False, priority=True),
        # Priority: decided as each key arrives, so keys right behind it already go to the choices.
        Binding("up", "choices_from_box", show=False, priority=True),
        Binding("down", "choices_from_box(1)", show=False, priority=True),
    ]

    def __init__(
        self,
        engine: Engine,
        *,
        first_turn: Turn | None = None,
        save_dirs: list[Path] | None = None,
        history: list[tuple[str | None, Turn | None]] | None = None,
        log_folder: Path | None = None,
    ) -> None:
        super().__init__()
        if log_folder is None:
            from ...transcripts.store import data_dir

            log_folder = data_dir()
        self.history = history or []  # a resumed conversation's earlier exchanges
        self.engine = engine
        self.first_turn = first_turn
        self.save_dirs = save_dirs or [Path.cwd()]
        self.log_folder = log_folder  # where the symptom log lives (the data folder)
        self.current_turn: Turn | None = None
        self.plan_markdown: str | None = None  # the latest plan the engine showed, for saving
        self.active_choices: ChoiceList | None = None
        self.save_warned = False  # saving stopped (say so once)
        self.sent_anything = False  # a line went to the engine since this screen opened

    def compose(self) -> ComposeResult:
        yield StageBar(id="stages")
        yield UrgentBanner(self.engine.emergency_number, id="banner")
        yield ChatLog(id="log")
        yield AnswerBox(placeholder=PLACEHOLDER, id="answer", select_on_focus=False, compact=True)
        yield KeyFooter(compact=True)

    async def on_mount(self) -> None:
        self.query_one("#answer", AnswerBox).cursor_blink = self.app.cursor_blink  # frozen in tests
        if self.history:
            await self._show_history()
        await self.show_turn(self.first_turn or self.engine.start())

    async def _show_history(self) -> None:
        """The earlier conversation, read-only: its choices were answered long ago."""
        blocks: list[Widget] = []
        for said, turn in self.history:
            if said is not None:
                blocks.append(UserTurn(said))
            if turn is not None:
                blocks.append(self._block_for(turn))
        await self.query_one(ChatLog).add_blocks(*blocks)
        self.app.notify("Welcome back. You can carry on where you stopped.", markup=False)

    # --- the conversation ---------------------------------------------------------------
    async def send(self, line: str, shown: str | None = None) -> None:
        """Send one line to the engine and show the exchange."""
        if self.engine.finished:
            return
        self.sent_anything = True
        try:
            turn = self.engine.respond(line)
        except Exception as error:  # a bug must not lose the user's screen; say it plainly
            self.app.notify(f"Sorry, something went wrong ({type(error).__name__}). Your answer was not used.", severity="error", markup=False)
            return
        await self.show_turn(turn, shown=line if shown is None else shown)
        if self.engine.save_problem and not self.save_warned:
            self.save_warned = True
            self.app.notify(f"{self.engine.save_problem}. The conversation goes on, but is no longer saved.",
                            severity="error", timeout=30, markup=False)
        if self.engine.finished:
            self.app.exit(result=turn.text)

    async def show_turn(self, turn: Turn, shown: str | None = None) -> None:
        self._drop_hints()  # "Nothing picked yet" was about the question before: it goes when the next turn comes
        if self.active_choices is not None:  # answered, or replaced by this turn
            await self.active_choices.remove()
            self.active_choices = None
        blocks: list[Widget] = []
        if shown is not None:
            blocks.append(UserTurn(shown))
        if turn.plan is None:  # restarted or gone back: an older plan is no longer the plan
            self.plan_markdown = None
        assistant = self._block_for(turn)
        blocks.append(assistant)
        choices = self._choices_for(turn)
        if choices is not None:
            blocks.append(choices)
        # The banner first, so the conversation is laid out in the room that is left.
        self.query_one(UrgentBanner).set_shown(self.engine.state == self.engine.flow.urgent_state)
        self.query_one(StageBar).show_stage(turn.stage)
        if turn.stage == "compare":  # its last turns draw a table (rich.markdown): imported while the questions are read
            import_rich_markdown_soon()
        # A turn taller than the screen is shown from its top, to be read in order.
        if turn.state == self.engine.flow.final:  # kept with --data-dir: the print command that finds it
            from ...transcripts.store import folder_hint

            hint = folder_hint(getattr(self.engine.listener, "path", None))
            if hint:
                blocks.append(Static(Content(hint), classes="saved-note"))
        await self.query_one(ChatLog).add_blocks(*blocks, read_from=assistant)
        self.active_choices = choices
        self.current_turn = turn
        self._focus_for(turn)

    def _drop_hints(self) -> None:
        """Take down the hints about how to answer the last question (EMPTY_HINT, TICK_HINT);
        warnings and errors stay for their time (t11). Textual has no public way to take down one toast."""
        notes = getattr(self.app, "_notifications", None)
        stale = [note for note in notes if note.message in _HINTS] if notes is not None else []
        for note in stale:
            self.app._unnotify(note, refresh=False)
        if stale:
            self.app._refresh_notifications()

    def on_chat_log_more_below(self, event: ChatLog.MoreBelow) -> None:
        """A tall turn is read from its top: say that its choices are further down."""
        self.answer_box.placeholder = PLACEHOLDER_MORE if event.more and self.active_choices is not None else PLACEHOLDER

    def _is_plan(self, turn: Turn) -> bool:
        return turn.plan is not None and turn.kind == "ask" and turn.state != self.engine.flow.final

    def _block_for(self, turn: Turn) -> Widget:
        if turn.urgent:
            return UrgentTurn(turn.markdown)
        if self._is_plan(turn):
            self.plan_markdown = turn.markdown
            from ..widgets.plan_card import PlanCard  # first needed at the plan, not at start (row 6b)

            return PlanCard(turn.markdown)
        return AssistantTurn(turn.markdown)

    def _choices_for(self, turn: Turn) -> ChoiceList | None:
        if turn.choices:
            return ChoiceList(turn.choices, "many" if turn.multi else "one", answer_box=self.answer_box, kept=turn.kept)
        if turn.suggestions:  # example answers; on a turn that only informs, the way on
            hint = None if turn.free_text or len(turn.suggestions) > 1 else GO_ON_HINT
            return ChoiceList(turn.suggestions, "suggest", hint=hint, answer_box=self.answer_box)
        return None

    def _focus_for(self, turn: Turn) -> None:
        # Choices and "Continue" take the keys; free-text questions want the input box. At once
        # (not later, as Widget.focus does), so the next key pressed already goes there.
        # Typed ahead before this question appeared: the words are in the box, and so are the
        # keys that follow (an Enter must send them, not pick the list's first choice).
        if self.answer_box.has_text:  # typed, or still on its way to the box
            self.set_focus(self.answer_box)
        elif self.active_choices is not None and not turn.free_text:
            self.set_focus(self.active_choices, scroll_visible=False)  # the chat log decides what is in view
        else:
            self.set_focus(self.answer_box)

    # --- input from the user --------------------------------------------------------------
    @property
    def answer_box(self) -> AnswerBox:
        return self.query_one("#answer", AnswerBox)

    async def on_input_submitted(self, event: AnswerBox.Submitted) -> None:
        event.stop()
        line = event.value  # already out of the box (AnswerBox.action_submit): keys typed since stay there
        if line.strip():
            choices = self.active_choices
            if choices is not None and not choices.answered and choices.mode == "many" and choices.ticked:
                # 1 and 7 ticked, then "and 10" typed and Enter (a lead's walk, 2026-12-07): only "and 10" was sent
                # and the ticks were dropped silently; the ticked numbers go first, in the line as shown in the chat
                # joined by "and" (rv31): "1, 3, none" read "3, none" as "not 3" and stored 1 alone; "1 and 3, none" is asked
                line = " and ".join(str(i + 1) for i in sorted(choices.ticked)) + ", " + line.strip()
            await self.send(line)
        elif self.current_turn is not None and self.current_turn.suggestions and not self.current_turn.free_text:
            await self.send(self.current_turn.suggestions[0])  # Enter alone means "Continue"
        elif self.active_choices is not None and not self.active_choices.answered and self.active_choices.mode != "suggest":
            self.active_choices.show_hint()  # nothing typed: nothing is sent, and never the highlighted choice
        elif self.current_turn is not None and self.current_turn.free_text:
            self.app.notify(EMPTY_HINT, markup=False)

    async def on_choice_list_picked(self, event: ChoiceList.Picked) -> None:
        event.stop()
        if event.choice_list is self.active_choices:
            await self.send(event.answer, shown=event.shown)
            if self.active_choices is event.choice_list:  # no new turn came: let the user pick again
                event.choice_list.answered = False

    def type_ahead(self, text: str) -> None:
        """Typing always works: what is typed or pasted anywhere else goes to the answer box."""
        self.answer_box.type_text(text)
        self.answer_box.focus()

    def action_choices_from_box(self, down: int = 0) -> None:
        """Up or Down in the answer box go back to the choices (what was typed stays in the box).
        Down while the newest turn's end is out of view ("More below: press Down") first brings its end,
        with the choices, into view (a user trial, 2026-12-04: at the plan, Down did nothing)."""
        log = self.query_one(ChatLog)
        if down and log.more_below and not log.newest_top_in_view():  # the list's title on screen: Down goes into it
            log.scroll_end(animate=False, immediate=True)
            if self.focused is not self.answer_box:
                return  # this Down only brings the end into view (moving the highlight too would race its own scroll)
        choices = self.active_choices
        if self.focused is not self.answer_box or choices is None or choices.answered:
            raise SkipAction()  # anywhere else the arrows do their usual work
        choices.take_keys()

    def on_key(self, event: events.Key) -> None:
        if self.focused is self.answer_box:
            return
        # Typed where nothing takes text (the chat, a button, or between two turns): into the box.
        # Space is left alone only on a button, which it presses.
        if event.is_printable and event.character and not (event.character == " " and isinstance(self.focused, Button)):
            event.stop()
            self.type_ahead(event.character)

    def on_paste(self, event: events.Paste) -> None:
        """A paste where neither the box nor the choices have the focus (the chat, a button)."""
        event.stop()
        if event.text:
            self.answer_box.paste_text(event.text)  # its line breaks kept for the answer sent
            self.answer_box.focus()

    # --- commands (Footer, command palette) ------------------------------------------------
    async def action_back(self) -> None:
        await self.send("back")

    async def action_restart(self) -> None:
        await self.send("restart")

    async def action_sources(self) -> None:
        await self.send("sources")

    def action_help(self) -> None:
        from .help import HelpScreen  # first needed when opened, not at start (row 6b)

        self.app.push_screen(HelpScreen(self.engine))

    def action_scroll_log(self, direction: int) -> None:
        log = self.query_one(ChatLog)
        if direction < 0:
            log.scroll_page_up()
        else:
            log.scroll_page_down()

    def action_copy_last(self) -> None:
        if self.current_turn is None:
            self.app.notify("There is nothing to copy yet.", markup=False)
            return
        no_clipboard = "No clipboard is available here, so nothing was copied."
        if self.app.is_headless:  # no terminal, so no clipboard
            self.app.notify(no_clipboard, severity="warning", markup=False)
            return
        try:
            self.app.copy_to_clipboard(self.current_turn.text)
        except Exception:  # the terminal went away, or refused
            self.app.notify(no_clipboard, severity="warning", markup=False)
            return
        # Terminals copy via OSC 52 and cannot tell us whether it worked.
        self.app.notify("Copied the last message. If nothing pastes, your terminal blocks copying.", markup=False)

    def action_save_plan(self) -> None:
        if self.plan_markdown is None:
            self.app.notify("There is no plan yet. It appears at the end of the conversation.", markup=False)
            return
        from ..save import plan_file_text, save_markdown

        try:
            path = save_markdown(plan_file_text(self.plan_markdown), self.save_dirs)
        except OSError as error:
            self.app.notify(f"Could not save the plan: {error.strerror or error}", severity="error", markup=False)
            return
        self.app.notify(f"Plan saved to {path}", title="Saved", markup=False)
        # Said in the chat too, in full, so it can be found again (a notification fades).
        from ...transcripts.store import export_command

        hint = PRINT_HINT.format(command=export_command(getattr(self.engine.listener, "path", None)))
        note = Static(Content(f"Plan saved to {path}\n{hint}"), classes="saved-note")
        self.call_later(self.query_one(ChatLog).add_blocks, note)
        if self.app.is_web:  # in the browser (`second-opinion serve`) it also arrives as a download
            self.app.deliver_text(path, save_filename=path.name, open_method="download", mime_type="text/markdown")

    def action_download_printable(self) -> None:
        """Browser mode: the plan as the printable HTML export, delivered as a download."""
        transcript_path = getattr(self.engine.listener, "path", None)
        if transcript_path is None:
            self.app.notify("There is nothing saved to print: this conversation is not being saved.", markup=False)
            return
        from ...transcripts.export import export
        from ...transcripts.reader import TranscriptError, read_file

        try:
            document = export(read_file(transcript_path), "html")
        except (OSError, TranscriptError) as error:
            self.app.notify(f"Could not make the printable plan: {error}", severity="error", markup=False)
            return
        import io

        self.app.deliver_text(io.StringIO(document), save_filename="second-opinion-plan.html",
                              open_method="browser", mime_type="text/html")

    def action_log_symptom(self) -> None:
        from .log_entry import LogEntryScreen

        box = LogEntryScreen(self.log_folder)

        def saved(path: Path | None) -> None:
            if path is not None:
                self.app.notify(f"Added to your symptom log ({path}).", title="Saved", markup=False)
                if box.warning:  # an emergency sign in the entry: the number to call, and it stays up
                    self.app.notify(box.warning, title="This may be an emergency", severity="error", timeout=120, markup=False)

        self.app.push_screen(box, saved)

    def end_conversation(self) -> str | None:
        """Tell the engine the user quit (so a transcript records the end); its goodbye text."""
        if self.engine.finished:
            return None
        if self.history and not self.sent_anything:
            # Resumed and left untouched: a `quit` would append resumed/user/end records, but
            # merely looking at an old conversation must never change its file.
            return None
        try:
            return self.engine.respond("quit").text
        except Exception:  # leaving must always work
            return None
