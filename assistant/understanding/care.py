"""Care where a reading would be a guess (round 7): a last look at a reading before it is stored.

Each check looks at the shape of the line, not at the words of one answer, so that the next
person's different words are caught too:

  a self-correction ("3 first, no wait, 1 first", "the second, sorry I mean the third"): two
      answers in one line; asked, never one of them stored;
  "I don't know which" ("not sure which one I am", "can't decide between them"): the person says
      they have not chosen; asked (unless the not-sure choice is what was read);
  "it's not X, it's Y": the line corrects what was assumed; asked at a pick-one question;
  a doubt about a fact said plainly before it ("my appointment is the 20th but idk if that's the
      deadline"): the not-sure choice read from the doubt alone is no answer; asked (a fact said
      with a hedge, "I think there's a test but I don't know if it matters", stays not sure);
  a yes/no answer with a question mark ("I think so?", "yes?"): offered back, never stored;
  doctors counted from a story of who said what ("the ER doc said one thing and the surgeon
      another"), with no number said: offered back for a Yes;
  "all of it is in MyChart": where everything is, not which; asked;
  a choice named only by a word that points to it ("cancer" at "which fits your situation"):
      offered back for a Yes (lexicon `suggests` per state);
  "all good", "all fine": all is well, never every choice (shared.fine);
  a top degree softened ("mostly sure, I guess", "confident enough"): the middle degree of the
      question is offered (lexicon `softened` per state), or, where there is none, asked.
The words are data (dialogues/lexicon.yaml: shared.corrections, shared.softeners, `softened`).
"""

from __future__ import annotations

from dataclasses import replace

from ..flow import StateSpec
from .correction_words import MARKS, spans
from .asking import has_phrase
from .lexicon import Lexicon
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean

_MARKS = (",", ".", ";", "!", "?", "-")
_UNDECIDED = (("not", "sure"), ("dont", "know"), ("dunno",), ("idk",), ("no", "idea"), ("cant", "decide"), ("cant", "choose"),
              ("cant", "tell"), ("torn",), ("unsure",), ("not", "certain"))
_WHICH = ("which", "between")
_NEGATED_SUBJECT = (("its", "not"), ("it", "is", "not"), ("it", "isnt"), ("thats", "not"), ("that", "is", "not"), ("it", "wasnt"),
                    ("it", "was", "not"))
_RESTATED = (("its",), ("it", "is"), ("thats",), ("it", "was"), ("just",), ("only",), ("more", "like"))


def careful(reading: Reading, text: str, toks: list[str], spec: StateSpec, lex: Lexicon, unsure: str | None) -> Reading:
    """`reading` as it stands, or asked / offered back where storing it would be a guess.
    `unsure`: the choice "I don't know" stores here, if any."""
    if reading.certainty not in (SURE, LIKELY) or not reading.value or reading.asked:
        return reading
    if (spec.urgent or spec.name == "urgent_care_check") and spec.choices and reading.value == spec.choices[0].id:
        return reading  # "yes?" to "Is it happening now?": the emergency advice is never held back for a check
    ask = Reading(UNCLEAR, unclear=clean(text), message=f'"{clean(text)}" seems to say two things.')
    if corrected(toks, lex):
        return replace(ask, message=f'You changed your answer part way ("{clean(text)}"). Which did you mean?')
    value = reading.value if isinstance(reading.value, list) else [reading.value]
    if not spec.multi and undecided(toks) and value != [unsure]:
        return replace(ask, message=f'"{clean(text)}": it sounds like you have not decided yet. Pick the one that fits best for now.')
    if not spec.multi and restated(toks):
        return ask
    if not spec.multi and value == [unsure] and unsure and doubt_about_a_fact(toks) and not any(has_phrase(toks, h) for h in lex.hedges):
        return ask
    if not spec.multi and reading.certainty == SURE and value[0] in lex.state(spec.name).suggests and only_suggested(toks, spec, lex, value[0]):
        return replace(reading, certainty=LIKELY)  # "cancer" at "which fits your situation": likely a new diagnosis; offered
    if not spec.multi and reading.certainty == SURE and value != [unsure] and tentative(toks, lex):
        return replace(reading, certainty=LIKELY)
    if spec.multi and len(value) > 1 and all_is_where(toks):  # "all of it is in MyChart": where they are, not which
        return Reading(UNCLEAR, unclear=clean(text), message="It helps to know where they are. Which of these do you have?")
    if lex.state(spec.name).count and reading.certainty == SURE:
        from .counting import told_story

        if told_story(toks, lex):  # how many gave an opinion, read from a story of who said what: offered back
            return replace(reading, certainty=LIKELY)
    softer = lex.state(spec.name).softened
    soft = [cid for cid in value if cid in softer]
    if soft and softened(toks, lex):
        target = softer[soft[0]]
        if not spec.multi and target:
            return Reading(LIKELY, target, note=reading.note)
        rest = [cid for cid in value if cid not in soft]
        return Reading(UNCLEAR, rest or None, unclear=clean(text)) if spec.multi else ask
    return reading


_ALL_WORDS = ("all", "everything", "everythings")


def all_is_where(toks: list[str]) -> bool:
    """ "all of it is in MyChart", "it's all on the portal", "everything is at the clinic": a
    sentence about where everything is, which says nothing of which ones there are."""
    for i, tok in enumerate(toks):
        if tok not in _ALL_WORDS:
            continue
        j = i + 1
        while j < len(toks) and toks[j] in ("of", "it", "them", "that", "those", "the", "records", "papers", "stuff"):
            j += 1
        if toks[j : j + 1] in (["is"], ["are"], ["s"], ["was"], ["sits"]):
            j += 1
        elif not (i > 0 and toks[i - 1] in ("its", "theyre", "thats")) and tok != "everythings":
            continue
        if toks[j : j + 1] in (["in"], ["on"], ["at"], ["with"]):
            return True
    return False


