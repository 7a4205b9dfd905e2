"""The safety net: screen every line for emergency red flags before it is read as an answer.

One pass, linear in the length of the line: normalise the words and cut the line into clauses and
sentences (text.py); blank out idioms; find every sign in dialogues/red_flags.yaml, the
safety-net vocabulary (acute-danger words that get at least the question) and, in a line of a few
words, the short-message words ("hes blue"); look around each sign for context (negated,
hypothetical, historical, family, chronic, resolved) and escalators (sudden, now, "he is ...");
combine signs (chest pain + sweating); report the highest level.
Signs are matched before any cue is looked at, so a red flag that contains a negation word
("can't breathe", "won't wake up") is never cancelled by a negation rule. All phrases are in the
YAML; rules.py turns them into regexes and anchors, and a pattern list (finders.py) runs only on
the clauses holding one of its anchors (a short line with no sign costs one scan and no pattern).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import groupby

from .advice import advice_keys as _advice
from .finders import FINDERS as _FINDERS
from .finders import SHARED as _SHARED
from .finders import TABLES as _TABLES
from .finders import Finder as _Finder  # noqa: F401  (the tests count its work)
from .groups import _BY_CATEGORY, _CONTEXTS, _CUE_FINDERS_OF, _EFFECTS, _ESCALATORS, _GROUP_FINDERS, _GROUPS  # noqa: F401
from .groups import _UNANCHORED_CUES, _Group  # noqa: F401  (the tests read them here)
from .later import later_cue
from .own_clause import carried_over
from .lists import bare_run
from .long import PIECE, screen_long
from .rules import CUES, SIGNS, group_spec, sign_specs
from .self_harm_concepts import with_cues as _with_cues  # the self-harm cues, then their concepts (sh16)
from .warning_signs import with_warning_signs as _with_warning_signs
from .doubt_net import with_doubt as _with_doubt
from .concept_signs import with_concepts as _with_concepts
from .family_story import with_family_story as _with_family_story
from .result import Screening  # noqa: F401  (the engine, the other screens and tests read it here)
from .signs import CATEGORIES, LEVEL_NAMES  # noqa: F401  (the engine and tests read them here)
from .signs import Sign as _Sign, Signs as _Signs  # noqa: F401
from .text import Doc as _Doc
from .text import blanked as _blanked
from .text import doc_of as _doc_of
from .text import spell as _spell  # noqa: F401  (the tests check the spelling)

NONE, ASK, EMERGENCY = 0, 1, 2
# A line-wide cue (an escalator given as a list: "now", "suddenly", "an hour ago") counts for a sign in the sign's own
# sentence and the one on either side ("chest pain. started 10 min ago."), never from a sentence further off, which
# is about something else (t11; measured on rounds 1-21: no emergency line lower, one long story less alarmed).
_LINE_SENTENCES = 1


NOTHING = Screening()

# --- the rules, loaded once (from the parsed-content cache when it is current; finders.py) ---
_RULES = _TABLES.head["rules"]
_SHORT = _RULES["short"]
_SIGNS = _Signs(sign_specs(_RULES))
_SIGN_FINDERS = [_FINDERS[f"sign {name}"] for name, _, _ in _SIGNS._specs]  # what _Sign.finder will be
_SIGN_AT = {finder.number: i for i, finder in enumerate(_SIGN_FINDERS)}  # pattern list number -> sign
_UNANCHORED = frozenset(i for i, finder in enumerate(_SIGN_FINDERS) if not finder.anchored)  # run on every line
_NEGATION_WORDS = frozenset(_RULES["context"]["negated"]["negation_words"])
_NEGATION_STOPS = frozenset(_RULES["context"]["negated"]["scope_stops"])
_PSEUDO_CUES = _FINDERS["pseudo_cues"]
_IDIOMS = _FINDERS["idioms"]
_COMBOS = [{**combo, "first": frozenset(combo["first"]), "second": frozenset(combo["second"])} for combo in _RULES["combos"]]
_COMBOS_OF: dict[str, list[int]] = {}  # sign name -> the combinations naming it, by number (in the YAML's order)
for _number, _combo in enumerate(_COMBOS):
    for _name in _combo["first"] | _combo["second"]:
        _COMBOS_OF.setdefault(_name, []).append(_number)


# --- signs and their context -----------------------------------------------------------------
@dataclass
class _Hit:
    sign: _Sign
    start: int  # character offsets in doc.joined
    end: int
    first: int  # word indices
    last: int
    clause: int
    effects: tuple[str, ...] = ()


def without_idioms(doc: _Doc) -> str:
    """The line's words with every idiom blanked out, found once per line (the doubt net reads it too)."""
    if doc.idioms_blanked is None:
        idioms = [m.span() for m in _IDIOMS.finditer(doc, doc.joined)]
        doc.idioms_blanked = _blanked(doc.joined, idioms) if idioms else doc.joined
    return doc.idioms_blanked


