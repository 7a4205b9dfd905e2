"""A medicine said by its name, at the treatment questions (helper u18b).

"more humira", "metformin", "stay on eliquis": the reader knew "medicine" and "pills" but not the names, so the
line was not understood. At the states of dialogues/named_medicine.yaml, a word that is a medicine's name
(assistant/medicine_names.py) is put as "medicine", unless it is a cancer drug or an antibody (the yaml's
named_medicine_not...: those may be the strong treatment, and stay as they were), or a word the state's own
lexicon already uses in a phrase ("insulin pump": the device).

A second rule, a treatment then a check on it ("medicine and come back in 3 months") read as the treatment, was
tried and taken back: the rounds mark that shape both ways, and it misread lines of the validation round.
"""

from __future__ import annotations

import re
from functools import cache

FILE = "named_medicine.yaml"


@cache
def _data() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


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
