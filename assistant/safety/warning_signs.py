"""Indirect warning signs of suicide: any one of them gets the check question with the crisis line.

Some people say it sideways (user trial 7, a 19-year-old at an antidepressant switch): "not sure ill
still be around by then", "cant see a future", "a stash of my old pills saved up just in case",
"giving most of my stuff away". The red-flag screen and the self-harm cues (self_harm_cues.py) need a
wish, an intent or a means beside an act; these signs alone are enough to ask, with the crisis line,
before the line is read as an answer. The words are in dialogues/warning_signs.yaml: kinds of sign,
and stoppers (away or moving, a prognosis, history, pills kept for a migraine) that keep a sentence
and the one after it quiet. It only ever raises a quiet line to the check question, or adds the crisis
to a check question about something else; it never lowers anything.

The lists are kept compiled with their anchors, as the self-harm cues are (cue_tables.py): one scan of
the line's sentences says which lists can match in which sentence, and a list with no anchor in a
sentence is not run there (it has no match there: the same result, most lines run no list at all).
"""

from __future__ import annotations

from functools import cache

from .self_harm_cues import _about_other, normalised  # (about_other lives in someone_else.py)
from .self_harm_cues import line_sentences as _sentences

FILE = "warning_signs.yaml"
_STOPPERS = "all"  # the stoppers' groups are one list (a stopper of any group keeps the sentence quiet)


@cache
def _tables():
    """The signs' lists and the stoppers (cue_tables.py: compiled, with anchors, kept in the user's cache)."""
    from .cue_tables import load

    return load(*cue_source())


def cue_source():
    """(the YAML, its sections, its reader): what cue_tables.load and the shipped file are made from."""
    from .. import yaml_cache
    from ..paths import dialogues_dir

    path = dialogues_dir() / FILE
    kinds = tuple(_checked(yaml_cache.load(path, yaml_cache.parse_yaml))["signs"])
    return path, {"signs": kinds, "stoppers": (_STOPPERS,)}, _checked


def _checked(data) -> dict[str, dict[str, list[str]]]:
    """The YAML's sign lists by kind, and the stoppers of every group as one list; a wrong shape is refused."""
    if not isinstance(data, dict) or set(data) != {"signs", "stoppers"}:
        raise ValueError(f"dialogues/{FILE}: needs exactly the maps 'signs' and 'stoppers'")
    groups = [*data["signs"].values(), *data["stoppers"].values()]
    if not all(isinstance(items, list) and items and all(isinstance(i, str) and i.strip() for i in items) for items in groups):
        raise ValueError(f"dialogues/{FILE}: each group needs a list of patterns")
    return {"signs": dict(data["signs"]), "stoppers": {_STOPPERS: [item for items in data["stoppers"].values() for item in items]}}


def found(text: str) -> list[tuple[str, str]]:
    """(kind, the words) for each indirect warning sign in the line that no stopper near it takes back."""
    tables = _tables()
    signs, stoppers = tables.sections["signs"], tables.sections["stoppers"][_STOPPERS]
    sentences = _sentences(text)
    # each sentence and each pair of neighbours is a piece of the sentences joined: one anchor scan says
    # which lists can match in each (cue_tables.py)
    lists = tables.in_sentences(sentences)
    out = []
    for i, sentence in enumerate(sentences):
        may = lists(i, i + 1)
        near = None
        for kind, pattern in signs.items():
            if f"signs.{kind}" not in may:
                continue  # no anchor of this kind in the sentence: no match
            match = pattern.search(sentence)
            if match:
                if near is None:
                    end = min(i + 2, len(sentences))
                    near_may = lists(i, end)
                    near = f"stoppers.{_STOPPERS}" in near_may and bool(stoppers.search(" ".join(sentences[i:end])))
                if not near:
                    out.append((kind, match.group()))
    return out


def with_warning_signs(text: str, screening):
    """The screen's result, with the crisis asked about when an indirect warning sign is in the line:
    a quiet line gets the check question (self_harm); a check question about something else gets the
    crisis too; an urgent turn or a crisis already found is left as it is."""
    if screening.is_emergency or screening.crisis:
        return screening
    signs = found(text)
    if not signs:
        return screening
    from .screening import LEVEL_NAMES, Screening

    words = tuple(dict.fromkeys(w for _, w in signs))
    advice = ("crisis_other",) if _about_other(" ".join(normalised(text))) else ()
    if any(kind == "means_kept" for kind, _ in signs):
        advice = (*advice, "medicines_away")  # a stash of pills: put them out of reach (helper sh8)
    if screening.level == LEVEL_NAMES[0]:
        return Screening("ask", ("self_harm",), words[:4], (), advice)
    return Screening(screening.level, ("self_harm", *screening.categories), (*words[:4], *screening.matched),
                     screening.recognised, tuple(dict.fromkeys((*advice, *screening.advice))), screening.told_now)
