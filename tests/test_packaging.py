"""A non-editable install carries the flow, the templates and the built red-flag tables, and works from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    return next(out.glob("second_opinion-*.whl"))


def test_the_wheel_contains_the_flow_and_every_template(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "assistant/dialogues/flow.yaml" in names
    templates = {p.name for p in (REPO / "prompts").glob("*.j2")}
    assert templates and {f"assistant/prompts/{t}" for t in templates} <= names
    assert any(n.endswith("entry_points.txt") for n in names)
    assert "assistant/safety/red_flags.tables" in names  # the red-flag tables, built (shipped.py)
    assert {"assistant/safety/self_harm_cues.cues", "assistant/safety/warning_signs.cues"} <= names  # the cue lists, built (cue_tables.py)


def test_an_installed_copy_holds_a_conversation_from_another_folder(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "chat", "--plain", "--jsonl", "--no-save"],
        input="1\nwhether to have knee surgery\n", capture_output=True, text=True, cwd=elsewhere, env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    turns = [json.loads(line) for line in done.stdout.splitlines()]
    assert [t["state"] for t in turns] == ["welcome", "decision_what", "decision_why"]
    probe = subprocess.run([sys.executable, "-c", "import assistant; print(assistant.__file__)"],
                           capture_output=True, text=True, cwd=elsewhere, env=env, timeout=60)
    assert probe.stdout.startswith(str(target))
