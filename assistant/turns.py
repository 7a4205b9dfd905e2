"""What the engine hands every face: a Turn, and the helpers templates read (Lazy, Answers)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from .render import Deferred, to_plain


@dataclass
class Turn:
    """One assistant turn, ready for any face: Markdown for the UI, plain text for the rest."""

    number: int
    state: str
    stage: str
    kind: str  # ask | reask | confirm | reply | help | why | summary | sources | blocked | bye
    template: str
    markdown: str
    choices: list[str] = field(default_factory=list)
    choice_ids: list[str] = field(default_factory=list)
    multi: bool = False
    urgent: bool = False
    free_text: bool = False
    suggestions: list[str] = field(default_factory=list)  # example answers to pick instead of typing
    kept: list[int] = field(default_factory=list)  # choice numbers kept from a partly understood answer
    plan: dict | None = None
    _plain: str = field(default="", init=False, repr=False, compare=False)
    _plain_of: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._plain_of != self.markdown:  # derived once per Markdown text, used by every face
            self._plain, self._plain_of = to_plain(self.markdown), self.markdown
        return self._plain

    def to_json(self) -> dict:
        record = {
            "turn": self.number,
            "state": self.state,
            "text": self.text,
            "choices": list(self.choices),
            "urgent": self.urgent,
            "stage": self.stage,
            "kind": self.kind,
            "multi": self.multi,
        }
        if self.suggestions:
            record["suggestions"] = list(self.suggestions)
        if self.kept:
            record["kept"] = list(self.kept)
        if self.plan is not None:
            record["plan"] = self.plan
        return record


class Lazy(Deferred):
    """A value for templates that is worked out only if a template reads it (most don't): in an
    `{% if %}` it is its value's truth, and `{{ }}` shows its value (render.py)."""

    def __init__(self, make: Callable[[], object]) -> None:
        self._make = make

    @functools.cached_property
    def value(self):
        return self._make()

    def __getattr__(self, name: str):
        value = self.value
        if isinstance(value, dict) and name in value:
            return value[name]
        return getattr(value, name)

    def __getitem__(self, key):
        return self.value[key]

    def __contains__(self, key) -> bool:
        return key in self.value

    def __iter__(self):
        return iter(self.value)

    def __len__(self) -> int:
        return len(self.value)

    def __bool__(self) -> bool:
        return bool(self.value)

    def __str__(self) -> str:
        return str(self.value)


class Answers(dict):
    """The slots as templates see them: a question not yet answered reads as None.

    Top-level names stay strict (StrictUndefined), so a typo in a template still fails.
    """

    def __missing__(self, key):
        return None
