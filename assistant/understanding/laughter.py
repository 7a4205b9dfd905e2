"""Laughter typed between a short answer and the story after it, read as the comma it stands for.

"me lol tore up my shoulder at practice" is "me, tore up my shoulder at practice": the laugh ends the answer
("me"), and the rest is the person's story, kept as a note the way a comma would keep it. Read as typed,
the whole line was one unknown part and asked again. Only after the first few words of a line (an answer,
not a sentence), only when words follow, and never when the words after the laugh take the answer back
("me lol no, my dad", "2 haha jk"). Words are data (dialogues/laughter.yaml). (helper 11b10)
"""

from __future__ import annotations

import re
from functools import cache

FILE = "laughter.yaml"


@cache
def _pattern():
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    if not isinstance(raw, dict) or not raw.get("laughs") or not isinstance(raw.get("turns"), list) or not isinstance(raw.get("most_words"), int):
        raise LexiconError(f"dialogues/{FILE}: needs the lists laughs and turns, and most_words (a number)")
    alt = lambda words: "|".join(r"\s+".join(map(re.escape, str(w).lower().split())) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    most = raw["most_words"]
    return re.compile(rf"^(\s*(?:[\w'’#]+\s+){{0,{most - 1}}}[\w'’#]+)\s*[,.!]*\s+(?:{alt(raw['laughs'])})[\s,.!]*(?!(?:{alt(raw['turns'])})\b)"
                      rf"(?=[\w'’]+\s+[\w'’])", re.IGNORECASE)


def as_comma(line: str) -> str | None:
    """The line with a laugh after its short answer put as a comma ("me, tore up my shoulder"), or None."""
    if len(line) > 400:
        return None
    out = _pattern().sub(lambda m: f"{m.group(1)}, ", line, count=1)
    return out if out != line else None
