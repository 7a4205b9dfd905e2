"""A part said as done is no answer where the question asks what is still to come.

A user trial (2026-12-04, fourth): "had the cat scan. nothin else" at "Are any tests planned or
pending?" was offered back as *Yes* (the opposite), the scan's words pointing at the tests. At a
question whose lexicon says `still_to_come: true`, a sentence that opens by saying it was done ("had
the CT", "already did the bloods", "we got the MRI last week") tells history: it is kept as the
note, and the rest of the line is the answer ("nothing else": No). When the rest says nothing, an
answer read from the done part alone is not offered back; the question is asked again.
"""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import capital_first, clean, parts_between, tokens

_DONE_OPEN = (("had",), ("did",), ("got",), ("already",), ("done",), ("finished",), ("completed",), ("i", "had"), ("we", "had"),
              ("he", "had"), ("she", "had"), ("they", "did"), ("i", "did"), ("we", "did"), ("i", "got"), ("we", "got"), ("ive", "had"),
              ("weve", "had"), ("hes", "had"), ("shes", "had"), ("just", "had"))
_CUT = (".", ";", "!", ",")
_MORE_DONE = ("and", "plus", "also", "&")


def _sentences(toks: list[str]) -> list[list[str]]:
    return [toks[s:e] for s, e in parts_between(toks, _CUT)]


# A sentence that goes on to what is now or still to come is not only history ("had a knee replacement and now it is worse").
_NOT_ONLY_DONE = frozenset({"now", "still", "again", "but", "waiting", "pending", "next", "will", "soon", "yet", "getting", "coming", "due"})


# (rv34) a word that puts a test ahead: "and an mri next week. thats it", "had the ct and they want an mri. thats it" are
# no "nothing more to come"
_AHEAD = _NOT_ONLY_DONE | frozenset("""tomorrow tmrw tmr monday tuesday wednesday thursday friday saturday sunday week weeks month
months booked scheduled planned ordered arranged referred want wants wanted need needs upcoming later come""".split())


# Or it ends by saying so ("x-ray is done", "the bloods were finished", "ct done"), a user trial (seventh, lo8).
_DONE_CLOSE = frozenset({"done", "finished", "completed", "complete"})


def _done(words: list[str]) -> bool:
    opened = any(tuple(words[: len(p)]) == p for p in _DONE_OPEN)
    closed = len(words) >= 2 and words[-1] in _DONE_CLOSE and len(words) <= 6 and not {"not", "isnt", "wasnt", "arent", "no"} & set(words)
    return (opened or closed) and not _NOT_ONLY_DONE & set(words)


def _same_thing(part: list[str], lex, read_part) -> bool:
    """A word or two after a done part that names a thing ("rentgen", "the ct"), not an answer ("nothin else", "yes")."""
    from .asking import whole

    if whole(part, lex.yes, lex) or whole(part, lex.no, lex) or {"no", "not", "nothing", "none", "else", "more"} & set(part) \
            or tuple(t for t in part if t.isalnum()) in lex.finish:
        return False
    return read_part(" ".join(part)).value in (None, "yes")


def _marked(line: str, lex, read_part) -> list[tuple[list[str], bool]]:
    """The line's sentences, each marked done or not; a word or two more for the same thing joins the done part."""
    marked: list[tuple[list[str], bool]] = []
    for part in _sentences(tokens(clean(line))):
        if marked and marked[-1][1] and not _AHEAD & set(part) and (len(part) <= 2 and _same_thing(part, lex, read_part)
                                         or part[0] in _MORE_DONE and 1 <= len(part) - 1 <= 4 and _same_thing(part[1:], lex, read_part)):
            # "x-ray is done, rentgen": a word more for the same thing, done too; "had a biopsy, and an ultrasound" (a
            # lead's walk, 2026-12-07): one more thing done, said after a comma
            marked[-1] = (marked[-1][0] + part, True)
        else:
            marked.append((part, _done(part)))
    return marked


def _nothing_more(rest: list[list[str]], lex) -> bool:
    """ "had the ct, plus bloods. thats it": nothing more than what was done."""
    said = tuple(t for t in rest[0] if t.isalnum()) if len(rest) == 1 else ()
    return len(said) >= 2 and said in lex.finish  # not a bare "no" ("no, I had the MRI in March": read as before)


def without_done(reading: Reading, line: str, spec, lex, read_part) -> Reading:
    if not lex.state(spec.name).still_to_come or spec.ask != "choice" or reading.asked:
        return reading
    marked = _marked(line, lex, read_part)
    done = [p for p, was in marked if was]
    rest = [p for p, was in marked if not was]
    if done and _nothing_more(rest, lex) and not any(_AHEAD & set(p) for p in done) and reading.certainty in (SURE, LIKELY, UNCLEAR) and reading.value in (None, "yes", "no"):
        return Reading(SURE, "no", note=capital_first("; ".join(" ".join(p) for p in done)))
    if reading.certainty == SURE:
        # "the biopsy was done", "labs are done": a "yes" read from history alone is no test to come; asked again (a lead's
        # trial, 2026-12-06). A sure "no" ("tests are done") and a line that also says what is to come stay as read.
        if reading.value == "yes" and marked and not rest:
            return Reading(UNCLEAR, unclear=clean(line))
        if reading.value == "yes" and done and rest:
            # "they did an xray already. nothing else i think" (a lead's walk, 2026-12-07, was *Yes*): the done part is
            # history, and the rest says no test is to come
            later = read_part(". ".join(" ".join(p) for p in rest))
            if later.certainty == SURE and later.value == "no" and not later.asked:
                return replace(later, note=capital_first("; ".join(" ".join(p) for p in done)))
        return reading
    if not done:
        return reading
    if rest:
        later = read_part(". ".join(" ".join(p) for p in rest))
        if later.certainty == SURE and later.value not in (None, "") and not later.asked:
            note = "; ".join(" ".join(p) for p in done)
            scrap = not later.note or len(later.note.split()) < 3 or later.note.split()[0].lower() in ("else", "more", "other", "pending")
            note = capital_first(note) if scrap else later.note  # "more planned", "else pending i dont think": a scrap
            return replace(later, note=note)
    if reading.certainty == LIKELY:
        return Reading(UNCLEAR, unclear=clean(line))  # only history was told: nothing to offer back
    return reading
