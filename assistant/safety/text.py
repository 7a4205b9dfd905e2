"""A typed line as the red-flag patterns read it: normalised words, clauses, and their anchors.

Words are spelled as the patterns expect (typo map, one slip from a key word), known phrases
rewritten ("no can" -> "cant", "he not talk" -> "he cant talk"), and the line is cut into clauses
(where negation and context stop) and sentences. Each clause is scanned once for every pattern's
anchors (see rules.py), so a pattern list runs only where it can match.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from . import stored
from .rules import CUES, SIGNS, tables
from .stored import pattern

_TABLES = tables()  # the stored head now, each part at its first need (stored.py)
_RULES = _TABLES.head["rules"]
_CLAUSES = {key: frozenset(words) for key, words in _RULES["clauses"].items()}
_CLAUSE_WORDS = _CLAUSES["scope_end"] | _CLAUSES["run_on_subjects"] | {"and"}  # the only words that may start one
_OPENERS = _CLAUSES.get("opens_next", frozenset({"now"}))  # a clause of only this word opens the next one
# (s24) a laugh or a chat aside ("lol", "haha", "ngl") is a break in a run-on line: the words after it are a clause of
# their own, opened by it ("whats the risk of a stroke lol my face is drooping": the risk question stays in its clause)
_ASIDE_BREAKS = _CLAUSES.get("aside_breaks_s24", frozenset())
_ASIDE_KEPT = _CLAUSES.get("aside_kept_before_s24", frozenset())  # "lol jk": the joke stays with what it marks


def _aside_break(words: list, i: int) -> bool:
    word = words[i][0]
    following = words[i + 1][0] if i + 1 < len(words) else None
    return bool(word in _ASIDE_BREAKS or (word.startswith("haha") and set(word) <= {"h", "a"})) and bool(following) and following not in _ASIDE_KEPT and following in _CLAUSES["and_before"]

# (s25) in a question with no stop, a clause told now (its own subject and a present verb) opens a clause of its own
# ("whats the risk of a stroke my face is drooping"): the question's cue stays in the question (red_flags.yaml)
_TOLD_QUESTIONS = _CLAUSES.get("told_now_questions_s25", frozenset())
_TOLD_OPENERS = _CLAUSES.get("told_now_question_openers_s25", frozenset())
_TOLD_CONDITIONS = _CLAUSES.get("told_now_conditions_s25", frozenset())
_TOLD_OWNERS = _CLAUSES.get("told_now_owners_s25", frozenset())
_TOLD_OWNER_VERBS = _CLAUSES.get("told_now_owner_verbs_s25", frozenset())
_TOLD_SUBJECTS = _CLAUSES.get("told_now_subjects_s25", frozenset())
_TOLD_SUBJECT_VERBS = _CLAUSES.get("told_now_subject_verbs_s25", frozenset())
_TOLD_NOT_AFTER = _CLAUSES.get("told_now_not_after_s25", frozenset())
_TOLD_JUDGED = _CLAUSES.get("told_now_judged_s32", frozenset())
_JUDGED_CAUSES = frozenset({"after", "since", "from", "on", "while", "during"})


def _told_now_break(words: list, i: int) -> bool:
    """Does a clause told now start at word i of a question clause: "my face is ...", "its soaking ..."? (s25)
    The caller checks the clause so far asks (holds a question word); a bounded look of three words ahead."""
    word, prev = words[i][0], words[i - 1][0] if i else None
    judged = prev == "that" and i >= 2 and words[i - 2][0] in _TOLD_JUDGED  # "is it normal that my face is drooping" (lead, s32)
    if not prev or (prev in _TOLD_NOT_AFTER and not judged):
        return False
    if judged and any(w[0] in _JUDGED_CAUSES for w in words[i + 1:i + 12]):
        return False  # "is it normal that his speech is slurred after the anesthesia": asked about a cause named (rv32)
    ahead = [w[0] for w in words[i + 1:i + 4]]
    if word in _TOLD_OWNERS:  # "my face is drooping", "my left arm wont move"
        return bool(ahead and ahead[0]) and (ahead[1:2] == [w for w in ahead[1:2] if w in _TOLD_OWNER_VERBS] != [] or (
            len(ahead) > 2 and bool(ahead[1]) and ahead[2] in _TOLD_OWNER_VERBS))
    if word in _TOLD_SUBJECTS and ahead and ahead[0]:  # "its soaking through", "he is not breathing", "i cant see"
        if ahead[0] in _TOLD_SUBJECT_VERBS and not (len(ahead) > 1 and ahead[1]):
            return False  # "no idea what day it is, ...": the verb closes the question's own clause (lead, s32)
        return ahead[0] in _TOLD_SUBJECT_VERBS or (word in {"its", "im", "hes", "shes", "theyre"} and ahead[0].endswith("ing"))
    return False


# --- words: typos and fuzzy spelling ------------------------------------------------------
_TYPOS: dict[str, str] = _RULES["typos"]
_FUZZY: dict[str, list[str]] = {}
for _target in _RULES["fuzzy_targets"]:  # typos rarely hit the first letter: compare like with like
    _FUZZY.setdefault(_target[0], []).append(_target)
# Words the patterns themselves use are real words: never "correct" them.
_KNOWN_WORDS = frozenset(_TABLES.head["known_words"]) | set(_RULES["fuzzy_never"]) | set(_TYPOS.values())
# Phrases: several normalised words read as others ("no can" -> "cant"); a missing helper verb:
# "he not talk", "arm no move" -> "cant talk", "cant move" (not after a helper: "did not move").
_PHRASES = {tuple(words.split()): (means.split(), frozenset()) for words, means in _RULES["phrases"].items()} | {
    (neg, verb): ([*rule["means"].split(), verb], frozenset(rule["not_after"]))
    for rule in _RULES["missing_helper"] for neg in rule["negations"] for verb in rule["verbs"]}
_PHRASE_LENGTHS = sorted({len(key) for key in _PHRASES}, reverse=True)
_PHRASE_STARTS = frozenset(key[0] for key in _PHRASES)
_TOKEN = re.compile(r"\d{1,2}:\d\d(?![\d:])|\d+(?:[.,]\d+)+|[^\W_]+(?:['’‘`´ʼ][^\W_]+)*|[.!?;:,\n\r()\[\]{}\"“”—–|+]|(?<!\S)-(?!\S)")
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_SENTENCE_END = frozenset(".!?\n\r")
_ASKED = re.compile(r"\s*\?")  # a question mark after a clause's last word
_BRACKETS = frozenset("()[]{}")
_DROPPED = (None, -1, -1)
_ASIDE_WORDS = 3  # an aside of this many words or more is a clause of its own
_distance = None  # rapidfuzz, imported at the first word that needs it


@lru_cache(maxsize=16384)
def spell(token: str) -> str:
    """A typed word as the patterns expect it: the typo map (with and without apostrophes, so
    "od'd" is not "odd"), then one slip (two in long words) from a key word, same first letter."""
    global _distance
    token = _APOSTROPHES.sub("'", token.lower())
    if ":" in token:  # a clock time ("9:02") is one word the patterns read as 9h02: a time today, not a year nor a reading
        return token.replace(":", "h")
    word = _TYPOS.get(token) or _TYPOS.get(token.replace("'", ""), token.replace("'", ""))
    if len(word) < _RULES["fuzzy_min_length"] or word in _KNOWN_WORDS or not word.isalpha():
        return word
    if _distance is None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        _distance = (process.extractOne, OSA.distance)
    slips = 1 if len(word) < _RULES["fuzzy_two_slips_from"] else 2
    best = _distance[0](word, _FUZZY.get(word[0], ()), scorer=_distance[1], score_cutoff=slips)
    return best[0] if best else word


def _rephrase(words: list) -> list:
    """Replace known phrases, longest first (a bounded look at each word: stays linear)."""
    if _PHRASE_STARTS.isdisjoint(word for word, _, _ in words):
        return words  # the usual line: nothing to look at
    out, i = [], 0
    while i < len(words):
        if words[i][0] not in _PHRASE_STARTS:
            out.append(words[i])
            i += 1
            continue
        n, means = next(((n, means) for n in _PHRASE_LENGTHS if i + n <= len(words)
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
            or (word in _CLAUSES["run_on_subjects"] and prev in _CLAUSES["run_on_after"] and not _spanish_he(prev, word, following)))


def _spanish_he(prev: str | None, word: str, following: str | None) -> bool:
    """Spanish "he" (I have) between a pronoun and a participle: "me he desmayado" (round 14)."""
    return (word == "he" and prev in _CLAUSES.get("es_clitics_r14", ()) and bool(following)
            and following.endswith(tuple(_CLAUSES.get("es_participle_endings_r14", ()))))


@lru_cache(maxsize=2)
def _scanner(scan: int):
    """The anchor regex's findall (from its stored program, see stored.py) of a scan (see rules.py)."""
    table = _TABLES.head[stored.SIGN_SCAN] if scan == SIGNS else _TABLES.part(stored.CUE_SCAN)
    return pattern(table["anchors"], table.get("program")).findall


