"""Saying back what an answer in a person's own words was taken as.

An answer typed as numbers ("2", "1, 3"), a bare yes/no/none/all, one word ("me", "MRI"), or
only words of the choices it was taken as ("watch and wait") is plain to the person who typed it. An answer in their own words ("they want to do it in
january") was read by rules, and the person should see how: the next turn opens with
"I took that as *Within a few weeks*." and how to change it, so a wrong reading is caught
at once instead of turning up in the plan.
"""

from __future__ import annotations

from collections.abc import Callable

from ..flow import StateSpec
from .lexicon import fold
from .text import SEPARATORS, tokens
from .skipping import SKIPS  # "skip" taken as "Not sure": said back, it is no choice's word

# Words that add nothing to a pick by number, by place or a plain yes/no: with them alone, no echo.
_PLAIN = frozenset({
    "yes", "no", "y", "yeah", "yep", "nope", "none", "all", "ok", "okay", "both", "number", "numbers", "choice", "choices",
    "option", "options", "just", "only", "first", "second", "third", "fourth", "fifth", "last", "top", "one", "two",
    "three", "four", "five", "the", "a", "an", "i", "im", "it", "its", "is", "my", "to", "of",
    # texting "n" for "and", and a hedge on numbers ("2 n 10 i guess": a plan printed "About the signs: 2 n 10 i guess")
    "n", "guess", "think", "suppose", "probably", "prob", "prolly", "maybe",
})
MAX_NAMED = 3  # more picks than this are said back by their numbers


def _words(text: str) -> list[str]:
    return [fold(t) for t in tokens(text) if t.isalnum() and t not in SEPARATORS and t not in _PLAIN and not t.isdigit()]


def _plain(line: str, named: Callable[[], list[str]]) -> bool:
    """Numbers and yes/no words only, one word of its own, or only words of what was picked
    (`named()`: their names, worked out only when the line has words of its own)."""

    if line.strip(" ?!.").lower() in SKIPS:
        return False
    words = _words(line)
    amount = len(words) == 1 and any(t.isdigit() for t in tokens(line))  # "19 days": an amount, not a pick by number
    if len(words) <= 1 and not amount:  # "me", "surgery", "MRI": one word is plain enough
        return True
    return set(words) <= {w for name in named() for w in _words(name)}


def echo(line: str, spec: StateSpec, value, label: Callable[[str], str], note: str = "", removed: tuple = ()) -> str:
    """What to say before the next question, or "" when the answer was plain as typed.
    `label(choice_id)` gives a choice's words as the person would say them; `note`, the reason
    kept with the answer ("I had the MRI in March"), is said back too."""
    if spec.ask == "order":
        return _order_echo(line, value, removed)
    if spec.ask == "info":  # a line typed where nothing is asked: kept, and said so (info_turns.py)
        return f'I kept your note "{_short(note)}". It will be in your plan.' if note else ""
    if spec.ask not in ("choice", "multi") or value is None:
        return ""
    picked = value if isinstance(value, list) else [value]
    order = [c.id for c in spec.choices]
    picked = sorted((p for p in picked if p in order), key=order.index)
    if not picked or _plain(line, lambda: [label(p) for p in picked] + [p.replace("_", " ") for p in picked]):
        return ""
    if len(picked) > MAX_NAMED:
        numbers = [str(order.index(p) + 1) for p in picked]
        said = f"{', '.join(numbers[:-1])} and {numbers[-1]}"
    else:
        names = [f'"{label(p)}"' for p in picked]
        said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    kept = f', and kept your note "{note}"' if note else ""
    return f"I took that as {said}{kept}. If that is not right, type back."


_KEEP_WORDS = frozenset({"ok", "okay", "skip", "keep", "kept", "fine", "good", "same", "leave", "as", "is", "it", "that", "thats", "order", "the", "this", "yes", "yep", "sure", "great", "perfect"})


def short(question) -> str:
    question = str(question)
    return question if len(question) <= 90 else question[:87] + "..."


def _order_echo(line: str, value, removed: tuple = ()) -> str:
    """A new order asked for in words ("put 5 first", "the family one first", "swap 1 and 2") is
    said back by its first question; numbers alone ("3 1 2") and "ok" are plain as typed. Questions
    taken off the list ("drop 4") are named."""
    if not isinstance(value, list) or not value:
        return ""
    if removed:
        gone = "; ".join(f'"{short(q)}"' for q in removed)
        return f'I took off {gone}. Your questions now start with "{short(value[0])}". If that is not right, type back.'
    toks = [t for t in tokens(line) if t.isalnum()]
    if all(t.isdigit() for t in toks) or all(t in _KEEP_WORDS for t in toks):
        return ""
    from .order_keep import judged_good  # "leave it like that": kept as it was, nothing to say back (helper ut16)

    if judged_good(tokens(line)):
        return ""
    return f'Your questions now start with "{short(value[0])}". If that is not right, type back.'


def _short(note: str, most: int = 120) -> str:
    return note if len(note) <= most else note[: most - 3].rstrip() + "..."
