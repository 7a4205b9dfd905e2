"""python -m benchmarks.reliability [--quick] [--seed N]: the reliability audit, reproduced.

Four attacks on the promises the README makes, each counted, not timed:
  races      two `resume` processes on one conversation, started and stopped with random delays
  fuzz       hostile input lines (escapes, C1, bidi, invalid UTF-8, huge lines, commands,
             emergency words) through plain and JSONL mode, every line saved
  flips      one random byte changed in a saved conversation, 100 times
  kills      SIGKILL at random moments while a conversation is being saved, 100 times

It prints the four figures docs/reliability.md reports: answers lost, crashes, raw control
bytes printed, damaged files accepted without a word. Every one must be 0. Not collected by
pytest (tests never time or fuzz at this scale); the tests hold one case of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.transcripts.reader import TranscriptError, read_file  # noqa: E402
from assistant.transcripts.store import transcripts_in  # noqa: E402
from assistant.understand import command_in  # noqa: E402

# Bytes that act on a terminal: C0 (but newline and tab), DEL, C1 (as UTF-8), bidi embeddings/overrides/isolates.
RAW = [bytes([b]) for b in range(32) if b not in (9, 10)] + [b"\x7f"] + [("%c" % c).encode() for c in range(0x80, 0xA0)]
RAW += [chr(c).encode() for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
ANSWERS = ["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none", "2, 8", "none", "1", "1", "no", "", "3", ""]
TIMEOUT = 60


@dataclass
class Tally:
    answers_sent: int = 0
    answers_lost: int = 0
    crashes: int = 0
    raw_printed: int = 0
    damaged_files: int = 0
    damaged_silent: int = 0
    damaged_refused: int = 0  # one line, exit 2
    damaged_warned: int = 0  # read, with a one-line warning (changed, or a cut last line)
    second_window_refused: int = 0
    second_window_resumed: int = 0
    notes: list[str] = field(default_factory=list)

    def crash(self, what: str) -> None:
        self.crashes += 1
        self.notes.append(what)


def _cmd(*argv: str) -> list[str]:
    return [sys.executable, "-m", "assistant", *argv]


def _env(data: Path) -> dict:
    return {**os.environ, "SECOND_OPINION_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}


def _raw_count(data: bytes) -> int:
    return sum(data.count(raw) for raw in RAW)


class Proc:
    """A plain --jsonl process, read one JSON turn per line."""

    def __init__(self, argv: list[str], data: Path) -> None:
        self.p = subprocess.Popen(argv, cwd=REPO, env=_env(data), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
        self.buffer = b""
        self.out = b""

    def turn(self) -> dict | None:
        fd = self.p.stdout.fileno()
        while b"\n" not in self.buffer:
            ready, _, _ = select.select([fd], [], [], TIMEOUT)
            if not ready:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self.buffer += chunk
            self.out += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def say(self, text: str) -> dict | None:
        try:
            self.p.stdin.write(text.encode() + b"\n")
        except BrokenPipeError:
            return None
        return self.turn()

    def finish(self) -> tuple[int, bytes, bytes]:
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        rest, err = self.p.stdout.read(), self.p.stderr.read()
        self.out += rest
        code = self.p.wait(TIMEOUT)
        self.p.stdout.close()
        self.p.stderr.close()
        return code, self.out, err


def _check_file(path: Path, tally: Tally, what: str) -> list[str] | None:
    """The conversation as saved, or None (counted) when it cannot be read or is not intact."""
    try:
        transcript = read_file(path)
    except TranscriptError as error:
        tally.crash(f"{what}: left an unreadable file: {error}")
        return None
    if transcript.chain_problem:
        tally.crash(f"{what}: left a file whose chain is broken: {transcript.chain_problem}")
    return transcript.user_inputs()


# --- 1. two windows racing ------------------------------------------------------------------------
def races(rng: random.Random, tries: int, tally: Tally) -> None:
    from assistant.engine import Engine
    from assistant.transcripts.writer import TranscriptWriter

    for attempt in range(tries):
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder)
            writer = TranscriptWriter.new(data)
            engine = Engine(listener=writer)
            engine.start()
            for line in ANSWERS[:4]:
                engine.respond(line)
            writer.close()
            path = writer.path
            acknowledged = list(ANSWERS[:4])
            a = Proc(_cmd("resume", "--last", "--plain", "--jsonl"), data)
            b = None
            a_turn = a.turn()
            b_at, a_stops = rng.randint(0, 4), rng.randint(0, 5)
            pending = ANSWERS[4:]
            for step in range(6):
                if step == b_at:
                    b = Proc(_cmd("resume", "--last", "--plain", "--jsonl"), data)
                    time.sleep(rng.random() * 2.0)  # B loads (a few hundred ms, more on a busy machine) while A goes on or closes
                if step == a_stops and a is not None:
                    a.finish()
                    a = None
                if a is not None and a_turn is not None and pending:
                    time.sleep(rng.random() * 0.02)
                    tally.answers_sent += 1
                    if a.say(pending[0]) is not None:
                        acknowledged.append(pending.pop(0))
            if a is not None:
                a.finish()
            if b is not None:
                first = b.turn()
                if first is not None and pending:  # B got the conversation: it carries on
                    tally.answers_sent += 1
                    if b.say(pending[0]) is not None:
                        acknowledged.append(pending.pop(0))
                code, out, err = b.finish()
                if code == 2 and b"open in another window" in err:
                    tally.second_window_refused += 1
                elif code == 0:
                    tally.second_window_resumed += 1
                if code not in (0, 2) or b"Traceback" in err:
                    tally.crash(f"race {attempt}: B exited {code}: {err[-300:]!r}")
            saved = _check_file(path, tally, f"race {attempt}")
            if saved is not None:
                tally.answers_lost += sum(1 for i, line in enumerate(acknowledged) if i >= len(saved) or saved[i] != line)


# --- 2. hostile input ------------------------------------------------------------------------------
PIECES = [
    "\x1b[2J", "\x1b]0;owned\x07", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "\x07", "\x00", "\x9b31m", "\x85", "\u202e", "\u2066",
    "\u200f", "\ufeff", "\ufffe", "\x1bP+q\x1b\\", "\x1b[6n", "\x1b[?1049h", "back", "restart", "help", "why", "summary", "sources",
    "1", "2, 3", "all", "none", "skip", "I have chest pain", "I want to kill myself", "not now", "yes", "no", "maybe", "0", "99",
    "{{ 7*7 }}", "{% raw %}", "<script>alert(1)</script>", "*bold* _x_ [a](b)", "😀", "\u0301", "Ω", "שלום", "مرحبا", "\\", '"',
]


def _hostile_line(rng: random.Random) -> bytes:
    if rng.random() < 0.01:
        return ("x" * rng.randint(5_000, 100_000)).encode()
    text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 5))).replace("quit", "qu1t")
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.2:  # invalid UTF-8
        at = rng.randint(0, len(data))
        data = data[:at] + rng.choice([b"\xff", b"\xfe", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]) + data[at:]
    return data.replace(b"\n", b" ").replace(b"\r", b" ")


def fuzz(rng: random.Random, lines: int, tally: Tally) -> None:
    per_run = 500
    for jsonl in (False, True):
        done = 0
        while done < lines:
            batch = [_hostile_line(rng) for _ in range(min(per_run, lines - done))]
            done += len(batch)
            tally.answers_sent += len(batch)
            with tempfile.TemporaryDirectory() as folder:
                data = Path(folder)
                argv = _cmd("chat", "--plain", *(["--jsonl"] if jsonl else []))
                result = subprocess.run(argv, input=b"".join(line + b"\n" for line in batch), cwd=REPO, env=_env(data),
                                        capture_output=True, timeout=600)
                if result.returncode != 0 or b"Traceback" in result.stderr:
                    tally.crash(f"fuzz ({'jsonl' if jsonl else 'plain'}): exit {result.returncode}: {result.stderr[-300:]!r}")
                tally.raw_printed += _raw_count(result.stdout) + _raw_count(result.stderr)
                files = transcripts_in(data)
                saved = _check_file(files[0], tally, "fuzz") if files else []
                if saved is None:
                    continue
                expected = []
                for line in batch:
                    text = line.decode("utf-8", "replace")
                    expected.append(text)
                    if command_in(text) == "quit":
                        break
                tally.answers_lost += sum(1 for i, text in enumerate(expected) if i >= len(saved) or saved[i] != text)
                # What the saved file prints back must not act on a terminal either.
                for argv in (_cmd("replay", "--plain", str(files[0])), _cmd("list")):
                    shown = subprocess.run(argv, cwd=REPO, env=_env(data), capture_output=True, timeout=600)
                    tally.raw_printed += _raw_count(shown.stdout) + _raw_count(shown.stderr)
                    if shown.returncode != 0 or b"Traceback" in shown.stderr:
                        tally.crash(f"replay/list after fuzz: exit {shown.returncode}")


# --- 3. byte flips ---------------------------------------------------------------------------------
def flips(rng: random.Random, tries: int, tally: Tally) -> None:
    from assistant.engine import Engine
    from assistant.transcripts.writer import TranscriptWriter

    with tempfile.TemporaryDirectory() as folder:
        writer = TranscriptWriter.new(Path(folder))
        engine = Engine(listener=writer)
        engine.start()
        for line in ANSWERS:
            engine.respond(line)
        writer.close()
        good = writer.path.read_bytes()
        target = Path(folder) / "flipped.jsonl"
        for _ in range(tries):
            data = bytearray(good)
            at = rng.randrange(len(data))
            data[at] = (data[at] + rng.randint(1, 255)) % 256
            target.write_bytes(bytes(data))
            tally.damaged_files += 1
            try:
                transcript = read_file(target)
            except TranscriptError:
                tally.damaged_refused += 1
                continue  # refused, in one line
            except Exception as error:  # noqa: BLE001 - what the audit counts
                tally.crash(f"flip at byte {at}: {type(error).__name__}")
                continue
            if transcript.chain_problem or transcript.truncated_line:
                tally.damaged_warned += 1
            else:
                tally.damaged_silent += 1
                tally.notes.append(f"flip at byte {at} read without a word")


# --- 4. SIGKILL at random moments -------------------------------------------------------------------------
def kills(rng: random.Random, tries: int, tally: Tally) -> None:
    for attempt in range(tries):
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder)
            chat = Proc(_cmd("chat", "--plain", "--jsonl"), data)
            chat.turn()
            acknowledged = []
            stop = rng.randint(0, len(ANSWERS))
            for line in ANSWERS[:stop]:
                tally.answers_sent += 1
                if chat.say(line) is None:
                    break
                acknowledged.append(line)
            if stop < len(ANSWERS):  # killed while the next answer is on its way
                chat.p.stdin.write(ANSWERS[stop].encode() + b"\n")
                time.sleep(rng.random() * 0.005)
            os.kill(chat.p.pid, signal.SIGKILL)
            chat.p.wait(TIMEOUT)
            for stream in (chat.p.stdin, chat.p.stdout, chat.p.stderr):
                stream.close()
            files = transcripts_in(data)
            if not files:
                tally.answers_lost += len(acknowledged)
                continue
            saved = _check_file(files[0], tally, f"kill {attempt}")
            if saved is None:
                continue
            tally.answers_lost += sum(1 for i, line in enumerate(acknowledged) if i >= len(saved) or saved[i] != line)
            resumed = subprocess.run(_cmd("resume", "--last", "--plain", "--jsonl"), input=b"1\n", cwd=REPO, env=_env(data),
                                     capture_output=True, timeout=TIMEOUT)
            if resumed.returncode != 0 or b"Traceback" in resumed.stderr:
                tally.crash(f"resume after kill {attempt}: exit {resumed.returncode}: {resumed.stderr[-300:]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reliability", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each attack (a rough look)")
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    rng = random.Random(args.seed)
    tally = Tally()
    started = time.perf_counter()
    runs = {"races": (races, 30 // scale), "fuzz": (fuzz, 20_000 // scale), "flips": (flips, 100 // scale), "kills": (kills, 100 // scale)}
    for name, (attack, count) in runs.items():
        before = time.perf_counter()
        attack(rng, count, tally)
        print(f"{name:<6} {count:>6} {'lines per mode' if name == 'fuzz' else 'tries'}  ({time.perf_counter() - before:.0f} s)", flush=True)
    print()
    print(f"answers sent                          {tally.answers_sent}")
    print(f"answers lost                          {tally.answers_lost}")
    print(f"crashes (traceback, bad exit, corrupt) {tally.crashes}")
    print(f"raw control bytes printed             {tally.raw_printed}")
    print(f"damaged files                         {tally.damaged_files}")
    print(f"damaged files accepted without a word {tally.damaged_silent}")
    print(f"  (refused in one line {tally.damaged_refused}, read with a one-line warning {tally.damaged_warned})")
    print(f"races: second window refused {tally.second_window_refused}, resumed after the first closed {tally.second_window_resumed}")
    print(f"seed {args.seed}, {time.strftime('%Y-%m-%d')}, {time.perf_counter() - started:.0f} s, Python {sys.version.split()[0]}")
    for note in tally.notes[:20]:
        print("  " + note)
    bad = tally.answers_lost or tally.crashes or tally.raw_printed or tally.damaged_silent
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
