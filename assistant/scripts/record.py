"""Turn a saved conversation (a transcript) into a scripted-dialogue skeleton.

Each line the user typed becomes a step, with checks on the turn that answered it: the state
and whether it was urgent (and the kind, when it was not a plain question), plus plan checks
on the first turn that showed the plan. The checks are by meaning, so the script survives
wording edits; the author keeps what matters and deletes the rest.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..transcripts.reader import Transcript, read_file
from .model import ScriptError, shown

RECORDS_CHECKED = 3  # the first records are the ones S1 says to get first


# What a YAML double-quoted scalar may hold as it is: printable characters, but not the ones
# YAML reads as line breaks (NEL, U+2028, U+2029: they would fold into a space) or a BOM.
_YAML_RAW = re.compile("[\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_YAML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\x00": "\\0", "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}


def _escape(ch: str) -> str:
    if ch in _YAML_ESCAPES:
        return _YAML_ESCAPES[ch]
    if _YAML_RAW.fullmatch(ch):
        return ch
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _quote(text: str) -> str:
    """Any text as a YAML double-quoted scalar that reads back exactly (C1 controls, U+FFFE and
    NEL included): what YAML may not hold, or would read as a line break, is escaped."""
    return '"' + "".join(_escape(ch) for ch in text) + '"'


def _flow_list(items: list) -> str:
    return "[" + ", ".join(str(i) for i in items) + "]"


def plan_checks(plan: dict) -> dict[str, str]:
    checks = {"timing": str(plan["timing"])}
    if plan.get("specialist"):
        checks["specialist_includes"] = _flow_list(plan["specialist"])
    if plan.get("records"):
        checks["records_begin_with"] = _flow_list(plan["records"][:RECORDS_CHECKED])
    if plan.get("alternatives"):
        checks["alternatives_include"] = _flow_list(plan["alternatives"])
    checks["questions_count"] = str(len(plan.get("questions", [])))
    for score in ("sure_before", "sure_after"):
        if plan.get(score) is not None:
            checks[score] = str(plan[score])
    return checks


def _expect(turn: dict, with_plan: bool) -> list[str]:
    parts = [f"state: {turn['state']}", f"urgent: {'true' if turn['urgent'] else 'false'}"]
    kind = turn.get("kind", "ask")
    if kind == "bye":
        parts.append("finished: true")
    if kind != "ask":
        parts.append(f"kind: {kind}")
    if not with_plan:
        return [f"    expect: {{{', '.join(parts)}}}"]
    lines = ["    expect:"] + [f"      {p}" for p in parts]
    plan = ", ".join(f"{k}: {v}" for k, v in plan_checks(turn["plan"]).items())
    return lines + [f"      plan: {{{plan}}}"]


def _role(transcript: Transcript) -> str | None:
    roles = [r["value"] for r in transcript.of_type("slot") if r["name"] == "role" and r["value"]]
    return roles[0] if roles else transcript.header.get("role")


def skeleton(transcript: Transcript) -> str:
    header = transcript.header
    lines = [
        f"# Recorded from {transcript.path.name} (conversation {transcript.id}, {header.get('created', 'date unknown')}).",
        "# It holds what was typed: remove names and health details before you commit it.",
        "# Keep the checks that matter, delete the rest, and give it a name that says what it proves.",
        f"name: {_quote(f'Recorded conversation {transcript.id}')}",
        "tags: [recorded]",
    ]
    role = _role(transcript)
    if role in ("patient", "caregiver"):
        lines.append(f"role: {role}")
    if header.get("start_state"):
        lines += ["fixtures:", f"  start: {header['start_state']}"]
    lines.append("steps:")
    pending_user: str | None = None
    opened = False
    plan_shown = False
    for record in transcript.records:
        if record["type"] == "user":
            pending_user = record["text"]
        elif record["type"] == "transition" and record["trigger"] == "restart":
            plan_shown = False
        elif record["type"] == "turn":
            with_plan = record.get("plan") is not None and not plan_shown
            plan_shown = plan_shown or with_plan
            if pending_user is not None:
                lines.append(f"  - user: {_quote(pending_user)}")
                lines += _expect(record, with_plan)
                pending_user = None
            elif not opened:  # the opening turn, before anything was typed
                lines.append("  - expect: {" + _expect(record, False)[0].split("{", 1)[1])
            opened = True
    if not opened:
        raise ScriptError(f"{shown(transcript.path)}: holds no assistant turn, so there is nothing to record")
    return "\n".join(lines) + "\n"


def record_script(path: Path) -> str:
    return skeleton(read_file(path))
