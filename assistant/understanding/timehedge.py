"""A hedge that cannot change the answer: at a question about how soon, "next summer maybe",
"in a few months I think", "no hurry, maybe in spring" all fall in "months" whatever the doubt.
When every time said lies well inside one band (not within a third of its edge), the hedge
is about the exact day, not about the choice: stored, not confirmed."""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, Reading
from .text import clean, tokens
from .timewords import read_times

MARGIN = 1.33  # a time this far past a band's edge is well inside the next band


def settle_time_hedge(reading: Reading, line: str, spec, lex, today) -> Reading:
    words = lex.state(spec.name)
    if reading.certainty != LIKELY or not words.time or reading.value not in ("days", "weeks", "months"):
        return reading
    from .third_thoughts import softened  # "kinda urgent I guess": the doubt is on the urgency itself

    if softened(tokens(clean(line))):
        return reading
    times = [w for w in read_times(tokens(clean(line)), lex, today, past=False) if not w.no_rush]
    if not times:  # "wihtin a few munths": the times of the line in plain words
        from .plainer import plainer

        again = plainer(line, spec, lex)
        times = [w for w in read_times(again.split(), lex, today, past=False) if not w.no_rush] if again else []
    if not times:
        return reading
    days_edge, weeks_edge = words.time["days"], words.time["weeks"]
    inside = {"days": lambda d: 0 <= d <= days_edge / MARGIN,
              "weeks": lambda d: days_edge * MARGIN <= d <= weeks_edge / MARGIN,
              "months": lambda d: d >= weeks_edge * MARGIN}[reading.value]
    if all(inside(w.days) for w in times):
        return replace(reading, certainty=SURE)
    return reading
