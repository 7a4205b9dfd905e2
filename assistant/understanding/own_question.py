"""A question of one's own said at the list of questions to ask ("i want to ask about seeing an
electrophysiologist instead", "I'd like to ask him if I can wait till spring"): kept on the person's
list as it was said, with a short reply, and the list asked again. Only when nothing on the list was
picked; a pick said with it is read as usual (a user trial, 2026-12-04)."""

from __future__ import annotations

import re

from .reading import SURE, UNCLEAR, Reading
from .text import capital_first

_WISH = re.compile(
    r"^(?:(?:and|but|also|so|ok|okay|well|actually|plus)\s+)*"
    r"(?:i|we|id|wed|i d|i would|we would|i also|we also|i really|i just)?\s*"
    r"(?:want|wanna|would like|d like|like|need|have|plan|mean|am going|m going|im going|gonna|will)?\s*(?:to\s+)?"
    r"ask\s+(?:(?:him|her|them|the doctor|the doc|the surgeon|the specialist|my doctor|the new doctor|too|also)\s+)*"
    r"(?P<what>(?:about|if|whether|why|how|what|when|who|whats|is|are|can|could|should|do|does)\b.+)$")


def own_question(text: str, spec) -> Reading | None:
    """The question the person wants on their list, with a short reply; None when the line says no such wish."""
    if spec.name != "questions":
        return None
    found = _WISH.match(text.lower().rstrip(" .!?"))
    if not found:
        return None
    what = found.group("what")
    if what.startswith("if "):
        what = "whether " + what[3:]  # "ask if she can keep working": "Whether she can keep working?"
    asked = ("What about " + what[len("about "):]) if what.startswith("about ") else capital_first(what)
    asked = asked.rstrip(" ,.") + "?"
    return Reading(UNCLEAR, asked=True, reply=f'Ask your doctor: "{asked}"', add_question=asked)


# A question of one's own said after the picks, without a question mark: "1 5 6. and is he too old
# for this surgery", "5, 6, 9. plus how many cleft palates do u do a year", "3, 5 and 8. also I want
# to ask whether the fibroids are the cause" (a fifth user trial, 2026-12-04: each was asked back,
# "What did you mean by ...?").
_LEAD = re.compile(r"^(?:(?:and|but|also|plus|so|ok|okay|oh|and also|n)\s+)+", re.IGNORECASE)
# Asked as a question, not a list item said in other words ("what the options are", "what they'd do
# if it were their kid" name choices 3 and 8): a helping verb first, "whether", "what about", "how
# many/much/long ...", or a question word with its helping verb right after it.
_AUX = r"(?:is|are|am|was|were|can|could|will|would|should|shall|do|does|did|has|have|may|might|must|isnt|arent|cant|wont|doesnt|dont)"
_ASKS = re.compile(rf"^(?:{_AUX}\b|whether\b|what about\b|how (?:many|much|long|soon|often|old|big|bad|far)\b"
                   rf"|(?:what|whats|when|where|why|who|which|how)\s+{_AUX}\b)")


def own_question_beside(reading: Reading, spec, read_part=None, line: str = "") -> Reading | None:
    """The picks kept, and the part that was not understood put on the list as the person's own
    question, when that part asks something (begun as a question, or "I want to ask ...") and is
    none of the listed questions in other words ("what they'd do if it were their kid": read alone
    by `read_part`); None otherwise."""
    if spec.name != "questions" or not reading.value or not isinstance(reading.value, list) or reading.options \
            or spec.none_choice in reading.value or reading.add_question:
        return None
    said = reading.unclear if reading.certainty == UNCLEAR else reading.note if reading.certainty == SURE else ""
    if not said:  # (a part asked about, or a remark kept as a note: "3 4 7, how long will I be off work")
        return None
    part = _LEAD.sub("", _as_typed(said, line).strip(" .!,;")).strip()  # as typed: "I", names
    wish = own_question(part, spec)
    if wish is not None:
        asked = wish.add_question
    elif _ASKS.match(part.lower()) and len(part.split()) >= 3:
        asked = " ".join(capital_first(q).rstrip(" ?,.") + "?" for q in _NEXT_QUESTION.split(part) if q.strip(" ?,."))
    else:
        return None
    if read_part is not None and read_part(said).value:
        return None  # one of the list's own questions, said in other words: read as before
    return Reading(SURE, list(reading.value), note="" if said == reading.note else reading.note, reply=f'Ask your doctor: "{asked}"', add_question=asked)


