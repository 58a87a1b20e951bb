"""Dialog and message box buttons carry words only: a desktop that puts its stock icons on them (most Linux
desktops do; Qt asks the style, SH_DialogButtonBox_ButtonsHaveIcons) has them hidden by the style sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProxyStyle, QStyle, QStyleFactory, QWidget


class DesktopWithIcons(QProxyStyle):
    """Fusion as on a desktop whose theme wants icons on dialog buttons (as Qt's xcb platform says)."""

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802 - Qt's name
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_dialog_buttons_have_no_icons(qapp):
    """(Without the style sheet's rule, the first assertion fails: [False, False].)"""
    desktop = DesktopWithIcons(QStyleFactory.create("Fusion"))
    box = QDialogButtonBox()
    box.setStyle(desktop)
    buttons = [
        box.addButton(which) for which in (QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Ok)
    ]
    assert [b.icon().isNull() for b in buttons] == [True, True]
    message = QMessageBox()
    message.setStyle(desktop)
    for child in message.findChildren(QWidget):
        child.setStyle(desktop)
    message.setStandardButtons(QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Save)
    assert message.buttons()
    assert [b.icon().isNull() for b in message.buttons()] == [True] * len(message.buttons())
