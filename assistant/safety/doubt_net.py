"""A general net under the signs: when in doubt, ask one direct question (helper g11, issue 12).

The red-flag screen finds signs by their phrases; each new round of lines brings wordings no phrase has.
This net runs after it, only on a line it left at "none", and raises that line to the check question
("Is this happening now?"), never to the urgent turn, when the line has one of two general shapes
(words in dialogues/doubt_net.yaml, as parts and word families, not phrases):
  body_now: a body part or body function (chest, breath, belly, wound, sugar, pills, baby, wake...) and,
            in the same sentence, a cue that it is going on now, came on suddenly, is the worst, cannot
            be done or will not stop (the screen's own now/sudden/recent/minutes cues, and a few more);
  means:    a named means of dying (a gun, a bridge, a supply of pills) and, in the line, a time, a place
            or a farewell (helper sh10's idea).
Not when the sentence is negated before the body word, told as past or history, asked about as a risk,
or an idiom: those guards are the red-flag screen's own lists (finders.py), run on the sentence only.
Cost: a line the screen left quiet pays one search of the raw line for any of the net's words; only a
line holding one is looked at further, in the screen's own reading of it (text.doc_of: read once for both). (So a body word
misspelt beyond the stems listed, which text.Doc would mend, is not looked at: a known gap.)
"""

from __future__ import annotations

import re
from functools import cache

from ..regex_store import kept, table_regex
from .first_letters import grouped

FILE = "doubt_net.yaml"
_WORDS = ("now", "time", "place", "farewell", "intent", "stoppers", "body_quiet")
_WITH_MEANS = ("time", "place", "farewell", "intent")  # any one of them beside a means


def _alternation(items) -> str:
    return "|".join(f"(?:{item})" for item in items)


def _whole(items) -> re.Pattern:
    return table_regex(rf"(?<![\w]){'(?:' + _alternation(items) + ')'}(?![\w])")


def _negation_words() -> frozenset[str]:
    from .screening import _NEGATION_WORDS

    return _NEGATION_WORDS


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _tables() -> dict:
    """The YAML's lists compiled once: body words by category, the other kinds, the reused finders."""
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from .finders import FINDERS
    from .signs import CATEGORIES

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    body = data["body"]
    if not isinstance(body, dict) or not set(body) <= set(CATEGORIES):
        raise ValueError(f"dialogues/{FILE}: body needs a map of red-flag categories to word lists")
    names = [*data["guards"], *data["body_guards"], *data["now_finders"], *data["past_guard"]]
    missing = [name for name in names if name not in FINDERS]
    if missing:
        raise ValueError(f"dialogues/{FILE}: no red-flag list named {missing}")
    categories = list(body)
    body_re = table_regex("(?<!\\w)(?:" + "|".join(f"(?P<c{i}>{_alternation(body[c])})(?!\\w)" for i, c in enumerate(categories)) + ")")
    means = _whole(data["means"])
    every = [*(w for c in categories for w in body[c]), *data["means"]]
    return {
        "categories": categories,
        "body": body_re,
        "means": means,
        **{kind: _whole(data[kind]) for kind in _WORDS},
        # the raw line, lower case: any body word or means at all (a quiet line with none costs this search only)
        "prefilter": table_regex(rf"(?<!\w)(?:{grouped(every)})(?!\w)"),  # grouped by first letter (p19)
        "guards": [FINDERS[name] for name in data["guards"]],
        "body_guards": [FINDERS[name] for name in data["body_guards"]],
        "now_finders": [FINDERS[name] for name in data["now_finders"]],
        "negation": _negation_words(),
        "past": FINDERS[data["past_guard"][0]],
        "present": FINDERS[data["past_guard"][1]],
        "means_stoppers": _whole(data["means_stoppers"]),
        "window": tuple(int(n) for n in data["negation_window"]),
    }


def _sentence_spans(doc) -> list[tuple[int, int]]:
    """Character spans of each sentence in doc.joined."""
    spans: dict[int, list[int]] = {}
    for clause, (start, end) in enumerate(doc.clause_bounds):
        s = doc.sentence_of[clause]
        if s in spans:
            spans[s][1] = end
        else:
            spans[s] = [start, end]
    return [tuple(spans[s]) for s in sorted(spans)]


