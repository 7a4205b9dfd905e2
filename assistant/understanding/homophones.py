"""Words voice typing writes for the word said: "number to for and ate" (2, 4 and 8), "the first
won" (the first one), "know rush, there is know set date" (no rush, no set date), "there all done"
(they are all done). The words are data (dialogues/homophones.yaml).

- `as_numbers`: a line that is nothing but a list of numbers, with a number heard as a word ("to",
  "for", "ate", "won"), read with the numbers meant ("number to and number ten": 2 and 10; one
  number only after a word pointing at a choice: "option for"). Tried before the line is read, so "to and
  three" is 2 and 3, not 3 alone. A line with any other word ("for my mom", "to the clinic") is
  never changed, nor a "to" between two numbers ("1 to 5": a range), nor a "too" after one
  ("4 and 5 too": also).
- `letters_said`: letters said by name ("the em are eye", "a see tee"), read as the short name they
  spell when it is a known one (MRI, CT, GP...); tried before the line is read.
- `as_said`: "know" for "no" (unless a word before it makes it "know": "I know", "let me know")
  and "there" for "they're" before "all", "done", "paying"...: a second reading, tried only when
  the line as written was not understood (read.py), so a line read already never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, LexiconError
from .text import clean, tokens

FILE = "homophones.yaml"
_MARKS = frozenset({",", ";", ".", "&", "+", "/", "!", "-"})


@dataclass(frozen=True)
class Heard:
    numbers: dict
    pointers: frozenset
    list_words: frozenset
    know: frozenset
    know_after: frozenset
    there_before: frozenset


@cache
def heard() -> Heard:
    from .datafile import read_words_file

    raw = read_words_file(FILE)
    keys = ("numbers", "pointers", "list_words", "know", "know_after", "there_before")
    if not isinstance(raw, dict) or any(k not in raw for k in keys) or not isinstance(raw["numbers"], dict):
        raise LexiconError(f"dialogues/{FILE}: needs numbers (a mapping) and the lists {', '.join(keys[1:])}")
    if any(not isinstance(raw[k], list) for k in keys[1:]):
        raise LexiconError(f"dialogues/{FILE}: {', '.join(keys[1:])} must be lists of words")
    flat = lambda key: frozenset(str(w).lower() for w in raw[key])  # noqa: E731
    return Heard({str(k).lower(): str(v) for k, v in raw["numbers"].items()}, flat("pointers"), flat("list_words"), flat("know"),
                 flat("know_after"), flat("there_before"))


def _numeric(tok: str, lex: Lexicon) -> bool:
    return tok.isdigit() or tok in lex.numbers or tok in lex.ordinals


def as_numbers(line: str, lex: Lexicon) -> str | None:
    """The line with the numbers meant, or None when it is not a list of numbers with a word
    heard for one."""
    words = heard()
    toks = tokens(clean(line))
    if not toks or not any(t in words.numbers for t in toks):
        return None
    if any(not (t in words.numbers or t in words.list_words or t in _MARKS or _numeric(t, lex)) for t in toks):
        return None
    out: list[str] = []
    changed = False
    for k, tok in enumerate(toks):
        before, after = toks[k - 1] if k else "", toks[k + 1] if k + 1 < len(toks) else ""
        if tok not in words.numbers or tok in lex.numbers:
            out.append(tok)
            continue
        last = out[-1] if out else ""
        ahead = _numeric(after, lex) or after in words.numbers
        if _numeric(last, lex) and last not in lex.ordinals and (tok == "too" or (tok == "to" and ahead)):
            out.append(tok)  # "1 to 5": a range; "4 and 5 too": also
            continue
        if before in lex.ordinals and words.numbers[tok] == "1":
            out.append("one")  # "the first won": the first one
        else:
            out.append(words.numbers[tok])
        changed = True
    said = [t for t in out if _numeric(t, lex)]
    listed = len(said) >= 2 or any(t in words.pointers for t in toks) or any(t in lex.ordinals for t in out)
    return " ".join(out) if changed and listed else None


_KNOW_VERB_NEXT = frozenset({"what", "how", "that", "if", "when", "whether", "about", "why", "who", "which", "where", "it", "this", "the", "my", "your"})


def know_first(line: str, lex: Lexicon, spec=None) -> str | None:
    """ "know, nothing planned", "know more tests": a line opening with "know" (never the verb
    there, unless a question word or an object follows: "know what I mean") read with "no".
    At a question whose choices speak of knowing ("I know the good and bad points"), "Know good
    bad" is the person saying so with "I" left out: the verb, unless a comma follows it."""
    toks = tokens(clean(line))
    if spec is not None and toks[1:2] not in ([","], ["."]) and any("know" in tokens(c.label.lower()) for c in spec.choices):
        return None
    if toks[:1] and toks[0] in heard().know and toks[1:2] and toks[1] not in _KNOW_VERB_NEXT:
        return " ".join(["no"] + toks[1:])
    return None