def _find_signs(doc: _Doc) -> list[_Hit]:
    text = without_idioms(doc)
    hits, short, anchored = [], len(doc.starts) <= _SHORT["max_words"], doc.anchored(SIGNS)
    for sign in (_SIGNS[i] for i in sorted(_UNANCHORED.union(_SIGN_AT[n] for n in anchored if n in _SIGN_AT))):
        if sign.alone and not short:
            continue
        finder = sign.finder  # its clauses are those the scan found its anchors in (Finder.clauses, read here once)
        for match in finder.matches(doc, text, anchored.get(finder.number, ()) if finder.anchored else finder.clauses(doc)):
            first = doc.word_at(match.start())
            clause = doc.clause_of[first]
            if sign.alone and not sign.alone.issuperset(f"{text[:match.start()]} {text[match.end():]}".split()):
                continue  # a short-message word: every other word of the line must be a filler
            if not (sign.excluded_words and sign.excluded_words & doc.clause_words(clause)):
                hits.append(_Hit(sign, match.start(), match.end(), first, doc.word_at(match.end() - 1), clause))
    return hits


class _Cues:
    """Where each context cue and escalator was found, only in the sentences that hold a sign.
    Before/after cues are looked for with every sign and pseudo-cue blanked out (the "not" in
    "not breathing" or the "no" in "no change" must not negate anything); clause-wide ones in
    the plain line, so "my dad had a stroke" still shows its family cue around the sign itself."""

    def __init__(self, doc: _Doc, hits: list[_Hit]):
        self.doc = doc
        self.sign_words = sorted(hit.first for hit in hits if hit.sign.category)  # where signs start (later cues)
        self.signs_in: dict[int, list[tuple[int, int]]] = {}  # clause -> sign spans (bare list items)
        for hit in hits:
            self.signs_in.setdefault(hit.clause, []).append((hit.start, hit.end))
        sentences = {doc.sentence_of[hit.clause] for hit in hits}
        near = {c for c, s in enumerate(doc.sentence_of) if s in sentences}
        masked = _blanked(doc.joined, [(h.start, h.end) for h in hits if not h.sign.setting]  # a setting is no symptom
                          + [m.span() for m in _PSEUDO_CUES.finditer(doc, doc.joined, near)])
        # group name -> kind -> word positions (before/after) or clauses / sentences; a group or
        # kind with nothing near a sign is left out
        self.at: dict[str, dict] = {}
        self.cue_clauses: dict[str, set[int]] = {}  # group name -> the clauses its cues were found in (own_clause.py)
        anchored = doc.anchored(CUES)
        ran: dict[tuple, list] = {}  # lists sharing a regex: (regex, text, clauses) -> its matches, found once
        # only the lists with an anchor in the line (or none at all), in the order of _GROUP_FINDERS (p13: not a
        # look at each of the ~300 lists per line to skip it); a group's kinds come one after the other
        runs = sorted(_UNANCHORED_CUES.union(*(_CUE_FINDERS_OF.get(number, ()) for number in anchored)))
        for group, kinds in groupby(map(_GROUP_FINDERS.__getitem__, runs), key=lambda item: item[0]):
            at = {}
            for _, kind, finder in kinds:
                whole = kind in ("line", "later", "answer")  # later: after the sign, anywhere in the line (see found)
                clauses = finder.clauses(doc, None if whole else near)
                if not clauses:
                    continue
                if kind == "sentence":  # a sentence cue may start in a clause before its anchor ("i have a cold | my voice")
                    told = {doc.sentence_of[c] for c in clauses}
                    clauses = sorted(c for c in near if doc.sentence_of[c] in told)
                on = masked if kind in ("before", "after") and group in _CONTEXTS else doc.joined
                matches = finder.in_sentences(doc, on) if whole else finder.matches(doc, on, clauses)
                if finder.same in _SHARED:  # the same regex on the same text and clauses: the same matches
                    key = (finder.same, on is masked, kind == "line" or tuple(clauses))
                    matches = ran[key] if key in ran else ran.setdefault(key, list(matches))
                words = sorted(doc.word_at(m.end() - 1 if kind == "before" else m.start()) for m in matches)
                clauses = {doc.clause_of[w] for w in words}
                self.cue_clauses.setdefault(group.name, set()).update(clauses)
                found = (set(words) if kind == "opening" else words if kind in ("before", "after", "later") else
                         {doc.sentence_of[c] for c in clauses} if kind == "sentence" else
                         {c - 1 for c in clauses if c and doc.sentence_of[c - 1] == doc.sentence_of[c]}
                         if kind == "next_clause" else clauses)
                if found:
                    at[kind] = found
            if at:
                self.at[group.name] = at
        # the contexts that may be found for some sign (found() is False for any other: effects() asks only these)
        self.contexts = tuple(c for c in _CONTEXTS if (any("line" in self.at.get(name, ()) for name in c.requires)
                                                       if c.bare_items else c.name in self.at))

    def _in_window(self, positions: list[int], low: int, high: int, clause: int) -> list[int]:
        return [p for p in positions[bisect_left(positions, low):bisect_right(positions, high)]
                if self.doc.clause_of[p] == clause]

    def found(self, group: _Group, hit: _Hit, line: bool = False) -> bool:
        """Is a cue of this group where it counts for this sign? (`line`: anywhere in the line.)"""
        if group.bare_items:
            heads = set().union(*(self.at.get(name, {}).get("line", ()) for name in group.requires))
            return bare_run(self.doc, hit, self.signs_in, heads, group.bare_items)
        at = self.at.get(group.name)
        if at is None:
            return False
        if "line" in at:
            if not line:
                return hit.clause in at["line"]
            sentence = self.doc.sentence_of[hit.clause]
            return any(abs(self.doc.sentence_of[clause] - sentence) <= _LINE_SENTENCES for clause in at["line"])
        if (hit.clause in at.get("anywhere", ()) or hit.clause in at.get("next_clause", ())
                or self.doc.sentence_of[hit.clause] in at.get("sentence", ())):
            return True
        if later_cue(at.get("later", ()), self.sign_words, hit.last):
            return True
        if hit.clause + 1 in at.get("answer", ()) and self.doc.asked(hit.clause):
            return True  # "ball pain? nah, nothing like that": the sign asked back and answered
        if (hit.first in at.get("opening", ())
                or self._in_window(at.get("after", []), hit.last + 1, hit.last + 1 + group.window, hit.clause)):
            return True
        cues = self._in_window(at.get("before", []), hit.first - 1 - group.window, hit.first - 1, hit.clause)
        if group.name == "negated":  # "no fever and short of breath": "and" ends the negation
            cues = [c for c in cues if c + 1 == hit.first
                    or not _NEGATION_STOPS & self.doc.words(self.doc.starts[c + 1], self.doc.starts[hit.first])]
        return bool(cues)

    def effects(self, hit: _Hit) -> tuple[str, ...]:
        negation_proof = bool(_NEGATION_WORDS & self.doc.words(hit.start, hit.end))
        return tuple(c.name for c in self.contexts if not (c.name == "negated" and negation_proof)
                     and (not c.only or hit.sign.name in c.only) and c.name not in hit.sign.ignores
                     and self.found(c, hit) and not any(self.found(_ESCALATORS[name], hit) for name in c.unless)
                     and not any(self.found(_ESCALATORS[name], hit, line=True) for name in c.unless_line)
                     and self._told(c, hit) and not carried_over(self, c, hit))

    def _told(self, context: _Group, hit: _Hit) -> bool:
        """Is a sign's clause told the way `context.requires` asks (a cue of one of its groups
        where that group counts: in the clause, or the sentence for a sentence-wide group)? A
        clause with no tense of its own ("hives only") takes it from the nearest of the three
        clauses before it, in its sentence, that has one (an `unless` cue there says no)."""
        if not context.requires or any(self.found(_ESCALATORS[name], hit) for name in context.requires):
            return True
        sentence = self.doc.sentence_of[hit.clause]
        for clause in range(hit.clause - 1, max(hit.clause - 4, -1), -1):
            if self.doc.sentence_of[clause] != sentence:
                return False
            if any(clause in self.at.get(name, {}).get("line", ()) for name in context.requires):
                return True
            if any(clause in self.at.get(name, {}).get("line", ()) for name in context.unless):
                return False
        return False

    def escalated(self, hit: _Hit) -> bool:
        return any(self.found(_ESCALATORS[name], hit, line=True) for name in hit.sign.escalate_on)


