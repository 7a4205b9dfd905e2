"""What is said around the picks: context set aside ("the portal has them"), courtesy ("yes
please", "me lol"), and the words that make the rest of "none, ..." a reservation to ask about."""

from __future__ import annotations

from .lexicon import Lexicon


_PREAMBLES = (("we", "have"), ("i", "have"), ("ive", "got"), ("i", "got"), ("we", "got"), ("there", "is"), ("there", "are"), ("theres",),
              ("she", "has"), ("he", "has"), ("they", "have"), ("we", "have", "got"), ("i", "have", "got"), ("i", "think"), ("maybe",),
              ("its", "a"), ("its", "an"), ("it", "is", "a"), ("it", "is", "an"), ("its", "one", "of"))  # "its a rair thing": what it is


def commentary(part: str, lex: Lexicon) -> bool:
    words = part.split()
    if doubt_about_more(words):
        return True  # "..., idk what else": the person can name no more; what was named stands
    if words[:1] == ["+"] and only_who_said(words[1:]):
        return True  # "chemotherapy also, they are saying": who said it, nothing more named
    if words[:1] == ["+"] or "something" in words:
        return False  # "something about it feels off": something more is meant; ask about it
    if _SCANT & set(words) and _TO_ME & set(words):
        return False  # "the surgeon barely looked at me": how the person was treated may be an answer; ask
    if words[:1] in (["have"], ["get"], ["ask"]) and words[1:2] in (["the"], ["a"], ["an"], ["my"], ["his"], ["her"], ["them"], ["someone"]):
        return False  # "..., and have the pathology re-checked": a request with no subject, one more answer; ask
    if any(words[k : k + 2] == ["dont", "feel"] or words[k : k + 3] == ["do", "not", "feel"] for k in range(len(words))):
        return False  # "I don't feel like they listen to me": a feeling the person has, which may be an answer; ask
    if judged(words):
        return True  # "..., that's the crux", "- which is new for us": a word on what was just said
    if words[:1] and words[0] in _ATTACHED and len(words) > 1 and not (_PAPERS & set(words)):
        return True  # "..., to explain things properly", "..., with an interpreter": said of the pick before
    if words and set(words) <= _AMOUNTS:
        return True  # "blood test papers, many": how many of what was picked
    for preamble in sorted(_PREAMBLES, key=len, reverse=True):
        if tuple(words[: len(preamble)]) == preamble and len(words) > len(preamble):
            words = words[len(preamble) :]  # "we have the scanner": what they have is the answer
            break
    if any(words[k].isdigit() and words[k + 1] in ("in", "out") and words[-1].isdigit() for k in range(len(words) - 2)):
        return True  # "like 1 in 100000": a figure about what was picked
    if any(w in _PAPERS for w in words) and not any(w in lex.commentary and w not in _PERSONS for w in words):
        return False  # "a letter from my physio": a paper named, with no verb: one more answer, asked about
    return any(w in lex.commentary for w in words) or len([w for w in words if w not in lex.fillers]) > 4


_DOUBTS = (("idk",), ("dunno",), ("not", "sure"), ("im", "not", "sure"), ("dont", "know"), ("i", "dont", "know"), ("no", "idea"),
           ("cant", "remember"), ("cant", "think", "of"), ("cant", "think"), ("i", "cant", "remember"), ("i", "cant", "think", "of"), ("not", "sure", "about"))


def doubt_about_more(words: list[str]) -> bool:
    """ "idk what else", "not sure about the rest", "can't think of anything else": a doubt about
    anything beyond what was named (hedging._THE_REST), which leaves the picks as they are."""
    from .hedging import about_the_rest

    words = [w for w in words if w not in (",", ".", "but", "and", "though")]
    return any(tuple(words[: len(d)]) == d and about_the_rest(words[len(d) :]) for d in _DOUBTS)


_SAYERS = frozenset({"they", "he", "she", "doctor", "doctors", "the", "surgeon", "dr", "doc", "we", "were", "theyre", "hes", "shes", "was", "were"})
_SAYING = frozenset({"say", "says", "said", "saying", "are", "is", "told", "tell", "telling", "us", "me", "him", "her", "mentioned", "think",
                     "thinks", "reckon", "reckons", "suggest", "suggests", "suggested", "so", "too", "as", "well"})


def only_who_said(words: list[str]) -> bool:
    """ "they are saying", "the doctor said so", "he told us": who said it, and no more."""
    words = [w for w in words if w not in (",", ".")]
    # ("also he said ..." trailing off may have more to come: asked.)
    return 2 <= len(words) <= 5 and words[0] in _SAYERS and set(words) <= _SAYERS | _SAYING and words[-1] in _SAID_LAST


