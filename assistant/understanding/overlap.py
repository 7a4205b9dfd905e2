"""A last try before a re-ask: the line's own words compared with each choice's words.

When no phrase rule understood a line (a pick-one question), or part of a line (a pick-any
question), the meaning-bearing words of that text are scored against each choice of the question:
its label (both forms), synonyms and lexicon phrases, by word family ("stayed" is "stay",
"diagnosed" is "diagnosis"), a near spelling counted a little less ("herd" for "heard").

- A word counts by how specific it is to one choice among this question's choices: a word of
  one choice counts 1, of two (out of four or more) 0.5, of more nothing; words of no choice,
  filler (dialogues/overlap.yaml `stop`) and words every choice shares say nothing. Two words
  side by side as in a choice's phrase add 0.5.
- Negation is kept with the word: "no kidney specialist yet" says "specialist" negated. A
  choice whose phrases say the word the same way ("I do not feel heard" and "i dont feel herd")
  gains; a choice that says it the other way is counter-evidence and never offered.
- One choice clearly ahead on strong, specific evidence (`accept`): taken. Ahead but not clearly
  (`likely`): offered for a Yes. Nothing ahead, two close, counter-evidence: None, the re-ask
  as before. Never a "none" or "not sure" choice, never a silent pick at the emergency
  questions, and a hedge in the line ("maybe", "I think") makes it an offer at most.

The vocabulary of a question is built once and cached; a line costs a few dictionary look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..flow import StateSpec
from .lexicon import Lexicon, fold
from .spelling import _near as spelled_near
from .stems import stem, swaps
from .text import MAX_ANSWER_CHARS, tokens

ACCEPT = "accept"
LIKELY = "likely"

# Thresholds (evidence is in "specific words": 1 for a word of one choice only).
ACCEPT_SCORE = 2.0  # at least two specific words, or one and a phrase pair...
ACCEPT_EXACT = 2  # ...with this many distinct words matched exactly (not by spelling or prefix), each counting 0.5 or more
ACCEPT_RATIO = 0.25  # the runner-up has at most this share of the winner's evidence
ACCEPT_BASE = 1.5  # ...from the words themselves, without the pair bonus
ACCEPT_COVER = 0.6  # and the winner explains at least this share of the line's meaning words
LIKELY_SCORE = 0.75  # one specific word, even by a near spelling ("herd" for "heard")
LIKELY_RATIO = 0.5
LIKELY_MARGIN = 0.75
LIKELY_COVER = 0.34
RESCUE_SCORE = 1.25  # a part set aside as a remark is read only on more than one word's evidence
MAX_WORDS = 30  # meaning words looked at; a story longer than this is asked about (as choices.LONG_ANSWER)
PAIR_BONUS = 0.5
NEAR_WEIGHT = 0.75  # a word matched by a near spelling or a longer/shorter form

# Questions where a silent pick could hold back emergency advice or store "fine" wrongly.
_URGENT = frozenset({"red_flags", "red_flags_child", "urgent_care", "urgent_care_check"})


@dataclass(frozen=True)
class Words:
    stop: frozenset[str]
    negations: frozenset[str]
    ends: frozenset[str]
    reach: int
    hedges: frozenset[str]
    general: frozenset[str]
    turns: frozenset[str]


@cache
def words() -> Words:
    from ..paths import dialogues_dir

    return load_words(dialogues_dir() / "overlap.yaml")


def load_words(path) -> Words:
    """The word lists of `path`; a missing, unreadable or incomplete file is a LexiconError that
    names the file and what is wrong."""
    from .. import yaml_cache
    from ..yaml_cache import YamlSyntaxError, parse_yaml
    from .lexicon import LexiconError

    try:
        data = yaml_cache.load(path, parse_yaml)
    except YamlSyntaxError as exc:
        raise LexiconError(f"{path.name}: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path.name}: cannot be read ({exc.__class__.__name__})") from None
    keys = ("stop", "negations", "negation_ends", "negation_reach", "hedges", "general", "turns")
    if not isinstance(data, dict) or any(k not in data for k in keys):
        raise LexiconError(f"{path.name}: needs the lists {', '.join(keys)}")
    lists = {k: data[k] for k in keys if k != "negation_reach"}
    if any(not isinstance(v, list) for v in lists.values()) or not isinstance(data["negation_reach"], int):
        raise LexiconError(f"{path.name}: {', '.join(lists)} must be lists of words and negation_reach a number")
    flat = lambda key: frozenset(str(w) for w in data[key])  # noqa: E731
    return Words(flat("stop"), flat("negations"), flat("negation_ends"), data["negation_reach"], flat("hedges"),
                 frozenset(root(str(t)) for t in data["general"]), frozenset(root(str(t)) for t in data["turns"]))


@lru_cache(maxsize=8192)
def root(tok: str) -> str:
    """A word's family, a little wider than stems.stem: the past too ("stayed" -> "stay"), and
    -ies/-ied ("biopsies" -> "biopsy"). Both the line and the choices go through it."""
    word = fold(tok)
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
        if len(word) >= 3 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
        return word
    return stem(word)


@dataclass(frozen=True)
class Vocab:
    ids: tuple[str, ...]
    polarity: dict  # root -> {choice id -> frozenset of polarities (True: negated)}
    weight: dict  # root -> {choice id -> how much the word says for that choice}
    pairs: dict  # (root, root) -> choice ids
    by_start: dict  # first two letters -> roots (for near spellings and longer forms)
    said: dict  # choice id -> every word its names use, filler included ("if" in "...if this plan does not work?")


def _content(toks: list[str], w: Words) -> list[tuple[str, bool, bool]]:
    """(root, negated, follows the previous one directly) for each meaning word."""
    out: list[tuple[str, bool, bool]] = []
    left, joined = 0, False
    for tok in toks:
        if tok in w.negations:
            left, joined = w.reach, False
            continue
        if tok in w.ends or not tok.isalpha():
            left, joined = 0, False
            continue
        if tok in w.stop or len(tok) < 2:
            continue  # a filler word neither ends a negation nor breaks a pair ("the hospital papers")
        out.append((root(tok), left > 0, joined))
        left = max(0, left - 1)
        joined = True
    return out


@lru_cache(maxsize=256)
def vocabulary(spec: StateSpec, lex: Lexicon) -> Vocab:
    from .matching import label_forms

    w = words()
    state = lex.state(spec.name)
    polarity: dict[str, dict[str, set[bool]]] = {}
    pairs: dict[tuple[str, str], set[str]] = {}
    said: dict[tuple[str, str], int] = {}  # (root, choice) -> how many of its names use the word
    raw: dict[str, set[str]] = {}
    for choice in spec.choices:
        core = [choice.id.replace("_", " "), *label_forms(choice), *choice.synonyms]
        lay = state.choices.get(choice.id, ())  # already words
        for n, name in enumerate([tokens(c) for c in core] + [list(p) for p in lay]):
            found = _content(name, w)
            raw.setdefault(choice.id, set()).update(root(t) for t in name if t.isalpha())
            for k, (r, neg, joined) in enumerate(found):
                polarity.setdefault(r, {}).setdefault(choice.id, set()).add(neg)
                said[r, choice.id] = said.get((r, choice.id), 0) + (2 if n < len(core) else 1)
                if joined and k:
                    pairs.setdefault((found[k - 1][0], r), set()).add(choice.id)
    count = len(spec.choices)
    weight = {}
    for r, where in polarity.items():
        df = len(where)
        specific = 1.0 if df == 1 else 0.5 if df == 2 and count >= 4 else 0.0
        # A word of the choice's own names, or of two of its lay phrases, counts in full; a word
        # of one lay phrase only ("only a nurse") is more likely context, and counts half.
        general = 0.5 if r in w.general else 1.0
        weight[r] = {cid: specific * general * (1.0 if said[r, cid] >= 2 else 0.5) for cid in where}
    by_start: dict[str, list[str]] = {}
    for r in polarity:
        if any(weight[r].values()) and len(r) >= 4:
            by_start.setdefault(r[:2], []).append(r)
    return Vocab(tuple(c.id for c in spec.choices), {r: {c: frozenset(p) for c, p in d.items()} for r, d in polarity.items()}, weight,
                 {k: frozenset(v) for k, v in pairs.items() if len(v) == 1}, {k: tuple(v) for k, v in by_start.items()},
                 {k: frozenset(v) for k, v in raw.items()})


def _near(typed: str, known: str) -> bool:
    """A near spelling as spelling.py allows it (one letter more or less; one changed in a long
    word; two swapped), or a longer or shorter form of the same word ("coverage" and "cover",
    "diagnos" and "diagnosis"). At least one of the two has five letters ("herd" and "heard")."""
    if len(typed) < 4 or len(known) < 4 or max(len(typed), len(known)) < 5:
        return False
    short, long_ = sorted((typed, known), key=len)
    if len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return spelled_near(typed, known) or known in swaps(typed)


def _matches(r: str, vocab: Vocab) -> list[tuple[str, float]]:
    """The question's words this line word stands for, each with how much it counts."""
    if r in vocab.polarity:
        return [(r, 1.0)]
    near = [k for k in vocab.by_start.get(r[:2], ()) if _near(r, k)]
    return [(k, NEAR_WEIGHT) for k in near] if len(near) == 1 else []


