"""Danger signs for a condition the person named, shown with the danger-sign list.

The list itself (prompts/red_flags.md.j2) names the emergencies of the seeds, for everyone. A person
with a known aortic aneurysm, a large ovarian cyst, diabetes, a pregnancy or chemotherapy has signs of
their own that the list does not name, and a fourth user trial (2026-12-04) saw them typed beside
"none" and let go. When the words typed so far (the decision, what makes them unsure) name such a
condition, the turn adds one plain sentence for it. Data: dialogues/condition_signs.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from . import yaml_cache
from .paths import dialogues_dir
from .yaml_cache import parse_yaml
from .regex_store import kept

FILE = "condition_signs.yaml"


class ConditionSignsError(ValueError):
    pass


def _words(words) -> re.Pattern:
    words = sorted((str(w).lower() for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _entries() -> tuple[tuple[str, re.Pattern, str], ...]:
    raw = yaml_cache.load(dialogues_dir() / FILE, parse_yaml)
    if not isinstance(raw, list) or not raw:
        raise ConditionSignsError(f"dialogues/{FILE}: needs a list of entries with about, words and text")
    out = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("about", "text")) \
                or not isinstance(entry.get("words"), list) or not entry["words"]:
            raise ConditionSignsError(f"dialogues/{FILE}: entry {n} needs about (text), words (a list) and text")
        out.append((entry["about"], _words(entry["words"]), entry["text"]))
    return tuple(out)


@cache
def _watched() -> dict[str, re.Pattern]:
    """about -> the words that are this condition's own sign typed beside "none" (`watch`)."""
    raw = yaml_cache.load(dialogues_dir() / FILE, parse_yaml)
    return {e["about"]: _words(e["watch"]) for e in raw if isinstance(e, dict) and isinstance(e.get("watch"), list) and e["watch"]}


def _said(text: str) -> str:
    return " ".join(str(text or "").lower().replace("\u2019", "'").replace("'", "").split())


def _numbered(text: str, numbers: dict | None) -> str:
    """A sentence with {crisis} and {emergency} filled in from the country's numbers (safety/numbers.py)."""
    if "{" not in text:
        return text
    numbers = numbers or {}
    crisis = (f"{'call or text' if numbers.get('crisis_text') else 'call'} {numbers['crisis']}" if numbers.get("crisis")
              else "call your local crisis line")
    return text.replace("{crisis}", crisis).replace("{emergency}", numbers.get("emergency") or "your local emergency number")


def condition_signs(slots: dict, numbers: dict | None = None) -> list[dict]:
    """[{"about": "an aneurysm", "text": "..."}] for each condition named in what was typed, in file order.
    `numbers`: the country's (safety/numbers.py), for a sentence that names the crisis line.
    A part of a line about someone else or a time gone by ("my buddy had chemo", "chest pain back in 2015")
    names no condition of the patient's now (own_parts)."""
    # The decision is the patient's by what it is; only the story around it is sifted (a test setup or a mistaken
    # role can make "whether my father should..." a patient's line, and a missed warning costs more).
    said = " ".join([str(slots.get("decision") or ""), own_parts(str(slots.get("unsure_because") or ""), slots)]).lower()
    said = " ".join(said.replace("\u2019", "'").split())
    if not said:
        return []
    from .planned import lead_for  # named only as planned or possible: "If you do have chemotherapy" (user trial 8, t14)

    return [{"about": about, "text": _numbered(text, numbers), "lead": lead_for(about, pattern, said)}
            for about, pattern, text in _entries() if pattern.search(said)]


def watched(line: str, slots: dict) -> dict | None:
    """"no. hes yellow tho, like his eyes" at the danger list, for a man with pancreas cancer: the
    condition's own sign, told beside "none" as known. {"about", "text"} of the first condition named
    whose `watch` words the line holds, else None: the turn keeps the remark and says what to watch."""
    said = _said(line)
    watch = _watched()
    for sign in condition_signs(slots):
        pattern = watch.get(sign["about"])
        if pattern is not None and pattern.search(said):
            return sign
    return None


OTHERS_FILE = "other_people.yaml"
_PARTS = re.compile(r"[.;!?]+|,|\bbut\b|\band\s+(?=(?:i|im|ive|id|we|my|our|now|then|he|she|hes|shes|his|her)\b)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@cache
def _others() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    raw = yaml_cache.load(dialogues_dir() / OTHERS_FILE, parse_yaml) or {}
    return _words(raw.get("others") or ["buddy"]), _words(raw.get("kin") or ["wife"]), _words(raw.get("past") or ["ago"])


def _gone_year(part: str) -> bool:
    """A year gone by is named ("in 2015"); a year to come ("in 2027") is not history."""
    import datetime

    return any(int(y) < datetime.date.today().year for y in _YEAR.findall(part))


def own_parts(text: str, slots: dict) -> str:
    """The parts of `text` that may be about the patient now: a part naming someone else ("my buddy
    ... had chemo") or a time gone by ("back in 2015", "years ago") is left out. A family word leaves a part out
    only when the patient types (from a caregiver, "my mom had chemo" may be the patient); "he", "she" never do
    (a warning too many is safer than one missed)."""
    others, kin, past = _others()
    caregiver = slots.get("role") == "caregiver"
    kept = []
    for part in _PARTS.split(_said(text)):
        if not part.strip():
            continue
        named = bool(others.search(part)) or (not caregiver and bool(kin.search(part)))
        if named or past.search(part) or _gone_year(part):
            continue
        kept.append(part)
    return ". ".join(kept)
