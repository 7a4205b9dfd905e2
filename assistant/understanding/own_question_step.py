"""At the step that asks for a question of the person's own, a question is the answer: it goes on the
list for the doctor as typed, never "I cannot answer that here" (user trial 7, finding 11: "do i have
to taper off the sertraline first"). A question about the step itself ("what should i write here",
"why do you ask") still gets its reply. The states are data: dialogues/own_question_step.yaml."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file
from .reading import SURE, Reading


@cache
def _data() -> tuple[frozenset, frozenset, frozenset]:
    data = read_words_file("own_question_step.yaml")
    return frozenset(data["states"]), frozenset(data["kept_replies"]), frozenset(data["question_steps"]) | frozenset(data["states"])


def asks_for_questions(spec) -> bool:
    """A step where any question asked is one for the doctor's list."""
    return spec.name in _data()[2]


def question_is_answer(text: str, asked: Reading, spec) -> Reading:
    """`asked`: the line read as a question to me. At an own-question step, the question itself is
    stored, unless it is about the step."""
    states, kept, _ = _data()
    if spec.name not in states or asked.reply in kept or asked.reply == spec.why or asked.dont_know:
        return asked
    return Reading(SURE, own_question(text, spec))


def own_question(text: str, spec) -> str:
    """At an own-question step, the question without a statement after it: "how long will it take? i dont want
    it spreading while i wait" -> "how long will it take" (user trial 8, F1.7: both were stored as one question)."""
    from .question_beside import tidy_question

    text = text.strip()
    if spec.name not in _data()[0] or "?" not in text.rstrip(" ?"):
        return text
    questions = [part.strip() for part in re.split(r"\?+", text) if part.strip()]
    if text.endswith("?") or _asks(questions[-1]):
        # "should he get a needle biopsy first? and with his copd can he handle losing a lobe?": every question kept
        # (a lead's trial, 2026-12-05: the second was dropped as if it were a statement after the first)
        return "? ".join(tidy_question(part, full=False).rstrip("?") for part in questions)
    return tidy_question(text, full=False).rstrip("?")


_JOINERS = frozenset({"and", "also", "plus", "or", "but", "so", "then", "oh", "btw"})


def _asks(part: str) -> bool:
    """A part that opens as a question does ("and can he ...", "also what about ..."), a joining word aside."""
    from ..rules import _ASKING  # the words a question for the doctor's list opens with

    words = [w.replace("'", "") for w in re.findall(r"[a-z']+", part.lower()) if w not in _JOINERS]
    if words and (words[0] in _ASKING or words[0] in _ASKING_SHORT):
        return True
    # "with his copd can his breathing handle it": a verb put first, then who or what it asks about
    return any(w in _VERB_FIRST and nxt in _SUBJECTS for w, nxt in zip(words[:6], words[1:7]))


_VERB_FIRST = frozenset({"can", "could", "will", "would", "should", "is", "are", "does", "do", "did", "was", "has", "have"})
_SUBJECTS = frozenset({"he", "she", "i", "we", "they", "it", "you", "his", "her", "my", "our", "their", "the", "this", "that"})


_ASKING_SHORT = frozenset({"whats", "hows", "whos", "wheres", "isnt", "cant", "wont", "doesnt", "wouldnt", "couldnt", "shouldnt"})


__all__ = ["asks_for_questions", "own_question", "question_is_answer"]
