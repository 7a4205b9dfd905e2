"""The command line builds only the parser of the command being run: what it accepts, refuses
and prints must be exactly what the whole parser gives."""

from __future__ import annotations

import contextlib
import io

import pytest

from assistant import cli

ARGVS = [["--help"], ["--bogus"], [], ["--plain", "--jsonl", "--no-save"], ["--country", "UK", "--plain"],
         ["add", "--help"], ["add", "it hurt", "--severity", "3"], ["list"], ["export", "--format", "pdf"],
         ["--last"], ["a1b2", "--verify"], ["--port", "x"], ["--format", "html", "-o", "out.html"]]


def parsed(parser, argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            out.write(repr(sorted(vars(parser.parse_args(argv)).items())))
        except SystemExit as exit:
            out.write(f"\nexit {exit.code}")
    return out.getvalue()


@pytest.mark.parametrize("command", sorted(cli.HANDLERS))
def test_one_command_s_parser_accepts_refuses_and_helps_as_the_whole_one(command):
    for argv in ARGVS:
        whole = parsed(cli.build_parser(), [command, *argv])
        assert parsed(cli.build_parser(only=command), [command, *argv]) == whole, argv
    assert "usage: second-opinion " + command in parsed(cli.build_parser(only=command), [command, "--help"])


def test_the_top_level_help_still_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    listed = capsys.readouterr().out
    assert all(command in listed for command in cli.HANDLERS)
