"""Round 21's silent misreads (helper 11a7): readings the reader was sure of where a careful person
would not be. Looked for last, over a sure reading about to be stored (issue 11: never a silent
misread). Each check is a general condition on how the line is said, never on one line's words:

- a doubt said about part of the answer ("I have the form, though I am not yet certain who must
  complete it", "I am uncertain whether Monday's call qualifies"): that part asked, the rest kept;
- a choice's words read from what the person says they do not know ("idk whats covered", "3, ...
  and idk about ins"): those picks are no answer; asked;
- a choice's words in a sentence that says it does not hold ("my support is insufficient", "the
  diagnosis is agreed" at "What differs?"): that pick dropped, asked if nothing is left;
- "all" with a word that makes it a guess ("all of it prob", "little bit all"): asked;
- two picks put as one or the other ("the written plan or the follow-up visit, whichever"): asked;
- a choice's word said of a state not reached yet ("she'd want an MRI before being confident"): asked;
- someone who is not a doctor said to have checked, where the choice says a doctor did ("my physio
  did"): asked;
- at "What kind of doctor?", "does not do surgery" read for a kind that does procedures ("he does
  the scopes", "a gyn oncologist"): asked;
- the question not understood ("Not sure what you mean by worse"), or a word for two choices put as
  a question ("both?"): asked;
- a choice said only "mostly" so, with the part that is not so ("mostly agree but not on the timing"): asked;
- something more wanted after the picks that is no choice ("And I should like a word about my heart
  tablets", "also can my physio come"): the picks kept, that part asked;
- at "How many doctors?", a later sentence that adds someone "too" ("Just the first gyn. Well, the ER
  doctor said something too"): asked;
- "none" and a choice both said, joined by "also" ("kinda 1 but also none of em"): asked;
- "worse fast" read where the pace said is slow ("more and more heavy every month"): asked;
- the question's "not sure" read first, then another choice named ("not sure, want do biopsy again" at
  how sure the doctor was): that choice offered back for a Yes.

Each makes the reading less sure, or drops a pick the line says does not hold; none adds a pick.
Never at the red-flag and urgent questions, which the safety screen reads. Words are data:
dialogues/wrongly_sure.yaml.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import phrases, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, joined, parts_between, tokens

FILE = "wrongly_sure.yaml"
_STOPS = frozenset({".", ";", "!", "?"})
_BREAKS = frozenset({".", ";", "!", "?", ",", ":", "-", "—", "but", "though", "although", "and", "n", "&"})
_NOT_ANSWERS = ("not_sure", "not_said", "unsure", "none")


def words() -> dict:
    return phrases(FILE)


def _has(toks: list[str], key: str) -> list[tuple[int, int]]:
    return spans(toks, words()[key])


def wrongly_sure(reading: Reading, line: str, spec, lex, read_part, typed: str = "") -> Reading:
    """The reading, or a less sure one. `read_part(text)` reads a part of the line alone; `typed` is the
    line as typed, before it was put in other words ("not sure, ..." may have become "i dont know")."""
    if reading.certainty != SURE or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")):
        return reading
    toks = tokens(clean(line))
    text = line.strip()
    said = tokens(clean(typed or line))
    from . import wrongly_sure_more as more  # round 22 (helper 11a8)
    from .wrongly_sure_said import said_doubts  # round 24 (helper 11a10): doubts said in new words

    if (found := said_doubts(reading, line, typed, spec, lex, read_part, _is_answer)) is not None:
        return found
    from .wrongly_sure_open import open_doubts  # round 25 (helper 11a11): what the question's choices leave open

    if (found := open_doubts(reading, line, typed, spec, lex, read_part, _is_answer)) is not None:
        return found
    from .wrongly_sure_heard import heard_doubts  # round 26 (helper 11a12): what a careful listener hears

    if (found := heard_doubts(reading, line, typed, spec, lex, read_part, _is_answer)) is not None:
        return found
    from .wrongly_sure_kinds import kinds_doubts  # round 27 (helper 11a13): kinds of doubt a careful listener hears

    if (found := kinds_doubts(reading, line, typed, spec, lex, read_part, _is_answer)) is not None:
        return found
    from .wrongly_sure_left import left_doubts  # round 28 (helper 11a14): what the sure reading left out

    if (found := left_doubts(reading, line, typed, spec, lex, read_part, _is_answer)) is not None:
        return found
    from .asked_to_ask import asked_to_ask  # helper u16a: "depends on ...", a bare "all" at the focus question, role and path

    if (found := asked_to_ask(reading, line, typed, spec, lex, read_part, _is_answer)) is not None:
        return found

    found = more.misspelt_question(reading, said, spec, read_part)
    if found is not None:
        return found
    if reading.dont_know and not reading.asked and said:  # "not sure, want do biopsy again": the rest may name a choice
        return _unsure_then_named(reading, said, spec, lex, None, text) or reading
    if reading.certainty == SURE and not spec.multi and reading.value is not None and not _is_answer(reading.value, spec, lex):
        found = _unsure_then_named(reading, said, spec, lex, None, text)
        if found is not None:
            return found
    if reading.value is None or reading.asked or reading.dont_know or not toks:
        return reading
    for check in (_question_unclear, _both_asked, _said_not, _unknown_named, _doubt_about, _hedged_all, _either_or,
                  _not_yet, _not_a_doctor, _does_procedures, _limited, _added_ask, _count_differs,
                  _none_and_a_choice, _slow_pace):
        if check is _either_or and said != toks:
            continue  # the line was put in other words by an earlier reader ("agree on X, not on A or B" -> "A or B"): its shape is read
        found = check(reading, toks, spec, lex, read_part, text)
        if found is not None:
            return found
    for check in more.CHECKS:
        found = check(reading, toks, spec, lex, read_part, text, _is_answer)
        if found is not None:
            return found
    from .wrongly_sure_shape import shape_doubts  # round 23 (helper 11a9): how much of the line the reading explains

    return shape_doubts(reading, line, typed, spec, lex, read_part, _is_answer) or reading


# --- helpers --------------------------------------------------------------------------------------

def _values(reading: Reading) -> list:
    return list(reading.value) if isinstance(reading.value, list) else [reading.value]


def _picks_of(read_part, part: list[str], partly: bool = False) -> list:
    """The choices a part of the line names alone (sure or offered back; `partly`: kept from an unclear
    reading too), as a list."""
    if not part or not any(t.isalnum() for t in part):
        return []
    got = read_part(" ".join(part))
    if got is None or got.value is None or got.asked or got.dont_know or (got.certainty == UNCLEAR and not partly):
        return []
    return list(got.value) if isinstance(got.value, list) else [got.value]


def _about_not_knowing(spec, value) -> bool:
    """A choice that itself says something is not known or not so ("the exact type is not clear", "no clear
    way to choose"): "I don't know ..." may be how it is said."""
    label = next((c.label for c in spec.choices if c.id == value), "")
    return any(w in words()["not_so_words"] for w in [(t,) for t in tokens(clean(label))])


def _is_answer(value, spec, lex=None) -> bool:
    """A choice that says something, not "not sure", "none" or the question's own "I don't know" choice."""
    if lex is not None and value == lex.state(spec.name).dont_know:
        return False
    return value not in _NOT_ANSWERS and value != spec.none_choice


def _ask(text: str, message: str = "", kept=None, reading: Reading | None = None) -> Reading:
    extra = {}
    if reading is not None and kept:
        extra = dict(note=reading.note, date=reading.date, date_text=reading.date_text, who=reading.who)
    return Reading(UNCLEAR, kept or None, unclear=text, message=message, **extra)


# --- the checks -----------------------------------------------------------------------------------

def _question_unclear(reading, toks, spec, lex, read_part, text):
    """ "Not sure what you mean by worse. It's the same as ever.": the question is not understood."""
    hits = _has(toks, "question_unclear")
    if not hits or hits[0][0] > 1:
        return None
    return _ask(text, "I may not have been clear. Pick the answer closest to how things are, or type 'help'.")


def _both_asked(reading, toks, spec, lex, read_part, text):
    """ "both?" at a pick-one question: asking whether both may be picked, no answer."""
    said = [t for t in toks if t != "?"]
    if spec.multi or "?" not in toks or len(said) > 2 or not any((t,) in words()["both_words"] for t in said):
        return None
    return _ask(text, "Only one answer fits here. Which one is closest?")


def _said_not(reading, toks, spec, lex, read_part, text):
    """A choice's words in a sentence that says it does not hold: that pick dropped."""
    hits = _has(toks, "said_not")
    if not spec.multi or not hits:
        return None
    cuts = _STOPS | {"but", ","}
    parts = parts_between(toks, cuts)
    dropped = set()
    for k, (start, end) in enumerate(parts):
        if not any(start <= h < end for h, _ in hits) or _has(toks[start:end], "all_named"):
            continue
        found = set(_picks_of(read_part, [t for i, t in enumerate(toks[start:end], start)
                                          if not any(a <= i < b for a, b in hits)], partly=True))
        found |= set(_picks_of(read_part, toks[start:end], partly=True))  # "my brothers are zero help": "help" is the word
        if not found and k > 0 and not _STOPS & set(toks[parts[k - 1][1]:start]):
            found = set(_picks_of(read_part, toks[parts[k - 1][0]:parts[k - 1][1]], partly=True))  # "my support is X, which is insufficient"
        dropped |= found
    values = _values(reading)
    gone = [v for v in values if v in dropped and _is_answer(v, spec, lex)]
    if not gone:
        return None
    kept = [v for v in values if v not in gone]
    if spec.multi and kept:
        return replace(reading, value=kept)
    return _ask(text, f'"{text}" seems to say that one does not hold. Which answer fits?')


def _unknown_named(reading, toks, spec, lex, read_part, text):
    """ "idk whats covered", "3, ... and idk about ins": the words after "I don't know" are not an answer."""
    values = [v for v in _values(reading) if _is_answer(v, spec, lex)]
    if not values:
        return None
    for start, end in _has(toks, "unknown_leads"):
        if start > 0 and (toks[start - 1],) in words()["others"]:
            continue  # "they dont know what type yet": someone else's not knowing, maybe the answer
        stop = next((k for k in range(end, len(toks)) if toks[k] in _STOPS | {",", "but", "and", "so"}), len(toks))
        after = toks[end:stop]
        if after and (after[0],) in words()["wh_words"]:
            after = after[1:]  # "idk whats covered": what is covered is not known
        named = {v for v in set(_picks_of(read_part, after)) & set(values) if not _about_not_knowing(spec, v)}
        if not named:
            continue
        said = joined(toks[start:stop])
        if spec.multi:
            kept = [v for v in values if v not in named]
            return _ask(said, f'You said you do not know "{said}". Pick only the ones you are sure of.', kept, reading)
        return _ask(text, f'You said you do not know "{said}". Pick the closest answer, or "not sure".')
    return None


def _doubt_about(reading, toks, spec, lex, read_part, text):
    """ "I have the form, though I am not yet certain who must complete it": that part asked."""
    values = _values(reading)
    if not any(_is_answer(v, spec, lex) for v in values):
        return None
    hits = _has(toks, "doubt_about")
    if not hits:
        return None
    parts = parts_between(toks, _BREAKS - {"and", "n", "&"})
    at = next((k for k, (s, e) in enumerate(parts) if s <= hits[0][0] < e), None)
    if at is None:
        return None
    start = parts[at][0]
    end = next((k for k in range(hits[0][1], len(toks)) if toks[k] in _STOPS), len(toks))
    doubted = {v for v in _picks_of(read_part, toks[start:end], partly=True) if _is_answer(v, spec, lex)}
    if doubted and not doubted & set(values):
        return None  # the doubt is about a choice not picked: "..., I am not yet certain of what weighs most"
    if not doubted and at > 0 and not _STOPS & set(toks[parts[at - 1][1]:parts[at][0]]):
        start, end = parts[at - 1][0], parts[at][1]  # the doubt is about what was said just before it
        doubted = {v for v in _picks_of(read_part, toks[start:end], partly=True) if _is_answer(v, spec, lex)}
    said = joined(toks[start:end])
    if spec.multi and not doubted & set(values):
        return None  # at a pick-any question, a doubt about none of the picks leaves them as said
    if spec.multi:
        kept = [v for v in values if v not in doubted]
        return _ask(said, f'You are not sure about "{said}". Pick only the ones you are sure of.', kept, reading)
    return _ask(text, f'You are not sure about "{said}". Pick the closest answer, or "not sure".')


def _hedged_all(reading, toks, spec, lex, read_part, text):
    """ "all of it prob", "little bit all", "kinda all of them? idk": all of them, as a guess."""
    if not spec.multi or _has(toks, "all_kept") or len(toks) > 8:
        return None
    if not _has(toks, "all_words") or not _has(toks, "all_hedges"):
        return None
    return _ask(text, "All of them, or only some? Type the numbers that fit, or 'not sure'.")


def _either_or(reading, toks, spec, lex, read_part, text):
    """ "written plan or the follow up visit, whichever is faster": one of two, not both."""
    values = _values(reading)
    if not spec.multi or len(values) < 2 or "or" not in toks:
        return None
    k = toks.index("or")
    if k == 0 or toks[k - 1] in ("and", "/") or (k + 1 < len(toks) and toks[k + 1] in ("not", "so", "two", "more")):
        return None
    left_start = max((i + 1 for i in range(k) if toks[i] in _STOPS | {",", "and", "whether"}), default=0)
    right_end = next((i for i in range(k + 1, len(toks)) if toks[i] in _STOPS | {","}), len(toks))
    sentence = max((i + 1 for i in range(k) if toks[i] in _STOPS), default=0)
    if {"not", "no", "neither", "nor", "dont", "didnt", "doesnt", "agree", "agreed", "same"} & set(toks[sentence:k]):
        return None  # "not on the plan or how soon": neither, so both picks stand
    left = set(_picks_of(read_part, toks[left_start:k])) & set(values)
    right = set(_picks_of(read_part, toks[k + 1:right_end])) & set(values)
    if not left or not right or left & right:
        return None
    return _ask(text, f'"{text}": one of these, or both? Type the numbers you mean.')


def _not_yet(reading, toks, spec, lex, read_part, text):
    """ "She said she'd want to see an MRI before being confident": the word is of a state not reached."""
    hits = _has(toks, "not_yet_cues")
    if spec.multi or not hits:
        return None
    before = _picks_of(read_part, toks[:hits[0][0]])
    if reading.value in before:
        return None
    return _ask(text, f'"{text}": is that how it is now, or how it may be later? Pick the closest answer now.')


def _not_a_doctor(reading, toks, spec, lex, read_part, text):
    """ "my physio did" where the choice says a doctor checked: asked."""
    choice = next((c for c in spec.choices if c.id == reading.value), None) if not spec.multi else None
    if choice is None or "a doctor" not in choice.label.lower() or not _has(toks, "not_doctors") or _has(toks, "doctors"):
        return None
    return _ask(text, f'"{text}": was it a doctor who checked? Pick the closest answer.')


def _does_procedures(reading, toks, spec, lex, read_part, text):
    """ "the GI doctor, he does the scopes" read as "does not do surgery": asked."""
    choice = next((c for c in spec.choices if c.id == reading.value), None) if not spec.multi else None
    if choice is None or "not do surgery" not in choice.label.lower() or not _has(toks, "does_procedures"):
        return None
    if _has(toks, "not_surgeon") and not _has(toks, "not_surgeon_hedges"):
        return None  # "a cardiologist, not a surgeon, he does the stents": said plainly
    return _ask(text, f'"{text}": does this doctor operate, or not? Pick "A surgeon", the other kind, or "not sure".')


def _limited(reading, toks, spec, lex, read_part, text):
    """ "they mostly agree but not on the timing": only partly so."""
    if spec.multi or not _has(toks, "limiters") or not _has(toks, "limits"):
        return None
    if not _is_answer(reading.value, spec, lex):
        return None
    return _ask(text, f'"{text}" seems to say it is only partly so. Which answer is closest?')


def _added_ask(reading, toks, spec, lex, read_part, text):
    """ "1 and also can my physio come to the visit": the picks kept, the added want asked about."""
    hits = _has(toks, "added_asks")
    if not spec.multi or not hits or reading.add_question or spec.min_picks > 1:
        return None
    start = hits[0][0]
    if start > 0 and toks[start - 1] == "and":
        start -= 1
    rest = read_part(" ".join(toks[hits[0][0]:]))
    asks = (toks[hits[0][1] - 1],) in words()["question_verbs"]  # "also can my physio come": a question, whatever it names
    if any(t.isdigit() for t in toks[hits[0][0]:]) or (not asks and rest is not None and rest.certainty == SURE and rest.value is not None):
        return None  # "also could 4", "also how soon": the added part is itself a choice
    kept = [v for v in _values(reading) if v in set(_picks_of(read_part, toks[:start]))] or _values(reading)
    said = joined(toks[hits[0][0]:len(toks)])
    return _ask(said, f'I kept your choices. What did you mean by "{said}"?', kept, reading)


def _count_differs(reading, toks, spec, lex, read_part, text):
    """At "How many doctors?": a later sentence, opened as a second thought, that adds someone "too" (not
    one who only did a task: "well the radiologist too but he just did the biopsy" gave no opinion)."""
    if spec.multi or not lex.state(spec.name).count:  # only where the question asks how many
        return None
    stops = [i for i, t in enumerate(toks) if t in _STOPS]
    for s in stops:
        later = toks[s + 1:]
        if later and later[0] in {p[0] for p in words()["second_thought_starts"] if len(p) == 1} and \
                any(p[0] in later for p in words()["adds_too"] if len(p) == 1) and not _has(later, "only_a_task"):
            return _ask(text, f'"{text}": how many doctors in all, counting the first one?')
    return None


def _none_and_a_choice(reading, toks, spec, lex, read_part, text):
    """ "kinda 1 but also none of em lol": a choice and "none" both said."""
    if not spec.multi or "also" not in toks:
        return None
    k = toks.index("also")
    if _values(reading) != [spec.none_choice]:  # "1 but also none really": the none after "also"
        if _has(toks[k + 1:], "none_words") and any(_is_answer(v, spec, lex) for v in _values(reading)):
            return _ask(text, f'"{text}" seems to say a choice and "none". Which did you mean?')
        return None
    before = [t for t in toks[:k] if t not in ("but", "and")]
    numbered = any(t.isdigit() and 1 <= int(t) <= len(spec.choices) for t in before)
    if not numbered and not any(_is_answer(v, spec, lex) for v in _picks_of(read_part, before, partly=True)):
        return None
    return _ask(text, f'"{text}" seems to say a choice and "none". Which did you mean?')


def _slow_pace(reading, toks, spec, lex, read_part, text):
    """ "getting more and more heavy every month" read as "getting worse fast": the pace said is slow."""
    choice = next((c for c in spec.choices if c.id == reading.value), None) if not spec.multi else None
    if choice is None or "fast" not in tokens(clean(choice.label)) or not _has(toks, "slow_pace") or _has(toks, "fast_pace"):
        return None
    return _ask(text, f'"{text}": is it getting worse fast, or slowly over time? Pick the closest answer.')


def _unsure_then_named(reading, toks, spec, lex, read_part, text):
    """ "not sure, want do biopsy again": the question's not-sure, then another choice said; offered back."""
    marks = [i for i, t in enumerate(toks) if t in (",", "-", "—", ":")]  # "not sure - I called the office ..." (round 22)
    if spec.multi or (reading.value is not None and _is_answer(reading.value, spec, lex)) or not marks:
        return None
    k = marks[0]
    if not _has(toks[:k], "unsure_leads") or k > 4:
        return None
    from .read import read  # the rest read alone, as a whole answer

    if _has(toks[k + 1:], "rest_hedges"):
        return None  # "not sure, the surgeon may want another scan": still not sure
    got = read(" ".join(toks[k + 1:]), spec, lexicon=lex)
    if got is None or got.certainty != SURE or got.asked or not isinstance(got.value, str) or got.value == reading.value:
        return None
    if got.value in ("none", "not_sure", spec.none_choice, lex.state(spec.name).dont_know):
        return None
    return Reading(LIKELY, got.value, note=reading.note or got.note)
