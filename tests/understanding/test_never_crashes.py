"""Whatever is typed at whatever question, the reading is well formed and never a crash."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.flow import default_flow
from assistant.understanding import LIKELY, SURE, UNCLEAR, read
from assistant.understanding.dialogue import step

FLOW = default_flow()
ASKING = [s for s in FLOW.states.values() if s.ask != "info"]
WORDS = st.sampled_from(["no", "not", "all", "but", "except", "the", "first", "last", "one", "2", "10", "-", ",", "and", "?", "mri",
                         "by", "the 15th", "dec", "4", "weeks", "my", "son", "none", "yes", "im", "her", "daughter", "²", "don't", "know"])
LINES = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=12).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(state=st.sampled_from(ASKING), line=LINES)
def test_any_line_at_any_question_reads_without_error(state, line):
    items = ["A?", "B?", "C?"] if state.ask == "order" else None
    reading = read(line, state, today=date(2026, 12, 2), items=items)
    assert reading.certainty in (SURE, LIKELY, UNCLEAR)
    if reading.sure and state.ask in ("choice", "multi"):
        ids = {c.id for c in state.choices}
        values = reading.value if isinstance(reading.value, list) else [reading.value]
        assert values and set(values) <= ids  # only ever a real choice of this question
        if state.multi and state.none_choice in values:
            assert values == [state.none_choice]  # "none" never stored with other picks
        elif state.multi:
            assert len(values) >= state.min_picks
    result = step(line, state, None, today=date(2026, 12, 2), items=items)
    assert result.action in ("store", "confirm", "reask", "reply")
