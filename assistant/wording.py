"""Words that change with who the decision is for: "you" or "your mother"."""

from __future__ import annotations

import re

from .lazy_regex import LazyPattern
from .understanding.text import capital_first

_VAGUE = {"", "him", "her", "them", "he", "she", "they", "someone", "somebody", "a friend", "family", "a family member"}


def role_of(slots: dict) -> str | None:
    """patient or caregiver. On the compare path (role 'compare', or none when started by
    `second-opinion compare`) the answer to 'who is this decision for?' (compare_for) says which."""
    role = slots.get("role")
    if role not in ("patient", "caregiver"):  # 'compare', or `second-opinion compare` (no role)
        return slots.get("compare_for")
    return role


# "for my son", "I'm helping my dad": the words before the person are not part of the name.
_LEAD_IN = re.compile(r"^(?:(?:i\s*(?:am|'m)\s+)?(?:helping|caring\s+for|looking\s+after)\s+|for\s+)", re.IGNORECASE)
# "my son, he is 6", "my father who is 80", "my mom; she has dementia": the name ends where a
# clause about the person starts (an age alone after a comma is cut below).
_CLAUSE = re.compile(r"\s*(?:[;:]|,(?!\s*(?:aged?\s*)?\d)|\s-\s|\b(?:who|which|that|he|she|they|is|has|was|aged?)\b)\s*",
                     re.IGNORECASE)


# "my mother Rosa", "my little girl Maya": relation words in lower case, then a name with a capital.
_NAMED = re.compile(r"^(?:my|our)\s+(?:[a-z][a-z'-]*\s+){1,3}?,?\s*([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)$")


def in_english(who: str | None) -> str:
    """A caregiver's words for the patient with the person words of another language said in English
    ("mi esposa" is "my wife", "mi hija de 15" is "my daughter de 15"), from the lexicon's rewrites:
    the chat speaks of "your wife", and knows a wife is an adult."""
    text = who or ""
    if not text or text.isascii() and not _FOREIGN_HINT.search(text):
        return text
    from .understanding.lexicon import default_lexicon

    lex = default_lexicon()

    def one(match: re.Match) -> str:
        word = match.group(0)
        said = lex.rewrites.get((_plain(word.lower()),))
        if said and len(said) == 1 and ((said[0],) in lex.people or said[0] in ("my", "our")):
            return said[0]
        return word

    return _WORD.sub(one, text)


