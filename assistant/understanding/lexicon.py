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
from .lexicon_parts import (  # noqa: F401 - Phrase, StateWords and Topic are imported from here
    FILE, LexiconError, Phrase, StateWords, Topic, _EMPTY, _fail, _families, _holidays, _mapping, _numbers, _phrases, _rewrites, _state,
    _text_keys, _topics,
)
from .text import tokens


def fold(tok: str) -> str:
    """A plural and its singular match: "scans" and "scan", "x-rays" and "x-ray", "diagnoses" and "diagnosis", "surgeries" and
    "surgery"; "2nd" is "second"."""
    if len(tok) > 5 and tok.endswith("ies") and tok[-4] not in "aeiou":  # "surgeries", "biopsies", "therapies"
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-2] + "is" if tok.endswith(("noses", "lyses", "tases")) else tok[:-1]
    return {"1st": "first", "2nd": "second", "3rd": "third"}.get(tok, tok)


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
    pick_corrections: tuple[Phrase, ...] = ()  # "2, i mean the scans": a correction only right after a pick (correction_words.py)
    fine: frozenset[str] = frozenset()  # "all good", "all fine": all is well, never every choice
    softeners: tuple[Phrase, ...] = ()  # "mostly", "I guess", "enough": a degree said less than fully
    other_language: frozenset[str] = frozenset()  # "no tengo", "no se": a yes/no word before one of these answers nothing
    rewrites: dict[Phrase, Phrase] = field(default_factory=dict)  # "para mi mama" -> "for my mom", "no say" -> "didnt say" (rewrite.py)
    rewrites_alone: dict[str, str] = field(default_factory=dict)  # rewritten so only alone in its part ("..., si": yes)
    place_names: frozenset[Phrase] = frozenset()  # "at the cancer center": a place of two or more words, after "at" no pick
    time_holidays: dict[Phrase, tuple[int, int]] = field(default_factory=dict)  # "new years" -> (1, 1): the next such day, kept as a date
    greetings: frozenset[str] = frozenset()  # "hi", "good morning", "thanks": a clause of these is no note
    changed: tuple[Phrase, ...] = ()
    fears: tuple[Phrase, ...] = ()  # fear of an act ("scared", "afraid to"): fears.py
    firm_will: tuple[Phrase, ...] = ()  # a firm word of will beside a fear ("I will", "even if"): fears.py  # a change beside a usual state ("worse today", "suddenly"): not history
    defer_to_me: tuple[Phrase, ...] = ()  # "whatever you think": read as "I don't know", and I say I do not choose (defer.py)
    choice_meaning: tuple[Phrase, ...] = ()  # beside a choice's number in a question ("what does 5 mean"): about my own list (about_app.py)
    about_care: tuple[Phrase, ...] = ()  # a question on no topic that speaks of these goes on the list for the doctor (about_app.py)
    modal_negations: frozenset[Phrase] = frozenset()  # "cant", "cannot": negations, except where a choice's own words begin with them

    def state(self, name: str) -> StateWords:
        return self.states.get(name) or _EMPTY


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
        defer_to_me=_phrases(s.get("defer_to_me", []), "shared.defer_to_me"),
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
        states={str(name): _state(str(name), raw, [" ".join(p) for p in _phrases(s["doctors"], "shared.doctors")], _families(s.get("families")))
                for name, raw in data["states"].items()},
        age_numbers=_numbers(s.get("age_numbers", {}), "shared.age_numbers"),
        places=frozenset(fold(w) for p in _phrases(s.get("places", []), "shared.places") for w in p),
        between=_phrases(s.get("between", []), "shared.between"),
        turns=_phrases(s.get("turns", []), "shared.turns"),
        question_frames=_phrases(a.get("frames", []), "shared.asking.frames"),
        about_care=_phrases(a.get("about_care", []), "shared.asking.about_care"),
        choice_meaning=_phrases(a.get("choice_meaning", []), "shared.asking.choice_meaning"),
        corrections=_phrases(s.get("corrections", []), "shared.corrections"),
        pick_corrections=_phrases(s.get("pick_corrections", []), "shared.pick_corrections"),
        fine=frozenset(w for p in _phrases(s.get("fine", []), "shared.fine") for w in p),
        softeners=_phrases(s.get("softeners", []), "shared.softeners"),
        other_language=frozenset(w for p in _phrases(s.get("other_language", []), "shared.other_language") for w in p),
        place_names=frozenset(tuple(fold(w) for w in p) for p in _phrases(s.get("place_names", []), "shared.place_names")),
        time_holidays=_holidays(t.get("holidays", {}), "shared.time.holidays"),
        greetings=frozenset(w for p in _phrases(s.get("greetings", []), "shared.greetings") for w in p),
        modal_negations=frozenset(_phrases(s.get("modal_negations", []), "shared.modal_negations")),
        changed=_phrases(s.get("changed", []), "shared.changed"),
        fears=_phrases(s.get("fears", []), "shared.fears"),
        firm_will=_phrases(s.get("firm_will", []), "shared.firm_will"),
        rewrites=_rewrites(s.get("rewrites", {}), "shared.rewrites"),
        rewrites_alone={" ".join(k): " ".join(v) for k, v in _rewrites(s.get("rewrites_alone", {}), "shared.rewrites_alone").items()},
    )


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
    from .travel_easy import check_against as travel_checked  # travel_easy.yaml names a state and one of its choices

    travel_checked(flow)


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
