#!/usr/bin/env python3
"""Drive the real assistant window under Xvfb: start it as a person does (a first launch, a throwaway
data folder), walk the whole path with real mouse clicks and keys, and save a screenshot of the
screen at each page. No browser opens.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/walk_under_xvfb.py OUTDIR [--lang fr]

(Debian: apt-get install xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1.) Then look at the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    args.outdir.mkdir(parents=True, exist_ok=True)

    import app.__main__ as entry

    entry._load_before_qt()
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

    import app.ui.app as ui
    from app.ui import names

    QDesktopServices.openUrl = staticmethod(lambda url: True)  # type: ignore[method-assign]
    shots: list[str] = []

    def screen(name: str) -> None:
        QApplication.processEvents()
        QTest.qWait(150)
        QGuiApplication.primaryScreen().grabWindow(0).save(str(args.outdir / f"{len(shots):02d}-{name}.png"))
        shots.append(name)

    def window() -> QWidget:
        return next(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == names.ASSISTANT_WIZARD
        )

    def click(name: str, parent: QWidget | None = None) -> None:
        button = next(b for b in (parent or window()).findChildren(QWidget, name) if b.isVisible())
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))
        QTest.qWait(100)

    def walk() -> None:
        try:
            if window().findChildren(QWidget, names.service_button("linkedin-ai-training")):  # several services
                screen("services")
                click(names.service_button("linkedin-ai-training"))
                click(names.service_button("chatgpt-model-training"))
                screen("services-chosen")
                click(names.PRIMARY_BUTTON)
            screen("welcome")
            click(names.PRIMARY_BUTTON)
            screen("country")
            line = window().findChild(QComboBox, names.COUNTRY_COMBO).lineEdit()
            line.setFocus()
            QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(line, "Belg")
            QTest.qWait(200)
            screen("country-typing")
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            QTest.qWait(200)
            screen("country-chosen")
            click(names.PRIMARY_BUTTON)
            screen("device")
            click(names.device_button("android"))
            click(names.PHONE_QR_CHOICE)
            QTest.qWait(300)
            screen("qr-dialog")
            dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == names.PHONE_QR_DIALOG)
            QTest.mouseClick(dialog.findChild(QPushButton, names.PRIMARY_BUTTON), Qt.MouseButton.LeftButton)
            click(names.PRIMARY_BUTTON)
            for number in range(1, 7):
                screen(f"step-{number}")
                if number < 6:
                    click(names.PRIMARY_BUTTON)
            click(names.LOOKS_DIFFERENT_BUTTON)
            screen("step-6-help")
            click(names.PRIMARY_BUTTON)
            screen("confirm")
            click(names.answer_button("already_off"))
            click(names.GO_FURTHER_BUTTON)
            screen("confirm-further")
            click(names.PRIMARY_BUTTON)
            screen("done")
            QTest.keyClick(window(), Qt.Key.Key_Escape)  # must not close it
            screen("done-after-escape")
            click(names.PRIMARY_BUTTON)
            if window().session.state.guide_id == "chatgpt-model-training":  # the sitting's second service
                screen("chatgpt-welcome")
                click(names.PRIMARY_BUTTON)
                QTest.qWait(500)  # past the country and the device, known already
                for number in range(1, 5):
                    screen(f"chatgpt-step-{number}")
                    click(names.PRIMARY_BUTTON)
                screen("chatgpt-confirm")
                click(names.answer_button("off"))
                click(names.PRIMARY_BUTTON)
                screen("chatgpt-done")
                click(names.PRIMARY_BUTTON)
        except Exception:
            traceback.print_exc()
        finally:
            QApplication.quit()

    made = ui.new_application

    def new_application(argv: list[str]) -> QApplication:
        application = made(argv)
        QTimer.singleShot(1500, walk)
        return application

    ui.new_application = new_application  # type: ignore[assignment]
    code = ui.run(args.lang, Path(tempfile.mkdtemp()))
    print(f"exit {code}; {len(shots)} screenshots in {args.outdir}")
    return code


if __name__ == "__main__":
    sys.exit(main())
