"""Reading an answer to a pick-any question once its words are found (moved out of choices.py, which
reads both kinds): the picks kept, a hedge or a part left over asked about, "none" said with more."""

from __future__ import annotations

from .finished import NOTHING_PICKED, only_finished, said_all
from .asides import RESERVATIONS
from .asking import has_phrase, whole
from .care import all_is_fine
from .doubts import all_except, all_said, dont_know_choice, hedge_at_end, hedged_outside
from .exclusions import numbers_after
from .fuzzy import FUZZY_SURE, fuzzy as _fuzzy
from .hedging import doubted, verb_nothing
from .hints import NONE_AND_MORE
from .indirect import none_with_remark
from .matching import Hit
from .overlap import instead_of_none, place
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .rest import about_the_rest
from .sure_of import soft_feeling
from .text import SEPARATORS, clean
from .twosided import all_and_none, vague_all


_SOFT_YES = (["i", "think"], ["i", "guess"], ["i", "believe"], ["i", "suppose"])  # leading a pick: leaning yes, not doubting
_WISH = frozenset({"would", "prefer", "want", "like", "best", "rather", "wish", "hope"})


_REPORTED = frozenset({"they", "he", "she", "it", "insurance", "insurer", "doctor", "surgeon", "company", "plan", "them"})


def _own_wish(toks) -> bool:
    """A wish said by the person ("I would like the written plan i guess"): a choice made softly.
    "they want it before the surgery date i think" reports what someone else wants: a fact in doubt."""
    for k, t in enumerate(toks):
        if t in _WISH and not (t in ("want", "wants", "like", "wish", "hope") and _REPORTED & set(toks[max(0, k - 2) : k])):
            return True
    return False


def _as_listed(toks, hit) -> bool:
    """The pick was named as one of the list ("the support one", "that values one i guess"): a choice the
    person makes softly, like a number, not a fact in doubt."""
    return hit.start > 0 and toks[hit.start - 1] in ("the", "that", "this") and toks[hit.end : hit.end + 1] == ["one"]


_BARE = frozenset({"the", "a", "an", "that", "this", "one", "ones", "just", "only", "so", "then", "um", "uh", "hmm", "well", "ok", "okay",
                   ",", ".", "!", "-"})


def _bare_pick(toks, hit) -> bool:
    """Nothing but the choice's own words and the hedge closing the line ("written plan i guess",
    "the surgery one i think"): a choice made softly among the listed ones, like "5 i guess"; not a
    fact in doubt, which has words of its own ("Medicare covers it I think")."""
    core = [t for t in toks if t not in ("?",)]
    for hedge in _END_HEDGE_WORDS:
        if tuple(core[-len(hedge):]) == hedge:
            core = core[: -len(hedge)]
            break
    else:
        return False
    return hit.end <= len(core) and all(t in _BARE for t in core[: hit.start] + core[hit.end :])


_END_HEDGE_WORDS = (("i", "think"), ("i", "guess"), ("i", "believe"), ("i", "suppose"), ("i", "reckon"))


def _by_number(toks, hit, lex) -> bool:
    """The pick was named by its place in the list ("5", "number 5"): a choice the person makes,
    never a fact in doubt, whatever hedge follows it ("so 5 i guess")."""
    said = [t for t in toks[hit.start : hit.end] if t not in ("number", "no", "option", "choice", "#")]
    return bool(said) and all(t.isdigit() or t in lex.numbers for t in said)


_SAME_NOT_WHAT = frozenset("for as to with in on at here there way again too though really both all now then".split())


def _same_what(toks, h) -> bool:
    """ "same" with the thing that is the same after it ("is the same stones", "same size"): about that thing, not "none"."""
    after = toks[h.end] if h.end < len(toks) else ""
    return (h.end - h.start == 1 and toks[h.start] == "same" and h.start > 0 and after.isalpha() and after not in SEPARATORS
            and after not in _SAME_NOT_WHAT)


