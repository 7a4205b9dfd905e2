"""A line that asks something back, read as a question even when it also names a choice.

The reader found a choice in the line, but the line is shaped as a question about it, so the
choice's words are what is asked about, not an answer:

- a part of the line that is a question of its own: "Third costs money? How much?", "the
  support one. what does that cover?" (a part that ends with "?" and begins like a question);
- a line that begins the way only a question does, with or without "?": "does a blood test
  count", "what counts as experimental, my doc mentioned a trial", "wait where do I find the
  list", "how do I even check", "why can't I have both";
- "does ... count" / "... count as ...?": asking whether something is one of the choices;
- a line that ends with "?" and says a thing with no doubt, no number and no yes/no word in it
  ("Medicare pay for a second opinion?"): a question with its first word left out. "5?", "the
  2nd?", "maybe a month?", "none, I guess?", "I can ask later, right?" stay answers.

Never at the red-flag and urgent questions, where an answer beside a question still acts (the
safety rules decide there), and never for a question about why this is asked ("none, why do you
ask?"): that answer stands.
"""

from __future__ import annotations

from .asking import after_leads, any_phrase, has_phrase, starts_with
from .lexicon import Lexicon
from .reading import Reading
from .text import parts_between

_STOPS = (".", "!", ";", "?")
_WH = frozenset({"why", "what", "whats", "how", "where", "who", "which", "when"})
# After a question word, a verb that makes it a question ("what counts as", "where do i", "how can
# we"), not a clause said as an answer ("what matters is cost", "when the scans are back").
_WH_VERBS = frozenset({"do", "does", "did", "dont", "doesnt", "can", "cant", "could", "couldnt", "should", "shouldnt", "would",
                       "wouldnt", "will", "wont", "is", "isnt", "are", "arent", "count", "counts", "happens", "if"})
# Said after "does": a statement ("does not", "does nothing") rather than a question.
_NOT_ASKED = frozenset({"not", "nothing", "no", "n't"})
# "blood count", "cell count": the noun, not the verb "to count".
_COUNTED = frozenset({"blood", "cell", "cells", "platelet", "platelets", "sperm", "white", "red", "cd4", "viral", "full", "low", "high"})
# A doubt or a tag that makes a "?" an answer said unsure ("maybe a month?", "I guess?", "right?").
_UNSURE = frozenset({"maybe", "guess", "think", "probably", "perhaps", "possibly", "prob", "prolly", "right", "yeah", "yes", "no", "nope",
                     "yep", "none", "nothing", "ok", "okay", "sure", "idk", "dunno", "so", "like", "um", "uh", "hmm", "or", "either",
                     "not", "kinda", "sorta", "mostly", "mainly", "guessing", "suppose", "reckon", "lol", "im", "i"})


def asks_back(text: str, toks: list[str], spec, lex: Lexicon, reading: Reading) -> bool:
    """The line is a question back, whatever choice its words also name."""
    if reading.asked or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) \
            or getattr(spec, "urgent", False):
        return False
    if _about_the_question(toks, lex):
        return False  # "none, why do you ask?": the answer stands
    if _asks_how_to_answer(after_leads(toks, lex)):
        return True  # "do i have to pick 3": about answering, even where the choices are questions
    from .asked_bare import asked_bare  # "what form" said bare at the insurer's question (asked_bare.py)

    if asked_bare(toks, spec):
        return True
    if any(c.label.rstrip().endswith("?") for c in spec.choices):
        return False  # the choices are questions themselves ("what if we wait"): naming one picks it
    parts = _parts(toks)
    if "?" in toks and parts and not parts[-1][1] and toks[-1] not in _STOPS:
        parts[-1] = (parts[-1][0], True)  # "a third costs extra? how much": the last part asked too
    if any(_asking_part(part, lex) and not _names_a_choice(part[0], spec, lex) for part in parts):
        return True
    if any(marked and _asks_may_i(_after_condition(words)) for words, marked in parts):
        return True  # "if I compare, can I still get a third later?": asked, whatever choice it names
    first = after_leads(parts[0][0], lex) if parts else []
    if _begins_as_question(first):
        return True
    if _whether_it_counts(toks, text, starts_with(first, lex.asking_starts)):
        return True
    return _elliptic(text, toks, lex, reading)


def _parts(toks: list[str]) -> list[tuple[list[str], bool]]:
    """The line cut at full stops and question marks: (words, ends with "?")."""
    return [(toks[s:e], e < len(toks) and toks[e] == "?") for s, e in parts_between(toks, _STOPS)]


def _asking_part(part: tuple[list[str], bool], lex: Lexicon) -> bool:
    """A part that ends with "?" and begins like a question ("How much?", "is that covered?")."""
    words, marked = part
    words = [t for t in after_leads(words, lex) if t != ","]
    return marked and len(words) >= 2 and starts_with(words, lex.asking_starts) and words[0] not in ("which",)


