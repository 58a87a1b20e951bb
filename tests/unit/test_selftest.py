"""`ai-optout-assistant --self-test`: the real window, offscreen, in a throwaway folder; one line, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from isolated import isolated_environment

from app import __version__, selftest
from app.__main__ import main

pytestmark = pytest.mark.spawns  # every test here runs `python -m app` in a child process

ROOT = Path(__file__).resolve().parents[2]
NAME = "ai-optout-assistant"


def data_folders(home: Path) -> list[Path]:
    """Every place the assistant keeps records (platformdirs' user data folder) under `home`."""
    return [
        home / "data" / NAME,
        home / ".local" / "share" / NAME,
        home / "Library" / "Application Support" / NAME,
        home / "AppData" / "Local" / NAME,
        home / "AppData" / "Roaming" / NAME,
    ]


def test_self_test_from_source_opens_the_window_and_leaves_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = isolated_environment(home)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=selftest.TIMEOUT_SECONDS + 30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"self-test passed: {__version__}"]
    assert "Traceback" not in result.stderr, result.stderr
    assert not [folder for folder in data_folders(home) if folder.exists()], "wrote to the real data folder"
    assert not list((home / "tmp").glob("ai-optout-self-test-*")), "the throwaway folder was left behind"


def test_self_test_in_french(tmp_path: Path) -> None:
    env = isolated_environment(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test", "--lang", "fr"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=selftest.TIMEOUT_SECONDS + 30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"self-test passed: {__version__}"


def test_self_test_takes_no_data_folder_nor_command(capsys: pytest.CaptureFixture[str]) -> None:
    for arguments in (["--self-test", "--data-dir", "somewhere"], ["--self-test", "status"]):
        with pytest.raises(SystemExit) as stopped:
            main(arguments)
        assert stopped.value.code == 2
        assert "throwaway data folder" in capsys.readouterr().err


def test_an_exception_fails_the_self_test(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import app.ui.app

    def broken(language: str | None, data_dir: Path) -> int:
        raise RuntimeError("the window could not be built")

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # restored after the test; run() sets it
    monkeypatch.setattr(app.ui.app, "run", broken)
    assert selftest.run() == 1
    out, err = capsys.readouterr()
    assert "passed" not in out
    assert "self-test failed" in err and "RuntimeError: the window could not be built" in err


def test_an_exception_in_a_qt_slot_fails_the_self_test(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Qt only prints an exception raised in a slot, through sys.excepthook, and goes on."""
    import app.ui.app

    def slot_fails(language: str | None, data_dir: Path) -> int:
        try:
            raise ValueError("a slot failed")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        return 0

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app.ui.app, "run", slot_fails)
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)  # the test's own: keep the output quiet
    assert selftest.run() == 1
    assert "ValueError: a slot failed" in capsys.readouterr().err
    assert sys.excepthook.__name__ == "<lambda>", "the self-test puts the previous hook back"


def test_a_window_never_painted_fails_the_self_test(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import app.ui.app

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app.ui.app, "run", lambda language, data_dir: 0)
    assert selftest.run() == 1
    assert "without painting a window" in capsys.readouterr().err
    assert selftest.PAINT_PROBE not in os.environ, "the probe's setting is taken back"


def test_a_failed_exit_code_fails_the_self_test(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import app.ui.app

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app.ui.app, "run", lambda language, data_dir: 1)
    assert selftest.run() == 1
    assert "the app exited with 1" in capsys.readouterr().err


def test_the_paint_probe_name_is_the_probes() -> None:
    from app.ui import probe

    assert selftest.PAINT_PROBE == probe.ENV
