"""Picks said with doubt, and "nothing" that is the object of a verb, in a list of picks.

"labs for sure, maybe some scans": the labs are kept and the scans asked about.
"experimental? not sure": the pick is asked about, never stored.
"the injections did nothing": a comment on a treatment, never the "none" choice.
"""

from __future__ import annotations

from .asking import Heads, has_phrase
from .lexicon import Lexicon
from .matching import Hit

# Hedges that say "I doubt this one"; "probably" and "pretty sure" lean towards yes and stay.
_STRONG = {("probably",), ("pretty", "sure"), ("most", "likely"), ("likely",)}
_BREAKS = {",", ";", ".", "!", "?", "and", "but", "-", "/"}
_AFTER_DOUBT = (("not", "sure"), ("unsure",), ("im", "not", "sure"), ("not", "certain"), ("maybe",), ("im", "confused"), ("i", "am", "confused"),
                ("confused",), ("confusing",), ("confuses",), ("idk",), ("i", "dont", "know"), ("dunno",))
# Words between a pick and the doubt about it: "the form part I'm confused about".
_PART_WORDS = ("part", "bit", "thing", "side", "stuff", "one")
_CONDITIONS = (("but", "not", "when"), ("but", "not", "while"), ("only", "when"), ("only", "if"), ("but", "only"), ("but", "not", "if"))
# "but only" then how it was given is no condition on the pick ("he is oncologist in Greece, but only phone", a lead's
# walk); "covered but only in-network" is one (u27a-0275)
_HOW_GIVEN = frozenset({"phone", "by", "over", "video", "call", "calls", "online", "email", "text", "texts", "zoom", "telehealth"})
# A fallback, named as one right after the pick: "then a third if needed", "surgery as a last resort".
_FALLBACKS = (("if", "needed"), ("if", "necessary"), ("if", "need", "be"), ("if", "required"), ("if", "it", "comes", "to", "that"),
              ("if", "that", "fails"), ("if", "it", "fails"), ("if", "this", "fails"), ("if", "all", "else", "fails"),
              ("if", "that", "doesnt", "work"), ("if", "it", "doesnt", "work"), ("if", "that", "does", "not", "work"),
              ("if", "still", "needed"), ("if", "still", "unsure"), ("if", "still", "in", "doubt"), ("if", "in", "doubt"),
              ("as", "a", "last", "resort"), ("as", "a", "backup"), ("as", "a", "fallback"), ("as", "backup"), ("as", "a", "plan", "b"),
              ("down", "the", "line", "if"), ("later", "if"), ("after", "that", "if"))


def fallback(toks: list[str], hit: Hit) -> bool:
    """ "a third if needed", "surgery as a last resort": the pick is named as the way out if the
    other fails, right after it (one word between at most), so it is not the answer."""
    tail = toks[hit.end : hit.end + 7]
    return any(tuple(tail[k : k + len(p)]) == p for p in _FALLBACKS for k in (0, 1))


def conditional(toks: list[str], hit: Hit) -> bool:
    """ "the strong one, but not if it means she can't be at home", "three if you count the ER": a
    pick said under a condition (a count with "if"/"unless" right after it)."""
    tail = toks[hit.end : hit.end + 6]
    counted = any(t.isdigit() or t in _COUNT_WORDS for t in toks[hit.start : hit.end])
    first = tail[1:3] == ["the", "first"]  # "3 counting the first": who was counted, said plainly
    how = any(tail[k : k + 2] == ["but", "only"] and tail[k + 2 : k + 3] and tail[k + 2] in _HOW_GIVEN for k in range(len(tail)))
    return any(has_phrase(tail, p) for p in _CONDITIONS if not (how and p == ("but", "only"))) or (counted and (tail[:1] in (["if"], ["unless"]) or (tail[:1] in (["counting"], ["including"]) and not first)))


_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several", "many"})
# Verbs whose object "nothing" is a comment ("the injections did nothing"), not a pick of "none".
VERB_BEFORE_NOTHING = frozenset({"did", "does", "do", "done", "doing", "helped", "helps", "help", "changed", "changes",
                                 "found", "finds", "showed", "shows", "show", "said", "says", "say", "worked", "fixed"})


def _span_has(toks: list[str], start: int, end: int, phrase: tuple[str, ...]) -> bool:
    return has_phrase(toks[max(0, start):max(0, end)], phrase)


_WEAK: dict[int, tuple[object, Heads]] = {}


def _weak_hedges(lex: Lexicon) -> Heads:
    """The hedges that doubt a pick, by first word; worked out once per lexicon."""
    found = _WEAK.get(id(lex.hedges))
    if found is None or found[0] is not lex.hedges:
        weak = tuple(h for h in lex.hedges if h not in _STRONG) + (("whatever",),)
        found = _WEAK[id(lex.hedges)] = (lex.hedges, Heads(weak))
    return found[1]


