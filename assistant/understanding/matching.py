"""Finding choices in a line: their names and lay words, numbers and positions, negations."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..flow import StateSpec
from .lexicon import Lexicon, Phrase, fold
from .asking import heads
from .stems import stem, swaps
from .tables import prepared, remembered

# Words that turn what follows: a word that fits two is then never settled by another named beside it.
_NOT_WORDS = frozenset({"not", "non", "no", "never", "nor", "isnt", "arent", "wasnt", "neither", "dont", "doesnt", "didnt", "without", "instead", "rather", "or", "vs", "versus"})
from .settled import doubt_about, settled
from .no_one_subject import no_one_subject
from .text import SEPARATORS, tokens


@dataclass(frozen=True)
class Hit:
    choice: str
    start: int
    end: int
    strength: int  # 3 a name or lay word, 2 a number or position, 1 a yes/no word
    negated: bool = False


def label_forms(choice) -> list[str]:
    """Every label a choice offers: `label`, and any other label form (e.g. for a caregiver)."""
    forms = [choice.label]
    if getattr(choice, "caregiver", None):  # the caregiver's form, with a neutral person filled in
        forms.append(choice.label_for("caregiver"))
    for f in dataclasses.fields(choice):
        value = getattr(choice, f.name)
        if f.name != "label" and "label" in f.name:
            if isinstance(value, str):
                forms.append(value)
            elif isinstance(value, dict):
                forms += [v for v in value.values() if isinstance(v, str)]
            elif isinstance(value, (list, tuple)):
                forms += [v for v in value if isinstance(v, str)]
    return forms


@lru_cache(maxsize=256)
def phrase_index(spec: StateSpec, lex: Lexicon) -> tuple[tuple[Phrase, str, int], ...]:
    """(phrase, choice id, strength) for every way of naming each choice here, longest first."""
    words = lex.state(spec.name)
    found: dict[Phrase, set[str]] = {}
    weak: dict[Phrase, set[str]] = {}
    for choice in spec.choices:
        names = [choice.id.replace("_", " "), *label_forms(choice), *choice.synonyms]
        for name in names:
            phrase = tuple(tokens(name))
            if phrase and " ".join(phrase) not in words.whole_only:
                found.setdefault(phrase, set()).add(choice.id)
        for phrase in words.choices.get(choice.id, ()):
            if " ".join(phrase) not in words.whole_only:
                found.setdefault(phrase, set()).add(choice.id)
    for key, ids in words.yes_no.items():
        pool = {"yes": lex.yes, "no": lex.no, "not_sure": lex.not_sure}[key]
        for phrase in pool:
            for cid in ids:
                weak.setdefault(phrase, set()).add(cid)
    for phrase, ids in words.either.items():  # found for one, the others added in find_hits
        if phrase not in found:
            found[phrase] = {ids[0]}
    out = []
    for phrase, ids in found.items():
        if len(ids) == 1:  # a name two choices share says nothing on its own
            out.append((phrase, next(iter(ids)), 3))
    for phrase, ids in weak.items():
        if phrase not in found:
            out += [(phrase, cid, 1) for cid in sorted(ids)]
    out.sort(key=lambda item: -len(item[0]))
    return tuple((_folded(phrase), cid, strength) for phrase, cid, strength in out)


_FOLDED: dict[Phrase, Phrase] = {}


def _folded(phrase: Phrase) -> Phrase:
    """The phrase with each word folded; remembered, as every question shares the yes/no words."""
    found = _FOLDED.get(phrase)
    if found is None:
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        found = _FOLDED[phrase] = tuple(fold(t) for t in phrase)
    return found


_LEADERS = {"oh", "um", "uh", "well", "hmm", "erm", "ah", "so", "and", "but", "ok", "okay"}
# A sound before the answer, however spelt: "eh", "ehh", "hmmm", "ummm", "meh", "ugh", "uhh".
_INTERJECTION = re.compile(r"e+h+|h+m+|u+m+|u+h+|m+e+h+|u+g+h+|a+h+|o+h+|e+r+m*|m+m+|h+u+h+")


_BETWEEN = frozenset({",", "-", ":", "(", ")", "the", "a", "an", "of", "with", "is", "its", "hes", "shes", "was", "drug", "drugs", "doctor", "doc",
                      "called", "aka", "ie", "i", "think", "guess", "believe", "so", "like"})


def _beside(toks: list[str], one: Hit, other: Hit) -> bool:
    """Two hits said side by side, one to name the other, with one to three small words between them ("the infusion
    drug, lecanemab", "infusion of lecanemab"); never one word run into the next ("an ENT specialist": one name)."""
    gap = toks[one.end : other.start] if one.end <= other.start else toks[other.end : one.start]
    return 1 <= len(gap) <= 3 and all(t in _BETWEEN for t in gap)


def _fuzzy_hits(toks, folded, spec, lex, taken) -> list[Hit]:
    """A word misspelt ("docter", "biospy"): the one lay word it is close to, never two."""
    candidates = [i for i, t in enumerate(toks) if i not in taken and len(t) >= 5 and t.isalpha() and t not in lex.fillers]
    if not candidates:
        return []
    from rapidfuzz import fuzz, process  # only an answer with an unknown word pays for this

    singles = prepared(spec, lex).singles
    hits = []
    for i in candidates:
        near = process.extract(folded[i], list(singles), scorer=fuzz.ratio, score_cutoff=86, limit=None)
        # "seriously" is not a misspelt "serious", nor "painless" of "pain": a word with an ending of its own.
        near = [n for n in near if not (folded[i].startswith(n[0]) and folded[i][len(n[0]):] in _ENDINGS)]
        # "atrial" is not a misspelt "trial": a word that is another word with letters put before it
        # is a word of its own (a slip of the keys keeps the word's start).
        near = [n for n in near if not (len(folded[i]) > len(n[0]) and folded[i].endswith(n[0]))]
        close = {cid for word, _, _ in near for cid in singles[word]}
        close |= {cid for word in swaps(folded[i]) for cid in singles.get(word, ())}  # "farily", "wrose": two letters swapped
        if len(close) == 1:
            hits.append(Hit(close.pop(), i, i + 1, 3))
    return hits


_ENDINGS = ("ly", "less", "ness", "ful", "fully", "ish")


_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "im", "ive", "hes", "shes", "theyre", "theyve", "weve"})
# Verbs that carry a "not" into the clause after them: "I don't think they checked" is "they didn't check".
_RAISING = frozenset({"think", "believe", "know", "say", "said", "feel", "remember", "suppose", "expect", "guess", "reckon", "recall",
                      "thinks", "believes", "knows", "says", "feels", "want", "wants", "sure", "that"})


