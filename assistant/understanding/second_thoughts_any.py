"""More of the second look (second_thoughts.py): pick-any shapes, ages, records, contacts, parts
in another language. Words in dialogues/second_thoughts.yaml."""

from __future__ import annotations

import re

from .asking import has_phrase
from .matching import find_hits
from .reading import SURE, UNCLEAR, Reading
from .second_thoughts_words import _ask, _find, _has, _offer, _quote, _states, words
from .text import clean, tokens


def same_as_before(reading, toks, line, spec, lex):
    """ "Same as before, nothing change" at the second ask: which answer was it? never "None"."""
    if spec.name not in _states("same_states") or not _has(toks, "same_as_before"):
        return None
    if reading.value and reading.value != [spec.none_choice]:
        rest = [t for t in tokens(clean(reading.unclear or "")) if t not in (",", ".", "!", ";")]
        if rest and any(s == 0 and e == len(rest) for s, e in _find(rest, words()["same_as_before"])):
            return Reading(SURE, reading.value)  # "same like before, only 2": the picks typed; the rest only says so
        return None
    return _ask(line, f"{_quote(line)}: please pick again the ones that are true now, even if they are the same as before.")


def agree_except(reading, toks, line, spec, lex):
    """ "they agree on everything except when to do it": they differ only on what follows."""
    if spec.name not in _states("agree_states"):
        return None
    differ = [e for s, e in _find(toks, words()["differ_words"])]
    spans = _find(toks, words()["except_words"])
    cuts = [e for s, e in spans]
    near = [s for s, e in spans]
    agree = _find(toks, words()["agree_words"])
    if differ and agree:  # "same diagnosis, same plan, they just differ on timing"
        cut = min(differ)
    elif not cuts or not agree or min(cuts) < agree[0][1] or min(near) - agree[0][1] > 4:
        return None
    else:
        cut = min(cuts)
    after = [h for h in find_hits(toks, spec, lex) if h.start >= cut and h.strength == 3 and h.choice != spec.none_choice]
    picks = list(dict.fromkeys(h.choice for h in after))
    return Reading(SURE, picks) if picks else None


def mild_sign(reading, toks, line, spec, lex):
    """ "he's been a bit more sleepy than usual": at the child's emergency list, a mild sign is
    asked about (floppy, very hard to wake?), never taken as the emergency choice."""
    if spec.name not in _states("mild_states") or not isinstance(reading.value, list) or not _has(toks, "mild"):
        return None
    for cid, signs in words()["mild_of"].items():
        if cid in reading.value and any(has_phrase(toks, p) for p in signs):
            strong = [h for h in find_hits(toks, spec, lex) if h.choice == cid and h.strength == 3
                      and not any(has_phrase(toks[h.start : h.end], p) for p in signs)]
            if strong:
                continue
            keep = [c for c in reading.value if c != cid] or None
            return _ask(line, f'{_quote(line)}: {words()["mild_ask"][cid]}', (), keep)
    return None


def border_age(reading, toks, line, spec, lex):
    """ "he's a senior in high school": 17 or 18? "twins, one is 2 and the other is 14": two ages."""
    if spec.name != "welcome_age" or reading.certainty != SURE:
        return None
    for phrase, bands in words()["border_ages"].items():
        if isinstance(phrase, tuple) and has_phrase(toks, phrase) or (phrase,) == tuple(toks[:1]) and len(toks) == 1:
            opts = tuple(b[0] for b in bands)
            if len(opts) > 1:
                return _ask(line, f"{_quote(line)}: how old is the person now?", opts)
    if not _has(toks, "two_people_words"):
        return None
    ages = [int(t) for t in toks if re.fullmatch(r"[0-9]{1,3}", t) and int(t) < 120] + [lex.numbers[t] for t in toks if t in lex.numbers and t not in ("one",)]
    bands = {("baby" if a < 1 else "child" if a <= 12 else "teen" if a <= 17 else "adult") for a in ages}
    if len(ages) >= 2 and len(bands) >= 2:
        return _ask(line, f"{_quote(line)}: which of them is this about? How old is that person?", tuple(sorted(bands)))
    return None


def copies_not_existence(reading, toks, line, spec, lex):
    """ "I have copies of nothing": the records question asks which exist, not which are at hand."""
    if spec.name not in _states("existence_states") or reading.value != [spec.none_choice]:
        return None
    if not (_has(toks, "copies_words") or _has(toks, "held_elsewhere")):
        return None
    return _ask(line, f"{_quote(line)}: which of these were done, even if you do not have copies yet?")


def all_softened(reading, toks, line, spec, lex):
    """ "everything on the list pretty much": all, said with a softener: offered back."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list) or len(reading.value) < 2:
        return None
    if _has(toks, "all_words") and _has(toks, "softened_all"):
        return _offer(reading)
    return None


def remote_contact(reading, toks, line, spec, lex):
    """ "they did a video visit with me": a call, a message or a video visit at a question about
    being checked since it got worse: does that count? offered back, never stored as a yes."""
    if spec.name not in _states("remote_states") or reading.certainty != SURE or reading.value != "yes" or not _has(toks, "remote_contact"):
        return None
    return _offer(reading)


def foreign_part_left(reading, toks, line, spec, lex):
    """ "mami se siente más segura, and she understands better now": a part in another language
    that, read in English, names something the reading left out: kept what was understood, and
    asked about that part."""
    if reading.certainty != SURE or reading.value is None:
        return None
    from .rewrite import plain, rewritten

    have = set(reading.value if isinstance(reading.value, list) else [reading.value])
    raw = plain(clean(line))
    for part in (p.strip() for p in raw.replace(";", ",").replace(".", ",").split(",")):
        words = tokens(part)
        if sum(w in lex.other_language for w in words) < 2 or any(h.strength == 3 for h in find_hits(words, spec, lex)):
            continue
        again = rewritten(part, lex)
        if again is None:
            continue
        named = {h.choice for h in find_hits(tokens(again), spec, lex) if h.strength == 3 and not h.negated}
        if named - have:
            keep = reading.value if spec.multi else None
            return Reading(UNCLEAR, keep, unclear=part, message=f'I did not follow "{part}". What did you mean by it?')
    return None


ORDER = (same_as_before, agree_except, mild_sign, border_age, copies_not_existence, all_softened, remote_contact, foreign_part_left)
