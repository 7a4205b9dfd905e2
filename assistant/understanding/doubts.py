"""Small readings of a whole line before its picks are counted: "all of them" (or "all but ..."),
"I don't know" and "not sure if ...", a hedge closing the line, a comparison."""

from __future__ import annotations

from ..flow import StateSpec
from .asking import any_phrase, has_phrase, heads, whole
from .lexicon import Lexicon
from .matching import Hit


_ALL_WORDS = {"all", "everything", "every", "each"}
_EXCEPT = {"except", "but", "apart", "besides", "bar", "excluding", "minus", "other", "without"}  # "all of them without biopsy"


_SURELY = {"doubt", "question", "fail", "exception", "hesitation"}  # "without a doubt", "without question"
_OBJECT_OF = {"about", "with", "of", "over", "by", "from", "at", "on", "for", "to", "in"}


def all_said(toks: list[str], lex: Lexicon) -> bool:
    """An "all of them" phrase that picks everything; "anxious about all of it" does not."""
    for p in lex.all:
        if len(p) < 2:
            continue
        for at in range(len(toks) - len(p) + 1):
            if tuple(toks[at : at + len(p)]) == p and not (at > 0 and toks[at - 1] in _OBJECT_OF):
                return True
    return False


# "everything is different except the diagnosis", "all apply but 3", "all of it except ...": what is
# said of them all before the exception (never "same" or "agree", which turn the meaning round).
# positions.py skips the same words before an exception by place ("all apply except number 3").
SAID_OF_ALL = ("it", "is", "are", "was", "were", "s", "different", "differs", "differ", "differed", "apply", "applies", "fit", "fits", "true")


# Said in passing between "all of them" and "except": "all of them tbh except ...", "everything, honestly, but ...".
_ASIDE = (",", "tbh", "honestly", "really", "basically", "lol", "haha", "i", "guess", "think", "suppose", "pretty", "much", "mostly",
          "just", "probably", "imo", "tho", "though", "ok", "okay")


def all_except(toks: list[str], lex: Lexicon) -> int | None:
    """ "everything except feeling sure", "all of them but the support one": where the
    exceptions begin, or None."""
    for i, tok in enumerate(toks[:-1]):
        if tok in _ALL_WORDS:
            j = i + 1
            passing = False
            while j < len(toks) and toks[j] in ("of", "them", "em", "the", "these", "those", "one", "ones", "above") + SAID_OF_ALL + _ASIDE:
                passing = passing or toks[j] in _ASIDE
                j += 1
            if passing and toks[j : j + 1] in (["but"], ["other"]):
                continue  # "everything, but mostly 3": "but" after a pause is no exception
            if j < len(toks) and toks[j] in _EXCEPT and (toks[j] != "other" or toks[j + 1 : j + 2] == ["than"]) \
                    and not (toks[j] == "without" and _SURELY.intersection(toks[j + 1 : j + 3])):
                return j  # ("all of them, without a doubt": said surely, no exception)
    return None


def hedged_outside(toks: list[str], hits, lex: Lexicon) -> bool:
    inside = {i for h in hits for i in range(h.start, h.end)}
    free = [t if i not in inside else "" for i, t in enumerate(toks)]
    return any_phrase(free, lex.hedges)


_END_HEDGES = (("i", "think"), ("i", "guess"), ("i", "believe"), ("i", "suppose"), ("not", "sure"), ("im", "not", "sure"))
_DEGREE = {"sure", "certain", "fairly", "confident", "probably", "likely"}


def hedge_at_end(toks: list[str], first: Hit) -> bool:
    """The line closes with "I think" about a fact ("Medicare covers it I think"); never about an
    answer that is itself a degree of certainty ("fairly sure I think")."""
    core = [t for t in toks if t not in ("?", "!", ".", ",")]
    if any(t in _DEGREE for t in toks[first.start : first.end]):
        return False
    return any(len(core) > len(h) and tuple(core[-len(h):]) == h for h in _END_HEDGES)


def doubt_after_but(toks: list[str], first: Hit, lex: Lexicon) -> bool:
    """ "I think the doctor saw her, but I'm not certain": a hedged answer that the line takes
    back with a doubt after "but". Only when the answer itself was hedged before it."""
    before = toks[: first.start]
    if not any_phrase(before, lex.hedges):
        return False
    cut = next((i for i in range(first.end, len(toks)) if toks[i] == "but"), None)
    if cut is None:
        return False
    rest = toks[cut + 1 :]
    return any(len(p) >= 2 and has_phrase(rest, p) for p in heads(lex.not_sure).starting(set(rest)))


_ALONG = ("yet", "really", "honestly", "either", "though", "tbh", "sorry", "still", "now")


def admits_not_knowing(toks: list[str], lex: Lexicon) -> bool:
    """ "Dad can't tell me and I can't tell either": the one typing says they do not know (a
    not-sure phrase said with "I"/"we"), anywhere in a line that names no choice."""
    present = set(toks)
    for p in lex.not_sure:
        if len(p) < 2 or p[0] not in ("i", "im", "we", "were") or p[0] not in present:
            continue
        for at in range(len(toks) - len(p) + 1):
            # ("I don't know any of it yet": none of them is known, which is "none", not "I don't know".)
            if tuple(toks[at : at + len(p)]) == p and toks[at + len(p) : at + len(p) + 1] not in (["any"], ["anything"], ["of"]):
                return True
    return False


