"""The commands typed as a whole line (back, restart, help, why, summary, sources, quit, compare).

Mixed into the Engine (assistant/engine.py), whose state, slots, pending check and turns it uses.
Split out of engine.py (helper lo8) with the one rule added since: an information turn ("?", help, why,
summary, sources) at a Yes/No check keeps the check, and "?" alone there explains the check itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .render import render

if TYPE_CHECKING:
    from .turns import Turn

INFO = ("help", "why", "summary", "sources")


class Commands:
    def explain(self, topic: str) -> str:
        """The Markdown of an information turn ("help", "why", "summary", "sources") for the
        current question, without taking a turn: for faces that show it in a screen of their own."""
        templates = {"help": "help.md.j2", "why": "why.md.j2", "summary": "so_far.md.j2", "sources": "sources.md.j2"}
        self._boot()
        return render(templates[topic], self._context())

    # --- steps --------------------------------------------------------------------------
    def _command(self, command: str, line: str = "") -> Turn:
        if command in INFO and self.pending is not None and self.pending.kind == "confirm" and self.pending.state == self.state:
            return self._info_at_check(command, line)
        if command == "quit":
            self.finished = True
            self._emit({"type": "end", "reason": "quit", "state": self.state})
            return self._turn("bye.md.j2", kind="bye")
        if command in ("back", "restart", "compare") and self.in_urgent_states:
            return self._ask(kind="blocked", note="First, please tell me if this is still happening.")
        if command == "back" and self.pending is not None:
            # `back` at a confirmation (or a half-understood answer) undoes it: nothing is stored.
            self.pending = None
            return self._ask(kind="reask", note="All right, nothing from that answer was kept.", brief=True)
        self.pending = None
        if command == "back":
            return self._back()
        if command == "compare":
            return self._compare()
        if command == "restart":
            self._restart()
            return self._ask(note="We are starting again. Nothing you said before is used.")
        # The question again, without what answered the last one ("Got it: ..."); an information turn whole.
        return self._ask(kind=command, intro=self.explain(command), brief=self.spec.ask not in ("info", "order"))

    def _choice_named(self, command: str, line: str) -> bool:
        """"compare" at "Compare the two opinions now, or plan a third?": the question's own name for a
        choice is that answer, not the command of the same word. Never for the commands that steer
        (back, restart, quit, help), which work at every question."""
        if command in ("back", "restart", "quit", "help") or self.spec.ask not in ("choice", "multi"):
            return False
        from .understanding.text import normalize

        said = normalize(line)
        return any(said == normalize(c.label) or said in c.synonyms for c in self.spec.choices)


    def _info_at_check(self, command: str, line: str) -> Turn:
        """At a Yes/No check ("Did you mean *Within a few weeks*?"): "?" alone asks what the check means (it is
        explained and asked again, check_doubt.py); help, why, summary or sources are shown with the check asked
        again under them, still waiting for its Yes or No (it was dropped, and a later "yes" read as an answer to
        the whole question)."""
        from .understanding.dialogue import CONFIRM_CHOICES
        from .understanding.text import clean

        if command == "help" and clean(line) == "?":
            return self._answer(line)
        asked = self.check_asked or (self.last_turn.markdown if self.last_turn is not None else "")
        return self._turn(self.spec.template, kind=command, markdown=f"{self.explain(command)}\n\n{asked}",
                          choices=list(CONFIRM_CHOICES))
