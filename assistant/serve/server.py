"""`second-opinion serve`: the Textual app on a private local web page.

textual-serve starts one app process per browser tab and relays the terminal over a
websocket. It has no authentication of its own, so this module adds the privacy:

- it listens on loopback (127.0.0.1) unless `--host` says otherwise (with a warning);
- a random secret (192 bits) is part of the printed address; the page, the websocket and
  the downloads are refused (403) without it. The first visit trades the secret in the
  address for a cookie (HttpOnly, SameSite=Strict) and redirects to the bare address, so the
  secret does not stay in the address bar. The secret is never written to disk or to a log;
- on loopback, requests must name a loopback host (no DNS rebinding) and the websocket must
  come from this page's own origin (no other site can drive it);
- the page loads nothing from the network (textual-serve's own page fetches a Google font).
"""

from __future__ import annotations

import argparse
import asyncio
import hmac
import logging
import os
import secrets
import shlex
import socket
import sys
import webbrowser
from pathlib import Path

from ..errors import UserError

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
PAGE = Path(__file__).with_name("page.html.j2")


def secret_token() -> str:
    """192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


def app_command(data_dir: str | None) -> str:
    """The shell command textual-serve runs for each browser tab: the normal chat."""
    parts = [sys.executable, "-m", "assistant", "chat"]
    if data_dir:
        parts += ["--data-dir", data_dir]
    # `exec`: the shell textual-serve starts becomes the app, so stopping it stops the app.
    return "exec " + " ".join(shlex.quote(part) for part in parts)


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind before anything starts, so a busy port is one clear line and nothing runs."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.bind((host.strip("[]"), port))
        sock.listen(64)
    except OSError as error:
        sock.close()
        if port and error.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise UserError(f"port {port} is already in use; choose another with --port N, or --port 0 for any free port") from None
        raise UserError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    sock.setblocking(False)
    return sock


def make_server(command: str, host: str, port: int, token: str, loopback: bool):
    """A textual-serve Server with the secret, host and origin checks in front of it."""
    from aiohttp import web
    from jinja2 import Template
    import textual_serve.server
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    live: set = set()  # the app processes of open tabs

    class TrackedAppService(AppService):
        async def _open_app_process(self, width: int = 80, height: int = 24):
            process = await super()._open_app_process(width, height)
            live.add(process)
            return process

        async def run(self) -> None:
            await super().run()
            # The app has ended (quit, or failed to start: textual-serve prints its error where
            # `serve` runs). Close the tab's socket so the page says so, never a blank page for good.
            try:
                await self.remote_close()
            except (OSError, RuntimeError):
                pass

    # textual-serve makes one AppService per tab by this name; ours also remembers the process.
    textual_serve.server.AppService = TrackedAppService

    async def stop_apps(app) -> None:
        """On Ctrl+C: ask every open tab's app to quit (it saves as it goes), then make sure."""
        running = [process for process in live if process.returncode is None]
        for process in running:
            try:
                process.stdin.write(AppService.encode_packet(b"M", b'{"type": "quit"}'))
                await process.stdin.drain()
            except (OSError, RuntimeError, AttributeError):
                pass
        for process in running:
            try:
                await asyncio.wait_for(process.wait(), 5)
            except asyncio.TimeoutError:
                process.kill()
                await process.wait()

    page = Template(PAGE.read_text(encoding="utf-8"), autoescape=True)
    cookie_name = f"second_opinion_{port}"

    def host_ok(request: web.Request) -> bool:
        if not loopback:
            return True
        name = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
        return name in LOOPBACK_HOSTS

    def has_secret(request: web.Request) -> bool:
        offered = request.query.get("key") or request.cookies.get(cookie_name) or ""
        return hmac.compare_digest(offered.encode(), token.encode())

    def same_origin(request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        return origin is None or origin == f"{request.scheme}://{request.host}"

    @web.middleware
    async def guard(request: web.Request, handler):
        if not host_ok(request):
            raise web.HTTPForbidden(text="Forbidden: this page is only for this computer.\n")
        if request.path.startswith("/static/"):
            return await handler(request)  # the library's own scripts and styles, no data
        if not has_secret(request):
            raise web.HTTPForbidden(text="Forbidden: open the address that second-opinion serve printed.\n")
        if request.path == "/ws" and not same_origin(request):
            raise web.HTTPForbidden(text="Forbidden: wrong origin.\n")
        if "key" in request.query and request.path != "/ws":
            # Trade the secret in the address for a cookie and drop it from the address bar.
            redirect = web.HTTPFound(request.path)
            redirect.set_cookie(cookie_name, token, httponly=True, samesite="Strict", path="/")
            raise redirect
        return await handler(request)

    async def private_headers(request: web.Request, response: web.StreamResponse) -> None:
        # on_response_prepare: also reaches streamed responses (the downloads), before they start.
        response.headers["Cache-Control"] = "no-store"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        if request.path.startswith("/download/"):  # a delivered plan is a document: no scripts, no fetches
            response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    class PrivateServer(Server):
        def initialize_logging(self) -> None:
            # textual-serve logs at INFO with rich tracebacks; keep only real problems, and
            # never an access log (it would print addresses).
            logging.basicConfig(level=logging.WARNING, format="second-opinion serve: %(message)s")

        async def on_startup(self, app) -> None:  # textual-serve prints a logo here
            return None

        async def _make_app(self) -> web.Application:
            app = web.Application(middlewares=[guard])
            app.add_routes([
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, name="static"),
            ])
            app.on_response_prepare.append(private_headers)
            app.on_startup.append(self.on_startup)
            app.on_shutdown.append(stop_apps)
            return app

        async def handle_index(self, request: web.Request) -> web.Response:
            scheme = "wss" if request.scheme == "https" else "ws"
            size = request.query.get("fontsize", "16")
            html = page.render(
                websocket_url=f"{scheme}://{request.host}/ws",
                websocket_origin=f"{scheme}://{request.host}",
                font_size=int(size) if size.isdigit() and 8 <= int(size) <= 48 else 16,
            )
            return web.Response(text=html, content_type="text/html")

    return PrivateServer(command, host=host, port=port, title="second-opinion")