_SAID_LAST = frozenset({"saying", "say", "says", "so", "too", "think", "thinks", "reckon", "reckons", "suggest", "suggests", "well"})


# "barely looked at me", "never listens to us": said of how someone treats the person, a part that may be an answer.
_SCANT = {"barely", "hardly", "never", "scarcely"}
_TO_ME = {"me", "us", "him", "her", "them"}


_PAPERS = {"letter", "letters", "report", "reports", "note", "notes", "paper", "papers", "file", "files", "result", "results", "summary", "form", "forms"}
_PERSONS = {"my", "our", "his", "her", "their", "your", "me", "him", "them"}  # whose paper; a subject ("they gave") makes it a sentence


# Words that open a part said of the pick before it: its purpose ("to explain things"), its manner ("with an
# interpreter"), a reason ("so he can read it", "because"), a relative clause ("which ..."). (Not "not ...": "the risks, not
# the benefits" says no to a part of a choice, and is asked.)
_ATTACHED = {"to", "so", "with", "which", "because", "since", "as", "who", "where", "when", "whose", "especially", "esp", "mainly",
             "mostly", "like", "in", "from"}
# How many of what was picked ("many", "tons of them", "a whole stack").
_AMOUNTS = {"many", "lots", "lot", "tons", "ton", "loads", "load", "plenty", "several", "few", "a", "of", "them", "all", "heaps", "bunch", "stack",
            "stacks", "pile", "piles", "dozens", "hundreds", "whole", "too", "so", "very", "much", "some", "more", "mountains", "pages"}


# What makes the rest of a "none, ..." a reservation to ask about, not a reason.
RESERVATIONS = ("but", "except", "however", "though", "although", "apart", "+", "also", "plus", "maybe", "only", "just", "unless", "or")
_POLITE = ("please", "pls", "plz", "thanks", "thank you", "thx", "ty", "lol", "po", "maam", "mam", "madam", "sir")  # "yes po", "no maam"


def unpolite(line: str) -> str:
    """ "yes please", "ok thanks": the answer without the courtesy around it."""
    for word in _POLITE:
        line = line.removesuffix(" " + word).removeprefix(word + " ")
    return line



# "that's the crux", "this is new", "which was a relief": the thing just said, pointed back to and
# judged. (Not when it turns or wavers: "that's not it", "that's wrong", "that or 3", "that's maybe it".)
_POINTERS = (("thats",), ("that", "is"), ("that", "was"), ("this", "is"), ("thats", "been"), ("which", "is"), ("which", "was"),
             ("that", "one", "is"), ("that", "part", "is"), ("those", "are"), ("thatd", "be"), ("thatll", "be"))
_TURNS = frozenset({"not", "no", "wrong", "or", "but", "maybe", "perhaps", "isnt", "wasnt", "aint", "either", "instead", "except",
                    "actually", "wait", "also", "too", "and", "plus", "sure", "unsure", "if", "whether"})


def judged(words: list[str]) -> bool:
    """A part that only points back at what was said and says what it is: never one more answer."""
    words = [w for w in words if w not in (",", ".", "!", "-")]
    for pointer in _POINTERS:
        rest = words[len(pointer):]
        if tuple(words[: len(pointer)]) == pointer and 1 <= len(rest) <= 6:
            return not (_TURNS & set(rest)) and not any(w.isdigit() for w in rest)
    return False


_HEDGE_HEADS = ("its ", "it is ", "well ", "um ", "uh ", "so ", "yeah ", "ok ", "okay ")
_HEDGE_TAILS = (" i guess", " i think", " i suppose", " i believe", " probably", " then", " here", " i reckon",
                # said with emphasis: "me obviously", "me of course", "myself duh"
                " obviously", " of course", " duh", " definitely", " for sure", " clearly", " naturally", " lol", " haha")
_HEDGE_HEADS += ("obviously ", "of course ", "definitely ", "clearly ", "duh ")


def unhedged(line: str) -> str:
    """A short answer without the soft words around it ("me i guess" -> "me"): only for names that
    count as the whole answer (whole_only), so nothing longer is read differently."""
    changed = True
    while changed:
        changed = False
        for head in _HEDGE_HEADS:
            if line.startswith(head):
                line, changed = line[len(head):], True
        for tail in _HEDGE_TAILS:
            if line.endswith(tail):
                line, changed = line[: -len(tail)], True
    return line
