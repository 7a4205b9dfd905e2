"""Choice numbers and places in the list, typed as digits, words or positions: "2", "just 4",
"the first one", "1-5", "the last two", "all but the last", "second and fourth"."""

from __future__ import annotations

import re

from .doubts import SAID_OF_ALL as _SAID_OF_ALL  # "all apply except 3": what is said of them all before the exception
from .lexicon import Lexicon
from .text import SEPARATORS


_UP_TO_999 = re.compile(r"[0-9]{1,3}")
_QUESTION_NUMBER = re.compile(r"q[0-9]{1,2}")


def _number(tok: str, lex: Lexicon) -> int | None:
    if _UP_TO_999.fullmatch(tok):
        return int(tok)
    if _QUESTION_NUMBER.fullmatch(tok):
        return int(tok[1:])
    return lex.numbers.get(tok)


def find_positions(toks: list[str], count: int, ordinary: int, lex: Lexicon, taken: set[int], multi: bool) -> tuple[list[tuple[int, int]], set[int], list[int]]:
    """Choice numbers typed as digits, words or positions: "2", "two", "the first one", "1-5",
    "the last two", "all but the last", "second and fourth". Returns (numbers 1-based, tokens
    used, numbers out of range)."""
    picked: list[tuple[int, int]] = []  # (token index, number)
    used: set[int] = set()
    bad: list[int] = []
    lasts: list[int] = []  # where "the last" was read
    n = len(toks)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else ""
        nxt = toks[i + 1] if i + 1 < n else ""
        # "all but the last", "all except 3"
        if tok in ("all", "everything", "every"):
            # "all but the last", "all except 6 and 7", "everything except the first", "all of them but 2"
            k = i + 1
            while k < n and toks[k] in ("of", "them", "em", "these", "those", "the", "one", "ones", "above") + _SAID_OF_ALL:
                k += 1
            if k < n and toks[k] in ("but", "except", "apart", "besides", "bar", "excluding", "minus", "without"):
                j = k + 1
                drop: list[int] = []
                while j < n:
                    while j < n and toks[j] in ("the", "from", "for", "number", "numbers", "one", "ones", "and", ",", "&", "n"):
                        j += 1
                    if j in taken:
                        break  # "everything but the second read": a choice's own name, read by name (doubts.all_except)
                    if j < n and toks[j] in lex.last_words:
                        size = _number(toks[j + 1], lex) if j + 1 < n else None
                        drop += list(range(count - (size or 1) + 1, count + 1))  # the last as shown
                        j += 2 if size else 1
                    elif j < n and toks[j] in lex.ordinals and toks[j] not in ("top",):
                        drop.append(int(lex.ordinals[toks[j]]))
                        j += 1
                    elif j < n and _number(toks[j], lex):
                        drop.append(_number(toks[j], lex))
                        j += 1
                    else:
                        break
                if drop:
                    picked += [(i, m) for m in range(1, ordinary + 1) if m not in drop]
                    used |= set(range(i, j))
                    i = j
                    continue
        # Ranges: "1-5", "1 to 5", "1 through 5"
        first = _number(tok, lex)
        if first is not None and i + 2 < n and toks[i + 1] in ("-", "to", "through", "thru", "till", "until"):
            last = _number(toks[i + 2], lex)
            if last is not None and first < last <= count and first >= 1:
                picked += [(i, k) for k in range(first, last + 1)]
                used |= {i, i + 1, i + 2}
                i += 3
                continue
        # "all 4", "all 10 of them"
        if tok == "all" and first is None and _number(nxt, lex) is not None and _number(nxt, lex) >= ordinary and nxt not in ("one",):
            picked += [(i, k) for k in range(1, ordinary + 1)]
            used |= {i, i + 1}
            i += 2
            continue
        # "the middle one": the one in the middle of an odd-length list; with an even one, asked.
        if tok == "middle" and toks[i + 1 : i + 2] in (["one"], ["option"], ["choice"], ["answer"]) and _position(toks, i, lex):
            if count % 2:
                picked.append((i, (count + 1) // 2))
                used.add(i)
            i += 1
            continue
        # Positions: "the first three", "the last two", "the last one", "second", "top 3"
        if (tok in lex.ordinals or tok in lex.last_words) and not _position(toks, i, lex):
            i += 1
            continue
        if (tok in lex.ordinals or tok in lex.last_words) and nxt == "ones" and prev == "the":
            i += 1  # "the top ones", "the last ones": how many? Asked, never one of them
            continue
        if tok in lex.ordinals or tok in lex.last_words:
            size = _number(nxt, lex) if nxt and nxt not in ("one",) else None
            if size is not None and 1 < size <= count and (nxt not in lex.ordinals):
                if tok in lex.last_words:
                    picked += [(i, k) for k in range(ordinary - size + 1, ordinary + 1)]
                else:
                    start = int(lex.ordinals[tok])
                    picked += [(i, k) for k in (range(start, start + size) if start == 1 else [start])]
                used |= {i, i + 1}
                i += 2
                continue
            if tok in lex.last_words:
                picked.append((i, count))
                lasts.append(i)
            else:
                value = int(lex.ordinals[tok])
                if value > count:
                    bad.append(value)
                else:
                    picked.append((i, value))
            used.add(i)
            i += 1
            continue
        if first is not None and prev == "-" and (i < 2 or toks[i - 2] in SEPARATORS):
            bad.append(-first)  # "-1"
            used.add(i)
            i += 1
            continue
        if first is not None and not _standalone(toks, i, lex):
            i += 1
            continue
        if first is not None and first > 1 and not tok[0].isdigit() and i + 1 in taken and nxt.endswith("s") and prev not in lex.pointers:
            i += 1  # "three options", "two treatments": a number word before the plural a choice is read from counts it
            continue
        if first is not None:
            is_word = not tok[0].isdigit() and not tok.startswith("q")
            if is_word:
                # "one" is a number only when it stands as one: "one and three", "just one",
                # never "the family one" or "one of them".
                if nxt in ("of", "more", "other", "else", "thing", "day", "week", "month", "way", "side", "hand", "bit", "moment", "minute") \
                        or nxt in _SAYS:  # "one way or the other", "on one hand": a word of the sentence
                    i += 1
                    continue
                if tok == "one" and nxt in _DID and i + 2 < n:  # "also one was way nicer to me": one of the doctors (u24b)
                    i += 1
                    continue
                if tok == "one" and prev in ("", ",", ".", ";", ":", "and", "but", "while", "whereas") and nxt.isalpha() and nxt not in ("and", "or") \
                        and (_PAIRED & set(zip(toks[i + 1 :], toks[i + 2 :])) or _one_of_two(toks)):
                    i += 1  # "one called it stage 2 and the other stage 3": one of two people, not choice 1
                    continue
                if tok == "one" and (prev in ("the", "that", "this", "which", "each", "every", "any", "no", "another", "other")
                                     or (prev == "only" and i >= 2 and toks[i - 2] in ("the", "thats", "that", "is", "my"))):  # "thats the only one"
                    i += 1
                    continue
                if tok == "one" and prev and prev not in SEPARATORS and prev not in lex.pointers:
                    i += 1
                    continue
                if tok == "one" and prev == "for" and i >= 2 and (toks[i - 2] == "i" and nxt not in SEPARATORS
                                                                  or toks[i - 2] not in lex.pointers and toks[i - 2] not in SEPARATORS):
                    i += 1  # "he'd never sit still for one", "I for one think": a thing meant, not choice 1 ("go for one" is)
                    continue
                back = toks[max(0, i - 5) : i]  # "the too many options one": up to four words named
                if tok == "one" and "the" in back[:-1] and not SEPARATORS.intersection(back[back.index("the"):]):
                    i += 1  # "the how sure one", "the family one": "one" stands for a choice named, not choice 1
                    continue
            if 1 <= first <= count:
                picked.append((i, first))
            else:
                bad.append(first)
            used.add(i)
        i += 1
    return picked, used, bad


# Words after a number that make it a count or an amount, not a choice: "2 other doctors", "6 month".
_COUNTED = {"other", "others", "doctor", "doctors", "doc", "docs", "opinion", "opinions", "year", "years", "yr", "yrs", "old",
            "hour", "hours", "hrs", "time", "times", "kid", "kids", "children", "percent", "%", "am", "pm", "more", "of", "out",
            "day", "days", "week", "weeks", "month", "months", "mg", "pill", "pills", "test", "tests", "scan", "scans", "cm", "mm",
            "kg", "lb", "lbs", "am", "oclock", "x", "th", "surgeon", "surgeons", "specialist", "specialists", "visit", "visits",
            "about", "regarding",  # "the two about waiting and family": a count of questions named after it
            "round", "rounds", "cycle", "cycles", "session", "sessions", "dose", "doses", "treatments", "infusions",  # "6 rounds of FOLFOX"
            "min", "mins", "minute", "minutes", "sec", "secs", "seconds", "hr"}  # "in and out in like 5 min" (a lead's walk)


# After "the first 2": what is counted, so the words are not "the first two choices" ("the first 2 times").
_COUNTED_THINGS = _COUNTED - {"of", "more", "out", "about", "regarding", "x", "th", "am", "pm", "%", "percent", "other", "others"}


# A number joined to a number before it ("3+4", "120/80", "6.8"): the two are one measure.
_JOINED = frozenset({"+", "/", "."})


# "one ... the other": one of a pair, never a choice number.
def _one_of_two(toks: list[str]) -> bool:
    """ "one cut, one wait": "one" twice, each before a word of its own: one of two people, never choice 1."""
    return sum(1 for k, w in enumerate(toks[:-1]) if w == "one" and toks[k + 1].isalpha() and toks[k + 1] not in ("and", "or", "of")) >= 2


_PAIRED = {("the", "other"), ("and", "another"), (",", "another"),
           (",", "one"), ("and", "one"), ("but", "one"), ("while", "one"), ("whereas", "one")}  # "one cut, one wait" (round 31)


# A number word before one of these is a person who said something: "one says stage 2, the other ...".
# "one was way nicer to me", "one seemed more worried": one of the doctors, told of; never choice 1 ("one is" may pick it).
_DID = {"was", "were", "seemed", "seems", "looked", "sounded", "acted", "had", "gave", "wrote", "explained", "listened", "spent",
        "rushed", "treated", "talked", "spoke", "took", "ordered", "did", "didnt", "wasnt", "doesnt", "isnt", "never", "also", "actually"}
_SAYS = {"says", "said", "thinks", "thought", "wants", "wanted", "recommends", "recommended", "suggests", "suggested", "told", "tells",
         "believes", "feels", "agrees", "disagrees", "doctor", "doc", "surgeon", "specialist",
         "say", "think", "want", "recommend", "suggest", "tell", "believe", "feel", "agree", "disagree", "reckons", "reckon"}  # "one say": as said in broken English


def _standalone(toks: list[str], i: int, lex: Lexicon) -> bool:
    """A number that picks a choice: at the start, or after a list mark or a pointing word
    ("just 4", "option 2"), and not followed by what it counts ("6 weeks", "2 other doctors")."""
    prev = toks[i - 1] if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if nxt in _COUNTED or nxt in lex.time_units:
        return False
    from .caution import counted

    if counted(toks, i):  # "for 2 yeers", "and two injections"
        return False
    if prev in ("the", "these", "those") and nxt in ("i", "we", "ive", "weve", "they", "you"):
        return False  # "the 2 i have": a count of what was had, not choice 2
    if nxt == "in" and i + 2 < len(toks) and toks[i + 2].isascii() and toks[i + 2].isdigit():
        return False  # "1 in 100000": a ratio
    if prev in ("-", "to", "through") and i >= 2 and _number(toks[i - 2], lex) is not None:
        return True
    at = i - 2 if prev in _JOINED else i - 1  # "gleason 3+4", "score 3 4", "bp 120/80": one measure, not two picks
    if at >= 0 and toks[at][:1].isdigit() and _number(toks[at], lex) is not None and not _standalone(toks, at, lex):
        return False
    if not prev or prev in SEPARATORS or prev in lex.pointers or prev in ("n", "?", "&") or _number(prev, lex) is not None:
        return True
    before = toks[i - 2] if i > 1 else ""  # "like 2 and 3", "4, 5 and honestly 6": a word of talk before the number
    if prev == "ask" or (prev == "about" and before == "ask"):
        return True  # "ask 2 and 5", "i want to ask about 1, 3 and 5" at the list of questions (the lead, 2026-12-04)
    ends = not nxt or nxt in SEPARATORS or nxt in ("?", "!", "too", "now", "tho", "though") or _number(nxt, lex) is not None
    return prev in _TALK and ends and (not before or before in SEPARATORS or _number(before, lex) is not None)  # not "like 3 different ..."


# Words of talk that say nothing about the number after them ("like 2", "honestly 6"); a hedge
# ("maybe 10") is not one: a hedged pick is asked about (doubts.py).
_TALK = frozenset({"like", "honestly", "actually", "basically", "um", "uh", "erm", "hmm", "oh", "well", "definitely", "def",
                   "really", "obviously", "certainly", "absolutely", "ok", "okay", "so"})


_BESIDES = {"including", "incl", "inc", "counting", "besides", "beside", "excluding", "except", "plus", "after"}
_POSITION_NEXT = {"one", "ones", "option", "options", "choice", "choices", "answer", "item", "question", "questions", "thing", "box", "line"}


def _pair_words():
    from .phrase_files import PhraseFile

    global _PAIR
    if _PAIR is None:
        _PAIR = PhraseFile("positions_said.yaml")
    return _PAIR


_PAIR = None


_HEDGE_VERBS = frozenset({"think", "guess", "suppose", "reckon", "believe", "spose", "thnk"})


def _hedge_at(toks: list[str], k: int) -> bool:
    """ "the first one I suppose", "the first i think" (whole journeys, helper ut14: a grandmother's answer asked
    again): "I" and a verb of hedging closing the line after the place; the hedge is weighed where picks are."""
    return tuple(toks[k : k + 1]) == ("i",) and k + 1 < len(toks) and toks[k + 1] in _HEDGE_VERBS \
        and (k + 2 == len(toks) or toks[k + 2] in SEPARATORS)


def _position(toks: list[str], i: int, lex: Lexicon) -> bool:
    """"first", "second", "last" as a place in the list ("the first one", "second and fourth"),
    not as a word of the sentence ("the first doctor", "try something simpler first")."""
    prev = toks[i - 1] if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    after = toks[i + 2] if i + 2 < len(toks) else ""
    if nxt in ("one", "ones") and after and after not in SEPARATORS and after not in ("?", "!", "-", "pls", "please", "tbh", "lol", "too", "only", "so") \
            and not _hedge_at(toks, i + 2):
        return False  # "the second one wants new scans": a person, not a place in the list
    if i >= 2 and toks[i - 2] in ("as", "than", "like", "from", "with", "to", "of", "about", "by"):
        return False  # "not as sure as the first one", "questioned by the second one": not a pick
    if any(t in _BESIDES for t in toks[max(0, i - 3) : i]):
        return False  # "3 including the first", "two besides the first one": who was counted, not a pick
    if _number(nxt, lex) is not None and (after in _COUNTED_THINGS or after in lex.time_units):
        return False  # "the tubes failed the first 2 times", "the first three years": a count of times, not the first choices
    prev_ok = not prev or prev in SEPARATORS or prev in ("the", "n", "&", "just", "only", "and", "my", "probably", "maybe", "definitely", "pick", "choose", "take")
    said = _pair_words()
    if nxt in said.words("pair_verbs") or nxt in said.words("pair_are") and after in said.words("pair_true"):
        back = i - 1 - (prev == "the")  # "second and fourth are correct for me": both places (dialogues/positions_said.yaml)
        if back >= 1 and toks[back] in ("and", "&", "n") and (toks[back - 1] in lex.ordinals or toks[back - 1] in lex.last_words):
            return prev_ok
    next_ok = not nxt or _hedge_at(toks, i + 1) or nxt in SEPARATORS or nxt in _POSITION_NEXT or _number(nxt, lex) is not None or nxt in lex.ordinals or nxt in ("?", "!", "-", "pls", "please", "tbh", "lol")
    return prev_ok and next_ok


def stray_numbers(toks: list[str], used: set[int], count: int, lex: Lexicon) -> list[str]:
    """Choice numbers no reading took, in a line where other numbers were picks ("1 y 3",
    "2, 4 e 6", "1 blah 3"): with the word before each, to ask about, never dropped unseen.
    A number that counts something ("2 scans", "3 weeks") is no choice."""
    from .caution import counted

    found = []
    for i, tok in enumerate(toks):
        if i in used or not (tok.isascii() and tok.isdigit()) or not 1 <= int(tok) <= count:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if nxt in _COUNTED or nxt in lex.time_units or nxt in ("in", "/", ":", ".") or counted(toks, i):
            continue
        found.append(" ".join(toks[max(0, i - 1) : i + 1]))
    return found


_BEFORE_LAST = re.compile(
    r"\b(?:(?:the\s+)?(?:last\s+)?one,?\s+)?(?:right\s+|just\s+)?(?:before|above)\s+(?:the\s+)?(?P<what>none(?:\s+of\s+(?:these|them|those))?)"
    r"(?=\s*(?:[,.;!?]|$|and\b|&|too\b|please\b|pls\b|i\b))",
    re.IGNORECASE)


def before_last(line: str, spec) -> str | None:
    """ "the last one before none", "the one above none of these": the last real choice, said as
    its number; None otherwise. ("the one before the last", "second to last" at a list that ends
    with "none" may count "none" or not: asked, as before.)"""
    ids = [c.id for c in spec.choices]
    found = _BEFORE_LAST.search(line)
    if not found or spec.none_choice not in ids or ids.index(spec.none_choice) < 1:
        return None
    return line[: found.start()] + str(ids.index(spec.none_choice)) + line[found.end() :]
