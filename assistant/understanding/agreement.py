"""Verbs without their endings, as learners of English often say them: "he turn one next week" (he
turns), "doctor see him already" (the doctor has seen him), "insurance pay already". A second
reading (read.py), tried only when the line as written was not understood: a bare verb after a
person named as the subject takes its -s form, and a bare verb with "already" later in its clause
is read as done ("has seen"). Words are data (dialogues/agreement.yaml)."""

from __future__ import annotations

from functools import cache

from .text import clean, tokens

FILE = "agreement.yaml"
_CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", "and", "but", "so"})


@cache
def _data() -> tuple[dict, frozenset]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    verbs = raw.get("verbs") if isinstance(raw, dict) else None
    subjects = raw.get("subjects") if isinstance(raw, dict) else None
    if not isinstance(verbs, dict) or not isinstance(subjects, list) \
            or any(not isinstance(v, list) or len(v) != 2 for v in verbs.values()):
        raise LexiconError(f"dialogues/{FILE}: needs verbs (verb: [he form, has form]) and subjects")
    return {str(k): (str(v[0]), str(v[1])) for k, v in verbs.items()}, frozenset(str(s) for s in subjects)


def agreed(line: str) -> str | None:
    """The line with its bare verbs given their endings, or None when none is."""
    verbs, subjects = _data()
    toks = tokens(clean(line))
    out: list[str] = []
    changed = False
    for k, tok in enumerate(toks):
        if tok in verbs and k and toks[k - 1] in subjects:
            rest = []
            for t in toks[k + 1 :]:
                if t in _CLAUSE_ENDS:
                    break
                rest.append(t)
            if "already" in rest:
                out += ["has", verbs[tok][1]]  # "doctor see him already": has seen
            else:
                out.append(verbs[tok][0])  # "he turn one": he turns
            changed = True
            continue
        out.append(tok)
    return " ".join(out) if changed else None
