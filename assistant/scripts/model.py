"""Read a scripted dialogue (dialogues/scripts/*.yaml) into checked data, keeping line numbers.

The format is documented in docs/scripts.md. A script with a mistake is never run: it raises
ScriptError with one line naming the file, the line and what is accepted.

Plain scalars follow YAML 1.2: only true/false are booleans, so `user: yes` and a choice id
`no` stay the words written (YAML 1.1, which PyYAML uses, would turn them into booleans).
"""

from __future__ import annotations

from datetime import date

import os
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import UserError
from ..yaml_cache import YamlSyntaxError, check_aliases, line_of

try:  # libyaml composes several times faster; both keep line marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

TOP_KEYS = ("name", "tags", "role", "fixtures", "steps")
FIXTURE_KEYS = ("start", "answers", "today")
STEP_KEYS = ("user", "expect")
ROLES = ("patient", "caregiver")
KINDS = ("ask", "reask", "confirm", "reply", "help", "why", "summary", "sources", "blocked", "bye")

# expect key -> the kind of value it takes
TURN_CHECKS = {
    "state": "text",
    "stage": "text",
    "kind": "text",
    "template": "text",
    "urgent": "bool",
    "finished": "bool",
    "text_contains": "texts",
    "text_not_contains": "texts",
    "text_matches": "regex",
    "choices_include": "texts",
    "slots": "mapping",
    "plan": "mapping",
}
PLAN_CHECKS = {
    "timing": "text",
    "timing_one_of": "texts",
    "specialist_includes": "texts",
    "specialist_excludes": "texts",
    "records_begin_with": "texts",
    "records_include": "texts",
    "questions_count": "int",
    "alternatives_include": "texts",
    "sure_before": "int",
    "sure_after": "int",
}
_TAG = re.compile(r"^[a-z][a-z0-9_]*$")
_INT = re.compile(r"^[-+]?[0-9]+$")


class ScriptError(UserError):
    """A script that cannot be run: the message is `file:line: what is wrong`."""


@dataclass(frozen=True)
class Check:
    key: str  # "state", or "plan.timing" for a plan check
    expected: object
    line: int


@dataclass(frozen=True)
class Step:
    number: int  # 1-based, as shown in reports
    user: str | None  # None only for a first step that checks the opening turn
    line: int
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class Script:
    path: Path
    name: str
    steps: tuple[Step, ...]
    tags: tuple[str, ...] = ()
    role: str | None = None
    role_line: int = 0
    start: str | None = None
    start_line: int = 0
    answers: dict = field(default_factory=dict)
    today: date | None = None  # the day the conversation is set on (dates typed are read against it)

    @property
    def id(self) -> str:
        return self.path.stem

    @property
    def shown_path(self) -> str:
        return shown(self.path)


