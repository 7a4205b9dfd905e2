# Scripted dialogues (dialogues/scripts/*.yaml) are collected as tests by this plugin.
pytest_plugins = ["assistant.scripts.pytest_plugin"]
