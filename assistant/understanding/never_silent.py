"""Answers a careful reader would ask about, never stored silently (helper u23a, brief "never a silent guess").

The rounds mark some answers "should ask", and the reader stored a choice for them anyway: "Maybe." at "Is there a
point by which you must decide?" (stored "Not sure", a synonym there), "when i can get a day off" (stored "Yes, I know
when I will decide": a condition without a day), "both kind of?? its for my dad but i also wanna compare what the 2
doctors said" at the welcome (stored the compare path), "she got new cancer and they wanna operate" at the situation
(stored the surgery, though the new diagnosis is said too). Per question in dialogues/never_silent.yaml: a whole line
of one doubt word is offered back for a Yes; a phrase that makes the whole answer unsure, or a time told as a condition
("when" ... "can"/"stop"/"feel"), a word near another (`near`: "for me, but i already seen 2 rheumys" at the welcome,
helper u24a: a second opinion had already, the compare path maybe meant), or two numbers joined by "and" at the order question ("1 and 3 most important": which
matter, not which first), or every group of an entry of `together` said in the line (helper u26a: "sure but then
said we'll see", "would perform the TAVR but is not a surgeon", "PT first then surgery if it doesnt get better"), is asked. Only a reading that would be stored is looked at; every other reading, and
every other question, is left as it was.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .sounded import skeleton
from .text import clean, tokens

WORDS = PhraseFile("never_silent.yaml")


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(clean(str(item)))) for item in items or ())


def _applies(entry: dict, value) -> bool:
    """The entry looks at this value: one of its `values` (all when none are named); for picks, any pick not in `skip`."""
    if isinstance(value, list):
        value = [v for v in value if str(v) not in {str(s) for s in entry.get("skip", ())}]
        return bool(value) and all(_applies({"values": entry.get("values")}, v) for v in value)  # `skip` taken off above
    values = entry.get("values")
    if str(value) in {str(s) for s in entry.get("skip", ())}:
        return False
    return values is None or str(value) in {str(v) for v in values}


def _conditional_time(toks: list[str], when: dict) -> bool:
    """A lead ("when") followed within `reach` words by a verb of ability or feeling ("can", "stop")."""
    leads, verbs, reach = set(when.get("leads", ())), set(when.get("verbs", ())), int(when.get("reach", 3))
    # a long lead also as spelt by ear ("alredy", "allredy" for "already"): its sound skeleton (sounded.py); the spelling
    # is never put in the file, where it would become a known word and stop sounded.py reading it ("i tole him allredy")
    heard = {skeleton(str(w)) for w in leads if len(str(w)) >= 6}
    return any((t in leads or (len(t) >= 6 and skeleton(t) in heard)) and any(v in verbs for v in toks[k + 1 : k + 1 + reach])
               for k, t in enumerate(toks))


def _joined_numbers(toks: list[str], joined: dict) -> bool:
    """Two numbers joined by "and" ("3 and 1", "1 and 3 most important"), and no word that says an order."""
    joins, order = set(map(str, joined.get("joins", ()))), set(map(str, joined.get("order_words", ())))
    if any(t in order for t in toks):
        return False
    return any(a.isdigit() and j in joins and b.isdigit() for a, j, b in zip(toks, toks[1:], toks[2:]))


def _every_doubted(toks: list[str], every: dict | None, value, spec) -> bool:
    """Every choice picked ("all of them lol", "all of them??? i dont know") by a short line that doubts it, or is only
    "all": the list is offered back, never stored (helper u25a). A line that names the choices is not looked at."""
    if not every or not isinstance(value, list):
        return False
    skip = {str(s) for s in every.get("skip", ())}
    ids = {c.id for c in spec.choices if c.id not in skip}
    if not ids or set(map(str, value)) != ids:
        return False
    words = [t for t in toks if t.isalnum()]
    if not words or len(words) > int(every.get("words", 8)) or spans(toks, _phrases(every.get("unless"))):
        return False  # "all of them except none obviously lol": an exception named, the list was thought through
    if tuple(words) in _phrases(every.get("whole")):
        return True
    doubts = every.get("doubts")
    return doubts is None or bool(spans(toks, _phrases(doubts)))


def _maybe_when(toks: list[str], entry: dict | None, value) -> bool:
    """The line opens with a doubt word and a time told as an event ("Maybe after a 3rd opinion", "Maybe when test
    come"), read as one of `values`, with no "I don't know" of its own (`unless`): offered back (helper u25a)."""
    if not entry or not _applies(entry, value):
        return False
    words = [t for t in toks if t.isalnum()]
    first, then, reach = set(entry.get("first", ())), set(entry.get("then", ())), int(entry.get("reach", 1))
    if not words or words[0] not in first or not any(w in then for w in words[1 : 1 + reach]):
        return False
    return not spans(toks, _phrases(entry.get("unless")))


def _together(toks: list[str], entries, value) -> dict | None:
    """The first of `entries` that looks at `value` whose every group of phrases is said in the line, none of its
    `unless` ("sure but then said we'll see": the choice taken back; "who would perform the TAVR but is not a
    surgeon": a doctor who operates and is said not to be a surgeon), or whose `whole` is the line's words ("3rd":
    the third choice or a third opinion?). Asked, never stored (helper u26a)."""
    words = tuple(t for t in toks if t.isalnum())
    for entry in entries or ():
        if not _applies(entry, value) or spans(toks, _phrases(entry.get("unless"))):
            continue
        if words and words in _phrases(entry.get("whole")):
            return entry
        groups = entry.get("groups") or ()
        if groups and all(spans(toks, _phrases(group)) for group in groups):
            return entry
    return None


def never_silent(reading: Reading, line: str, spec) -> Reading:
    """`reading`, or the same answer offered back or asked when the line does not clearly say it."""
    if reading.certainty != SURE or reading.value is None or reading.asked or reading.dont_know:
        return reading
    toks = tokens(clean(line))
    anywhere = WORDS.data().get("anywhere") or {}
    if spec.name not in set(anywhere.get("skip_states") or ()) and _applies(anywhere, reading.value) \
            and spans(toks, _phrases(anywhere.get("asked"))):  # "or was that the eeg": the memory doubted (helper u24a)
        return Reading(UNCLEAR, None, unclear=line.strip(), message=str(anywhere.get("message", "")), note=reading.note)
    entry = (WORDS.data().get("states") or {}).get(spec.name)
    if not entry:
        return reading
    if _every_doubted(toks, entry.get("every"), reading.value, spec) or _maybe_when(toks, entry.get("maybe_when"), reading.value):
        return Reading(LIKELY, reading.value, note=reading.note, who=reading.who)  # offered back for a Yes (helper u25a)
    together = _together(toks, entry.get("together"), reading.value)
    if together is not None:  # "sure but then said we'll see", "would perform the TAVR but is not a surgeon" (helper u26a)
        message = together.get("message") or entry.get("message", "")
        return Reading(UNCLEAR, None, unclear=line.strip(), message=str(message), note=reading.note)
    near = next((n for n in entry.get("near") or () if _applies(n, reading.value) and _conditional_time(toks, n)), None)
    if not near and not _applies(entry, reading.value):  # `near` names its own values
        return reading
    words = [t for t in toks if t.isalnum()]
    if words and tuple(words) in _phrases(entry.get("whole")):
        return Reading(LIKELY, reading.value, note=reading.note, who=reading.who)
    asked = spans(toks, _phrases(entry.get("asked")))
    when, joined = entry.get("when"), entry.get("joined")
    if not asked and not near and not (when and _applies(when, reading.value) and _conditional_time(toks, when)) \
            and not (joined and _joined_numbers(toks, joined)):
        return reading
    message = (near or {}).get("message") or entry.get("message", "")  # a `near` entry may say its own question (u25a)
    return Reading(UNCLEAR, None, unclear=line.strip(), message=str(message), note=reading.note)
