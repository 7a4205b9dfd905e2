"""The kind of doctor a person asks for in their own words: "i want an endometriosis specialist",
"we should see a movement disorders neurologist", "I want a doctor who does the TAVR to look at
me", "maybe an IBD center". Kept as typed (never turned into one of the plan's kinds) and shown
first under "Who to see", because the seeds' test is someone who treats this exact problem often
(S1), and the person may know the name of that field better than a rule does.

Only a doctor the person asks for counts: a wish word comes before it ("want", "see", "find",
"looking for", "referral to", "maybe", "ideally"), and every kind joined to it counts too ("a
thoracic surgeon or a nodule clinic", "a pain doctor or physiatrist"). Not a wish: a doctor the
person already has ("my cardiologist sent me to the surgeon"), what someone else said to do ("the
ER doc said see a gyn"), a wish said with "not" ("i didnt ask for a gyn"). A kind said with "not"
("I said NOT a surgeon", "i dont want another surgeon") is a kind rejected: kept apart, and the
plan leaves that kind out (rules.specialists).

At the questions about who to see (`SPECIALIST_STATES`), the person is answering that very
question: a kind named there counts with no wish word ("a gyn oncologist"), unless asked about
("like a dentist surgeon?").
"""

from __future__ import annotations

import re

from .text import clean

# A kind of doctor by the field's own word ("oncologist", "gyn", "physiatrist", "tumor board").
_FIELD = (r"(?:[a-z]+olog(?:ist|y)|[a-z]*iatrist|[a-z]*iatrician|gyno|gyn|ob-?gyn|urogyn[a-z]*|surgeons?|surg|orthopedist|orthopod|"
          r"physician|center|centre|clinic|team|program|programme|hospital|board)")
_KIND = (r"(?:(?:specialist|(?:[a-z]+olog(?:ist|y)\s+)?(?:doctor|doc|dr)\s+who\s+(?:does|do|did|treats|treat|specializes\s+in|"
         r"specialises\s+in|knows|know|works\s+with|focuses\s+on|sees)\s+[^,.;!?/]{2,40}?(?=\s+(?:to|and|or|for|who|that|so|because|but)\b|[,.;!?/]|$))|"
         rf"{_FIELD}(?:\s+{_FIELD})*|specialist|doctor|doc|dr)")
_DET = r"(?:an?|the|another|other|some|one|any)"
_WISH = (r"(?:want|wants|wanted|would\s+like|d\s+like|prefer|rather\s+see|rather\s+have|looking\s+for|look\s+for|find|see|seeing|"
         r"need|needs|referral\s+to|refer\s+(?:me|us|him|her|them)\s+to|go\s+to|get\s+(?:into|to)|ask\s+for|asked\s+for|"
         r"consult|visit|try|maybe|thinking\s+of|thinking\s+about|should\s+be|like\s+to\s+see|ideally|preferably|hopefully)")
_WHO = rf"(?P<who>{_DET}\s+(?:[a-z'-]+\s+){{0,4}}?{_KIND})\b"
_ASKED = re.compile(rf"\b(?P<wish>{_WISH})\s+(?:to\s+(?:see|find|get|try|go\s+to)\s+)?{_WHO}", re.IGNORECASE)
# "I want someone who doesnt just cut, like a non surgical spine doc": the kind given as an example.
_LIKE = re.compile(rf"\b(?P<wish>{_WISH})\s+(?:someone|somebody|anyone|anybody|a\s+doctor|a\s+specialist)\b[^.;!?]{{0,60}}?"
                   rf"\b(?:like|such\s+as|ideally|preferably|maybe)\s+{_WHO}", re.IGNORECASE)
# "... or a multidisciplinary nodule clinic", "/ tumor board", "or physiatrist": one more kind joined on.
_MORE = re.compile(rf"\s*(?:,\s*)?(?:(?:or|and|/|,)\s*(?:maybe\s+|even\s+|ideally\s+)?)(?P<who>(?:{_DET}\s+)?(?:[a-z'-]+\s+){{0,3}}?{_KIND})\b",
                   re.IGNORECASE)
# At the questions about who to see: a kind named with no wish word ("a gyn oncologist").
_NAMED = re.compile(rf"(?<![a-z'-])(?P<who>(?:an?|another|some|any|one)\s+(?:[a-z'-]+\s+){{0,4}}?{_KIND})\b", re.IGNORECASE)
# Not a kind of doctor asked for: the words of a generic second look, or a place already named.
_GENERIC = re.compile(r"^(?:an?|the|another|other|some|one|any)\s+(?:(?:second|2nd|third|3rd|new|different|other|good|better|real|"
                      r"proper|kind\s+of|type\s+of|sort\s+of)\s+)*(?:doctor|doc|dr|specialist|opinion|hospital|clinic|center|centre|team|"
                      r"physician)$", re.IGNORECASE)
