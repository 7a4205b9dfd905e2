"""Row 2: red-flag screening per utterance, short and long, and how it grows with length.

Short (5 words) and long (2,000 words) lines are shown next to a floor: every sign pattern in
dialogues/red_flags.yaml as one regular expression, run once over the lower-cased line
(finding the signs, without normalising words, cutting clauses or weighing context). Growth: the cost per word at 2,000 words next to the
cost per word at 500 words (1.0 = linear; fail above 1.5), for a patient's story with
punctuation and for a run-on line full of red flags and context cues with none.
"""

from __future__ import annotations

import re

import yaml

from assistant.paths import dialogues_dir
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


def all_signs_regex() -> re.Pattern:
    """Every sign pattern in dialogues/red_flags.yaml (macros expanded) as one regex."""
    with open(dialogues_dir() / "red_flags.yaml", encoding="utf-8") as file:
        rules = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    macros = rules.get("macros", {})

    def expand(pattern: str) -> str:
        for _ in range(5):  # macros may contain macros
            pattern = re.sub(r"\{([a-z][a-z_0-9]*)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
        return pattern

    patterns = [expand(p) for sign in rules["signs"].values() for p in sign["patterns"]]
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b")


def find_signs(regex: re.Pattern, text: str) -> None:
    for _ in regex.finditer(text.lower()):
        pass


def _inner(count: int) -> int:
    return max(1, 4000 // count)  # about 4,000 words screened per sample


def per_word(text: str, count: int) -> float:
    return timed(lambda: screen(text), _inner(count)) / count


def run(quick: bool) -> list[Row]:
    repeats = 5 if quick else 11
    regex = all_signs_regex()
    rows = []
    curve = {}
    for count in LENGTHS:
        text = words(STORY, count)
        pair = interleave(lambda: timed(lambda: screen(text), _inner(count)),
                          lambda: timed(lambda: find_signs(regex, text), _inner(count)), repeats=repeats, budget=3)
        curve[count] = pair
    for count, label in ((5, "a"), (2000, "b")):
        pair = curve[count]
        rows.append(Row(f"2{label} Red-flag screening, {count:,} words", pair.figure_median, pair.floor_median, "s", None,
                        "one regex of all signs", samples={"figure": pair.figure, "floor": pair.floor}))
    rows[0].note = ("per utterance (a patient's story, cut to length); floor: all sign patterns as one regex, once over the lower-cased line. "
                    "Per word: " + ", ".join(f"{c:,} words {curve[c].figure_median / c * 1e6:.1f} µs" for c in LENGTHS) + ".")
    for label, base, name in (("c", STORY, "story"), ("d", RUN_ON, "run-on line full of signs")):
        long_text, short_text = words(base, 2000), words(base, 500)
        pair = interleave(lambda: per_word(long_text, 2000), lambda: per_word(short_text, 500), repeats=repeats, budget=5)
        rows.append(Row(f"2{label} Screening growth, {name}: per word at 2,000 vs 500 words", pair.figure_median,
                        pair.floor_median, "s", 1.5, "per word at 500", samples={"figure": pair.figure, "floor": pair.floor}))
    rows[-1].note = "1.0 means linear in the length of the line; above 1 means worse than linear."
    return rows
