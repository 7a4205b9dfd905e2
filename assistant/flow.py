"""Load the conversation flow from dialogues/*.yaml, check it, and describe it as plain data.

A broken flow fails here, at load, with a message naming the file and the problem, rather
than mid-conversation. assistant/machine.py turns a checked Flow into a transitions machine.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .conditions import ACTIONS, CONDITIONS
from .errors import FlowError  # noqa: F401 - re-exported: `from assistant.flow import FlowError`
from . import yaml_cache
from .yaml_cache import YamlSyntaxError, parse_yaml
from .paths import dialogues_dir, prompts_dir
from .wording import fill, person_forms


ASK_KINDS = ("choice", "multi", "free", "order", "info")
RESUME = "$resume"
FLOW_FILES = ("flow.yaml", "compare.yaml")


@dataclass(frozen=True)
class Choice:
    """One answer to pick. `label` is the patient's form (what other code has always read);
    `caregiver` is the form for someone answering for another person, with {they}, {their},
    {them}, {are}, {have}, {do}, {feel} filled in from their words (assistant/wording.py).
    `past_baby` is the label for a child or a teenager when the label has a part only for babies.
    `elsewhere` / `elsewhere_caregiver`: the label (and its caregiver form) outside the US, where a public
    health plan covers most people ("I do not have insurance" means little in the UK; t11), used when the
    forms say the country (`country`, from --country or the saved setting)."""

    id: str
    label: str
    synonyms: tuple[str, ...] = ()
    caregiver: str | None = None
    past_baby: str | None = None
    elsewhere: str | None = None
    elsewhere_caregiver: str | None = None

    def form(self, forms: dict | None) -> str:
        """The label for these person forms (wording.person_forms); the patient form by default."""
        if self.past_baby is not None and forms is not None and forms.get("age_band") in ("child", "teen"):
            return self.past_baby
        if self.elsewhere is not None and forms is not None and forms.get("country", "US") != "US":
            if forms.get("is_patient", True) or self.elsewhere_caregiver is None:
                return self.elsewhere
            return fill(self.elsewhere_caregiver, forms)
        if forms is None or forms.get("is_patient", True) or self.caregiver is None:
            return self.label
        return fill(self.caregiver, forms)

    def label_for(self, role: str | None, who: str | None = None) -> str:
        """The label for a role ('patient' or 'caregiver') and the caregiver's words for the patient."""
        return self.form(person_forms(role, who, voice="user"))


@dataclass(frozen=True)
class Route:
    to: str
    when: str | None = None
    do: tuple[str, ...] = ()
    resume: str | None = None  # where to come back to after an emergency this route leads to


@dataclass(frozen=True)
class StateSpec:
    name: str
    stage: str
    template: str
    ask: str
    slot: str | None
    choices: tuple[Choice, ...]
    routes: tuple[Route, ...]
    why: str
    why_source: str
    none_choice: str | None = None
    min_picks: int = 1
    optional: bool = False
    urgent: bool = False
    source_file: str = "flow.yaml"
    suggestions: tuple[str, ...] = ()

    @property
    def multi(self) -> bool:
        return self.ask == "multi"


@dataclass(frozen=True)
class Flow:
    id: str
    content_version: str
    content_date: str
    start: str
    final: str
    urgent_state: str
    check_state: str
    stages: tuple[str, ...]
    sources: dict
    states: dict[str, StateSpec]
    fingerprint: str
    folder: Path = field(repr=False, default=Path("."))

    def state(self, name: str) -> StateSpec:
        return self.states[name]

    def choice_labels(self, state: str, forms: dict | None = None) -> dict[str, str]:
        """id -> label; in the caregiver form when `forms` (wording.person_forms) says so."""
        return {c.id: c.form(forms) for c in self.states[state].choices}

    def edges(self) -> list[tuple[str, str]]:
        """Every (source, target) the flow declares; $resume is kept as a target."""
        return [(s.name, r.to) for s in self.states.values() for r in s.routes]


def _fail(file: str, problem: str) -> FlowError:
    return FlowError(f"{file}: {problem}")


def _stage_of(name: str, stages: tuple[str, ...], file: str) -> str:
    matches = [s for s in stages if name == s or name.startswith(s + "_")]
    if not matches:
        raise _fail(file, f"state '{name}' does not start with a stage name ({', '.join(stages)})")
    return max(matches, key=len)