def _own_clause(toks: list[str], after: int, start: int) -> bool:
    """A choice's words that begin a clause of their own ("i was talking about", "he checked"), two or more
    words after the negation, with no verb between that carries the "not" on: beyond the negation's reach."""
    between = toks[after:start]
    return toks[start] in _SUBJECTS and len(between) >= 2 and not _RAISING & set(between)


def _negation_before(toks: list[str], start: int, lex: Lexicon, taken: set[int], heads: dict | None = None) -> int | None:
    """Where a negation that reaches `start` begins ("no scans", "not the diagnosis"), or None.
    `heads`: the negations by first word (found alike; only those that can start here are tried)."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < 4:
        tok = toks[j]
        if tok in SEPARATORS - {"and", "or"} or (tok in lex.negation_ends and not (tok == "yet" and toks[j - 1 : j] == ["not"])):
            return None  # ("not yet sure": the "yet" belongs to the "not")
        for neg in (lex.negations if heads is None else [*heads.get(tok, ()), *heads.get("", ())]):
            if tuple(toks[j : j + len(neg)]) == neg and j + len(neg) <= start:
                if _own_clause(toks, j + len(neg), start):
                    return None  # "she's not having chest pain i was talking about the murmur": the "not" ends with its own clause
                return j
        if j in taken:
            return None
        j -= 1
        steps += tok != "like" or toks[j : j + 1] not in (["feel"], ["feels"], ["felt"])  # "dont feel like i have": as "dont feel i have"
    return None


@remembered
def find_hits(toks: list[str], spec: StateSpec, lex: Lexicon, skip: set[int] = frozenset()) -> list[Hit]:
    """Names and lay words of choices, longest first, never overlapping; negated ones marked."""
    from .said_done import changed, done_before, in_history  # (said_done.py needs Hit from here)
    from .long_standing import inside_condition  # "I have a weak heart": the illness, not a sign now (ut14)

    taken: set[int] = set(skip)
    hits: list[Hit] = []
    table = prepared(spec, lex)
    folded = [fold(t) for t in toks]
    stemmed = [stem(t) for t in toks]  # phrases of two or more words match by word family (stems.py)
    lead = 0
    while lead < len(toks) and (toks[lead] in _LEADERS or toks[lead] in (",", ".") or _INTERJECTION.fullmatch(toks[lead])):
        lead += 1
    where: dict[int, dict[tuple, list[int]]] = {}  # phrase length -> words there -> where (a lookup, not a scan per phrase)
    # Only phrases whose first word is in the line can match: looked up by that word, then
    # tried in the index's order (longest first), as a scan of the whole index would.
    candidates = list(table.always)
    for word in set(folded) | set(stemmed):
        candidates += table.by_head.get(word, ())
    candidates.sort()
    urgent = spec.urgent or spec.name == "urgent_care_check"
    said_with_negation: set[int] = set()  # "cannot be away": a choice's own words that begin with "cannot"
    for _, phrase, cid, strength in candidates:
        size = len(phrase)
        if size not in where:
            where[size] = {}
            for at in range(len(toks) - size + 1):
                where[size].setdefault(tuple((folded if size == 1 else stemmed)[at : at + size]), []).append(at)
        for at in where[size].get(phrase, ()):
            if lex.modal_negations and phrase[:1] in lex.modal_negations:
                said_with_negation.add(at)
            if strength == 1 and at > lead:
                continue  # "yes"/"no" words answer only at the start: "it's not covered" is not a "no"
            if _goes_on(toks, at + size, size) and (strength == 1 or phrase in heads(lex.yes).members or phrase in heads(lex.no).members):
                continue  # "I do not believe so", "we don't know": not a bare "I do" / "we don't"
            if at + size < len(toks) and toks[at + size] in lex.other_language \
                    and (strength == 1 or phrase in lex.yes or phrase in lex.no or set(phrase) <= lex.other_language) \
                    and not (urgent and cid == spec.choices[0].id):  # "yes ahora" to "is it happening now?" stays yes
                continue  # "no tengo seguro", "ya le dije", "para mi esposo": a sentence in another language goes on
            span = set(range(at, at + size))
            if span & taken:
                continue
            taken |= span
            hits.append(Hit(cid, at, at + size, strength))
    either = lex.state(spec.name).either
    if either:  # "a urologist": a surgeon, or a doctor who does not operate? both, to be asked about
        hits = [h for h in hits if not settled(h, hits, either.get(tuple(folded[h.start : h.end]), ()), toks)]  # "the urologist, he's the surgeon"
        # "the biopsies from my colonoscopy", "the infusion drug, lecanemab" (a medicine), "urologist, surgeon": a word
        # that fits two, beside one of them named plainly, is that one (at a pick-one question only with no "not" in the line)
        if spec.multi:
            plain = {h.choice for h in hits if tuple(folded[h.start : h.end]) not in either}
            hits = [h for h in hits if not plain & set(either.get(tuple(folded[h.start : h.end]), ()))]
        elif not _NOT_WORDS & set(folded):  # at a pick-one question, only the one said right beside it ("a urologist, he sent us to a surgeon": asked)
            plain = [h for h in hits if tuple(folded[h.start : h.end]) not in either]
            hits = [h for h in hits if not any(o.choice in either.get(tuple(folded[h.start : h.end]), ()) and (_beside(toks, h, o) or o.start == h.end and toks[o.start : o.end] in (["surgeon"], ["surgeons"]))
                                               for o in plain)]  # "an ENT surgeon": the surgeon, the ENT only says which
        hits += [Hit(cid, h.start, h.end, 3) for h in list(hits) for cid in either.get(tuple(folded[h.start : h.end]), ()) if cid != h.choice]
    if table.begins_other:  # "keep going w the plan": "keep going" (go on), or "keep going with" (the plan)? ask
        said = {h.choice for h in hits}
        for h in list(hits):
            others = table.begins_other.get(tuple(folded[h.start : h.end]), ())
            # Said alone ("go ahead"), it is that choice's own name: stored as the flow says.
            alone = all(t in lex.fillers or t in SEPARATORS or not t.isalnum() for t in toks[: h.start] + toks[h.end :])
            if others and not alone and not (said - {h.choice}) & set(others) and len([o for o in hits if o.choice == h.choice]) == 1:
                hits += [Hit(cid, h.start, h.end, 3) for cid in others]
    hits += _fuzzy_hits(toks, folded, spec, lex, taken)
    from .modified import not_a_doctor, with_a_modifier  # "is not a fibroid specialist": the choice's "not a specialist", one word inside

    inside = with_a_modifier(toks, stemmed, table, taken) + not_a_doctor(toks, table, taken)  # "isnt a surgeon": a doctor for the X
    if inside:
        hits = [h for h in hits if not any(m.start <= h.start and h.end <= m.end for m in inside)] + inside
    hits = [h for h in hits if not _place(toks, folded, h, lex)]
    hits.sort(key=lambda h: h.start)
    hits = no_one_subject(toks, hits, spec) if "one" in toks else hits  # "no one takes me seriously": no "none" (u22a)
    # A bare "no"/"none" right before another choice is a negation of it, not a pick.
    out: list[Hit] = []
    for hit in hits:
        neg = _negation_before(toks, hit.start, lex, {i for h in hits if h is not hit for i in range(h.start, h.end)}, table.negations)
        if neg is not None and neg not in said_with_negation and not any(h.start <= neg < h.end for h in hits):
            if hit.end - hit.start == 1 and toks[hit.start] in ("anyway", "anyways", "anyhow", "regardless") and any(h.choice == hit.choice and h is not hit for h in hits):
                continue  # "..., my physio and surgeon dont agree anyway" beside the choice named: neither pick nor "no"
            hit = dataclasses.replace(hit, negated=True)
        out.append(hit)
    # Negation after the words (NegEx): "an operation was not needed", "the scan was fine".
    for k, hit in enumerate(out):
        after = toks[hit.end : hit.end + 5]
        clause = []
        for t in after:
            if t in SEPARATORS - {"and"} or t in ("but",):
                break
            clause.append(t)
        if any(tuple(clause[i : i + size]) in _AFTER_NEGATION_SET for size in _AFTER_NEGATION_SIZES for i in range(len(clause))) \
                or (hit.strength == 3 and any(tuple(clause[: len(p)]) == p for p in _FINE_AFTER)):
            out[k] = dataclasses.replace(hit, negated=True)
        elif after[:1] in (["no"], ["nope"], ["nah"]) and (len(after) == 1 or after[1] in SEPARATORS) and hit.strength == 3 \
                and not any(t in _NO_WORDS for t in toks[hit.start : hit.end]):
            out[k] = dataclasses.replace(hit, negated=True)  # "form yes, list no": a yes or no for each
    # "how sure she was", "how soon": the words of a question inside the line, not the answer.
    out = [h for h in out if not (h.start > 0 and toks[h.start - 1] == "how" and h.end - h.start == 1)]
    # A phrase that itself says "not" ("never saw the", "didn't have the") covers what follows:
    # "the first doctor never saw the biopsy report" is about the records, not the biopsy.
    for k in range(len(out) - 1):
        head, nxt = out[k], out[k + 1]
        said = toks[head.start + (toks[head.start] in _WHO) :]  # "we havent had a check": "havent" says it
        if (said[0],) in lex.negations and head.end - head.start > 1 and nxt.start - head.end <= 2 \
                and nxt.choice != head.choice and not any(t in SEPARATORS for t in toks[head.end : nxt.start]):
            out[k + 1] = dataclasses.replace(nxt, negated=True)
    # "not certain about what matters most": the doubt reaches what it is about; that is no pick (nor a "no" to it).
    # (Only after a pick said plainly before it: "not sure what I value most" alone stays asked.)
    out = [h for k, h in enumerate(out) if not (k > 1 and not out[0].negated and doubt_about(toks, out[k - 1], h))]
    if lex.state(spec.name).current:
        # A past cue makes a sign history; "none" itself is no sign: "none, he is confused as usual"
        # is none, the usual state its reason (screening has already run on the line).
        # A change said in the line ("confused as usual but worse today", "6, as usual but new since today"):
        # no sign is history, so "none" beside it is asked about, never stored.
        history = not changed(toks, lex)  # (nor a sign word inside a named illness, "a weak heart"; ut14; unless changed: rv14)
        out = [dataclasses.replace(h, negated=True) if h.choice != spec.none_choice and history and (in_history(toks, h, lex) or inside_condition(toks, h)) else h for h in out]
    if lex.state(spec.name).done_before:
        out = [dataclasses.replace(h, negated=True) if done_before(toks, h) else h for h in out]
    final = []
    for k, hit in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        words = toks[hit.start : hit.end]
        only_neg = tuple(words) in lex.negations or all(t in ("no", "not", "none", "nothing", "nope", "nah") for t in words)
        if only_neg and nxt is not None and nxt.start - hit.end <= 2 and not any(t in SEPARATORS for t in toks[hit.end : nxt.start]) and hit.choice != nxt.choice:
            out[k + 1] = nxt = dataclasses.replace(nxt, negated=True)
            if not (hit.start <= lead and tuple(words) in heads(lex.no).members and not spec.multi):
                continue  # "no, I haven't seen anyone" at a yes/no question: the "no" answers too
        final.append(hit)
    if spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return final  # "not eating or drinking" is itself a sign: never reached over at the safety questions
    return _negated_over_or(toks, final, lex)


_OR = ("or", "nor")
_NOT_BEFORE_OR = frozenset({"no", "not", "nothing", "neither", "never", "without", "nor", "none"})


def _negated_over_or(toks: list[str], hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """ "not the form or the date", "no operations or hospital stays", "neither X nor Y": the "not"
    reaches over "or" to the next thing named (with "and", "no scans and labs", it does not)."""
    out = list(hits)
    taken = {i: h for h in out for i in range(h.start, h.end)}
    for k, hit in enumerate(out):
        if hit.negated:
            continue
        j = hit.start - 1
        while j >= 0 and toks[j] in ("any", *_DETERMINERS):
            j -= 1
        if j < 0 or toks[j] not in _OR:
            continue
        for i in range(j - 1, max(-1, j - 6), -1):  # back over what came before "or", in the same part
            t = toks[i]
            if t in SEPARATORS and t not in _OR or t in ("but", "and", "just", "only"):
                break
            if i in taken and taken[i].negated:
                out[k] = dataclasses.replace(hit, negated=True)
                break
            if i in taken:
                continue
            if t in _NOT_BEFORE_OR or (t,) in lex.negations:
                out[k] = dataclasses.replace(hit, negated=True)
                break
        if out[k].negated:
            taken.update({i: out[k] for i in range(hit.start, hit.end)})
    return out


_DETERMINERS = ("the", "a", "an", "my", "her", "his", "their", "our", "your")
_WHO = ("i", "we", "he", "she", "they")
_NO_WORDS = {"no", "not", "none", "nothing", "nope", "nah", "never"}
# Words after "i do", "we dont", "i have" that turn it into another sentence.
_TURNS = {"not", "know", "knw", "believe", "think", "remember", "recall"}


def _goes_on(toks: list[str], end: int, size: int) -> bool:
    """A yes/no phrase of a subject and a verb that the sentence turns into something else:
    "we don't know", "I do not believe so" are not a bare "we don't" / "I do"."""
    return size >= 2 and end < len(toks) and toks[end] in _TURNS


def _place(toks: list[str], folded: list[str], hit: Hit, lex: Lexicon) -> bool:
    """ "scans and blood tests at the hospital": a place word after "at" or "from" says where, it is no pick."""
    if tuple(folded[hit.start : hit.end]) not in lex.place_names and (hit.end - hit.start != 1 or folded[hit.start] not in lex.places):
        return False  # (a place of two or more words is whole: "at the cancer center")
    j = hit.start - 1
    if j >= 0 and toks[j] in _DETERMINERS:
        j -= 1
    # "the ones from the hospital": where, not which; "the papers from the hospital" are its papers.
    return j >= 0 and (toks[j] == "at" or (toks[j] == "from" and j > 0 and toks[j - 1] in ("ones", "one", "those", "them", "stuff", "things")))


_AFTER_NEGATIONS = (("not", "needed"), ("not", "necessary"), ("isnt", "needed"), ("wasnt", "needed"), ("ruled", "out"),
                    ("not", "required"), ("is", "not", "needed"), ("not", "needed", "yet"),
                    ("is", "same"), ("is", "the", "same"), ("are", "the", "same"), ("are", "same"), ("was", "the", "same"),  # "the diagnosis is same"
                    ("on", "nothing"), ("about", "nothing"),  # "they agree on nothing": not "they agree"
                    # "travel isnt hard though", "travel is not a problem for us": the choice's words, then said not to hold
                    ("isnt", "hard"), ("is", "not", "hard"), ("isnt", "difficult"), ("is", "not", "difficult"), ("not", "a", "problem"),
                    ("not", "an", "issue"), ("no", "problem"), ("not", "a", "worry"), ("isnt", "an", "issue"), ("is", "easy"),
                    # "biopsy not done yet", "the MRI hasn't been done": there is none of it yet
                    ("not", "done"), ("not", "yet", "done"), ("isnt", "done"), ("wasnt", "done"), ("hasnt", "been", "done"),
                    ("havent", "been", "done"), ("not", "been", "done"), ("never", "done"), ("never", "been", "done"), ("not", "had", "yet"),
                    # "support is still thin", "support is not enough": the choice's words, said to be lacking
                    ("is", "thin"), ("still", "thin"), ("is", "lacking"), ("still", "lacking"), ("is", "not", "enough"), ("isnt", "enough"),
                    ("not", "enough"), ("are", "lacking"), ("is", "not", "there"), ("isnt", "there"))  # "the advice isn't there yet"
_AFTER_NEGATION_SET, _AFTER_NEGATION_SIZES = frozenset(_AFTER_NEGATIONS), tuple(sorted({len(p) for p in _AFTER_NEGATIONS}))  # looked up (p14)
# Said right after the choice's words: "her breathing is normal" (but "no, my husband is fine" keeps its "no").
_FINE_AFTER = (("is", "normal"), ("are", "normal"), ("was", "normal"), ("were", "normal"), ("is", "fine"), ("are", "fine"))
