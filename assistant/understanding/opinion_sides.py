"""Each opinion told by its order when the choice is stated, offered back at that opinion's questions.

"breast cancer stage 2. first surgeon said mastectomy, 2nd one at the cancer center says lumpectomy + radiation is just
as good" at "What choice are the opinions about?" told both the advice and the first doctor's kind, and the walk asked
for both again (a lead's walk, 2026-12-07). Here each side ("first ... said X", "2nd ... says Y") is found, and at the
questions about that opinion what it said is offered for a Yes (offers.py): "You said the first doctor advised
"mastectomy". Did you mean *Surgery or a procedure*?". The kind of doctor is offered only when the word right after
"first" or "second" names one ("first surgeon"). Never stored unasked; the words are data: dialogues/opinion_sides.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .phrase_files import PhraseFile

WORDS = PhraseFile("opinion_sides.yaml")
FIELD = {"compare_one_field": 0, "compare_two_field": 1}
TREATMENT = {"compare_one_treatment": 0, "compare_two_treatment": 1}


def _alts(words) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in str(p).split()) for p in sorted(map(str, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    raw = WORDS.data()
    reach = int(raw.get("reach", 5))
    says = _alts(raw.get("says", []))
    side = rf"(?P<who>(?:[\w'+-]+\s+){{0,{reach}}}?)(?:{says})\s+(?:to\s+)?(?:(?:have|do|go\s+for|get)\s+)?(?:(?:a|an|the)\s+)?(?P<what>[^,.;!?]+)"
    first = re.compile(rf"(?:^|[\s,.;!(])(?:{_alts(raw.get('first', []))})\s+" + side, re.IGNORECASE)
    second = re.compile(rf"(?:^|[\s,.;!(])(?:{_alts(raw.get('second', []))})\s+" + side, re.IGNORECASE)
    tails = re.compile(rf"\s+(?:{_alts(raw.get('tails', []))})\s*$", re.IGNORECASE)
    return first, second, tails


def sides(text: str | None) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """((who, what) of the first opinion, (who, what) of the second), each None when not told."""
    if not text:
        return None, None
    first, second, tails = _patterns()
    out = []
    for pattern in (first, second):
        found = pattern.search(text)
        if found is None:
            out.append(None)
            continue
        what = tails.sub("", found.group("what").strip()).strip()
        who = found.group("who").strip()
        if not _a_doctor(found.group(0), who) or _NOT_ADVICE.match(what):
            out.append(None)  # "my first thought was surgery", "at first they said it was benign": no opinion told (rv29)
            continue
        out.append((who, what) if what and len(what.split()) <= 8 else None)
    if out[0] and out[1] and out[0][1].lower() == out[1][1].lower():
        return None, None  # the same words for both: not two sides told apart
    return out[0], out[1]


_NOT_ADVICE = re.compile(r"^(?:it|its|it's|that|this|was|is|were|are|not|no|never|nothing)\b", re.IGNORECASE)
_POINTERS = frozenset({"one", "opinion", "doc", "doctor", "dr", "opinions"})


def _a_doctor(said: str, who: str) -> bool:
    """The side is an opinion: "first one", "second opinion", or a doctor word right after the order word ("first
    surgeon", "2nd one at the cancer center")."""
    from .lexicon import default_lexicon, fold

    opener = said.lower().split()
    words = who.lower().split()
    doctors = default_lexicon().doctors
    return bool(_POINTERS & set(opener[:4])) or bool(words and (fold(words[0]) in doctors or words[0] in _POINTERS))


def side_said(state: str, slots: dict) -> tuple[str, str] | None:
    """At a question about one opinion, the words told of it earlier and what they are: ("advised", "mastectomy") or
    ("was", "surgeon"); None when nothing was told (or the question is answered already)."""
    if state not in FIELD and state not in TREATMENT:
        return None
    told = sides(slots.get("decision"))
    index = FIELD.get(state, TREATMENT.get(state))
    side = told[index] if index is not None else None
    if side is None:
        return None
    who, what = side
    if state in TREATMENT:
        return "advised", what
    words = who.split()
    return ("was", words[0]) if len(words) == 1 else None  # "first surgeon said": the word right after "first" only


__all__ = ["side_said", "sides"]
