"""A Yes to an offered free answer, with more said after it ("yes thats it. but is he too young?").

Offered "You said "Whether to let them take his tonsils and adenoids out". Is that the decision?", a parent typed "yes
thats it. but is he too young?" and the whole line was stored as the decision (a lead's walk, 2026-12-07). A line that
opens with a yes (and "that's it", "exactly", ...) and a mark, then says more, takes the offer; what follows is a
question for the doctor when asked as one (put on the person's list), else a note kept with the answer. The words are
data: dialogues/yes_then.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .phrase_files import PhraseFile
from .text import capital_first

WORDS = PhraseFile("yes_then.yaml")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    raw = WORDS.data()
    alts = "|".join(r"\s+".join(re.escape(w) for w in str(p).split()) for p in sorted(map(str, raw.get("agree", [])), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alts})\b(?:[\s,.!]*(?:{alts})\b)*\s*(?:[,.!:;-]+\s*|\s(?=but\b))(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)


def yes_then(line: str) -> str | None:
    """The words after a leading yes when they say more (two words at least), or None."""
    found = _pattern().match(line or "")
    if not found:
        return None
    rest = found.group("rest").strip()
    return rest if len(re.findall(r"[A-Za-z0-9']+", rest)) >= 2 else None


_OPENINGS = frozenset("whether which should if to do choosing deciding between".split())  # a new wording of the answer itself


def taken_with_more(line: str, offered, spec, lex):
    """The offered reading taken, with a question after the yes put on the list or a remark kept as its note; None when
    the line is no yes with more, or the more is a new wording of the answer ("yes, whether to have it now")."""
    from dataclasses import replace

    from .asking import question_form
    from .reading import SURE
    from .text import clean, tokens

    rest = yes_then(line)
    if rest is None:
        return None
    toks = [t for t in tokens(clean(rest).lower()) if t.isalnum()]
    if toks[:1] and toks[0] in _OPENINGS:
        return None
    if any(tuple(toks[i : i + len(p)]) == p for p in WORDS.phrases("corrections") for i in range(len(toks))):
        return None  # "yes but its actually only the adenoids": a correction, not a yes (review rv29)
    mark, start = question_form(rest, tokens(rest), lex)
    if mark or start:
        from .asking import answer_question  # "but is he too young?": answered as any question asked here, listed if for the doctor

        asked = re.sub(r"^\s*(?:but|and|so|also)\b[\s,]*", "", clean(rest), flags=re.IGNORECASE)
        got = answer_question(asked, tokens(asked), spec, lex)
        if not got.add_question:  # "ok. so what now": nothing for the doctor; the offer taken
            return replace(offered, certainty=SURE)
        return replace(offered, certainty=SURE, reply="" if got.reply == "help" else got.reply, add_question=got.add_question)
    said = re.sub(r"^\s*(?:but|and|so|also)\b[\s,]*", "", clean(rest), flags=re.IGNORECASE).strip(" .")
    return replace(offered, certainty=SURE, note=capital_first(said)) if said else None


_HEDGES = frozenset("maybe probably think guess kinda kind sort sorta perhaps possibly".split())
_COUNTS = frozenset("one two three four five six seven eight nine ten both several many first second third last plus also including too another more".split())  # another pick


def taken_at_choice(line: str, offered, read_rest):
    """ "yes but cousin only by phone, he not see the scans" to "Did you mean *Two*?": the offer taken, the remark kept as
    its note (a lead's walk, 2026-12-07: the whole line was refused and Yes or No asked again). None when the words after
    the yes name a choice, ask, doubt, hedge or correct (those are read as before)."""
    from dataclasses import replace

    from .reading import SURE
    from .text import clean, tokens

    rest = yes_then(line)
    if rest is None or "?" in rest:
        return None
    toks = [t for t in tokens(clean(rest).lower()) if t.isalnum() or "'" in t]
    fixes = WORDS.phrases("corrections")  # the same corrections taken_with_more reads
    if _HEDGES & set(toks) or _COUNTS & set(toks) or any(t.isdigit() for t in toks) or says_doubt(rest) or any(tuple(toks[i : i + len(p)]) == p for p in fixes for i in range(len(toks))):
        return None
    got = read_rest(rest)
    if got.value is not None or got.asked or got.dont_know or got.reply or got.add_question:
        return None
    said = re.sub(r"^\s*(?:but|and|so|also|though)\b[\s,]*", "", clean(rest), flags=re.IGNORECASE).strip(" .")
    return replace(offered, certainty=SURE, note=capital_first(said)) if len(said.split()) >= 2 else None


def says_doubt(note: str) -> bool:
    """A remark that says a doubt ("we are not sure he needs it"): offered back as what makes the person unsure."""
    from .text import clean, tokens

    words = [t for t in tokens(clean(note or "").lower()) if t.isalnum() or "'" in t]
    return any(tuple(words[i : i + len(p)]) == p for p in WORDS.phrases("doubts") for i in range(len(words)))


__all__ = ["says_doubt", "taken_at_choice", "taken_with_more", "yes_then"]
