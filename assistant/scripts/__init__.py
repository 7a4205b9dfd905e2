"""Scripted dialogues: the YAML format (model), running them on the engine (runner),
what they cover (coverage), the command line (commands) and the pytest plugin."""
