"""Saying one cannot say, as the whole answer: "I cannot yet say.", "I can't tell with any
certainty", "we couldn't honestly say right now", "not remember". However it is dressed (a word
inside, a qualifier after, the helping verb left out), it is "I don't know" and is read as that.

Only a line made of nothing else: "I can't say he was sure" says something and is read as typed."""

from __future__ import annotations

import re

_WHO = r"(?:(?:i|we|he|she|they)\s+|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?"
_CANNOT = r"(?:can\s*not|can'?t|cant|could\s*not|couldn'?t|couldnt|unable\s+to|not\s+able\s+to|really\s+can'?t)"
_INSIDE = r"(?:\s+(?:yet|really|honestly|truly|rightly|exactly|quite|actually|even|now))*"
_VERB = r"(?:say|tell(?:\s+(?:you|ya|u))?|know|judge|answer|decide|recall|remember|be\s+sure|be\s+certain)"
_AFTER = (r"(?:\s+(?:with\s+(?:any\s+)?(?:certainty|confidence)|for\s+(?:sure|certain)|yet|right\s+now|just\s+now|now|at\s+(?:this|the)\s+"
          r"(?:point|moment|time|stage)|at\s+present|so\s+far|for\s+now|really|honestly|to\s+be\s+honest|tbh|sorry|either))*")
_CANNOT_SAY = re.compile(rf"^\s*{_WHO}{_CANNOT}{_INSIDE}\s+{_VERB}{_AFTER}\s*[.!]*\s*$", re.IGNORECASE)
# The helping verb left out, as people write who learnt English later: "not remember", "I not recall".
_BARE_NOT = re.compile(r"^\s*(?:i\s+|we\s+)?not\s+(?:remember|recall|knowing|know)(?:\s+(?:it|that|this|now|yet|sorry|really))*\s*[.!]*\s*$",
                       re.IGNORECASE)


# Not knowing said the ironic way round, as the whole line: "hell if I know", "damned if I know" (any
# one or two words before "if I know"); "god knows", "heaven only knows", "nobody knows" (someone
# past knowing, or no one, knows).
_IF_I_KNOW = re.compile(r"^\s*(?!(?:only|even|and|but|or|so|ask|tell|check|see)\b)(?:[a-z']+\s+){1,2}if\s+(?:i|we)\s+(?:know|knew|could\s+tell\s+(?:you|ya|u))(?:\s+(?:lol|honestly|tbh))*\s*[.!]*\s*$",
                        re.IGNORECASE)
_ONLY_KNOWS = re.compile(r"^\s*(?:(?:the\s+)?(?:good\s+)?(?:god|lord|heaven|heavens|goodness|christ|jesus|allah)|nobody|no\s*one)\s+(?:only\s+)?"
                         r"knows(?:\s+(?:lol|honestly|tbh))*\s*[.!]*\s*$", re.IGNORECASE)


def cannot_say(line: str) -> str | None:
    """ "i don't know" when the whole line says only that one cannot say; None otherwise."""
    if _CANNOT_SAY.match(line) or _BARE_NOT.match(line) or _IF_I_KNOW.match(line) or _ONLY_KNOWS.match(line):
        return "i dont know"
    return None


# Not knowing, said of oneself or of the person helped, with what is not known after it: "he doesn't
# remember", "I honestly can't keep track of all these doctors anymore", "I am not sure whether my
# daughter did", "I don't know what they want". Tried only when the line was not understood as typed
# (read.py, _read_words), never over a pick that was read.
_SOMEONE = r"(?:(?:i|we|he|she|they|dad|mom|mum|(?:my|our|his|her)\s+[a-z-]+)\s+)?"
_NOT = (r"(?:do\s*n[o']?t|dont|does\s*n[o']?t|doesnt|did\s*n[o']?t|didnt|can\s*not|can'?t|cant|could\s*n[o']?t|couldnt|"
        r"(?:am|is|are|'m|m)?\s*not\s+(?:really\s+|quite\s+|too\s+|so\s+)?sure|(?:have|has)\s+no\s+idea)")
_KNOW = r"(?:\s+(?:know|remember|recall|keep\s+track|tell|say|be\s+sure))?"
_OF_WHAT = r"(?:\s+(?:of|what|whether|if|who|which|how|about|anymore|any\s+more|at\s+all)\b[^0-9;:]*)?"
_NOT_KNOWING = re.compile(rf"^\s*{_SOMEONE}(?:honestly\s+|really\s+|just\s+|truly\s+)?{_NOT}{_INSIDE}{_KNOW}{_OF_WHAT}\s*[.!]*\s*$",
                          re.IGNORECASE)
# "I don't know, my daughter does all the papers", "idk, his son handles that": someone else knows.
_ELSEWHERE = re.compile(r"^\s*(?:i\s+(?:do\s*n[o']?t|dont)\s+know|idk|dunno|no\s+idea|not\s+sure)(?:\s+this)?\s*[,.;-]+\s*"
                        r"(?:my|his|her|our|the)?\s*[a-z-]+\s+(?:does|do|did|handles|handle|handled|takes\s+care\s+of|deals\s+with|"
                        r"manages|knows|is\s+in\s+charge\s+of|looks\s+after|sorts|sorted)\b[^0-9?]*$", re.IGNORECASE)


def not_knowing(line: str, spec=None) -> str | None:
    """ "i dont know" when the line only says that someone does not know (or cannot keep track,
    or does not remember) what is asked; None otherwise."""
    if " but " in f" {line.lower()} " or " so " in f" {line.lower()} ":
        return None  # "I don't know, but I think 2": more is said
    return "i dont know" if _NOT_KNOWING.match(line) else known_elsewhere(line, spec)


def known_elsewhere(line: str, spec=None) -> str | None:
    """ "i dont know" for "I don't know, my daughter does all the papers": the papers are hers, no pick."""
    if " but " in f" {line.lower()} " or " so " in f" {line.lower()} ":
        return None
    if _ELSEWHERE.match(line):
        return "i dont know"
    from .others_know import others_know  # "ask my wife", "wife would know. i dont": someone close knows (helper 11b11)

    return others_know(line, spec)
