"""Is a line written in Spanish? An urgent turn for such a line adds the short line in Spanish,
whatever words the sign was found in ("mami está en quimio y ahora tiene fever de 101": the fever
is English, the line is Spanish). Two different Spanish words (dialogues/spanish_words.yaml) say so;
the words English shares are left out of the list."""

from __future__ import annotations

import re
from functools import cache

FILE = "spanish_words.yaml"
_WORD = re.compile(r"[^\W\d_]+")
# Two of these in an English line are not Spanish ("el" in "El Paso", "con" in "pros and con").
_NEEDED = 2


@cache
def _words() -> frozenset[str]:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    if not isinstance(data, dict) or not isinstance(data.get("words"), list) or not all(isinstance(w, str) for w in data["words"]):
        raise ValueError(f"dialogues/{FILE}: needs a list 'words' of words (quote yes, no, on, off)")
    return frozenset(w.lower() for w in data["words"])


def is_spanish(text: str) -> bool:
    words = _words()
    seen = {w for w in _WORD.findall(text.lower()) if w in words}
    return len(seen) >= _NEEDED
