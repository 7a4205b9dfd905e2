"""Start `second-opinion serve` in a real subprocess and talk to it like a browser would."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

REPO = Path(__file__).resolve().parents[2]
ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def wait_until(condition, timeout: float = 30.0, what: str = "condition"):
    """Poll `condition` until it is true (returns its value) or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


class Served:
    def __init__(self, data_dir: Path, *extra: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "BROWSER": "true"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--no-browser", "--port", "0", "--data-dir", str(data_dir), *extra],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.lines: list[str] = []
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"serve ended early: {self.process.stderr.read()}")
            self.lines.append(line)
            if "http://" in line:
                break
        self.url = line.strip()
        self.lines.append(self.process.stdout.readline())  # what the address is for
        parts = urlparse(self.url)
        self.host, self.port = parts.hostname, parts.port
        self.token = parse_qs(parts.query)["key"][0]
        self.base = f"http://{parts.hostname}:{parts.port}"
        self.cookie = {f"second_opinion_{self.port}": self.token}

    def children(self) -> list[int]:
        found = []
        task_dir = Path(f"/proc/{self.process.pid}/task")
        for task in task_dir.glob("*"):
            try:
                found += [int(pid) for pid in (task / "children").read_text().split()]
            except OSError:
                pass
        return found

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, str, str]:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        out, err = self.process.communicate(timeout=30)
        return self.process.returncode, "".join(self.lines) + out, err


def screen_text(data: bytes) -> str:
    """Terminal bytes from the websocket as plain text (escapes removed, spaces collapsed)."""
    text = ANSI.sub(b" ", data).decode("utf-8", "replace")
    return re.sub(r"\s+", " ", text)


async def read_until(ws, buffer: bytearray, words: str, timeout: float = 30.0) -> str:
    import aiohttp

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while words not in screen_text(bytes(buffer)):
        try:
            message = await asyncio.wait_for(ws.receive(), max(0.1, deadline - loop.time()))
        except asyncio.TimeoutError:
            raise AssertionError(f"{words!r} did not appear in {timeout:.0f} s; screen: {screen_text(bytes(buffer))[-300:]}") from None
        if message.type == aiohttp.WSMsgType.BINARY:
            buffer.extend(message.data)
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            raise AssertionError(f"websocket closed before {words!r} appeared")
    return screen_text(bytes(buffer))


async def drain_until(ws, buffer: bytearray, condition, what: str, timeout: float = 30.0):
    """Wait for `condition` while reading the websocket, as a browser does: an app whose screen
    updates are not read would block on a full pipe."""
    import aiohttp

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}; screen: {screen_text(bytes(buffer))[-300:]}")
        try:
            message = await asyncio.wait_for(ws.receive(), 0.05)
        except asyncio.TimeoutError:
            continue
        if message.type == aiohttp.WSMsgType.BINARY:
            buffer.extend(message.data)
        elif message.type == aiohttp.WSMsgType.TEXT:
            return message  # a meta message (a download) is read by the caller
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            raise AssertionError(f"websocket closed while waiting for {what}")
    return None
