"""An answer, then a question of its own: the answer is kept, the question goes on the list.

"the scans and the biopsy. do i need the actual slides?" at "Which records exist?": the first
sentence answers (read alone, it is sure), the last one asks something new. Read as a question
only, the answer was lost. Here the answer is stored, the question is added to the person's list
for the doctor, and the reply (what the guides say, where a topic fits) is given with it.

Not when the question points back at what was just named ("the support one. what does that
cover?", "the portal. is that enough?"): that asks about the choice, and stays a question. Never
at the safety and urgent questions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asking import answer_question, question_form
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import tokens

# A question that points back at the answer before it asks about that answer, not something new.
_POINTING = frozenset({"that", "this", "it", "its", "those", "these", "them", "they", "which", "one", "ones", "enough", "count", "counts"})
_ENDS = (".", "?", "!", ";")


def _sentences(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        current += ch
        if ch in _ENDS:
            if current.strip(" .!;"):
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def answer_then_ask(reading: Reading, line: str, spec, lex, read_part) -> Reading | None:
    """The answer part's reading with the question to add, or None. `read_part(text)` reads a part
    at this question."""
    if spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    if "?" not in line and not reading.asked:
        return None
    parts = _sentences(line)
    marked = not reading.asked  # a question set apart from a sure answer is marked and begun as one
    bracketed = _BRACKETED.search(line) if spec.multi else None  # at a pick-one question, as before ("grandpa (... both of us?)")
    if bracketed:
        # "1 and 2 (chemo after?) and 10": a question in brackets is said aside; the rest is the answer (a lead's walk,
        # 2026-12-07: "chemo" in the brackets ticked "The treatment is risky")
        parts = [(line[: bracketed.start()] + " " + line[bracketed.end() :]).strip(), bracketed.group(1).strip()]
        marked = False
    elif len(parts) < 2:
        parts = _pick_but_asked(line)  # "1 but the operation is next week, we have time?": read so, however sure the whole
        marked = False  # after "but", the question mark alone sets it apart
        if len(parts) == 2 and re.search(r"\b\d{1,2}\b", parts[1]):
            return None  # "1 but is 2 better for someone like her?": the pick doubted in its own question (review rv33)
    elif not reading.asked and reading.certainty not in (SURE, LIKELY):
        return None  # "days, surgery is friday. is that too soon to get a 2nd opinion??" was offered as "Within days" alone
    if len(parts) < 2:
        return None
    # Read as an answer whole ("blood tests. will the doctor want the pathology too?" took the pathology):
    # only a question said both ways, marked and begun as one, is set apart from the answer.
    k = next((i for i, part in enumerate(parts) if _is_question(part, lex, both=marked)), None)
    if k == 0 and reading.asked:
        return _question_first(parts, spec, lex, read_part) if spec.multi else None  # one pick: asked (rv32)
    if not k:  # no question
        return None
    answer, asked = " ".join(parts[:k]), " ".join(parts[k:])
    asked = re.sub(r"^(?:and|also|plus|oh|btw|so)\s+", "", asked.strip(), flags=re.IGNORECASE)  # "... and will the grommets fall out?"
    if _self_answered(parts[k - 1:]):
        return None  # "but sure? no. do I understand the risks? kind of??": asked of oneself, and answered
    asked_toks = tokens(asked)
    if any(t in _POINTING and not _one_opinion(asked_toks, k) and not _degree(asked_toks, k) for k, t in enumerate(asked_toks)) \
            and not _about_an_opinion(asked_toks):
        return None
    from .wrongly_sure_kinds import bare_cannot_said  # round 27 (helper 11a13): "I can't. can you just tell me ...?"

    if bare_cannot_said(answer):
        return None
    first = read_part(answer)
    if bracketed and first.certainty == UNCLEAR and first.value and not first.asked and not first.options:
        # "1 and 2 obv, 8 kinda (surveillance vs chemo after?) and 10": the picks kept, the doubted one asked about, the
        # question in brackets listed for the doctor; nothing picked from the brackets' words
        topic = answer_question(asked, asked_toks, spec, lex)
        return replace(first, add_question=topic.add_question, reply=topic.reply if topic.reply not in ("help", "why") else "")
    if first.certainty != SURE or first.value in (None, [], "") or first.asked:
        return None  # (a sure answer the same read whole or not: "1, 2 and 10. is chemo after needed?" lost its question)
    unsure = {"not_sure", lex.state(spec.name).dont_know} - {spec.none_choice, None}
    if set(first.value if isinstance(first.value, list) else [first.value]) & unsure:
        return None  # "depends on the numbers. can you give numbers?": the doubt leads into the question
    topic = answer_question(asked, tokens(asked), spec, lex)  # the guides' reply; whether it goes on the list
    reply = topic.reply if topic.reply not in ("help", "why") else ""
    if not reply and not topic.add_question:
        return None
    return replace(first, add_question=topic.add_question, reply=reply or "I added it to your list.")


def _question_first(parts: list[str], spec, lex, read_part) -> Reading | None:
    """ "the first guy wanted it asap, does that count? and she didnt have my cath pictures": the question first, then
    an answer of its own. The question is answered and the answer kept: at a pick-several question the picks stay
    ticked and more may be added (the question may be about one more), at a pick-one question it is the answer (a
    lead's walk, 2026-12-07: the picks were dropped and had to be typed again)."""
    j = next((i for i, part in enumerate(parts) if not part.rstrip().endswith("?")), None)
    if not j or any(part.rstrip().endswith("?") for part in parts[j:]) or _self_answered(parts[j - 1 : j + 1]):
        return None
    asked, answer = " ".join(parts[:j]), " ".join(parts[j:])
    first = read_part(answer)
    if first.certainty != SURE or first.value in (None, [], "") or first.asked or first.options:
        return None
    values = first.value if isinstance(first.value, list) else [first.value]
    if set(values) & ({"not_sure", lex.state(spec.name).dont_know, spec.none_choice} - {None}):
        return None  # "does 2 count? none then": a none or a doubt is answered afresh
    topic = answer_question(asked, tokens(asked), spec, lex)
    reply = topic.reply if topic.reply not in ("help", "why") else ""
    if not reply and not topic.add_question:
        return None
    if spec.multi:
        return Reading(UNCLEAR, list(values), unclear=asked.strip(), message="Type more choices, or 'that's all'.",
                       reply=reply or "I added it to your list.", add_question=topic.add_question)
    return replace(first, add_question=topic.add_question, reply=reply or "I added it to your list.")


_BRACKETED = re.compile(r"\(([^()]*\?)\s*\)")
_BUT = re.compile(r"^\s*(\S+(?:\s+\S+){0,2}?)\s*,?\s+(?:but|though|tho)\s+(.+\?)\s*$", re.IGNORECASE | re.DOTALL)


def _pick_but_asked(line: str) -> list[str]:
    """ "1 but my mom has to say ok too right?": a short answer, then "but" and a question, one sentence (a lead's walk as a
    boy of 15, 2026-12-07: the 1 was dropped and only the question answered). The two parts, or the line alone."""
    found = _BUT.match(line)
    if not found or len(found.group(2).split()) < 4 or found.group(2).split()[0].lower() in _NOT_A_QUESTION_START:
        return [line]  # "for her but also kind of for us?": more of the answer, said with a doubt
    return [found.group(1), found.group(2)]


_NOT_A_QUESTION_START = frozenset({"also", "and", "kind", "kinda", "sort", "sorta", "maybe", "or", "plus", "more", "mostly", "partly"})


# "can i even get one before the 14th?": "one" after a verb of getting is a second opinion, not the choice named.
_GETTING = frozenset({"get", "getting", "got", "have", "book", "booking", "find", "need", "arrange", "schedule", "see"})


def _self_answered(parts: list[str]) -> bool:
    """ "sure? no.", "do I understand the risks? kind of??": a question followed at once by a short answer to it
    (helper 11a12, round 26): the person asks it of themselves (words: dialogues/wrongly_sure.yaml)."""
    from .phrase_files import spans
    from .text import clean
    from .wrongly_sure import words

    for ask, said in zip(parts, parts[1:]):
        toks = [t for t in tokens(clean(said)) if t.isalnum()]
        if ask.rstrip().endswith("?") and 1 <= len(toks) <= 3 and any(
                s == 0 for key in ("marked_no", "marked_partly", "marked_yes") for s, e in spans(toks, words()[key])):
            return True
    return False


def _one_opinion(toks: list[str], k: int) -> bool:
    return toks[k] == "one" and k > 0 and toks[k - 1] in _GETTING


# "can i get one that fast?": "that" before a word of degree is no pointer back at the answer (a lead's walk, 2026-12-07)
_DEGREE = frozenset({"fast", "soon", "quick", "quickly", "long", "late", "early", "far", "much", "bad", "serious", "urgent", "big"})


def _degree(toks: list[str], k: int) -> bool:
    return toks[k] in ("that", "this") and toks[k + 1 : k + 2] != [] and toks[k + 1] in _DEGREE


def _about_an_opinion(toks: list[str]) -> bool:
    """ "is that too soon to get a 2nd opinion?": a question about getting the second opinion asks something new, whatever it
    points back at."""
    if {"count", "counts", "mean", "means", "enough"} & set(toks):
        return False  # "does that count as already having a second opinion?": about the answer itself (review rv34)
    return any(t in ("opinion", "opinions") and k > 0 and toks[k - 1] in ("second", "2nd", "another", "other", "new")
               for k, t in enumerate(toks))


def _is_question(part: str, lex, both: bool = False) -> bool:
    mark, start = question_form(part, tokens(part), lex)
    return (mark and start) if both else (mark or start)


def question_after_lead(reading: Reading, line: str, spec, lex, read_part) -> Reading | None:
    """ "Before I pick anything: does what I type here go to my daughter's doctors, or does it stay on this laptop?" (round
    40, folded): a lead-in said before a colon, then a question. Read as an answer ("my daughter's" -> a caregiver) the
    question was lost. When the words before the colon say nothing sure at this question, the line is the question."""
    if reading.asked or reading.certainty != SURE or not line.rstrip().endswith("?") or ":" not in line:
        return None
    lead, asked = line.rsplit(":", 1)
    mark, start = question_form(asked, tokens(asked), lex)
    if not (mark and start) or not lead.strip():
        return None
    first = read_part(lead)
    if first.certainty == SURE and first.value not in (None, [], ""):
        return None  # "2: does that cover the biopsy too?": an answer, then the question
    return answer_question(asked.strip(), tokens(asked), spec, lex)
