"""A bare PySide6 QWizard with one page: the baseline of benchmarks/bundle_size.py and startup.py.

Frozen with the app's own spec and rules (packaging/ai-optout-assistant.spec -- --bare), it shows
the page and waits, as the assistant does. Like the assistant (app/ui/probe.py), when the
environment variable AI_OPTOUT_ASSISTANT_PAINT_PROBE names a file, it writes there the time of its
first paint and quits, so that benchmarks/startup.py measures both the same way.
"""

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class FirstPaint(QObject):
    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.record)
        return False

    def record(self) -> None:
        self.target.write_text(f"{time.time():.6f}\n", encoding="utf-8")
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Welcome")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A bare wizard."))
    wizard.addPage(page)
    probe = os.environ.get("AI_OPTOUT_ASSISTANT_PAINT_PROBE")
    if probe:
        first_paint = FirstPaint(Path(probe))
        wizard.installEventFilter(first_paint)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
