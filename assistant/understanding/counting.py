"""Counting doctors in words: "2 docs", "two more doctors", "my GP, a surgeon and another surgeon"."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import Lexicon, fold
from .phrase_files import read_phrase_file

_BESIDES = {"more", "other", "others", "else", "besides", "extra", "additional"}
_APART = (("apart", "from"), ("besides",), ("other", "than"), ("in", "addition", "to"), ("as", "well", "as"), ("not", "counting"),
          ("on", "top", "of"), ("aside", "from"), ("plus",), ("beside",), ("except",), ("excluding",), ("not", "including"))
_ONE_PERSON = (("another", "one"), ("the", "other", "one"), ("the", "one"), ("other", "one"), ("a", "second", "one"))


def _number(tok: str, lex: Lexicon) -> int | None:
    if re.fullmatch(r"[0-9]{1,2}", tok):
        return int(tok)
    return lex.numbers.get(tok)


def _place(toks: list[str], folded: list[str], i: int, lex: Lexicon) -> bool:
    """ "another one at the university hospital": a place said as where, not one more doctor."""
    if folded[i] not in lex.places:
        return False
    if i and toks[i - 1] == "same":  # "the cardiologist and the surgeon, same hospital": where they are, not one more
        return True
    back = toks[max(0, i - 3) : i]
    if not any(t in ("at", "in", "from") for t in back) or any(t in (",", "and", "or", ".") for t in back):
        return False
    # Only where the person at the place was named already ("one specialist at the hospital");
    # "a gentleman at the university hospital" leaves the hospital to stand for him.
    k = i - 1
    while k >= 0 and toks[k] not in (",", "and", "or", ".") and i - k <= 6:
        if toks[k] == "one" or fold(toks[k]) in lex.doctors:
            return True
        k -= 1
    return False


@cache
def _doctor_words() -> dict:
    """dialogues/doctor_words.yaml, read once (read_phrase_file: a broken file, or one that is no map, fails with one line
    naming it): each list in the form its readers match it in (the loader of by_form, _group_at, _kind_person and
    _uncounted, which each read the file apart)."""
    raw = read_phrase_file("doctor_words.yaml")

    def entries(key: str) -> list[str]:
        return [str(w) for w in raw.get(key) or ()]

    return {"groups": tuple(tuple(w.lower().split()) for w in entries("groups")),
            "endings": tuple(w.lower() for w in entries("endings")), "fields": frozenset(w.lower() for w in entries("fields")),
            "people": frozenset(w.lower() for w in entries("people")),
            "kinds": frozenset(w.lower().replace("'", "") for w in entries("kinds")),
            "uncounted_negations": frozenset(entries("uncounted_negations")), "uncounted_ends": frozenset(entries("uncounted_ends"))}


def _group_at(toks: list[str], i: int) -> bool:
    """A group of doctors that gives one opinion ends at token i ("the tumor board", "the MDT": doctor_words.yaml
    groups): counted as one more opinion (helper 11b13: "Surgeon, pulmonologist, tumor board." is three)."""
    for g in _doctor_words()["groups"]:
        start = i + 1 - len(g)
        if start < 0 or tuple(toks[start : i + 1]) != g:
            continue
        lead = [t for t in toks[max(0, start - 3) : start] if t not in ("the", "a", "our", "my", "his", "her")]
        if lead[-1:] and lead[-1] in _TAKEN_TO or toks[i + 1 : i + 2] and toks[i + 1] in _NOT_YET_MET:
            return False  # "presented me at the tumor board", "the tumor board meets next week": a place, a meeting to come (review rv13)
        return True
    return False


_TAKEN_TO = frozenset({"at", "to", "from", "by", "before", "into", "for", "presented", "present", "presenting", "discussed", "discuss", "discussing"})
_NOT_YET_MET = frozenset({"meets", "meet", "meeting", "will", "is", "next", "on", "soon", "hasnt", "has", "hasn't", "later", "tomorrow"})


def by_form(tok: str) -> bool:
    """A doctor named by the form of the word (dialogues/doctor_words.yaml): a field's ending
    ("hepatologist", "physiatrist") or a field's short name ("GIs", "the ENT")."""
    words = _doctor_words()
    endings, fields = words["endings"], words["fields"]
    return tok in fields or (len(tok) > 6 and tok.endswith(endings))