def multi(text, toks, spec, lex, picked, positive, leftovers, keep, ordinary, refused=()) -> Reading:
    """`refused`: the hits said with a negation ("all of them without biopsy": the biopsy is the exception)."""
    none = spec.none_choice
    if all_and_none(toks) or vague_all(toks):  # "kinda all and kinda none", "a bit of everything": ask
        return Reading(UNCLEAR, list(keep) or None, unclear=clean(text))
    if not keep and not picked and (only_finished(toks) or whole(toks, lex.finish, lex) and not said_all(toks)):
        # "that's all" with nothing picked yet: finished, but with what? Never every choice, never "none" guessed.
        return Reading(UNCLEAR, unclear=clean(text), message=NOTHING_PICKED + (" If none of these fits, type 'none'." if none else ""))
    if keep and whole(toks, lex.finish, lex) and not [c for c in picked if c != none]:
        picked, leftovers = [], []
    elif not picked and (whole(toks, lex.all, lex) or (toks and tuple(toks) in lex.all) or all_said(toks, lex)) and not all_is_fine(toks, lex) \
            and not only_finished(toks):  # "that's all", "all done": finished, not every choice (finished.py)
        picked = [c for c in ordinary]
        leftovers = []
    cut = all_except(toks, lex)
    if cut is not None and any(h.strength == 2 and h.start < cut for h in positive):
        cut = None  # "1, 2 and all but ...": numbers picked before the exception; read as typed
    if cut is not None:
        # The exceptions end with their sentence: "All except pathology. Several discharge summaries ...": the
        # next sentence names one of the rest, never one more exception.
        stop = next((k for k in range(cut + 1, len(toks)) if toks[k] in (".", "!", ";", "?")), len(toks))
        excluded = {h.choice for h in (*positive, *refused) if cut < h.start < stop}
        excluded |= numbers_after(toks[:stop], cut, lex, ordinary)  # "all of them, except 8"
        if not excluded and any(t.isalpha() and t not in lex.fillers and t not in lex.numbers and t not in lex.ordinals for t in toks[cut + 1 :]):
            return Reading(UNCLEAR, unclear=clean(text))  # "everything except cancer": the exception names no choice here; asked
        picked = [c for c in ordinary if c not in excluded]
        leftovers = []
    def aside(h: Hit) -> bool:
        """ "no others", "the rest not really", "no specialist": a comment on the rest, not "none"."""
        if toks[h.start + 1 : h.start + 2] == ["of"] and toks[h.start] in ("none", "neither"):
            return False  # "but also none of these really": the choice itself, said with others; asked
        near = toks[max(0, h.start - 3) : h.end + 2]
        if any(t in ("rest", "others", "other", "else", "more") for t in near) or (
                any(t in ("otherwise", "besides") for t in near) and "?" not in near):
            # ("5, the ENT never saw the notes. otherwise none": a lead's walk, 2026-12-07; not "Otherwise? None.", u11-0131)
            return True
        if toks[h.start - 1 : h.start] in (["is"], ["are"], ["was"], ["they"], ["both"]) and h.start > 1:
            return True  # "only the plan, the diagnosis is same", "they agree its cancer": about one thing, not "none"
        if {"if", "whether"} & set(toks[max(0, h.start - 3) : h.start]) and h.start > 1:
            return True  # "..., idk if thats the same": a doubt about one thing, not "they agree" (a lead's walk)
        if "but" in toks[max(0, h.start - 2) : h.start] or toks[h.end : h.end + 1] in (["about"], ["on"], ["regarding"]):
            return True  # "I understand them, but still not sure", "no idea about forms": about one thing, not "none"
        after = toks[h.end] if h.end < len(toks) else ""
        if _same_what(toks, h):
            return True  # "the plan only, is the same stones", "both say same kind of epilepsy": the same what (11b13)
        return h.start > 0 and h.end - h.start == 1 and toks[h.start] in ("no", "nothing") and after.isalpha() and after not in SEPARATORS

    # "the injections did nothing": not the "none" choice; "maybe some scans", "X? not sure": asked about.
    if "one" in toks and any(has_phrase(toks, (d, "one", w)) for w in ("before", "after", "above", "below") for d in ("the", "that", "this")) \
            and positive:
        return Reading(UNCLEAR, unclear=clean(text), message="Which one did you mean? Type its number.")
    set_aside = False
    if any(verb_nothing(toks, h, none) for h in positive) and not any(h.choice == none and not verb_nothing(toks, h, none) for h in positive):
        picked, set_aside = [c for c in picked if c != none], True
        leftovers = list(leftovers) + ["nothing"]
    doubt = doubted(toks, positive, lex, none)
    if doubt and list(doubt) == picked and len(picked) == 1 and not keep and not leftovers and toks[:2] in _SOFT_YES:
        return Reading(LIKELY, picked)  # "I think I know what I want": offered back, as at a pick-one question
    if len(picked) == 1 and picked[0] != none and not keep and hedge_at_end(toks, positive[0]) and hedged_outside(toks, positive, lex) \
            and not _own_wish(toks) and not _by_number(toks, positive[0], lex) and not _as_listed(toks, positive[0]) \
            and (soft_feeling(spec.name) or not _bare_pick(toks, positive[0])):  # "5 i guess": a choice made softly  # a fact in doubt ("something was off with the scan i think"), not a wish said softly
        # "support i guess" at the SURE test: a feeling said softly; "my GP never saw the MRI i think": a fact in
        # doubt. Both offered back for a Yes: the one reading there is, not "I did not understand" (a try in tmux).
        return Reading(LIKELY, picked)
    if doubt:
        picked, set_aside = [c for c in picked if c not in doubt], True
        leftovers = list(leftovers) + [w for w in doubt.values() if w]
    if set_aside and not picked and not keep:
        return Reading(UNCLEAR, unclear=clean(text))
    rest = [h for h in positive if h.choice == none and (aside(h) or about_the_rest(toks, h, positive, none))]
    if rest and len(picked) > 1 and not any(h.choice == none and h.start == 0 for h in positive):
        picked = [c for c in picked if c != none]  # "support yes, the rest not really"
        # "THE PLAN. Same aneurysm, same size.": what is the same does not differ; never picked from "same size"
        same = [h.start for h in rest if _same_what(toks, h)]
        agreed = {g.choice for g in positive if g.choice != none and any(0 < g.start - k <= 2 for k in same)}
        if agreed:
            picked = [c for c in picked if c not in agreed] or picked
            if len(picked) == len(agreed) and set(picked) == agreed:
                return Reading(UNCLEAR, unclear=clean(text))
    if keep == [none] and [c for c in picked if c != none]:
        keep = []  # "none, but ..." then "2": the choice meant replaces "none"
    merged = list(dict.fromkeys(keep + picked))
    if "not_sure" in merged and [c for c in merged if c not in ("not_sure", none)]:
        merged = [c for c in merged if c != "not_sure"]  # "scans and the biopsy, no others I think": a hedge
    if none in merged and len(merged) > 1:
        if none in picked and keep and not [c for c in picked if c != none]:
            merged = list(keep)  # "none" after a partial answer: nothing more
        else:
            return Reading(UNCLEAR, [c for c in merged if c != none], message=NONE_AND_MORE + " Which did you mean?",
                           unclear=clean(text))
    if not merged:
        if whole(toks, lex.not_sure, lex) or has_phrase(toks, ("dont", "know")):
            if dont_know_choice(spec, lex):
                return Reading(SURE, [dont_know_choice(spec, lex)])
            return Reading(UNCLEAR, dont_know=True)
        fuzzy = []
        for part in leftovers:
            cid, score = _fuzzy(part.split(), spec, lex)
            if cid and score >= FUZZY_SURE:
                fuzzy.append(cid)
            else:
                fuzzy = []
                break
        if fuzzy:
            return Reading(SURE, list(dict.fromkeys(fuzzy)))
        return (not set_aside and place(leftovers or [clean(text)], spec, lex, [])) or Reading(UNCLEAR, unclear=clean(text))
    if merged == [none] and not keep and positive and all(h.strength == 1 for h in positive) and positive[-1].end < len(toks):
        offered = instead_of_none(text, spec, lex)  # "i dont feel herd": no "none" when the rest names a choice
        if offered is not None:
            return offered
    if leftovers and merged == [none] and not keep and not set_aside and (not any(p.split()[0] in RESERVATIONS for p in leftovers)
                                                                          or none_with_remark(leftovers, lex)):
        return Reading(SURE, merged)  # "none yet, still waiting on the clinic": the rest says why
    if leftovers:
        placed = None if set_aside else place(leftovers, spec, lex, merged)
        if placed is not None:
            return placed
        unclear = ", ".join(p.removeprefix("+ ") for p in leftovers)
        return Reading(UNCLEAR, merged, unclear=unclear)
    if none not in merged and len(merged) < spec.min_picks:
        return Reading(UNCLEAR, merged, message=f"Please pick at least {spec.min_picks}.")
    return Reading(SURE, merged)
