"""Questions people ask back ("is there time?", "why do you need this?"), and "I don't know"."""

from __future__ import annotations

import re

from ..flow import StateSpec
from .lexicon import Lexicon, Phrase
from .reading import UNCLEAR, Reading
from .text import capital_first, clean

# picks typed before a question at the question steps ("3, 5, 9 and also ...")
_LEADING_PICKS = re.compile(r"^(?:\s*(?:\d+|and|&|also|plus|,|\.)\s*)+(?=[a-z])", re.IGNORECASE)


class Heads:
    """A list of phrases by first word, in the list's order: only the phrases whose first word
    is in a line can be in it. Worked out once per list (a lexicon's lists live as long as it)."""

    __slots__ = ("phrases", "by_head", "empty", "members")

    def __init__(self, phrases) -> None:
        self.phrases = phrases  # kept, so the id it is cached under stays its own
        self.by_head: dict[str, tuple[Phrase, ...]] = {}
        grouped: dict[str, list[Phrase]] = {}
        for p in phrases:
            if p:
                grouped.setdefault(p[0], []).append(p)
        self.by_head = {word: tuple(ps) for word, ps in grouped.items()}
        self.empty = any(not p for p in phrases)  # none today; an empty phrase is in every line
        self.members = frozenset(phrases)  # `phrase in members`: a lookup, not a scan of the list

    def starting(self, words) -> list[Phrase]:
        """The phrases whose first word is one of `words` (no empty ones), in no set order."""
        out: list[Phrase] = []
        get = self.by_head.get
        for word in words:
            found = get(word)
            if found:
                out += found
        return out


_HEADS: dict[int, Heads] = {}


def heads(phrases) -> Heads:
    """The phrases of a lexicon list by first word, by identity (hashing the list costs more)."""
    found = _HEADS.get(id(phrases))
    if found is None or found.phrases is not phrases:
        if len(_HEADS) > 256:
            _HEADS.clear()
        found = _HEADS[id(phrases)] = Heads(phrases)
    return found


def any_phrase(toks: list[str], phrases) -> bool:
    """any(has_phrase(toks, p) for p in phrases), looked up by the line's words."""
    table = heads(phrases)
    if table.empty:
        return True
    return any(has_phrase(toks, p) for p in table.starting(set(toks)))


def has_phrase(toks: list[str], phrase: Phrase) -> bool:
    if phrase and phrase[0] not in toks:
        return False  # the usual case, found at C speed
    size = len(phrase)
    return any(tuple(toks[i : i + size]) == phrase for i in range(len(toks) - size + 1))


def starts_with(toks: list[str], phrases) -> bool:
    table = heads(phrases)
    if table.empty:
        return True  # an empty phrase begins every line
    # Only the phrases beginning with the line's first word can begin it.
    return bool(toks) and any(tuple(toks[: len(p)]) == p for p in table.by_head.get(toks[0], ()))


def whole(toks: list[str], phrases, lex: Lexicon) -> bool:
    """The line is one of `phrases`, give or take filler words and marks around it."""
    core = [t for t in toks if t not in ("?", "!", ".", ",")]
    table = heads(phrases)
    if tuple(core) in table.members:
        return True
    # Only a phrase whose first word is in the line can be in it (has_phrase would say no).
    candidates = table.starting(set(core))
    if table.empty:
        candidates += [p for p in phrases if not p]
    for p in candidates:
        if has_phrase(core, p) and all(t in lex.fillers or t in p for t in core):
            return True
    return False


def question_form(text: str, toks: list[str], lex: Lexicon) -> tuple[bool, bool]:
    """(ends with a question mark, begins like a question)."""
    words = after_leads(toks, lex)
    start = starts_with(words, lex.asking_starts)
    if start and words[0] in _NEGATIVE_STARTS and words[1:2] and words[1] not in _ASKED_SUBJECTS and words[1] not in ("know", "understand"):
        start = False  # "can't keep the plan", "didn't get the scans": a statement with its "I" left out
    if start and words[0] in _MODAL_STARTS and words[1:2] and _said_verb(words[1]):
        start = False  # "will ask him", "will aks him", "can call tomorrow": "I" left out, as in texting
    mark = clean(text).rstrip().endswith("?")
    if start and not mark:
        from .free_relative import names_a_thing

        start = not names_a_thing(words)  # "what the doctor wrote": a thing told, not a question (free_relative.py)
    return mark, start


# A question that opens with a negative has its subject next ("can't we wait?", "don't you need the
# scans?"); without one, the line is a statement whose subject was left out, as in texting ("don't
# know if that counts" stays a question: what the person does not know is asked).
_NEGATIVE_STARTS = frozenset("isnt arent wont cant shouldnt wouldnt couldnt doesnt dont didnt".split())
_ASKED_SUBJECTS = frozenset("i you we they he she it my this that there the our your his her im ya u".split())


