"""The readers that settle a whole line before it is read part by part (split from read.py, which had passed 400
lines): a deadline said alone, easy travel, no specialist nearby, a plan typed where the problem is asked, clear picks
beside a doubt about the rest of the list. Each gets the line as typed; the first that answers wins."""

from __future__ import annotations

from .deadline_alone import deadline_alone
from .lexicon import default_lexicon
from .none_nearby import none_nearby
from .plan_as_problem import plan_as_problem
from .rest_unsure import rest_unsure
from .travel_easy import travel_easy


def first_reading(line: str, spec, kw: dict, read):
    """The whole line's reading by one of these readers, or None. `read(text, spec, **kw)` reads a part."""
    lex = kw.get("lexicon") or default_lexicon()
    # "the surgeon want answer in 2 wks" at what makes you unsure: a deadline, kept for "By when" (deadline_alone.py)
    if due := deadline_alone(line, spec, lex, kw.get("today")):
        return due
    # "we dont need to go far": no "Travel is hard"; the rest read as the answer (travel_easy.py)
    if easy := travel_easy(line, spec, lambda rest: read(rest, spec, **kw)):
        return easy
    # "no specialist nearby": travel is hard, not "None of these" (none_nearby.py)
    if far := none_nearby(line, spec, lambda rest: read(rest, spec, **kw)):
        return far
    # "surgery" at what the problem is: the plan comes next (plan_as_problem.py)
    if plan := plan_as_problem(line, spec, lex, lambda text, at: read(text, at)):
        return plan
    # "1, not sure about the rest": the picks are the answer (rest_unsure.py)
    return rest_unsure(line, spec, lambda rest: read(rest, spec, **kw))


__all__ = ["first_reading"]