def _parse_choices(raw, name: str, file: str) -> tuple[Choice, ...]:
    choices = []
    for item in raw or []:
        if not isinstance(item, dict) or "id" not in item or "label" not in item:
            raise _fail(file, f"state '{name}': each choice needs an 'id' and a 'label'")
        words = [item["id"], item["label"], *item.get("synonyms", [])]
        odd = [w for w in words if not isinstance(w, str)]
        if odd:
            # YAML reads a bare yes/no/on/off as true/false: the word would never match.
            raise _fail(file, f"state '{name}': choice word {odd[0]!r} is not text; put it in quotes")
        synonyms = tuple(item.get("synonyms", []))
        caregiver = item.get("caregiver")
        if caregiver is not None:
            if not isinstance(caregiver, str):
                raise _fail(file, f"state '{name}': the caregiver form of '{item['id']}' is not text")
            try:
                fill(caregiver, person_forms("caregiver", "my mother", voice="user"))
            except KeyError as error:
                raise _fail(file, f"state '{name}': the caregiver form of '{item['id']}' uses unknown {{{error.args[0]}}}") from None
        past_baby = item.get("past_baby")
        if past_baby is not None and not isinstance(past_baby, str):
            raise _fail(file, f"state '{name}': the past_baby form of '{item['id']}' is not text")
        elsewhere = {key: item.get(key) for key in ("elsewhere", "elsewhere_caregiver")}
        if any(value is not None and not isinstance(value, str) for value in elsewhere.values()):
            raise _fail(file, f"state '{name}': the elsewhere forms of '{item['id']}' are not text")
        choices.append(Choice(item["id"], item["label"], synonyms, caregiver, past_baby, **elsewhere))
    ids = [c.id for c in choices]
    if len(ids) != len(set(ids)):
        raise _fail(file, f"state '{name}': two choices share an id")
    return tuple(choices)


def _parse_routes(raw, name: str, file: str) -> tuple[Route, ...]:
    routes = []
    for item in raw or []:
        if not isinstance(item, dict) or "to" not in item:
            raise _fail(file, f"state '{name}': each 'next' entry needs a 'to'")
        routes.append(
            Route(
                to=str(item["to"]),
                when=item.get("when"),
                do=tuple(item.get("do", [])),
                resume=item.get("resume"),
            )
        )
    return tuple(routes)


