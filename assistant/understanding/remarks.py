"""A pick-any answer whose picks were read, with a part left over that names nothing this question
lists: "the scans mainly, and travel's hard, we got cattle to feed", "the trial, study medicine",
"what matters to me, walking to church without the stick", "1, 3 and 7. bingo". That part says
why, or more about a pick (an example, a story); asking "What did you mean by 'we got cattle to
feed'?" costs the person a turn for nothing. The picks are taken and the part kept as a note.

Set aside only when every part left over is plainly no answer: none of its words is one of the
question's choice words for a choice not picked (overlap.judge), and it holds no number or place
in the list, no negation, no doubt or hedge, no word that points at more ("also", "other", "rest",
"something"), no question, and no paper named (a letter, a report) unless a pick's own label
names that paper ("the MRI disc and the report": scans are "the reports and the images"). Never
at the emergency questions. Words are data (dialogues/remarks.yaml).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .lexicon import Lexicon, LexiconError
from .reading import SURE, UNCLEAR, Reading
from .text import tokens

FILE = "remarks.yaml"
_BARE = frozenset({"the", "a", "an", "its", "his", "her", "their", "my", "our", "that", "those", "these", "with", "written"})  # "the report": the pick's own
_URGENT = ("red_flags", "urgent")
# A "not" is set aside only in a clause about someone or something else ("my english not good",
# "that's not the problem", "he is not a driver"); "not close to home" alone, or what the person
# does not feel ("I don't feel safe with them"), may be a choice in other words.
_SAID_OF = frozenset("he she they its it thats that my his her our their nobody noone is isnt was wasnt are arent".split())
_SPEAKER = frozenset("i im ive id we were weve me".split())


@cache
def _words() -> dict:
    from .datafile import read_words_file

    raw = read_words_file(FILE)
    keys = ("blocking", "papers", "subjects", "reporting")
    if not isinstance(raw, dict) or any(not isinstance(raw.get(k), list) for k in keys):
        raise LexiconError(f"dialogues/{FILE}: needs the lists {', '.join(keys)}")
    return {k: frozenset(str(w).lower() for w in raw[k]) for k in keys}


def set_aside(reading: Reading, line: str, spec, lex: Lexicon) -> Reading | None:
    """The picks taken with the remark kept as a note, or None when a part left over may be an
    answer (then it is asked about, as before)."""
    if not spec.multi or spec.name.startswith(_URGENT) or getattr(spec, "urgent", False):
        return None
    value = reading.value
    if reading.certainty != UNCLEAR or not isinstance(value, list) or not value or spec.none_choice in value or "not_sure" in value:
        return None
    if not reading.unclear or reading.message or reading.dont_know or reading.asked or reading.options or len(value) < spec.min_picks:
        return None
    parts = [p.strip() for p in reading.unclear.replace(";", ",").split(",") if p.strip()]
    if not parts or not all(_remark(part, spec, lex, value) and not _led_in(part, line) for part in parts):
        return None
    return replace(reading, certainty=SURE, unclear="", note=reading.note or "; ".join(dict.fromkeys(_whole_clause(p, line, spec, lex) for p in parts)))


def _whole_clause(part: str, line: str, spec, lex: Lexicon) -> str:
    """The part with the rest of its clause as typed, when that rest names no choice: "brain swelling and headaches
    they said" kept whole, not "brain swelling" alone ("they said" is no answer, but the headaches were a word lost;
    a son's journey for his mother, 2026-12-05)."""
    import re

    from .matching import find_hits

    said = tokens(part)
    for clause in re.split(r"[.;,!?]", line):
        toks = tokens(clause)
        if any(toks[k : k + len(said)] == said for k in range(len(toks) - len(said) + 1)):
            if len(toks) > len(said) and not [h for h in find_hits(toks, spec, lex) if not h.negated]:
                return clause.strip()
            return part
    return part


def _remark(part: str, spec, lex: Lexicon, picked: list) -> bool:
    from .overlap import judge, words as overlap_words

    toks = tokens(part)
    if not toks or "?" in toks:
        return False
    words = _words()
    neg = overlap_words().negations
    said_not = False
    for t in toks:
        if (t,) in lex.modal_negations and _names_nothing(toks, spec, lex):
            said_not = True  # "i can't travel anyway": what cannot be done is nothing this question lists
            continue
        if t in neg and t not in words["blocking"] and _SAID_OF & set(toks) and not _SPEAKER & set(toks) and _names_nothing(toks, spec, lex):
            said_not = True  # "my english not good", "not a sarcoma person": a "not" about something this question does not list
            continue
        if any(ch.isdigit() for ch in t) or t in lex.numbers or t in lex.ordinals or t in neg or t in words["blocking"]:
            return False
        if any(tuple(toks[k : k + len(h)]) == h for h in lex.hedges + lex.softeners for k in range(len(toks)) if h and h[0] == t):
            return False
    named = {t for t in toks if t in words["papers"]}
    if named:
        labels = tokens(" ".join(c.label.lower() for c in spec.choices if c.id in picked))
        if not all(p in labels or p.rstrip("s") in labels or p + "s" in labels for p in named) or set(toks) - named - _BARE:
            return False  # "a letter from the physio", "his EEG reports": a paper of its own, one more answer; asked
    elif not said_not and not _said_as_a_remark(toks, words):
        return False  # "ekg", "a home monitor": a thing named beside the picks may be one more answer; asked
    verdict = judge(part, spec, lex, picked=tuple(picked))
    return verdict is None or verdict.choice in picked


def _names_nothing(toks: list[str], spec, lex: Lexicon) -> bool:
    """No word of the part is one of this question's choice words, not even nearly ("not good",
    "nobody listens"), and it names no person who could be a choice ("no help", "not the scans"
    are not remarks): then a "not" in it cannot take back or add a pick."""
    from .overlap import _content, _matches, vocabulary, words as overlap_words

    vocab = vocabulary(spec, lex)
    for r, _neg, _ in _content(toks, overlap_words()):
        if any(any(vocab.weight[k].values()) for k, _ in _matches(r, vocab)):
            return False
    return len([t for t in toks if t.isalpha()]) >= 2  # "not him": too short to be a remark


def _said_as_a_remark(toks: list[str], words: dict) -> bool:
    """A clause with someone in it ("we got cattle to feed", "whatever the neurologist wrote up"),
    or a doing ("walking to church without the stick"): a remark. A thing named ("ekg", "the home
    monitor", "the stuff from the clinic") or a request ("get a friend to come along") is not."""
    return bool(words["subjects"] & set(toks)) or any(len(t) > 5 and t.endswith("ing") for t in toks)


def _led_in(part: str, line: str) -> bool:
    """The words right before the part in the line point at more ("and also somebody to help us",
    "plus a letter"): the part is one more answer, asked about."""
    toks, said = tokens(line), tokens(part)
    blocking = _words()["blocking"]
    for k in range(len(toks) - len(said) + 1):
        if toks[k : k + len(said)] == said:
            return bool(blocking & set(toks[max(0, k - 2) : k]))
    return False
