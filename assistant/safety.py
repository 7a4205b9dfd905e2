"""The safety net: screen every line for emergency red flags before it is read as an answer.

One pass, linear in the length of the line: normalise the words (typo map, fuzzy spelling, phrases
such as non-native "no can" or "he not talk") and cut the line into clauses and sentences; blank out
idioms; find every sign in dialogues/red_flags.yaml, the safety-net vocabulary (acute-danger words that
get at least the question) and, in a line of a few words, the short-message words ("hes blue"); look
around each sign for context (negated, hypothetical, historical, family, chronic, resolved) and escalators
(sudden, now, "he is ..."); combine signs (chest pain + sweating); report the highest level.
Signs are matched before any cue is looked at, so a red flag that contains a negation word
("can't breathe", "won't wake up") is never cancelled by a negation rule. All phrases are in the YAML.
"""

from __future__ import annotations

import re
import re._parser as _re_parser
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

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
_REPEATS = (_re_parser.MAX_REPEAT, _re_parser.MIN_REPEAT, _re_parser.POSSESSIVE_REPEAT)


def _expand(pattern: str) -> str:
    for _ in range(3):  # macros may contain macros
        pattern = _MACRO_NAME.sub(lambda m: _MACROS[m.group(1)], pattern)
    return pattern


def _needs(items) -> frozenset[str] | None:
    """Literal strings of which every match contains one (None: no such set). Of the parts a
    match must go through, the one with the longest literals is the most selective."""
    best, run = None, ""
    for op, av in list(items) + [(None, None)]:
        if op is _re_parser.LITERAL:
            run += chr(av)
            continue
        found = [frozenset({run}) if run else None]
        run = ""
        if op is _re_parser.SUBPATTERN:
            found.append(_needs(av[-1]))
        elif op is _re_parser.BRANCH:
            options = [_needs(a) for a in av[1]]
            found.append(frozenset().union(*options) if all(options) else None)
        elif op in _REPEATS and av[0] >= 1:
            found.append(_needs(av[2]))
        for f in filter(None, found):
            if best is None or (min(map(len, f)), -len(f)) > (min(map(len, best)), -len(best)):
                best = f
    return best


class _Finder:
    """A list of patterns as one regex, run only on the clauses holding one of the literals
    every match needs: a long line costs a few substring scans, not sixty regex passes."""

    def __init__(self, patterns: list[str] | None, prefix: str = ""):
        self.regex = re.compile(rf"{prefix}\b(?:" + "|".join(f"(?:{_expand(p)})" for p in patterns) + r")\b") if patterns else None
        self.anchors = _needs(_re_parser.parse(self.regex.pattern)) if self.regex else None

    def finditer(self, doc: _Doc, text: str, only: set[int] | None = None):
        """Matches in the clauses holding an anchor, or in `only` (cues, looked for near signs);
        neighbouring clauses in one run (no pattern crosses the " | " between them)."""
        clauses = sorted(doc.clauses_with(self.anchors) if only is None else only) if self.regex else []
        for i, clause in enumerate(clauses):
            start = doc.clause_bounds[clause][0] if i == 0 or clauses[i - 1] != clause - 1 else start
            if i + 1 == len(clauses) or clauses[i + 1] != clause + 1:
                yield from self.regex.finditer(text, start, doc.clause_bounds[clause][1])


class _Sign:
    """A red flag as the YAML describes it; `level` is what it means on its own."""

    def __init__(self, name: str, spec: dict, level: str | None = None):
        self.name, self.category, self.finder = name, spec.get("category"), _Finder(spec["patterns"])
        self.level = LEVEL_NAMES.index(level or spec.get("level", "none"))
        self.escalate_on = frozenset(spec.get("escalate_on", ()))
        self.excluded_words = frozenset(spec.get("exclude_if_clause_has", ()))
        self.alone = spec.get("alone")  # short-message words: the other words must all be in it