def shown(path: Path) -> str:
    """A path as a user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


# --- YAML nodes to values, YAML 1.2 style ------------------------------------------------
_TEXT: ContextVar[str] = ContextVar("script_text", default="")  # the script being read, for line numbers


def _line(node: yaml.Node) -> int:
    return line_of(_TEXT.get(), node.start_mark)  # as an editor counts lines


def _plain(node: yaml.Node, where: str):
    """A node as Python data: quoted scalars are text; plain ones may be true/false/null/int."""
    if isinstance(node, yaml.ScalarNode):
        if node.style:  # quoted or block text
            return node.value
        if node.value in ("true", "True", "TRUE", "false", "False", "FALSE"):
            return node.value.lower() == "true"
        if node.value in ("", "~", "null", "Null", "NULL"):
            return None
        if _INT.match(node.value):
            return int(node.value)
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, where) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        return {str(_plain(k, where)): _plain(v, where) for k, v in node.value}
    raise ScriptError(f"{where}:{_line(node)}: anchors and tags are not supported in scripts")


def _items(node: yaml.Node, where: str, what: str) -> list[tuple[str, yaml.Node, int]]:
    if not isinstance(node, yaml.MappingNode):
        raise ScriptError(f"{where}:{_line(node)}: {what} must be a mapping of 'key: value'")
    seen: set[str] = set()
    items = []
    for key_node, value_node in node.value:
        key = str(_plain(key_node, where))
        if key in seen:
            raise ScriptError(f"{where}:{_line(key_node)}: '{key}' is given twice")
        seen.add(key)
        items.append((key, value_node, _line(key_node)))
    return items


def _unknown(key: str, allowed, where: str, line: int, what: str) -> ScriptError:
    return ScriptError(f"{where}:{line}: unknown {what} '{key}'; accepted: {', '.join(allowed)}")


def _typed(kind: str, node: yaml.Node, key: str, where: str):
    value = _plain(node, where)
    line = _line(node)
    if kind == "text":
        if isinstance(value, (dict, list)) or value is None:
            raise ScriptError(f"{where}:{line}: '{key}' needs one value, like '{key}: something'")
        return str(node.value) if isinstance(node, yaml.ScalarNode) else str(value)
    if kind == "texts":
        values = value if isinstance(value, list) else [value]
        if not values or any(isinstance(v, (dict, list)) or v is None for v in values):
            raise ScriptError(f"{where}:{line}: '{key}' needs text or a list of text")
        return [str(v) for v in values]
    if kind == "bool":
        if not isinstance(value, bool):
            raise ScriptError(f"{where}:{line}: '{key}' needs true or false")
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise ScriptError(f"{where}:{line}: '{key}' needs a whole number")
        return value
    if kind == "regex":
        try:
            re.compile(str(value))
        except re.error as exc:
            raise ScriptError(f"{where}:{line}: '{key}' is not a valid regular expression ({exc})") from None
        return str(value)
    if not isinstance(value, dict):  # mapping
        raise ScriptError(f"{where}:{line}: '{key}' needs a mapping, like '{key}: {{name: value}}'")
    return value


def _checks(node: yaml.Node, where: str) -> tuple[Check, ...]:
    checks = []
    for key, value_node, line in _items(node, where, "expect"):
        if key not in TURN_CHECKS:
            raise _unknown(key, TURN_CHECKS, where, line, "check")
        if key == "plan":
            for plan_key, plan_node, plan_line in _items(value_node, where, "plan"):
                if plan_key not in PLAN_CHECKS:
                    raise _unknown(plan_key, PLAN_CHECKS, where, plan_line, "plan check")
                value = _typed(PLAN_CHECKS[plan_key], plan_node, plan_key, where)
                checks.append(Check(f"plan.{plan_key}", value, plan_line))
            continue
        value = _typed(TURN_CHECKS[key], value_node, key, where)
        if key == "kind" and value not in KINDS:
            raise ScriptError(f"{where}:{line}: kind '{value}' is not one of {', '.join(KINDS)}")
        checks.append(Check(key, value, line))
    return tuple(checks)


def _steps(node: yaml.Node, where: str) -> tuple[Step, ...]:
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise ScriptError(f"{where}:{_line(node)}: 'steps' must be a list of steps, each '- user: ...' with an optional 'expect:'")
    steps = []
    for number, step_node in enumerate(node.value, 1):
        parts = {}
        for key, value_node, line in _items(step_node, where, f"step {number}"):
            if key not in STEP_KEYS:
                raise _unknown(key, STEP_KEYS, where, line, "step key")
            parts[key] = (value_node, line)
        if "user" in parts:
            user_node, line = parts["user"]
            if not isinstance(user_node, yaml.ScalarNode):
                raise ScriptError(f"{where}:{line}: 'user' is one line of text")
            user = user_node.value  # exactly as written, never a boolean or a number
        elif number == 1:
            user, line = None, _line(step_node)
        else:
            raise ScriptError(f"{where}:{_line(step_node)}: step {number} has no 'user:'; only the first step may leave it out (to check the opening turn)")
        checks = _checks(parts["expect"][0], where) if "expect" in parts else ()
        steps.append(Step(number, user, line, checks))
    return tuple(steps)


def parse_script(text: str, path: Path) -> Script:
    token = _TEXT.set(text)
    try:
        return _parse_script(text, path)
    finally:
        _TEXT.reset(token)


def _parse_script(text: str, path: Path) -> Script:
    where = shown(path)
    try:
        check_aliases(text)  # aliases are expanded below: refuse a bomb first
        root = yaml.compose(text, Loader=_Loader)
    except YamlSyntaxError as exc:
        raise ScriptError(f"{where}:{exc.line or 1}: {str(exc).rsplit(' at line', 1)[0]}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{line_of(text, mark)}" if mark else "1"
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ScriptError(f"{where}:{line}: not valid YAML ({problem})") from None
    if root is None:
        raise ScriptError(f"{where}:1: the script is empty; it needs 'name:' and 'steps:'")
    top = {key: (node, line) for key, node, line in _items(root, where, "a script")}
    for key, (_, line) in top.items():
        if key not in TOP_KEYS:
            raise _unknown(key, TOP_KEYS, where, line, "key")
    for key in ("name", "steps"):
        if key not in top:
            raise ScriptError(f"{where}:1: the script has no '{key}:'")
    name = _typed("text", top["name"][0], "name", where)
    tags: list[str] = []
    if "tags" in top:
        tags = _typed("texts", top["tags"][0], "tags", where)
        for tag in tags:
            if not _TAG.match(tag):
                raise ScriptError(f"{where}:{top['tags'][1]}: tag '{tag}' must be lower-case letters, digits and _")
    role, role_line = None, 0
    if "role" in top:
        role, role_line = _typed("text", top["role"][0], "role", where), top["role"][1]
        if role not in ROLES:
            raise ScriptError(f"{where}:{role_line}: role '{role}' is not one of {', '.join(ROLES)}")
    start, start_line, answers, today = None, 0, {}, None
    if "fixtures" in top:
        for key, node, line in _items(top["fixtures"][0], where, "fixtures"):
            if key not in FIXTURE_KEYS:
                raise _unknown(key, FIXTURE_KEYS, where, line, "fixture")
            if key == "start":
                start, start_line = _typed("text", node, key, where), line
            elif key == "today":
                today = _day(_typed("text", node, key, where), where, line)
            else:
                answers = _typed("mapping", node, key, where)
    return Script(
        path=path,
        name=name,
        steps=_steps(top["steps"][0], where),
        tags=tuple(tags),
        role=role,
        role_line=role_line,
        start=start,
        start_line=start_line,
        answers=answers,
        today=today,
    )


def _day(text: str, where: str, line: int) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ScriptError(f"{where}:{line}: today '{text}' is not a date like 2026-12-02") from None


def load_script(path: Path) -> Script:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScriptError(f"{shown(path)}: no such script file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{shown(path)}: cannot be read ({exc.__class__.__name__}); a script is a UTF-8 YAML file") from None
    return parse_script(text, path)


def find_scripts(paths: list[str | Path]) -> list[Path]:
    """Script files from files and folders (a folder gives its *.yaml, sorted)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(path.glob("*.yaml")))
        elif path.is_file():
            if path.suffix not in (".yaml", ".yml"):
                raise ScriptError(f"{shown(path)}: not a script; give .yaml script files or folders of them")
            found.append(path)
        else:
            raise ScriptError(f"{shown(path)}: no such file or folder; give .yaml script files or folders of them")
    return list(dict.fromkeys(found))