@lru_cache(maxsize=2)
def triggers(scan: int):
    """A scan's anchor -> the pattern lists it serves (read at the first line holding an anchor)."""
    return stored.readable(_TABLES.part(stored.SIGN_TRIGGERS) if scan == SIGNS else _TABLES.part(stored.CUE_SCAN)["triggers"])


def ready() -> None:
    """Read what the first line holding a sign will need (the warm-up calls it; see stored.py)."""
    for scan in (SIGNS, CUES):
        _scanner(scan)
        triggers(scan)


def _asides(words: list) -> list:
    """Brackets: an aside of a few words is its own clause ("the neighbour (the COPD lady) has
    sudden weakness": her COPD is no context for the weakness); a short one ("my son (13) is
    ...") and an unmatched bracket are dropped. A colon between a word and a number is dropped
    ("BP: 205/110" is one reading). Other punctuation becomes None. Linear."""
    out, opened, inside = [], None, 0  # opened: where the last "(" went in `out`; inside: words since
    for word, start, end in words:
        if word == "" or word[0].isalnum():
            out.append((word, start, end))
            inside += 1
        elif word in _BRACKETS and word in "([{":
            opened, inside = len(out), 0
            out.append((None, start, end))
        elif word in _BRACKETS:
            if opened is not None and inside < _ASIDE_WORDS:
                out[opened] = _DROPPED  # a short aside: one clause with its sentence
            elif opened is not None:
                out.append((None, start, end))
            opened = None
        elif word == ":" and out and out[-1][0] and out[-1][0][0].isalpha():
            out.append((":", start, end))  # "bp: 205/110": kept with its reading (below)
        else:
            out.append((None, start, end))
    if opened is not None:
        out[opened] = _DROPPED
    _drop_age_asides(out)
    return [w if w[0] != ":" else (None, *w[1:]) for i, w in enumerate(out) if w is not _DROPPED
            and not (w[0] == ":" and i + 1 < len(out) and out[i + 1][0] and out[i + 1][0][0].isdigit())]