def _kind_person(toks: list[str], folded: list[str], i: int, nouns) -> bool:
    """ "the ER guy", "my heart lady", "the ortho guy": a person of a kind of care (doctor_words.yaml people, kinds)."""
    words = _doctor_words()
    people, kinds = words["people"], words["kinds"]
    if i == 0 or toks[i] not in people:
        return False
    before = toks[i - 1].replace("'", "")
    return before in kinds or folded[i - 1] in nouns or by_form(toks[i - 1])


def _ordinal_person(toks: list[str], i: int, lex: Lexicon) -> int:
    """ "a third one", "the second one": a person counted by place; how many words, or 0."""
    if toks[i] in ("a", "the") and i + 2 < len(toks) and toks[i + 1] in lex.ordinals and toks[i + 1] != "top" and toks[i + 2] == "one":
        return 3
    return 0


_NOT_KIND_WORDS = frozenset("and or of to with for from by the a an my his her their our your at in on than".split())


def count_doctors(toks: list[str], lex: Lexicon) -> tuple[int, tuple[int, int]] | None:
    """(how many doctors in all, the token span the count was read from), or None."""
    nouns = lex.doctors
    folded = [fold(t) for t in toks]
    for i, tok in enumerate(toks[:-1]):
        # "my husband got 2 opinions already": opinions are counted as the doctors who gave them
        # (a user trial, 2026-12-04); "2 second opinions" is left to the rules below.
        value = _number(tok, lex)
        j = i + 1 + (toks[i + 1] in ("different", "separate"))
        if value is not None and 0 < value < 20 and j < len(toks) and toks[j] in ("opinions", "opinion", "opinons", "opions"):
            return value, (i, j + 1)
    doctors = [i for i, f in enumerate(folded) if (f in nouns or by_form(toks[i]) or _group_at(toks, i) or _kind_person(toks, folded, i, nouns))
               and not _place(toks, folded, i, lex)]
    # "2 docs", "two more doctors", "3 hospital": a number before a doctor word; "one other
    # besides the first", "two more": a number of others, the first one besides.
    for i, tok in enumerate(toks):
        value = _number(tok, lex)
        if value is None or not 0 < value < 20:
            continue
        j = i + 1
        besides = False
        while j < len(toks) and j <= i + 3 and toks[j] in _BESIDES | {"different", "separate", "other"}:
            besides = besides or toks[j] in _BESIDES
            j += 1
        if j + 1 < len(toks) and j not in doctors and j + 1 in doctors and toks[j].isalpha() and toks[j] not in _NOT_KIND_WORDS:
            j += 1  # "two heart doctors", "2 cancer docs": the kind of doctor between (user trial 8, F5.3)
        if j < len(toks) and j in doctors:
            # "my own doctor and one specialist": the doctors named apart from the number count too.
            # "two doctors, my GP and a surgeon": those after the number are the ones it counts.
            others = 0 if besides else len(_mentions([k for k in doctors if k < i]))
            # "two nephrologists, apart from my surgeon": the number counts the others.
            after = [t for t in toks[j + 1 : j + 9] if t != ","]
            alone = not any(_number(t, lex) for k, t in enumerate(toks) if k != i)  # one count in the line
            # "two neurologists have seen him, in addition to his pediatrician": the others, said a few words on
            # (a phrase of one word, "plus", only right after the count)
            besides = besides or alone and any(tuple(after[k : k + len(p)]) == p for p in _APART for k in range(len(after) if len(p) > 1 else 1))
            more, end = _more_groups(toks, j + 1, doctors, lex, value)  # "one neurosurgeon and one neurologist": both counted
            # (by where only after a count of one: "two doctors, one here and one in Mexico" is the two told apart)
            return value + (1 if besides else 0) + others + more, (i, max(j + 1, end))
        if value == 1 and toks[j : j + 1] in (["here"], ["there"]) and (place := _more_groups(toks, j, doctors, lex, 1))[0]:
            return 1 + place[0], (i, place[1])  # "one here and one in my country": two, each said by where
        if besides and (j == len(toks) or toks[j] in (",", ".", "the", "than", "apart", "after", "beyond", "and", "too")):
            return value + 1, (i, j)
    # Each doctor named once: "my GP, a surgeon and then another surgeon".
    mentions = []
    i = 0
    while i < len(toks):
        if i in doctors:
            if not mentions or i - mentions[-1] > 1:  # "orthopaedic surgeon" is one person
                mentions.append(i)
            else:
                mentions[-1] = i
        else:
            size = _ordinal_person(toks, i, lex)
            for phrase in _ONE_PERSON:
                if size:
                    break
                if tuple(toks[i : i + len(phrase)]) == phrase and (i + len(phrase) >= len(toks) or toks[i + len(phrase)] not in ("of",)):
                    size = len(phrase)
            if not size and toks[i] == "one" and toks[i + 1 : i + 2] in (["at"], ["from"], ["in"]) and i > 0 and toks[i - 1] in ("then", "and", "also", "plus"):
                size = 1  # "his urologist and then one at the university": one more, said by where they work
            if size and i > 0 and toks[i - 1] in _COPULA and toks[i : i + 2] in (["the", "one"], ["one"]):
                size = 0  # "the ENT is the one who wants to operate": the same person said again (a parent's walk, 2026-12-07)
            if size and mentions:  # "the first doc and the one at mayo": a second person only after a first
                mentions.append(i)
                i += size - 1
        i += 1
    tasked = {folded[m] for m in mentions if _only_did(toks, m)}  # "..., but the oncologist only ordered the scan": a task, no view
    left_out = [m for m in mentions if _uncounted(toks, m)]  # "the gyno found it first but she doesnt count"
    mentions = [m for m in mentions if not _declined(toks, m) and folded[m] not in tasked and m not in left_out]  # "my GP declined to give a view": no opinion given
    mentions = _named_again(toks, folded, mentions)  # "...to the cardiologist, so just the cardiologist": one person
    from .appositive import one_each

    mentions = one_each(toks, mentions)  # "just the urologist, Dr. Haines": one person (appositive.py)
    passed = [m for m in mentions if _referred_on(toks, m, mentions)]  # "the pediatrician sent us to the cardiologist"
    if passed and len(mentions) - len(passed) >= 1:
        span = (mentions[0], mentions[-1] + 1)
        mentions = [m for m in mentions if m not in passed]
        if len(mentions) == 1:
            return 1, span  # one doctor has looked at the question so far: the one the case was sent to
    if len(mentions) >= 2:
        return len(mentions), (mentions[0], mentions[-1] + 1)
    if len(mentions) == 1 and left_out:
        return 1, (mentions[0], mentions[0] + 1)  # "the surgeon. the chiro doesnt count": the one left counted
    if len(mentions) == 1 and any(t in ("only", "just", "solely") and not {"and", "&", "plus"} & set(toks[k : mentions[0]])
                                  for k, t in enumerate(toks[: mentions[0] + 1])):
        return 1, (mentions[0], mentions[0] + 1)  # (not "just my GI and the surgeon": someone else named before "and")
    return None


