"""A line typed at a turn that only tells ("Press Enter to go on."). Nothing is asked there, so:

- words that only say "go on" ("ok", "got it, thanks"): go on;
- a question ("what does that mean", "can I bring my daughter?"), with or without its "?": a
  reply, then the same turn (as at every question);
- a line that says there is nothing to add ("none", "n/a", "nothing, thanks"): go on, no note (lo10);
- a line that asks to go on in words of its own ("show me the plan", "next step", "whats next"): go on, no note (ut16);
- a line of numbers only ("2", "3, 4"): a pick typed where there is nothing to pick (typed ahead
  for the next list, or a slip), so it is not kept as a note "2" in the plan: "1" goes on (Continue
  is the one choice), any other number says there is nothing to pick and shows the same turn (ut15b);
- anything else ("he has a stress test on the 14th"): go on, with the line kept as a note for the
  plan and said back, so nothing the person typed is dropped silently.

The go-on words are data: dialogues/info_turns.yaml.
"""

from __future__ import annotations

from functools import cache

from .reading import SURE, UNCLEAR, Reading

FILE = "info_turns.yaml"
_MARKS = frozenset({",", ".", "!", "?", "-", "...", ";", ":"})


@cache
def go_on_words() -> frozenset[str]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    if not isinstance(raw, dict) or not isinstance(raw.get("go_on"), list):
        raise LexiconError(f"dialogues/{FILE}: needs a list 'go_on' of words")
    odd = [w for w in raw["go_on"] if not isinstance(w, str)]
    if odd:  # YAML reads a bare on, yes, no, true as a boolean: the word would be lost
        raise LexiconError(f"dialogues/{FILE}: go_on holds {odd[0]!r}, not a word; put words like on, yes, no and true in quotes")
    return frozenset(w.lower() for w in raw["go_on"])


@cache
def _nothing_to_add() -> frozenset[tuple[str, ...]]:
    from .datafile import read_words_file
    from .text import clean, tokens

    raw = read_words_file(FILE)
    return frozenset(tuple(tokens(clean(str(p)))) for p in raw.get("nothing_to_add") or [])


@cache
def _nothing_to_pick() -> str:
    from .datafile import read_words_file

    raw = read_words_file(FILE)
    return str(raw.get("nothing_to_pick") or "There is nothing to pick here.")


@cache
def _moving_on() -> frozenset[tuple[str, ...]]:
    from .datafile import read_words_file
    from .text import clean, tokens

    raw = read_words_file(FILE)
    return frozenset(tuple(w for w in tokens(clean(str(p))) if w not in _MARKS and w not in go_on_words()) for p in raw.get("moving_on") or [])


def says_move_on(words: list[str]) -> bool:
    """ "ok lets see the plan", "show me the plan", "whats next": the whole line asks to go on (helper ut16)."""
    core = tuple(w for w in words if w not in go_on_words())
    return bool(core) and core in _moving_on()


def says_nothing_to_add(words: list[str]) -> bool:
    """ "none", "n/a", "nothing, thanks": the whole line, once the go-on words are left out."""
    core = tuple(w for w in words if w not in go_on_words())
    return bool(core) and core in _nothing_to_add()


def at_info(text: str, toks: list[str], spec, lex) -> Reading:
    from .asking import answer_question, question_form

    words = [t for t in toks if t not in _MARKS]
    if not words or all(t in go_on_words() for t in words) or says_nothing_to_add(words) or says_move_on(words):
        return Reading(SURE, None)
    if all(w.isdigit() for w in words):  # "2" typed at "Press Enter to go on": a pick with no list
        if all(w.lstrip("0") == "1" for w in words):
            return Reading(SURE, None)
        return Reading(UNCLEAR, None, message=_nothing_to_pick())
    mark, start = question_form(text, toks, lex)
    if start or (mark and len(words) > 1):
        return answer_question(text, toks, spec, lex)
    return Reading(SURE, None, note=text)
