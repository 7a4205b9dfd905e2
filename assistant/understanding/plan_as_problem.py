"""A plan typed where the problem is asked, at the comparison's diagnosis questions (helper u20a, a terminal walk).

"surgery" or "they want to operate" at "What did they say the problem is?" was kept as the diagnosis, so the
comparison showed a plan where the problem goes. When every part of the line reads, at the matching treatment
question, as a plan of dialogues/plan_as_problem.yaml's `plans`, and no word is left beside the plan's own words and
the yaml's `filler`, the line is asked again, saying the plan comes next. "a hernia, needs surgery", "gallstones",
"heart failure" (no plan, or a problem beside it) are kept as typed, as before. A word that alone reads as a plan
("prostatectomy"), a kind of plan ("robotic"), a time said with it ("within 2 months") and what a removal takes out
("remove the prostate") are the plan's words too (lead, walk of 2026-12-07).
"""

from __future__ import annotations

import re

from .phrase_files import PhraseFile
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("plan_as_problem.yaml")
_PARTS = re.compile(r"[,;.!?/]| - |\band\b|\bor\b|\bthen\b", re.I)


def _plan_words(lex, state: str, flow_spec) -> set[str]:
    words = {w for phrases in lex.state(state).choices.values() for p in phrases for w in p}
    for c in flow_spec.choices:
        for s in c.synonyms:
            words.update(tokens(clean(str(s))))
    return words


def _alone(word: str, treatment, read_at, plans) -> str | None:
    """The plan one word names alone at the treatment question ("prostatectomy", by its ending), or None."""
    reading = read_at(word, treatment)
    return reading.value if reading.certainty == SURE and reading.value in plans else None


def plan_as_problem(line: str, spec, lex, read_at) -> Reading | None:
    """The re-ask when `line` is only a plan, else None. `read_at(text, spec)`: the reading of text at a question."""
    states = WORDS.data()["states"]
    if spec.name not in states:
        return None
    from ..flow import default_flow

    treatment = default_flow().state(str(states[spec.name]))
    plans = WORDS.words("plans")
    parts = [p.strip() for p in _PARTS.split(clean(line)) if p and p.strip()]
    if not parts:
        return None
    found = []
    for part in parts:
        reading = read_at(part, treatment)
        if reading.certainty != SURE or reading.value not in plans:
            return None
        found.append(reading.value)
    allowed = _plan_words(lex, treatment.name, treatment) | WORDS.words("filler") | WORDS.words("kinds") | WORDS.words("times")
    toks = tokens(clean(line))
    removal = WORDS.words("removal")
    after_removal = {k for j, t in enumerate(toks) if t in removal for k in range(j + 1, j + 4)}  # "remove the prostate"
    left = [t for k, t in enumerate(toks) if t.isalnum() and t not in allowed and not t.isdigit() and k not in after_removal]
    if any(_alone(t, treatment, read_at, plans) is None for t in left):
        return None  # a word beside the plan's words: perhaps the problem ("breast cancer surgery"), kept as typed
    label = next(c.label for c in treatment.choices if c.id == found[0])
    return Reading(UNCLEAR, None, message=str(WORDS.data()["message"]).format(label=label))
