"""Word lists are read from disk once per process, not at every answer (issue 17: a reader that
loaded its YAML at each answer made a turn a quarter slower)."""

from __future__ import annotations

from assistant import yaml_cache
from assistant.engine import Engine
from benchmarks.conversations import STRAIGHT_PATH


def test_a_second_conversation_reads_no_word_list_from_disk(monkeypatch):
    first = Engine()
    first.start()
    for line in STRAIGHT_PATH:  # every reader on the path has loaded what it needs
        first.respond(line)
    loads = []
    real = yaml_cache.load
    monkeypatch.setattr(yaml_cache, "load", lambda *a, **k: loads.append(a[0]) or real(*a, **k))
    second = Engine()
    second.start()
    for line in STRAIGHT_PATH:
        second.respond(line)
    assert loads == []
