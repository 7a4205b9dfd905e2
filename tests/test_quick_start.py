"""The README's two Quick start commands work where the system Python refuses `pip install`
(PEP 668: an EXTERNALLY-MANAGED file next to the standard library, as on current Debian and
Ubuntu), and CI runs exactly the second one.

The test builds such a system Python: this interpreter's binary in a folder of its own, whose
standard library is this one's plus the marker, and whose site-packages holds only pip. It
stays offline: the packages the commands install come from wheels repacked from the ones
installed here (PIP_NO_INDEX, PIP_FIND_LINKS), so the commands run exactly as written.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def quick_start() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\n\n```sh\n(.*?)```", text, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_there_are_two_commands_and_ci_runs_the_second():
    commands = quick_start()
    assert len(commands) == 2
    assert all(c.startswith("python3 -m venv .venv && ") for c in commands)
    ci = (REPO / ".ci" / "run").read_text()
    assert commands[1] in ci.splitlines()


# --- an offline wheelhouse from what is installed here ------------------------------------------
def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _closure(requirements: list[str]) -> set[str]:
    from packaging.requirements import Requirement

    wanted, seen = [(r, ()) for r in requirements], set()
    while wanted:
        text, extras = wanted.pop()
        requirement = Requirement(text)
        if requirement.marker and not any(requirement.marker.evaluate({"extra": e}) for e in (extras or ("",))):
            continue
        name = _name(requirement.name)
        if (name, tuple(sorted(requirement.extras))) in seen:
            continue
        seen.add((name, tuple(sorted(requirement.extras))))
        wanted += [(r, tuple(requirement.extras)) for r in metadata.distribution(name).requires or []]
    return {name for name, _ in seen}


def _repack(name: str, out: Path) -> None:
    """An installed distribution back into a wheel (its files, its dist-info, a fresh RECORD)."""
    dist = metadata.distribution(name)
    tags = [line.split(":", 1)[1].strip() for line in (dist.read_text("WHEEL") or "").splitlines() if line.startswith("Tag:")]
    parts = [tag.split("-") for tag in tags]  # py2-none-any + py3-none-any -> py2.py3-none-any
    tag = "-".join(".".join(dict.fromkeys(p[i] for p in parts)) for i in range(3))
    stem = f"{re.sub(r'[-_.]+', '_', dist.metadata['Name'])}-{dist.version}"
    info = f"{stem}.dist-info"
    rows = []
    with zipfile.ZipFile(out / f"{stem}-{tag}.whl", "w", zipfile.ZIP_DEFLATED) as wheel:
        for file in dist.files or []:
            relative = str(file)
            if relative.startswith("..") or file.suffix == ".pyc" or relative.split("/")[-1] in ("RECORD", "INSTALLER", "direct_url.json"):
                continue
            source = Path(file.locate())
            if not source.is_file():
                continue
            target = relative if not relative.split("/")[0].endswith(".dist-info") else f"{info}/{relative.split('/', 1)[1]}"
            data = source.read_bytes()
            wheel.writestr(target, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            rows.append(f"{target},sha256={digest},{len(data)}")
        wheel.writestr(f"{info}/RECORD", "\n".join(rows + [f"{info}/RECORD,,"]) + "\n")


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory) -> Path:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    needed = [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["test"], *project["build-system"]["requires"]]
    out = tmp_path_factory.mktemp("wheelhouse")
    for name in sorted(_closure(needed)):
        _repack(name, out)
    return out


@pytest.fixture(scope="module")
def managed_python(tmp_path_factory) -> Path:
    """A 'system' Python that carries the EXTERNALLY-MANAGED marker; returns its bin folder."""
    root = tmp_path_factory.mktemp("system")
    stdlib = Path(sysconfig.get_path("stdlib"))
    lib = root / "lib" / stdlib.name
    lib.mkdir(parents=True)
    for entry in stdlib.iterdir():
        if entry.name not in ("site-packages", "EXTERNALLY-MANAGED"):
            (lib / entry.name).symlink_to(entry)
    (lib / "EXTERNALLY-MANAGED").write_text("[externally-managed]\nError=This Python is managed by the system: use a virtual environment.\n")
    site = lib / "site-packages"
    site.mkdir()
    pip = Path(metadata.distribution("pip").locate_file("pip"))
    (site / "pip").symlink_to(pip)
    binary = root / "bin"
    binary.mkdir()
    shutil.copy2(os.path.realpath(sys.executable), binary / "python3")
    return binary


def _env(bin_folder: Path, wheelhouse: Path, home: Path) -> dict:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV", "PYENV"))}
    return {**keep, "PATH": f"{bin_folder}{os.pathsep}/usr/bin:/bin", "HOME": str(home), "PIP_NO_INDEX": "1",
            "PIP_FIND_LINKS": str(wheelhouse), "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_CACHE_DIR": "1"}


def test_the_quick_start_works_where_pip_install_is_refused(managed_python, wheelhouse, tmp_path):
    checkout = tmp_path / "second-opinion"
    shutil.copytree(REPO, checkout, ignore=shutil.ignore_patterns(".git", ".venv*", "__pycache__", ".pytest_cache", ".hypothesis"))
    env = _env(managed_python, wheelhouse, tmp_path)

    def run(command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-c", command], cwd=checkout, env=env, capture_output=True, text=True, timeout=600)

    refused = run("python3 -m pip install .")  # the old Quick start: what PEP 668 refuses
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr
    first, second = quick_start()
    install, _, start = first.rpartition(" && ")
    done = run(f"{install} && {start} chat --plain --no-save")  # the chat itself, in plain mode
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Who is this decision for?" in done.stdout
    install, _, test = second.rpartition(" && ")
    done = run(f"{install} && {test} --version")  # the test tools are there (running the suite here would recurse)
    assert done.returncode == 0 and "pytest" in (done.stdout + done.stderr), done.stderr[-2000:]
    assert (checkout / ".venv" / "bin" / "second-opinion").exists()


def test_ci_also_runs_the_suite_on_the_newest_python_it_finds(tmp_path):
    """.ci/run's search finds a python3.1x newer than python3 (here a stand-in for 3.19 on PATH),
    and runs the same pytest there in a venv of its own."""
    ci = (REPO / ".ci" / "run").read_text()
    search = ci[ci.index('newest=""'):ci.index("base_minor=")]
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python3.19").write_text("#!/bin/sh\necho 19\n")
    (fake / "python3.19").chmod(0o755)
    (fake / "python3.18").write_text("#!/bin/sh\nexit 1\n")  # a shim that does not run is skipped
    (fake / "python3.18").chmod(0o755)
    found = subprocess.run(["bash", "-c", search + 'echo "$newest $newest_minor"'], capture_output=True, text=True,
                           env={**os.environ, "PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"}, timeout=60)
    assert found.stdout.split() == ["python3.19", "19"]
    assert '"$newest" -m venv .venv-newest && .venv-newest/bin/pip install ".[test]" && .venv-newest/bin/python -m pytest' in ci
