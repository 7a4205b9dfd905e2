"""A word spelt as it sounds, read as the word the assistant knows: "i tole him allredy" has
"already", "dont remembr wat he said" has "remember", "a sergon" is "a surgeon", "the ultrasond"
is "the ultrasound", "the good and bad stuf" is "stuff".

spelling.py puts right a slip of the keys against one question's words (one letter more, less or
swapped). People who spell by ear drop or swap whole vowels and double or undouble letters, and
they do it to any word, not only a choice's. So a word is compared by its sound skeleton (its
first letter, then its consonants, vowels and a silent "h" left out, doubles made single:
"allredy" and "already" are both "alrd") with every word the assistant's word files know
(dialogues/*.yaml, built once). It is read as that word only when:

- the typed word is not itself a known word, is at least `min_length` letters (six: a short real
  word the files do not hold, "swap", would be read as a known one, "sweep"), and its skeleton has
  at least `min_consonants` letters (a short skeleton fits too many words: "wat", "reely");
- exactly one known word has that skeleton, with a length within one letter of the typed word;
- the word is not in `dialogues/sounded.yaml`'s `never` list (real words the files do not hold).

This is a second reading, tried only when the line as written was not understood (read.py), so a
line read already never changes.
"""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file
from .text import clean, tokens

FILE = "sounded.yaml"
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[a-z]+")


def skeleton(word: str) -> str:
    """The first letter, then the consonants, vowels and "h" left out, doubles made single:
    "allredy" -> "alrd", "remembr" -> "rmbr", "sergon" -> "srgn"."""
    if not word:
        return ""
    out = [word[0]]
    for ch in word[1:]:
        if ch in _VOWELS or ch == "h":
            continue
        if out[-1] != ch:
            out.append(ch)
    return "".join(out)


@cache
def _settings() -> tuple[int, int, frozenset[str], tuple[str, ...]]:
    data = read_words_file(FILE) or {}
    return (int(data.get("min_length", 6)), int(data.get("min_consonants", 3)), frozenset(data.get("never", ())),
            tuple(data.get("skip_files", ())))


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, str):
                yield k
            yield from _strings(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _strings(v)


@cache
def known_words() -> frozenset[str]:
    """Every word in the word files of dialogues/ (phrases, choices, prompts), lower case."""
    from ..paths import dialogues_dir

    skip = set(_settings()[3]) | {FILE}
    words: set[str] = set()
    for path in sorted(dialogues_dir().glob("*.yaml")):
        if path.name in skip:
            continue
        for text in _strings(read_words_file(path.name)):
            words.update(_WORD.findall(text.lower().replace("'", "").replace("’", "")))
    return frozenset(words)


@cache
def _by_skeleton() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in known_words():
        out.setdefault(skeleton(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def heard_word(tok: str) -> str | None:
    """The one known word `tok` is spelt by the sound of, or None."""
    min_length, min_consonants, never, _ = _settings()
    if len(tok) < min_length or not tok.isalpha() or tok in never or tok in known_words():
        return None
    key = skeleton(tok)
    if len(key) < min_consonants:
        return None
    close = [w for w in _by_skeleton().get(key, ()) if abs(len(w) - len(tok)) <= 1 and w != tok]
    return close[0] if len(close) == 1 else None


def sounded(line: str) -> str | None:
    """The line with each word spelt by sound replaced by the known word, or None when none was."""
    toks = tokens(clean(line))
    out, changed = [], False
    for tok in toks:
        word = heard_word(tok)
        out.append(word or tok)
        changed = changed or word is not None
    return " ".join(out) if changed else None
