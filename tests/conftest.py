# Scripted dialogues (dialogues/scripts/*.yaml) are collected as tests by this plugin;
# pytester lets tests/scripts check the plugin's own output.
pytest_plugins = ["assistant.scripts.pytest_plugin", "pytester"]
