"""Reading an answer to a free question ("What do you need to decide?", "What makes you unsure?")."""

from __future__ import annotations

from ..flow import StateSpec
from .asking import answer_question, has_phrase, is_free_question, whole
from .lexicon import Lexicon
from .reading import SURE, UNCLEAR, Reading
from .read import SKIP_WORDS
from .text import normalize

def read_free(text: str, toks: list[str], spec: StateSpec, lex: Lexicon) -> Reading:
    """A free question's answer: kept as typed; "skip" at an optional one; a question back answered;
    "I don't know" said so; the decision without a doubt typed before it."""
    if not toks:
        hint = " Or type 'skip'." if spec.optional else ""
        return Reading(UNCLEAR, message="I did not get an answer. Please type a few words." + hint)
    if spec.optional and normalize(text) in SKIP_WORDS:
        return Reading(SURE, None)
    if is_free_question(text, toks, lex):
        return answer_question(text, toks, spec, lex)
    if not spec.optional and (whole(toks, lex.not_sure, lex) or has_phrase(toks, ("dont", "know"))) and len(toks) <= 6:
        return Reading(UNCLEAR, dont_know=True)
    if spec.slot == "decision":  # "idk exactly. my gyno says ...": the decision without the doubt before it
        from .lead_doubt import without_leading_doubt

        return Reading(SURE, without_leading_doubt(text, lex) or text)
    return Reading(SURE, text)
