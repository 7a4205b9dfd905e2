"""A question of one's own said beside an answer at a choice question (user trial 8, F1.1 and F1.5).

    "theres no date he gave me. he said prostate cancer grows slow. ... whats a gleason score by the way"
    "none. the urologist is a specialist i guess. im on medicare, will they pay for a second opinion?"

answer_then_ask.py sets apart a last sentence that is marked and begun as a question, when the whole
line reads as a sure answer. Two more shapes were dropped, the question never answered:
- a last sentence begun as a question without its question mark, a "wh" opening with its verb
  ("whats a gleason score by the way"; the openings are data: dialogues/question_beside.yaml);
- a last sentence whose tail, after a comma, is the question ("im on medicare, will they pay ...?").
And the answer part need not be sure: when it fits more than one choice ("no date ... soon"), the
choices are offered as before and the question gets its reply too (dialogue.decide says both).

Never at the safety and urgent questions (there every question is answered as before).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .answer_then_ask import _sentences
from .asking import answer_question, question_form
from .reading import SURE, Reading
from .text import tokens


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    from .datafile import read_words_file

    raw = read_words_file("question_beside.yaml") or {}
    starts = tuple(tuple(tokens(s)) for s in raw.get("unmarked_starts", []))
    btw = tuple(tuple(tokens(s)) for s in raw.get("by_the_way", []))
    return starts, btw


@lru_cache(maxsize=1)
def _pointing():
    from .datafile import read_words_file

    raw = read_words_file("question_beside.yaml") or {}
    return (tuple(tuple(tokens(s)) for s in raw.get("pointing", [])), tuple(tuple(tokens(s)) for s in raw.get("doctor_acts", [])),
            " ".join(str(raw.get("doctor_acts_reply", "")).split()))


def about_before(answer: str, asked: str, reply: str) -> str:
    """ "he only talked about surgery. is that normal??": the reply about what the doctor did, not about a symptom."""
    from .asking import has_phrase

    pointing, acts, said = _pointing()
    if said and any(has_phrase(tokens(asked), p) for p in pointing) and any(has_phrase(tokens(answer), p) for p in acts):
        return said
    return reply


def _without_btw(toks: list[str]) -> list[str]:
    _, btw = _data()
    changed = True
    while changed and toks:
        changed = False
        for p in btw:
            if tuple(toks[: len(p)]) == p:
                toks, changed = toks[len(p):], True
            elif len(toks) > len(p) and tuple(toks[-len(p):]) == p:
                toks, changed = toks[: -len(p)], True
    return toks


def _unmarked_question(part: str) -> bool:
    starts, _ = _data()
    words = [t for t in _without_btw(tokens(part)) if t not in (",", ".", "!")]
    return len(words) >= 3 and any(tuple(words[: len(s)]) == s for s in starts)


def _asked_part(last: str, lex) -> tuple[str, str] | None:
    """(what comes before the question in the last sentence, the question), or None."""
    mark, start = question_form(last, tokens(last), lex)
    if (mark and start) or (not mark and _unmarked_question(last)):
        return "", last
    if mark and "," in last:  # "im on medicare, will they pay for a second opinion?"
        head, tail = last.rsplit(",", 1)
        if all(question_form(tail, tokens(tail), lex)) and len(tokens(head)) >= 1:
            return head.strip(), tail.strip()
    return None


def question_beside(reading: Reading, line: str, spec, lex, read_part) -> Reading | None:
    """The answer part's reading with the question's reply and the question for the list, or None."""
    if spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    if reading.reply or reading.add_question:
        return None  # already set apart (answer_then_ask.py)
    parts = _sentences(line.rstrip())
    if not parts:
        return None
    found = _asked_part(parts[-1], lex)
    if found is None:
        return None
    head, asked = found
    answer = " ".join([*parts[:-1], *([head] if head else [])]).strip()
    if not answer or "?" in answer:
        return None
    if len(parts) < 2 and not head:
        return None  # the whole line is the question: read as one already
    topic = answer_question(asked, tokens(asked), spec, lex)
    reply = about_before(answer, asked, topic.reply if topic.reply not in ("help", "why") else "")
    if not reply and not topic.add_question:
        return None
    first = read_part(answer)
    if first.asked:
        return None
    if first.certainty == SURE and first.value not in (None, [], ""):
        return replace(first, add_question=topic.add_question, reply=reply or "I added it to your list.")
    if first.options and not first.value:  # "no date ... soon": which one is asked, the question answered too
        return replace(first, add_question=topic.add_question, reply=reply)
    return None
