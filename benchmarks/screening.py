"""Row 2: red-flag screening per utterance, short and long, and how it grows with length.

Short (5 words) and long (2,000 words) lines next to a floor: reading the line once, lower-cased
and cut into words by one regex (`[a-z0-9']+`), the least any screening must do. The targets
of 2a and 2b are regression guards set from today's ratios with room for this machine's noise
(screening normalises, spells, cuts clauses and weighs negation and context, so it cannot come
near the floor); they fail if screening gets markedly slower per word. Growth: the cost per word
at 2,000 words next to the cost per word at 500 words (1.0 = linear; fail above 1.5), for a
patient's story with punctuation and for a run-on line full of red flags and context cues.
(Before issue 17 the floor of 2a/2b was every sign pattern as one regex: slower than screening
itself, so those rows could never fail.)
"""

from __future__ import annotations

import re

from assistant.safety import screen

from .report import Row
from .timing import interleave, timed

STORY = (
    "My doctor wants me to have knee surgery next month, but I am not sure it is the right choice. "
    "I have had pain in my left knee for two years, and it is worse when I climb stairs. "
    "There is no chest pain and no trouble breathing. My father had a stroke years ago, so I worry. "
    "Last week I felt dizzy for a moment after standing up, but it passed. "
    "The surgeon said the scan shows wear in the joint, and physical therapy did not help much. "
    "I would like to know what another specialist thinks before I decide. "
)
RUN_ON = (
    "i had chest pain and sweating yesterday no numbness now my dad was unconscious last year "
    "and i felt short of breath when i walk up the hill "
)
LENGTHS = (5, 50, 500, 2000)


def words(base: str, count: int) -> str:
    pool = base.split()
    return " ".join((pool * (count // len(pool) + 1))[:count])


WORDS = re.compile(r"[a-z0-9']+")


def read_words(text: str) -> None:
    WORDS.findall(text.lower())


def _inner(count: int) -> int:
    return max(1, 4000 // count)  # about 4,000 words screened per sample


def per_word(text: str, count: int) -> float:
    return timed(lambda: screen(text), _inner(count)) / count


def run(quick: bool) -> list[Row]:
    repeats = 5 if quick else 11
    rows = []
    curve = {}
    for count in LENGTHS:
        text = words(STORY, count)
        pair = interleave(lambda: timed(lambda: screen(text), _inner(count)),
                          lambda: timed(lambda: read_words(text), _inner(count)), repeats=repeats, budget=3)
        curve[count] = pair
    for count, label, target in ((5, "a", 60.0), (2000, "b", 160.0)):
        pair = curve[count]
        rows.append(Row(f"2{label} Red-flag screening, {count:,} words", pair.figure_median, pair.floor_median, "s", target,
                        "read the words once", samples={"figure": pair.figure, "floor": pair.floor}))
    rows[0].note = ("per utterance (a patient's story, cut to length); floor: the lower-cased line cut into words by one regex; "
                    "targets: regression guards from today's ratios (see screening.py). "
                    "Per word: " + ", ".join(f"{c:,} words {curve[c].figure_median / c * 1e6:.1f} µs" for c in LENGTHS) + ".")
    for label, base, name in (("c", STORY, "story"), ("d", RUN_ON, "run-on line full of signs")):
        long_text, short_text = words(base, 2000), words(base, 500)
        pair = interleave(lambda: per_word(long_text, 2000), lambda: per_word(short_text, 500), repeats=repeats, budget=5)
        rows.append(Row(f"2{label} Screening growth, {name}: per word at 2,000 vs 500 words", pair.figure_median,
                        pair.floor_median, "s", 1.5, "per word at 500", samples={"figure": pair.figure, "floor": pair.floor}))
    rows[-1].note = "1.0 means linear in the length of the line; above 1 means worse than linear."
    return rows
