"""`second-opinion test [PATH...]` and `second-opinion record TRANSCRIPT [-o OUT]`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..flow import Flow, default_flow
from ..paths import dialogues_dir
from ..visible import visible
from .coverage import Coverage
from .model import ScriptError, find_scripts, load_script, shown
from .runner import Result, run_script


def scripts_folder() -> Path:
    return dialogues_dir() / "scripts"


def run_all(paths: list[str | Path], flow: Flow | None = None) -> tuple[list[Result | ScriptError], Coverage]:
    """Run every script found; a script that cannot be read is returned as its ScriptError."""
    files = find_scripts(paths)
    if not files:
        where = ", ".join(shown(Path(p)) for p in paths)
        raise ScriptError(f"{where}: no scripts (*.yaml) found")
    flow = flow or default_flow()
    coverage = Coverage(flow)
    results: list[Result | ScriptError] = []
    for path in files:
        try:
            result = run_script(load_script(path), flow)
        except ScriptError as error:
            results.append(error)
            continue
        coverage.add(result.trace)
        results.append(result)
    return results, coverage


def run_test(args: argparse.Namespace) -> int:
    paths = list(args.paths) or [scripts_folder()]
    started = time.perf_counter()
    results, coverage = run_all(paths)
    seconds = time.perf_counter() - started
    out = sys.stdout
    broken = [r for r in results if isinstance(r, ScriptError)]
    failed = [r for r in results if isinstance(r, Result) and not r.passed]
    for result in results:
        if isinstance(result, ScriptError):  # may quote a script's bytes: shown, never acting
            out.write(f"ERROR {visible(str(result), newlines=False)}\n")
        elif result.passed:
            out.write(f"ok    {result.script.shown_path}  ({len(result.script.steps)} steps)\n")
        else:
            out.write(f"FAIL  {result.failure.format()}\n")
    passed = len(results) - len(broken) - len(failed)
    out.write(f"\n{len(results)} scripts: {passed} passed, {len(failed)} failed, {len(broken)} could not be read, in {seconds:.2f} s\n\n")
    out.write(coverage.format() + "\n")
    if broken:
        return 2
    if failed:
        return 1
    if not args.paths and not (coverage.states_part().complete and coverage.transitions_part().complete):
        out.write("\nThe scripts do not cover every state and transition: add a script for what is listed above.\n")
        return 1
    return 0


def run_record(args: argparse.Namespace) -> int:
    from ..transcripts.store import write_private
    from .record import record_script

    text = record_script(Path(args.transcript))
    if not args.output:
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    if out.exists():
        raise ScriptError(f"{shown(out)}: already exists; give a new file name with -o, or delete it first")
    try:  # the script holds what was typed in a real conversation: private, like the transcript
        write_private(out, text)
    except OSError as exc:
        raise ScriptError(f"{shown(out)}: cannot be written ({exc.strerror})") from None
    result = run_script(load_script(out))
    if result.passed:
        print(f"wrote {shown(out)}: {len(result.script.steps)} steps; it passes on today's engine", file=sys.stderr)
    else:
        print(f"wrote {shown(out)}, but today's engine answers differently:\n{result.failure.format()}", file=sys.stderr)
    return 0
