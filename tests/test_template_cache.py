"""The compiled-template cache: same turns as compiling, never stale, private, never trusted blindly."""

from __future__ import annotations

import os
import stat

import pytest
from support import path_to_summary, talk

from assistant import render
from assistant.template_cache import SUFFIX, PrivateBytecodeCache
from assistant.yaml_cache import cache_dir

LINES = path_to_summary(situation="surgery") + ["help", "why", "sources", "summary", "I have chest pain now", "quit"]


@pytest.fixture(autouse=True)
def fresh_environment():
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


def conversation_text() -> list[str]:
    render.environment.cache_clear()
    _, turns = talk(LINES)
    return [turn.markdown for turn in turns]


def refuse_to_compile(monkeypatch) -> list[str]:
    """Make the next environment fail loudly on any template it has to compile; returns the names."""
    compiled: list[str] = []
    real = render.environment

    def environment(folder=None, use_cache=True):
        env = real(folder, use_cache)
        if "compile" not in vars(env):
            original = env.compile

            def compile(source, name=None, filename=None, raw=False, defer_init=False):
                compiled.append(name)
                return original(source, name, filename, raw, defer_init)

            env.compile = compile
        return env

    monkeypatch.setattr(render, "environment", environment)
    environment.cache_clear = real.cache_clear
    return compiled


def cached_files() -> list:
    return sorted((cache_dir() / "templates").glob(f"*{SUFFIX}"))


def test_turns_are_identical_with_and_without_the_cache(monkeypatch):
    first = conversation_text()  # compiles, and fills the cache
    assert len(cached_files()) >= 10
    compiled = refuse_to_compile(monkeypatch)
    from_cache = conversation_text()
    assert compiled == [], f"compiled again although cached: {compiled}"
    monkeypatch.setattr(render, "bytecode_cache", lambda: None)
    uncached = conversation_text()
    assert first == from_cache == uncached
    assert any("911" in text for text in first), "the conversation reached the emergency turn"


def test_the_cache_folder_and_files_are_private_whatever_the_umask():
    old = os.umask(0)
    try:
        conversation_text()
    finally:
        os.umask(old)
    folder = cache_dir() / "templates"
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    files = cached_files()
    assert files and all(stat.S_IMODE(os.stat(path).st_mode) == 0o600 for path in files)
    assert not list(folder.glob("*.partial")), "no half-written files left behind"


def test_a_folder_open_to_others_is_closed_before_use():
    folder = cache_dir() / "templates"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o777)
    conversation_text()
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert cached_files()


def test_a_folder_that_is_a_link_is_not_used(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache_dir().mkdir(parents=True, exist_ok=True)
    (cache_dir() / "templates").symlink_to(elsewhere)
    text = conversation_text()
    assert list(elsewhere.iterdir()) == [], "nothing written through the link"
    assert "second opinion" in text[0]


@pytest.mark.parametrize("damage", ["junk", "truncated", "other checksum", "empty"])
def test_a_damaged_cache_file_is_ignored_and_replaced(monkeypatch, damage):
    expected = conversation_text()
    files = cached_files()
    for path in files:
        data = path.read_bytes()
        broken = {
            "junk": b"\x00not a cache file" * 7,
            "truncated": data[: len(data) // 2],
            "other checksum": _other_checksum(data),
            "empty": b"",
        }[damage]
        path.write_bytes(broken)
    compiled = refuse_to_compile(monkeypatch)
    assert conversation_text() == expected
    assert compiled, "the damaged files were not used"
    # ... and replaced by good ones: the next start compiles nothing.
    compiled.clear()
    assert conversation_text() == expected
    assert compiled == []


def _other_checksum(data: bytes) -> bytes:
    """The same file, claiming to be compiled from a different source (as after an edit)."""
    cache = PrivateBytecodeCache(cache_dir() / "templates", "")
    head = len(cache.header)  # the options differ only in the digest, not in length
    return data[:head] + b"0" * 40 + data[head + 40:]


@pytest.mark.parametrize("how", ["readable by others", "a link"])
def test_a_cache_file_others_could_have_written_is_not_trusted(monkeypatch, tmp_path, how):
    expected = conversation_text()
    for path in cached_files():
        if how == "readable by others":
            os.chmod(path, 0o664)
        else:
            target = tmp_path / path.name
            target.write_bytes(path.read_bytes())
            os.chmod(target, 0o600)
            path.unlink()
            path.symlink_to(target)
    compiled = refuse_to_compile(monkeypatch)
    assert conversation_text() == expected
    assert len(compiled) >= 10, "every such file was ignored"


def test_an_edited_template_is_compiled_again(tmp_path):
    (tmp_path / "t.md.j2").write_text("Hello {{ name }}.")
    assert render.render("t.md.j2", {"name": "Ana"}, folder=tmp_path) == "Hello Ana."
    render.environment.cache_clear()
    (tmp_path / "t.md.j2").write_text("Goodbye {{ name }}.")
    assert render.render("t.md.j2", {"name": "Ana"}, folder=tmp_path) == "Goodbye Ana."


def test_environments_with_other_options_do_not_share_files(tmp_path):
    folder = tmp_path / "cache"
    one, other = PrivateBytecodeCache(folder, "a"), PrivateBytecodeCache(folder, "b")
    assert one.header != other.header


def test_a_cache_key_is_never_a_path(tmp_path):
    from jinja2.bccache import Bucket

    cache = PrivateBytecodeCache(tmp_path / "cache", "")
    with pytest.raises(ValueError):
        cache.path_for(Bucket(None, "../../etc/x", "0" * 40))
