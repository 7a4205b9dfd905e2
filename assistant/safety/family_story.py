"""A relative's illness retold, screened without its story (helper sh18, issue 12 item 3; dialogues/family_story.yaml).

"my aunt had a stroke at 50, that's why I worry" is a family story, not an emergency: the line is cut into clauses; a
clause naming a relative (or going on about one in a pronoun) in a sentence with a long-ago marker, and no now word,
is part of the story. The line screened with its story clauses left out is taken when it is quiet: a rest still
asked about keeps the line as read in full. It only ever lowers a line that holds such a story, to what the rest of it says.
"""

from __future__ import annotations

import re
from functools import cache

FILE = "family_story.yaml"
_APOSTROPHES = re.compile(r"['’`]")
_SENTENCE = re.compile(r"[.!?;\n]+")


@cache
def _tables() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    out = {}
    for key in ("relative", "pronoun", "told_past", "now", "now_line"):
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i for i in items):
            raise ValueError(f"dialogues/{FILE}: {key} needs a list of patterns")
        out[key] = re.compile("(?<!\\w)(?:" + "|".join(f"(?:{item})(?!\\w)" for item in items) + ")")
    cuts = data.get("cut_words")
    if not isinstance(cuts, list) or not all(isinstance(c, str) and c for c in cuts):
        raise ValueError(f"dialogues/{FILE}: cut_words needs a list of words")
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cuts, key=len, reverse=True))
    out["cut"] = re.compile(rf"[,:]|(?<!\w)(?=(?:{words})(?!\w))", re.I)
    return out


def _plain(piece: str) -> str:
    return " ".join(re.findall(r"\w+", _APOSTROPHES.sub("", piece.lower())))


def story_spans(text: str) -> list[tuple[int, int]]:
    """Where the line's story clauses are (character offsets), in order; none when the line tells no family story."""
    tables, spans = _tables(), []
    if tables["now_line"].search(_plain(text)):
        return spans  # the story is the background of something going on: read with it
    start = 0
    for end_match in _SENTENCE.finditer(text + "."):
        s_start, s_end = start, end_match.start()
        start = end_match.end()
        sentence = text[s_start:s_end]
        if not tables["told_past"].search(_plain(sentence)):
            continue
        cuts = [0] + [m.start() if m.group() not in ",:" else m.end() for m in tables["cut"].finditer(sentence)] + [len(sentence)]
        previous, told, going_on = False, [], False
        for a, b in zip(cuts, cuts[1:]):
            clause = _plain(sentence[a:b])
            if not clause:
                continue
            names = tables["relative"].search(clause) or (previous and tables["pronoun"].search(clause))
            previous = bool(names) and not tables["now"].search(clause)
            going_on = going_on or bool(names) and not previous  # a relative told of in the present: no story here
            if previous:
                told.append((s_start + a, s_start + b))
        if not going_on:
            spans.extend(told)
    return spans


def with_family_story(text: str, screening, screen_again):
    """The screening of the line, or of the line without its family story when that is quieter (never louder)."""
    if screening.level == "none" or not isinstance(text, str) or "self_harm" in screening.categories:
        return screening  # a relative's suicide retold is asked, with the crisis line, by design (round 14's test)
    spans = story_spans(text)
    if not spans:
        return screening
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    rest = " ".join("".join(chars).split())
    again = screen_again(rest) if rest.strip(" ,.;:!?") else None
    if again is None:
        return type(screening)()  # the whole line is the story: nothing
    # only when the rest says nothing at all: a rest that is still asked about may need the story to be read right
    return again if again.level == "none" else screening
