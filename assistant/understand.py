"""Understanding what the user typed: commands, choices, free text, a new order.

Nothing here guesses silently: an answer is either understood or comes back as a
Misunderstood with a short note saying what is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from functools import lru_cache

from .flow import Choice, StateSpec

# Long input is still screened for red flags in full; only the answer itself is capped.
MAX_ANSWER_CHARS = 500

COMMANDS: dict[str, tuple[str, ...]] = {
    "back": ("back", "go back", "undo", "previous", "oops"),
    "restart": ("restart", "start again", "start over", "reset", "begin again"),
    "help": ("help", "?", "how does this work", "what can i type", "commands"),
    "why": ("why", "why do you ask", "why ask", "why is this asked", "why this question"),
    "summary": ("summary", "what do you know", "what do you know so far", "so far", "recap"),
    "sources": ("sources", "source", "about", "references", "version"),
    "compare": ("compare", "compare opinions", "compare two opinions", "compare the opinions"),
    "quit": ("quit", "exit", "bye", "goodbye", "stop", "q"),
}
_COMMAND_WORDS = {phrase: name for name, phrases in COMMANDS.items() for phrase in phrases}

_ALL = {"all", "all of them", "all of these", "everything", "every one", "all of the above"}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "first": 1, "second": 2, "third": 3,
}
# Escape sequences first, so "\x1b[31m" goes whole rather than leaving "[31m" behind.
# Bidirectional overrides (U+202A-202E, U+2066-2069) go too: they can make a line display
# differently from what it says.
# Escape sequences go whole: CSI (ESC [ ... letter), and OSC/DCS/APC/PM/SOS strings (ESC ] ...)
# up to their end, BEL or ESC \ (an OSC 8 link ends so; the words after it stay).
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\+|\band\b|\bor\b)\s*")
FUZZY_CUTOFF = 85


def clean(text: str) -> str:
    """The line as shown back to the user: printable, trimmed, within the answer cap."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())[:MAX_ANSWER_CHARS]


def normalize(text: str) -> str:
    """For matching only: lower case, no apostrophes or trailing punctuation."""
    text = clean(text).lower().replace("’", "").replace("'", "")
    return text.strip(" .!?\"").strip()


def command_in(text: str) -> str | None:
    """A command only when it is the whole line, so 'back pain' is an answer, not 'back'."""
    if clean(text) == "?":
        return "help"
    return _COMMAND_WORDS.get(normalize(text))


@dataclass(frozen=True)
class Understood:
    value: object  # a choice id, a list of ids, free text, or a list of question texts


@dataclass(frozen=True)
class Misunderstood:
    note: str  # what went wrong and what is accepted, in plain words


def _number(token: str, count: int) -> int | None:
    token = token.strip().lstrip("#").rstrip(".)")
    value = _NUMBER_WORDS.get(token)
    if value is None and re.fullmatch(r"[0-9]{1,3}", token):  # not isdigit(): "²" is a digit too
        value = int(token)
    return value if value is not None and 1 <= value <= count else None


_NEGATIONS = {"no", "not", "never", "without", "dont", "doesnt", "isnt", "arent", "none", "nothing"}


@lru_cache(maxsize=256)
def _names(choices: tuple[Choice, ...]) -> dict[str, Choice]:
    """Every way of naming each choice, normalised once per choice list."""
    names: dict[str, Choice] = {}
    for choice in choices:
        for name in (choice.id.replace("_", " "), normalize(choice.label), *choice.synonyms):
            names.setdefault(normalize(name), choice)
    return names


def _match_exact(text: str, choices: tuple[Choice, ...]) -> Choice | None:
    number = _number(text, len(choices))
    if number is not None:
        return choices[number - 1]
    return _names(choices).get(text)


def _match_one(text: str, choices: tuple[Choice, ...]) -> Choice | None:
    if not text:
        return None
    exact = _match_exact(text, choices)
    if exact is not None:
        return exact
    names = _names(choices)
    if any(ch.isdigit() for ch in text):
        return None  # "1, 3" or "42" is never a fuzzy match for a label
    # A negation in the answer must be in the choice too: "no chest pain" must never read as
    # the choice "chest pain", while "its not happening" can still match "not happening".
    negated = _NEGATIONS & set(text.split())
    candidates = [name for name in names if negated <= set(name.split())]
    words = set(re.findall(r"[a-z]+", text))
    fits = {names[name] for name in candidates if _fits(text, words, name)}
    # One choice fits, or none: never pick between two that fit equally (ask again instead).
    return fits.pop() if len(fits) == 1 else None


