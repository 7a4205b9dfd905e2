"""The progress line: the stages of the conversation, with the current one highlighted."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

# (label shown, the engine stages it covers). Several engine stages share one step so the
# line fits in 80 columns. A stage not listed here (the compare flow) is shown on its own.
STEPS: list[tuple[str, frozenset[str]]] = [
    ("Decision", frozenset({"welcome", "decision"})),
    ("Red flags", frozenset({"red_flags", "urgent_care"})),
    ("Signs", frozenset({"signs", "fit"})),
    ("Timing", frozenset({"timing"})),
    ("Specialist", frozenset({"specialist"})),
    ("Records", frozenset({"records", "logistics"})),
    ("Questions", frozenset({"questions"})),
    ("Plan", frozenset({"summary", "done"})),
]


def step_index(stage: str) -> int | None:
    for index, (_label, stages) in enumerate(STEPS):
        if stage in stages:
            return index
    return None


class StageBar(Static):
    """One line: done steps in green, the current step highlighted, later steps dim. Fits 80 columns."""

    DEFAULT_CSS = """
    StageBar {
        height: 1;
        width: 1fr;
        background: $panel;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current: int | None = None
        self.current_label: str | None = None

    def show_stage(self, stage: str) -> None:
        self.current = step_index(stage)
        if self.current is None:  # a stage of another flow: name it alone
            self.current_label = stage.replace("_", " ").capitalize()
            self.update(Content.styled(self.current_label, "bold reverse"))
        else:
            self.current_label = STEPS[self.current][0]
            self.update(self._render_steps())

    def on_resize(self) -> None:
        if self.current is not None:
            self.update(self._render_steps())

    def _render_steps(self) -> Content:
        full = self._all_steps()
        if self.size.width and full.cell_length > self.content_size.width:  # narrow: the current step only
            label, number = STEPS[self.current][0], self.current + 1
            return Content.assemble((label, "bold reverse"), (f"  step {number} of {len(STEPS)}", "$text-muted"))
        return full

    def _all_steps(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        for index, (label, _stages) in enumerate(STEPS):
            if index:
                parts.append("  ")
            if index == self.current:
                style = "bold reverse"
            elif self.current is not None and index < self.current:
                style = "$text-success"
            else:
                style = "$text-muted"
            parts.append((label, style))
        return Content.assemble(*parts)