def run_serve(args: argparse.Namespace) -> int:
    host = args.host or "127.0.0.1"
    loopback = host in ("127.0.0.1", "localhost", "::1", "[::1]")
    if args.port < 0 or args.port > 65535:
        raise UserError(f"--port must be 0 to 65535, not {args.port}")
    if not loopback:
        print(f"second-opinion serve: warning: listening on {host}, so other computers can reach this page; "
              "the secret in the address still protects it.", file=sys.stderr)
    # Each tab's app saves into this folder: make (or check) it once, before any tab starts, so a
    # bad folder is one line here, and two tabs opened at once never race to make it.
    from ..transcripts import store

    store.ensure_dir(store.data_dir(args.data_dir))
    sock = bind_socket(host, args.port)
    port = sock.getsockname()[1]
    token = secret_token()
    shown_host = host if ":" not in host or host.startswith("[") else f"[{host}]"
    url = f"http://{shown_host}:{port}/?key={token}"

    # The app processes must find this package even when it is not installed (a source tree).
    package_parent = str(Path(__file__).resolve().parents[2])
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH")) if p)

    def ready() -> None:
        # Said once the server answers, with Ctrl+C already handled by its loop: said earlier, a Ctrl+C in between
        # could leave the server running with no one to stop it (a test that stopped it at once waited 30 s, 2026-12-06).
        print(f"second-opinion is ready in your browser at:\n  {url}\n"
              "This address is private: anyone with it can open the assistant. Press Ctrl+C to stop.", flush=True)
        if not args.no_browser and not _open_browser(url):
            print("No web browser could be opened here: copy the address above into one.", flush=True)

    try:
        server = make_server(app_command(args.data_dir), host, port, token, loopback)
        _serve(server, sock, ready)
    except KeyboardInterrupt:  # Ctrl+C before the server was up: nothing else is running yet
        pass
    finally:
        sock.close()
    print("second-opinion serve: stopped. Conversations are saved; `second-opinion list` shows them.", flush=True)
    return 0


def _open_browser(url: str) -> bool:
    try:
        return webbrowser.open(url, new=2)
    except Exception:  # noqa: BLE001 - a broken browser setting must not stop the server
        return False


def _serve(server, sock: socket.socket, ready) -> None:
    from aiohttp import web
    from aiohttp.web_runner import GracefulExit

    server.initialize_logging()
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    stop = server.request_exit
    try:
        import signal

        loop.add_signal_handler(signal.SIGINT, stop)
        loop.add_signal_handler(signal.SIGTERM, stop)
    except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
        pass
    try:
        web.run_app(server._make_app(), sock=sock, handle_signals=False, loop=loop,
                    access_log=None, print=lambda _running: ready(), shutdown_timeout=5)
    except GracefulExit:
        pass
