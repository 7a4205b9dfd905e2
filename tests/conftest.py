# Scripted dialogues (dialogues/scripts/*.yaml) are collected as tests by this plugin;
# pytester lets tests/scripts check the plugin's own output.
pytest_plugins = ["assistant.scripts.pytest_plugin", "pytester"]

import pytest


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