def as_said(line: str, lex: Lexicon, spec=None) -> str | None:
    """ "know" read as "no", "there" as "they are" where voice typing wrote them; None when
    nothing changes. Never "know" at a question whose choices speak of knowing ("Know good bad":
    the person knows them, with "I" left out)."""
    words = heard()
    knowing = spec is not None and any("know" in tokens(c.label.lower()) for c in spec.choices)
    toks = tokens(clean(line))
    out: list[str] = []
    changed = False
    for k, tok in enumerate(toks):
        before = toks[k - 1] if k else ""
        after = toks[k + 1] if k + 1 < len(toks) else ""
        if tok in words.know and before not in words.know_after and not knowing:
            out.append("no")
            changed = True
        elif tok == "there" and after in words.there_before and before not in ("is", "are", "was", "were", "over", "in", "out", "from", "get", "go", "went"):
            out += ["they", "are"]
            changed = True
        else:
            out.append(tok)
    return " ".join(out) if changed else None


@cache
def _no_for_know() -> tuple[frozenset, frozenset]:
    from .datafile import read_words_file

    raw = read_words_file(FILE).get("no_for_know") or {}
    if not isinstance(raw, dict) or any(not isinstance(raw.get(k, []), list) for k in ("after", "before")):
        raise LexiconError(f"dialogues/{FILE}: no_for_know needs the lists after, before")
    return frozenset(str(w).lower() for w in raw.get("after", [])), frozenset(str(w).lower() for w in raw.get("before", []))


def no_as_know(line: str) -> str | None:
    """ "i no the pros and cons": "no" typed for "know" between the one who knows and what is
    known, read as "know" (else "no" would negate the choice after it); None when nothing changes."""
    after, before = _no_for_know()
    toks = tokens(clean(line))
    hits = [k for k in range(1, len(toks) - 1) if toks[k] == "no" and toks[k - 1] in after and toks[k + 1] in before]
    if not hits:
        return None
    return " ".join("know" if k in hits else t for k, t in enumerate(toks))


@cache
def _letters() -> tuple[dict, frozenset]:
    from .datafile import read_words_file

    raw = read_words_file(FILE)
    names, spelt = raw.get("letter_names") or {}, raw.get("spelt_names") or []
    if not isinstance(names, dict) or not isinstance(spelt, list):
        raise LexiconError(f"dialogues/{FILE}: letter_names needs a mapping, spelt_names a list")
    return {str(k).lower(): str(v).lower() for k, v in names.items()}, frozenset(str(w).lower() for w in spelt)


def letters_said(line: str) -> str | None:
    """ "the em are eye and surgery": "the mri and surgery"; None when nothing changes. A run of two
    or more letter names is joined only when it spells a known short name, so "see you" stays."""
    names, spelt = _letters()
    toks = tokens(clean(line))
    if sum(t in names for t in toks) < 2:
        return None
    out: list[str] = []
    changed = False
    k = 0
    while k < len(toks):
        end = k
        while end < len(toks) and toks[end] in names:
            end += 1
        found = next((e for e in range(end, k + 1, -1) if "".join(names[t] for t in toks[k:e]) in spelt), None)
        if found is None:
            out.append(toks[k])
            k += 1
            continue
        out.append("".join(names[t] for t in toks[k:found]))
        changed = True
        k = found
    return " ".join(out) if changed else None