# Someone else's words: "the ER doc said see a gyn", "my GP wants me to see a surgeon".
_SAID = re.compile(r"\b(?P<by>[a-z']+)\s+(?:just\s+|also\s+|only\s+)?(?:said|says|say|told|tells|suggested|suggests|recommended|recommends|"
                   r"advised|advises|referred|sent|wants\s+(?:me|us|him|her|them)|want\s+(?:me|us|him|her|them))\b", re.IGNORECASE)
# "not", "dont", "didnt" just before the wish or the kind: a wish said the other way round.
_NOT = re.compile(r"(?:\b(?:not|no|never|dont|didnt|doesnt|wont|cant|isnt|wasnt|without|non)|n't)\s+(?:(?:\w+\s+){0,2})$", re.IGNORECASE)
# "I said NOT a surgeon", "not another surgeon", "no more surgeons": a kind rejected.
_REJECTED = re.compile(rf"(?:^|[.;!?:]\s*|\b(?:said|want|wanted|need|prefer|rather|someone|somebody|anyone|just|please|honestly|really|definitely|absolutely|but|so|ok|okay)(?:\s*,)?\s+)"
                       rf"(?:not|no|never)\s+(?:more\s+)?(?P<who>(?:{_DET}\s+)?(?:[a-z'-]+\s+){{0,2}}?{_KIND})\b", re.IGNORECASE)
# The wish is someone else's ("they want", "he wants", "the surgeon would like"), or the kind is one the person
# already has ("from my cardiologist"): no kind asked for (user trial 6).
_THEIR_WISH = re.compile(r"\b(?:they|he|she|theyd|hed|shed|doctor|doc|dr|surgeon|[a-z]+ist|[a-z]+ian|team|hospital|clinic)\s+"
                         r"(?:\w+\s+)?$", re.IGNORECASE)
_HELD = re.compile(r"\b(?:from|by|with|of)\s+(?:my|our|his|her|their)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;!?]\s*|\bbut\b", re.IGNORECASE)
MAX_CHARS = 80
# The questions whose answer is who to see: a kind named there is asked for.
SPECIALIST_STATES = ("specialist", "specialist_focus")


def _clause_before(text: str, at: int) -> str:
    """The words of `text` before `at`, back to the start of their clause."""
    before = text[:at]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    return before[starts[-1]:] if starts else before


def _someone_else_said(text: str, at: int) -> bool:
    """The wish at `at` is what someone else said to do ("he just said see a gyn"); "I said" is the person's own."""
    said = list(_SAID.finditer(_clause_before(text, at)))
    return bool(said) and said[-1].group("by").lower() not in ("i", "we", "ive", "i've")


def _negated(text: str, at: int) -> bool:
    return bool(_NOT.search(_clause_before(text, at)[-30:]))


def _tidy(who: str) -> str:
    return re.sub(r"\s+", " ", who).strip(" ,/")


def _with_article(who: str) -> str:
    """"physiatrist" joined on with no article reads "a physiatrist"."""
    if re.match(rf"^{_DET}\s", who, re.IGNORECASE):
        return who
    return ("an " if who[:1].lower() in "aeiou" else "a ") + who


def _keep(who: str) -> bool:
    return not _GENERIC.match(who) and len(who) <= MAX_CHARS


def _in_question(text: str, at: int) -> bool:
    """The kind at `at` is in a sentence that asks ("like a dentist surgeon?", "do i need a cancer surgeon?")."""
    end = re.search(r"[.;!?]|$", text[at:])
    return bool(end) and end.group(0) == "?"


def _joined(text: str, end: int, first: str = "") -> list[str]:
    """The kinds joined on after a kind asked for ("or a nodule clinic", "/ tumor board"). A field's doctor
    said again in plain words after a bare comma is the same doctor, not one more ("an electrophysiologist, a
    heart rhythm specialist": user trial 8, F2.7, listed twice under Who to see)."""
    found = []
    before = first
    while True:
        more = _MORE.match(text, end)
        if not more:
            return found
        who = _with_article(_tidy(more.group("who")))
        restated = (re.match(r"\s*,\s*(?:an?\s|the\s)", more.group(0), re.IGNORECASE) and _APPOSITIVE_HEAD.search(who)
                    and _FIELD_END.search(before))
        if not restated:
            found.append(who)
        before, end = who, more.end()


def _restated(text: str, who: str, found: list[str]) -> bool:
    """ "an electrophysiologist, a heart rhythm specialist": the second says the first in plain words."""
    if not _APPOSITIVE_HEAD.search(who):
        return False
    at = text.lower().find(who.lower())
    before = text[:at].rstrip()
    if at <= 0 or not before.endswith(","):
        return False
    before = before[:-1].rstrip().lower()
    return any(o is not who and _FIELD_END.search(o) and before.endswith(re.sub(r"^(?:an?|the)\s+", "", o.lower())) for o in found)


