"""Answers said the other way round, or with a remark beside them, read as the answer they are.

- a choice said with "not" ("not gonna tell him") where the lexicon names the one choice that
  means (`negated` per state);
- "none, just <something the list does not name>" ("nope, just tired", "nothing like that, just
  the knee pain"): none, with the rest kept as the reason;
- a hedge in another sentence ("doc wants to fuse my spine. I think it's a money grab."): an
  opinion beside the answer, not a doubt about it;
- a leftover made only of words of a choice already picked in the line ("the risks and
  benefits of each": "benefits" belongs to the choice "risks" named): nothing more to ask.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon, fold
from .matching import Hit, phrase_index

# Words that make a part mean something more than the choice beside it: asked about.
_VAGUE = frozenset({"none", "nothing", "except", "but", "maybe", "thing", "things", "stuff", "something", "other", "else", "another", "from"})
# Plain negations that turn the choice right after them into its opposite.
_NOT = frozenset({"not", "never", "wont", "dont", "didnt", "doesnt", "cant", "no"})
_TURNING = frozenset({"but", "though", "although", "unless", "maybe", "yet", "however"})  # "not going to tell him but my wife will": asked


def negated_yes(toks: list[str], spec, lex: Lexicon, hits: list[Hit], picked: list[str]) -> str | None:
    """The choice a "not" turns the only answer said into, where the lexicon says so for this
    question (`negated`: "not going to tell him" = *Not yet*; never where the opposite could be
    more than one choice, as "not still going" could be *It stopped* or *Not happening*)."""
    negated = lex.state(spec.name).negated
    if spec.multi or picked or not negated:
        return None
    said = [h for h in hits if h.strength == 3]
    if len(said) != 1 or not said[0].negated or said[0].choice not in negated:
        return None
    start = said[0].start
    before = [t for t in toks[max(0, start - 2) : start] if t.isalnum()]
    if not before or before[-1] not in _NOT or any(t.isdigit() or t in _TURNING for t in toks):
        return None
    return negated[said[0].choice]


def none_with_remark(parts: list[str], lex: Lexicon) -> bool:
    """Every part left over begins "just" or "only" and names nothing ("just tired"): a remark
    beside "none", not a reservation."""
    return bool(parts) and all(p.split()[0] in ("just", "only") and len(p.split()) <= 6
                               and not any(w in ("but", "maybe", "sometimes", "some", "bit", "little", "slight", "slightly", "kind", "sort") for w in p.split())
                               for p in parts)


@lru_cache(maxsize=256)
def _owners(spec, lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each word of this question's names and lay words -> the choices it is a word of."""
    owners: dict[str, set[str]] = {}
    for phrase, cid, strength in phrase_index(spec, lex):
        if strength == 3:
            for w in phrase:
                owners.setdefault(w, set()).add(cid)
    return {w: frozenset(ids) for w, ids in owners.items()}


def more_of_the_same(parts: list[str], spec, lex: Lexicon, picked: list[str]) -> list[str]:
    """The parts that still need asking: a part whose every own word is a word of a choice
    already picked, and of no other choice, adds nothing ("risks and benefits of each")."""
    if not picked or not parts:
        return parts
    owners = _owners(spec, lex)
    keep = []
    for part in parts:
        own = [fold(w) for w in part.split() if w not in lex.fillers and w != "+"]
        said_not = any(w in _NOT or w in _VAGUE or fold(w) in lex.places for w in part.split())  # "not the...", "the thing from the clinic"
        if own and not said_not and all(owners.get(w) and owners[w] <= set(picked) for w in own) and not part.startswith("+"):
            continue
        if _said_again(part.split(), spec, picked):
            continue
        keep.append(part)
    return keep


_SURELY = frozenset({"definitely", "def", "absolutely", "for", "sure", "certainly", "totally", "yes", "yep", "deffo", "100%", "%", "again", "really"})


def _said_again(words: list[str], spec, picked: list[str]) -> bool:
    """ "4. 100% 4.", "2, definitely 2": a picked number said again, with words that only say how sure."""
    words = " ".join(words).replace("100 %", "100%").split()
    ids = [c.id for c in spec.choices]
    nums = [w for w in words if w.isascii() and w.isdigit()]
    return bool(nums) and all(0 < int(n) <= len(ids) and ids[int(n) - 1] in picked for n in nums) and all(w in nums or w in _SURELY for w in words)


_ENDS = frozenset({".", "!", "?", ";"})


def own_sentence(toks: list[str], hit: Hit, lex: Lexicon) -> list[str]:
    """The line with every word outside the sentence holding `hit` blanked (positions kept), so a
    hedge in another sentence does not make the answer doubtful. A sentence that is only a hedge
    ("Surgery. I guess.") is about the answer and is kept."""
    hedge_words = {w for h in lex.hedges for w in h}
    out = list(toks)
    start = 0
    for end in [k for k, t in enumerate(toks) if t in _ENDS] + [len(toks)]:
        if not start <= hit.start < end + 1:
            words = [t for t in toks[start:end] if t.isalnum()]
            if any(w not in lex.fillers and w not in hedge_words for w in words):
                out[start:end] = [""] * (end - start)  # a sentence about something else
        start = end + 1
    return out
