"""What a start loads: `--version` and `--help` answer without loading the conversation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded_by(*args: str) -> tuple[str, set[str]]:
    code = (
        "import sys\n"
        "from assistant.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out, _, modules = result.stdout.rpartition("MODULES ")
    return out, set(modules.split())


def test_version_and_help_load_neither_the_flow_nor_jinja():
    for args, expected in ((("--version",), "second-opinion "), (("--help",), "usage: second-opinion")):
        out, modules = loaded_by(*args)
        assert expected in out
        heavy = {"jinja2", "transitions", "yaml", "assistant.flow", "assistant.engine", "textual"} & modules
        assert not heavy, f"{args[0]} loaded {sorted(heavy)}"


def test_the_command_line_catches_the_flow_s_own_error_class():
    """FlowError lives in errors.py so the command line need not load the flow to catch it;
    flow.py raises the very same class."""
    from assistant.errors import FlowError as from_errors
    from assistant.flow import FlowError as from_flow

    assert from_errors is from_flow


def test_a_quit_run_screens_its_line_without_loading_datetime_and_dates_are_still_read_against_today(tmp_path):
    """The engine's clock imports `datetime` at the first date it reads: neither the first turn
    nor `quit` needs it (row 5a). The line is still screened (the screening module is loaded),
    and the clock is still today's date. The second run, on a filled cache (the first parses the
    YAML, and PyYAML loads datetime)."""
    import datetime
    import os

    from assistant.engine import Engine

    code = (
        "import sys\n"
        "from assistant.cli import main\n"
        "try:\n"
        "    main(['chat', '--plain', '--jsonl', '--no-save'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "SECOND_OPINION_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, input="quit\n", capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 0, result.stderr
    out, _, modules = result.stdout.rpartition("MODULES ")
    assert '"kind": "bye"' in out  # `quit` was answered
    assert "assistant.safety.screening" in modules.split()  # `quit` was screened like any line
    assert "datetime" not in modules.split()
    assert Engine().today() == datetime.date.today()
