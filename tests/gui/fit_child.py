"""Run in a child process by test_fits_the_screen.py, on an offscreen screen of a given size: opens every
window and dialog of the assistant as a person would see it, and prints, as JSON, the screen's available
area and each one's frame (the window with its title bar and borders) and its buttons' places on screen.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/gui/fit_child.py DATA_DIR LANGUAGE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rect(r: object) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]  # type: ignore[attr-defined]


def scrolled(widget: object, window: object) -> bool:
    """Whether `widget` is inside an area that scrolls (it may be scrolled out of view, as it should)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()  # type: ignore[attr-defined]
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def main() -> int:
    data, language = Path(sys.argv[1]), sys.argv[2]
    from factories import new_confirmation
    from ids import guide_path
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QPushButton, QWidget

    from app import __version__, i18n
    from app.core.flow import WizardState
    from app.core.guide import load_guide
    from app.core.records import RecordStore
    from app.ui.style import apply_style, new_application

    app = new_application(sys.argv[:1])
    apply_style(app)
    i18n.set_language(language)
    guide = load_guide(guide_path())
    store, _notices = RecordStore.open(data)
    store.add_confirmation(
        new_confirmation(
            device="iphone", country="FR", region=guide.region_for_country("FR").id, extras=("objection_form",)
        )
    )
    from app.ui.about import AboutDialog, LicencesDialog
    from app.ui.objection_dialog import ObjectionDialog
    from app.ui.pages.device import PhoneQrDialog
    from app.ui.pages.steps import SourcesDialog, sources_text
    from app.ui.picture_view import PictureDialog
    from app.ui.session import Session
    from app.ui.status_home import HistoryDialog, StatusHome
    from app.ui.wizard import AssistantWizard

    def session() -> Session:
        return Session(guide, store, WizardState(language=language), __version__)

    wizard = AssistantWizard(session())
    home = StatusHome(session())
    home.refresh()
    windows: list[tuple[str, QWidget]] = [("wizard", wizard), ("statusHome", home)]
    windows += [
        ("about", AboutDialog(session(), wizard)),
        ("licences", LicencesDialog(wizard)),
        ("sources", SourcesDialog(sources_text(guide), wizard)),
        ("history", HistoryDialog(home.status.accounts[0].checklist, guide, "LinkedIn", home)),
        ("objection", ObjectionDialog(guide, guide.extras["objection_form"], None, "", wizard)),
        ("picture", PictureDialog(guide.folder, "browser", 5, "5", wizard)),
        ("picturePhone", PictureDialog(guide.folder, "iphone", 4, "4", wizard)),
    ]
    qr = PhoneQrDialog(session(), wizard)
    windows.append(("phoneQr", qr))
    report: dict[str, object] = {}
    for name, window in windows:
        window.show()
        if name == "phoneQr":  # with "Link copied" shown below the code
            qr.phone.copy_button.click()
        for _ in range(5):
            app.processEvents()
        buttons = {}
        for button in window.findChildren(QPushButton):
            if button.isVisible() and not scrolled(button, window):
                buttons[button.objectName() or button.text()] = rect(
                    QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
                )
        report[name] = {
            "available": rect(window.screen().availableGeometry()),
            "frame": rect(window.frameGeometry()),
            "minimum": [window.minimumWidth(), window.minimumHeight()],
            "buttons": buttons,
        }
        if name not in ("wizard", "statusHome"):
            window.hide()
    print(json.dumps(report))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
