"""The reason given with an answer, kept as a note: "no, I had the MRI in March" -> "I had the MRI
in March"."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import Hit
from .text import capital_first, clean, tokens


_YEAR_FIRST = re.compile(r"^20[0-9]{2}\b[\s.,;:]*")


def _choice_words(spec, cid) -> frozenset:
    """The words of a choice's label and synonyms ("Plan a second opinion": plan, second, opinion): said before
    the pick, they say the answer again, no news ("lets plan the second opinion, before they ..."; a journey, 2026-12-05)."""
    choice = next((c for c in getattr(spec, "choices", ()) if c.id == cid), None)
    if choice is None:
        return frozenset()
    return frozenset(w for part in (choice.label, *choice.synonyms) for w in tokens(clean(str(part))))


# "as" opens a reason ("no rush as he is retiring"), not inside "as far as", "as soon as", "as long as" (whole journeys,
# helper ut14: "There is no hurry as far as I know, ..." kept the note "Far as I know, ...").
_AS_PAIRS = ("far", "soon", "long", "well", "much", "many", "good", "quick", "quickly", "fast")
_REASON_CUT = re.compile(r"\s*(?:[,;:.!]|\s[-–]\s|\bbut\b|\bbecause\b|\bsince\b|"
                         + "".join(f"(?<!\\b{w} )" for w in _AS_PAIRS) + r"\bas\b(?!\s+(?:" + "|".join(_AS_PAIRS) + r")\b))\s*",
                         re.IGNORECASE)


def note_for(text: str, toks: list[str], first: Hit | None, lex: Lexicon, hits: list[Hit] = (), spec=None) -> str:
    """The reason given with an answer: "no, I had the MRI in March" -> "I had the MRI in March".
    With the pick later in the line, the parts that carry no pick are the reason ("I called the
    office but they told me to wait": "I called the office"); after a bare yes or no, the rest
    ("yes blood work in 2 weeks": "blood work in 2 weeks")."""
    parts = re.split(_REASON_CUT, clean(text), maxsplit=1)
    if len(parts) == 2 and first is not None and first.start <= 2:
        rest = _YEAR_FIRST.sub("", parts[1]).strip(" .!?")  # "Dec 20, 2026 (16 days from today)": the year is the date's
        words = re.findall(r"[a-z]+", rest.lower().replace("'", ""))
        if sum(w not in lex.fillers for w in words) >= 1 and len(words) >= 2 and not _greeting(rest, lex):
            lead = range(min(len(tokens(parts[0])), len(toks)))
            again = _choice_words(spec, first.choice) if spec is not None else frozenset()
            if first.start > 0 and "?" not in parts[0] and any(_says_something(toks[i], lex) and toks[i] not in again
                                                               for i in lead if not first.start <= i < first.end):
                # The part with the answer says more than the answer ("I'm waiting for an MRI, it's
                # booked for January"): the whole line is the note, not only its last clause (a part
                # asked as a question, "kinda? after his report card", is a hedge, not more to say; a
                # line that starts with the answer, "yes it's covered, I checked", says it again).
                whole = _LEADING_ANSWER.sub("", clean(text)).strip(" .!?")
                return whole[0].upper() + whole[1:]
            rest = _LEADING_LINK.sub("", rest) or rest
            return capital_first(rest)
    if first is None or not hits:
        return ""
    used = {i for h in hits for i in range(h.start, h.end)}
    spans = _clauses(text)
    free = [not used & set(range(start, end)) and not _greeting(part, lex) for part, start, end, _, _ in spans]
    if any(free) and not all(free):
        note = _free_note(text, spans, free, lex)
        # A part with a pick that says more than the pick ("NHS waiting list is about 6 months, she
        # said") is kept with the rest of a note: "she said" alone would lose what was said.
        rich = [f or sum(_says_something(toks[i], lex) for i in range(start, min(end, len(toks))) if i not in used) >= 2
                for f, (_, start, end, _, _) in zip(free, spans)]
        return _free_note(text, spans, rich, lex) if note and rich != free else note
    if len(spans) == 1 and all(h.strength == 1 for h in hits) and hits[0].start == 0:
        words = clean(text).split()
        return _worth_keeping(" ".join(words[hits[0].end:]).strip(" ,.!?"), lex)  # "yes blood work in 2 weeks"
    return ""


def _free_note(text: str, spans, free: list[bool], lex: Lexicon) -> str:
    """The clauses marked free, kept as typed when next to each other ("my english not so good
    sorry", "PSA 6.8"), apart ones joined with a comma."""
    typed, groups, last = clean(text), [], -2
    for i, (_, _, _, cstart, cend) in enumerate(spans):
        if not free[i]:
            continue
        if i == last + 1:
            groups[-1][1] = cend
        else:
            groups.append([cstart, cend])
        last = i
    return _worth_keeping(", ".join(typed[a:b].strip(" .,!?") for a, b in groups), lex)


def _worth_keeping(note: str, lex: Lexicon) -> str:
    said = re.findall(r"[a-z0-9]+", note.lower().replace("'", ""))
    content = [w for w in said if w not in lex.fillers and w not in lex.greetings]
    # Two words that say something, or one with a word around it ("she's 79", "he has copd").
    if len(content) < 2 and not (content and len(said) >= 2 and (content[0].isdigit() or len(content[0]) >= 3)):
        return ""
    note = _LEADING_LINK.sub("", note) or note
    return capital_first(note)


# "1, but we dont want to drag it out", "just the cardiologist, well his regular doc sent him there": the note is what
# was said after the link word, not "But we dont ..." (a lead's walk, 2026-12-07)
_LEADING_LINK = re.compile(r"^(?:(?:but|well|and|also|though|tho|although)\b[\s,.]*)+(?=\w)", re.IGNORECASE)
_LEADING_ANSWER = re.compile(r"^(?:(?:yes|yeah|yep|ya|yup|no|nope|nah|ok|okay|well|so|um|uh)\b[\s,.!]*)+", re.IGNORECASE)


def _says_something(word: str, lex: Lexicon) -> bool:
    """A word that carries news of its own: not a filler, a greeting or a word that only points back."""
    return (word.isdigit() or len(word) >= 3) and word.isalnum() and word not in lex.fillers \
        and word not in lex.greetings and word not in _SMALL_WORDS


def _greeting(part: str, lex: Lexicon) -> bool:
    """"hi", "good morning", "thanks so much": a clause that greets or thanks says nothing to keep."""
    words = re.findall(r"[a-z]+", part.lower().replace("'", ""))
    return bool(words) and any(w in lex.greetings for w in words) and all(w in lex.greetings or w in lex.fillers for w in words)


_CLAUSE_BREAK = re.compile(r"(\s*(?:[,;:!?]|(?<!\d)\.|\.(?!\d))\s*|\s+[-–]\s+|\s+(?:but|because|since|so|though|although)\s+"
                           # a run-on after an age: "my son is 8 they want to take his tonsils out" (a lead's walk, 2026-12-07)
                           r"|(?:(?<=\d)|(?<=\bold)|(?<=\byo))\s+(?:and\s+)?(?=(?:they|he|she|we|the\s+doctors?|his\s+doctor|her\s+doctor|doctors?|dr)\s+"
                           r"(?:\w+\s+)?(?:want|wants|wanted|said|says|say|think|thinks|told|recommend\w*|need|needs|has|have|had)\b))",
                           re.IGNORECASE)  # "PSA 6.8": a point between digits is no break


def _clauses(text: str) -> list[tuple[str, int, int, int, int]]:
    """The parts of a line between marks and "but"/"because", with the token span and the
    character span (in clean(text)) of each."""
    out, at, pos = [], 0, 0
    for piece in _CLAUSE_BREAK.split(clean(text)):
        size = len(tokens(piece))
        if piece and not _CLAUSE_BREAK.fullmatch(piece) and piece.strip(" .,!?"):
            lead = len(piece) - len(piece.lstrip(" .,!?"))
            core = piece.strip(" .,!?")
            out.append((core, at, at + size, pos + lead, pos + lead + len(core)))
        at += size
        pos += len(piece)
    return out


_SMALL_WORDS = frozenset({"its", "it", "is", "was", "not", "no", "a", "an", "the", "and", "or", "this", "that", "just", "really",
                          # words that only point back at the person or at what they said before (a user trial:
                          # "its me, im the patient" kept "Im the patient", "i told u, 2 weeks" kept "I told u")
                          "i", "im", "me", "u", "you", "told", "said", "say", "already", "like", "again", "yes", "yeah", "yep",
                          "ok", "okay", "so", "well", "um", "uh", "lol", "as", "before",
                          "lets", "let", "us",  # "lets plan the second opinion": a word that only leads into the answer
                          # words that only lead into wanting or doing the choice: "yes, let's get a second opinion" kept
                          # "Let's get a second opinion" (helper ut15, whole journeys)
                          "get", "go", "do", "we", "will", "want", "please", "to", "for", "s", "ll", "ill", "well"})


_NONE_AGAIN = frozenset({"none", "nothing", "neither", "nope", "from", "of", "these", "those", "them", "this", "that", "any", "all",
                         "fits", "fit", "applies", "apply"})


def repeats_choice(note: str, spec, value) -> bool:
    """True when a note only says again what the picked choice's own label says: "they offered
    surgery, its not an emergency" picks "A surgery or procedure was offered (not an emergency)",
    and "its not an emergency" is no news for the plan. Any other word keeps the note."""
    if not note or value is None or not spec.choices:
        return False
    picked = set(value) if isinstance(value, list) else {value}
    said = {w for choice in spec.choices if choice.id in picked for w in tokens(clean(choice.label))}
    if getattr(spec, "none_choice", None) in picked:  # "No, nothing from this." said "None of these" again (ut15)
        said |= _NONE_AGAIN
    words = [w for w in tokens(clean(note)) if w.isalnum() and w not in _SMALL_WORDS]
    return all(w in said for w in words)  # no word of its own (only "i told u"): no news either