def _apply(effects: tuple[str, ...], level: int, category: str) -> int:
    """The level left after each context effect (none / ask / downgrade / keep) for this category."""
    overrides = CATEGORIES[category].get("context_effects", {})
    for name in effects:  # a pair of signs may carry the same context twice: it counts twice
        effect = overrides.get(name) or _BY_CATEGORY[name].get(category, _EFFECTS[name])
        if effect == "none":
            return NONE
        level = min(level, ASK) if effect == "ask" else max(level - 1, NONE) if effect == "downgrade" else level
    return level


# --- putting it together ------------------------------------------------------------------------
_SETTING_EFFECTS = frozenset({"negated", "hypothetical", "risk_question"})
_ALONE_ONLY = frozenset(n for n, spec in _RULES["context"].items() if group_spec(spec).get("alone_only"))  # never in a pair
_TOLD_NOW = ("now", "minutes")  # the escalators that tell a sign as going on as they type (Screening.told_now)


def _pair_effects(hit: _Hit, other: _Hit | None = None) -> tuple[str, ...]:
    """The context a hit brings to a combination: a setting ("pregnant", "after the operation
    4 days ago") brings only its negation or a worry, never its history; an alone_only one, only if `other` has it too."""
    return tuple(e for e in hit.effects if (e in _SETTING_EFFECTS if hit.sign.setting
                                            else e not in _ALONE_ONLY or (other and e in other.effects)))