def doubted(toks: list[str], hits: list[Hit], lex: Lexicon, none: str | None) -> dict[str, str]:
    """Choice -> the words said with doubt, for picks with a doubting hedge just before them (in
    the same clause, at most one word between) or "not sure" just after them."""
    # "whatever the hospital sends me": no pick of its own in a list.
    weak = _weak_hedges(lex)
    found: dict[str, str] = {}
    for hit in hits:
        if hit.choice in (none, "not_sure") or hit.strength < 2:
            continue  # a name or a number ("2 and 8, maybe 10"): the doubted one is asked about
        # Before: the clause up to the hit, at most len(hedge) + 1 words back.
        begin = hit.start
        while begin > 0 and toks[begin - 1] not in _BREAKS and hit.start - begin < 4:
            begin -= 1
        # "which kind of hip replacement": "kind of" after a determiner names a type, it is no hedge.
        span = toks[begin:hit.start]
        before = any(has_phrase(span, h) and _ends_near(span, h) and not _after_determiner(span, h)
                     for h in weak.starting(set(span)))
        # After: "? not sure", ", maybe", right after the hit.
        at = hit.end
        while at < len(toks) and at < hit.end + 5 and toks[at] in ("?", ",", "-", ".") + _PART_WORDS:
            at += 1
        after_toks = toks[at:hit.end + 5]
        doubt = next((p for p in _AFTER_DOUBT if tuple(after_toks[:len(p)]) == p), None)
        # "8, maybe 10": the "maybe" is about the pick after it, not this one.
        # "a form, not sure if that's the list": the doubt is about what follows "if".
        # "8, idk about 1": the doubt is about the pick named after "about".
        after = doubt is not None and not (at > hit.end and (any(h.start == at + len(doubt) for h in hits)
                                                             or toks[at + len(doubt) : at + len(doubt) + 1] in (["about"], ["on"])
                                                             and (any(h.start == at + len(doubt) + 1 for h in hits)
                                                                  or toks[at + len(doubt) + 1 : at + len(doubt) + 2] != []
                                                                  and toks[at + len(doubt) + 1].isdigit())
                                                             or toks[at + len(doubt) : at + len(doubt) + 1] in (["if"], ["whether"])
                                                             or about_the_rest(toks[at + len(doubt) :])))
        # Said only under a condition ("short of breath on stairs but not when sitting"): ask.
        tail = toks[hit.end:hit.end + 6]
        after = after or any(has_phrase(tail, p) for p in _CONDITIONS)
        if before or after or whether_doubt(toks, hit):
            end = at + len(doubt) if after and doubt else hit.end  # "2 maybe": the doubt is quoted with the pick
            if (first := _named_before(toks, hits, hit, begin)) is not None:
                # "2 and 10. 8 if there are more options, idk": the words named the pick typed before them ("8"); the
                # pick is quoted with its condition, "8 if there are more options" (brief u24b), not without its 8
                begin, end = first, hit.end
            found[hit.choice] = " ".join(t for t in toks[begin:end] if t not in _BREAKS)
    return found


def _named_before(toks: list[str], hits: list[Hit], hit: Hit, begin: int) -> int | None:
    """Where the same choice was picked just before the clause quoted for `hit`, in the same clause ("8 if there are
    more options": the "8" before "options"); None when it was not."""
    earlier = [h.start for h in hits if h.choice == hit.choice and h.end <= begin and hit.start - h.start <= 8
               and h.strength == 2 and not any(t in _BREAKS for t in toks[h.start:begin])]
    return min(earlier) if earlier else None


# "bloodwork, idk what else": the doubt is about anything more, not the pick before it.
# ("idk about the rest" is a doubt about the other choices listed, and is asked about.)
_THE_REST = (("what", "else"), ("what", "other"), ("what", "more"), ("about", "anything", "else"), ("if", "there", "is", "more"),
             ("if", "theres", "more"), ("if", "theres", "anything", "else"), ("of", "anything", "else"), ("whatever", "else"), ("anything", "else"))


def about_the_rest(words: list[str]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in _THE_REST)


_UNSURE = (("not", "sure"), ("unsure",), ("dont", "know"), ("not", "certain"), ("no", "idea"), ("wonder",), ("wondering",))


def whether_doubt(toks: list[str], hit: Hit) -> bool:
    """ "they gave some names, not sure if that's the approved list": "not sure if/whether" earlier
    in the same sentence puts the pick in doubt."""
    k = hit.start - 1
    while k >= 1 and toks[k] not in (".", "!", "?", ";", "but") and hit.start - k <= 8:
        # "not sure what matters most": a doubt about the pick after "what" too.
        if toks[k] in ("if", "whether", "what", "whats", "which") and any(tuple(toks[k - len(p) : k]) == p for p in _UNSURE):
            return True
        k -= 1
    return False


