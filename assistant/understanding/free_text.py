"""Reading an answer to a free question ("What do you need to decide?", "What makes you unsure?")."""

from __future__ import annotations

import re

from ..flow import StateSpec
from .asking import answer_question, has_phrase, is_free_question, whole
from .lexicon import Lexicon
from .reading import SURE, UNCLEAR, Reading
from .read import SKIP_WORDS
from .text import normalize, tokens

_NOT_KNOWING = frozenset({("idk",), ("dunno",), ("no", "idea"), ("i", "dont", "know"), ("dont", "know"), ("i", "dunno"),
                          ("i", "have", "no", "idea"), ("not", "really", "sure"), ("im", "not", "sure"), ("i", "am", "not", "sure")})
_LINES_ARE_EVENTS = frozenset({"records_timeline"})


def lines_kept(line: str, spec: StateSpec) -> str:
    """A timeline pasted as several lines ("June: first ear infection, antibiotics" / "August: two more infections"):
    each line one event, kept apart with "; " as the timeline reads them (whole journeys, helper ut14); flattened into
    one line, a comma in an event cut it wrongly. Empty at other questions and for one line."""
    if spec.name not in _LINES_ARE_EVENTS or "\n" not in line.strip():
        return ""
    from .text import clean

    said = [clean(part).rstrip(" ;") for part in line.splitlines()]
    return clean("; ".join(part for part in said if part))


def read_free(text: str, toks: list[str], spec: StateSpec, lex: Lexicon) -> Reading:
    """A free question's answer: kept as typed; "skip" at an optional one; a question back answered;
    "I don't know" said so; the decision without a doubt typed before it."""
    if not toks:
        hint = " Or type 'skip'." if spec.optional else ""
        return Reading(UNCLEAR, message="I did not get an answer. Please type a few words." + hint)
    if spec.optional and normalize(text) in SKIP_WORDS:
        return Reading(SURE, None)
    if spec.optional and tuple(t for t in toks if t not in (".", "!", ",")) in _NOT_KNOWING:
        return Reading(SURE, None)  # "idk" at "What makes you unsure? Type skip if you are not sure" (a texter, ut14): as "skip"
    if is_free_question(text, toks, lex):
        from .own_question_step import question_is_answer  # at "add a question of your own", the question is the answer

        return question_is_answer(text, answer_question(text, toks, spec, lex), spec)
    if (asked := _comma_question(text, spec, lex)) is not None:
        from .own_question_step import question_is_answer

        return question_is_answer(text, asked, spec)
    if not spec.optional and (whole(toks, lex.not_sure, lex) or has_phrase(toks, ("dont", "know"))) and len(toks) <= 6:
        return Reading(UNCLEAR, dont_know=True)
    if _only_acknowledged(text, toks, lex):
        if spec.optional:  # "ok" or "no" at "What makes you unsure? Type skip ...": nothing to add
            return Reading(SURE, None)
        # "ok" at "What do you need to decide?" was kept as the decision ("Got it: ok.", a user trial, 2026-12-04)
        return Reading(UNCLEAR, message='Please type the decision in a few words, like "whether to have the surgery" or "which treatment to choose".')
    if spec.slot == "decision":  # "idk exactly. my gyno says ...": the decision without the doubt before it
        from .decision_shape import ASK, needs_asking  # "pancreas cancer. whipple?", a pasted e-mail: asked about, kept as a note
        from .lead_doubt import without_leading_doubt

        if note := needs_asking(text, toks, lex):
            return Reading(UNCLEAR, None, note=note, message=ASK)
        from .told_clean import without_aside, without_filler, without_remark  # "Like I said, whether Dad should ..." (user trial 8, F2.5)

        decision = without_aside(without_remark(without_leading_doubt(text, lex) or text))  # "i told you, the surgery ...": a lead's walk
        cut = without_filler(decision)  # only before a decision's own opening: "like i said, surgery", "so much to weigh" stay
        decision = cut if cut != decision and tokens(cut)[:1] and tokens(cut)[0] in _DECISION_OPENINGS else decision
        return _then_asked(decision, spec, lex) or Reading(SURE, decision)
    # "the urologist only talked about surgery ... is that normal??" at "What makes you unsure?" (user trial 8, F1.1):
    # the answer kept, the question answered too, as for the decision
    from .own_question_step import own_question  # "how long will it take? i dont want it spreading": the question
    from .told_clean import without_remark

    text = without_remark(text)  # "i said. we not sure she need it": the doubt without the talk at me (a lead's walk)
    return _then_asked(text, spec, lex) or Reading(SURE, own_question(text, spec))


_DECISION_OPENINGS = frozenset("whether which if should to do choosing deciding between".split())


def _then_asked(text: str, spec: StateSpec, lex: Lexicon) -> Reading | None:
    """"... they want to watch it with antibiotics. will it burst??": the decision, then a question of
    its own, marked and begun as one, at the end. The decision is kept without it; the question gets
    its reply and goes on the list (a fifth user trial, 2026-12-04: it was kept as part of the decision)."""
    from .answer_then_ask import _sentences
    from .asking import question_form
    from .text import tokens

    parts = _sentences(re.sub(r"([?!.])[?!.]+", r"\1", text))  # "will it burst??" is one question
    if len(parts) < 2 or "?" not in parts[-1]:
        return None
    k = len(parts)
    while k > 1 and all(question_form(parts[k - 1], tokens(parts[k - 1]), lex)):
        k -= 1
    if k == len(parts) or k == 0:
        return None
    decision, asked = " ".join(parts[:k]).rstrip(" ."), " ".join(parts[k:])
    if len(tokens(decision)) < 4 or "?" in decision:
        return None
    from .question_beside import about_before  # "he only talked about surgery. is that normal??": about the doctor

    topic = answer_question(asked, tokens(asked), spec, lex)
    if topic.reply in ("help", "why") or not (topic.reply or topic.add_question):
        return None
    return Reading(SURE, decision, add_question=topic.add_question, reply=about_before(decision, asked, topic.reply or ""))


def _comma_question(text: str, spec: StateSpec, lex: Lexicon) -> Reading | None:
    """"ill ask dr patel, is that normal to ask her?": a few words, then after a comma a question marked
    and begun as one, which the guides answer. Too short to be an answer of its own, the line is that
    question: answered, and the question asked again (t11: it was kept as the decision, or as a note).
    A longer head ("whether to have the surgery, is that normal to ask?") is left to _then_asked."""
    from .asking import question_form
    from .text import tokens

    if "?" not in text or "," not in text:
        return None
    head, _, asked = text.rpartition(",")
    mark, start = question_form(asked, tokens(asked), lex)
    if not (mark and start) or len(tokens(head)) >= 6 or "?" in head:
        return None
    topic = answer_question(asked.strip(), tokens(asked), spec, lex)
    if topic.reply in ("help", "why") or not (topic.reply or topic.add_question):
        return None
    return topic


_ACKNOWLEDGED = frozenset({"ok", "okay", "k", "kk", "okk", "fine", "thanks", "thank you", "thx", "ty", "hi", "hello", "hey", "alright", "all right",
                           "got it", "cool", "great", "good"})


def _only_acknowledged(text: str, toks: list[str], lex: Lexicon) -> bool:
    """A line that only says "ok", "yes", "no" or "thanks": no answer to a free question."""
    said = normalize(text).strip(" .!")
    return said in _ACKNOWLEDGED or whole(toks, lex.yes, lex) or whole(toks, lex.no, lex)
