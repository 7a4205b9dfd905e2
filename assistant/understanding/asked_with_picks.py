"""A question of one's own said beside the picks, in statement form: "3, 5, 6, 9. i want to ask
about the valve thru a catheter", "1, 2, 3, 6. I want to ask about molecular testing", "drop 5. and
add can he get the valve through a catheter", "put 5 first. And add: can my heart handle a surgery
this big?" (user trial 6: each was lost without a word). The picks (or the new order) are read from
the words before the wish, and the question goes on the person's list and is said back.

The wish is a lead at the start of a clause (`question_leads` in dialogues/plain_words.yaml: "I want
to ask (about)", "I'd like to ask", "add:", "and add", "also ask", ...) with a question of at least
three words after it; the words before it must read as an answer on their own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .reading import SURE, Reading
from ..regex_store import kept
from .text import capital_first

STATES = ("questions", "questions_order")
_CLAUSE = r"(?:^|[.,;:!?]\s*|\s)"  # a lead begins the line or a clause ("3, 5. i want to ask", "drop 5 and add")


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _lead() -> re.Pattern:
    from .plainer import _raw

    leads = sorted((str(p).lower() for p in (_raw().get("question_leads") or [])), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in leads)
    return re.compile(rf"{_CLAUSE}(?:(?:and|also|plus|but|oh|so|then)\s+)*(?:{alts})\b\s*:?\s*(?P<what>.+)$", re.IGNORECASE)


def _as_question(what: str) -> str:
    """The question in the person's words: "about X" -> "What about X?", "if X" -> "Whether X?"."""
    what = what.strip(" .,;:!?\"'")
    low = what.lower()
    if low.startswith("about "):
        what = "What about " + what[len("about "):]
    elif low.startswith("if "):
        what = "Whether " + what[len("if "):]
    from .question_beside import tidy_question  # "what the radiation guy thinks of ...": "What does the radiation guy think of ...?"

    return tidy_question(capital_first(what), full=False)


def asked_with_picks(line: str, spec, read_part) -> Reading | None:
    """The picks and the person's own question together, or None when the line has no such wish
    or the words before it are no answer. `read_part(text)`: the Reading of those words alone."""
    if spec.name not in STATES or not line or len(line) > 600:
        return None
    found = _lead().search(line)
    if found is None:
        return None
    what = found.group("what")
    words = re.findall(r"[A-Za-z]+", what)
    if len(words) < 3 or what.strip()[:1].isdigit():
        return None  # "add 7", "and add 4 and 5": picks, not a question
    before = line[: found.start()].strip(" ,;:.-")
    if not before:
        return None  # the wish alone is read as before (own_question.py)
    picked = read_part(before)
    if not picked.value or picked.options or picked.add_question or picked.certainty != SURE:
        return None
    asked = _as_question(what)
    return replace(picked, certainty=SURE, unclear="", note="", add_question=asked, reply=f'Ask your doctor: "{asked}"')


__all__ = ["asked_with_picks"]
