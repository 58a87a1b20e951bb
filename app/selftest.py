"""`ai-optout-assistant --self-test`: prove that an installed copy starts, without a screen and without records.

It starts the real app (the same `app.ui.app.run` a double-click runs) on Qt's offscreen platform, in a
throwaway data folder, waits for its first window to be painted, closes it, deletes the folder, prints
"self-test passed: <version>" and returns 0. Anything that goes wrong on the way (an exception, also one
raised inside a Qt slot, a window never painted, a non-zero exit, no paint within TIMEOUT_SECONDS) prints
the reason on stderr and returns 1. The release workflow runs it on the installed app of each system.

Nothing here imports Qt at module level: QT_QPA_PLATFORM must be set before Qt loads.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TextIO

from app import __version__

TIMEOUT_SECONDS = 60  # a start takes about a second; a window that never paints must not hang CI
PAINT_PROBE = "AI_OPTOUT_ASSISTANT_PAINT_PROBE"  # app.ui.probe.ENV (not imported: it loads Qt)


class SelfTestError(Exception):
    """The app started but did not do what the self-test expects."""


def run(language: str | None = None) -> int:
    """Run the self-test; 0 when the window opened, painted and closed, 1 otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
    watchdog = threading.Timer(TIMEOUT_SECONDS, _give_up)
    watchdog.daemon = True
    watchdog.start()
    try:
        with (
            _slot_errors_recorded() as errors,
            tempfile.TemporaryDirectory(prefix="ai-optout-self-test-", ignore_cleanup_errors=True) as tmp,
        ):
            _open_and_close(language, Path(tmp), errors)
    except Exception:
        _say(f"self-test failed: {__version__}\n{traceback.format_exc()}", sys.stderr)
        return 1
    finally:
        watchdog.cancel()
    _say(f"self-test passed: {__version__}", sys.stdout)
    return 0


def _open_and_close(language: str | None, folder: Path, errors: list[BaseException]) -> None:
    painted = folder / "first-paint.txt"
    previous = os.environ.get(PAINT_PROBE)
    # The start-up probe (app/ui/probe.py) quits the app just after the first paint of the first window.
    os.environ[PAINT_PROBE] = str(painted)
    try:
        from app.ui.app import run as run_app

        code = run_app(language, folder / "records")
    finally:
        if previous is None:
            os.environ.pop(PAINT_PROBE, None)
        else:
            os.environ[PAINT_PROBE] = previous
    if errors:
        raise SelfTestError("an error was raised while the window was open") from errors[0]
    if code != 0:
        raise SelfTestError(f"the app exited with {code}")
    if not painted.is_file():
        raise SelfTestError("the app ended without painting a window")
    undrawn = undrawable_pictures()
    if undrawn:
        raise SelfTestError("these step pictures cannot be drawn: " + ", ".join(undrawn))


def undrawable_pictures() -> list[str]:
    """Every step picture of every guide that cannot be drawn (its file), each drawn to check it."""
    from PySide6.QtCore import QSize

    from app.core.guide_pictures import template_path
    from app.guides import load_guides
    from app.ui import illustrations

    undrawn = []
    for guide in load_guides().guides:
        for device in guide.devices:
            for step in range(1, len(device.steps) + 1):
                if illustrations.render_image(guide.folder, device.id, step, QSize(240, 240)).isNull():
                    undrawn.append(str(template_path(guide.folder, device.id, step)))
    return undrawn


@contextmanager
def _slot_errors_recorded() -> Iterator[list[BaseException]]:
    """Qt reports an exception raised in a slot through sys.excepthook and carries on: note it, so it fails."""
    errors: list[BaseException] = []
    previous = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        errors.append(error)
        previous(kind, error, trace)

    sys.excepthook = record
    try:
        yield errors
    finally:
        sys.excepthook = previous


def _give_up() -> None:
    _say(f"self-test failed: {__version__}\nno window was painted within {TIMEOUT_SECONDS} s", sys.stderr)
    os._exit(1)  # from the watchdog thread: the Qt event loop in the main thread is stuck


def _say(text: str, stream: TextIO | None) -> None:
    """Print, unless there is nowhere to print to (the windowed Windows program has no console)."""
    if stream is not None:
        print(text, file=stream, flush=True)
