"""A line in medical shorthand, formal words or with several misspelt words, read once more in
the plain words the lexicon knows.

"New dx" is "new diagnosis", "Cholecystectomy offered" is "surgery offered", "deteriorated
markedly over the past fortnight" is "got worse a lot over the past two weeks", "imaging-driven"
is "imaging driven", "wihtin a few munths i thnik" is "within a few months i think". The words
are data (dialogues/plain_words.yaml): phrases rewritten whole (longest first, whole words), word
endings (-ectomy: surgery), and everyday words a misspelling is put right to, beside the
question's own words and the lexicon's shared words (time, people, doctors).

Like rewrite.py and spelling.py this is a second reading, tried only when the line as written
was not understood (read.py): a line the lexicon already reads is never changed by it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from .lexicon import Lexicon, LexiconError, fold
from .rewrite import plain
from .stems import swaps
from .text import clean, tokens

FILE = "plain_words.yaml"
Phrase = tuple[str, ...]


@cache
def _raw() -> dict:
    """dialogues/plain_words.yaml as read (empty when there is none)."""
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import parse_yaml

    path = Path(dialogues_dir()) / FILE
    raw = yaml_cache.load(path, parse_yaml) if path.is_file() else {}
    if not isinstance(raw, dict):
        raise LexiconError(f"dialogues/{FILE}: needs a mapping at the top level")
    return raw


@cache
def _data() -> tuple[dict[Phrase, Phrase], tuple[tuple[str, str], ...], frozenset[str]]:
    """(phrase -> plain phrase, (ending, plain word) longest first, everyday words)."""
    raw = _raw()
    phrases: dict[Phrase, Phrase] = {}
    for group in ("shorthand", "formal", "spoken"):  # a mark after shorthand ("incl.", "approx.") is its own full stop
        for key, value in (raw.get(group) or {}).items():
            into = tuple(tokens(str(value)))
            if not tokens(str(key)) or not into:
                raise LexiconError(f"dialogues/{FILE}: {group}: '{key}: {value}' needs words on both sides")
            phrases[tuple(tokens(plain(str(key))))] = into
    endings = tuple(sorted(((str(k), str(v)) for k, v in (raw.get("endings") or {}).items()), key=lambda kv: -len(kv[0])))
    common = frozenset(w for item in (raw.get("everyday") or []) for w in tokens(str(item)))
    return phrases, endings, common


@cache
def _longest() -> int:
    """The most words in one phrase of the table (taken once, not per line: helper p14)."""
    return max((len(p) for p in _data()[0]), default=1)


@lru_cache(maxsize=256)
def _vocabulary(spec, lex: Lexicon) -> frozenset[str]:
    """Words a misspelling may be put right to: the question's own, the lexicon's shared ones
    and the everyday list."""
    from .matching import phrase_index

    own = {w for phrase, _, strength in phrase_index(spec, lex) for w in phrase}
    shared = set(lex.time_units) | set(lex.months) | set(lex.weekdays) | set(lex.doctors) | {w for p in lex.people for w in p}
    shared |= {w for p in lex.time_phrases for w in p} | {w for p in lex.time_amounts for w in p}
    return frozenset(w for w in own | shared | _data()[2] if len(w) >= 4 and w.isalpha())


@lru_cache(maxsize=256)
def _short_known(spec, lex: Lexicon) -> frozenset[str]:
    """The three-letter words of the same lists ("dad", "mum", "son", "gp"): real words, never a word cut
    short ("my dad" was completed to "my dadi", a word for a grandmother; t11)."""
    from .matching import phrase_index

    own = {w for phrase, _, strength in phrase_index(spec, lex) for w in phrase}
    shared = set(lex.time_units) | set(lex.months) | set(lex.weekdays) | set(lex.doctors) | {w for p in lex.people for w in p}
    return frozenset(w for w in own | shared | _data()[2] if len(w) == 3)


def plainer(line: str, spec, lex: Lexicon) -> str | None:
    """The line in plain words, or None when nothing in it changed."""
    phrases, endings, _ = _data()
    toks: list[str] = []
    for tok in tokens(plain(_form_answers(clean(line)))):
        # "imaging-driven", "risk/benefit": the parts of a joined word read one by one.
        parts = tok.replace("/", " ").replace("-", " ").split() if ("-" in tok or "/" in tok) and tok not in ("x-ray", "x-rays") else [tok]
        soft = any((p,) in lex.softeners or p == "ish" for p in parts)  # "soon-ish" stays one hedged word
        toks += parts if all(p.isalnum() for p in parts) and len(parts) > 1 and not soft else [tok]
    toks = ["and" if t == "/" and 0 < k < len(toks) - 1 and len(toks[k - 1]) > 2 and len(toks[k + 1]) > 2 else t
            for k, t in enumerate(toks)]  # "risk/benefit": risk and benefit
    vocab = _vocabulary(spec, lex)
    longest = _longest()
    out: list[str] = []
    i = 0
    while i < len(toks):
        for size in range(min(longest, len(toks) - i), 0, -1):
            into = phrases.get(tuple(toks[i : i + size]))
            if into is not None:
                out += into
                i += size
                break
        else:
            out.append(_plain_word(toks[i], vocab, endings, lex, _short_known(spec, lex)))
            i += 1
    from .laydoctor import as_doctor  # "the cancer lady": the cancer doctor

    from .not_their_field import not_their_field  # "not a hip person", "isn't a GI": not a specialist (signs_more)

    out = _plain_order(not_their_field(as_doctor(out, spec, lex), spec, lex))
    changed = out != tokens(clean(line))
    return " ".join(out) if changed else None


def _plain_word(tok: str, vocab: frozenset[str], endings, lex: Lexicon, short: frozenset[str] = frozenset()) -> str:
    if len(tok) == 3 and tok.isalpha() and tok not in lex.fillers and tok not in lex.commentary and tok not in vocab \
            and tok not in short:
        ends = {w for w in vocab if len(w) == 4 and w.startswith(tok)}  # "els": else, a word cut short by its last letter
        return ends.pop() if len(ends) == 1 else tok
    if not tok.isalpha() or len(tok) < 4 or tok in vocab or fold(tok) in vocab or tok in lex.fillers or tok in lex.commentary:
        return tok
    for ending, word in endings:
        if tok.endswith(ending) and len(tok) > len(ending) + 2:
            return word  # "cholecystectomy": surgery
    close = {w for w in vocab if _near(tok, w)} | {s for s in swaps(tok) if s in vocab}
    if any(w in (tok + "s", tok + "es", tok[:-1], tok + "d", tok + "ed") for w in close):
        return tok  # "matter" is not a misspelt "matters", nor "hear" of "heard": another form of a real word
    return close.pop() if len(close) == 1 else tok


def _near(typed: str, word: str) -> bool:
    """A letter left out ("blod", "munths" is one changed), one more, or (in words of six letters
    or more) one changed; the first letter kept."""
    if typed[:1] != word[:1] or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        return len(word) >= 6 and sum(a != b for a, b in zip(typed, word)) == 1
    short, long_ = sorted((typed, word), key=len)
    if len(short) < 4 and short is typed:
        return False
    if len(typed) > len(word) and len(word) < 5:
        return False  # a letter more on a short word is another word ("heart" is not "hear")
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


_SO_FAR = (("so", "far"), ("for", "now"), ("to", "date"), ("till", "now"), ("until", "now"), ("as", "of", "now"), ("at", "the", "moment"),
           ("at", "this", "point"), ("up", "to", "now"))


def _plain_order(words: list[str]) -> list[str]:
    """ "Surgeon only." is "only surgeon"; "just the first so far" is "just the first": a short
    answer with its "only" at the end, or a "so far" that only says when, read in the usual order."""
    core = [w for w in words if w not in (".", "!", ",")]
    for tail in _SO_FAR:
        if len(core) > len(tail) and tuple(core[-len(tail):]) == tail:
            core = core[: -len(tail)]
            break
    if 1 < len(core) <= 4 and core[-1] in ("only", "alone") and core[0] not in ("only", "just"):
        core = ["only", *core[:-1]]
    return core if core != [w for w in words if w not in (".", "!", ",")] else words


_SAID = r"(yes|y|yep|no|n|nope|none|unknown|not known|dont know|don't know|not sure|unsure|n/a|na|\?|have it|got it|done|not yet|pending|tbd)"
_FORM = __import__("re").compile(r"([A-Za-z][^.;:,\n]*?)\s*:\s*" + _SAID + r"(?=\s*(?:[.;,\n]|$))", __import__("re").IGNORECASE)


def _form_answers(text: str) -> str:
    """ "Urgent: no. Path questioned: yes." is "not urgent. path questioned.": a line written as a
    form, each thing with its answer; one not known ("Form: unknown") is "not sure about form"."""
    def said(found) -> str:
        what, answer = found.group(1).strip(), found.group(2).lower().replace("'", "")
        if answer in ("yes", "y", "yep", "have it", "got it", "done"):
            return what
        if answer in ("no", "n", "nope", "none", "not yet", "n/a", "na"):
            return f"not {what}"
        return f"not sure about {what}"

    return _FORM.sub(said, text)
