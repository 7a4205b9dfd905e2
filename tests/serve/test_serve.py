"""`second-opinion serve`: the window on a private local web page.

Each test starts the real command in a subprocess on a free loopback port and talks to it
over HTTP and the websocket, as the browser page does.
"""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from serve.serve_support import REPO, Served, drain_until, read_until, screen_text, wait_until


@pytest.fixture
def served(tmp_path):
    server = Served(tmp_path / "data")
    yield server
    if server.process.poll() is None:
        server.stop()


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on `port`, from /proc (hex, as the kernel writes them)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":  # 0A = LISTEN
                found.add(address)
    return found


def test_prints_a_private_address_and_listens_on_loopback_only(served):
    assert served.host == "127.0.0.1"
    assert len(served.token) >= 32  # 24 random bytes, base64: 192 bits
    assert "private" in "".join(served.lines)
    assert _listening_addresses(served.port) == {"0100007F"}  # 127.0.0.1 and nothing else


def test_each_run_has_a_new_secret(tmp_path, served):
    other = Served(tmp_path / "other")
    try:
        assert other.token != served.token
    finally:
        other.stop()


async def test_page_websocket_and_downloads_are_refused_without_the_secret(served):
    async with aiohttp.ClientSession() as session:
        for path in ("/", "/?key=wrong", f"/?key={served.token[:-1]}", "/download/abc", "/ws"):
            async with session.get(served.base + path, allow_redirects=False) as response:
                assert response.status == 403, path
                assert served.token not in await response.text()
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(served.base + "/ws")
        assert refused.value.status == 403


async def test_wrong_host_or_origin_is_refused_even_with_the_secret(served):
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        # DNS rebinding: a page at another name that resolves here.
        async with session.get(served.base + "/", headers={"Host": f"evil.example:{served.port}"}) as response:
            assert response.status == 403
        # Another site's page opening the websocket.
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(served.base + "/ws", origin="http://evil.example")
        assert refused.value.status == 403


async def test_the_secret_becomes_a_private_cookie_and_the_page_loads_nothing_from_the_network(served):
    async with aiohttp.ClientSession() as session:
        async with session.get(served.url, allow_redirects=False) as response:
            assert response.status == 302
            assert response.headers["Location"] == "/"  # the secret leaves the address bar
            cookie = response.headers["Set-Cookie"]
            assert served.token in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        async with session.get(served.base + "/") as response:
            assert response.status == 200
            page = await response.text()
            assert response.headers["Cache-Control"] == "no-store"
            assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Content-Security-Policy" in page
    assert "https://" not in page and "fonts.googleapis" not in page
    assert f'data-session-websocket-url="ws://127.0.0.1:{served.port}/ws"' in page


async def test_a_conversation_over_the_websocket_is_saved_and_resumes_in_the_terminal(served, tmp_path):
    buffer = bytearray()
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        async with session.ws_connect(f"{served.base}/ws?width=100&height=30", origin=served.base) as ws:
            await ws.send_json(["resize", {"width": 100, "height": 30}])
            await read_until(ws, buffer, "Who is this decision for")
            wait_until(served.children, what="the app process")
            await ws.send_json(["stdin", "1\r"])
            await read_until(ws, buffer, "What do you need to decide")
    # Closing the tab ends that app process cleanly.
    wait_until(lambda: not served.children(), what="the app to end after the tab closed")
    saved = list((tmp_path / "data").glob("*.jsonl"))
    assert len(saved) == 1
    assert stat.S_IMODE(saved[0].stat().st_mode) == 0o600
    records = [json.loads(line) for line in saved[0].read_text().splitlines()]
    assert {"type": "user", "text": "1", "state": "welcome"}.items() <= next(r for r in records if r["type"] == "user").items()
    # ... and the same conversation goes on in the terminal.
    resumed = subprocess.run(
        [sys.executable, "-m", "assistant", "resume", "--last", "--plain", "--data-dir", str(tmp_path / "data")],
        input="quit\n", capture_output=True, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=60,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "What do you need to decide" in resumed.stdout


async def test_two_tabs_are_two_conversations(served, tmp_path):
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        first = await session.ws_connect(f"{served.base}/ws", origin=served.base)
        second = await session.ws_connect(f"{served.base}/ws", origin=served.base)
        # Both read at once, as two browser tabs would (an unread tab's app waits on its output).
        await asyncio.gather(*(read_until(ws, bytearray(), "Who is this decision for", timeout=90) for ws in (first, second)))
        assert len(wait_until(lambda: len(served.children()) == 2 and served.children(), what="two app processes")) == 2
        await first.close()
        await second.close()
    wait_until(lambda: not served.children(), what="both apps to end")
    assert len(list((tmp_path / "data").glob("*.jsonl"))) == 2


async def test_ctrl_c_stops_the_server_and_its_apps(served):
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        async with session.ws_connect(f"{served.base}/ws", origin=served.base) as ws:
            await read_until(ws, bytearray(), "Who is this decision for")
            apps = wait_until(served.children, what="the app process")
            code, out, err = served.stop(signal.SIGINT)
    assert code == 0
    assert "stopped" in out
    assert "Traceback" not in err and served.token not in err
    for pid in apps:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()


def test_a_busy_port_is_one_line_and_exit_2(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "assistant", "serve", "--no-browser", "--port", str(port), "--data-dir", str(tmp_path)],
            capture_output=True, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and f"port {port} is already in use" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_data_folder_that_is_a_file_is_one_line_and_exit_2_before_any_tab(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "serve", "--no-browser", "--port", "0", "--data-dir", str(not_a_folder)],
        capture_output=True, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is not a folder" in result.stderr and "Traceback" not in result.stderr
    assert "http://" not in result.stdout  # no address printed for a server that cannot save
    assert not_a_folder.read_text() == "mine"


def test_serve_makes_the_data_folder_before_any_tab_opens(served, tmp_path):
    # Two tabs opened at once once raced to make it, and one was left blank for good.
    folder = tmp_path / "data"
    assert folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) == 0o700