def _more_groups(toks: list[str], at: int, doctors: list[int], lex: Lexicon, first: int = 0) -> tuple[int, int]:
    """Further counts of doctors joined on by "and" or a comma after the first ("one surgeon and
    one oncologist", "2 GPs, 1 cardiologist"): (how many more, where the last group ends)."""
    more, end, k = 0, at, at + (toks[at : at + 1] in (["here"], ["there"]))  # "one doctor here, and one in my country"
    while k + 1 < len(toks) and toks[k] in ("and", ",", "plus", "then", "+", "&"):
        while k < len(toks) and toks[k] in ("and", ",", "plus", "then", "also", "+", "&"):
            k += 1
        value = _number(toks[k], lex) if k < len(toks) else None
        if value is None and k < len(toks) and toks[at] in ("and", "plus", "+", "&") and toks[k] in _ONE_OF:
            value = 1  # "two cardiologists and the surgeon": one more, named with "the", "a", "my"
        span = next((m for m in range(k + 1, min(k + 4, len(toks))) if m in doctors), None)
        if first == 1 and span is None and k + 1 < len(toks) and (value == 1 or toks[k] == "another") and toks[k + 1] in _WHERE:
            value, span = 1, k  # "..., and one in my country", "and another at the university": one more, said by where
        if value is None or not 0 < value < 20 or span is None \
                or any(t in (",", "and", ".", "of") for t in toks[k + 1 : span]):
            break
        more, end, k = more + value, span + 1, span + 1
    return more, end


