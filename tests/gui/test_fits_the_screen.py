"""Every window and dialog fits the screen's available area and scrolls inside (issue 25: the wizard was
always 920 x 720, and the "Sources" box 1009 px tall at 1366 x 768, its Close button off-screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from app.ui.screen_fit import fit_to_screen, frame_allowance

CHILD = Path(__file__).with_name("fit_child.py")
WINDOWS = {
    "wizard",
    "statusHome",
    "about",
    "licences",
    "sources",
    "history",
    "objection",
    "picture",
    "picturePhone",
    "phoneQr",
}


def inside(outer: list[int], inner: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*inner))


# -- the helper, on a screen it is told about ------------------------------------------------------


@pytest.mark.parametrize(
    ("available", "expected_at_most"),
    [(QRect(0, 0, 800, 560), QSize(800, 560)), (QRect(0, 0, 1366, 728), QSize(1366, 728))],
)
def test_fit_to_screen_never_exceeds_the_available_area(qapp, available, expected_at_most):
    window = QWidget()
    window.setMinimumSize(QSize(700, 650))  # a minimum larger than the small screen: lowered
    size = fit_to_screen(window, QSize(920, 720), available)
    frame = frame_allowance(window)
    assert window.size() == size
    assert size.grownBy(frame).width() <= expected_at_most.width()
    assert size.grownBy(frame).height() <= expected_at_most.height()
    assert window.minimumSize().grownBy(frame).height() <= available.height()
    assert window.minimumSize().width() == 700  # what fits is kept


def test_fit_to_screen_keeps_the_preferred_size_when_there_is_room(qapp):
    window = QWidget()
    assert fit_to_screen(window, QSize(920, 720), QRect(0, 0, 1920, 1040)) == QSize(920, 720)
    assert window.size() == QSize(920, 720)


# -- every window, in a child process on a small screen --------------------------------------------


def screen_file(folder: Path, width: int, height: int) -> Path:
    """Qt's offscreen platform, told about one screen of that size (with window frames)."""
    path = folder / f"screen-{width}x{height}.json"
    screen = {"name": "test", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}), encoding="utf-8")
    return path


@pytest.mark.spawns
@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize(("width", "height"), [(800, 600), (1366, 728)])  # 1366 x 768 less a 40 px taskbar
def test_every_window_fits_the_screen(tmp_path, width, height, language):
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen_file(tmp_path, width, height)}"}
    result = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "data"), language],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert set(report) == WINDOWS
    for name, window in report.items():
        available = window["available"]
        assert available == [0, 0, width, height]
        assert inside(available, window["frame"]), (name, window["frame"])
        assert window["minimum"][0] <= width and window["minimum"][1] <= height, (name, window["minimum"])
        assert window["buttons"], name
        for button, place in window["buttons"].items():
            assert inside(window["frame"], place), (name, button, place, window["frame"])
    # The wizard: as large as it likes to be (about 920 x 720) where there is room, else the screen's.
    wizard = report["wizard"]["frame"]
    assert wizard[2] <= min(width, 940) and wizard[3] <= height
    if width > 1000:
        assert wizard[2] >= 900