@dataclass(frozen=True)
class Verdict:
    choice: str
    how: str  # ACCEPT or LIKELY
    score: float


def judge(text: str, spec: StateSpec, lex: Lexicon, *, picked: tuple = ()) -> Verdict | None:
    """Which choice the words of `text` point to, and how clearly; None when none does.
    `picked`: choices already read from the same line (a remainder may say more about one of
    them; it is reported as that choice, even a "none" or "not sure" one)."""
    toks = tokens(text)
    w = words()
    found = _content(toks, w)
    if not found or len(found) > MAX_WORDS or len(text) > MAX_ANSWER_CHARS or "?" in toks or spec.name in _URGENT or spec.urgent:
        return None
    vocab = vocabulary(spec, lex)
    score: dict[str, float] = {}
    exact: dict[str, set[str]] = {}
    used: dict[str, set[str]] = {}  # choice -> the line's words that counted for it
    against: set[str] = set()
    explained: dict[str, int] = {}
    meaning = 0  # line words that could say something here (known to some choice, or unknown)
    seen: set[tuple[str, bool]] = set()
    for r, neg, _ in found:
        if (r, neg) in seen:
            continue
        seen.add((r, neg))
        hits = _matches(r, vocab)
        if hits and not any(any(vocab.weight[k].values()) for k, _ in hits):
            continue  # a word every choice (or most) shares: neither meaning nor noise
        meaning += 1
        best: dict[str, float] = {}
        for k, how in hits:
            for cid, ways in vocab.polarity[k].items():
                if neg in ways:
                    best[cid] = max(best.get(cid, 0.0), vocab.weight[k][cid] * how)
                    if how == 1.0 and vocab.weight[k][cid] >= 0.5:
                        exact.setdefault(cid, set()).add(k)
                else:
                    against.add(cid)
        for cid, value in best.items():
            score[cid] = score.get(cid, 0.0) + value
            used.setdefault(cid, set()).add(r)
            explained[cid] = explained.get(cid, 0) + 1
    base = dict(score)
    for (a, neg_a, _), (b, neg_b, joined) in zip(found, found[1:]):
        if joined and neg_a == neg_b:
            for cid in vocab.pairs.get((a, b), ()):
                score[cid] = score.get(cid, 0.0) + PAIR_BONUS
    score = {c: s for c, s in score.items() if s > 0}
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best_id, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_id in against or top < LIKELY_SCORE or (second and ("or" in toks or "either" in toks)):
        return None  # "a surgeon or maybe a specialist": two choices weighed, not one meant
    cover = explained.get(best_id, 0) / max(meaning, 1)
    if second > top * LIKELY_RATIO or top - second < LIKELY_MARGIN or cover < LIKELY_COVER:
        return None
    if best_id in {spec.none_choice, "not_sure", lex.state(spec.name).dont_know} and best_id not in picked:
        return None
    # "X but Y" says two things; a hedge makes it a guess: offered, never taken.
    hedged = bool(w.hedges & set(toks)) or "but" in toks or any(toks[k : k + 2] == ["not", "sure"] for k in range(len(toks)))
    # "still waiting for the lab", "the hospital lost his scans", "scans are not the issue": a word
    # that may turn the statement, or a negation, that the winner's own words do not account for.
    mine = used.get(best_id, set())
    own = vocab.said.get(best_id, frozenset())
    negated = {r for r, neg, _ in found if neg}
    turned = any(root(t) in w.turns and root(t) not in own for t in toks if t.isalpha()) \
        or (any(t in w.negations for t in toks) and not negated & mine) \
        or bool(negated & mine & {r for r, neg, _ in found if not neg})  # "no American insurance, only travel insurance": said both ways
    strong = (top >= ACCEPT_SCORE and base.get(best_id, 0.0) >= ACCEPT_BASE and len(exact.get(best_id, ())) >= ACCEPT_EXACT
              and second <= top * ACCEPT_RATIO and cover >= ACCEPT_COVER)
    # A line opening with a word the question lists as another choice's own ("me, need 2nd opinion
    # for my back": "me" is I am the patient) makes the words an offer, never taken.
    rival = bool(toks) and root(toks[0]) not in own and any(c.id != best_id and toks[0] in c.synonyms for c in spec.choices)
    if strong and not hedged and not turned and not rival:
        return Verdict(best_id, ACCEPT, top)
    return Verdict(best_id, LIKELY, top)