_WHERE = frozenset({"at", "from", "in", "there", "back", "here", "abroad"})
_COPULA = frozenset({"is", "was", "s", "are", "were", "hes", "shes", "its", "thats", "being"})
_ONE_OF = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your"})
_DECLINED = frozenset({"declined", "refused", "refuses", "wouldnt", "wont", "didnt", "never", "couldnt", "cannot", "cant", "unwilling", "not"})


def _declined(toks: list[str], at: int) -> bool:
    """A doctor named in a sentence that says they gave no view ("declined to offer a view", "wouldn't say")."""
    start = max([k + 1 for k in range(at) if toks[k] in (".", ";", "!", "?")] + [0])
    end = min([k for k in range(at, len(toks)) if toks[k] in (".", ";", "!", "?")] + [len(toks)])
    return bool(_DECLINED & set(toks[start:end])) and start > 0


def _uncounted(toks: list[str], at: int) -> bool:
    """A doctor said not to count ("well the gyno found it first but she doesnt count", "not counting the GP"): no
    opinion counted (lead, walk of 2026-12-07; the words in dialogues/doctor_words.yaml)."""
    words = _doctor_words()
    negations, ends = words["uncounted_negations"], words["uncounted_ends"]
    lead = [t for t in toks[max(0, at - 3) : at] if t not in ("the", "a", "my", "his", "her", "our", "their")]
    if lead[-2:] == ["not", "counting"]:
        return True
    end = min([k for k in range(at, len(toks)) if toks[k] in (".", ";", "!", "?")] + [len(toks)])
    for k in range(at + 1, end):
        if toks[k] in ("count", "counts", "counted") and negations & set(toks[max(at + 1, k - 2) : k]) \
                and (k + 1 == len(toks) or toks[k + 1] in ends):
            return True
    return False


_ONLY_DID = frozenset({"did", "does", "do", "done", "read", "reads", "ran", "runs", "took", "takes", "performed", "performs", "scanned",
                       "drew", "draws", "ordered", "orders", "sent", "sends", "referred", "refers"})


def _only_did(toks: list[str], at: int) -> bool:
    """A doctor named and then said to have only done a task ("well the radiologist too but he just did the biopsy",
    "the GP, who only ordered the scan"): a task done, no opinion given (the lead, from the third user trial)."""
    end = min([k for k in range(at, len(toks)) if toks[k] in (".", ";", "!", "?")] + [len(toks)])
    words = toks[at + 1 : end]
    if words[:1] and words[0] in ("just", "only", "merely") and words[1:2] and words[1] in _ONLY_DID:
        return True  # "the oncologist only ordered the scan"
    for k in range(len(words) - 2):
        if words[k] in ("but", "who", "that", "he", "she", "they") and words[k + 1 : k + 3] and \
                any(words[j] in ("just", "only", "merely") and j + 1 < len(words) and words[j + 1] in _ONLY_DID for j in range(k + 1, min(k + 3, len(words) - 1))):
            return True
    return False


_AGAIN = frozenset({"the", "that", "this", "same", "her", "his", "their", "our", "my"})
_NEW_ONE = frozenset({"another", "other", "second", "new", "different", "2nd", "a", "an", "one"})


def _named_again(toks: list[str], folded: list[str], mentions: list[int]) -> list[int]:
    """A doctor named a second time as the same one ("the cardiologist ... just the cardiologist") is
    one person; "a surgeon, then another surgeon" stays two."""
    kept: list[int] = []
    for m in mentions:
        before = toks[max(0, m - 3) : m]
        same = any(folded[k] == folded[m] for k in kept) and before[-1:] and before[-1] in _AGAIN \
            and not _NEW_ONE & set(before) and not set(toks[m + 1 : m + 2]) & {"at", "in", "from", "who", "there"}
        if not same:
            kept.append(m)
    return kept