class _Group:
    """A context or an escalator: cue patterns by where they must sit relative to a sign.
    before / after: within `window` words in its clause; opening: the sign's own first words
    ("hes blue"); anywhere: in its clause; sentence: in its sentence ("once, my throat swelled");
    next_clause: opening the next clause and pointing back ("..., but it's fine now"); line:
    anywhere in the line (escalators given as a list). `signs`: a context only for these signs."""

    def __init__(self, name: str, spec: dict | list):
        spec = {"line": spec} if isinstance(spec, list) else spec
        self.name, self.window, self.effect = name, spec.get("window", 0), spec.get("effect")
        self.unless, self.only = tuple(spec.get("unless", ())), frozenset(spec.get("signs", ()))
        self.finders = {kind: _Finder(spec[kind], r"(?:^|(?<=\| ))" if kind == "next_clause" else "")
                        for kind in ("before", "after", "opening", "anywhere", "sentence", "next_clause", "line") if spec.get(kind)}


_NET, _SHORT = _RULES["net"], _RULES["short"]
_SIGNS = [_Sign(name, spec) for name, spec in _RULES["signs"].items()] + [
    _Sign(f"{kind}_{category}", {**spec, "category": category, **(terms if isinstance(terms, dict) else {"patterns": terms})}, "ask")
    for kind, spec in (("net", _NET), ("short", {**_SHORT, "alone": frozenset(_SHORT["fillers"]) | {"|"}}))
    for category, terms in spec["terms"].items()
]
_CONTEXTS = [_Group(name, spec) for name, spec in _RULES["context"].items()]
_EFFECTS = {context.name: context.effect for context in _CONTEXTS}
_ESCALATORS = {name: _Group(name, spec) for name, spec in _RULES["escalators"].items()}
_NEGATION_WORDS = frozenset(_RULES["context"]["negated"]["negation_words"])
_NEGATION_STOPS = frozenset(_RULES["context"]["negated"]["scope_stops"])
_PSEUDO_CUES = _Finder(_RULES["pseudo_cues"])
_IDIOMS = _Finder(_RULES["idioms"])
_COMBOS = _RULES["combos"]
_CLAUSES = {key: frozenset(words) for key, words in _RULES["clauses"].items()}

# --- words: typos and fuzzy spelling ------------------------------------------------------
_TYPOS: dict[str, str] = _RULES["typos"]
_FUZZY: dict[str, list[str]] = {}
for _target in _RULES["fuzzy_targets"]:  # typos rarely hit the first letter: compare like with like
    _FUZZY.setdefault(_target[0], []).append(_target)
# Words the patterns themselves use are real words: never "correct" them.
_KNOWN_WORDS = set(re.findall(r"[a-z]+", yaml.safe_dump([_RULES[k] for k in ("signs", "phrases", "macros")]
                                                          + [_NET["terms"], _SHORT["terms"]]))) \
    | set(_RULES["fuzzy_never"]) | set(_TYPOS.values())
# Phrases: several normalised words read as others ("no can" -> "cant"); a missing helper verb:
# "he not talk", "arm no move" -> "cant talk", "cant move" (not after a helper: "did not move").
_PHRASES = {tuple(words.split()): (means.split(), frozenset()) for words, means in _RULES["phrases"].items()} | {
    (neg, verb): ([*rule["means"].split(), verb], frozenset(rule["not_after"]))
    for rule in _RULES["missing_helper"] for neg in rule["negations"] for verb in rule["verbs"]}