def says_dont_know(toks: list[str], lex: Lexicon) -> bool:
    """The line is "I don't know", give or take words that go along ("idk yet", "no idea really")."""
    core = [t for t in toks if t not in _ALONG]
    if core and core != toks and tuple(t for t in core if t not in (",", ".", "!")) in lex.not_sure:
        return True
    short = len([t for t in toks if t.isalnum()]) <= 6
    starts = toks[:2] == ["not", "sure"] or toks[:3] in (["im", "not", "sure"], ["i", "dont", "know"])
    return whole(toks, lex.not_sure, lex) or (short and (starts or has_phrase(toks, ("dont", "know")) or has_phrase(toks, ("no", "idea"))))


_LEAD_MARKS = (",", ".", ";", "-", "!")


def leads_unsure(toks: list[str], lex: Lexicon) -> bool:
    """The line begins with "I don't know" / "not sure" and a mark: what follows is a reason."""
    table = heads(lex.not_sure)
    candidates = list(table.by_head.get(toks[0], ())) if toks else []
    if table.empty:
        candidates.append(())
    return any(tuple(toks[: len(p)]) == p and len(toks) > len(p) and toks[len(p)] in _LEAD_MARKS
               for p in candidates if p not in (("maybe",), ("possibly",), ("perhaps",), ("could", "be"), ("might", "be")))


def doubt_both_ends(toks: list[str], lex: Lexicon) -> bool:
    """ "I'm not sure, the GP saw him but was it before or after, I can't remember": a line that opens
    with "not sure" and closes on "I can't remember" / "I don't know": not knowing, whatever the
    story between names."""
    if not leads_unsure(toks, lex) or "," not in toks[1:]:
        return False
    last = [t for t in toks[len(toks) - 1 - toks[::-1].index(",") + 1 :] if t not in (".", "!")]
    return len(last) >= 2 and last[0] in ("i", "im", "we") and (tuple(last) in lex.not_sure or tuple(last[1:]) in lex.not_sure)


def unsure_lead(toks: list[str], lex: Lexicon) -> int:
    """How many words a "not sure" / "I don't know" opening the line takes (0 if none)."""
    if not toks:
        return 0
    # Only phrases beginning with the line's first word can open it.
    return max((len(p) for p in heads(lex.not_sure).by_head.get(toks[0], ()) if len(p) > 1 and tuple(toks[: len(p)]) == p), default=0)


_WHETHER = ("if", "whether")
_WH = ("what", "how", "which", "who", "when", "where", "why")


_ORDERS: dict[int, tuple[object, dict]] = {}


def _order_in(phrases) -> dict:
    """Each phrase's place in its list (the first found wins, as in a scan of the list)."""
    found = _ORDERS.get(id(phrases))
    if found is None or found[0] is not phrases:
        found = _ORDERS[id(phrases)] = (phrases, {p: i for i, p in reversed(list(enumerate(phrases)))})
    return found[1]


_ASKING_VERBS = frozenset({"would", "will", "is", "does", "do", "did", "can", "could", "should", "was", "are", "has", "have"})
_ASKED_SUBJECTS = frozenset({"it", "they", "he", "she", "that", "this", "there", "we", "the", "my", "his", "her", "their", "our"})


def unsure_whether(toks: list[str], lex: Lexicon) -> str:
    """ "not sure if ...", "I don't know whether ..." ("if"), "I'm not sure what would help" ("wh"),
    within the first few words; "" when the line does not begin so."""
    table = heads(lex.not_sure)
    if table.empty:
        candidates = lex.not_sure
    else:  # only a phrase whose first word is among the first three can begin there
        candidates = sorted(table.starting(set(toks[:3])), key=_order_in(lex.not_sure).__getitem__)
    for p in candidates:
        for at in range(0, 3):
            end = at + len(p)
            if tuple(toks[at:end]) == p and end < len(toks):
                if toks[end] in _WHETHER or (toks[end] in _ASKING_VERBS and toks[end + 1 : end + 2] and toks[end + 1] in _ASKED_SUBJECTS):
                    return "if"  # "I wouldn't know would it be covered": the question turned round is an "if"
                if toks[end] in _WH:
                    return "wh"
    return ""


# "less sure than the first one", "not as sure as": a comparison, not the choice itself.
_COMPARED_TO = ("the", "him", "her", "them", "doctor", "dr", "first", "second", "other", "before", "last")


def compared(toks: list[str], hit: Hit) -> bool:
    prev = toks[hit.start - 1] if hit.start > 0 else ""
    nxt = toks[hit.end : hit.end + 2]
    return prev == "less" or (nxt[:1] == ["than"] and nxt[1:2] != [] and nxt[1] in _COMPARED_TO and nxt[1] != "before")


def dont_know_choice(spec: StateSpec, lex: Lexicon) -> str | None:
    """The choice "I don't know" stores: the lexicon's, or a "Not sure" choice when there is one."""
    words = lex.state(spec.name)
    if words.dont_know:
        return words.dont_know
    return "not_sure" if any(c.id == "not_sure" for c in spec.choices) else None


COURTESY = frozenset({"po", "lol", "honestly", "really", "tbh", "sorry"})


_DOUBT_WORDS = frozenset({"know", "sure", "idea", "which", "certain"})  # a choice named by the doubt itself ("dont know which")


def which_of_these(toks: list[str], lex: Lexicon, hits) -> bool:
    """ "I do not know which of these apply", "not sure which ones fit": not knowing which of the
    list it is, with no number and no choice named before the doubt."""
    if any(t.isdigit() for t in toks):
        return False
    for k in range(1, len(toks) - 1):
        if toks[k] in ("which", "what") and toks[k + 1] in ("of", "ones", "one", "apply", "applies", "fits", "fit"):
            before = [t for t in toks[:k] if t not in COURTESY]
            if any(before[-len(p):] == list(p) for p in lex.not_sure if p and len(before) >= len(p)) \
                    and not any(h.start < k and not h.negated and not _DOUBT_WORDS & set(toks[h.start : h.end]) for h in hits):
                return True
    return False