_AGE_HEADS = frozenset({"hes", "shes", "he", "she", "age", "aged"})
_AGE_VERBS = frozenset({"is", "s", "just", "only", "turned", "turning", "nearly", "almost"})
_AGE_UNITS = frozenset({"years", "year", "yrs", "yr", "yo", "months", "month", "mos", "mo", "old", "weeks", "wks"})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty".split())


def _drop_age_asides(out: list) -> None:
    """An age put between commas after the person ("my grandson, he's 12, is crying") is read as
    "my grandson 12 is crying": its commas and "he's" are dropped, the age kept, so the sentence
    reads on as one clause (round 17: "is crying" opening a clause was read as a question).
    Linear: each aside is at most seven words, looked at once."""
    i = 1
    while i < len(out) - 2:
        if out[i][0] is None and out[i - 1][0] and out[i + 1][0] in _AGE_HEADS:
            j = i + 2
            while j < len(out) and j < i + 5 and out[j][0] in _AGE_VERBS:
                j += 1
            age = j
            if j < len(out) and out[j][0] and (out[j][0].isdigit() or out[j][0] in _NUMBER_WORDS):
                j += 1
                while j < len(out) and j < i + 8 and out[j][0] in _AGE_UNITS:
                    j += 1
                if j < len(out) - 1 and out[j][0] is None and out[j + 1][0]:
                    out[i:age] = [_DROPPED] * (age - i)  # the commas and "he's", not the age itself
                    out[j] = _DROPPED
                    i = j + 1
                    continue
        i += 1


