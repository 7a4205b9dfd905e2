"""Check the names a script uses against the flow and the rules, before it runs.

A typo in a state, timing or reviewer kind would otherwise read as a failing conversation;
here it is a one-line ScriptError naming the file, the line and what is accepted.
"""

from __future__ import annotations

from pathlib import Path

from .. import rules
from ..flow import Flow
from ..paths import prompts_dir
from .model import Script, ScriptError, shown


def validate(script: Script, flow: Flow, templates: Path | None = None) -> None:
    """Raise ScriptError for a state, stage, template, timing or plan value that does not exist."""
    where = script.shown_path
    templates = templates or prompts_dir()

    def must_be(value: str, allowed, line: int, what: str) -> None:
        if value not in allowed:
            raise ScriptError(f"{where}:{line}: unknown {what} '{value}'; accepted: {', '.join(allowed)}")

    if script.start is not None:
        must_be(script.start, list(flow.states), script.start_line, "start state")
    alternatives = [c.id for c in flow.states["fit_alternatives"].choices] if "fit_alternatives" in flow.states else []
    allowed = {
        "state": list(flow.states),
        "stage": list(flow.stages),
        "plan.timing": rules.TIMINGS,
        "plan.timing_one_of": rules.TIMINGS,
        "plan.specialist_includes": rules.SPECIALISTS,
        "plan.specialist_excludes": rules.SPECIALISTS,
        "plan.records_begin_with": rules.RECORDS,
        "plan.records_include": rules.RECORDS,
        "plan.alternatives_include": alternatives,
    }
    for step in script.steps:
        for check in step.checks:
            if check.key in allowed:
                values = check.expected if isinstance(check.expected, list) else [check.expected]
                for value in values:
                    must_be(value, allowed[check.key], check.line, check.key.replace("plan.", "") + " value")
            elif check.key == "template" and not (templates / check.expected).is_file():
                raise ScriptError(f"{where}:{check.line}: template '{check.expected}' is not in {shown(templates)}")
            elif check.key in ("plan.sure_before", "plan.sure_after") and not 0 <= check.expected <= 4:
                raise ScriptError(f"{where}:{check.line}: a SURE score is 0 to 4")
