"""A formal or chatty opening before the answer ("Kindly note we have the PSA results", "For the
record, the scans", "Good day. To answer your question, the second one"): left out before the line
is read at a choice question, so "note" picks no visit notes and "record" no records. Only at the
start of the line, after a greeting at most; words in dialogues/remarks.yaml (`openings`, `greetings`)."""

from __future__ import annotations

from functools import cache

from .text import clean, tokens


@cache
def _phrases() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import parse_yaml
    from .lexicon import LexiconError

    raw = yaml_cache.load(dialogues_dir() / "remarks.yaml", parse_yaml)
    out = []
    for key in ("openings", "greetings"):
        items = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(items, list):
            raise LexiconError(f"dialogues/remarks.yaml: needs the list {key}")
        out.append(tuple(sorted({tuple(tokens(str(i))) for i in items}, key=len, reverse=True)))
    return out[0], out[1]


def without_opening(line: str) -> str | None:
    """The line without its opening, or None when it has none (or nothing follows it)."""
    openings, greetings = _phrases()
    toks = tokens(clean(line))
    k = 0
    for g in greetings:
        if tuple(toks[: len(g)]) == g:
            k = len(g)
            break
    while k < len(toks) and toks[k] in (",", ".", "!", "-", ";"):
        k += 1
    for phrase in openings:
        if tuple(toks[k : k + len(phrase)]) == phrase:
            rest = toks[k + len(phrase) :]
            while rest and rest[0] in (",", ".", "!", "-", ";", ":"):
                rest = rest[1:]
            return " ".join(rest) if rest else None
    return None


@cache
def _sure_before() -> frozenset[str]:
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import parse_yaml
    from .lexicon import LexiconError

    raw = yaml_cache.load(dialogues_dir() / "remarks.yaml", parse_yaml)
    items = raw.get("sure_before") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise LexiconError("dialogues/remarks.yaml: needs the list sure_before")
    return frozenset(str(i).lower() for i in items)


def without_sure(line: str, spec) -> str | None:
    """ "Sure I haven't a notion": the line without its first "sure", when the subject of a clause
    follows it with no comma between and no choice at the question is about being sure."""
    words = line.lstrip().split(None, 1)
    if len(words) < 2 or words[0].lower() != "sure":
        return None
    toks = tokens(clean(words[1]))
    if not toks or toks[0] not in _sure_before():
        return None
    if any("sure" in tokens(" ".join((c.id.replace("_", " "), c.label, *c.synonyms))) for c in spec.choices):
        return None  # "sure I guess" at "How sure...?": the word may be the answer
    return words[1]
