"""Under X11 without a session D-Bus, Qt would make libdbus start dbus-launch and a dbus-daemon that outlive
the assistant and write ~/.dbus/session-bus/: the assistant says there is no bus before Qt starts, and
uses one that exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from isolated import isolated_environment

from app.ui.session_bus import without_bus_autolaunch

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = """
import os
from app.ui.style import new_application
app = new_application(["assistant"])
print(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
"""


def test_no_session_bus_means_none_is_started() -> None:
    x11 = {"DISPLAY": ":0", "HOME": "/home/person"}
    assert without_bus_autolaunch(x11, "linux") == {"DBUS_SESSION_BUS_ADDRESS": "disabled:"}
    assert without_bus_autolaunch({**x11, "DBUS_SESSION_BUS_ADDRESS": ""}, "freebsd14") == {
        "DBUS_SESSION_BUS_ADDRESS": "disabled:"
    }


def test_an_existing_session_bus_is_used(tmp_path: Path) -> None:
    named = {"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert without_bus_autolaunch(named, "linux") == {}
    assert without_bus_autolaunch({"DISPLAY": ":0", "XDG_RUNTIME_DIR": str(tmp_path)}, "linux") == {
        "DBUS_SESSION_BUS_ADDRESS": "disabled:"
    }
    (tmp_path / "bus").write_bytes(b"")  # where systemd's user bus listens; libdbus finds it itself
    assert without_bus_autolaunch({"DISPLAY": ":0", "XDG_RUNTIME_DIR": str(tmp_path)}, "linux") == {}


def test_systems_without_d_bus_are_left_alone() -> None:
    for platform in ("win32", "darwin", "cygwin"):
        assert without_bus_autolaunch({}, platform) == {}


@pytest.mark.spawns
def test_the_assistant_says_so_before_its_qapplication_starts(tmp_path: Path) -> None:
    env = {k: v for k, v in isolated_environment(tmp_path).items() if k not in ("DBUS_SESSION_BUS_ADDRESS",)}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path / "runtime"), PYTHONPATH=str(ROOT))
    (tmp_path / "runtime").mkdir(mode=0o700)
    shown = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert shown.strip() == "disabled:"
    assert not (tmp_path / ".dbus").exists()
