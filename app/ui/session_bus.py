"""No D-Bus daemon started for the assistant (Qt-free, decided before the QApplication exists).

Under X11, Qt's xcb platform asks for the desktop session's D-Bus (accessibility, the desktop's
services). When there is none, libdbus "autolaunches" one: dbus-launch and a dbus-daemon that keep
running after the assistant closes, and a file under ~/.dbus/session-bus/. The assistant leaves nothing
running and nothing outside its data folder, so when no session bus exists it says there is none
("disabled:"). A session bus that exists (named by the environment, or systemd's at
$XDG_RUNTIME_DIR/bus, which libdbus finds by itself) is used as usual, screen readers included."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
NO_BUS = "disabled:"


def without_bus_autolaunch(environ: Mapping[str, str], platform: str) -> dict[str, str]:
    """The variables to set before Qt starts (none, or DBUS_SESSION_BUS_ADDRESS=disabled:)."""
    if platform in ("win32", "cygwin", "darwin") or environ.get(BUS_VARIABLE):
        return {}
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return {}
    return {BUS_VARIABLE: NO_BUS}
