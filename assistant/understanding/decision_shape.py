"""A decision that is not yet a decision: a diagnosis with a question mark, or a pasted message.

A user trial (2026-12-04, fifth) kept "pancreas cancer. whipple?" as the decision ("Got it: pancreas
cancer. whipple?"), and a whole e-mail from the doctor ("Hi Doug, Following up ...") too. Such a
line is asked about in one short turn, "What do you need to decide about it?", and its words are
kept as a note (engine: answer_notes at the decision question):

- short (six words or fewer), names only, with a question mark: no word of deciding ("whether",
  "should", "or", "which" ...) and none of asking ("what is a whipple?" is a question);
- a pasted message: long (over 60 words), or opening with a greeting and a name ("Hi Doug,") or
  closing with a sign-off ("Best,", "Regards"), over 15 words.
"""

from __future__ import annotations

import re

from .text import capital_first, clean

ASK = ('What do you need to decide about it? One short sentence is enough, like "whether to have the surgery" or '
       '"which treatment to choose". I kept your words as a note.')

_DECIDING = frozenset("""whether weather wether if should shall which or vs versus between decide deciding decision choose choosing choice
    want wants go have get start stop keep take try do does doing accept refuse skip wait switch change continue""".split())
_ASKING = frozenset("what whats how why when where who is are can could would will does do did am".split())
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^,.\n]{0,30},", re.IGNORECASE)
_SIGN_OFF = re.compile(r"\b(?:best|best\s+wishes|kind\s+regards|regards|sincerely|warm\s+regards|cheers|thanks|thank\s+you)\s*,\s*(?:dr\.?\s+)?[A-Z]",
                       re.IGNORECASE)


def _words(toks: list[str]) -> list[str]:
    return [t for t in toks if any(c.isalnum() for c in t)]


def pasted(text: str, toks: list[str]) -> bool:
    """A message pasted whole, not a decision said in one's own words."""
    n = len(_words(toks))
    return n > 60 or (n > 15 and bool(_GREETING.search(text) or _SIGN_OFF.search(text)))


def only_illness_asked(text: str, toks: list[str], lex) -> bool:
    """ "pancreas cancer. whipple?": an illness or a treatment named with a question mark, and no decision said."""
    from .asking import question_form

    words = _words(toks)
    if "?" not in text or not 0 < len(words) <= 6 or _DECIDING & set(words):
        return False
    return not question_form(text, toks, lex)[1] and not (_ASKING & set(words))  # "what is a whipple?" is a question


def needs_asking(text: str, toks: list[str], lex) -> str:
    """The note to keep when the line is to be asked about, else ""."""
    from .not_decision import no_decision_said  # "hes 55": the age again, no decision (user trial 6)

    if pasted(text, toks) or only_illness_asked(text, toks, lex) or no_decision_said(toks):
        note = clean(text).strip()
        return capital_first(note)
    return ""
