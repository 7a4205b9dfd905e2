"""An answer with a question about it, at "Have you checked your insurance?": "no hes on medi-cal,
does that cover it?" (user trial 6: offered "Not yet" or "Yes, covered", and the question got no
reply). The question points back at the plan named ("that", "it"), so answer_then_ask.py leaves it;
here the answer is kept and said back, with the reply the question gets on its own."""

from __future__ import annotations

from dataclasses import replace

from .asking import answer_question
from .reading import SURE, Reading
from .text import clean, tokens

STATES = ("logistics",)


def cover_asked(reading: Reading, line: str, spec, lex) -> Reading:
    if spec.name not in STATES or reading.certainty != SURE or not reading.value or reading.reply or not line.rstrip().endswith("?"):
        return reading
    from .tailq import _TAIL

    found = _TAIL.match(clean(line))
    if not found:
        return reading
    asked = found.group("q").strip()
    topic = answer_question(asked, tokens(asked), spec, lex)
    reply = topic.reply if topic.reply not in ("help", "why") else ""
    return replace(reading, reply=reply, note="") if reply else reading


__all__ = ["cover_asked"]
