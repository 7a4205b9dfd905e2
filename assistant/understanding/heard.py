"""Lines said the way they were heard or spoken, put back into the words the reader knows (round 12):

  "number to and number ten", "to and three"   numbers typed by ear or by voice-to-text: 2 and 10, 2 and 3
  "I am not, however, sure"                    an aside inside "not ... sure": still a no to "sure"

The words are data: dialogues/listener.yaml (`sound_alike`, `number_joiners`, `negation_asides`).
"""

from __future__ import annotations

from functools import cache

from .text import clean, tokens


def _words() -> dict:
    from .listener import words

    return words()


@cache
def _raw() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / "listener.yaml", yaml_cache.parse_yaml)


@cache
def _tables() -> tuple[dict[str, str], set[str]]:
    """The sound-alikes and the joiners, worked out once (not at every answer)."""
    alike = {str(k): str(v) for k, v in (_raw().get("sound_alike") or {}).items()}
    joiners = {" ".join(p) for p in _words()["number_joiners"]} | {p[0] for p in _words()["number_joiners"] if p}
    return alike, joiners


_POINTERS = frozenset({"number", "numbers", "num", "nr", "#", "option", "options", "choice", "choices", "item", "items"})


def numbers_by_ear(line: str, lex) -> str | None:
    """The line with sound-alike words put as numbers, when the line is made only of numbers,
    pointers and joiners and has at least one sound-alike; None otherwise."""
    toks = tokens(clean(line))
    alike, joiners = _tables()
    if not toks or not any(t in alike for t in toks) or len(toks) > 12:
        return None
    numbers = set(lex.numbers)
    real = lambda t: t.isdigit() or t in numbers  # noqa: E731
    out, said = [], any(real(t) or t in _POINTERS for t in toks)  # a real number or "number" beside the sound-alikes
    for i, t in enumerate(toks):
        if real(t):
            out.append(t)
        elif t in alike:
            before = toks[i - 1] if i else ""
            after = toks[i + 1] if i + 1 < len(toks) else ""
            if t in ("to", "too") and real(before) and (real(after) or t == "too"):
                out.append(t)  # "2 to 5": a range; "2 too": also
            else:
                out.append(alike[t])
        elif t in joiners:
            out.append(t)
        else:
            return None
    changed = out != toks
    return " ".join(out) if said and changed else None


def without_negation_asides(toks: list[str]) -> list[str]:
    """ "not , however , sure" -> "not sure": an aside between commas (or dashes) right after "not"."""
    if "not" not in toks:
        return toks
    asides = _words()["negation_asides"]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        out.append(t)
        if t == "not" and i + 1 < len(toks) and toks[i + 1] in (",", "-"):
            mark = toks[i + 1]
            for p in asides:
                end = i + 2 + len(p)
                if tuple(toks[i + 2 : end]) == p and end < len(toks) and toks[end] == mark:
                    i = end  # the closing mark is skipped with the aside
                    break
        i += 1
    return out
