"""The words people use, loaded from dialogues/lexicon.yaml and checked like the flow.

A broken lexicon fails at load with one line naming the file and the problem. The parsed YAML
is cached as JSON by content hash (assistant/yaml_cache.py), so a start costs no YAML parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .. import yaml_cache
from ..paths import dialogues_dir
from ..yaml_cache import YamlSyntaxError, parse_yaml
from .text import tokens


def fold(tok: str) -> str:
    """A plural and its singular match: "scans" and "scan", "x-rays" and "x-ray", "diagnoses" and "diagnosis"; "2nd" is "second"."""
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-2] + "is" if tok.endswith(("noses", "lyses", "tases")) else tok[:-1]
    return {"1st": "first", "2nd": "second", "3rd": "third"}.get(tok, tok)

FILE = "lexicon.yaml"
Phrase = tuple[str, ...]


class LexiconError(Exception):
    """The lexicon is broken; the message names the file and the problem."""


@dataclass(frozen=True)
class Topic:
    id: str
    words: tuple[Phrase, ...]
    reply: str
    add: str | None


@dataclass(frozen=True)
class StateWords:
    choices: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    yes_no: dict[str, tuple[str, ...]] = field(default_factory=dict)  # yes / no / not_sure -> choice ids
    dont_know: str | None = None
    default: str | None = None
    time: dict[str, int] = field(default_factory=dict)
    people: bool = False
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a whole answer that fits several choices
    whole_only: frozenset[str] = frozenset()  # names that count only as the whole answer ("first" is not "the first doc")
    current: bool = False  # the question is about now: a sign said with a past cue is history
    time_means: str | None = None  # a time or date said here means this choice ("by christmas": yes)
    count: dict[int, str] = field(default_factory=dict)  # doctors in all -> choice id (the last holds for more)
    done_before: bool = False  # a choice said as already done ("already had the operation") is history, not the answer
    conflicts: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # choice -> words that contradict it ("stopped today" + "yesterday")
    either: dict[Phrase, tuple[str, ...]] = field(default_factory=dict)  # a word that fits several choices ("urologist"): asked
    count_ahead: str | None = None  # a count of doctors said here is offered at this later question (one with `count`)
    suggests: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # choice -> words that point to it without saying it ("cancer")
    softened: dict[str, str] = field(default_factory=dict)  # a top degree said softly ("mostly sure") -> the choice to offer ("" asks)
    negated: dict[str, str] = field(default_factory=dict)  # a choice said with "not" means another ("not gonna tell him": not_yet)


@dataclass(frozen=True, eq=False)  # hashed by identity: one lexicon per load
class Lexicon:
    numbers: dict[str, int]
    ordinals: dict[str, int]
    last_words: frozenset[str]
    pointers: frozenset[str]
    fillers: frozenset[str]
    commentary: frozenset[str]
    history: tuple[Phrase, ...]
    doctors: frozenset[str]
    negations: frozenset[Phrase]
    negation_ends: frozenset[str]
    all: frozenset[Phrase]
    finish: frozenset[Phrase]
    keep_order: frozenset[Phrase]
    order_rest: tuple[Phrase, ...]
    yes: tuple[Phrase, ...]
    no: tuple[Phrase, ...]
    not_sure: tuple[Phrase, ...]
    hedges: tuple[Phrase, ...]
    people: frozenset[Phrase]
    people_inverse: dict[str, dict[str, str]]
    time_units: dict[str, int]
    time_amounts: dict[Phrase, float]
    time_phrases: dict[Phrase, int]
    time_soon: tuple[Phrase, ...]
    time_no_rush: tuple[Phrase, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    asking_starts: tuple[Phrase, ...]
    asking_leads: tuple[Phrase, ...]
    free_markers: tuple[Phrase, ...]
    topics: tuple[Topic, ...]
    states: dict[str, StateWords]
    age_numbers: dict[str, int] = field(default_factory=dict)  # "thirteen" .. "ninety": ages in words
    places: frozenset[str] = frozenset()  # "at the hospital": where something is, not a pick
    between: tuple[Phrase, ...] = ()  # "something in between": a wish for a middle way, asked at a pick-one question
    turns: tuple[Phrase, ...] = ()  # after "but": "it depends", "looks pale": a pick-one answer said two ways, asked
    question_frames: tuple[Phrase, ...] = ()  # "what does X mean", "what is a X": a question even when it names a choice
    corrections: tuple[Phrase, ...] = ()  # "no wait", "sorry I mean": a second answer put in place of the first; asked
    fine: frozenset[str] = frozenset()  # "all good", "all fine": all is well, never every choice
    softeners: tuple[Phrase, ...] = ()  # "mostly", "I guess", "enough": a degree said less than fully
    other_language: frozenset[str] = frozenset()  # "no tengo", "no se": a yes/no word before one of these answers nothing
    rewrites: dict[Phrase, Phrase] = field(default_factory=dict)  # "para mi mama" -> "for my mom", "no say" -> "didnt say" (rewrite.py)
    rewrites_alone: dict[str, str] = field(default_factory=dict)  # rewritten so only alone in its part ("..., si": yes)
    place_names: frozenset[Phrase] = frozenset()  # "at the cancer center": a place of two or more words, after "at" no pick
    time_holidays: dict[Phrase, tuple[int, int]] = field(default_factory=dict)  # "new years" -> (1, 1): the next such day, kept as a date
    greetings: frozenset[str] = frozenset()  # "hi", "good morning", "thanks": a clause of these is no note
    modal_negations: frozenset[Phrase] = frozenset()  # "cant", "cannot": negations, except where a choice's own words begin with them

    def state(self, name: str) -> StateWords:
        return self.states.get(name) or _EMPTY


_EMPTY = StateWords()


def _fail(problem: str) -> LexiconError:
    return LexiconError(f"{FILE}: {problem}")


def _words(raw, where: str) -> list[str]:
    if not isinstance(raw, list):
        raise _fail(f"{where} must be a list of words")
    raw = [str(w) if isinstance(w, int) and not isinstance(w, bool) else w for w in raw]  # "2 doctors" may be a bare 2
    odd = [w for w in raw if not isinstance(w, str)]
    if odd:
        # YAML reads a bare yes/no/on/off as true/false: the word would never match.
        raise _fail(f"{where}: {odd[0]!r} is not text; put it in quotes")
    return raw


def _phrases(raw, where: str) -> tuple[Phrase, ...]:
    out = []
    for word in _words(raw, where):
        phrase = tuple(tokens(word))
        if not phrase:
            raise _fail(f"{where}: {word!r} has no words in it")
        out.append(phrase)
    return tuple(dict.fromkeys(out))


def _mapping(raw, where: str) -> dict:
    if not isinstance(raw, dict):
        raise _fail(f"{where} must be a mapping")
    return raw


def _numbers(raw, where: str) -> dict[str, int]:
    out = {}
    for key, value in _mapping(raw, where).items():
        if not isinstance(key, str) or not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _fail(f"{where}: {key!r} must map a word to a number")
        out[key] = value
    return out


def _topics(raw) -> tuple[Topic, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail("shared.asking.topics must be a list of topics")
    out = []
    for index, item in enumerate(raw):
        where = f"shared.asking.topics[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("reply"), str):
            raise _fail(f"{where} needs an 'id' and a 'reply'")
        add = item.get("add")
        if add is not None and not isinstance(add, str):
            raise _fail(f"{where}: 'add' must be text")
        out.append(Topic(item["id"], _phrases(item.get("words", []), where), item["reply"], add))
    return tuple(out)


STATE_KEYS = ("choices", "yes_no", "dont_know", "default", "time", "people", "ambiguous", "whole_only", "current", "time_means", "count",
              "done_before", "conflicts", "either", "count_ahead", "softened", "suggests", "negated")


DOCTOR = "{doctor}"


def _expand(words, doctors: list[str]):
    """ "saw the {doctor}" stands for "saw the cardiologist", "saw the gp", ... (shared.doctors)."""
    if not isinstance(words, list):
        return words
    out = []
    for word in words:
        if isinstance(word, str) and DOCTOR in word:
            out += [word.replace(DOCTOR, d) for d in doctors]
        else:
            out.append(word)
    return out


def _state(name: str, raw, doctors: list[str] = ()) -> StateWords:
    where = f"states.{name}"
    raw = _mapping(raw, where)
    unknown = set(raw) - set(STATE_KEYS)
    if unknown:
        raise _fail(f"{where}: unknown key '{sorted(unknown)[0]}' (accepted: {', '.join(STATE_KEYS)})")
    ambiguous = {" ".join(tokens(str(k))): tuple(_words(v, f"{where}.ambiguous.{k}")) for k, v in _mapping(raw.get("ambiguous", {}), f"{where}.ambiguous").items()}
    choices = {str(cid): _phrases(_expand(words, list(doctors)), f"{where}.choices.{cid}") for cid, words in _mapping(raw.get("choices", {}), f"{where}.choices").items()}
    seen: dict[Phrase, str] = {}
    for cid, phrases in choices.items():
        for phrase in phrases:
            if seen.setdefault(phrase, cid) != cid:
                raise _fail(f"{where}: '{' '.join(phrase)}' is listed for both '{seen[phrase]}' and '{cid}'")
    yes_no = {}
    for key, value in _mapping(raw.get("yes_no", {}), f"{where}.yes_no").items():
        if key not in ("yes", "no", "not_sure"):
            raise _fail(f"{where}.yes_no: '{key}' is not one of yes, no, not_sure")
        yes_no[key] = tuple(_words(value if isinstance(value, list) else [value], f"{where}.yes_no.{key}"))
    time = _numbers(raw.get("time", {}), f"{where}.time") if "time" in raw else {}
    if time and set(time) != {"days", "weeks_from", "weeks"}:
        raise _fail(f"{where}.time needs exactly 'days', 'weeks_from' and 'weeks' (days from today)")
    for key in ("dont_know", "default"):
        if key in raw and not isinstance(raw[key], str):
            raise _fail(f"{where}.{key} must be a choice id")
    whole_only = frozenset(" ".join(tokens(w)) for w in _words(raw.get("whole_only", []), f"{where}.whole_only"))
    return StateWords(choices, yes_no, raw.get("dont_know"), raw.get("default"), time, bool(raw.get("people", False)), ambiguous,
                      whole_only, bool(raw.get("current", False)), raw.get("time_means"),
                      {int(k): str(v) for k, v in _mapping(raw.get("count", {}), f"{where}.count").items()},
                      bool(raw.get("done_before", False)),
                      {str(cid): _phrases(words, f"{where}.conflicts.{cid}") for cid, words in _mapping(raw.get("conflicts", {}), f"{where}.conflicts").items()},
                      _either(raw.get("either", {}), f"{where}.either"), raw.get("count_ahead"),
                      {str(cid): _phrases(words, f"{where}.suggests.{cid}") for cid, words in _mapping(raw.get("suggests", {}), f"{where}.suggests").items()},
                      {str(k): str(v or "") for k, v in _mapping(raw.get("softened", {}), f"{where}.softened").items()},
                      {str(k): str(v) for k, v in _mapping(raw.get("negated", {}), f"{where}.negated").items()})


def _either(raw, where: str) -> dict[Phrase, tuple[str, ...]]:
    out = {}
    for key, ids in _mapping(raw, where).items():
        ids = tuple(_words(ids, f"{where}.{key}"))
        if len(set(ids)) < 2:
            raise _fail(f"{where}.{key}: name at least two choices")
        out[tuple(tokens(str(key)))] = ids
    return out


def _text_keys(node, where: str = "") -> None:
    """Every mapping key is text (YAML reads 1: or yes: as a number or a boolean)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise _fail(f"{where or 'top level'}: key {key!r} is not text; put it in quotes")
            _text_keys(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for item in node:
            _text_keys(item, where)


def parse(data) -> Lexicon:
    _text_keys(data)
    if not isinstance(data, dict) or not isinstance(data.get("shared"), dict) or not isinstance(data.get("states"), dict):
        raise _fail("needs a 'shared' and a 'states' mapping at the top level")
    s = data["shared"]
    required = ("numbers", "ordinals", "last_words", "pointers", "fillers", "commentary", "history", "doctors", "negations", "negation_ends", "all", "finish", "keep_order",
                "order_rest", "yes", "no", "not_sure", "hedges", "people", "people_inverse", "time", "asking")
    for key in required:
        if key not in s:
            raise _fail(f"shared has no '{key}'")
    t = _mapping(s["time"], "shared.time")
    a = _mapping(s["asking"], "shared.asking")
    for key in ("units", "amounts", "phrases", "soon", "no_rush", "months", "weekdays"):
        if key not in t:
            raise _fail(f"shared.time has no '{key}'")
    inverse = {}
    for key, value in _mapping(s["people_inverse"], "shared.people_inverse").items():
        value = _mapping(value, f"shared.people_inverse.{key}")
        if set(value) != {"her", "him", "them"}:
            raise _fail(f"shared.people_inverse.{key} needs 'her', 'him' and 'them'")
        inverse[key] = {k: str(v) for k, v in value.items()}
    flat = lambda key: frozenset(w for p in _phrases(s[key], f"shared.{key}") for w in p)  # noqa: E731
    return Lexicon(
        numbers=_numbers(s["numbers"], "shared.numbers"),
        ordinals=_numbers(s["ordinals"], "shared.ordinals"),
        last_words=flat("last_words"),
        pointers=flat("pointers"),
        fillers=flat("fillers"),
        commentary=flat("commentary"),
        history=_phrases(s["history"], "shared.history"),
        doctors=frozenset(fold(w) for w in flat("doctors")),
        negations=frozenset(_phrases(s["negations"], "shared.negations")),
        negation_ends=flat("negation_ends"),
        all=frozenset(_phrases(s["all"], "shared.all")),
        finish=frozenset(_phrases(s["finish"], "shared.finish")),
        keep_order=frozenset(_phrases(s["keep_order"], "shared.keep_order")),
        order_rest=_phrases(s["order_rest"], "shared.order_rest"),
        yes=_phrases(s["yes"], "shared.yes"),
        no=_phrases(s["no"], "shared.no"),
        not_sure=_phrases(s["not_sure"], "shared.not_sure"),
        hedges=_phrases(s["hedges"], "shared.hedges"),
        people=frozenset(_phrases(s["people"], "shared.people")),
        people_inverse=inverse,
        time_units=_numbers(t["units"], "shared.time.units"),
        time_amounts={tuple(tokens(k)): v for k, v in _numbers(t["amounts"], "shared.time.amounts").items()},
        time_phrases={tuple(tokens(k)): v for k, v in _numbers(t["phrases"], "shared.time.phrases").items()},
        time_soon=_phrases(t["soon"], "shared.time.soon"),
        time_no_rush=_phrases(t["no_rush"], "shared.time.no_rush"),
        months=_numbers(t["months"], "shared.time.months"),
        weekdays=_numbers(t["weekdays"], "shared.time.weekdays"),
        asking_starts=_phrases(a.get("starts", []), "shared.asking.starts"),
        asking_leads=_phrases(a.get("leads", []), "shared.asking.leads"),
        free_markers=_phrases(a.get("free_markers", []), "shared.asking.free_markers"),
        topics=_topics(a.get("topics")),
        states={str(name): _state(str(name), raw, [" ".join(p) for p in _phrases(s["doctors"], "shared.doctors")])
                for name, raw in data["states"].items()},
        age_numbers=_numbers(s.get("age_numbers", {}), "shared.age_numbers"),
        places=frozenset(fold(w) for p in _phrases(s.get("places", []), "shared.places") for w in p),
        between=_phrases(s.get("between", []), "shared.between"),
        turns=_phrases(s.get("turns", []), "shared.turns"),
        question_frames=_phrases(a.get("frames", []), "shared.asking.frames"),
        corrections=_phrases(s.get("corrections", []), "shared.corrections"),
        fine=frozenset(w for p in _phrases(s.get("fine", []), "shared.fine") for w in p),
        softeners=_phrases(s.get("softeners", []), "shared.softeners"),
        other_language=frozenset(w for p in _phrases(s.get("other_language", []), "shared.other_language") for w in p),
        place_names=frozenset(tuple(fold(w) for w in p) for p in _phrases(s.get("place_names", []), "shared.place_names")),
        time_holidays=_holidays(t.get("holidays", {}), "shared.time.holidays"),
        greetings=frozenset(w for p in _phrases(s.get("greetings", []), "shared.greetings") for w in p),
        modal_negations=frozenset(_phrases(s.get("modal_negations", []), "shared.modal_negations")),
        rewrites=_rewrites(s.get("rewrites", {}), "shared.rewrites"),
        rewrites_alone={" ".join(k): " ".join(v) for k, v in _rewrites(s.get("rewrites_alone", {}), "shared.rewrites_alone").items()},
    )


def _holidays(raw, where: str) -> dict[Phrase, tuple[int, int]]:
    """ "christmas: 12-25": a day of the year people name, read as its next date."""
    out = {}
    for key, value in _mapping(raw, where).items():
        parts = str(value).split("-")
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or not (1 <= int(parts[0]) <= 12 and 1 <= int(parts[1]) <= 31):
            raise _fail(f"{where}.{key}: {value!r} must be a month and day, like \"12-25\"")
        out[tuple(tokens(key))] = (int(parts[0]), int(parts[1]))
    return out


def _rewrites(raw, where: str) -> dict[Phrase, Phrase]:
    """Words of another language or of broken English -> the English words the lexicon knows.
    Accents are dropped first ("sé" is "se"), as the rewriting does with the line."""
    from .rewrite import plain

    out = {}
    for key, value in _mapping(raw, where).items():
        if not isinstance(value, str):
            raise _fail(f"{where}.{key}: {value!r} is not text; put it in quotes")
        phrase, into = tuple(tokens(plain(key))), tuple(tokens(value))
        if not phrase or not into:
            raise _fail(f"{where}: '{key}: {value}' needs words on both sides")
        out[phrase] = into
    return out


def check_against(lexicon: Lexicon, flow) -> None:
    """Every state and choice id the lexicon names exists in the flow."""
    for name, words in lexicon.states.items():
        if name not in flow.states:
            raise _fail(f"state '{name}' is not in the flow")
        ids = {c.id for c in flow.state(name).choices}
        named = list(words.choices) + [i for ids_ in words.yes_no.values() for i in ids_]
        named += [i for i in (words.dont_know, words.default, words.time_means) if i] + list(words.count.values())
        named += [i for ids_ in words.ambiguous.values() for i in ids_] + list(words.conflicts)
        named += [i for ids_ in words.either.values() for i in ids_]
        named += [i for pair in words.softened.items() for i in pair if i] + list(words.suggests)
        named += [i for pair in words.negated.items() for i in pair]
        named += list(words.time and {"days", "weeks", "months", "no_deadline", "not_sure"} & ids)
        for cid in named:
            if cid not in ids:
                raise _fail(f"state '{name}': choice '{cid}' is not one of its choices ({', '.join(sorted(ids))})")
        ahead = words.count_ahead
        if ahead is not None and (not isinstance(ahead, str) or ahead not in flow.states or not lexicon.state(ahead).count):
            raise _fail(f"state '{name}': count_ahead '{ahead}' must name a state whose words have 'count'")
        if words.time and not {"days", "weeks", "months"} <= ids:
            raise _fail(f"state '{name}': 'time' needs choices days, weeks and months")


def load_lexicon(folder: Path | None = None, flow=None) -> Lexicon:
    path = Path(folder or dialogues_dir()) / FILE
    if not path.is_file():
        raise _fail(f"not found in {path.parent}")
    from .stored import cached  # the parsed lexicon kept on disk (parsing is most of the first answer)

    lexicon = cached(path, lambda: _parse_file(path))
    if flow is not None:
        check_against(lexicon, flow)
    return lexicon


def _parse_file(path: Path) -> Lexicon:
    try:
        data = yaml_cache.load(path, parse_yaml)
    except YamlSyntaxError as exc:
        raise _fail(str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"cannot be read ({exc.__class__.__name__})") from None
    return parse(data)


@cache
def default_lexicon() -> Lexicon:
    from ..flow import default_flow

    return load_lexicon(flow=default_flow())
