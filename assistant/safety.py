"""The safety net: screen every line for emergency red flags before it is read as an answer.

One pass, linear in the length of the line:
  1. normalise the words (lower case, no apostrophes, typo map, fuzzy spelling) and cut the
     line into clauses, remembering where each word came from in what the user typed;
  2. find every sign (a red-flag phrase) listed in dialogues/red_flags.yaml;
  3. look around each sign, inside its clause, for context cues (negated, hypothetical,
     historical, family, chronic, resolved) and in the whole line for escalators (sudden, now);
  4. combine signs (chest pain + sweating) and report the highest level found.
Signs are matched as whole phrases before any cue is looked at, so a red flag that contains
a negation word ("can't breathe", "won't wake up") can never be cancelled by a negation rule.
All phrases live in the YAML; this module only applies them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from rapidfuzz import fuzz, process

from .paths import dialogues_dir

NONE, ASK, EMERGENCY = 0, 1, 2
LEVEL_NAMES = ("none", "ask", "emergency")


@dataclass(frozen=True)
class Screening:
    level: str = "none"  # "none" | "ask" | "emergency"
    categories: tuple[str, ...] = ()  # category ids, in order of first appearance
    matched: tuple[str, ...] = ()  # the user's own words that matched

    @property
    def is_emergency(self) -> bool:
        return self.level == "emergency"

    @property
    def crisis(self) -> bool:
        return "self_harm" in self.categories

    def labels(self) -> list[str]:
        return [CATEGORIES[category]["label"] for category in self.categories]


NOTHING = Screening()

# --- the rules, loaded and compiled once ------------------------------------------------
with open(dialogues_dir() / "red_flags.yaml", encoding="utf-8") as _file:
    _RULES = yaml.safe_load(_file)

CATEGORIES: dict[str, dict] = _RULES["categories"]
_MACROS: dict[str, str] = _RULES["macros"]
_MACRO_NAME = re.compile(r"\{([a-z][a-z_0-9]*)\}")


def _expand(pattern: str) -> str:
    for _ in range(3):  # macros may contain macros
        pattern = _MACRO_NAME.sub(lambda m: _MACROS[m.group(1)], pattern)
    return pattern


def _compile(patterns: list[str] | None) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile(r"\b(?:" + "|".join(f"(?:{_expand(p)})" for p in patterns) + r")\b")


@dataclass(frozen=True)
class _Sign:
    name: str
    category: str | None
    level: int
    regex: re.Pattern
    escalate_on: frozenset[str]
    excluded_words: frozenset[str]


@dataclass(frozen=True)
class _Context:
    name: str
    window: int
    before: re.Pattern | None
    after: re.Pattern | None
    anywhere: re.Pattern | None
    unless: tuple[str, ...]


_SIGNS = [
    _Sign(name, spec.get("category"), LEVEL_NAMES.index(spec.get("level", "none")), _compile(spec["patterns"]),
          frozenset(spec.get("escalate_on", ())), frozenset(spec.get("exclude_if_clause_has", ())))
    for name, spec in _RULES["signs"].items()
]
_EFFECT_DEFAULTS = {name: spec["effect"] for name, spec in _RULES["context"].items()}
_CONTEXTS = [
    _Context(name, spec.get("window", 0), _compile(spec.get("before")), _compile(spec.get("after")),
             _compile(spec.get("anywhere")), tuple(spec.get("unless", ())))
    for name, spec in _RULES["context"].items()
]
_NEGATION_WORDS = frozenset(_RULES["context"]["negated"]["negation_words"])
_NEGATION_STOPS = frozenset(_RULES["context"]["negated"]["scope_stops"])
_ESCALATORS = {name: _compile(patterns) for name, patterns in _RULES["escalators"].items()}
_PSEUDO_CUES = _compile(_RULES["pseudo_cues"])
_COMBOS = _RULES["combos"]
_CLAUSES = {key: frozenset(words) for key, words in _RULES["clauses"].items()}

# --- words: typos and fuzzy spelling ------------------------------------------------------
_TYPOS: dict[str, str] = _RULES["typos"]
_FUZZY_TARGETS: list[str] = _RULES["fuzzy_targets"]
# Words the patterns themselves use are real words: never "correct" them.
_KNOWN_WORDS = (
    set(re.findall(r"[a-z]+", yaml.safe_dump(_RULES["signs"]) + " ".join(_MACROS.values())))
    | set(_RULES["fuzzy_never"]) | set(_TYPOS.values())
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’‘`´ʼ][^\W_]+)*|[.!?;:,\n\r()\[\]{}\"“”—–|]|(?<!\S)-(?!\S)")
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")


@lru_cache(maxsize=8192)
def _spell(word: str) -> str:
    """A typed word as the patterns expect it: the typo map first, then fuzzy matching."""
    word = _TYPOS.get(word, word)
    if len(word) < _RULES["fuzzy_min_length"] or word in _KNOWN_WORDS or not word.isalpha():
        return word
    best = process.extractOne(word, _FUZZY_TARGETS, scorer=fuzz.ratio, score_cutoff=_RULES["fuzzy_cutoff"])
    return best[0] if best else word


# --- the line, normalised and cut into clauses --------------------------------------------
@dataclass
class _Doc:
    original: str
    joined: str = ""  # normalised words; clauses separated by " | "
    starts: list[int] = field(default_factory=list)  # where each word starts in `joined`
    spans: list[tuple[int, int]] = field(default_factory=list)  # where each word is in `original`
    clause_of: list[int] = field(default_factory=list)  # the clause of each word
    clause_bounds: list[tuple[int, int]] = field(default_factory=list)  # each clause in `joined`

    def word_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def clause_words(self, clause: int) -> set[str]:
        start, end = self.clause_bounds[clause]
        return set(self.joined[start:end].split())


def _words(text: str) -> list[tuple[str | None, int, int]]:
    """(normalised word, or None for punctuation; start; end) for each token of the line."""
    out = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        word = _spell(_APOSTROPHES.sub("", token.lower())) if token[0].isalnum() else None
        out.append((word, match.start(), match.end()))
    return out


def _starts_clause(words: list, i: int) -> bool:
    """NegEx/ConText scope ends here: a terminator word, "and" + a new subject, a run-on subject."""
    word = words[i][0]
    prev = words[i - 1][0] if i else None
    following = words[i + 1][0] if i + 1 < len(words) else None
    return (word in _CLAUSES["scope_end"]
            or (word == "and" and following in _CLAUSES["and_before"])
            or (word in _CLAUSES["run_on_subjects"] and prev in _CLAUSES["run_on_after"]))


def _prepare(text: str) -> _Doc:
    doc = _Doc(unicodedata.normalize("NFKC", text))
    words = _words(doc.original)
    pieces: list[str] = []
    length = clause_start = 0
    in_clause = False
    for i, (word, start, end) in enumerate(words):
        if word is None or _starts_clause(words, i):
            if in_clause:
                doc.clause_bounds.append((clause_start, length))
                pieces.append(" | ")
                length += 3
                clause_start, in_clause = length, False
            if word is None or word == "and" or word in _CLAUSES["scope_end"]:
                continue  # punctuation and joining words carry no sign
        if in_clause:
            pieces.append(" ")
            length += 1
        doc.starts.append(length)
        doc.spans.append((start, end))
        doc.clause_of.append(len(doc.clause_bounds))
        pieces.append(word)
        length += len(word)
        in_clause = True
    if in_clause:
        doc.clause_bounds.append((clause_start, length))
    doc.joined = "".join(pieces)
    return doc


# --- signs and their context -----------------------------------------------------------------
@dataclass
class _Hit:
    sign: _Sign
    start: int  # character offsets in doc.joined
    end: int
    first: int  # word indices
    last: int
    clause: int
    effects: tuple[str, ...] = ()


def _find_signs(doc: _Doc) -> list[_Hit]:
    hits = []
    for sign in _SIGNS:
        for match in sign.regex.finditer(doc.joined):
            first = doc.word_at(match.start())
            clause = doc.clause_of[first]
            if sign.excluded_words and sign.excluded_words & doc.clause_words(clause):
                continue
            hits.append(_Hit(sign, match.start(), match.end(), first, doc.word_at(match.end() - 1), clause))
    return hits


def _masked(doc: _Doc, hits: list[_Hit]) -> str:
    """The line with every sign and every pseudo-cue blanked out, for finding before/after cues:
    the "not" in "not breathing" or the "no" in "no change" must not negate anything."""
    chars = list(doc.joined)
    spans = [(hit.start, hit.end) for hit in hits] + [m.span() for m in _PSEUDO_CUES.finditer(doc.joined)]
    for start, end in spans:
        chars[start:end] = "_" * (end - start)
    return "".join(chars)


class _Cues:
    """Where each context cue and escalator was found, indexed for quick window look-ups.
    Before/after cues are looked for in the masked line; clause-wide ones in the plain line,
    so "my dad had a stroke" still shows its family cue around the sign itself."""

    def __init__(self, doc: _Doc, hits: list[_Hit]):
        self.doc = doc
        masked = _masked(doc, hits)
        self.before = {c.name: self._words(c.before, masked, last=True) for c in _CONTEXTS}
        self.after = {c.name: self._words(c.after, masked) for c in _CONTEXTS}
        self.anywhere = {c.name: self._clauses(c.anywhere) for c in _CONTEXTS}
        self.escalators = {name: self._clauses(rx) for name, rx in _ESCALATORS.items()}

    def _words(self, regex, text: str, last: bool = False) -> list[int]:
        """The first (or last) word of each cue found, in order."""
        if regex is None:
            return []
        return [self.doc.word_at(m.end() - 1 if last else m.start()) for m in regex.finditer(text)]

    def _clauses(self, regex) -> set[int]:
        return {self.doc.clause_of[w] for w in self._words(regex, self.doc.joined)}

    def _in_window(self, positions: list[int], low: int, high: int, clause: int) -> list[int]:
        found = positions[bisect_left(positions, low):bisect_right(positions, high)]
        return [p for p in found if self.doc.clause_of[p] == clause]

    def applies(self, context: _Context, hit: _Hit) -> bool:
        if any(hit.clause in self.escalators[name] for name in context.unless):
            return False
        if hit.clause in self.anywhere[context.name]:
            return True
        window = context.window
        if self._in_window(self.after[context.name], hit.last + 1, hit.last + 1 + window, hit.clause):
            return True
        cues = self._in_window(self.before[context.name], hit.first - 1 - window, hit.first - 1, hit.clause)
        if context.name == "negated":  # "no fever and short of breath": "and" ends the negation
            cues = [c for c in cues if not _NEGATION_STOPS & self._words_between(c, hit.first)]
        return bool(cues)

    def _words_between(self, after: int, before: int) -> set[str]:
        if before - after <= 1:
            return set()
        start, end = self.doc.starts[after + 1], self.doc.starts[before]
        return set(self.doc.joined[start:end].split())

    def effects(self, hit: _Hit) -> tuple[str, ...]:
        negation_proof = bool(_NEGATION_WORDS & set(self.doc.joined[hit.start:hit.end].split()))
        return tuple(c.name for c in _CONTEXTS
                     if not (c.name == "negated" and negation_proof) and self.applies(c, hit))

    def escalated(self, sign: _Sign) -> bool:
        return any(self.escalators[name] for name in sign.escalate_on)


def _apply(effects: tuple[str, ...], level: int, category: str) -> int:
    """The level left after each context effect (none / ask / downgrade / keep) for this category."""
    overrides = CATEGORIES[category].get("context_effects", {})
    for name in effects:
        effect = overrides.get(name, _EFFECT_DEFAULTS[name])
        if effect == "none":
            return NONE
        if effect == "ask":
            level = min(level, ASK)
        elif effect == "downgrade":
            level = max(level - 1, NONE)
    return level


# --- putting it together ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Finding:
    level: int
    category: str
    hits: tuple[_Hit, ...]


def _single_findings(hits: list[_Hit], cues: _Cues) -> list[_Finding]:
    found = []
    for hit in hits:
        if hit.sign.category is None:
            continue
        level = EMERGENCY if cues.escalated(hit.sign) else hit.sign.level
        found.append(_Finding(_apply(hit.effects, level, hit.sign.category), hit.sign.category, (hit,)))
    return found


def _least_qualified(hits: list[_Hit], names: list[str], category: str) -> list[_Hit]:
    """The three hits among `names` that their context weakens least (keeps pairing linear)."""
    side = [hit for hit in hits if hit.sign.name in names]
    return sorted(side, key=lambda hit: -_apply(hit.effects, EMERGENCY, category))[:3]


def _combo_findings(hits: list[_Hit]) -> list[_Finding]:
    """Chest pain + sweating, fever + confusion...: each pair is an emergency, less its context."""
    found = []
    for combo in _COMBOS:
        category = combo["category"]
        for a in _least_qualified(hits, combo["first"], category):
            for b in _least_qualified(hits, combo["second"], category):
                if a is not b:
                    pair = tuple(sorted((a, b), key=lambda hit: hit.start))
                    found.append(_Finding(_apply(a.effects + b.effects, EMERGENCY, category), category, pair))
    return found


def _words_of(doc: _Doc, hit: _Hit) -> str:
    start, end = doc.spans[hit.first][0], doc.spans[hit.last][1]
    return " ".join(doc.original[start:end].split())


def screen(text: str) -> Screening:
    """How urgent this line is: "emergency", "ask" (is it happening now?) or "none"."""
    if not isinstance(text, str) or not text.strip():
        return NOTHING
    doc = _prepare(text)
    hits = _find_signs(doc)
    if not hits:
        return NOTHING
    cues = _Cues(doc, hits)
    for hit in hits:
        hit.effects = cues.effects(hit)
    findings = _single_findings(hits, cues) + _combo_findings(hits)
    level = max((f.level for f in findings), default=NONE)
    if level == NONE:
        return NOTHING
    # Report what set the level; a crisis is always reported, whatever else was found.
    kept = [f for f in findings if f.level == level or (f.category == "self_harm" and f.level >= ASK)]
    kept.sort(key=lambda f: f.hits[0].start)
    categories = tuple(dict.fromkeys(f.category for f in kept))
    hits_kept = sorted({id(h): h for f in kept for h in f.hits}.values(), key=lambda h: h.start)
    matched = tuple(dict.fromkeys(_words_of(doc, h) for h in hits_kept))
    return Screening(LEVEL_NAMES[level], categories, matched)
