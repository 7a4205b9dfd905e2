from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.tui.app import SecondOpinionApp


@pytest.fixture
def make_app(tmp_path):
    """A new app (nothing saved to disk; plans are saved in tmp_path).

    `answered`: lines already answered before the app opens, as when `resume` hands the
    app an engine part-way through; the app then starts on the last turn.
    """

    def make(answered: list[str] = (), engine: Engine | None = None) -> SecondOpinionApp:
        engine = engine or Engine()
        first_turn = None
        if answered:
            engine.start()
            for line in answered:
                first_turn = engine.respond(line)
        return SecondOpinionApp(engine, first_turn=first_turn, save_dirs=[tmp_path], cursor_blink=False)

    return make