def _parse_state(name: str, raw: dict, stages: tuple[str, ...], file: str) -> StateSpec:
    if not isinstance(raw, dict):
        raise _fail(file, f"state '{name}' must be a mapping")
    for key in ("template", "ask"):
        if key not in raw:
            raise _fail(file, f"state '{name}' has no '{key}'")
    ask = raw["ask"]
    if ask not in ASK_KINDS:
        raise _fail(file, f"state '{name}': ask '{ask}' is not one of {', '.join(ASK_KINDS)}")
    choices = _parse_choices(raw.get("choices"), name, file)
    if ask in ("choice", "multi") and len(choices) < 2:
        raise _fail(file, f"state '{name}': a '{ask}' question needs at least 2 choices")
    if ask not in ("info",) and not raw.get("slot"):
        raise _fail(file, f"state '{name}': a '{ask}' question needs a 'slot' to store the answer")
    why = raw.get("why") or {}
    if not why.get("text") or not why.get("source"):
        raise _fail(file, f"state '{name}' needs 'why' with a 'text' and a 'source'")
    none_choice = raw.get("none_choice")
    if none_choice and none_choice not in {c.id for c in choices}:
        raise _fail(file, f"state '{name}': none_choice '{none_choice}' is not one of its choices")
    return StateSpec(
        name=name,
        stage=_stage_of(name, stages, file),
        template=str(raw["template"]),
        ask=ask,
        slot=raw.get("slot"),
        choices=choices,
        routes=_parse_routes(raw.get("next"), name, file),
        why=str(why["text"]),
        why_source=str(why["source"]),
        none_choice=none_choice,
        min_picks=int(raw.get("min", 1)),
        optional=bool(raw.get("optional", False)),
        urgent=bool(raw.get("urgent", False)),
        source_file=file,
        suggestions=tuple(str(x) for x in raw.get("suggestions", ["Continue"] if ask == "info" else [])),
    )


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml_cache.load(path, parse_yaml)
    except YamlSyntaxError as exc:
        raise _fail(path.name, str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path.name, f"cannot be read ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise _fail(path.name, "must be a mapping at the top level")
    return data


def _check(flow: Flow, templates: Path) -> None:
    names = set(flow.states)
    for key in ("start", "final", "urgent_state", "check_state"):
        if getattr(flow, key) not in names:
            raise _fail("flow.yaml", f"{key} '{getattr(flow, key)}' is not a state")
    for spec in flow.states.values():
        file = spec.source_file
        if not (templates / spec.template).is_file():
            raise _fail(file, f"state '{spec.name}': template '{spec.template}' does not exist in {templates}")
        if spec.why_source not in flow.sources:
            raise _fail(file, f"state '{spec.name}': source '{spec.why_source}' is not listed under sources")
        if spec.name == flow.final:
            if spec.routes:
                raise _fail(file, f"final state '{spec.name}' must not have 'next'")
            continue
        if not spec.routes:
            raise _fail(file, f"state '{spec.name}' is a dead end: it has no 'next'")
        if spec.routes[-1].when is not None:
            raise _fail(file, f"state '{spec.name}': the last 'next' entry must have no 'when', so the conversation can always move on")
        for route in spec.routes:
            if route.to != RESUME and route.to not in names:
                raise _fail(file, f"state '{spec.name}': target '{route.to}' does not exist")
            if route.when is not None and route.when not in CONDITIONS:
                raise _fail(file, f"state '{spec.name}': condition '{route.when}' is not defined in assistant/conditions.py")
            for action in route.do:
                if action not in ACTIONS:
                    raise _fail(file, f"state '{spec.name}': action '{action}' is not defined in assistant/conditions.py")
            if route.resume is not None and route.resume not in names:
                raise _fail(file, f"state '{spec.name}': resume target '{route.resume}' does not exist")
    unreachable = names - _reachable(flow)
    if unreachable:
        raise _fail("flow.yaml", f"states cannot be reached from '{flow.start}': {', '.join(sorted(unreachable))}")


def _reachable(flow: Flow) -> set[str]:
    # The urgent states can be entered from anywhere, because every line is screened.
    seen = {flow.start, flow.urgent_state, flow.check_state}
    queue = deque(seen)
    while queue:
        for route in flow.states[queue.popleft()].routes:
            if route.to != RESUME and route.to not in seen:
                seen.add(route.to)
                queue.append(route.to)
    return seen


def _fingerprint(files: list[Path], templates: Path) -> str:
    digest = hashlib.sha256()
    for path in files + sorted(templates.glob("*.j2")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_flow(folder: Path | None = None, templates: Path | None = None) -> Flow:
    """Read flow.yaml (and compare.yaml when present) from `folder`, check it, return it."""
    folder = Path(folder) if folder else dialogues_dir()
    templates = Path(templates) if templates else prompts_dir()
    main_file = folder / FLOW_FILES[0]
    if not main_file.is_file():
        raise _fail(FLOW_FILES[0], f"not found in {folder}")
    data = _read_yaml(main_file)
    for key in ("id", "start", "final", "stages", "states", "sources"):
        if key not in data:
            raise _fail(main_file.name, f"missing top-level key '{key}'")
    stages = tuple(data["stages"])
    raw_states: list[tuple[str, str, dict]] = [(main_file.name, n, s) for n, s in (data["states"] or {}).items()]
    files = [main_file]
    for extra in FLOW_FILES[1:]:
        path = folder / extra
        if path.is_file():
            files.append(path)
            extra_data = _read_yaml(path)
            stages += tuple(s for s in extra_data.get("stages", []) if s not in stages)
            raw_states += [(extra, n, s) for n, s in (extra_data.get("states") or {}).items()]
    states: dict[str, StateSpec] = {}
    for file, name, raw in raw_states:
        if name in states:
            raise _fail(file, f"state '{name}' is defined twice")
        states[name] = _parse_state(name, raw, stages, file)
    flow = Flow(
        id=str(data["id"]),
        content_version=str(data.get("content_version", "0")),
        content_date=str(data.get("content_date", "")),
        start=data["start"],
        final=data["final"],
        urgent_state=data.get("urgent_state", "urgent_care"),
        check_state=data.get("check_state", "urgent_care_check"),
        stages=stages,
        sources=dict(data["sources"]),
        states=states,
        fingerprint=_fingerprint(files, templates),
        folder=folder,
    )
    _check(flow, templates)
    return flow


@cache
def default_flow() -> Flow:
    return load_flow()
