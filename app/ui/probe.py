"""A measuring hook for benchmarks/startup.py: note when the first window is painted, then quit.

Active only when the environment variable AI_OPTOUT_ASSISTANT_PAINT_PROBE names a file; the
assistant then writes the wall-clock time of its first paint there and exits. It works the same in
the frozen app, where no benchmark code can be injected.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "AI_OPTOUT_ASSISTANT_PAINT_PROBE"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, target: Path) -> None:
        super().__init__(window)
        self.target = target
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            # After this paint has finished: the window is on screen, drawn.
            QTimer.singleShot(0, self._record)
        return False

    def _record(self) -> None:
        self.target.write_text(f"{time.time():.6f}\n", encoding="utf-8")
        QApplication.quit()


def install_if_asked(window: QWidget) -> None:
    target = os.environ.get(ENV)
    if target:
        _FirstPaint(window, Path(target))
