"""The frozen app's `--self-test`, as the release workflow runs it on the installed app of each system."""

from __future__ import annotations

import subprocess
from pathlib import Path

import frozen_app
import pytest
from isolated import isolated_environment

from app import __version__

pytestmark = pytest.mark.packaging

NAME = "ai-optout-assistant"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> frozen_app.Bundle:
    return frozen_app.build(tmp_path_factory)  # built once per session, shared with test_bundle.py


def test_frozen_self_test_passes_offscreen_and_leaves_nothing(bundle: frozen_app.Bundle, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = isolated_environment(home)  # without QT_QPA_PLATFORM: the flag chooses offscreen itself
    result = subprocess.run(
        [str(bundle.executable), "--self-test"], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"self-test passed: {__version__}"
    assert "Traceback" not in result.stderr, result.stderr
    for folder in (home / "data" / NAME, home / ".local" / "share" / NAME, home / "AppData" / "Local" / NAME):
        assert not folder.exists(), f"the self-test wrote to the real data folder {folder}"
    assert not list((home / "tmp").glob("ai-optout-self-test-*")), "the throwaway folder was left behind"