_FILLER = {"a", "an", "the", "i", "im", "is", "it", "its", "and", "we", "he", "she", "they", "me", "my", "am", "was", "to", "of"}


def _fits(text: str, words: set[str], name: str) -> bool:
    """A close variant of a choice's name, never a sentence that merely shares a word with it:
    a typo ("surgary"); the user's words all inside the name ("no set date" for "there is no set
    date"); or the whole of a name of two or more words inside the answer ("they checked" in
    "i went, they checked me and i am stable")."""
    from rapidfuzz import fuzz  # only an answer that is not an exact name pays for this

    if fuzz.ratio(text, name) >= FUZZY_CUTOFF:
        return True
    name_words = set(re.findall(r"[a-z]+", name))
    meaningful = words - _FILLER
    if len(words) >= 2 and meaningful and words <= name_words:
        return True
    return len(name_words) >= 2 and bool(name_words - _FILLER) and name_words <= words


def _how_to_answer(spec: StateSpec) -> str:
    count = len(spec.choices)
    if spec.multi:
        extra = " or 'all'" if not spec.none_choice else ", 'all' or 'none'"
        return f"Type one or more numbers from 1 to {count}, like '1, 3'{extra}. You can also type the words of a choice."
    return f"Type a number from 1 to {count}, or the words of a choice."


def parse_choice(text: str, spec: StateSpec) -> Understood | Misunderstood:
    norm = normalize(text)
    if not norm:
        return Misunderstood("I did not get an answer. " + _how_to_answer(spec))
    if not spec.multi:
        whole = _match_one(norm, spec.choices)
        if whole is None:
            return Misunderstood(f"Sorry, I did not understand \"{clean(text)[:60]}\". " + _how_to_answer(spec))
        return Understood(whole.id)
    return _parse_multi(norm, spec)


def _parse_multi(norm: str, spec: StateSpec) -> Understood | Misunderstood:
    ordinary = [c for c in spec.choices if c.id != spec.none_choice]
    if norm in _ALL:
        return Understood([c.id for c in ordinary])
    # A whole-line fuzzy match only when the line is not a list, so "scans, notes, labs"
    # is read as three picks, never as one loose match for "scans".
    parts = [p for p in _SPLIT.split(norm) if p]
    whole = _match_exact(norm, spec.choices) or (_match_one(norm, spec.choices) if len(parts) == 1 else None)
    if whole is not None:
        picked = [whole]
    else:
        if len(parts) == 1:
            parts = norm.split()  # "1 3 5"
        picked = []
        for part in parts:
            choice = _match_one(part, spec.choices)
            if choice is None:
                return Misunderstood(f"Sorry, I did not understand \"{part[:60]}\". " + _how_to_answer(spec))
            if choice not in picked:
                picked.append(choice)
    ids = [c.id for c in picked]
    if spec.none_choice in ids and len(ids) > 1:
        return Misunderstood("You picked 'none' and other choices too. Please pick again. " + _how_to_answer(spec))
    if spec.none_choice not in ids and len(ids) < spec.min_picks:
        return Misunderstood(f"Please pick at least {spec.min_picks}. " + _how_to_answer(spec))
    return Understood(ids)


SKIP_WORDS = {"skip", "none", "no", "nothing", "pass", "n/a", "na", "no thanks", "not sure", "dont know"}


def parse_free(text: str, spec: StateSpec) -> Understood | Misunderstood:
    answer = clean(text)
    if not answer:
        hint = " Or type 'skip'." if spec.optional else ""
        return Misunderstood("I did not get an answer. Please type a few words." + hint)
    if spec.optional and normalize(answer) in SKIP_WORDS:
        return Understood(None)
    return Understood(answer)


KEEP_WORDS = {"ok", "okay", "yes", "fine", "keep", "good", "looks good", "done", "that is fine", "y", "correct", "keep it"}


def parse_order(text: str, items: list[str]) -> Understood | Misunderstood:
    """A new order for `items`: 'ok' keeps it; '3 1 2' puts 3 first; numbers left out keep their order."""
    norm = normalize(text)
    if norm in KEEP_WORDS or not items:
        return Understood(list(items))
    tokens = [t for t in re.split(r"[\s,;]+|\bthen\b|\band\b", norm) if t]
    numbers = [_number(t, len(items)) for t in tokens]
    if not tokens or None in numbers or len(set(numbers)) != len(numbers):
        return Misunderstood(
            f"Type 'ok' to keep this order, or the numbers 1 to {len(items)} in the order you want, like '3 1 2'."
        )
    rest = [i for i in range(1, len(items) + 1) if i not in numbers]
    return Understood([items[i - 1] for i in numbers + rest])
