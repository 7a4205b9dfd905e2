"""An age in people's words, for "How old is the person?": "he's 7", "14 months", "twenty two",
"1 yr 2 mo", "my dad is 80", and a bare "3" that is both a choice number and an age.

The age band is what is stored (baby under 1, child 1-12, teen 13-17, adult 18+). A number that
could be the choice number or the age, where the two give different bands, is asked about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..flow import StateSpec
from .lexicon import Lexicon
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import capital_first, clean

# Units after a number: what one of them is in years.
_UNITS = {"year": 1.0, "years": 1.0, "yr": 1.0, "yrs": 1.0, "y": 1.0, "yo": 1.0, "yos": 1.0,
          "month": 1 / 12, "months": 1 / 12, "mo": 1 / 12, "mos": 1 / 12, "mth": 1 / 12, "mths": 1 / 12, "m": 1 / 12,
          "week": 1 / 52, "weeks": 1 / 52, "wk": 1 / 52, "wks": 1 / 52, "w": 1 / 52,
          "day": 1 / 365, "days": 1 / 365, "d": 1 / 365}
# Words before a number that make it an age still to come ("turns 13 in feb", "he'll be 18").
_FUTURE = {"turns", "turning", "turn", "be", "until", "till", "til"}
_BAND_WORDS = {"baby": ("baby", "infant", "newborn", "babe"),
               "child": ("toddler", "kid", "child", "little one", "preschooler", "grade schooler", "grade school", "elementary school",
                         "primary school", "kindergarten", "1st grade", "2nd grade", "3rd grade", "4th grade", "5th grade", "6th grade",
                         "grade 1", "grade 2", "grade 3", "grade 4", "grade 5", "grade 6"),
               "teen": ("teen", "teenager", "teenage", "adolescent", "high school", "highschool", "sophomore", "freshman in high school",
                        "8th grade", "9th grade", "10th grade", "11th grade", "12th grade", "grade 8", "grade 9", "grade 10", "grade 11", "grade 12"),
               "adult": ("adult", "grown man", "grown woman", "grown up", "grownup", "grown-up")}


@dataclass(frozen=True)
class Age:
    years: float
    start: int  # where in the list of words it was said
    end: int
    unit: bool  # a unit was said ("7 years", "8 months"), not a bare number


def _words(text: str) -> list[str]:
    """The line's numbers and words, apostrophes dropped ("she's 7" -> shes, 7)."""
    return re.findall(r"[0-9]+|[a-z]+(?:-[a-z]+)?", clean(text).lower().replace("'", "").replace("’", ""))


def band(years: float) -> str:
    return "baby" if years < 1 else "child" if years < 13 else "teen" if years < 18 else "adult"


