"""The order judged good as it is, in a sentence of the person's own: "The order is quite
satisfactory as it stands", "this list seems perfectly sensible to me", "looks about right". The
shape is the thing, not a list of sayings: (what: the order, the list, it) (a verb of being or
seeming) (words of degree) (a word of approval) (how it stands). Never with a "not" or a number."""

from __future__ import annotations

import re

_WHAT = r"(?:(?:the|this|that|your|my|our|current|present|suggested)\s+)*(?:order|list|sequence|ordering|arrangement|lineup|ranking|it|that|this|they|these|those)"
_BE = r"(?:\s+(?:is|s|are|looks|look|seems|seem|sounds|sound|feels|feel|reads|read|stays|stay|appears|appear|strikes\s+me\s+as|can\s+stay|will\s+do))?"
_DEGREE = r"(?:\s+(?:quite|very|really|pretty|just|all|fairly|rather|about|so|(?!(?:mostly|largely|partly|partially|nearly|generally|basically|roughly)\b)[a-z]+ly))*"
_GOOD = (r"\s+(?:fine|good|ok|okay|satisfactory|acceptable|perfect|right|great|sensible|reasonable|logical|alright|all\s+right|spot\s+on"
         r"|lovely|grand|excellent|appropriate|suitable|correct|ideal|sound|clear|brilliant|nice|solid)")
_HOW = (r"(?:\s+(?:as\s+it\s+stands|as\s+they\s+stand|as\s+is|as\s+it\s+is|as\s+they\s+are|to\s+me|by\s+me|for\s+me|with\s+me|then|now|already"
        r"|the\s+way\s+it\s+is|like\s+that|like\s+this|thanks|thank\s+you|honestly|indeed|enough))*")
_SEEMS = r"(?:looks|seems|sounds|feels|reads)"  # "looks about right": the subject left out
_JOINED = r"(?:thats|its|theyre|tis)"  # "that's", "it's" written without the apostrophe: one word
_SAID = re.compile(rf"^(?:(?:i\s+think|i\s+find|i\s+feel|i\s+reckon|honestly|actually|well|yes|yeah|oh)\s+)*(?:{_JOINED}|{_WHAT}{_BE}|{_SEEMS}){_DEGREE}{_GOOD}{_HOW}$")
# The word of approval first, the thing left out, with how it stands after it: "Grand as it is", "lovely the way it is".
_STANDS = r"(?:\s+(?:as\s+it\s+stands|as\s+they\s+stand|as\s+is|as\s+it\s+is|as\s+they\s+are|the\s+way\s+it\s+is|the\s+way\s+they\s+are|like\s+that|like\s+this))"
_GOOD_FIRST = re.compile(rf"^(?:(?:honestly|actually|well|yes|yeah|oh|all|just)\s+)*{_DEGREE.replace('(?:', '(?:', 1)}{_GOOD}{_STANDS}{_HOW}$".replace("^(?:(?:honestly", "^\\s*(?:(?:honestly"))
# Keeping it, said with a verb: "keep that order", "leave it like that", "let's stick with that order", "I'll keep them
# the way they are" (the lead in the terminal, helper ut16: "keep that order" was asked again while "keep this order" was read).
_KEEP_VERB = r"(?:keep|leave|stick\s+with|stay\s+with|go\s+with|stick\s+to)"
_KEPT_WHAT = (r"(?:\s+(?:it|them|that|this|these|those|the|same|your|my|our|current|present|suggested|order|list|sequence|ordering|way"
              r"|questions|all))*")
_KEEPING = re.compile(rf"^(?:(?:ok|okay|yes|yeah|please|just|lets|let\s+s|let\s+us|i\s+ll|ill|i\s+will|i\s+d|id|i\s+would|we\s+ll|well|i\s+want\s+to|id\s+like\s+to|i\s+d\s+like\s+to)\s+)*"
                      rf"{_KEEP_VERB}{_KEPT_WHAT}{_STANDS}?(?:\s+(?:please|thanks|thank\s+you|then|for\s+now))*$")
_NOT = frozenset({"not", "no", "isnt", "arent", "dont", "doesnt", "never", "but", "except", "though", "although", "if", "or"})


def judged_good(toks: list[str]) -> bool:
    """The whole line says the order is good as it is."""
    core = [t for t in toks if t not in (".", ",", "!", ";")]
    if not core or _NOT & set(core) or any(t.isdigit() for t in core) or "?" in core:
        return False
    said = " ".join(core)
    return bool(_SAID.match(said) or _GOOD_FIRST.match(" " + said) or _KEEPING.match(said))
