"""The experimental reader of the carry-over benchmark (benchmarks/carry_over.py): phrases learnt
from past rounds, tried as a last look before a re-ask. NOT part of the assistant: it was measured
and not shipped (docs/understanding.md, "Carry-over experiment, 2026-12-04").

A table (state -> phrase -> Phrase) is learnt by carry_over.derive from labelled answers of earlier
rounds only. This reader uses it only where the present reader understood nothing (the re-ask) or
left a part of a pick-any line unclear; it never changes what was understood.

- A phrase is one to three meaning words in one clause, by word family (filler from overlap.yaml
  `stop` left out; negation words kept as meaning words: "no insurance"). It counts only where it
  is said plainly: not after a negation in its clause ("not the surgery"), never in a line with a
  question mark, never at the emergency questions.
- All the phrases found must point to the same choice (in a pick-any line: each part to one).
- Strong evidence (ACCEPT_SEPARATE separate phrases, or one seen in ACCEPT_ROUNDS rounds or more;
  no hedge, no "but", no negation the phrases do not carry themselves, not a "none" or "not sure"
  choice): taken. Anything less: offered for a Yes, never stored silently.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, replace

from assistant.flow import StateSpec
from assistant.understanding.overlap import root, words
from assistant.understanding.reading import LIKELY, SURE, UNCLEAR, Reading
from assistant.understanding.text import MAX_ANSWER_CHARS, tokens

MAX_N = 3  # longest phrase, in meaning words
MAX_WORDS = 30  # a longer story is asked about, as elsewhere
ACCEPT_SEPARATE = 2  # taken on this many separate phrases (0: never on that ground)
UPGRADE = False  # an offer the reader made, taken when the phrases say the same strongly (tried; not the brief's rule)
ACCEPT_ROUNDS = 4  # or on one phrase seen in this many rounds (0: never)
BREAKS = frozenset({",", ";", ".", "!", "?", "/", "&", "+", "-", "but", "however", "although", "though", "except"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
                          "third", "fourth", "fifth", "last", "both", "all"})
# Questions where a silent pick could hold back emergency advice (as overlap.py).
URGENT = frozenset({"red_flags", "red_flags_child", "urgent_care", "urgent_care_check"})


@dataclass(frozen=True)
class Phrase:
    choice: str
    rounds: int  # how many rounds it was seen in, pointing to `choice`
    lines: int


Table = dict  # state -> {phrase (words joined by spaces) -> Phrase}


def features(text: str) -> list[tuple[str, int, int, bool]]:
    """(phrase, first meaning word, last meaning word, said after a negation) for every run of one
    to three meaning words inside one clause. Filler words are left out (overlap.yaml `stop`);
    negation words are kept as meaning words ("no insurance"), and a phrase that comes after one
    within its reach, without carrying it, is marked negated."""
    w = words()
    stop = w.stop - w.negations
    toks = tokens(text)
    out: list[tuple[str, int, int, bool]] = []
    clause: list[tuple[str, bool]] = []  # (root, negation word)
    count = 0

    def flush():
        nonlocal clause, count
        negs = [k for k, (_, neg) in enumerate(clause) if neg]
        for i in range(len(clause)):
            for n in range(1, MAX_N + 1):
                if i + n > len(clause):
                    break
                run = clause[i : i + n]
                if n == 1 and (run[0][1] or len(run[0][0]) < 3):
                    continue  # "no" alone says nothing of which choice
                negated = any(i - w.reach <= k < i for k in negs)
                out.append((" ".join(r for r, _ in run), count + i, count + i + n - 1, negated))
        count += len(clause)
        clause = []

    for tok in toks:
        if tok in BREAKS or tok in w.ends:
            flush()
            continue
        if not tok.replace("-", "").isalpha() or tok in NUMBER_WORDS:
            flush()  # a number or a place ("2", "the first one") is the reader's, and cuts the phrase
            continue
        if tok in stop:
            continue
        clause.append((root(tok) if tok not in w.negations else tok, tok in w.negations))
    flush()
    return out


def meaning_words(text: str) -> int:
    w = words()
    return sum(1 for t in tokens(text) if t.isalpha() and t not in w.stop)


@contextmanager
def reading_with(table: Table):
    """The engine's reader, for the time of the block, followed by `carried` with `table` on each
    first reading of a line (an empty table: the present reader alone)."""
    from assistant.understanding import dialogue

    before = dialogue.read

    def read(line, spec, **kw):
        reading = before(line, spec, **kw)
        if kw.get("keep"):
            return reading
        return carried(reading, line, spec, table) or reading

    dialogue.read = read
    try:
        yield
    finally:
        dialogue.read = before


@dataclass(frozen=True)
class Evidence:
    choice: str
    strong: bool


def evidence(text: str, spec: StateSpec, table: Table) -> Evidence | None:
    """The one choice the carried phrases of `text` point to, and whether strongly; None when they
    point nowhere, to two choices, or cannot be trusted here."""
    known = table.get(spec.name)
    toks = tokens(text)
    if not known or "?" in toks or len(text) > MAX_ANSWER_CHARS or meaning_words(text) > MAX_WORDS:
        return None
    found = [(known[p], a, b) for p, a, b, negated in features(text) if not negated and p in known]
    ids = {c.id for c in spec.choices}
    choices = {ph.choice for ph, _, _ in found}
    if len(choices) != 1 or not choices <= ids:
        return None
    choice = choices.pop()
    spans = sorted((a, b) for _, a, b in found)
    separate, end = 0, -1
    for a, b in spans:
        if a > end:
            separate, end = separate + 1, b
    w = words()
    carried_negation = any(any(t in w.negations for t in p.split()) for p, _, _, neg in features(text) if p in known and not neg)
    hedged = bool(w.hedges & set(toks)) or "but" in toks or any(toks[k : k + 2] == ["not", "sure"] for k in range(len(toks)))
    negation = any(t in w.negations for t in toks) and not carried_negation
    doubtful = choice in {spec.none_choice, "not_sure", "unsure", "not_said"}
    enough = (ACCEPT_SEPARATE and separate >= ACCEPT_SEPARATE) or (ACCEPT_ROUNDS and max(ph.rounds for ph, _, _ in found) >= ACCEPT_ROUNDS)
    strong = bool(enough) and not hedged and not negation and not doubtful
    return Evidence(choice, strong)


def _parts(text: str) -> list[str]:
    toks = tokens(text)
    cut = {",", ";", ".", "!", "/", "&", "+", "and", "plus", "also"}
    parts, now = [], []
    for t in toks + [","]:
        if t in cut:
            if now:
                parts.append(" ".join(now))
            now = []
        else:
            now.append(t)
    return parts


def carried(reading: Reading, line: str, spec: StateSpec, table: Table) -> Reading | None:
    """A re-ask, or a pick-any answer with a part left unclear, read again with the carried
    phrases: a Reading to store or offer, or None (the reader's own reading stands)."""
    if spec.ask not in ("choice", "multi") or spec.name in URGENT or spec.urgent:
        return None
    if UPGRADE and reading.certainty == LIKELY and spec.ask == "choice" and isinstance(reading.value, str) and "?" not in line:
        found = evidence(line, spec, table)
        return replace(reading, certainty=SURE, message="") \
            if found is not None and found.strong and found.choice == reading.value else None
    if reading.certainty != UNCLEAR or reading.asked or reading.dont_know or reading.options:
        return None
    if not table.get(spec.name) or "?" in line:
        return None
    if spec.ask == "choice":
        if reading.value is not None:
            return None
        found = evidence(line, spec, table)
        if found is None:
            return None
        return Reading(SURE if found.strong else LIKELY, found.choice)
    kept = list(reading.value or [])
    if spec.none_choice and spec.none_choice in kept:
        return None
    rest = reading.unclear if kept else (reading.unclear or line)
    parts = _parts(rest)
    if not parts:
        return None
    added, offered, left = [], [], []
    for part in parts:
        found = evidence(part, spec, table)
        if found is None or found.choice == spec.none_choice or (found.choice in kept and not found.strong):
            left.append(part)  # a part that says little more of a pick already read is still asked about
        elif found.strong:
            added.append(found.choice)
        else:
            offered.append((found.choice, part))
    if len(left) == len(parts):
        return None
    value = list(dict.fromkeys(kept + added))
    if left and not added:
        return None
    if left:
        return Reading(UNCLEAR, value or None, unclear=", ".join(left + [part for _, part in offered]))
    offered = [choice for choice, _ in offered]
    every = list(dict.fromkeys(value + offered))
    if len(every) < spec.min_picks:
        return None
    if offered:
        return Reading(LIKELY, every)
    return Reading(SURE, value)