async def test_a_tab_whose_app_cannot_start_is_closed_not_left_blank(served, tmp_path):
    folder = tmp_path / "data"
    folder.rmdir()
    folder.write_text("someone put a file here after serve started")
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        async with session.ws_connect(f"{served.base}/ws", origin=served.base) as ws:
            message = await asyncio.wait_for(ws.receive(), 60)
            while message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
                message = await asyncio.wait_for(ws.receive(), 60)
            assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
    code, out, err = served.stop()
    assert code == 0
    assert "is not a folder" in out + err  # the reason, where serve runs
    assert "Traceback" not in out + err


def test_a_bad_port_number_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "serve", "--no-browser", "--port", "70000"],
        capture_output=True, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=60,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "0 to 65535" in result.stderr


def test_another_address_needs_host_and_warns(tmp_path):
    server = Served(tmp_path / "data", "--host", "0.0.0.0")
    try:
        assert _listening_addresses(server.port) == {"00000000"}
    finally:
        code, out, err = server.stop()
    assert "warning" in err and "other computers can reach" in err
    assert code == 0


def test_no_browser_found_says_so_and_keeps_serving(tmp_path):
    env_without_browser = {"PYTHONPATH": str(REPO), "PATH": str(tmp_path), "BROWSER": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", "0", "--data-dir", str(tmp_path / "d")],
        cwd=REPO, env=env_without_browser, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = [process.stdout.readline() for _ in range(4)]
        assert any("http://127.0.0.1:" in line for line in lines)
        assert any("No web browser could be opened" in line for line in lines)
        assert process.poll() is None
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


def _next_questions(answers: list[str]) -> list[str]:
    """For each answer, a piece of the turn that follows it (as the engine words it): its first
    line, which is on screen however tall the turn is (a turn taller than the window is shown
    from its top, so its last line, the question, was seen only in passing: a race under load)."""
    from assistant.engine import Engine

    engine, shown = Engine(), []
    engine.start()
    for answer in answers:
        lines = [line.strip() for line in engine.respond(answer).text.splitlines() if len(line.strip()) >= 12]
        shown.append(lines[0][:12] if lines else "")
    return shown


async def test_a_whole_conversation_in_the_browser_ends_with_the_plan_as_a_download(served, tmp_path):
    """The alternative-first sample journey typed over the websocket, then Ctrl+S: the plan
    arrives as a download, behind the same secret, as a document that can run no script."""
    answers = ['1', 'Whether to keep taking my thyroid pills', 'skip', 'no deadline', '6', '1, 2', 'none',
               'perhaps peace of mind', '10', 'none', '3', 'no', '2', '1, 2', '1, 3, 9', 'skip', 'ok', 'all', '']
    data = tmp_path / "data"

    def user_lines() -> int:
        files = list(data.glob("*.jsonl"))
        return files and sum('"type":"user"' in line.replace(" ", "") for line in files[0].read_text().splitlines())

    buffer = bytearray()
    async with aiohttp.ClientSession(cookies=served.cookie) as session:
        async with session.ws_connect(f"{served.base}/ws?width=100&height=40", origin=served.base) as ws:
            await read_until(ws, buffer, "Who is this decision for")
            for count, (answer, shown) in enumerate(zip(answers, _next_questions(answers)), start=1):
                # Like a person: answer once the question is on the screen, not before.
                mark = len(buffer)
                await ws.send_json(["stdin", answer + "\r"])
                await drain_until(ws, buffer, lambda: user_lines() >= count, f"answer {count} ({answer!r}) saved")
                await drain_until(ws, buffer, lambda: shown in screen_text(bytes(buffer[mark:])), f"the question after {answer!r}")
            done = lambda: '"state":"done"' in list(data.glob("*.jsonl"))[0].read_text().replace(" ", "")
            await drain_until(ws, buffer, done, "the plan")
            await ws.send_json(["stdin", "\x13"])  # Ctrl+S
            key = None
            while key is None:
                message = await drain_until(ws, buffer, lambda: False, "the download")
                if message is not None and message.data.startswith('["deliver_file_start"'):
                    key = json.loads(message.data)[1]
            async with aiohttp.ClientSession() as stranger:  # no secret: no plan
                async with stranger.get(f"{served.base}/download/{key}") as refused:
                    assert refused.status == 403
            async with session.get(f"{served.base}/download/{key}") as download:
                assert download.status == 200
                assert "attachment" in download.headers["Content-Disposition"]
                assert download.headers["Content-Security-Policy"].startswith("default-src 'none'")
                plan = await download.text()
    assert "Your second-opinion plan" in plan and "thyroid pills" in plan
    saved = list((data / "plans").glob("*.md")) or list(REPO.glob("second-opinion-plan-*.md"))
    assert saved and stat.S_IMODE(saved[0].stat().st_mode) == 0o600
