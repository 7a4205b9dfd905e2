"""The choices of the current turn, as a list inside the chat.

One widget for three kinds of answer: pick one, pick any (tick, then Send), or pick a
suggested answer (an example text such as "Continue" or "skip"). It never interprets an
answer: it posts `Picked` with the line to send to the engine ("2", "1, 3", "none" or the
suggestion's text) and the words to show in the user's bubble. What is typed or pasted while
it has the focus goes to the answer box, exactly as typed (see "keys" below).
"""

from __future__ import annotations

from typing import Literal

from rich.table import Table
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from .answer_box import LINE_BREAK_KEYS, AnswerBox, run_own_binding

Mode = Literal["one", "many", "suggest"]

HINTS: dict[Mode, str] = {
    "one": "Pick one: arrows and Enter, a click, or type its number",
    "many": "Pick any: Space or Enter ticks, then Send; or type numbers",
    "suggest": "Pick an answer, or type your own below",
}
GO_ON_HINT = "Press Enter or click to go on"
KEPT_HINT = "Ticked ones are kept: tick more, then Send (or Send as it is)"
KEPT_NOTE = "Kept from your last answer. To change it, type back."
# The answer box's own keys (Enter, Backspace, Left, Home, Ctrl+U...) and what each does there.
EDIT_ACTIONS: dict[str, str] = {
    key.strip(): binding.action
    for binding in AnswerBox.BINDINGS
    if isinstance(binding, Binding)
    for key in binding.key.split(",")
}
SEND_ID = "send"
# Enter on a list whose highlight the person has not moved yet (a user trial, 2026-12-04: Enter pressed "to go on"
# right after a new question stored its first choice, a claim never made): nothing is picked, this hint is shown.
TICK_HINT = "Tick at least one choice first, with Space or a click."
ENTER_HINT = "Nothing picked yet. Move to a choice with the arrow keys, then press Enter; or type its number."
# User trial 7 (helper t12): with a choice already ticked (or kept from a partly understood answer) "Nothing picked
# yet" was wrong; and a toast covered the chat. The hint now fits what is ticked, and is shown under the list itself.
TICKED_HINT = "Your ticked choices are kept. Tick more, or move to \"Send my choices\" and press Enter."
MOVE_KEYS = frozenset({"up", "down", "home", "end", "pageup", "pagedown"})