# A modal then a verb, with no subject between, is a statement whose "I" was left out ("will ask him");
# a question has its subject next ("will you ask him", "will the scan show it").
_MODAL_STARTS = frozenset("will would can could shall should may might must".split())
_STATEMENT_VERBS = frozenset("""ask tell call check talk see try let go get bring book wait think look send speak mention discuss find
    write make take ring email message text phone raise do probably definitely prob def deffo defo maybe just""".split())


def _said_verb(word: str) -> bool:
    """A verb of doing, as typed or with two letters swapped ("aks", "tlel", "cehck")."""
    if word in _STATEMENT_VERBS:
        return True
    swaps = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}
    return any(w in _STATEMENT_VERBS for w in swaps if len(w) >= 3)


def after_leads(toks: list[str], lex: Lexicon) -> list[str]:
    """The words after "so", "but", "hang on"...: where a question would begin ("so what now")."""
    words = [t for t in toks if t not in (",",)]
    while words and (lead := next((p for p in lex.asking_leads if tuple(words[: len(p)]) == p), None)):
        words = words[len(lead) :]
    return words


def is_free_question(text: str, toks: list[str], lex: Lexicon) -> bool:
    """At a free-text question only a question about this question counts ("why do you need
    this?"): a decision can be written as a question ("should I have surgery?")."""
    mark, start = question_form(text, toks, lex)
    return (mark or start) and any(has_phrase(toks, m) for m in lex.free_markers)


def answer_question(text: str, toks: list[str], spec: StateSpec, lex: Lexicon) -> Reading:
    """A short reply to a question the person asked, and whether it goes on their list."""
    from .about_app import CHOICES, CHOOSE, about_care, about_number, asks_if_counts, choices_reply, choose_reply, own_term
    from .own_words import own_word_reply

    # At the safety and urgent questions, every question is answered as before (there, a question for
    # the doctor is what makes the urgent turn say the number to call again: engine).
    safety = getattr(spec, "urgent", False) or spec.name.startswith(("urgent", "red_flags"))
    if not safety and (explained := own_word_reply(text)):  # "what do u mean by records?": a word of my own steps (own_words.py)
        return Reading(UNCLEAR, asked=True, reply=explained)
    if not safety and (about_number(toks, spec, lex) or asks_if_counts(toks) and spec.choices):
        # "what does 5 mean", "difference 1 and 2?", "does a physio count?" (user trial 8): my own list, answered by me
        return Reading(UNCLEAR, asked=True, reply=choices_reply(text, spec, lex))
    if not safety and own_term(text, spec):  # "what's a SURE test?": a word of my own, explained by me
        return Reading(UNCLEAR, asked=True, reply="help")
    for topic in lex.topics:
        if topic.words and not any_phrase(toks, topic.words):  # looked up by first word (p15)
            continue
        reply = topic.reply
        if reply == "why":
            reply = spec.why
        elif reply == "help":
            reply = "help"
        elif reply == CHOOSE:  # "what would you pick?": mine to answer, never the doctor's list
            if not spec.choices or safety:
                continue
            return Reading(UNCLEAR, asked=True, reply=choose_reply(spec))
        elif reply == CHOICES:  # "the difference between 1 and 7", "does that count": about my own list
            if not spec.choices or safety:
                continue
            return Reading(UNCLEAR, asked=True, reply=choices_reply(text, spec, lex))
        add = ""
        from .own_question_step import asks_for_questions  # at the question steps, any question is for the doctor

        if topic.add == "from_line" and not topic.words and not safety and not about_care(toks, lex) and not asks_for_questions(spec):
            pass  # a question on no topic and not about the care ("hi, is that ok?"): not for the doctor
        elif topic.add == "from_line":
            from .question_beside import tidy_question  # "whats a gleason score by the way": "What is a gleason score?"

            add = tidy_question(clean(text).rstrip(" .!"), capital_i=False)
        elif topic.add and asks_for_questions(spec):
            # at the question steps the person's own question goes on the list, not the topic's: "3, 5, 9 and also how
            # long will she be on it?" is no "How much time do we have to decide" (a lead's trial, 2026-12-06)
            from .question_beside import tidy_question

            own = _LEADING_PICKS.sub("", clean(text)).rstrip(" .!")
            # (a short one, "is there time?", "how long will it take?", says no more than the topic's own question)
            add = tidy_question(capital_first(own), capital_i=False) if len(own.split()) >= 6 else topic.add
        elif topic.add:
            add = topic.add
        return Reading(UNCLEAR, asked=True, reply=reply, add_question=add)
    return Reading(UNCLEAR, asked=True, reply="")  # pragma: no cover - the last topic takes any question
