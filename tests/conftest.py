# Scripted dialogues (dialogues/scripts/*.yaml) are collected as tests by this plugin;
# pytester lets tests/scripts check the plugin's own output.
pytest_plugins = ["assistant.scripts.pytest_plugin", "pytester"]

import os
import tempfile

import pytest

# Before any test module is collected: modules that build their parameters at collection (test_readability.py renders
# every scripted dialogue to list the templates) must not read the user's own settings either. A `--country UK` tried
# on this machine (the lead, 2026-12-05) made three scripts fail at collection and test_content report a missing text.
_PRIVATE = tempfile.mkdtemp(prefix="second-opinion-tests-")
for _name in ("SECOND_OPINION_DATA_DIR", "SECOND_OPINION_CACHE_DIR", "SECOND_OPINION_CONFIG_DIR"):
    os.environ[_name] = os.path.join(_PRIVATE, _name.rsplit("_", 2)[-2].lower())


@pytest.fixture(scope="session", autouse=True)
def private_session_dirs(tmp_path_factory):
    """The same for fixtures wider than one test (a module's run of every script): never the user's
    own settings, data or cache. A country saved on this machine by someone trying `--country NZ`
    once made the scripted dialogues (run once per module) expect 111 and fail."""
    import assistant.safety.numbers as numbers

    with pytest.MonkeyPatch.context() as patch:
        for name, folder in (("SECOND_OPINION_DATA_DIR", "session-data"), ("SECOND_OPINION_CACHE_DIR", "session-cache"),
                             ("SECOND_OPINION_CONFIG_DIR", "session-config")):
            patch.setenv(name, str(tmp_path_factory.mktemp(folder)))
        patch.setattr(numbers, "_chosen", None)
        numbers.saved_country.cache_clear()
        yield
    numbers.saved_country.cache_clear()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """No test ever writes to the real user data folder: transcripts are health data."""
    monkeypatch.setenv("SECOND_OPINION_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    # The parsed-content cache too: tests never depend on, or leave, a cache on the machine.
    monkeypatch.setenv("SECOND_OPINION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    # And the settings (the saved --country): never the user's own.
    monkeypatch.setenv("SECOND_OPINION_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    # A --country given to an in-process command lasts for that run only: each test is a new run.
    import assistant.safety.numbers as numbers

    monkeypatch.setattr(numbers, "_chosen", None)
    numbers.saved_country.cache_clear()  # read from this test's own settings folder
    yield
    numbers.saved_country.cache_clear()


@pytest.fixture(scope="session")
def warm_cache_dir(tmp_path_factory):
    """A private cache folder with the red-flag tables already built, for an app started in a real
    terminal (tmux: its server passes none of our environment on, so the folders go in the command).
    Without it such an app read the machine's own cache: where that was cold for this Python (the tables
    shipped with the app fit only the Python that built them), the first answer waited for the tables
    to be built, 20 s on Python 3.13 on a busy 2-core machine, and a terminal test's wait ran out (CI,
    2026-12-06). What a cold start costs is measured in benchmarks/, not in a terminal test."""
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path_factory.mktemp("warm-cache")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "SECOND_OPINION_CACHE_DIR": str(folder)}
    subprocess.run([sys.executable, "-c", "from assistant import warmup; warmup.get_screening_ready()"],
                   cwd=root, env=env, check=True, timeout=600)
    return folder

