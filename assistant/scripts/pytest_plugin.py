"""A pytest plugin: every scripted dialogue in dialogues/scripts/ is one test item.

Registered from tests/conftest.py. The scripts live with the content, outside `tests/`, so
the `tests/scripts` folder collects them next to its own test files. A failure reads

    dialogues/scripts/x.yaml:17: step 6 (user: 'yes') expected state 'timing', got 'timing_tests'

followed by expected vs actual and what the assistant said. `pytest -m <tag>` selects by tag.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ..paths import dialogues_dir
from .model import ScriptError, load_script
from .runner import Failure, run_script

# The tests folder that also collects the content's scripts.
COLLECTING_FOLDER = ("tests", "scripts")


def pytest_addoption(parser) -> None:
    parser.addini("dialogue_scripts", "folder of scripted dialogues to collect (default: the project's dialogues/scripts)")


def scripts_folder(config) -> Path:
    chosen = config.getini("dialogue_scripts")
    return Path(config.rootpath, chosen) if chosen else dialogues_dir() / "scripts"


class ScriptFailed(Exception):
    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.headline)
        self.failure = failure


class ScriptItem(pytest.Item):
    def __init__(self, *, error: ScriptError | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.error = error
        self.script = None
        if error is None:
            self.script = load_script(self.path)
            for tag in self.script.tags:
                self.add_marker(tag)

    def runtest(self) -> None:
        if self.error is not None:
            raise self.error
        result = run_script(self.script)
        if result.failure is not None:
            raise ScriptFailed(result.failure)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ScriptFailed):
            return excinfo.value.failure.format()
        if isinstance(excinfo.value, ScriptError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, 0, f"script: {self.script.name if self.script else self.name}"


class ScriptFile(pytest.File):
    def collect(self):
        try:
            script = load_script(self.path)
        except ScriptError as error:  # reported as this script's failure, in one line
            yield ScriptItem.from_parent(self, name=self.path.stem, error=error)
            return
        for tag in script.tags:
            self.config.addinivalue_line("markers", f"{tag}: scripted dialogues tagged '{tag}'")
        yield ScriptItem.from_parent(self, name=script.id)


class ScriptsDir(pytest.Dir):
    """tests/scripts: its own test files, then one ScriptFile per dialogues/scripts/*.yaml."""

    def collect(self):
        yield from super().collect()
        for path in sorted(scripts_folder(self.config).glob("*.yaml")):
            yield ScriptFile.from_parent(self, path=path)


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent):
    if path.parts[-2:] == COLLECTING_FOLDER and path.parent.parent == Path(parent.config.rootpath):
        return ScriptsDir.from_parent(parent, path=path)
    return None