def _guarded(tables, text: str, start: int, end: int, body: bool, sudden: bool = False) -> bool:
    """A guard list of the red-flag screen matches in this sentence (history, a risk question, settled, seen by
    a doctor...); for a body sign also long-standing, a death told, or the past tense only (unless sudden)."""
    if any(finder.regex.search(text, start, end) for finder in tables["guards"]):
        return True
    if not body:
        return False
    if tables["body_quiet"].search(text, start, end) or any(f.regex.search(text, start, end) for f in tables["body_guards"]):
        return True
    if sudden:  # "his belly got hard out of nowhere": a sudden onset (the first now list) is told in the past tense
        return False
    return bool(tables["past"].regex.search(text, start, end)) and not tables["present"].regex.search(text, start, end)


def _now_in(tables, doc, text: str, start: int, end: int) -> re.Match | None:
    found = tables["now"].search(text, start, end)
    if found:
        return found
    for finder in tables["now_finders"]:
        found = finder.regex.search(text, start, end)
        if found:
            return found
    return None


def _negated(tables, doc, word: re.Match, now: re.Match) -> bool:
    """A negation word within the window before or after the body word, or before the now cue, in their clause,
    that is not part of the now cue ("can't breathe" is a sign; "no chest pain right now" and "not having
    any of that rn" are not)."""
    before, after = tables["window"]
    first, last = doc.word_at(word.start()), doc.word_at(word.end() - 1)
    cue = doc.word_at(now.start())
    near = [(first, range(max(first - before, 0), first)), (first, range(last + 1, min(last + 1 + after, len(doc.starts)))),
            (cue, range(cue))]  # a now cue: anywhere before it in its clause
    for at, positions in near:
        for i in positions:
            if doc.clause_of[i] != doc.clause_of[at] or now.start() <= doc.starts[i] < now.end():
                continue
            if doc.joined[doc.starts[i]:].split(None, 1)[0] in tables["negation"]:
                return True
    return False


def found(text: str) -> tuple[str, str, str] | None:
    """(kind, category, the words) for the first shape of doubt in the line, or None."""
    tables = _tables()
    if not tables["prefilter"].search(text.lower()) and not _concept_words(text):
        return None
    from .screening import without_idioms
    from .text import doc_of

    doc = doc_of(text)  # the screen's own reading of this line, when it read it
    joined = without_idioms(doc)  # its idioms blanked as the screen blanked them (found once for both)
    spans = _sentence_spans(doc)
    for start, end in spans:
        for word in tables["body"].finditer(joined, start, end):
            clause = doc.clause_of[doc.word_at(word.start())]
            if tables["stoppers"].search(joined, *doc.clause_bounds[clause]):
                continue  # a scan, a visit, a paper: planning, not a body now
            now = _now_in(tables, doc, joined, start, end)
            if now is not None and (now.start() <= word.start() < now.end()  # "as we speak": the cue, not a body
                                    or tables["stoppers"].search(joined, *doc.clause_bounds[doc.clause_of[doc.word_at(now.start())]])):
                continue  # "the GP keeps telling me": the cue is said of a visit or a talk
            if now is None or _negated(tables, doc, word, now) or _guarded(
                    tables, joined, start, end, True, now.re is tables["now_finders"][0].regex):
                continue
            category = tables["categories"][int(word.lastgroup[1:])]
            return "body_now", category, f"{word.group()} {now.group()}".strip()
    if tables["means_stoppers"].search(joined):
        return _concepts(tables, doc, joined, spans, text)
    for start, end in spans:
        means = tables["means"].search(joined, start, end)
        if not means or _guarded(tables, joined, start, end, False):
            continue
        # a time, place, farewell or word of doing it, or a second means, anywhere in the line, apart from this one
        for kind in (*_WITH_MEANS, "means"):
            for other in tables[kind].finditer(joined):
                if other.end() <= means.start() or other.start() >= means.end():
                    return "means", "self_harm", f"{means.group()} {other.group()}".strip()
    return _concepts(tables, doc, joined, spans, text)


def _concepts(tables, doc, joined: str, spans, text: str):
    """The doubt net by concept (doubt_concepts.py, helper dn15): a symptom cluster, a swallowed thing,
    words of not being here, a reading out of range."""
    from . import doubt_concepts

    return doubt_concepts.found(tables, _guarded, doc, joined, spans, text)


def _concept_words(text: str) -> bool:
    from . import doubt_concepts

    return doubt_concepts.worth_a_look(text)


def with_doubt(text: str, screening):
    """The screen's result, raised to the check question when a quiet line has a shape of doubt."""
    if screening.level != "none":
        return screening
    shape = found(text)
    if shape is None:
        return screening
    from .screening import Screening

    _, category, words = shape
    from .language import is_spanish  # a line in Spanish gets the Spanish line with the check question too

    return Screening("ask", (category,), (words,), advice=("spanish",) if is_spanish(text) else ())