def only_suggested(toks: list[str], spec: StateSpec, lex: Lexicon, cid: str) -> bool:
    """Every word that named `cid` only points to it (lexicon `suggests`: "cancer" names no situation)."""
    from .matching import find_hits, fold

    pointers = {tuple(fold(w) for w in p) for p in lex.state(spec.name).suggests[cid]}
    named = [h for h in find_hits(toks, spec, lex) if h.choice == cid and not h.negated]
    return bool(named) and all(tuple(fold(t) for t in toks[h.start : h.end]) in pointers for h in named)


def all_is_fine(toks: list[str], lex: Lexicon) -> bool:
    """ "all good", "all fine, thanks": all is well, which is not "all of them"."""
    return any(t == "all" and toks[i + 1 : i + 2] and toks[i + 1] in lex.fine and not (i and toks[i - 1] in _THEY_ARE and "all" in toks[: i - 1])
               for i, t in enumerate(toks))


# "all of them, they're all good": said of the choices after picking them all (not "all is well").
_THEY_ARE = frozenset({"theyre", "are", "were", "them", "these", "those"})


def corrected(toks: list[str], lex: Lexicon) -> bool:
    """A correction word with an answer said before it and something after it: "3 first, no wait,
    1 first". ("no, I meant last year" corrects what I understood earlier; that is not this.)"""
    for at, end in spans(toks, lex):  # marks inside the phrase allowed: "-- no, sorry, weeks" (correction_words.py)
        before = [t for t in toks[:at] if t not in MARKS]
        after = [t for t in toks[end:] if t not in MARKS]
        said = [t for t in before if (t,) not in lex.yes and (t,) not in lex.no and t not in lex.fillers
                or t.isdigit() or t in lex.ordinals or t in lex.numbers]
        if said and after:
            return True
    return False


def undecided(toks: list[str]) -> bool:
    """ "I don't know which one I am", "can't decide between the two": no choice made by the one
    typing ("they don't know which kind" is about the diagnosis, not a choice here)."""
    for phrase in _UNDECIDED:
        for at in range(len(toks) - len(phrase)):
            if tuple(toks[at : at + len(phrase)]) != phrase or (at > 0 and toks[at - 1] not in _FIRST_PERSON + _MARKS + ("but", "so", "and")):
                continue
            nxt = toks[at + len(phrase) : at + len(phrase) + 3]
            if nxt[:1] == ["between"] or (nxt[:1] == ["which"] and not set(nxt[1:2]) & _KINDS):
                return True
    return False


_FIRST_PERSON = ("i", "im", "we", "were", "really", "still", "honestly", "just")
_KINDS = {"kind", "type", "sort", "form", "stage", "kinds", "types"}


def restated(toks: list[str]) -> bool:
    """ "it's not chest pain, it's my back": one thing denied, another put in its place."""
    for neg in _NEGATED_SUBJECT:
        for at in range(min(3, len(toks))):
            end = at + len(neg)
            if tuple(toks[at:end]) != neg:
                continue
            cut = next((k for k in range(end + 1, len(toks)) if toks[k] in (",", ";", "-", ".")), None)
            if cut is None or cut == end:
                continue
            rest = toks[cut + 1 :]
            if any(tuple(rest[: len(p)]) == p and len(rest) > len(p) for p in _RESTATED):
                return True
    return False


def doubt_about_a_fact(toks: list[str]) -> bool:
    """ "my appointment is the 20th but idk if that's the deadline": a doubt about whether a fact
    said before it counts, not "I don't know" as the answer (which a line opening with a doubt,
    "not sure, she's in hospital but I don't know if a doctor came", gives)."""
    if any(tuple(toks[: len(p)]) == p for p in _UNDECIDED + (("im", "not", "sure"), ("i", "dont", "know"), ("maybe",))):
        return False
    for phrase in _UNDECIDED:
        for at in range(2, len(toks) - len(phrase)):
            if tuple(toks[at : at + len(phrase)]) == phrase and toks[at + len(phrase)] in ("if", "whether"):
                said = [t for t in toks[:at] if t not in _MARKS and t not in ("but", "and", "um", "uh", "well")]
                return len(said) >= 2
    return False


def tentative(toks: list[str], lex: Lexicon) -> bool:
    """ "I think so? the home nurse came", "yes?": the answer itself is said as a question."""
    if "?" not in toks:
        return False
    first = toks[: toks.index("?")]
    if not first or len(first) > 4:
        return False
    head = tuple(first)
    return head in lex.yes or head in lex.no or any(has_phrase(first, h) for h in lex.hedges)


_DEGREES = {"sure", "certain", "confident", "positive", "convinced"}
_CLOSING = (("i", "guess"), ("i", "suppose"))


def softened(toks: list[str], lex: Lexicon) -> bool:
    """ "mostly sure", "sure I guess", "confident enough": a softener next to the degree word, in
    the same clause (or "I guess" closing the line); "very confident, almost arrogant" is not."""
    core = [t for t in toks if t not in ("!", ".", "?")]
    if any(tuple(core[-len(p) :]) == p for p in _CLOSING) and _DEGREES & set(core):
        return True
    for i, tok in enumerate(toks):
        if tok not in _DEGREES:
            continue
        start, end = i, i + 1
        while start > 0 and i - start < 3 and toks[start - 1] not in _MARKS + ("but", "and"):
            start -= 1
        while end < len(toks) and end - i < 3 and toks[end] not in _MARKS + ("but", "and"):
            end += 1
        if any(has_phrase(toks[start:end], p) for p in lex.softeners):
            return True
    return False