def _word_number(words: list[str], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """A number in words at `i`: "seven", "twenty two", "twenty-two", "eighty". (value, width)."""
    tok = words[i]
    if "-" in tok and all(p in lex.age_numbers or p in lex.numbers for p in tok.split("-")):
        a, b = tok.split("-")
        return lex.age_numbers.get(a, lex.numbers.get(a, 0)) + lex.age_numbers.get(b, lex.numbers.get(b, 0)), 1
    value = lex.age_numbers.get(tok, lex.numbers.get(tok))
    if value is None:
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if value >= 20 and value % 10 == 0 and nxt in lex.numbers and 1 <= lex.numbers[nxt] <= 9:
        return value + lex.numbers[nxt], 2
    return value, 1


def ages_in(text: str, lex: Lexicon) -> list[Age]:
    """Every age said in the line, left to right. "1 yr 2 mo" is one age."""
    words = _words(text)
    found: list[Age] = []
    coming: list[Age] = []  # an age still to come, used only when no age now is said
    i = 0
    while i < len(words):
        tok = words[i]
        if tok.isascii() and tok.isdigit() and len(tok) <= 3:
            value, width = int(tok), 1
        else:
            got = _word_number(words, i, lex)
            if got is None:
                i += 1
                continue
            value, width = got
        prev = words[i - 1] if i > 0 else ""
        end = i + width
        if tok.isdigit() and end < len(words) and words[end] in ("st", "nd", "rd", "th") or prev == "grade":
            i = end  # "3rd grade", "grade 10": a school year, not an age
            continue
        unit = words[end] if end < len(words) else ""
        if unit in ("last", "next", "ago"):  # "turned 13 last week": the week is when, not the unit
            unit = ""
        years = float(value) * _UNITS.get(unit, 1.0)
        said_unit = unit in _UNITS
        end += 1 if said_unit else 0
        # "1 yr 2 mo": the months add to the years.
        if said_unit and end + 1 < len(words) and words[end].isdigit() and words[end + 1] in _UNITS and _UNITS[words[end + 1]] < _UNITS[unit]:
            years += int(words[end]) * _UNITS[words[end + 1]]
            end += 2
        if end < len(words) and words[end] == "old":
            end += 1
        elif said_unit and end < len(words) and words[end] in _SPENT and words[end : end + 2] != ["of", "age"]:
            i = end  # "17 years in this country", "10 years with this pain": how long, not how old
            continue
        if not said_unit and _counts_things(words[end] if end < len(words) else ""):
            i = end  # "buried a husband and two dogs", "has 2 sisters": a count of things, not an age (round 22)
            continue
        if tok == "one" and not said_unit:
            i = end  # "the baby one", "one of them": a word, not an age
            continue
        if prev in ("number", "option", "choice", "nr", "num", "#") and not said_unit:
            i = end  # "a grown woman, number 4": the choice's number, not an age
            continue
        before = words[i - 2] if i > 1 else ""
        if prev in ("under", "below") or (prev == "even" and before == "not") or (prev == "than" and before in ("less", "younger")) \
                or prev in _NEARLY or (prev == "to" and before == "close"):
            years -= 1 / 12  # "not even 1 yet", "under 13", "almost 18", "close to 13": just below that age
        later = not said_unit and found and words[end : end + 1] in (["in"], ["next"], ["soon"], ["this"], ["by"], ["on"], ["come"], ["after"])
        # "in about 3 weeks", "within 2 months": a time to come, not how old someone is
        ahead = prev in ("in", "within") or (prev in _ABOUT and before in ("in", "within"))
        if value <= 120 and prev not in _FUTURE and not (not said_unit and prev in ("in", "at", "on", "by")) and not later \
                and not ahead:  # "12, 13 in May": 12 now
            found.append(Age(years, i, end, said_unit))
        elif value <= 120 and prev in ("turns", "turning", "be") and years >= 1 and not coming:
            coming.append(Age(years - 1 / 12, i, end, said_unit))  # "turns 13 next week": 12 now
        i = end
    return found or coming


# Words ending in "s" after a number that are not plural things ("7 this month", "9 as of May").
_NOT_PLURAL = frozenset({"this", "was", "is", "has", "as", "yes", "plus", "its", "his", "hers", "thanks", "always", "sometimes",
                         "perhaps", "us", "yrs", "mos", "wks", "yos", "mths", "ys", "tus", "ss", "years", "months", "weeks", "days"})


def _counts_things(word: str) -> bool:
    """A plural noun after a bare number: "two dogs", "3 kids" count things, they say no age."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL \
        and word not in _UNITS


# "almost 18", "nearly 13": just below that age, not at it.
_NEARLY = ("almost", "nearly", "approaching", "nearing")
_ABOUT = ("about", "around", "roughly", "approximately", "like", "maybe")
# Words just before a number that make it the age of the person named ("shes 7", "who is 9").
_IS = ("is", "s", "shes", "hes", "aged", "age", "theyre", "turned")


def stated_band(text: str, lex: Lexicon) -> str | None:
    """The age band of an age said beside the person at the welcome ("for my daughter, shes 7",
    "my son who is 9", "my mom, 82 years old"), or None. Only an age said as one counts: with a
    unit, after "is"/"aged", or as the line's last word ("my son, 4"); "she has 2 kids" is no age."""
    words = _words(text)
    for age in ages_in(text, lex):
        prev = words[age.start - 1] if age.start else ""
        if age.unit or prev in _IS or age.end == len(words):
            return band(age.years)
    return None


def own_band(text: str, lex: Lexicon) -> str | None:
    """The age band of the person typing, said of themself ("hi um im 16", "I am 15 years old", "16 yo
    here"), or None. "im 38 and ..." is an adult's."""
    words = _words(text)
    for age in ages_in(text, lex):
        prev = words[age.start - 1] if age.start else ""
        before = words[age.start - 2] if age.start > 1 else ""
        nxt = words[age.end] if age.end < len(words) else ""
        if prev in ("im", "am") or (prev in ("only", "just") and before in ("im", "am")) or (age.start == 0 and nxt in ("yo", "y/o", "yrs", "years")):
            return band(age.years)
    return None


# After a number of years: time spent somewhere or with something, not an age ("17 years in this country").
_SPENT = frozenset({"in", "at", "with", "since", "of", "here", "there", "married", "together", "living", "working", "sick", "ill", "ago",
                    "back", "on", "off", "now", "already", "so", "and"} - {"now", "already", "so", "and"})
# An old person said beside a bare number ("hes old lol, 4"): never an age of a child.
_OLD = re.compile(r"(?<!years )(?<!year )(?<!yrs )(?<!months )(?<!how )\b(?:old|elderly|senior|retired|grown|ancient)\b")
# A word of family after "baby" or "little": who the person is, not their age ("my baby brother", "her baby girl").
_KIN = r"(?:brother|sister|bro|sis|girl|boy|son|daughter|cousin|niece|nephew|grandson|granddaughter)s?"


# A band word said not to be it: "not a teenager", "not a little kid", "no longer a baby", "isnt an adult".
_NOT_BAND = re.compile(r"\b(?:not|isnt|arent|no longer|not yet|not quite)(?: yet| quite| really| even)? (?:a |an )?(?:little |small |young )?"
                       r"(?:baby|infant|newborn|toddler|kid|child|teen|teenager|adolescent|adult|grown up|grownup)s?\b")


def _band_word(text: str) -> str | None:
    low = " " + " ".join(re.findall(r"[a-z0-9]+(?:-[a-z]+)?", clean(text).lower())) + " "
    low = re.sub(rf" (?:baby|little|kid) {_KIN} ", " kin ", low)  # "my baby brother": a brother, of any age
    low = _NOT_BAND.sub(" ", low)  # "not a baby anymore, she is 3": the band said not to be it names nothing
    named = {b for b, words in _BAND_WORDS.items() if any(f" {w} " in low for w in words)}
    return named.pop() if len(named) == 1 else None


def _note(text: str, age: Age | None) -> str:
    """What else was said ("turns 13 in feb", "he has a learning disability so I handle..."),
    the parts of the line around the age, without the age itself."""
    parts = [p.strip(" .!?") for p in re.split(r"\s*(?:[,;.!]|\s[-–]\s|\bbut\b|\bbecause\b|\bso\b)\s*", clean(text)) if p.strip(" .!?")]
    if len(parts) < 2:
        return ""
    rest = [p for p in parts if not ages_are_all_of(p)]
    rest = [p for p in rest if not _band_word(p) and (len(p.split()) >= 3 or any(w in p.lower().split() for w in ("not", "turns", "be")))]
    note = ", ".join(rest)
    return capital_first(note)


def ages_are_all_of(part: str) -> bool:
    """A part that only says the age ("she is 9", "17", "6 yrs")."""
    words = re.findall(r"[a-z0-9]+", part.lower().replace("'", ""))
    filler = {"he", "she", "hes", "shes", "is", "they", "are", "theyre", "just", "only", "about", "around", "nearly", "almost",
              "old", "years", "year", "yrs", "yr", "months", "month", "weeks", "week", "my", "son", "daughter", "the", "a", "he", "turned"}
    return bool(words) and all(w.isdigit() or w in filler for w in words)


# Someone else named between two ages: the later age is theirs ("she is 12, her brother is 15").
_OTHER_PERSON = frozenset("brother sister son daughter mom mum dad mother father husband wife kids children kid child twin cousin "
                          "grandson granddaughter grandma grandpa sibling siblings niece nephew aunt uncle baby friend partner".split())


def _part_of(text: str, one: Age, two: Age) -> bool:
    """ "1 year and 2 months": the months are part of the age said first."""
    between = _words(text)[one.end : two.start]
    return one.unit and two.unit and two.years < 1 <= one.years and between in (["and"], [])


def _joined(text: str, one: Age, two: Age) -> bool:
    """Two ages said as alternatives: only "or", "to" or "-" between them ("1 year and 2 months" is one age)."""
    words = _words(text)
    between = words[one.end : two.start]  # nothing between: "17-18", "17/18"
    return len(between) <= 2 and all(w in ("or", "to", "maybe", "perhaps") for w in between)


# Words after a bare number that say nothing of an age ("4 obv", "2 lol", "3 i guess").
_ONLY_SAYING = frozenset("obv obvs obviously lol haha lmao i guess think prob probably def definitely ok okay tho though then please pls plz".split())


def read_age(text: str, toks: list[str], spec: StateSpec, lex: Lexicon) -> Reading | None:
    """A Reading for an answer that gives an age, or None to read the line as choices."""
    core = [t for t in toks if t not in (",", ".", "!", "?")]
    if len(core) > 1 and core[0].isdecimal() and all(t in _ONLY_SAYING for t in core[1:]):
        core = core[:1]  # "4 obv", "2 lol": the bare number, as when typed alone (round 40)
    ids = [c.id for c in spec.choices]
    if len(core) == 1 and core[0].isdecimal():  # not isdigit: "²" is a digit int() refuses
        number = int(core[0])
        by_age = band(number)
        if 1 <= number <= len(ids):
            by_choice = ids[number - 1]
            if by_choice == by_age:
                return Reading(SURE, by_age)
            # "3": choice 3 (a teenager) or 3 years old (a child)? Never stored unasked: the choice
            # (how numbers work at every list) is offered for a Yes, and No lets the age be typed.
            labels = {c.id: c.label for c in spec.choices}
            return Reading(LIKELY, by_choice, unclear=clean(text),
                           message=f"Did you mean choice {number}, *{labels[by_choice]}*? If you meant {number} years old, "
                                   f"say No and type the age, like '{number} years'.")
        return Reading(SURE, by_age)
    if core and core[0] in ("number", "option", "choice"):
        return None  # "number 3": the choice
    ages = ages_in(text, lex)
    named = _band_word(text)
    if not ages and _NOT_BAND.search(" ".join(_words(text))):
        # "not a little kid but not a teenager yet": a band said not to be it is no answer; asked
        return Reading(UNCLEAR, unclear=clean(text), message="Between which ages? Type the age, like '12 years', or pick a choice.")
    if not ages:
        if not named and re.search(rf"\b(?:baby|little|kid) {_KIN}\b", " ".join(_words(text))):  # "my baby brother": how old?
            return Reading(UNCLEAR, unclear=clean(text), message="That says who, not how old. Type the age, like '7 years', or pick a choice.")
        return Reading(SURE, named, note=_note(text, None)) if named else None
    first = ages[0]
    by_age = band(first.years)
    if not first.unit and first.start == 0 and first.years == int(first.years) and 1 <= first.years <= len(ids) and len(ages) > 1 \
            and ids[int(first.years) - 1] != by_age and all(band(a.years) == ids[int(first.years) - 1] for a in ages[1:]):
        # "4 obv, she's my grandma lol, she's 79" (round 40): the choice number first, then the age, in the same band: that
        # band, not 4 years old
        return Reading(SURE, ids[int(first.years) - 1], note=_note(text, ages[1]))
    if not first.unit and by_age != "adult" and first.years == int(first.years) and 1 <= first.years <= len(ids) \
            and _OLD.search(" ".join(_words(text))) and ids[int(first.years) - 1] != by_age \
            and (not first.start or _words(text)[first.start - 1] not in (*_IS, "im")):
        # "hes old lol, 4": an old person and a bare number that would make them a child; the number
        # is the choice's, offered for a Yes (as a bare "4" is)
        number = int(first.years)
        labels = {c.id: c.label for c in spec.choices}
        return Reading(LIKELY, ids[number - 1], unclear=clean(text),
                       message=f"Did you mean choice {number}, *{labels[ids[number - 1]]}*? If you meant {number} years old, "
                               f"say No and type the age, like '{number} years'.")
    # "12 or 13", "17-18": two ages given as a range, in two bands: ask which.
    if len(ages) > 1 and band(ages[1].years) != by_age and _joined(text, first, ages[1]):
        return Reading(UNCLEAR, options=(by_age, band(ages[1].years)), unclear=clean(text))
    other = next((band(a.years) for a in ages[1:] if band(a.years) != by_age and not _part_of(text, first, a)
                  and not _OTHER_PERSON & set(_words(text)[first.end : a.start])), None)
    if other is not None:  # "the papers say one year, ... he is around 63": two ages that do not agree: ask
        return Reading(UNCLEAR, options=(by_age, other), unclear=clean(text))
    if named and named != by_age and not (named == "child" and by_age == "baby"):
        # "teen, 22", "a baby, 3": two ages that do not agree: ask.
        return Reading(UNCLEAR, options=(named, by_age), unclear=clean(text))
    return Reading(SURE, by_age, note=_note(text, first))