def _ends_near(words: list[str], hedge: tuple[str, ...]) -> bool:
    """The hedge ends at most one word before the pick ("maybe some scans"), or two when a verb or
    "else" comes between ("sort of know the form", "whatever else is good")."""
    for i in range(len(words) - len(hedge), -1, -1):
        if tuple(words[i:i + len(hedge)]) == hedge:
            gap = words[i + len(hedge):]
            return len(gap) <= 1 or (len(gap) == 2 and gap[0] in _GAP_VERBS)
    return False


# Words that may stand between a hedge and the pick it doubts: "sort of know the form".
_GAP_VERBS = frozenset({"know", "get", "understand", "have", "need", "want", "else", "like", "remember"})


def verb_nothing(toks: list[str], hit: Hit, none: str | None) -> bool:
    """ "the injections did nothing", "they agree on nothing": "nothing" is what a verb is about."""
    if hit.choice != none or hit.start == 0 or toks[hit.start] != "nothing":
        return False
    prev = toks[hit.start - 1]
    return prev in VERB_BEFORE_NOTHING or (prev in ("on", "about", "in", "over") and hit.start > 1 and toks[hit.start - 2].isalpha()
                                          and toks[hit.start - 2] not in ("nothing", "none", "and", "or", "but"))


_DETERMINERS = {"which", "what", "this", "that", "a", "the", "any", "some", "same", "other", "another"}


def _after_determiner(words: list[str], hedge: tuple[str, ...]) -> bool:
    for i in range(len(words) - len(hedge), -1, -1):
        if tuple(words[i:i + len(hedge)]) == hedge:
            return hedge[-1] == "of" and i > 0 and words[i - 1] in _DETERMINERS
    return False


# A word that only says "the papers about it": right after another pick it belongs to that pick
# ("the biopsy result", "the scan results"), it is no pick of its own.
_GENERIC = frozenset({"result", "results", "report", "reports", "paper", "papers", "notes", "letter", "letters"})


_BACK = (["that"], ["it"], ["this"], ["them"], ["those"], ["these"])
_OF = frozenset({"from", "of", "about", "for", "on", "after", "my", "the", "his", "her", "their", "our", "a"})


# A change said with what it changes to ("switch to", "change to"): the words of a choice only when nothing follows.
_CHANGE_TO = frozenset({("switch", "to"), ("switching", "to"), ("change", "to"), ("changing", "to"), ("switch",), ("change",)})


def absorb_generic(toks: list[str], hits: list[Hit]) -> list[Hit]:
    """ "the biopsy result": a generic word right after a pick belongs to it; so does one before a
    pick it is about ("the notes from my colonoscopy"), and one pointing back ("notes from that")."""
    kept: list[Hit] = []
    ordered = sorted(hits, key=lambda h: h.start)
    for n, hit in enumerate(ordered):
        after = next((h for h in ordered[n + 1 :] if h.start >= hit.end), None)
        if (after is not None and after.choice != hit.choice and not hit.negated and not after.negated
                and all(t in _GENERIC for t in toks[hit.start:hit.end]) and toks[hit.end:hit.end + 1] in (["from"], ["of"], ["about"], ["after"])
                and all(t in _OF for t in toks[hit.end:after.start]) and after.start - hit.end <= 3):
            continue
        if (after is not None and after.choice != hit.choice and not hit.negated and not after.negated
                and tuple(toks[hit.start:hit.end]) in _CHANGE_TO and all(t in ("a", "an", "the") for t in toks[hit.end:after.start])):
            continue  # "switch to DA-EPOCH-R": what it changes to is the answer, not the change
        prev = kept[-1] if kept else None
        if (prev is not None and prev.choice != hit.choice and hit.start == prev.end and not hit.negated
                and all(t in _GENERIC for t in toks[hit.start:hit.end])):
            continue
        if (prev is not None and prev.choice != hit.choice and not hit.negated and all(t in _GENERIC for t in toks[hit.start:hit.end])
                and toks[hit.end:hit.end + 1] in (["from"], ["of"], ["about"], ["after"]) and toks[hit.end + 1:hit.end + 2] in _BACK):
            continue  # "an endoscopy, so there should be notes from that": the notes of the pick before
        kept.append(hit)
    from .examples import alternatives_dropped, examples_dropped  # "the options, including watchful waiting": one pick
    from .rest import doubted_dropped, inverted_negation  # "..., not yet sure what I value": no pick; "sure I am not"

    kept = alternatives_dropped(toks, kept)  # "like surgery or antibiotics": examples of the doubt, no pick
    return inverted_negation(toks, doubted_dropped(toks, examples_dropped(toks, kept)))
