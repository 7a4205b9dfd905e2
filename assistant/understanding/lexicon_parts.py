"""Reading each part of dialogues/lexicon.yaml: words, phrases, numbers, topics and the words of
each question, each checked as it is read (a broken part fails with one line naming it)."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from .text import tokens

FILE = "lexicon.yaml"
Phrase = tuple[str, ...]


class LexiconError(Exception):
    """The lexicon is broken; the message names the file and the problem."""


@dataclass(frozen=True)
class Topic:
    id: str
    words: tuple[Phrase, ...]
    reply: str
    add: str | None


@dataclass(frozen=True)
class StateWords:
    choices: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    yes_no: dict[str, tuple[str, ...]] = field(default_factory=dict)  # yes / no / not_sure -> choice ids
    dont_know: str | None = None
    default: str | None = None
    time: dict[str, int] = field(default_factory=dict)
    people: bool = False
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a whole answer that fits several choices
    whole_only: frozenset[str] = frozenset()  # names that count only as the whole answer ("first" is not "the first doc")
    current: bool = False  # the question is about now: a sign said with a past cue is history
    time_means: str | None = None  # a time or date said here means this choice ("by christmas": yes)
    count: dict[int, str] = field(default_factory=dict)  # doctors in all -> choice id (the last holds for more)
    done_before: bool = False  # a choice said as already done ("already had the operation") is history, not the answer
    conflicts: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # choice -> words that contradict it ("stopped today" + "yesterday")
    either: dict[Phrase, tuple[str, ...]] = field(default_factory=dict)  # a word that fits several choices ("urologist"): asked
    count_ahead: str | None = None  # a count of doctors said here is offered at this later question (one with `count`)
    suggests: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # choice -> words that point to it without saying it ("cancer")
    softened: dict[str, str] = field(default_factory=dict)  # a top degree said softly ("mostly sure") -> the choice to offer ("" asks)
    negated: dict[str, str] = field(default_factory=dict)  # a choice said with "not" means another ("not gonna tell him": not_yet)
    keeps_words: bool = False  # what the person told in own words here is kept for the plan ("heart failure and diabetes"): told.py
    keeps_line: bool = False  # a note cut from the answer here is only part of it: the whole line as typed is kept (told.py)
    still_to_come: bool = False  # the question asks what is still to come: a sentence said done is history (done_parts.py)


_EMPTY = StateWords()


def _fail(problem: str) -> LexiconError:
    return LexiconError(f"{FILE}: {problem}")


def _words(raw, where: str) -> list[str]:
    if not isinstance(raw, list):
        raise _fail(f"{where} must be a list of words")
    raw = [str(w) if isinstance(w, int) and not isinstance(w, bool) else w for w in raw]  # "2 doctors" may be a bare 2
    odd = [w for w in raw if not isinstance(w, str)]
    if odd:
        # YAML reads a bare yes/no/on/off as true/false: the word would never match.
        raise _fail(f"{where}: {odd[0]!r} is not text; put it in quotes")
    return raw


def _phrases(raw, where: str) -> tuple[Phrase, ...]:
    out = []
    for word in _words(raw, where):
        phrase = tuple(tokens(word))
        if not phrase:
            raise _fail(f"{where}: {word!r} has no words in it")
        out.append(phrase)
    return tuple(dict.fromkeys(out))


def _mapping(raw, where: str) -> dict:
    if not isinstance(raw, dict):
        raise _fail(f"{where} must be a mapping")
    return raw


def _numbers(raw, where: str) -> dict[str, int]:
    out = {}
    for key, value in _mapping(raw, where).items():
        if not isinstance(key, str) or not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _fail(f"{where}: {key!r} must map a word to a number")
        out[key] = value
    return out


def _topics(raw) -> tuple[Topic, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail("shared.asking.topics must be a list of topics")
    out = []
    for index, item in enumerate(raw):
        where = f"shared.asking.topics[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("reply"), str):
            raise _fail(f"{where} needs an 'id' and a 'reply'")
        add = item.get("add")
        if add is not None and not isinstance(add, str):
            raise _fail(f"{where}: 'add' must be text")
        out.append(Topic(item["id"], _phrases(item.get("words", []), where), item["reply"], add))
    return tuple(out)


STATE_KEYS = ("choices", "yes_no", "dont_know", "default", "time", "people", "ambiguous", "whole_only", "current", "time_means", "count",
              "done_before", "conflicts", "either", "count_ahead", "softened", "suggests", "negated", "keeps_words", "keeps_line",
              "still_to_come")


DOCTOR = "{doctor}"


def _expand(words, doctors: list[str], families: dict | None = None, _depth: int = 0):
    """ "saw the {doctor}" stands for "saw the cardiologist", "saw the gp", ... (shared.doctors); "a {grave} diagnosis"
    for "a scary diagnosis", "a shocking diagnosis", ... (shared.families: a word family said once, helper 11b10)."""
    if not isinstance(words, list):
        return words
    families = dict(families or {}, doctor=list(doctors))
    out = []
    for word in words:
        names = re.findall(r"\{(\w+)\}", word) if isinstance(word, str) else []
        if not names:
            out.append(word)
            continue
        if any(n not in families for n in names):
            raise _fail(f"'{word}': no word family '{next(n for n in names if n not in families)}' in shared.families")
        said = [word]
        for n in dict.fromkeys(names):
            said = [w.replace("{" + n + "}", member) for w in said for member in families[n]]
        if any("{" in w for w in said):  # a family whose members name a family ("{helps}" holds "{who_is} the patient")
            if _depth > 3:
                raise _fail(f"'{word}': word families nested too deep (a family naming itself?)")
            said = _expand(said, doctors, families, _depth + 1)
        out += said
    return out


def _families(raw) -> dict[str, list[str]]:
    """shared.families: name -> its words ("grave: [scary, frightening, ...]"), used as {name} in a choice's words."""
    # A member naming another family ("{who_is} the patient") is kept as written, to be expanded in its turn (_expand).
    return {str(k): [" ".join(p) if "{" not in w else w for w, p in zip(_words(v, f"shared.families.{k}"), _phrases(v, f"shared.families.{k}"))]
            for k, v in _mapping(raw or {}, "shared.families").items()}


