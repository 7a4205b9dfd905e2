"""Who the records letters go to, the first doctor's name, and whose law the letter names.

A user trial (2026-12-04, fifth) found four US HIPAA letters for a Canadian user: one to a doctor he
was only referred to ("a referral to Dr. Singh"), two to the same doctor named twice ("Dr. Amanda
Leung" and "dr leung"), and the header's "First doctor" blank although she was named. So:

- a doctor named twice in different forms is one, the fuller form kept (the same surname after "Dr");
- a letter goes only to a doctor or clinic who holds records: one named only as where the person is
  sent next ("a referral to", "waiting to see", "an appointment with") has none yet;
- the first doctor is the first doctor (not a clinic) who holds records;
- the letter names the US law only where the country in use is the US: the country said in the
  conversation ("Im in ontario, its OHIP") wins over the setting (--country, default US).
"""

from __future__ import annotations

import re

from .plan import _PROVIDER, providers_named

# Words just before a name that make it the doctor one is sent to next, who holds no records yet.
_NEXT = re.compile(r"\b(?:referral|referrals|refer|refers|referred|referring|appointment|appt|booked|booking|book|waitlist|wait\s+list"
                   r"|waiting\s+to\s+see|going\s+to\s+see|will\s+see|to\s+see|meet|meeting)\b(?:\s+(?:me|us|him|her|them|to|with|for|in))*"
                   r"\s*$", re.IGNORECASE)
_DOCTOR = re.compile(r"^(?:dra?\.?|dr\.?ª\.?|doctora?|prof(?:a|essora?)?\.?|professor|mr\.?|mrs\.?|ms\.?|miss)$", re.IGNORECASE)  # Mr/Miss: a UK surgeon

# Places and health plans said in the conversation, and the country they are in (a country code of safety/numbers).
PLACES = {
    "CA": ("canada", "canadian", "ontario", "ohip", "quebec", "ramq", "alberta", "ahcip", "british columbia", "msp", "manitoba",
           "saskatchewan", "nova scotia", "new brunswick", "newfoundland", "toronto", "ottawa", "montreal", "vancouver", "calgary"),
    "UK": ("uk", "united kingdom", "england", "scotland", "wales", "northern ireland", "nhs", "britain", "london"),
    "IE": ("ireland", "hse", "dublin"),
    "AU": ("australia", "australian", "sydney", "melbourne", "brisbane"),
    "NZ": ("new zealand", "aotearoa", "auckland", "wellington"),
}


def _doctor_surname(name: str) -> str | None:
    words = name.split()
    return re.sub(r"'s$", "", words[-1].lower()) if len(words) >= 2 and _DOCTOR.match(words[0]) else None


def merged(names: list[str]) -> list[str]:
    """Each doctor once: "Dr. Amanda Leung" and "dr leung" are one, the fuller form kept, in first-said order."""
    out: list[str] = []
    for name in names:
        surname = _doctor_surname(name)
        same = next((k for k, o in enumerate(out) if o.lower() == name.lower() or (surname and _doctor_surname(o) == surname)), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]):
            out[same] = name
    return out


def record_holders(texts: list[str]) -> list[str]:
    """The doctors and clinics named who hold records: each once, in order; not one named only as
    where the person is sent next."""
    named: list[str] = []
    holds: set[str] = set()
    for text in texts:
        for match in _PROVIDER.finditer(text or ""):
            found = providers_named([match.group(0)], context=text)
            if not found:
                continue
            name = found[0]
            named.append(name)
            if not _NEXT.search(text[: match.start()][-60:]):
                holds.add(name)
    kept = merged(named)
    return [k for k in kept if any(n in holds and merged([n, k]) == [max(n, k, key=len)] for n in named)]


def second_doctor(typed_at_field: list[str]) -> str:
    """On the compare path, the second doctor as named at "What kind of doctor gave the second opinion?"
    ("a physiatrist, Dr. Lindqvist, she's a rehab doctor"): the lines typed there, the last named wins;
    "" when none (user trial 6: the plan's field stayed blank)."""
    named = [n for n in providers_named([t for t in typed_at_field if isinstance(t, str)]) if _doctor_surname(n)]
    return named[-1] if named else ""


def first_doctor(holders: list[str]) -> str:
    """The first doctor (not a clinic) who holds records, or ""."""
    return next((h for h in holders if _doctor_surname(h)), "")


def country_said(texts: list[str]) -> str | None:
    """The country of a place or health plan said in the conversation, when only one is said."""
    found = set()
    for text in texts:
        low = " " + re.sub(r"[^a-z ]+", " ", (text or "").lower()) + " "
        for code, words in PLACES.items():
            if any(f" {w} " in low for w in words):
                found.add(code)
    return found.pop() if len(found) == 1 else None


def letters_in_us(texts: list[str], setting: str | None = None) -> bool:
    """The letter names the US law: the country said in the conversation, else the setting, is the US."""
    from ..safety.numbers import current_country

    return (country_said(texts) or current_country(setting)) == "US"
