"""Round 20's silent misreads (helper 11a): grounds on which a reading the reader found is not
safe to store, looked for over a sure reading after every other doubt (hooked in unsafe.py).
Each is about how the line is said, never about which choice it names:

- a question with its mark and its helping verb left off ("how much a second opinion cost tho",
  "When's the deadline for this thing anyway", "do medicaid cover second opinions"), or a line of
  questions only ("Kindly explain, X or Y? Which one I should select?"): a question, nothing stored;
- a pick led by "perhaps" at a pick-any question: offered back;
- at "Has a doctor checked since ...?", the "since" denied in a part of its own ("Seen 28 Nov. Nothing
  since."): asked;
- "no set date, but not to wait too long": a limit put on the no-deadline answer; asked;
- a treatment given into a part of the body ("injections in the eye"): a medicine given as a
  procedure; both offered;
- a choice's words put as a question and answered "no" at once ("Tumor board? No. Some vascular
  outfit"): that choice is denied; the rest is asked about;
- at a question about when, "not sure" beside a time someone set ("no idea, the school wants an answer
  before winter break"): the time may be the answer; asked;
- at a pick-any question, a part that says nobody did a thing ("and nobody even done a biopsy",
  "neither of them did a biopsy"): what was not done may be one of the choices; that part is asked
  about, the picks kept;
- at "Who is this for?", the answer said for someone else and for the speaker too ("it's for Dylan
  but I kind of want to do it for me"): asked.

Never at the red-flag and urgent questions (unsafe.py leaves those to the safety screen). Words are
data: dialogues/unsure_grounds.yaml.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import phrases, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .people import _person_at
from .text import parts_between

FILE = "unsure_grounds.yaml"
_ENDS = frozenset({".", "!", "?", ";"})
_PRONOUNS = frozenset("i me my myself meself we us our you him his her them their it".split())


def words() -> dict:
    return phrases(FILE)


def _at(toks: list[str], key: str) -> list[tuple[int, int]]:
    return spans(toks, words()[key])


def _starts(toks: list[str], key: str) -> int:
    """How many words of `toks` a phrase of `key` takes at the start (the longest), or 0."""
    return max([e for s, e in _at(toks[:4], key) if s == 0], default=0)


def _sentences(toks: list[str]) -> list[list[str]]:
    """Each sentence with its closing mark."""
    return [toks[s : e + 1] for s, e in parts_between(toks, _ENDS)]


def unsure_grounds(reading: Reading, toks: list[str], spec, lex, read_part, text: str) -> Reading | None:
    """A less sure reading, or None when none of these grounds is found."""
    if reading.certainty != SURE:
        return None
    for check in (_asked_unmarked, _questions_only, _hedge_first, _since_denied, _soft_limit, _given_into, _asked_and_denied, _for_two,
                  _deadline_beside_not_knowing, _nobody_did):
        found = check(reading, toks, spec, lex, read_part, text)
        if found is not None:
            return found
    return None


def _question(text, toks, spec, lex) -> Reading:
    from .asking import answer_question

    return replace(answer_question(text, toks, spec, lex), value=None)


def _asked_unmarked(reading, toks, spec, lex, read_part, text):
    """ "how much a second opinion cost tho", "whens the deadline for this thing anyway", "what form tho",
    "do medicaid cover second opinions": one sentence shaped as a question, its mark left off."""
    core = [t for t in toks if t not in (",", "!", ".")]
    if "?" in toks or len(core) < 2 or len(_sentences(toks)) > 1:
        return None
    if any(c.label.rstrip().endswith("?") for c in spec.choices):
        return None  # the choices are questions themselves ("what if we wait"): naming one picks it
    lead = _starts(core, "question_words")
    if lead and (core[-1],) in words()["question_tags"] and len(core) > lead + 1:
        return _question(text, toks, spec, lex)  # "how much a second opinion cost tho"
    if lead == 1 and core[0].endswith("s") and core[0] in ("whens", "whats", "hows", "wheres", "whos", "whys") \
            and (core[1],) in words()["after_contracted"] and len(core) >= 4 and (core[-1],) in words()["question_tags"]:
        return _question(text, toks, spec, lex)
    if (core[0],) in words()["asked_do"]:
        subject = _starts(core[1:], "asked_subjects")
        if subject and len(core) >= subject + 3 and core[1 + subject] not in ("not", "nothing", "the", "it", "a", "more", "most"):
            return _question(text, toks, spec, lex)  # "do medicaid cover second opinions", "did they pay for it"
    return None


def _questions_only(reading, toks, spec, lex, read_part, text):
    """ "Kindly explain, cataract is procedure or surgery? Which one I should select?": every sentence
    asked, one opening as a question; nothing answered."""
    said = _sentences(toks)
    if len(said) < 2 or not all(s[-1] == "?" for s in said) or any(t.isdigit() for t in toks):
        return None
    if not any(_starts([t for t in s if t != ","], "asks_to_explain") or _starts(s, "question_words") for s in said):
        return None
    return _question(text, toks, spec, lex)


def _hedge_first(reading, toks, spec, lex, read_part, text):
    """ "Perhaps the second reading, though I am not certain it applies": a pick-any answer led by a
    hedge is offered back."""
    if not spec.multi or not _starts(toks, "hedge_first"):
        return None
    values = reading.value if isinstance(reading.value, list) else [reading.value]
    if set(values) <= {spec.none_choice, "not_sure"}:
        return None
    return replace(reading, certainty=LIKELY)


def _since_denied(reading, toks, spec, lex, read_part, text):
    """ "Seen 28 Nov at the VA. Nothing since.": at a question asking what happened since, a Yes beside
    a part that denies the "since"; asked."""
    if spec.multi or reading.value != "yes" or not any("since" in c.label.lower() for c in spec.choices):
        return None
    if not _at(toks, "denies_since"):
        return None
    return Reading(UNCLEAR, unclear=" ".join(toks), message="Was that visit after things got worse, or before?")


def _soft_limit(reading, toks, spec, lex, read_part, text):
    """ "there is no hurry, but not to wait too long either": a limit put on "no set date"; asked."""
    if spec.multi or reading.value != "no_deadline" or "but" not in toks:
        return None
    but = toks.index("but")
    if not any(s > but for s, e in _at(toks, "soft_limit")):
        return None
    return Reading(UNCLEAR, unclear=" ".join(toks[but:]), message="Is there a rough time to decide by?")


def _given_into(reading, toks, spec, lex, read_part, text):
    """ "Injections in the eye every four weeks": a medicine given into a part of the body is also a
    procedure; both offered, at a question that has both."""
    ids = {c.id for c in spec.choices}
    if spec.multi or reading.value not in ("medicine", "surgery") or not {"medicine", "surgery"} <= ids:
        return None
    for s, e in _at(toks, "given_into"):
        after = toks[e : e + 4]
        step = _starts(after, "given_words")
        if step and (after[step : step + 1] and (after[step],) in words()["body_parts"]):
            return Reading(UNCLEAR, options=("surgery", "medicine"))
    return None


def _asked_and_denied(reading, toks, spec, lex, read_part, text):
    """ "Tumor board? No. Some vascular outfit, a whole bunch of em": the choice's words asked, then
    "no" at once; the rest read alone, never more than offered."""
    said = _sentences(toks)
    if spec.multi or len(said) < 3 or said[0][-1] != "?" or not _starts(said[1], "said_no"):
        return None
    rest = [t for s in said[2:] for t in s]
    if not [t for t in said[1] if t.isalpha() and (t,) not in words()["said_no"]] == []:
        return None  # "no, ...": more said with the "no"
    first = read_part(" ".join(said[0][:-1]))
    if first.value != reading.value:
        return None
    again = read_part(" ".join(rest))
    if again.value is not None and again.value != reading.value and again.certainty in (SURE, LIKELY):
        return replace(again, certainty=LIKELY)
    return Reading(UNCLEAR, unclear=" ".join(rest))


def _for_two(reading, toks, spec, lex, read_part, text):
    """ "it's for Dylan but tambien I kinda want to do it for me": at "Who is this for?", someone else
    and the speaker both; asked."""
    ids = {c.id for c in spec.choices}
    if spec.multi or not {"patient", "caregiver"} <= ids or reading.value not in ("patient", "caregiver"):
        return None
    if not [s for s, e in _at(toks, "for_me") if toks[s - 1 : s] != ["not"]]:
        return None  # "not for me, for my brother": one answer
    typed = text.split()
    names = {w.strip(",.!?").lower() for w in typed[1:] if w[:1].isupper() and w.strip(",.!?").isalpha()} - _PRONOUNS
    for k, t in enumerate(toks[:-1]):
        if t != "for":
            continue
        nxt = toks[k + 1]
        # "for my brother", "for my Dylan": a person; "for my endometriosis", "for my knee": what it is about (lo8)
        owned = (nxt,) in words()["for_others"] and k + 2 < len(toks) and (_person_at(toks, k + 2, lex) or toks[k + 2] in names)
        if owned or (nxt,) in words()["others"] or nxt in names:
            return Reading(UNCLEAR, unclear=" ".join(toks), message="Is this for them, for you, or for both of you? If both, pick one to start.")
    return None


def _deadline_beside_not_knowing(reading, toks, spec, lex, read_part, text):
    """ "ay no idea, the school wants an answer before winter break": at a question about when, "not sure"
    stored while the line names a time someone set; asked."""
    words_ = lex.state(spec.name)
    if spec.multi or not getattr(words_, "time", None) or reading.value not in (words_.dont_know, "not_sure"):
        return None
    found = [s for s, e in _at(toks, "deadline_set") if s >= 2 and e < len(toks) and toks[e].isalnum()]
    if not found:
        return None
    return Reading(UNCLEAR, unclear=" ".join(toks[found[0]:]), message="Is that the date to decide by?")


def _nobody_did(reading, toks, spec, lex, read_part, text):
    """ "they want to cut out a piece of my lung and nobody even done a biopsy": at a pick-any question,
    the part saying nobody did something is asked about (the thing not done may be a choice), the picks kept."""
    values = reading.value if isinstance(reading.value, list) else None
    if not spec.multi or not values or spec.none_choice in values:
        return None
    for s, e in _at(toks, "nobody_did"):
        start = max([k + 1 for k in range(s) if toks[k] in _ENDS | {","} or (toks[k] == "and" and k == s - 1)] + [0])
        end = next((k for k in range(e, len(toks)) if toks[k] in _ENDS | {","}), len(toks))
        part = toks[start:end]
        if part and part[0] == "and":
            part = part[1:]
        if len([t for t in part if t.isalpha()]) < 4 or not any((t,) in words()["done_words"] for t in part):
            continue  # "nobody tells me which one": no thing left undone, the choice's own words
        alone = read_part(" ".join(part))
        if isinstance(alone.value, list) and alone.certainty == SURE and set(alone.value) <= set(values) and spec.none_choice not in alone.value:
            continue  # "nobody listens to me" at the signs: the part is a pick already made
        return Reading(UNCLEAR, list(values), unclear=" ".join(part))
    return None