def _state(name: str, raw, doctors: list[str] = (), families: dict | None = None) -> StateWords:
    where = f"states.{name}"
    raw = _mapping(raw, where)
    unknown = set(raw) - set(STATE_KEYS)
    if unknown:
        raise _fail(f"{where}: unknown key '{sorted(unknown)[0]}' (accepted: {', '.join(STATE_KEYS)})")
    ambiguous = {" ".join(tokens(str(k))): tuple(_words(v, f"{where}.ambiguous.{k}")) for k, v in _mapping(raw.get("ambiguous", {}), f"{where}.ambiguous").items()}
    choices = {str(cid): _phrases(_expand(words, list(doctors), families), f"{where}.choices.{cid}") for cid, words in _mapping(raw.get("choices", {}), f"{where}.choices").items()}
    seen: dict[Phrase, str] = {}
    for cid, phrases in choices.items():
        for phrase in phrases:
            if seen.setdefault(phrase, cid) != cid:
                raise _fail(f"{where}: '{' '.join(phrase)}' is listed for both '{seen[phrase]}' and '{cid}'")
    yes_no = {}
    for key, value in _mapping(raw.get("yes_no", {}), f"{where}.yes_no").items():
        if key not in ("yes", "no", "not_sure"):
            raise _fail(f"{where}.yes_no: '{key}' is not one of yes, no, not_sure")
        yes_no[key] = tuple(_words(value if isinstance(value, list) else [value], f"{where}.yes_no.{key}"))
    time = _numbers(raw.get("time", {}), f"{where}.time") if "time" in raw else {}
    if time and set(time) != {"days", "weeks_from", "weeks"}:
        raise _fail(f"{where}.time needs exactly 'days', 'weeks_from' and 'weeks' (days from today)")
    for key in ("dont_know", "default"):
        if key in raw and not isinstance(raw[key], str):
            raise _fail(f"{where}.{key} must be a choice id")
    whole_only = frozenset(" ".join(tokens(w)) for w in _words(raw.get("whole_only", []), f"{where}.whole_only"))
    return StateWords(choices, yes_no, raw.get("dont_know"), raw.get("default"), time, bool(raw.get("people", False)), ambiguous,
                      whole_only, bool(raw.get("current", False)), raw.get("time_means"),
                      {int(k): str(v) for k, v in _mapping(raw.get("count", {}), f"{where}.count").items()},
                      bool(raw.get("done_before", False)),
                      {str(cid): _phrases(words, f"{where}.conflicts.{cid}") for cid, words in _mapping(raw.get("conflicts", {}), f"{where}.conflicts").items()},
                      _either(raw.get("either", {}), f"{where}.either"), raw.get("count_ahead"),
                      {str(cid): _phrases(words, f"{where}.suggests.{cid}") for cid, words in _mapping(raw.get("suggests", {}), f"{where}.suggests").items()},
                      {str(k): str(v or "") for k, v in _mapping(raw.get("softened", {}), f"{where}.softened").items()},
                      {str(k): str(v) for k, v in _mapping(raw.get("negated", {}), f"{where}.negated").items()},
                      bool(raw.get("keeps_words", False)), bool(raw.get("keeps_line", False)), bool(raw.get("still_to_come", False)))


def _either(raw, where: str) -> dict[Phrase, tuple[str, ...]]:
    out = {}
    for key, ids in _mapping(raw, where).items():
        ids = tuple(_words(ids, f"{where}.{key}"))
        if len(set(ids)) < 2:
            raise _fail(f"{where}.{key}: name at least two choices")
        out[tuple(tokens(str(key)))] = ids
    return out


def _text_keys(node, where: str = "") -> None:
    """Every mapping key is text (YAML reads 1: or yes: as a number or a boolean)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise _fail(f"{where or 'top level'}: key {key!r} is not text; put it in quotes")
            _text_keys(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for item in node:
            _text_keys(item, where)


def _holidays(raw, where: str) -> dict[Phrase, tuple[int, int]]:
    """ "christmas: 12-25": a day of the year people name, read as its next date."""
    out = {}
    for key, value in _mapping(raw, where).items():
        parts = str(value).split("-")
        if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts) or not (1 <= int(parts[0]) <= 12 and 1 <= int(parts[1]) <= 31):
            raise _fail(f"{where}.{key}: {value!r} must be a month and day, like \"12-25\"")
        out[tuple(tokens(key))] = (int(parts[0]), int(parts[1]))
    return out


def _rewrites(raw, where: str) -> dict[Phrase, Phrase]:
    """Words of another language or of broken English -> the English words the lexicon knows.
    Accents are dropped first ("sé" is "se"), as the rewriting does with the line."""
    from .rewrite import plain

    out = {}
    for key, value in _mapping(raw, where).items():
        if not isinstance(value, str):
            raise _fail(f"{where}.{key}: {value!r} is not text; put it in quotes")
        phrase, into = tuple(tokens(plain(key))), tuple(tokens(value))
        if not phrase or not into:
            raise _fail(f"{where}: '{key}: {value}' needs words on both sides")
        out[phrase] = into
    return out