def names_another(text: str, spec: StateSpec, lex: Lexicon, picked: tuple) -> bool:
    """Whether a part of a line set aside as a remark points, in this question's words, to a
    choice not read from the line, on more than one word's evidence ("they gave us papers when
    she was sent home"): then it is read (and offered or asked about), not dropped. One word
    ("someone to explain it in spanish") stays a remark."""
    verdict = judge(text.removeprefix("+ "), spec, lex, picked=picked)
    return verdict is not None and verdict.choice not in picked and verdict.score >= RESCUE_SCORE


def instead_of_none(text: str, spec: StateSpec, lex: Lexicon):
    """A pick-any line whose only pick is "none" from a bare yes/no word ("i dont ...") and whose
    words point to a choice ("i dont feel herd"): that choice offered for a Yes, never stored
    silently either way. None when the words point nowhere (then "none" with a remark, as before)."""
    from .reading import LIKELY as OFFER
    from .reading import Reading

    verdict = judge(text, spec, lex)
    if verdict is None or verdict.choice == spec.none_choice:
        return None
    return Reading(OFFER, [verdict.choice])


def single(text: str, spec: StateSpec, lex: Lexicon):
    """A pick-one line no rule understood: a Reading to store or offer, or None (the re-ask)."""
    from .reading import SURE, Reading
    from .reading import LIKELY as OFFER

    verdict = judge(text, spec, lex)
    if verdict is None:
        return None
    return Reading(SURE if verdict.how == ACCEPT else OFFER, verdict.choice)


