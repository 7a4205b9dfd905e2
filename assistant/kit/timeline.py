"""The timeline a person starts in the conversation (state `records_timeline`), read leniently.

Seed 000 asks for "a one-page timeline of symptoms, treatments tried, and outcomes". People
type it in one line: "March: knee pain started; April: MRI; May: surgeon offered surgery".
`entries()` splits that into events, each a {"when", "what"} pair, the date kept as typed
("in March", "3/14", "2 weeks ago"); nothing is turned into a calendar date, and an event with
no date keeps an empty "when". The printed plan shows the events in its timeline form, with
empty rows left for the rest. Nothing here guesses silently: the conversation says back what
it wrote (`note()`), and `back` undoes it.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from ..understanding.text import normalize
from .clean import inert

MAX_ENTRIES = 12
MAX_WHAT = 160
MAX_WHEN = 40
SLOT_TEXT = "timeline_text"  # the raw line as stored by the free-text question
SLOT_ENTRIES = "timeline"  # the events read from it
STATE = "records_timeline"

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# "may" is also a verb ("may need surgery"): a month only before a day, a year, ':' or '-',
# or after a word that leads into a date.
_MAY = r"(?:(?<=\bin )|(?<=\bon )|(?<=\bsince )|(?<=\bby )|(?<=\bof )|(?<=\bearly )|(?<=\blate )|(?<=\bmid )|(?<=\buntil )|(?<=\bmid-))may\b|\bmay(?=\s*(?:[0-9:\-–,]|$))|(?:^|(?<=, )|(?<=,))\s*may\b(?!\s+(?:be|have|need|not|help|want|get|take|go)\b)"
_NUMBER = r"(?:[0-9]{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|couple of|a couple)"
_UNIT = r"(?:day|week|month|year)s?"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:(?:early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of)[\s-]+)"
_DATE = LazyPattern(  # compiled at its first use: most answers never need it
    r"(?:\b(?:since|until|till|by|around|about|from|before|after)\s+)?(?:"
    rf"\b{_PART}?(?:(?:this|last|next|past)\s+)?(?:\b{_MONTH}\b|{_MAY})(?:\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)[0-9]{{2}}\b)?"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)[0-9]{{2}})?"
    r"|\b(?:19|20)[0-9]{2}-[0-9]{1,2}(?:-[0-9]{1,2})?\b"
    r"|\b[0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{2,4})?\b"
    rf"|\b{_NUMBER}\s+{_UNIT}\s+ago\b"
    rf"|\b(?:last|this|next|past)\s+(?:{_UNIT}|{_SEASON}|{_WEEKDAY}|weekend)\b"
    rf"|\b{_PART}?(?:the\s+)?{_SEASON}(?:,?\s+(?:of\s+)?(?:19|20)[0-9]{{2}})?\b"  # "summer 2026", "the summer of 2024"
    rf"|\b{_PART}?(?:19|20)[0-9]{{2}}\b"
    r"|\b(?:yesterday|today|this morning|last night|tonight)\b"
    r")",
    re.IGNORECASE,
)
# Words that lead into a date and go with it out of the event: "knee pain started in March".
_LEAD_IN = re.compile(r"\b(?:in|on|at|during)\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|[0-9]{1,2}[.)](?![0-9]))\s*")
_NUMBERED = re.compile(r"(?:^|\s)[0-9]{1,2}[.)]\s+(?=[^\W\d_]|[0-9]{1,2}/)")
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<![0-9])\.\s+(?=[A-Z0-9])")
_THEN = re.compile(r"\s*(?:,|;)?\s*\b(?:and then|then|after that)\b\s*,?\s*", re.IGNORECASE)
# Said instead of events: the step was declined without the word "skip".
_DECLINE = {
    "not now", "later", "maybe later", "no thank you", "no thanks", "not yet", "nope", "nah", "not really", "no not now",
    "another time", "not today", "ill do it later", "i will do it later", "do it later", "not right now", "no later",
    "i dont remember", "dont remember", "cant remember", "i cant remember", "ill fill it in later", "fill it in later",
    "i will fill it in later", "ill write it later", "i will write it later", "no skip", "skip it", "skip this",
    "skip for now", "skip that", "none", "no", "nothing", "pass", "skip", "no thank you not now", "not at the moment",
}


def declined(text: str | None) -> bool:
    """True when the line says 'not now' rather than giving events (or nothing was typed)."""
    if not text or not re.search(r"[^\W\d_]", text) and not _DATE.search(text):
        return True  # nothing readable: only separators, or a lone number such as a choice typed here by mistake
    norm = normalize(text)
    if norm in _DECLINE:
        return True
    words = norm.split()
    return (len(words) <= 5 and words[0] in ("skip", "no", "nope", "nah", "later", "maybe")
            and not _DATE.search(text) and not re.search(r"[0-9]", text))


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,;:-–—.").strip()


def _split(text: str) -> list[str]:
    pieces = [p for p in re.split(r"[;\n•·|]+", text) if p.strip()]
    if len(pieces) == 1 and len(_NUMBERED.findall(pieces[0])) >= 2:  # "1. March: pain 2. April: MRI"
        pieces = [p for p in _NUMBERED.split(pieces[0]) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        out += _split_piece(piece)
    return out


_LOWER_END = re.compile(r"(?<!\bdr)(?<!\bst)(?<!\bmr)(?<!\bms)(?<!\bmrs)\.\s+", re.IGNORECASE)


def _dated_sentences(part: str) -> list[str]:
    """Full stops cut events in lower case too, when two or more sentences have a date: a sentence
    with a date starts an event, one without goes with the event before it ("found in oct on an
    xray. nov ct scan. dec saw the surgeon": three events)."""
    cuts = [m for m in _LOWER_END.finditer(part)]
    if not cuts:
        return [part]
    sentences, start = [], 0
    for stop in cuts:
        sentences.append(part[start : stop.start()])
        start = stop.end()
    sentences.append(part[start:])
    sentences = [x for x in sentences if x.strip()]
    dated = [bool(_DATE.search(x)) for x in sentences]
    if sum(dated) < 2:
        return [part]
    events: list[str] = []
    for sentence, has_date in zip(sentences, dated):
        if has_date or not events:
            events.append(sentence)
        else:
            events[-1] += ". " + sentence
    return events


def _split_piece(piece: str) -> list[str]:
    """One piece between semicolons: sentences, then "then", then commas when every part has a date."""
    parts = [p for p in _SENTENCE_END.split(piece) if p.strip()]
    parts = [q for p in parts for q in _dated_sentences(p)]  # "... kidney stone. nov cat scan 6 cm. dec saw ..."
    parts = [q for p in parts for q in _THEN.split(p) if q.strip()]
    out: list[str] = []
    for part in parts:
        commas = [c.strip() for c in part.split(",") if c.strip()]
        # "March knee pain, April MRI, May surgery offered": a part with a date starts an event, and a
        # part without one goes with the event before it ("2022: pain started, went to urgent care,
        # this september the gyno said its normal" is two events), when two or more parts have dates.
        dated = [bool(_DATE.search(c)) for c in commas]
        if len(commas) > 1 and sum(dated) >= 2:
            events: list[str] = []
            for comma, has_date in zip(commas, dated):
                if has_date or not events:
                    events.append(comma)
                else:
                    events[-1] += ", " + comma
            out += events
        else:
            out.append(part)
    return out


def _entry(piece: str) -> dict | None:
    piece = _BULLET.sub("", piece).strip()
    if not re.search(r"[^\W_]", piece):
        return None
    # "March: knee pain" or "3/14 - MRI": a short date before a colon or a dash.
    head = re.match(r"^([^:]{1,30}?)\s*(?::|\s[-–—]\s)\s*(.+)$", piece)
    if head and (_DATE.search(head.group(1)) or re.search(r"[0-9]", head.group(1))) and len(head.group(1).split()) <= 5:
        return {"when": _cut(_tidy(head.group(1)), MAX_WHEN), "what": _cut(_tidy(head.group(2)), MAX_WHAT)}
    found = _DATE.search(piece)
    if not found:
        return {"when": "", "what": _cut(_tidy(piece), MAX_WHAT)}
    before, after = piece[: found.start()], piece[found.end():]
    before = _LEAD_IN.sub("", before)
    what = _tidy(f"{before.rstrip()} {after.lstrip(' ,:')}")
    when = _tidy(found.group(0))
    if not what:  # only a date: keep it as the event's date with nothing beside it
        return {"when": _cut(when, MAX_WHEN), "what": ""}
    return {"when": _cut(when, MAX_WHEN), "what": _cut(what, MAX_WHAT)}


def _all_entries(text: str | None) -> list[dict]:
    if declined(text):
        return []
    return [e for e in (_entry(p) for p in _split(inert(text))) if e and (e["when"] or e["what"])]


def entries(text: str | None) -> list[dict]:
    """The events in what was typed, in the order typed, at most MAX_ENTRIES."""
    return _all_entries(text)[:MAX_ENTRIES]


def extra_slots(state: str, slots: dict) -> dict:
    """After the timeline question: the events read from the line; a line that declined keeps no text."""
    if state != STATE:
        return {}
    text = slots.get(SLOT_TEXT)
    if text is not None and declined(text):
        return {SLOT_TEXT: None, SLOT_ENTRIES: []}
    return {SLOT_ENTRIES: entries(text)}


def note(state: str, slots: dict, *, cut_at: int | None = None) -> str:
    """What to say back after the timeline question, so the reading is never silent."""
    if state != STATE:
        return ""
    found = slots.get(SLOT_ENTRIES) or []
    text = slots.get(SLOT_TEXT)
    if not text:
        return "All right. The timeline form in your plan is there to fill in later."
    if not found:
        return "I found no events in that, so the timeline form in your plan is left blank. Type 'back' to try again."
    shown = "; ".join(f"{e['when']}: {e['what']}" if e["when"] and e["what"] else e["when"] or e["what"] for e in found[:4])
    shown = _cut(shown, 220)
    more = f" and {len(found) - 4} more" if len(found) > 4 else ""
    count = "1 event" if len(found) == 1 else f"{len(found)} events"
    said = f"I put {count} on your timeline: {shown}{more}."
    if cut_at and len(text) >= cut_at:
        said += " That was long, so only its start was kept."
    elif len(_all_entries(text)) > MAX_ENTRIES:
        said += f" I kept the first {MAX_ENTRIES}."
    return said + " The form in your plan has room for the rest. Type 'back' to change this."
