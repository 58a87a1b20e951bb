"""Render every page of the wizard, for each device and region extra, and the checklist, to PNG.

    python -m app.gallery OUTDIR [--lang LANG] [--scale 1]

Uses Qt's offscreen platform unless another is set, and a throwaway data folder: nothing of the
person's is read or written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from unittest import mock


def render(outdir: Path, language: str, scale: float = 1.0, dark: bool = False) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    from app import __version__, i18n
    from app.core.flow import PageId, WizardState
    from app.core.guide import load_guide
    from app.core.records import NewConfirmation, RecordStore
    from app.resources import guide_path
    from app.ui import illustrations
    from app.ui.checklist_window import ChecklistWindow
    from app.ui.session import Session
    from app.ui.style import apply_style, dark_palette
    from app.ui.wizard import AssistantWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    apply_style(app)
    i18n.set_language(language)
    guide = load_guide(guide_path())
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()  # the first paint, then what it set off (the header's logo)
        app.processEvents()
        path = outdir / f"{language}{'-dark' if dark else ''}-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as tmp, mock.patch("PySide6.QtGui.QDesktopServices.openUrl"):
        store, _notices = RecordStore.open(Path(tmp))
        # One country per kind of region: one extra (FR, GB, US), two (CA), nothing documented (JE).
        cases = [("iphone", "FR"), ("android", "GB"), ("browser", "US"), ("browser", "CA"), ("android", "JE")]
        for device_id, country in cases:
            session = Session(guide, store, WizardState(language=language), __version__)
            wizard = AssistantWizard(session)
            wizard.resize(920, 720)
            wizard.show()
            if device_id == "iphone":
                shot(wizard, "01-welcome")
            wizard.next()
            combo = wizard.findChild(QComboBox, "countryCombo")
            combo.setCurrentIndex(combo.findData(country))
            shot(wizard, f"02-region-{country}")
            wizard.next()
            wizard.pages[PageId.DEVICE].buttons[device_id].click()  # type: ignore[attr-defined]
            if country in ("FR", "GB", "US"):
                shot(wizard, f"03-device-{device_id}")
            wizard.next()
            if country in ("FR", "GB", "US"):
                shot(wizard, f"04-steps-{device_id}")
            wizard.next()
            wizard.pages[PageId.CONFIRM].switch_off.setChecked(True)  # type: ignore[attr-defined]
            shot(wizard, f"05-confirm-{country}")
            wizard.next()
            shot(wizard, f"06-done-{device_id}-{country}")
            wizard.close()
        store.add_confirmation(
            NewConfirmation("android", "FR", "eu-eea-ch", language, guide.id, guide.version, __version__),
            now=dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC),
        )
        checklist = ChecklistWindow(Session(guide, store, WizardState(language=language), __version__))
        checklist.resize(820, 480)
        checklist.show()
        shot(checklist, "07-checklist")
        checklist.close()
        store.close()
    for device in guide.devices:
        for step in range(1, len(device.steps) + 1):
            path = outdir / f"{language}-illustration-{device.id}-{step}.png"
            natural = illustrations.natural_size(guide.folder, device.id, step)
            illustrations.render_image(guide.folder, device.id, step, natural).save(str(path))
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.gallery", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    from app.i18n import languages

    parser.add_argument("--lang", choices=languages(), default="en")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio to render at")
    parser.add_argument("--dark", action="store_true", help="use a dark desktop theme")
    args = parser.parse_args(argv)
    for path in render(args.outdir, args.lang, args.scale, args.dark):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