def _least_qualified(hits: list[_Hit], names: frozenset[str], category: str) -> list[_Hit]:
    """The three hits among `names` that their context weakens least (keeps pairing linear)."""
    side = [hit for hit in hits if hit.sign.name in names]
    return sorted(side, key=lambda hit: -_apply(_pair_effects(hit), EMERGENCY, category))[:3] if len(side) > 1 else side


def _findings(hits: list[_Hit], cues: _Cues) -> list[tuple[int, str, tuple[_Hit, ...], str | None]]:
    """(level, category, hits, label): each sign on its own, then each combination (chest pain +
    sweating, fever + confusion...): a pair of signs that do not overlap is an emergency, less its
    context. A combination is told by its own label, else by the label of the sign leading it."""
    found = [(_apply(hit.effects, EMERGENCY if cues.escalated(hit) else hit.sign.level, hit.sign.category),
              hit.sign.category, (hit,), hit.sign.label) for hit in hits if hit.sign.category]
    names = {hit.sign.name for hit in hits}
    # only the combinations naming a sign found (each still needs one of each side), in the YAML's order
    for combo in map(_COMBOS.__getitem__, sorted({n for name in names for n in _COMBOS_OF.get(name, ())})):
        category = combo["category"]
        if names.isdisjoint(combo["first"]) or names.isdisjoint(combo["second"]):
            continue
        for a in _least_qualified(hits, combo["first"], category):
            for b in _least_qualified(hits, combo["second"], category):
                if a.end <= b.start or b.end <= a.start:  # two signs, not one read twice
                    pair = tuple(sorted((a, b), key=lambda hit: hit.start))
                    effects = _pair_effects(a, b) + _pair_effects(b, a)
                    if a.sign.setting or b.sign.setting:  # "chemo 10 days ago, fever": the time is the setting's
                        effects = tuple(e for e in effects if e != "historical_nearby")
                    level = _apply(effects, LEVEL_NAMES.index(combo.get("level", "emergency")), category)
                    found.append((level, category, pair, combo.get("label", a.sign.label)))
    return found


