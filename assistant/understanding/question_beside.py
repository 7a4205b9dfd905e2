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
from .text import capital_first, tokens


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


def _unmarked_question(part: str, state: str = "") -> bool:
    starts, _ = _data()
    words = [t for t in _without_btw(tokens(part)) if t not in (",", ".", "!")]
    while words[:1] and words[0] in ("and", "so", "but", "plus", "oh"):  # "... also 5 and 6. and can she still ..."
        words = words[1:]
    if len(words) >= 3 and state and any(tuple(words[: len(s)]) == s for s in _yes_no(state)):
        return True
    return len(words) >= 3 and any(tuple(words[: len(s)]) == s for s in starts)


def _yes_no(state: str) -> tuple[tuple[str, ...], ...]:
    """The yes/no openings of a question of one's own, at the questions that take them (question_beside.yaml)."""
    from .datafile import read_words_file

    raw = read_words_file("question_beside.yaml") or {}
    if state not in raw.get("joined_states", []):
        return ()
    return tuple(tuple(tokens(str(s))) for s in raw.get("unmarked_yes_no", []))


def _asked_part(last: str, lex, state: str = "") -> tuple[str, str] | None:
    """(what comes before the question in the last sentence, the question), or None."""
    mark, start = question_form(last, tokens(last), lex)
    if (mark and start) or (not mark and _unmarked_question(last, state)):
        return "", last
    if mark and "," in last:  # "im on medicare, will they pay for a second opinion?"
        head, tail = last.rsplit(",", 1)
        if all(question_form(tail, tokens(tail), lex)) and len(tokens(head)) >= 1:
            return head.strip(), tail.strip()
    return _joined_question(last, lex, state)


def _joined_question(last: str, lex, state: str) -> tuple[str, str] | None:
    """ "1 3 5 and will she be able to walk after?", "2 4 6 plus can we wait until spring?" at the list of questions: picks,
    a joining word (question_beside.yaml's `joiners`), then a question of one's own, begun as one (helper u21b). Only at
    the questions `joined_states` names; the first joining word after which a question begins splits the line."""
    from .datafile import read_words_file

    raw = read_words_file("question_beside.yaml") or {}
    if state not in raw.get("joined_states", []):
        return None
    toks = tokens(last)
    joiners = [tuple(tokens(str(j))) for j in raw.get("joiners", [])]
    for i in range(1, len(toks)):
        for j in joiners:
            if tuple(toks[i : i + len(j)]) != j:
                continue
            tail_toks = toks[i + len(j):]
            tail = " ".join(tail_toks) + ("?" if last.rstrip().endswith("?") else "")
            mark, start = question_form(tail, tail_toks, lex)
            if len(tail_toks) >= 3 and mark and start:  # marked: "3 4 5 and also how long until she can walk" is asked (round 21)
                return " ".join(toks[:i]), tail
    return None


def question_beside(reading: Reading, line: str, spec, lex, read_part) -> Reading | None:
    """The answer part's reading with the question's reply and the question for the list, or None."""
    if spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    # Read whole as a question: only "none" before it is set apart here ("nothing else. how much will it cost?": the
    # "it" points at no choice named); any other answer before a pointing question stays a question (answer_then_ask.py).
    only_none = bool(reading.asked and spec.none_choice)
    if (reading.reply or reading.add_question) and not only_none:
        return None  # already set apart (answer_then_ask.py)
    parts = _sentences(line.rstrip())
    if not parts:
        return None
    found = _asked_part(parts[-1], lex, spec.name)
    if found is None:
        return None
    head, asked = found
    answer = " ".join([*parts[:-1], *([head] if head else [])]).strip()
    if not answer or "?" in answer:
        return None
    if len(parts) < 2 and not head:
        return None  # the whole line is the question: read as one already
    from .matching import find_hits  # "scans, what is a discharge summary?": about a choice of my list, asked as before

    if find_hits(tokens(asked), spec, lex):
        return None
    topic = answer_question(asked, tokens(asked), spec, lex)
    reply = about_before(answer, asked, topic.reply if topic.reply not in ("help", "why") else "")
    if not reply and not topic.add_question:
        return None
    first = read_part(answer)
    if first.asked:
        return None
    if only_none and first.value not in ([spec.none_choice], spec.none_choice):
        return None
    if first.certainty == SURE and first.value not in (None, [], ""):
        return replace(first, add_question=topic.add_question, reply=reply or "I added it to your list.")
    if first.options and not first.value:  # "no date ... soon": which one is asked, the question answered too
        return replace(first, add_question=topic.add_question, reply=reply)
    return None


def tidy_question(line: str, full: bool = True, capital_i: bool = True) -> str:
    """A question for the doctor's list as written: "whats a gleason score by the way" -> "What is a gleason
    score?" (user trial 8, F1.7). Words as typed otherwise; only the first question when a statement follows
    ("how long will it take? i dont want it spreading" -> "How long will it take?"). `full=False`: the words kept
    as typed (no short forms written out, "i" left as typed), for a question the person wrote as theirs;
    `capital_i=False`: "i" left as typed (the list keeps the person's own words, as before)."""
    import re

    from .datafile import read_words_file

    text = " ".join(str(line or "").split())
    if "?" in text.rstrip(" ?") and (first := text.split("?")[0].strip()) and len(first.split()) >= 3:
        text = first
    words = [w for w in text.rstrip(" ?.!").split(" ") if w]
    low = [re.sub(r"[^a-z']", "", w.lower()).replace("'", "") for w in words]
    _, btw = _data()
    changed = True
    while changed and words:
        changed = False
        for p in btw:
            if len(low) > len(p) and tuple(low[-len(p):]) == p:
                words, low, changed = words[:-len(p)], low[:-len(p)], True
            elif len(low) > len(p) and tuple(low[:len(p)]) == p:
                words, low, changed = words[len(p):], low[len(p):], True
    short = (read_words_file("question_beside.yaml") or {}).get("contractions") or {}
    out = [str(short[lw]) if full and lw in short and w.lower().replace("'", "") == lw else ("I" if full and capital_i and lw == "i" else w)
           for w, lw in zip(words, low)]
    said = " ".join(out).rstrip(" ,;")
    # "what the radiation guy thinks of watching it" (asked as "i want to ask what ..."): "What does the radiation guy think of ..."
    said = re.sub(r"^(what|how)\s+((?:the|my|his|her|their|your|our|a|an)\s+(?:[\w'-]+\s+){0,3}?)(thinks|says|recommends|suggests|wants|means|feels)\b",
                  lambda m: f"{m.group(1)} does {m.group(2)}{m.group(3)[:-1]}", said, count=1, flags=re.IGNORECASE)
    return (capital_first(said) + "?") if said else str(line or "")
