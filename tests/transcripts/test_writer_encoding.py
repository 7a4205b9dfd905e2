"""Each record is written as the JSON encoder with the writer's options writes it, byte for byte
(writer.py makes the C encoder once instead of once per record)."""

from __future__ import annotations

import json

from assistant.engine import Engine
from assistant.transcripts import writer
from tests.support import path_to_summary

REFERENCE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=writer._jsonable)


def test_records_are_encoded_as_the_json_encoder_encodes_them():
    events: list[dict] = []
    engine = Engine(listener=events.append)
    engine.start()
    for line in [*path_to_summary(situation="1"), "summary", "why", "back", "my chest hurts", "no", "help", "quit"]:
        engine.respond(line)
    odd = [
        {"type": "slot", "name": "picks", "value": frozenset({"b", "a"})},  # sets are kept sorted
        {"type": "user", "text": "é😀 \"quoted\" back\\slash \t tab \u2028 and \x00"},
        {"type": "x", "n": [1, 2.5, -0.0, 1e300, None, True, False], "nested": {"a": [{"b": {}}], "": []}},
        {"type": "x", "value": object()},  # anything else as its str()
    ]
    assert len(events) > 50
    for record in [*events, *odd]:
        assert writer.encode(record) == (REFERENCE.encode(record) + "\n").encode("utf-8")


def test_a_record_the_encoder_refuses_is_refused_alike():
    for bad in ({"type": "x", "n": float("nan")} | {"allow": True}, {1.5j: "key"}):
        try:
            REFERENCE.encode(bad)
        except (TypeError, ValueError) as reference_error:
            expected = type(reference_error)
        else:
            expected = None
        try:
            writer.encode(bad)
        except (TypeError, ValueError) as error:
            assert type(error) is expected
        else:
            assert expected is None


def test_chained_lines_are_the_schema_chain_of_their_bodies_byte_for_byte(tmp_path):
    """The writer hashes each line from a copy of one empty SHA-256, fed in pieces: each line must
    still be schema.with_chain(body, schema.chain_hash(previous, body)), so verify reads it as before."""
    from assistant.transcripts import schema
    from assistant.transcripts.writer import TranscriptWriter

    saved = TranscriptWriter.new(tmp_path)
    engine = Engine(listener=saved)
    engine.start()
    for line in [*path_to_summary(situation="1"), "summary", "my chest hurts", "no", "é😀 \"quoted\" back\\slash"]:
        engine.respond(line)
    saved.close()
    lines = saved.path.read_bytes().splitlines()
    assert len(lines) > 50
    previous = ""
    for line in lines:
        body, value = schema.split_chain(line)
        assert schema.with_chain(body, schema.chain_hash(previous, body)) == line
        previous = value
