"""A need for an interpreter, said or asked at any question: "i need interpreter", "my mom only speaks
Spanish, can they give translator?", "my english not good".

It gets the guides' reply (the `interpreter` topic in dialogues/lexicon.yaml: ask the clinic when
booking, someone you trust can come, a notebook) and the question goes on the list for the visit.
At a question with choices, the rest of the line is read as the answer ("for my father, he is 82
and he dont speak english good": the caregiver choice, kept, and the reply); when the rest is no
answer (or at a question answered in words), the same question is asked again. A line that only
mentions an interpreter in a story ("the interpreter said the surgeon wants to operate") is read
as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .asking import answer_question, has_phrase, question_form
from .lexicon import Lexicon, default_lexicon
from .phrase_files import PhraseFile
from .phrase_files import spans as _spans
from .reading import SURE, UNCLEAR, Reading
from .text import capital_first, tokens

TOPIC = "interpreter"
# Said with one of these, the words above are a need, not a story: "i need", "can they give", "she only speaks".
_NEED = (("need",), ("needs",), ("needed",), ("want",), ("wants",), ("can",), ("could",), ("will",), ("would",), ("is", "there"), ("are", "there"),
         ("do", "they"), ("does", "it"), ("get",), ("give",), ("provide",), ("have", "one"), ("help",), ("only",), ("not",), ("no",), ("dont",),
         ("doesnt",), ("cant",), ("bad",), ("poor",), ("little",), ("limited",), ("broken",), ("please",), ("pls",))

_SELF = (("i", "translate"), ("i", "interpret"), ("ill", "translate"), ("i", "will", "translate"), ("i", "am", "translating"),
         ("im", "translating"), ("i", "do", "the", "translating"), ("i", "am", "his", "interpreter"), ("i", "am", "her", "interpreter"),
         ("im", "his", "interpreter"), ("im", "her", "interpreter"), ("i", "can", "translate"))


def language_need(text: str, toks: list[str], spec, lex: Lexicon) -> Reading | None:
    """The guides' reply when the line says or asks for help with language, else None."""
    topic = next((t for t in lex.topics if t.id == TOPIC), None)
    if topic is None:
        return None
    spans = phrase_spans(toks, topic.words)
    if not spans:
        return None
    if any(has_phrase(toks, p) for p in _SELF):
        return None  # "I translate for him": the person helps with language themselves
    if declined(toks, spans):  # "we dont need an interpreter": nothing added; at a question with choices, the rest read
        return Reading(UNCLEAR, None, message=str(_DECLINED.data()["message"])) if spec.ask in ("choice", "multi") else None
    mark, start = question_form(text, toks, lex)
    near = [toks[max(0, s - 3) : e + 2] for s, e in spans]  # "can they give translator", "my english is not good"
    if not (mark or start or any(has_phrase(part, n) for part in near for n in _NEED)):
        return None
    reading = answer_question(text, toks, spec, lex)
    return reading if reading.reply == topic.reply else None


_DECLINED = PhraseFile("interpreter_declined.yaml")


def declined(toks: list[str], found: set[tuple[int, int]]) -> bool:
    """Every interpreter word in the line said not to be needed ("we dont need an interpreter", "no translator
    needed"), and no need said beside it ("he doesnt need one but my mom only speaks spanish")."""
    if not found or _DECLINED.phrases("still_need") and any(has_phrase(toks, p) for p in _DECLINED.phrases("still_need")):
        return False
    reach = int(_DECLINED.data()["reach"])
    before = [e for _, e in _spans(toks, _DECLINED.phrases("declined"))]
    after = [s for s, _ in _spans(toks, _DECLINED.phrases("declined_after"))]
    next_to = _DECLINED.words("next_to")
    marks = {",", ".", ";", ":", "!", "?"}

    def said_no(start: int, end: int) -> bool:
        if start and toks[start - 1] in next_to:
            return True
        if any(0 <= start - e <= reach and not marks & set(toks[e:start]) for e in before):
            return True
        return any(0 <= s - end <= reach and not marks & set(toks[end:s]) for s in after)

    return all(said_no(s, e) for s, e in found)


_BY_FIRST: dict[int, tuple[tuple, dict]] = {}  # id(phrases) -> (the phrases, first word -> phrases): kept by identity


def phrase_spans(toks: list[str], phrases: tuple[tuple[str, ...], ...]) -> set[tuple[int, int]]:
    """Where each phrase (a tuple of words) stands in `toks`, as (start, end) word positions. Only
    the phrases whose first word is at a position are tried there: the same spans as trying every
    phrase at every position, in time that grows with the line, not with the line times the phrases."""
    entry = _BY_FIRST.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list] = {}
        for phrase in phrases:
            if phrase:
                index.setdefault(phrase[0], []).append(phrase)
        entry = _BY_FIRST[id(phrases)] = (phrases, index)
    index = entry[1]
    spans = {(i, i + len(w)) for i, tok in enumerate(toks) if tok in index for w in index[tok] if tuple(toks[i : i + len(w)]) == w}
    if len(index) < len(phrases) and () in phrases:  # an empty phrase stands everywhere (as when every phrase is tried)
        spans.update((i, i) for i in range(len(toks) + 1))
    return spans


_PARTS = re.compile(r"[,.;!?]+\s*|\s+(?:and|but|though|tho)\s+", re.I)


_SUBJECTS = frozenset({"he", "she", "they", "hes", "shes", "theyre", "i", "im", "we", "mom", "mum", "dad", "mother", "father"})


def _before_need(part: str) -> str:
    """The words of a part before the sentence that tells the need, run on without a mark: "my mom told me to do this
    for her she doesnt read english good" -> "my mom told me to do this for her" (walk of 2026-12-07)."""
    words = part.split()
    low = tokens(part.lower())
    if len(low) != len(words):
        return ""
    topic_words = [w for t in default_lexicon().topics if t.id == TOPIC for w in t.words]
    start = min((s for s, _ in phrase_spans(low, tuple(topic_words))), default=None)
    cut = max((k for k in range(1, start or 0) if low[k] in _SUBJECTS), default=None)
    return " ".join(words[:cut]) if cut and cut >= 3 else ""


def with_answer(need: Reading, text: str, spec, lex: Lexicon, read: Callable[[str], Reading]) -> Reading:
    """At a question with choices, the answer the rest of the line gives, kept, with the reply; else the reply alone."""
    if spec.ask not in ("choice", "multi"):
        return need
    topic = next(t for t in lex.topics if t.id == TOPIC)
    parts = [p for p in _PARTS.split(text) if p and p.strip()]
    said = [p.strip() for p in parts if any(has_phrase(tokens(p.lower()), w) for w in topic.words)]
    rest = ", ".join([p.strip() for p in parts if p.strip() not in said] + [h for h in map(_before_need, said) if h])
    if not rest or rest.strip() == text.strip():
        return need
    answer = read(rest)
    if answer.certainty != SURE or answer.value is None or answer.asked or answer.dont_know:
        return need
    if not need.reply:  # "no interpreter needed, I checked, its covered": the answer, nothing noted of the interpreter
        return answer
    note = answer.note or "; ".join(said)  # "my english not so good": kept as the answer's note, as typed
    return replace(answer, reply=need.reply, add_question=need.add_question, note=capital_first(note))