def _names_a_choice(words: list[str], spec, lex: Lexicon) -> bool:
    """ "sure? no. what matters most? still dont know": a choice's own words said as a question and
    answered; not a question back."""
    from .matching import find_hits

    return any(not h.negated for h in find_hits(words, spec, lex))


# "do i have to", "can we still", "should i pick": asking what one may or must do, never how an answer begins.
_AUX = frozenset({"do", "can", "should", "must", "may", "shall", "could", "would", "will", "am", "cant", "dont"})
_ASKER = frozenset({"i", "we"})


def _asks_may_i(words: list[str]) -> bool:
    words = [t for t in words if t != ","]
    return len(words) >= 4 and words[0] in _AUX and words[1] in _ASKER


def _asks_how_to_answer(words: list[str]) -> bool:
    """ "do i have to pick 3", "can we still change it later", "should i choose all": asking what one
    may or must do here."""
    words = [t for t in words if t != ","]
    return _asks_may_i(words) and words[2] in ("have", "need", "pick", "choose", "select", "tick", "still", "answer", "type")


def _after_condition(words: list[str]) -> list[str]:
    """ "if I compare, can I ...": the question after a condition said first."""
    if words[:1] == ["if"] and "," in words:
        return words[words.index(",") + 1 :]
    return words


def _begins_as_question(words: list[str]) -> bool:
    words = [t for t in words if t != ","]
    if _what_is(words):
        return True  # "whats pathology", "what is a second read": asking what a word means
    if words[:2] in (["is", "there"], ["are", "there"], ["isnt", "there"]) and len(words) >= 3:
        return True  # "is there a deadline we should set": never how an answer begins
    if words[:2] in (["is", "it"], ["isnt", "it"], ["is", "that"], ["is", "this"], ["is", "waiting"]) and len(words) >= 4:
        return True  # "is it dangerous to wait": never how an answer begins
    if len(words) < 3:
        return False
    if _asks_how_to_answer(words):
        return True
    if words[0] in ("does", "doesnt") and words[1] not in _NOT_ASKED:
        return True  # "does a blood test count": never how an answer begins
    return words[0] in _WH and words[1] in _WH_VERBS


def _what_is(words: list[str]) -> bool:
    """ "whats pathology", "what is the second read": "what is" and a few words naming a thing, with
    no verb after ("whats important is the surgery" is an answer)."""
    rest = words[1:] if words[:1] == ["whats"] else words[2:] if words[:2] in (["what", "is"], ["what", "are"], ["what", "s"]) else None
    return bool(rest) and len(rest) <= 4 and not _VERBS & set(rest)


_VERBS = frozenset({"is", "are", "was", "were", "matters", "matter", "bothers", "worries", "counts", "i", "we", "me", "us", "most",
                    "wrong", "left", "important", "needed", "missing", "next", "bothering", "worrying", "happening", "going", "best"})


def _whether_it_counts(toks: list[str], text: str, begun: bool) -> bool:
    """ "PSA count as a test?", "would the ER doctor count?", "do scans count as tests": asking
    whether it is one of the choices."""
    for k, t in enumerate(toks):
        if t not in ("count", "counts") or (k and toks[k - 1] in _COUNTED):
            continue
        after = toks[k + 1 : k + 2]
        if after == ["as"] and ("?" in toks[k:] or begun):
            return True
        if after in ([], ["?"]) and text.rstrip().endswith("?"):
            return True
    return False


def _elliptic(text: str, toks: list[str], lex: Lexicon, reading: Reading) -> bool:
    """ "Medicare pay for second opinion?": a "?" after a plain statement of three words or more,
    with no doubt, tag, number or yes/no word: a question whose first word was left out."""
    if not text.rstrip().endswith("?") or toks.count("?") > 1:
        return False
    words = [t for t in toks if t not in (",", "?", ".", "!")]
    if len(words) < 3 or any(any(ch.isdigit() for ch in t) or ((t in lex.numbers or t in lex.ordinals) and words[k + 1 : k + 2] != ["opinion"])
                             for k, t in enumerate(words)):  # "the 2nd?" is a pick; "a second opinion?" names no place
        return False
    if _UNSURE & set(words) or "and" in words or "," in toks or any(has_phrase(words, h) for h in lex.hedges + lex.softeners if h):
        return False  # "scans and labs?", "the scans, the labs?": a list said unsure, an answer
    return reading.value is not None


def _about_the_question(toks: list[str], lex: Lexicon) -> bool:
    why = next((t for t in lex.topics if t.reply == "why"), None)
    return why is not None and any_phrase(toks, why.words)