class ChoiceList(OptionList):
    DEFAULT_CSS = """
    ChoiceList {
        margin: 0 1 0 0;
        border-title-color: $text-muted;
        & > .option-list--option { padding: 0 1; }
    }
    """

    class Picked(Message):
        """The user chose: `answer` goes to the engine, `shown` goes in the user's bubble."""

        def __init__(self, choice_list: ChoiceList, answer: str, shown: str) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.answer = answer
            self.shown = shown

    def __init__(
        self,
        labels: list[str],
        mode: Mode,
        *,
        hint: str | None = None,
        answer_box: AnswerBox | None = None,
        id: str | None = None,
        kept: list[int] | tuple[int, ...] = (),
    ) -> None:
        self.labels = list(labels)
        self.answer_box = answer_box  # where typing and pastes go
        self._typing = False  # this list handed typed text to the box since it last got the focus
        self.mode: Mode = mode
        self.ticked: set[int] = set()
        # Choice numbers kept from a partly understood answer: shown ticked, and not sent again
        # (the engine adds what is sent to them; `back` drops them).
        self.kept: set[int] = {n - 1 for n in kept if 0 < n <= len(self.labels)} if mode == "many" else set()
        self.answered = False
        self._keys_used = False  # until the keys move the highlight, the chat scrolls on its own
        self.chosen = False  # the person put the highlight where it is (arrows, a number key, a click): Enter picks it
        self._marker_width = len(f"{len(self.labels)}.") + (4 if mode == "many" else 0)
        options = [Option(self._prompt(i), id=f"choice-{i}") for i in range(len(self.labels))]
        if mode == "many":
            options.append(Option(Content.styled("→ Send my choices", "bold"), id=SEND_ID))
        super().__init__(*options, id=id)
        self.border_title = Content(hint or (KEPT_HINT if self.kept else HINTS[mode]))

    def on_mount(self) -> None:
        self.highlighted = 0

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Keep the highlighted option on screen: the chat around this list scrolls to it too."""
        super().scroll_to_highlight(top)
        container = self.parent
        if not self._keys_used or self.highlighted is None or not self.is_mounted or not isinstance(container, Widget):
            return
        try:  # where the option is drawn in this list (Textual 8 internals; the version is pinned)
            line, height = self._index_to_line[self.highlighted], self._heights[self.highlighted]
        except (KeyError, IndexError):
            return
        y = self.virtual_region.y + self.gutter.top + line - int(self.scroll_y)
        container.scroll_to_region(Region(0, y, 1, height), animate=False, immediate=True)

    # --- what each option looks like ------------------------------------------------------
    def _prompt(self, index: int) -> Content | Table:
        label = self.labels[index]
        if self.mode == "suggest":
            return Content(label)
        marker = f"{index + 1}."  # every choice: a re-ask says "numbers from 1 to 11", so 11 is shown too
        if self.mode == "many":
            marker = ("[x] " if index in self.ticked or index in self.kept else "[ ] ") + marker
        # A grid gives long labels a hanging indent. Text (not markup) keeps labels literal.
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(no_wrap=True, width=self._marker_width)
        grid.add_column(ratio=1)
        grid.add_row(Text(marker), Text(label))
        return grid

    # --- picking ----------------------------------------------------------------------
    def action_select(self) -> None:
        """Enter: picks (or ticks) the highlighted choice once the person has moved the highlight; a lone
        "Continue" goes on at once. Otherwise nothing is picked, and a short hint says how to pick."""
        if not self.chosen and not (self.mode == "suggest" and len(self.labels) == 1):
            self.show_hint()
            return
        super().action_select()

    def enter_hint(self) -> str:
        """What Enter with nothing chosen should say: how to pick, or, with choices ticked, how to send them."""
        return TICKED_HINT if self.mode == "many" and (self.ticked or self.kept) else ENTER_HINT

    def show_hint(self) -> None:
        """The hint under the list (its border), where it covers no chat text."""
        self.border_subtitle = Content(self.enter_hint())

    def _on_click(self, event: events.Click) -> None:
        # A click picks the choice clicked. Textual runs OptionList's own _on_click itself (each class's handler in
        # turn), so it is not called again here: the call made a coroutine never awaited (a RuntimeWarning in CI).
        self.chosen = True

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id == SEND_ID:
            self.send_ticked()
        else:
            self.pick(event.option_index)

    def pick(self, index: int) -> None:
        """Choose option `index`: sends it at once, or ticks/unticks it when many may be picked."""
        if self.answered or not 0 <= index < len(self.labels):
            return
        if self.mode == "many" and index in self.kept:
            self.app.notify(KEPT_NOTE, markup=False)
            self.highlighted = index
            return
        if self.mode == "many":
            self.ticked ^= {index}
            self.replace_option_prompt_at_index(index, self._prompt(index))
            self.highlighted = index
            return
        answer = self.labels[index] if self.mode == "suggest" else str(index + 1)
        self._finish(answer, self.labels[index])

    def send_ticked(self) -> None:
        if self.answered:
            return
        picked = sorted(self.ticked)
        if not picked and self.kept:  # nothing more: the kept picks are the answer
            self._finish("that's all", "\n".join(self.labels[i] for i in sorted(self.kept)))
            return
        if not picked:
            # Never send "none" for the user: at the red-flag screen it would mean "nothing is
            # happening now". Ask them to tick something (or tick "None of these") instead.
            self.app.notify(TICK_HINT, markup=False)
            return
        answer = ", ".join(str(i + 1) for i in picked)
        self._finish(answer, "\n".join(self.labels[i] for i in picked))

    def _finish(self, answer: str, shown: str) -> None:
        self.answered = True  # a quick double click must not answer twice
        self.post_message(self.Picked(self, answer, shown))

    # --- keys: what is typed here goes to the answer box, exactly as typed ---------------
    # While the box is empty: arrows move, Enter picks (ticks, on a pick-any list), Space ticks
    # on a pick-any list, and a number key types that number into the box and highlights its
    # choice (Enter then sends it; "1," or "1, 2, 4" simply go on as text). Once anything is
    # typed, every key is text. Keys typed fast can still arrive here after the focus was sent
    # to the box; they are the box's: text, editing keys, and an Enter that sends what was typed.
    def _forward_event(self, event: events.Event) -> None:
        # The app hands each key to whatever has the focus as it reads the key. A key that is
        # text for the box is handed to the box right here, in that same order, and the focus
        # moves with it at once: the keys that follow go to the box too, and nothing typed can
        # overtake what was typed before it (two widgets' queues would race).
        if isinstance(event, events.Key) and self._for_box(event):
            box = self.answer_box
            assert box is not None
            number = "123456789".find(event.character or "") + 1 if len(event.character or "") == 1 else 0
            if not box.has_text and self.mode != "suggest" and 0 < number <= len(self.labels):
                self.highlighted = number - 1  # shows which choice the number means
                self.chosen = True
            self._typing = True
            self.screen.set_focus(box, scroll_visible=False)
            box._forward_event(event)
            return
        super()._forward_event(event)

    def _for_box(self, event: events.Key) -> bool:
        """Text typed at the list; and the box's editing keys (Enter sends) while the list is
        handing typing on, not after the arrows brought the keys back here on purpose."""
        box = self.answer_box
        if box is None or not self.is_attached or self.screen.focused is not self:
            return False
        if event.key == "space" and self.mode == "many" and not box.has_text:
            return False  # Space ticks
        if event.is_printable and event.character:
            return True
        if event.key in LINE_BREAK_KEYS and box.has_text:
            return True  # a line break inside what is being typed: the box joins the lines with a space
        return self._typing and event.key in EDIT_ACTIONS

    def _type(self, text: str) -> None:
        box = self.answer_box
        assert box is not None
        self._typing = True
        box.type_text(text)
        box.focus()

    def take_keys(self) -> None:
        """Up or Down in the answer box: the keys come back here, and the chat shows the highlight."""
        self._keys_used = True
        self.chosen = True  # an arrow moved the highlight (to the last choice, or round to the first)
        self._typing = False  # the keys are the list's again
        self.screen.set_focus(self, scroll_visible=False)  # at once: the next key is already ours
        self.scroll_to_highlight()

    def _on_focus(self, event: events.Focus) -> None:
        self._typing = False  # back here on purpose (arrows, Tab, a click): the keys are the list's again

    async def _on_key(self, event: events.Key) -> None:
        self._keys_used = True
        box = self.answer_box
        if box is None:
            await super()._on_key(event)
            return
        typed = box.has_text
        if self._typing and event.key in EDIT_ACTIONS:
            # On its way here while the focus was moving to the box: the box's key (Enter sends).
            event.stop()
            event.prevent_default()
            await box.run_action(EDIT_ACTIONS[event.key])
            return
        if event.key == "space" and self.mode == "many" and not typed and self.highlighted is not None:
            event.stop()
            event.prevent_default()
            self.chosen = True  # ticked on purpose: Enter on it is the person's too
            if self.highlighted < len(self.labels):
                self.pick(self.highlighted)
            else:
                self.send_ticked()
            return
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            number = "123456789".find(event.character) + 1 if len(event.character) == 1 else 0
            if not typed and self.mode != "suggest" and 0 < number <= len(self.labels):
                self.highlighted = number - 1  # shows which choice the number means
                self.chosen = True
            self._type(event.character)
            return
        if event.key == "down" and not self.chosen and self.highlighted == 0:
            # User trial 8 (F3.5): the first Down moved the untouched highlight to choice 2, so Down then Enter at a
            # Yes/No check sent "No". The first Down lands on choice 1: where the highlight stood untouched.
            event.stop()
            event.prevent_default()
            self.chosen = True
            self._keys_used = True
            self.scroll_to_highlight()
            return
        if event.key in MOVE_KEYS:
            self.chosen = True
        if await run_own_binding(self, event):  # arrows, Enter: in the order pressed, here
            return
        await super()._on_key(event)

    def _on_paste(self, event: events.Paste) -> None:
        if self.answer_box is None:
            return
        event.stop()
        event.prevent_default()
        if event.text:
            self._typing = True
            self.answer_box.paste_text(event.text)  # its line breaks kept for the answer sent
            self.answer_box.focus()
