"""What the window writes in the data folder stays private, a linked data folder is deleted through and
the link kept: as a person sees it, and as it lands on disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from factories import new_confirmation
from PySide6.QtWidgets import QFileDialog, QPushButton

from app import i18n
from app.core.datafiles import QT_SETTINGS_NAME
from app.core.records import DB_NAME, RecordStore
from app.ui import app as ui_app
from app.ui import names, record_actions

from .helpers import click, find
from .test_checklist_actions import answer  # noqa: F401 - the "Delete everything?" fixture

DELETED = {
    "en": "Everything the assistant kept on this computer is deleted. Your LinkedIn setting is not changed by this: "
    "it stays as you left it. You can start again at any time. The assistant's folder was a link to another "
    "folder: the link itself was left as it is.",
    "fr": "Tout ce que l’assistant conservait sur cet ordinateur est supprimé. Votre réglage LinkedIn n’en est pas "
    "modifié\u00a0: il reste tel que vous l’avez laissé. Vous pouvez recommencer quand vous voulez. "
    "Le dossier de l’assistant était un lien vers un autre dossier\u00a0: le lien lui-même a été laissé tel quel.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_delete_everything_through_a_linked_data_folder(
    qtbot,
    guide,
    tmp_path: Path,
    launch,
    answer,  # noqa: F811 - the imported fixture
    language: str,
) -> None:
    real = tmp_path / "real"
    link = tmp_path / "data"
    real.mkdir()
    link.symlink_to(real)
    store, _notices = RecordStore.open(link)
    store.add_confirmation(new_confirmation())
    i18n.set_language(language)
    calls = answer(True)
    controller, window = launch(guide, store)
    click(qtbot, find(window, names.DELETE_EVERYTHING_BUTTON, QPushButton))
    assert calls[1:] == [("information", calls[1][1], DELETED[language].format(path=link))]
    assert link.is_symlink() and real.is_dir() and list(real.iterdir()) == []
    # As on first launch, and again: nothing is refused.
    store.add_confirmation(new_confirmation())
    assert store.delete_everything() == [link / DB_NAME]
    assert link.is_symlink()
    store.close()
    del controller


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_what_qt_s_file_dialog_remembers_is_private(qtbot, guide, data_dir: Path, monkeypatch) -> None:
    store, _notices = RecordStore.open(data_dir)
    store.add_confirmation(new_confirmation())
    ui_app.keep_qt_settings_in(data_dir)

    def real_dialog_cancelled(parent, title, suggested, filter_text, *args, **kwargs):
        dialog = QFileDialog(None, title, str(data_dir.parent))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.reject()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: (data_dir / QT_SETTINGS_NAME).stat().st_size > 0, timeout=3000)
        return "", filter_text

    monkeypatch.setattr(record_actions, "ask_holder", lambda parent, previous: "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", real_dialog_cancelled)
    assert record_actions.save_receipt(None, [guide], store) is False
    store.close()
    settings = data_dir / QT_SETTINGS_NAME
    assert "FileDialog" in settings.read_text()
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
