"""The served page in a real browser: headless Chromium opens the printed address and the app draws."""

from __future__ import annotations

import asyncio
import json

from serve.chromium import Browser
from serve.serve_support import Served, wait_until


async def _wait_for(browser: Browser, expression: str, timeout: float = 30.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await browser.evaluate(expression)
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        await asyncio.sleep(0.05)


async def test_chromium_opens_the_printed_address_and_the_app_draws(tmp_path):
    served = Served(tmp_path / "data")
    try:
        async with Browser() as browser:
            await browser.call("Page.enable")
            await browser.call("Network.enable")
            await browser.call("Page.navigate", url=served.url)
            # textual.js marks the page when the app's first bytes arrive over the websocket.
            await _wait_for(browser, "document.body && document.body.classList.contains('-first-byte')")
            # The secret left the address bar; the page came from this computer only.
            assert await browser.evaluate("location.href") == f"{served.base}/"
            requested = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
            assert requested and all(url.startswith(served.base) or url.startswith("data:") for url in requested), requested
            # The app really started a conversation: its transcript holds the welcome turn.
            saved = wait_until(lambda: list((tmp_path / "data").glob("*.jsonl")), what="the transcript")
            turns = [json.loads(line) for line in saved[0].read_text().splitlines()]
            assert any(t.get("type") == "turn" and t.get("state") == "welcome" for t in turns)
            # Typing in the page reaches the app.
            await _wait_for(browser, "(() => { const t = document.querySelector('.xterm-helper-textarea'); if (t) t.focus(); return document.activeElement === t; })()")
            await browser.call("Input.insertText", text="1")
            await browser.call("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13)
            await browser.call("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
            wait_until(lambda: '"state":"decision_what"' in saved[0].read_text().replace(" ", ""), what="the answer from the browser")
    finally:
        code, _, err = served.stop()
    assert code == 0 and "Traceback" not in err