def _plain(word: str) -> str:
    """"mamá" is "mama": the lexicon's words are written without accents."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


_WORD = re.compile(r"[^\W\d_]+")
# Only a line with a word like these is looked up (an English answer never loads the lexicon here).
_FOREIGN_HINT = re.compile(r"\b(mi|mis|su|sus|esposa|esposo|marido|hij[oa]s?|madre|padre|mam[aá]|pap[aá]|abuel[oa]|herman[oa]|novi[oa])\b",
                           re.IGNORECASE)


def person_name(role: str | None, who: str | None) -> str:
    """How templates refer to the patient: 'you', 'your mother', 'Anna', or a neutral phrase."""
    if role != "caregiver":
        return "you"
    text = _LEAD_IN.sub("", in_english(who).strip().strip(".!"))
    text = _CLAUSE.split(text, maxsplit=1)[0].strip(" ,")
    age = re.match(r"^(.*?)\s*(?:[,(]|\s(?:de|of)\s)\s*(aged?\s*)?\d{1,3}\s*(years?|yrs?|y|a[nñ]os|months?|meses|mo)?(\s*old)?\s*\)?$", text,
                   re.IGNORECASE)
    if age:  # "my son, 4" -> "my son"
        text = age.group(1)
    lowered = text.lower()
    if lowered in _VAGUE or len(text) > 40:
        return "the person you care for"
    named = _NAMED.match(text)
    if named and not _ADULT_WORDS.search(named.group(1)) and not _CHILD_WORDS.search(named.group(1)):
        return named.group(1)  # "my little girl Maya" -> "Maya": said again and again, the name reads as people talk
    # "my mother" -> "your mother"; "I'm helping my dad" -> "your dad"
    match = re.search(r"\bmy\s+(.+)$", text, flags=re.IGNORECASE)
    if match:
        return "your " + match.group(1)
    return text


def speaker_name(role: str | None, who: str | None) -> str:
    """How the person typing speaks of the patient, in a choice label they pick: 'I' (the
    patient), or 'my mother', 'Anna', 'the person I care for'."""
    name = person_name(role, who)
    if name == "you":
        return name
    if name == "the person you care for":
        return "my loved one"
    return re.sub(r"^your\b", "my", name)


def person_forms(role: str | None, who: str | None, voice: str = "assistant") -> dict:
    """Subject, object, possessive and verb forms. voice='assistant' for what the assistant
    says ("your mother"); voice='user' for choice labels the person picks ("my mother")."""
    name = person_name(role, who) if voice == "assistant" else speaker_name(role, who)
    if name == "you":
        return {"they": "you", "them": "you", "their": "your", "are": "are", "have": "have", "do": "do",
                "feel": "feel", "was": "were", "is_patient": True}
    # "the person you care for's medicines" reads badly: that phrase takes "their".
    their = "their" if name == "the person you care for" else name + "'s"
    return {"they": name, "them": name, "their": their, "are": "is", "have": "has", "do": "does",
            "feel": "feels", "was": "was", "is_patient": False}


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, forms: dict) -> str:
    """Fill {they}, {their}, {are}... in a caregiver label; {They} gives a capital first letter."""

    def one(match: re.Match) -> str:
        key = match.group(1)
        value = str(forms[key.lower()])
        return capital_first(value) if key[:1].isupper() else value

    return _PLACEHOLDER.sub(one, template)


# --- Is the patient a child? ("my son, 4", "my 6 month old", "my teenage daughter") --------------
# Compiled at first use (about 4 ms at every start otherwise; only a caregiver's answer needs them).
_BABY = LazyPattern(r"\b(baby|infant|newborn|\d+\s*(months?|mo|weeks?|wks?)\b)", re.IGNORECASE)
_TEEN = LazyPattern(r"\b(teen|teenage|teenager|adolescent)\b", re.IGNORECASE)
_CHILD_WORDS = LazyPattern(r"\b(son|daughter|child|kid|boy|girl|toddler|grandson|granddaughter|grandchild)\b", re.IGNORECASE)
_ADULT_WORDS = LazyPattern(
    r"\b(mother|father|mom|mum|dad|husband|wife|partner|spouse|grandmother|grandfather|grandma|grandpa|"
    r"aunt|uncle|brother|sister|friend|neighbou?r|boyfriend|girlfriend|fianc[eé]e?)\b",
    re.IGNORECASE,
)
_YEARS = LazyPattern(r"\b([0-9]{1,3})\b(?!\s*(months?|mo|weeks?|wks?)\b)")


def age_band_from(who: str | None) -> str | None:
    """The age band a caregiver's answer makes clear, or None when it is not clear.

    A number is read as years unless it says months or weeks. A son or daughter with no age is
    not clear (they may be grown up): the flow then asks."""
    text = in_english(who)
    if _BABY.search(text):
        return "baby"
    if _TEEN.search(text):
        return "teen"
    years = _YEARS.search(text)
    if years and (_CHILD_WORDS.search(text) or re.fullmatch(r"\W*\d{1,3}\W*", text) or "year" in text.lower()):
        age = int(years.group(1))
        return "baby" if age < 1 else "child" if age <= 12 else "teen" if age <= 17 else "adult"
    if _CHILD_WORDS.search(text) and re.search(r"\b(little|young|small)\b", text, re.IGNORECASE):
        return "child"
    if _ADULT_WORDS.search(text) and not _CHILD_WORDS.search(text):
        return "adult"
    return None


# "my son" told in the urgent line while the patient is "my mother" (a lead's walk, 2026-12-07: "A second opinion can
# come later, once your mother is stable" after "my son said he wants to kill himself").
def names_another(line: str, who: str | None) -> bool:
    """Does `line` name a relative ("my son") that the patient (`who`, "my mother") is not?"""
    from .kin_words import named_kin, same_kin  # the family words, as data (dialogues/kin_words.yaml)

    kin, same = named_kin(), same_kin()
    words = re.findall(r"[a-z]+", str(line or "").lower())
    named = {same.get(words[i + 1], words[i + 1]) for i in range(len(words) - 1) if words[i] in ("my", "our") and words[i + 1] in kin}
    theirs = {same.get(w, w) for w in re.findall(r"[a-z]+", str(who or "").lower())}
    return bool(named) and not named & theirs
