"""Who the decision is for, when the person says so in the same line ("for my son")."""

from __future__ import annotations

from .lexicon import Lexicon
from .matching import fold

_OWNERS = ("my", "our", "mi", "mis")  # "para mi esposo": the Spanish "my" too
_OTHERS = {"his": "him", "her": "her", "their": "them", "the": "them"}
_INTRODUCING = {("this", "is"), ("it", "is"), ("here", "is"), ("this", "s"), ("i", "am")}  # "this is his wife typing"


def _person_at(toks: list[str], at: int, lex: Lexicon) -> int:
    """How many tokens from `at` name a person ("mother in law" is 3), or 0."""
    for size in (3, 2, 1):
        words = toks[at : at + size]
        if tuple(words) in lex.people or (words and tuple(words[:-1] + [fold(words[-1])]) in lex.people):
            return size  # "my husband's decision" names "my husband"
    return 0


def who_in(toks: list[str], lex: Lexicon, text: str = "") -> tuple[bool, str, tuple[int, int] | None]:
    """(someone else is named, who in the user's words or "", the token span). With the line as
    typed (`text`), a name after "for" counts too ("for Mrs Lopez", "for Ma'am Linda")."""
    from .helpers import only_typing, trailing_name, with_name

    unnamed = None  # "I'm her carer, she's my wife": the person said later names her
    for i, tok in enumerate(toks):
        helped = tok in ("a", "an") and i > 0 and toks[i - 1] in ("helping", "help", "helps", "for")  # "helping a friend from church"
        if tok in _OWNERS or helped:
            for j in range(i + 1, min(i + 5, len(toks))):
                size = _person_at(toks, j, lex)
                while size and j + size < len(toks) and _person_at(toks, j + size, lex) == 1 and toks[j + size] not in ("and",):
                    size += 1  # "our baby daughter"
                if size and only_typing(toks, j + size):
                    break  # "my daughter is helping me type": she only types
                if size:
                    named = toks[i + 1 : j + size]
                    last = named[-1]  # "my husband's surgery": "my husband", not "my husbands"
                    named[-1] = last if tuple(named[-size:]) in lex.people or (last,) in lex.people or not _person_at(toks, j + size - 1, lex) else fold(last)
                    who = " ".join(["our" if tok == "our" else "my", *named])
                    if helped:
                        return True, trailing_name(text) or who, (i - 1, j + size)
                    return True, with_name(text, who), (i, j + size)
                if toks[j] in (",", ".", "and", "is", "has", "was"):
                    break
        # "I'm the mother of the patient", "I am her daughter", "I'm his carer"
        if tok in ("im", "am") and i + 2 < len(toks) and toks[i + 1] in _OTHERS:
            relation = toks[i + 2]
            if relation in lex.people_inverse or _person_at(toks, i + 2, lex):
                pronoun = _OTHERS[toks[i + 1]]
                rest = toks[i + 3 : i + 7]
                if rest[:1] == ["of"]:
                    owner = rest[1] if len(rest) > 1 else "the"
                    pronoun = _OTHERS.get(owner, "them") if owner != "the" else "them"
                    if owner in _OWNERS:
                        size = _person_at(toks, i + 5, lex)
                        if size:
                            return True, " ".join(["my", *toks[i + 5 : i + 5 + size]]), (i, i + 5 + size)
                who = lex.people_inverse.get(relation, {}).get(pronoun, "")
                if who in ("her", "him", "them"):
                    unnamed = unnamed or (i, min(len(toks), i + 7))
                    continue
                return True, who, (i, min(len(toks), i + 7))
        # "this is his wife typing", "her daughter here", "its his son writing": the one typing says who they are to the patient
        if tok in _OTHERS and tok != "the" and (i == 0 or tuple(toks[max(0, i - 2) : i]) in _INTRODUCING or toks[i - 1] in ("its", "im")):
            relation = toks[i + 1] if i + 1 < len(toks) else ""
            who = lex.people_inverse.get(relation, {}).get(_OTHERS[tok], "")
            if who and who not in ("her", "him", "them") and toks[i + 2 : i + 3] in ([], [","], ["."], ["here"], ["typing"], ["writing"], ["speaking"]):
                return True, who, (max(0, i - 2), i + 3)
    if unnamed:
        return True, "", unnamed
    # "for grandma", "friend of mine", "grandson": a person named without "my".
    core = [t for t in toks if t not in (",", ".", "!", "?")]
    for i, tok in enumerate(toks):
        size = _person_at(toks, i, lex)
        if not size or (i > 0 and toks[i - 1] in ("his", "her", "their", "your")):
            continue
        after = toks[i + size : i + size + 2]
        alone = len(core) <= size + 1 and all(t in ("a", "the", "its", "my") or t in toks[i : i + size] for t in core)
        if (i > 0 and toks[i - 1] == "for") or after == ["of", "mine"] or alone:
            named = toks[i : i + size]
            return True, " ".join(["my", *named[:-1], named[-1] if tuple(named) in lex.people else fold(named[-1])]), (max(0, i - 1), i + size)
    return (_for_a_name(text, toks, lex) or _titled(text, toks)) if text else (False, "", None)


_TITLES = {"mr", "mrs", "ms", "miss", "maam", "madam", "sir", "mister", "missus", "aunty", "auntie", "uncle", "dr"}
_NOT_NAMES = {"i", "me", "myself", "us", "we", "you", "my", "our", "him", "her", "them", "it", "the", "a", "an", "this", "that", "now", "sure",
              "real", "all", "both", "everyone", "god", "christ", "heaven", "goodness"}


def _titled(text: str, toks: list[str]) -> tuple[bool, str, tuple[int, int] | None]:
    """ "the home aide for Mrs Dorval", "I look after Mr. Okafor": a title and a capitalised
    name after "for" or "after", anywhere in the line (a title says it is a person)."""
    import re

    found = re.search(r"\b(?:for|after)\s+((?:Mr|Mrs|Ms|Miss|Mister|Missus|Madam|Ma'am|Maam)\.?\s+[A-Z][A-Za-z'’-]+)", text)
    if not found:
        return False, "", None
    return True, found.group(1), (0, len(toks))


def _for_a_name(text: str, toks: list[str], lex: Lexicon) -> tuple[bool, str, tuple[int, int] | None] | None:
    """The whole line is "for" and a name, capitalised as names are ("for Linda", "for Mr. Tran"):
    someone else. Only the whole line, so "for Christmas" in a sentence names nobody."""
    import re

    words = re.findall(r"[A-Za-z][A-Za-z'’.]*", text)
    if len(words) < 2 or len(words) > 4 or words[0].lower() != "for" or len(toks) > 6:
        return None
    names = [w.rstrip(".") for w in words[1:]]
    plain = [n.lower().replace("'", "").replace("’", "") for n in names]
    times = set(lex.months) | set(lex.weekdays) | {w for p in (*lex.time_holidays, *lex.time_phrases) for w in p}
    if any(p in _NOT_NAMES or p in times for p in plain) or not names[-1][:1].isupper() or plain[-1] in _TITLES:
        return None
    if not all(n[:1].isupper() or p in _TITLES for n, p in zip(names, plain)):
        return None
    return True, " ".join(names), (0, len(toks))
