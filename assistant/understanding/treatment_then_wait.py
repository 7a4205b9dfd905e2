"""A treatment, then waiting to see how it works, at the treatment questions (helper u18b).

"tablets and wait", "more humira and wait lol", "birth control pills and see how it goes": the line named a
treatment and watch-and-wait, so it was asked which one was meant, though the waiting is only the check on the
treatment. When the words before "and <wait>" (dialogues/treatment_then_wait.yaml) read as one sure treatment that
is not watch and wait, the line is put as those words. "pills or wait", "surgery, or wait and see" (two plans) and
"wait and see" alone are read as typed.

A medicine said by its name ("more humira and wait lol", "metformin"): at the same questions, a word that is a
medicine's name (assistant/medicine_names.py) is put as "medicine", unless it is a cancer drug or an antibody
(the yaml's named_medicine_not...: those may be the strong treatment, and stay asked).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

FILE = "treatment_then_wait.yaml"


@cache
def _data() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


@cache
def _pattern() -> re.Pattern:
    data = _data()
    joins = "|".join(r"\s+".join(map(re.escape, j.split())) for j in sorted(data["joins"], key=len, reverse=True))
    waits = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(data["waits"], key=len, reverse=True))
    return re.compile(rf"^(?P<head>.+?)[\s,]+(?:{joins})\s+(?:{waits}){data['tail']}", re.IGNORECASE)


def treatment_then_wait(line: str, spec, read_head: Callable) -> str | None:
    """The treatment named before "and wait", or None when the line is not so."""
    if spec.name not in _data()["states"]:
        return None
    found = _pattern().match(line.strip())
    if not found:
        return None
    head = found.group("head").strip(" ,")
    if re.search(r"\b(?:or|either|maybe|not sure|unsure)\b", head, re.IGNORECASE):
        return None  # "pills or surgery and wait": more than one plan before the waiting
    reading = read_head(head)
    if reading.certainty != "sure" or not isinstance(reading.value, str) or reading.value in ("watch", "other", "tests"):
        return None
    return head


@cache
def _lexicon_words(state: str) -> frozenset[str]:
    """The words of the state's own lexicon phrases ("insulin pump": a device): a name among them is left to the lexicon."""
    from .. import yaml_cache
    from ..paths import dialogues_dir

    words = yaml_cache.load(dialogues_dir() / "lexicon.yaml", yaml_cache.parse_yaml)["states"].get(state, {}).get("choices", {})
    return frozenset(w for phrases in words.values() for phrase in phrases for w in str(phrase).lower().split())


_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")


def named_medicine(line: str, spec) -> str | None:
    """The line with each medicine's name put as "medicine", or None when it names none."""
    if spec.name not in _data()["states"]:
        return None
    from ..medicine_names import is_medicine

    data = _data()
    skip, endings = set(data["named_medicine_not"]) | _lexicon_words(spec.name), tuple(data["named_medicine_not_endings"])

    def plain(found: re.Match) -> str:
        word = found.group(0).lower()
        if word in skip or word.endswith(endings) or not is_medicine(word):
            return found.group(0)
        return "medicine"

    out = _WORD.sub(plain, line)
    return out if out != line else None
