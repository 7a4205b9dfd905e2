"""Scripted dialogues: the YAML format (model), checking its names (validate), running them on
the engine (runner), what they cover (coverage), turning transcripts into scripts (record),
the command line (commands) and the pytest plugin."""