_APPOSITIVE_HEAD = re.compile(r"\b(?:specialist|doctor|doc|expert)s?$", re.IGNORECASE)
_FIELD_END = re.compile(r"(?:ologist|iatrist|ician|surgeon)s?$", re.IGNORECASE)


def asked_for(line: str, state: str = "") -> list[str]:
    """The doctors asked for in `line`, as typed ("an endometriosis specialist")."""
    text = clean(line)
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for pattern in (_ASKED, _LIKE):
        for match in pattern.finditer(text):
            start = match.start("wish")
            wish = match.group("wish").lower()
            if _someone_else_said(text, start) or _negated(text, start) or _negated(text, match.start("who")):
                continue
            if wish.startswith("need") and _in_question(text, start):
                continue  # "do i need a cancer surgeon there?": a question for the doctor
            who = _tidy(match.group("who"))
            if _THEIR_WISH.search(text[:start]) or _HELD.search(who):
                continue  # "they want a heart clearance from my cardiologist": their wish, and a doctor the person has
            if wish in ("see", "seeing", "visit") and who.lower().startswith("the "):
                continue  # "we see the cardiologist friday": a visit already planned
            spans.append((match.start("who"), match.end()))
            found += [w for w in [who, *_joined(text, match.end(), who)] if _keep(w)]
    if state in SPECIALIST_STATES:
        for match in _NAMED.finditer(text):
            start = match.start("who")
            if any(a <= start < b for a, b in spans) or _in_question(text, start) or _negated(text, start):
                continue
            if _someone_else_said(text, start) or re.search(r"\b(?:my|our|his|her|their|have|has|had)\s+(?:\w+\s+)?$", text[:start]):
                continue
            spans.append((start, match.end()))
            found += [w for w in [_tidy(match.group("who")), *_joined(text, match.end(), _tidy(match.group("who")))] if _keep(w)]
    found = [w for w in found if not _restated(text, w, found)]
    rejected = {_bare(w) for w in rejected_in(text, taken_back=True)}
    unique: list[str] = []
    for who in found:
        if who.lower() not in {u.lower() for u in unique} and _bare(who) not in rejected:
            unique.append(who)
    return unique


def rejected_in(line: str, taken_back: bool = False) -> list[str]:
    """The kinds of doctor said with "not" ("I said NOT a surgeon", "i dont want another surgeon").
    `taken_back`: with those the person says they never asked for ("i didnt ask for a gyn"): not a
    kind refused, only one to take off the list."""
    text = clean(line)
    found = [_tidy(m.group("who")) for m in _REJECTED.finditer(text)]
    for match in _ASKED.finditer(text):
        if _negated(text, match.start("wish")) and not _someone_else_said(text, match.start("wish")):
            if taken_back or not match.group("wish").lower().startswith("ask"):
                found.append(_tidy(match.group("who")))
    out: list[str] = []
    for who in found:
        who = _with_article(_bare(who))  # "no surgeons", "not another surgeon": "a surgeon"
        if who.lower() not in {o.lower() for o in out} and _keep(who):
            out.append(who)
    return out


def add_asked(slots: dict, line: str, state: str = "") -> list[str] | None:
    """The slot's new value when `line` asks for a kind of doctor not yet kept, else None. A kind
    rejected in the same line leaves the list ("i didnt ask for a gyn, i want a gyn oncologist")."""
    kept = list(slots.get("specialist_asked") or [])
    rejected = {_bare(w) for w in rejected_in(line, taken_back=True)}
    staying = [k for k in kept if _bare(k) not in rejected]
    new = [w for w in asked_for(line, state) if w.lower() not in {k.lower() for k in staying}]
    result = staying + new
    return result if result != kept else None


def add_rejected(slots: dict, line: str) -> list[str] | None:
    """The new list of kinds said with "not", when `line` rejects one not yet kept, else None."""
    kept = list(slots.get("specialist_rejected") or [])
    new = [w for w in rejected_in(line) if _bare(w) not in {_bare(k) for k in kept}]
    return kept + new if new else None


def _bare(who: str) -> str:
    """"another surgeon", "a surgeon", "the surgeons": "surgeon"."""
    # "not with another surgeon" (user trial 8, F1.6: "Not a with another surgeon"): the preposition and the article go
    words = re.sub(r"^(?:(?:an?|the|another|other|some|one|any|more|with|from|by|to|for|at|of|see|seeing|visit|visiting)\s+)+", "",
                   who.lower()).split()
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 4 and not w.endswith("ss") else w for w in words)
