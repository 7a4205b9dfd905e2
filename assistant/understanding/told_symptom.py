"""A symptom told beside "none" at the danger-sign lists (a user trial, 2026-12-04): "non. back akes
bit some days" from a man with a large aortic aneurysm, "none right now. but last night i had a really
sharp pain on the left side that took my breath away and i threw up" from a woman with a large ovarian
cyst, "none. he had a bad low last night, 52, but juice fixed it" from a mother of a diabetic boy. The
screen found no emergency happening now, and "none" is kept; but the symptom is worth a call to the
doctor: it is kept as the answer's note (so the plan shows it) and answered with what to do. Words in
dialogues/remarks.yaml (`symptoms_told`); a negated one ("none, no pain, no fever") does not count."""

from __future__ import annotations

import re
from functools import cache

from .text import clean, tokens

_NEGATIONS = frozenset({"no", "not", "without", "never", "nor", "denies", "zero", "nothing", "isnt", "wasnt", "dont", "doesnt", "didnt"})
_NONE_WORDS = frozenset({"none", "non", "nao", "nope", "no", "nothing", "nah", "not", "right", "now", "at", "the", "moment", "of", "these", "those",
                         "them", "currently", "today", "happening", "thankfully", "thank", "god", ",", ".", "!", "-", ":", ";"})
_LEAD = re.compile(r"^\W*(?:(?:" + "|".join(sorted((w for w in _NONE_WORDS if w.isalpha()), key=len, reverse=True)) + r")\b\W*)+",
                   re.IGNORECASE)  # the same words, as typed: what is left is the symptom told
# "None of that. My back aches ...": the whole "none of that" goes, not "None of" alone (user trial 6 printed "That. My back aches").
# "no nothing like that, she's just tired": "like that" goes with it too (a lead's trial, 2026-12-06, kept "like that, she's ...").
_OF_THAT = re.compile(r"^\W*(?:(?:nao|non|no|nope|nah)\W+)?(?:none|non|nao|nothing|nope|no)\s+(?:of\s+(?:that|this|it|any\s+of\s+(?:that|this|these|those)|the\s+above|em|'em)"
                      r"|like\s+(?:that|this|those|these|it)|of\s+the\s+(?:sort|kind)|of\s+(?:that|this)\s+(?:sort|kind))\b",
                      re.IGNORECASE)

# "6, nothing like that. he gets a bit lightheaded ...": the number of "None of these" before the none words goes too
# (a lead's walk, 2026-12-07, quoted "6, nothing like that. ..."); a number not followed by none words stays.
_PICKED_NONE = re.compile(r"^\W*\d{1,2}\s*[,.;:)-]\s*(?=(?:none|non|nothing|nope|no|nah)\b)", re.IGNORECASE)


@cache
def _symptoms() -> tuple[tuple[str, ...], ...]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file("remarks.yaml")
    items = raw.get("symptoms_told") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise LexiconError("dialogues/remarks.yaml: needs the list symptoms_told")
    return tuple(sorted({tuple(tokens(str(i))) for i in items}, key=len, reverse=True))


def symptom_told(line: str) -> str:
    """The words after "none" that tell a symptom not negated, as typed (cleaned); "" when there is none."""
    toks = tokens(clean(line))
    start = 0
    while start < len(toks) and toks[start] in _NONE_WORDS:
        start += 1
    rest = toks[start:]
    for i in range(len(rest)):
        for phrase in _symptoms():
            at = start + i
            if tuple(rest[i : i + len(phrase)]) == phrase and not _NEGATIONS & set(toks[max(0, at - 3) : at]):
                told = _LEAD.sub("", _OF_THAT.sub("", _PICKED_NONE.sub("", clean(line), count=1), count=1)).strip(" ,.;:-")
                return re.sub(r"^(?:but|though|tho|although)\b\W*", "", told, flags=re.IGNORECASE) or told  # "6. no, but his ankles ..."
    return ""


def symptom_reply(told: str, emergency: str, office: str = "the doctor's office") -> str:
    from .known_remark import known_reply, mild_known

    if mild_known(told):  # "my shoulder just aches at night": a note, no emergency advice (user trial 8, t14)
        return known_reply(told)
    return (f'You also told me: "{told}". That is not on this list, but tell the doctor about it soon. '
            f"If it is new or getting worse, call {office} today. If it turns sudden or severe, call {emergency}. "
            "I added it to your notes for the doctor.")


_NONE_FIRST = frozenset({"none", "non", "nope", "nothing", "no", "nah"})


def none_then_told(line: str) -> str:
    """"NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO", once the check question was answered "not now" (user trial
    7): the line opens with "none" and tells a symptom; the symptom as typed, else "". The signs in it were said not
    to be happening now, so their choice words do not count against the "none"."""
    toks = tokens(clean(line))
    return symptom_told(line) if toks and toks[0] in _NONE_FIRST else ""