_PHRASE_LENGTHS = sorted({len(key) for key in _PHRASES}, reverse=True)
_PHRASE_STARTS = frozenset(key[0] for key in _PHRASES)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’‘`´ʼ][^\W_]+)*|[.!?;:,\n\r()\[\]{}\"“”—–|]|(?<!\S)-(?!\S)")
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_SENTENCE_END = frozenset(".!?\n\r")


@lru_cache(maxsize=16384)
def _spell(token: str) -> str:
    """A typed word as the patterns expect it: the typo map (with and without apostrophes, so
    "od'd" is not "odd"), then one slip (two in long words) from a key word, same first letter."""
    token = _APOSTROPHES.sub("'", token.lower())
    word = _TYPOS.get(token) or _TYPOS.get(token.replace("'", ""), token.replace("'", ""))
    if len(word) < _RULES["fuzzy_min_length"] or word in _KNOWN_WORDS or not word.isalpha():
        return word
    slips = 1 if len(word) < _RULES["fuzzy_two_slips_from"] else 2
    best = process.extractOne(word, _FUZZY.get(word[0], ()), scorer=OSA.distance, score_cutoff=slips)
    return best[0] if best else word


def _rephrase(words: list) -> list:
    """Replace known phrases, longest first (a bounded look at each word: stays linear)."""
    out, i = [], 0
    while i < len(words):
        n, means = next(((n, means) for n in _PHRASE_LENGTHS if i + n <= len(words) and words[i][0] in _PHRASE_STARTS
                         for means, not_after in [_PHRASES.get(tuple(w[0] for w in words[i:i + n]), (None, ()))]
                         if means and not (out and out[-1][0] in not_after)), (1, None))
        out += [(word, words[i][1], words[i + n - 1][2]) for word in means] if means else [words[i]]
        i += n
    return out


# --- the line, normalised and cut into clauses --------------------------------------------
def _starts_clause(words: list, i: int) -> bool:
    """NegEx/ConText scope ends here: a terminator word, "and" + a new subject, a run-on subject."""
    word, prev = words[i][0], words[i - 1][0] if i else None
    following = words[i + 1][0] if i + 1 < len(words) else None
    return (word in _CLAUSES["scope_end"] or (word == "and" and following in _CLAUSES["and_before"])
            or (word in _CLAUSES["run_on_subjects"] and prev in _CLAUSES["run_on_after"]))


class _Doc:
    """The line as normalised words, clauses separated by " | " (`joined`), remembering where
    each word starts in `joined` (`starts`) and in what the user typed (`spans`), the clause of
    each word, each clause's bounds in `joined`, and the sentence of each clause."""

    def __init__(self, text: str):
        self.original = unicodedata.normalize("NFKC", text)
        self.starts, self.spans, self.clause_of, self.clause_bounds, self.sentence_of = [], [], [], [], []
        self._anchored: dict[str, set[int]] = {}  # anchor -> the clauses holding it
        # (normalised word, or None for punctuation and "" for a sentence end; start; end)
        words = _rephrase([(_spell(m.group()) if m.group()[0].isalnum() else ("" if m.group() in _SENTENCE_END else None),
                            m.start(), m.end()) for m in _TOKEN.finditer(self.original)])
        pieces: list[str] = []
        length = clause_start = sentence = 0
        for i, (word, start, end) in enumerate(words):
            if not word or _starts_clause(words, i):
                if length > clause_start:  # close the clause
                    self.clause_bounds.append((clause_start, length))
                    self.sentence_of.append(sentence)
                    pieces.append(" | ")
                    length = clause_start = length + 3
                sentence += word == ""
                if not word or word == "and" or word in _CLAUSES["scope_end"]:
                    continue  # punctuation and joining words carry no sign
            if length > clause_start:
                pieces.append(" ")
                length += 1
            self.starts.append(length)
            self.spans.append((start, end))
            self.clause_of.append(len(self.clause_bounds))
            pieces.append(word)
            length += len(word)
        if length > clause_start:
            self.clause_bounds.append((clause_start, length))
            self.sentence_of.append(sentence)
        self.joined = "".join(pieces)

    def word_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def words(self, start: int, end: int) -> set[str]:
        return set(self.joined[start:end].split())

    def clauses_with(self, anchors: frozenset[str] | None) -> set[int]:
        if anchors is None:
            return set(range(len(self.clause_bounds)))
        for anchor in anchors - self._anchored.keys():
            found, at = set(), self.joined.find(anchor)
            while at >= 0:
                found.add(self.clause_of[max(self.word_at(at), 0)])
                at = self.joined.find(anchor, at + 1)
            self._anchored[anchor] = found
        return set().union(*(self._anchored[anchor] for anchor in anchors))


def _blanked(text: str, spans) -> str:
    chars = list(text)  # one copy, whatever the number of spans: stays linear
    for start, end in spans:
        chars[start:end] = "_" * (end - start)
    return "".join(chars)


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
    text = _blanked(doc.joined, [m.span() for m in _IDIOMS.finditer(doc, doc.joined)])
    hits, short = [], len(doc.starts) <= _SHORT["max_words"]
    for sign in (s for s in _SIGNS if short or not s.alone):
        for match in sign.finder.finditer(doc, text):
            first = doc.word_at(match.start())
            clause = doc.clause_of[first]
            if sign.alone and not sign.alone.issuperset(f"{text[:match.start()]} {text[match.end():]}".split()):
                continue  # a short-message word: every other word of the line must be a filler
            if not (sign.excluded_words and sign.excluded_words & doc.words(*doc.clause_bounds[clause])):
                hits.append(_Hit(sign, match.start(), match.end(), first, doc.word_at(match.end() - 1), clause))
    return hits


class _Cues:
    """Where each context cue and escalator was found, only in the sentences that hold a sign.
    Before/after cues are looked for with every sign and pseudo-cue blanked out (the "not" in
    "not breathing" or the "no" in "no change" must not negate anything); clause-wide ones in
    the plain line, so "my dad had a stroke" still shows its family cue around the sign itself."""

    def __init__(self, doc: _Doc, hits: list[_Hit]):
        self.doc = doc
        sentences = {doc.sentence_of[hit.clause] for hit in hits}
        near = {c for c, s in enumerate(doc.sentence_of) if s in sentences}
        masked = _blanked(doc.joined, [(h.start, h.end) for h in hits]
                          + [m.span() for m in _PSEUDO_CUES.finditer(doc, doc.joined, near)])
        self.at = {}  # group name -> kind -> word positions (before/after) or clauses / sentences
        for group in [*_CONTEXTS, *_ESCALATORS.values()]:
            at = self.at[group.name] = {}
            for kind, finder in group.finders.items():
                on = masked if kind in ("before", "after") and group in _CONTEXTS else doc.joined
                matches = finder.regex.finditer(on) if kind == "line" else finder.finditer(doc, on, near)
                found = [m.end() - 1 if kind == "before" else m.start() for m in matches]
                words = sorted(doc.word_at(offset) for offset in found)
                clauses = {doc.clause_of[w] for w in words}
                at[kind] = (set(words) if kind == "opening" else words if kind in ("before", "after") else
                            {doc.sentence_of[c] for c in clauses} if kind == "sentence" else
                            {c - 1 for c in clauses if c and doc.sentence_of[c - 1] == doc.sentence_of[c]}
                            if kind == "next_clause" else clauses)
            if not any(at.values()):
                del self.at[group.name]  # nothing of this group anywhere near a sign

    def _in_window(self, positions: list[int], low: int, high: int, clause: int) -> list[int]:
        return [p for p in positions[bisect_left(positions, low):bisect_right(positions, high)]
                if self.doc.clause_of[p] == clause]

    def found(self, group: _Group, hit: _Hit, line: bool = False) -> bool:
        """Is a cue of this group where it counts for this sign? (`line`: anywhere in the line.)"""
        at = self.at.get(group.name)
        if at is None:
            return False
        if "line" in at:
            return bool(at["line"]) if line else hit.clause in at["line"]
        if (hit.clause in at.get("anywhere", ()) or hit.clause in at.get("next_clause", ())
                or self.doc.sentence_of[hit.clause] in at.get("sentence", ())):
            return True
        if (hit.first in at.get("opening", ())
                or self._in_window(at.get("after", []), hit.last + 1, hit.last + 1 + group.window, hit.clause)):
            return True
        cues = self._in_window(at.get("before", []), hit.first - 1 - group.window, hit.first - 1, hit.clause)
        if group.name == "negated":  # "no fever and short of breath": "and" ends the negation
            cues = [c for c in cues if c + 1 == hit.first
                    or not _NEGATION_STOPS & self.doc.words(self.doc.starts[c + 1], self.doc.starts[hit.first])]
        return bool(cues)

    def effects(self, hit: _Hit) -> tuple[str, ...]:
        negation_proof = bool(_NEGATION_WORDS & self.doc.words(hit.start, hit.end))
        return tuple(c.name for c in _CONTEXTS if not (c.name == "negated" and negation_proof)
                     and (not c.only or hit.sign.name in c.only)
                     and not any(self.found(_ESCALATORS[name], hit) for name in c.unless) and self.found(c, hit))

    def escalated(self, hit: _Hit) -> bool:
        return any(self.found(_ESCALATORS[name], hit, line=True) for name in hit.sign.escalate_on)


def _apply(effects: tuple[str, ...], level: int, category: str) -> int:
    """The level left after each context effect (none / ask / downgrade / keep) for this category."""
    overrides = CATEGORIES[category].get("context_effects", {})
    for name in effects:  # a pair of signs may carry the same context twice: it counts twice
        effect = overrides.get(name, _EFFECTS[name])
        if effect == "none":
            return NONE
        level = min(level, ASK) if effect == "ask" else max(level - 1, NONE) if effect == "downgrade" else level
    return level


# --- putting it together ------------------------------------------------------------------------
def _least_qualified(hits: list[_Hit], names: list[str], category: str) -> list[_Hit]:
    """The three hits among `names` that their context weakens least (keeps pairing linear)."""
    side = [hit for hit in hits if hit.sign.name in names]
    return sorted(side, key=lambda hit: -_apply(hit.effects, EMERGENCY, category))[:3]


def _findings(hits: list[_Hit], cues: _Cues) -> list[tuple[int, str, tuple[_Hit, ...]]]:
    """(level, category, hits): each sign on its own, then each combination (chest pain + sweating,
    fever + confusion...): a pair of signs that do not overlap is an emergency, less its context."""
    found = [(_apply(hit.effects, EMERGENCY if cues.escalated(hit) else hit.sign.level, hit.sign.category),
              hit.sign.category, (hit,)) for hit in hits if hit.sign.category]
    for combo in _COMBOS:
        category = combo["category"]
        for a in _least_qualified(hits, combo["first"], category):
            for b in _least_qualified(hits, combo["second"], category):
                if a.end <= b.start or b.end <= a.start:  # two signs, not one read twice
                    pair = tuple(sorted((a, b), key=lambda hit: hit.start))
                    found.append((_apply(a.effects + b.effects, EMERGENCY, category), category, pair))
    return found


def screen(text: str) -> Screening:
    """How urgent this line is: "emergency", "ask" (is it happening now?) or "none"."""
    if not isinstance(text, str) or not text.strip():
        return NOTHING
    doc = _Doc(text)
    hits = _find_signs(doc)
    if not hits:
        return NOTHING
    cues = _Cues(doc, hits)
    for hit in hits:
        hit.effects = cues.effects(hit)
    findings = _findings(hits, cues)
    level = max((f[0] for f in findings), default=NONE)
    if level == NONE:
        return NOTHING
    # Report what set the level; a crisis is always reported, whatever else was found.
    kept = sorted((f for f in findings if f[0] == level or (f[1] == "self_harm" and f[0] >= ASK)), key=lambda f: f[2][0].start)
    hits_kept, reach = [], -1  # in order; a hit inside another one ("blue" in "hes blue") is not repeated
    for h in sorted({id(h): h for f in kept for h in f[2]}.values(), key=lambda h: (h.start, -h.end)):
        if h.end > reach:
            hits_kept.append(h)
            reach = h.end
    matched = (" ".join(doc.original[doc.spans[h.first][0]:doc.spans[h.last][1]].split()) for h in hits_kept)
    return Screening(LEVEL_NAMES[level], tuple(dict.fromkeys(f[1] for f in kept)), tuple(dict.fromkeys(matched)))