def _as_typed(said: str, line: str) -> str:
    """The part of `line` that `said` (the words left over, joined by commas: "can she try a cpap, allergy spray
    first, what if ...") was cut from, as typed ("can she try a cpap or allergy spray first, and what if ...");
    `said` itself when the line does not end with those words in that order (a lead's walk, 2026-12-07)."""
    want = _WORD_OR_NUMBER.findall(said.lower())  # every word of `said`, its numbers too ("1 3 5 and will she ...")
    words = [(m.group(), m.start()) for m in _WORD_OR_NUMBER.finditer(line.lower())]
    if not want or not words:
        return said
    for k, (w, at) in enumerate(words):
        if w != want[0]:
            continue
        i, extra = 1, 0
        for w2, _ in words[k + 1 :]:
            if i < len(want) and w2 == want[i]:
                i += 1
            elif w2 in ("or", "and", "also", "plus"):
                extra += 1
            else:
                break
        if i == len(want) and extra <= 3 and k + 1 + (i - 1) + extra == len(words):
            return line[at:]
    return said


_WORD_OR_NUMBER = re.compile(r"[a-z0-9']+")
# "..., and what if the sleep study comes back normal": a second question of its own.
_NEXT_QUESTION = re.compile(r"(?:,\s*|\s+)(?:and\s+|also\s+|plus\s+)+(?=(?:what|how|why|when|where|who|can|could|will|would|should|is|are|does|do)\b)"
                            r"|[?;]\s*(?:and\s+|also\s+)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!;]+\s*")
_JOINED_LAST = re.compile(r",\s*(?=(?:and|also|plus|and also)\s)", re.IGNORECASE)
_WORD = re.compile(r"[a-z']+")
_LIST_WORDS = frozenset("what is the are and how you would your for of to a it if this me we us our my do does".split())


def trailing_question(reading: Reading, line: str, spec, read_part, labels) -> Reading | None:
    """The picks kept, and a last sentence that asks a question of the person's own put on the list, when
    the words before it already give every pick ("the risks one, the options one, and what if this doesnt
    work. also is the PML risk real for her": the question's "risk" had been taken as choice 5 again and
    the question lost; a lead's trial, 2026-12-06). A last sentence that only says a listed question again
    ("3, 5, 9. what are the biggest risks") adds nothing. `labels`: the listed questions' words."""
    if spec.name != "questions" or not isinstance(reading.value, list) or not reading.value or reading.options \
            or spec.none_choice in reading.value or reading.add_question or reading.certainty != SURE:
        return None
    parts = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(line.rstrip(" .?!;"))]
    if not parts:  # the last of a list said with commas, joined on by "and": "3, 5, the waiting one, and what if we wait"
        parts = [(m.start(), m.end()) for m in _JOINED_LAST.finditer(line.rstrip(" .?!;"))][-1:]
        if not parts:
            return None
    cut = parts[-1][1]
    last = _LEAD.sub("", line[cut:].strip(" .!,;?")).strip()
    if len(last.split()) < 4 or not (_ASKS.match(last.lower()) or last.lower().startswith(("what if ", "what happens if "))):
        return None
    before = read_part(line[:cut])
    if before.certainty != SURE or not isinstance(before.value, list) or set(before.value) != set(reading.value):
        return None
    own = set(_WORD.findall(last.lower())) - _LIST_WORDS
    if any(own <= set(_WORD.findall(label.lower())) for label in labels):
        return None  # a listed question said again
    asked = capital_first(last).rstrip(" ?,.") + "?"
    return Reading(SURE, list(reading.value), note=reading.note, reply=f'Ask your doctor: "{asked}"', add_question=asked)
