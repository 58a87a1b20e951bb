"""A guide whose step pictures are missing, damaged or unsafe, or whose device icon is unknown: the steps
show their text alone and the device page its names, with no crash, on the path and after "Stop for now";
the self-test draws every picture and names those it cannot."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ids import guide_path
from PySide6.QtWidgets import QLabel, QToolButton

from app import __version__, selftest
from app.core import settings
from app.core.flow import PageId, WizardState
from app.core.guide import Guide, load_guide
from app.core.records import RecordStore
from app.ui import names
from app.ui.session import Session
from app.ui.wizard import AssistantWizard

from .helpers import find

NOT_SVG = "this is not a picture"
EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 0"/>'  # well-formed, nothing to draw
OUTSIDE = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'
    '<image xlink:href="file:///etc/hostname" width="10" height="10"/></svg>'
)


def damaged_copy(tmp_path: Path, *, icon: str | None = None) -> Guide:
    """The shipped guide, copied, its iPhone pictures 1 to 4 missing, not SVG, empty and pointing outside."""
    folder = tmp_path / "guides" / "linkedin-ai-training"
    shutil.copytree(guide_path().parent, folder, ignore=shutil.ignore_patterns("translations"))
    pictures = folder / "illustrations" / "iphone"
    (pictures / "step-1.svg").unlink()
    (pictures / "step-2.svg").write_text(NOT_SVG)
    (pictures / "step-3.svg").write_text(EMPTY_SVG)
    (pictures / "step-4.svg").write_text(OUTSIDE)
    if icon is not None:
        text = (folder / "guide.toml").read_text(encoding="utf-8")
        (folder / "guide.toml").write_text(text.replace('"mdi6.cellphone"', f'"{icon}"'), encoding="utf-8")
    return load_guide(folder / "guide.toml")


def shown_wizard(qtbot, guide: Guide, store: RecordStore, state: WizardState, start: PageId) -> AssistantWizard:
    wizard = AssistantWizard(Session(guide, store, state, __version__), start=start)
    qtbot.addWidget(wizard)
    wizard.resize(820, 640)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_steps_whose_pictures_cannot_be_drawn_show_their_text(qtbot, tmp_path, store) -> None:
    guide = damaged_copy(tmp_path)
    state = WizardState(language="en", country="FR", device="iphone")
    wizard = shown_wizard(qtbot, guide, store, state, PageId.STEPS)
    page = wizard.currentPage()
    texts = []
    for number in range(1, 6):
        page.show_step(number)
        qtbot.wait(10)
        picture = find(wizard, names.STEP_PICTURE, QLabel)
        texts.append(find(wizard, names.STEP_TEXT, QLabel).text())
        assert picture.isVisible() is (number == 5), number
    assert texts[0].startswith("Open the LinkedIn app")
    assert all(texts)


def test_stopping_on_a_step_without_its_picture_starts_again_there(qtbot, tmp_path, data_dir, launch) -> None:
    guide = damaged_copy(tmp_path)
    store, _notices = RecordStore.open(data_dir)
    kept = {"page": "STEPS", "country": "FR", "device": "iphone", "guide_id": guide.id, "account": ""}
    store.set_setting(settings.RESUME.key, json.dumps(kept))
    _controller, window = launch(guide, store)
    assert window.currentId() == PageId.STEPS
    assert not find(window, names.STEP_PICTURE, QLabel).isVisible()
    assert find(window, names.STEP_TEXT, QLabel).text()
    store.close()


@pytest.mark.parametrize("icon", ["mdi6.nosuchicon", "nosuchfont.cellphone"])
def test_an_unknown_device_icon_leaves_the_device_named(qtbot, tmp_path, store, icon: str) -> None:
    guide = damaged_copy(tmp_path, icon=icon)
    wizard = shown_wizard(qtbot, guide, store, WizardState(language="en", country="FR"), PageId.DEVICE)
    qtbot.wait(20)
    for device in guide.devices:
        button = find(wizard, names.device_button(device.id), QToolButton)
        assert button.isVisible() and button.text()
    assert find(wizard, names.device_button("iphone"), QToolButton).icon().isNull()


def test_the_self_test_names_every_picture_it_cannot_draw(qtbot, tmp_path, monkeypatch) -> None:
    guide = damaged_copy(tmp_path)
    monkeypatch.setattr("app.guides.guide_folders", lambda: [tmp_path / "guides"])
    pictures = guide.folder / "illustrations" / "iphone"
    assert selftest.undrawable_pictures() == [str(pictures / f"step-{n}.svg") for n in (1, 2, 3, 4)]


def test_the_shipped_pictures_are_all_drawn(qtbot) -> None:
    assert selftest.undrawable_pictures() == []