def place(parts: list[str], spec: StateSpec, lex: Lexicon, merged: list[str]):
    """Parts of a pick-any line no rule understood, each compared with the choices: a part that
    only says more about a choice already read is set aside, one that clearly names another
    choice adds it, one that likely does is offered with the rest for a Yes. A Reading, or None
    when nothing changed (the re-ask about those parts, as before)."""
    from .reading import SURE, UNCLEAR, Reading
    from .reading import LIKELY as OFFER
    from .vague_refs import vague_thing

    if spec.none_choice in merged:
        return None
    added, offered, left = [], [], []
    asks = any(c.label.rstrip().endswith("?") for c in spec.choices)  # a list of questions (helper u23b)
    for part in parts:
        text = part.removeprefix("+ ")
        verdict = None if merged and vague_thing(text.split()) else judge(text, spec, lex, picked=tuple(merged))  # "the thing from the clinic"
        if asks and verdict is not None and verdict.how != ACCEPT and _own_question(text):
            verdict = None  # "and whether he can still drive": a question of one's own, never offered as one of the list
        if verdict is None:
            left.append(text)
        elif verdict.choice in merged and verdict.how == ACCEPT and part.startswith("+ "):
            left.append(text)  # "1, 2, and also the doctors do not talk": said as one more, never as more of the same
        elif verdict.choice in merged and verdict.how == ACCEPT:
            continue  # "the papers from when he was discharged" beside "the hospital papers": the same pick
        elif verdict.choice in merged:
            left.append(text)  # one word of a choice already read ("the thing from the clinic"): asked
        elif verdict.how == ACCEPT:
            added.append(verdict.choice)
        else:
            offered.append((verdict.choice, text))
    if len(left) == len(parts):
        return None
    value = list(dict.fromkeys(merged + added))
    if left:
        left += [text for _, text in offered]
        return Reading(UNCLEAR, value or None, unclear=", ".join(left))
    if offered and len(value) + len(offered) < spec.min_picks:
        return Reading(UNCLEAR, value or None, unclear=", ".join(text for _, text in offered))
    if offered:
        return Reading(OFFER, list(dict.fromkeys(value + [c for c, _ in offered])))
    if len(value) < spec.min_picks:
        return Reading(UNCLEAR, value, message=f"Please pick at least {spec.min_picks}.")
    return Reading(SURE, value)


def _own_question(text: str) -> bool:
    """The part begins as a question of one's own (dialogues/own_question_part.yaml)."""
    from .phrase_files import PhraseFile

    words = [w for w in text.lower().split() if w.isalpha()]
    while words[:1] and words[0] in ("and", "also", "plus", "too"):
        words = words[1:]
    return bool(words) and words[0] in PhraseFile("own_question_part.yaml").words("starts")