class Doc:
    """The line as normalised words, clauses separated by " | " (`joined`), remembering where
    each word starts in `joined` (`starts`) and in what the user typed (`spans`), the clause of
    each word, each clause's bounds in `joined`, and the sentence of each clause; `anchored(scan)`:
    for each pattern list (by number) the clauses holding one of its anchors."""

    def __init__(self, text: str):
        self.original = unicodedata.normalize("NFKC", text)
        self.starts, self.spans, self.clause_of, self.clause_bounds, self.sentence_of = [], [], [], [], []
        # (normalised word, or None for punctuation and "" for a sentence end; start; end)
        words = _rephrase(_asides([(spell(token) if token[0].isalnum() else ("" if token in _SENTENCE_END else token), *m.span())
                                   for m in _TOKEN.finditer(self.original) for token in (m.group(),)]))
        pieces: list[str] = []
        length = clause_start = sentence = 0
        asks = False  # the clause so far holds a question word (s25)
        for i, (word, start, end) in enumerate(words):
            only_now = length > clause_start and pieces[-1] in _OPENERS and length - clause_start == len(pieces[-1])  # "now, she is bleeding", "today i lost..."
            if word is None and only_now:
                continue  # a clause that is only "now" opens the next one
            if not word or (word in _CLAUSE_WORDS and not only_now and _starts_clause(words, i)) or (
                    word and _aside_break(words, i) and not only_now and length > clause_start) or (
                    asks and length > clause_start and _told_now_break(words, i)):  # kept, opening its clause
                asks = False  # a new clause (s25)
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
            if word in _TOLD_CONDITIONS:
                asks = None  # the rest of the clause is a condition: never broken (s25)
            elif asks is not None:
                asks = asks or word in _TOLD_QUESTIONS or (word in _TOLD_OPENERS and length == clause_start)
            length += len(word)
        if length > clause_start:
            self.clause_bounds.append((clause_start, length))
            self.sentence_of.append(sentence)
        self.joined = "".join(pieces)
        ranks = {number: rank for rank, number in enumerate(dict.fromkeys(self.sentence_of))}
        self.sentence_of = [ranks[number] for number in self.sentence_of]  # 0, 1, 2... ("wait... now" skips none)
        self._anchored: list[dict[int, list[int]] | None] = [None, None]
        self._clause_words: dict[int, set[str]] = {}
        self.idioms_blanked: str | None = None  # `joined` with its idioms blanked (screening.without_idioms)

    def anchored(self, scan: int) -> dict[int, list[int]]:
        """Pattern list number -> the clauses holding one of its anchors (rules.SIGNS or
        CUES). A match never crosses " | ", so its anchor lies inside its clause."""
        if self._anchored[scan] is None:
            findall = _scanner(scan)
            self._anchored[scan] = anchored = {}
            for clause, (start, end) in enumerate(self.clause_bounds):
                found = set(findall(self.joined, start, end)) - {""}  # "": no anchors at all (see rules._regex_parser)
                for number in set().union(*map(triggers(scan).__getitem__, found)) if found else ():
                    anchored.setdefault(number, []).append(clause)
        return self._anchored[scan]

    def sentence_at(self, offset: int) -> int:
        """The sentence of a character offset in `joined` (the " | " after a clause: that clause's)."""
        clause = max(bisect_right(self.clause_bounds, (offset, len(self.joined) + 1)) - 1, 0)
        return self.sentence_of[clause] if self.sentence_of else 0

    def word_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def words(self, start: int, end: int) -> set[str]:
        return set(self.joined[start:end].split())

    def asked(self, clause: int) -> bool:
        """Does this clause end its sentence with a question mark ("ball pain?")?"""
        last = bisect_right(self.clause_of, clause) - 1  # its last word
        return (clause + 1 < len(self.sentence_of) and self.sentence_of[clause] != self.sentence_of[clause + 1]
                and bool(_ASKED.match(self.original, self.spans[last][1])))

    def clause_words(self, clause: int) -> set[str]:
        """The words of a clause (worked out once per clause: a long clause with many signs
        must not be split again for each of them)."""
        cached = self._clause_words.get(clause)
        if cached is None:
            cached = self._clause_words[clause] = self.words(*self.clause_bounds[clause])
        return cached


@lru_cache(maxsize=2)
def doc_of(text: str) -> Doc:
    """The line as a Doc, kept for the last two lines: the screen and the doubt net (doubt_net.py), which reads
    a line the screen left quiet, share one reading instead of making it twice."""
    return Doc(text)


def blanked(text: str, spans) -> str:
    """`text` with each (start, end) span written over with "_" (the screen's idioms and found signs set aside)."""
    chars = list(text)  # one copy, whatever the number of spans: stays linear
    for start, end in spans:
        chars[start:end] = "_" * (end - start)
    return "".join(chars)
