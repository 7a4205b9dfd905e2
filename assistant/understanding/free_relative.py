"""A "what" that names a thing, not a question ("what the doctor wrote", "what they found on the scan").

Said without a question mark, "what" then who spoke then a verb of telling or finding is the thing told: the visit
notes, the report, the plan. Read as a question it got "I cannot answer that here" and "What the doctor wrote?" went on
the person's list (a lead's walk, 2026-12-07). The words are data: dialogues/free_relative.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from .phrase_files import PhraseFile

WORDS = PhraseFile("free_relative.yaml")


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...], int]:
    verbs = tuple(sorted({v for v in WORDS.phrases("verbs") if v}, key=len, reverse=True))
    return WORDS.words("starts"), WORDS.words("speakers"), verbs, int(WORDS.data().get("reach", 4))


def names_a_thing(words: list[str]) -> bool:
    """True for "what the doctor wrote" (the words of a line without its question mark)."""
    starts, speakers, verbs, reach = _data()
    if len(words) < 3 or words[0] not in starts or words[1] not in speakers:
        return False
    window = words[2 : 2 + reach]
    return any(tuple(window[i : i + len(v)]) == v for v in verbs for i in range(len(window)))