def screen(text: str) -> Screening:
    """How urgent this line is: "emergency", "ask" (is it happening now?) or "none".
    A very long line is screened in full, in bounded pieces (see long.py)."""
    if not isinstance(text, str) or not text.strip():
        return NOTHING
    return _with_family_story(text, _screened(text), _screened)  # a relative's story retold: sh18


def _screened(text: str) -> Screening:
    if "\n" in text.strip():  # a paste of several lines (plain mode, the window): a sign may run across a break
        return _louder(_screen_line(text), _screen_line(" ".join(text.split())))
    return _screen_line(text)


def _screen_line(text: str) -> Screening:
    if len(text) > PIECE:
        return screen_long(text, _screen_piece, _merged)
    return _screen_piece(text)


def _louder(as_pasted: Screening, joined: Screening) -> Screening:
    """The louder of a paste screened as pasted and joined ("I have tightness" / "in my chest", ut15b); a tie: as pasted."""
    if LEVEL_NAMES.index(joined.level) > LEVEL_NAMES.index(as_pasted.level):
        return joined
    return as_pasted


def _weighed(hits: list[_Hit], cues: _Cues) -> list[_Hit]:
    """Each hit with its context, in order; once a sign has been found at the highest level it
    can reach, with no context weakening it, its later hits can add nothing (not to the level,
    nor to a combination, which takes the least weakened hits) and are not weighed again. This
    caps the work for a line full of the same signs without skipping any text."""
    weighed, done = [], set()
    for hit in hits:
        if hit.sign.name in done:
            continue
        hit.effects = cues.effects(hit)
        weighed.append(hit)
        if not hit.effects and (hit.sign.level == EMERGENCY or not hit.sign.escalate_on or cues.escalated(hit)):
            done.add(hit.sign.name)
    return weighed


def _merged(results: list[Screening]) -> Screening:
    """The pieces of one line as one result: the highest level, with what set it (and any
    crisis at least asked about), in order."""
    level = max((LEVEL_NAMES.index(r.level) for r in results), default=NONE)
    if level == NONE:
        return NOTHING
    kept = [r for r in results if LEVEL_NAMES.index(r.level) == level or r.crisis]

    def joined(field: str) -> tuple:
        return tuple(dict.fromkeys(value for r in kept for value in getattr(r, field)))

    checked = tuple(dict.fromkeys(value for r in kept for value in (r.check_recognised or r.recognised)))
    return Screening(LEVEL_NAMES[level], joined("categories"), joined("matched"), joined("recognised"), joined("advice"),
                     any(r.told_now for r in kept), checked if checked != joined("recognised") else ())


