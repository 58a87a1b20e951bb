"""A full disk on the confirm page: the person is told why, and stays on the page with their answers."""

from __future__ import annotations

from factories import new_confirmation
from PySide6.QtWidgets import QCheckBox, QMessageBox

from app.core.flow import PageId
from app.core.records import StoreError
from app.ui import names

from .helpers import NEXT, click, find, unfold_extras, walk_to_confirm


def test_not_saved_the_disk_is_full(qtbot, make_wizard, store, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: told.append(f"{title}|{text}"))
    wizard = make_wizard("en")
    walk_to_confirm(qtbot, wizard, "France", names.device_button("browser"))
    assert wizard.currentId() == PageId.CONFIRM
    click(qtbot, find(wizard, names.answer_button("off")))
    unfold_extras(qtbot, wizard)
    click(qtbot, find(wizard, names.extra("objection_form").done, QCheckBox))

    # Make the disk "full" with SQLite's own page limit, then fill what room is left.
    store.set_setting("filler", "x")
    conn = store._conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    while True:
        try:
            store.add_confirmation(new_confirmation(account="filler"))
        except StoreError as exc:
            assert exc.kind == "full"
            break
    before = len(store.confirmations())
    click(qtbot, wizard.button(NEXT))  # stays: click_next would insist on moving on

    assert told == [
        "Not saved|Not saved: the disk is full. Free some space, then try again; what you chose is still here."
    ]
    assert wizard.currentId() == PageId.CONFIRM
    assert find(wizard, names.answer_button("off")).isChecked()
    assert find(wizard, names.extra("objection_form").done, QCheckBox).isChecked()
    assert len(store.confirmations()) == before  # nothing half-written