_REFERS = frozenset({"sent", "sends", "send", "referred", "refers", "refer", "passed", "transferred", "forwarded"})
# Said beside a referral, the one who referred gave a view too ("both", "agreed"): counted as said.
_VIEWED = frozenset({"both", "agreed", "agrees", "disagreed", "disagrees", "also", "too", "either", "each", "differ", "different",
                     "opinions", "opinion", "thinks", "thought", "said", "says", "told"})


def _referred_on(toks: list[str], at: int, mentions: list[int]) -> bool:
    """The doctor at `at` sent the case on to a doctor named after ("our GP referred us to a surgeon",
    "pediatrician sent us to the cardiologist"), and nothing in the line says they gave a view of their own."""
    later = [m for m in mentions if m > at]
    if not later:
        return not _VIEWED & set(toks) and _referred_back(toks, at, mentions)
    if _VIEWED & set(toks[: later[0]]):  # a view said by the referrer, not by the doctor sent to ("..., the surgeon is
        return False                      # the one who said surgery": a parent's walk, 2026-12-07)
    between = toks[at + 1 : later[0]]
    return bool(_REFERS & set(between[:4])) and "to" in between and not any(t in (".", ";", "!", "?", "and", "but") for t in between)


_WHO = frozenset({"who", "that", "which", "he", "she", "they"})
_BACK = (("there",), ("to", "him"), ("to", "her"), ("to", "them"), ("to", "that"), ("to", "the"), ("on",), ("over",))


def _referred_back(toks: list[str], at: int, mentions: list[int]) -> bool:
    """The doctor at `at`, named after another, is the one who sent the case on to them ("just the ENT and our
    pediatrician who sent us there", "the surgeon, and my GP who referred me to him", "just the cardiologist so far, well the GP
    sent us to him"): a referral, no view."""
    if not [m for m in mentions if m < at]:
        return False
    after = toks[at + 1 : at + 9]
    if not after or after[0] not in _WHO and after[0] != "," and after[0] not in _REFERS:  # "..., well the GP sent us to him"
        return False
    verb = next((k for k, t in enumerate(after[:4]) if t in _REFERS), None)
    if verb is None:
        return False
    rest = after[verb + 1 :]
    rest = rest[1:] if rest[:1] and rest[0] in ("us", "me", "him", "her", "them") else rest  # who sent us there
    return any(tuple(rest[: len(b)]) == b for b in _BACK)


def _mentions(where: list[int]) -> list[int]:
    """Doctor words, one per person ("orthopaedic surgeon" is one)."""
    out: list[int] = []
    for i in where:
        if out and i - out[-1] <= 1:
            out[-1] = i
        else:
            out.append(i)
    return out


_TOLD = frozenset({"said", "says", "say", "told", "tells", "thinks", "thought", "wants", "wanted", "recommended", "recommends",
                   "suggested", "suggests", "agrees", "disagrees", "agreed", "disagreed"})


def told_story(toks: list[str], lex: Lexicon) -> bool:
    """ "the ER doc said one thing and the surgeon another": doctors counted only from a story of
    what each said, with no number said for how many gave an opinion."""
    counted = count_doctors(toks, lex)
    if counted is None or counted[0] < 2 or not _TOLD & set(toks):
        return False
    return not any(_number(t, lex) is not None and not (t == "one" and toks[i + 1 : i + 2] in (["thing"], ["way"]))
                   for i, t in enumerate(toks))


def breakdown(toks: list[str], lex: Lexicon) -> set[int]:
    """ "Three, one in Boston and two here", "4 - 2 at the clinic, 2 in hospital": a count said
    first, then the parts it is made of, which add up to it. Where the parts are (never picks of
    their own); nothing when they do not add up or there are fewer than two."""
    first = _number(toks[0], lex) if toks else None
    if not first or len(toks) < 4 or toks[1] not in (",", "-", ":", ";", "("):
        return set()
    parts = [i for i, t in enumerate(toks) if i > 1 and _number(t, lex) is not None]
    if len(parts) < 2 or sum(_number(toks[i], lex) for i in parts) != first or any(_number(toks[i], lex) == 0 for i in parts):
        return set()
    return set(parts)