def _screen_piece(text: str, own: tuple[int, int] | None = None) -> Screening:
    """One line, or one piece of a long one: the red-flag signs, raised by the self-harm cues
    when they say more (self_harm_cues.py: cues that combine, for wordings no phrase has), and a line still
    quiet asked about when it has a general shape of doubt (doubt_net.py: a body now, a means with a time); the weak
    categories are raised by their concepts first (concept_signs.py: a medicine x taken x too many x a state now)."""
    return _with_doubt(text, _with_concepts(text, _with_warning_signs(text, _with_cues(text, _screen_signs(text, own)))))


def _screen_signs(text: str, own: tuple[int, int] | None = None) -> Screening:
    """One line, or one piece of a long one counting the signs that start in `own` (see long.py)."""
    if not text.strip():
        return NOTHING
    doc = _doc_of(text)
    hits = _find_signs(doc)
    if not hits:
        return NOTHING
    cues = _Cues(doc, hits)
    if own:  # the rest are counted by the neighbouring pieces
        hits = [hit for hit in hits if own[0] <= doc.spans[hit.first][0] < own[1]]
    hits = _weighed(hits, cues)
    findings = _findings(hits, cues)
    level = max((f[0] for f in findings), default=NONE)
    if level == NONE:
        return NOTHING
    # Report what set the level; a crisis is always reported, whatever else was found.
    kept = sorted((f for f in findings if f[0] == level or (f[1] == "self_harm" and f[0] >= ASK)), key=lambda f: f[2][0].start)
    hits_kept, reach = [], -1  # in order; a hit inside another one ("blue" in "hes blue") is not repeated
    for h in sorted({id(h): h for f in kept for h in f[2]}.values(), key=lambda h: (h.start, -h.end)):
        if h.end > reach:
            hits_kept.append(h)
            reach = h.end
    matched = (" ".join(doc.original[doc.spans[h.first][0]:doc.spans[h.last][1]].split()) for h in hits_kept)
    # A sign told by its own label ("fainting or passing out") stands for its category: the category's general label
    # ("someone who is unconscious or having a seizure") is not said beside it for a hit of the broad vocabulary
    # alone (`net_*`: the same word "fainted" again) (lo9); any other finding keeps its category's label.
    labelled = {f[1] for f in kept if f[3]}
    recognised = (f[3] or CATEGORIES[f[1]]["label"] for f in kept
                  if f[3] or f[1] not in labelled or not all(h.sign.name.startswith("net_") for h in f[2]))
    recognised = tuple(dict.fromkeys(recognised))
    checked = ()
    if level == ASK and len({h.sign.name for h in hits}) == 1 and not any(
            f" {w}" in f" {doc.joined}" for w in hits[0].sign.check_label_unless):  # a sign alone at the check is named by its
        # own check label ("a fever"), only when no other sign of any level, nor a word that says more, is in the line
        # ("fever and chills", "a fever and a rash": review rv30)
        checked = tuple(dict.fromkeys(f[3] or (f[2][0].sign.check_label if len(f[2]) == 1 else None) or CATEGORIES[f[1]]["label"]
                                      for f in kept if f[3] or f[1] not in labelled or not all(h.sign.name.startswith("net_") for h in f[2])))
        checked = checked if checked != recognised else ()
    now = any(cues.found(_ESCALATORS[name], h, line=True) for name in _TOLD_NOW for h in hits_kept)
    return Screening(LEVEL_NAMES[level], tuple(dict.fromkeys(f[1] for f in kept)), tuple(dict.fromkeys(matched)),
                     recognised, _advice(doc, [h for f in kept for h in f[2]],
                                         [h for f in kept if f[1] == "self_harm" for h in f[2]]), now, checked)
