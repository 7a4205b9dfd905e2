"""A treatment that did not work, said in any of its forms, read as "did not work".

People say a treatment failed with a negation and a verb of working or helping, in many shapes the
lexicon cannot list one by one: "the antibiotics dont do it anymore", "meds ain't cutting it", "the drops
haven't really helped", "physio no work", "stopped doing anything", or with "nothing" or "none" as the
subject: "nothing has worked", "tried three drugs, none helped". Read as they are, the negation or
"nothing" was taken for the answer "none" (a silent misread) or the line was asked again. This puts the
span in the words the lexicon knows ("did not work"), only at the questions that have the first treatment
failing as a choice (dialogues/no_effect.yaml), and never when a person is the subject ("the doctor
doesn't help", "he didn't help us"): that is about being heard, not about a treatment. (helper 11b10)
"""

from __future__ import annotations

import re
from functools import cache

from .text import clean, tokens

FILE = "no_effect.yaml"
_COPULA = frozenset({"was", "were", "is", "are", "been", "has", "have", "had"})
_KEYS = ("states", "said_as", "negations", "between", "effect", "stopped", "nothing", "nothing_between", "nothing_effect", "persons", "help_to",
         "givers", "given")


def _alt(words) -> str:
    """A regex for any of the phrases, longest first; "dont" also matches "don't" (and "don’t")."""
    out = []
    for word in sorted({str(w).lower() for w in words}, key=len, reverse=True):
        parts = [re.sub(r"nt$", r"n['’]?t", re.escape(p)) for p in word.split()]
        out.append(r"\s+".join(parts))
    return "(?:" + "|".join(out) + ")"


@cache
def _data():
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    if not isinstance(raw, dict) or any(not raw.get(k) for k in _KEYS) or not isinstance(raw["said_as"], str):
        raise LexiconError(f"dialogues/{FILE}: needs {', '.join(_KEYS)} (said_as as text, the rest as lists)")
    persons = _alt(raw["persons"])
    between = rf"(?:{_alt(raw['between'])}\s+){{0,2}}"
    effect = _alt(raw["effect"])
    tail = r"(?=\s*(?:[,.;:!?)\-]|$|\s))"
    # the word before the "not" must not be a person ("he didn't help")
    negated = re.compile(rf"(?<![\w'’])({_alt(raw['negations'])}\s+{between}{effect}){tail}", re.IGNORECASE)
    stopped = re.compile(rf"(?<![\w'’])({_alt(raw['stopped'])}\s+(?:{_alt(raw['between'])}\s+)?"
                         rf"(?:working|workin|helping|helpin|doing anything|doing much|doing it|doing a thing|cutting it|doing the trick|making a difference)){tail}",
                         re.IGNORECASE)
    of_them = r"(?:\s+of\s+(?:the|his|her|my|their|our|those|these)\s+[\w'’-]+)?"  # "none of the meds worked"
    # "nothing they gave me helped", "nothing the doctors tried has worked": what was given, said between (11b13)
    given = (rf"(?:\s+(?:that|which))?\s+(?:{_alt(raw['givers'])})\s+(?:(?:have|has|had|ve)\s+)?{_alt(raw['given'])}"
             rf"(?:\s+(?:me|him|her|us|them|on\s+(?:me|him|her|us|them)))?")
    nothing = re.compile(rf"(?<![\w'’])({_alt(raw['nothing'])}(?:{of_them}|{given})\s+(?:{_alt(raw['nothing_between'])}\s+){{0,2}}{_alt(raw['nothing_effect'])}){tail}",
                         re.IGNORECASE)
    help_to = re.compile(rf"^\s+(?:(?:me|us|him|her|them)\s+)?(?:to\s+)?{_alt(raw['help_to'])}\b", re.IGNORECASE)
    person = re.compile(rf"^{persons}$", re.IGNORECASE)
    return frozenset(raw["states"]), raw["said_as"], (negated, stopped), nothing, help_to, person


@cache
def _known(state: str) -> frozenset:
    """The phrases the lexicon knows at the question, as token tuples."""
    from .lexicon import default_lexicon

    return frozenset(p for phrases in default_lexicon().state(state).choices.values() for p in phrases)


def read_as_failed(line: str, state: str) -> str | None:
    """The line with each "did not work" said another way put as "did not work", or None (unchanged)."""
    states, said_as, shapes, nothing, help_to, person = _data()
    if state not in states:
        return None
    known = _known(state)
    out = line

    def plain(m):
        said = tuple(tokens(clean(m.group(0))))
        if any(said[i:j] in known for i in range(len(said)) for j in range(i + 2, len(said) + 1)):
            return m.group(0)  # "is not working": the lexicon knows it as said (a rewrite could lose what follows)
        before = re.findall(r"[\w'’]+", m.string[: m.start()])
        while before and before[-1].lower() in _COPULA:  # "the staff were no help": the person before "were" (11b12)
            before = before[:-1]
        if before and person.match(before[-1]) or before[-2:] and person.match(" ".join(before[-2:])):
            return m.group(0)  # "the doctor doesn't help", "no one helped": a person, not the treatment
        if re.search(r"help\w*$", m.group(0), re.IGNORECASE) and help_to.match(m.string[m.end():]):
            return m.group(0)  # "doesn't help me understand": help given to a person
        return said_as

    for shape in shapes:
        out = shape.sub(plain, out)
    out = nothing.sub(lambda m: f"the treatment {said_as}", out)
    # "the shots and the PT did not work": each of the two did not work (read as one part, not "the shots" alone)
    both = re.compile(rf"(^\s*|[,.;:!?]\s*|\bbut\s+|\bso\s+)((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+(?:and|&|n|plus)\s+((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)"
                      rf"\s+({re.escape(said_as)})\b", re.IGNORECASE)
    out = both.sub(lambda m: f"{m.group(1)}{m.group(2)} {said_as} and {m.group(3)} {said_as}", out)
    return out if out != line else None
