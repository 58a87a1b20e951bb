"""Render every page of the wizard, for each device and region extra, the checklist and About, to PNG (and the
service page and each other service's pages when there are several, as with AI_OPTOUT_ASSISTANT_EXTRA_GUIDES).

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
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from unittest import mock

if TYPE_CHECKING:
    from app.core.guide import Guide


def render(outdir: Path, language: str, scale: float = 1.0, dark: bool = False) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    from app import __version__, i18n
    from app.core.flow import PageId, WizardState
    from app.core.records import NewConfirmation, RecordStore
    from app.guides import load_guides
    from app.ui import illustrations, names
    from app.ui.session import Session
    from app.ui.status_home import StatusHome
    from app.ui.style import apply_style
    from app.ui.wizard import AssistantWizard

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    apply_style(app, "dark" if dark else "light")
    catalog = load_guides()
    i18n.set_language(language)
    guide = catalog.get("linkedin-ai-training") or catalog.guides[0]
    others = [g for g in catalog.guides if g.id != guide.id]
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
            combo = wizard.findChild(QComboBox, names.COUNTRY_COMBO)
            assert combo is not None
            combo.setCurrentIndex(combo.findData(country))
            shot(wizard, f"02-region-{country}")
            wizard.next()
            wizard.pages[PageId.DEVICE].buttons[device_id].click()  # type: ignore[attr-defined]
            if country in ("FR", "GB", "US"):
                shot(wizard, f"03-device-{device_id}")
            wizard.next()
            if country in ("FR", "GB", "US"):
                shot(wizard, f"04-steps-{device_id}")
            steps = wizard.pages[PageId.STEPS]
            if country == "FR":  # one step per screen: the last one, and its help open
                steps.show_step(steps.step_count)  # type: ignore[attr-defined]
                steps.help_button.setChecked(True)  # type: ignore[attr-defined]
                shot(wizard, f"04-steps-{device_id}-last-help")
            while wizard.currentId() == PageId.STEPS:
                wizard.next()
            confirm = wizard.pages[PageId.CONFIRM]
            for group in confirm.groups.values():  # type: ignore[attr-defined]
                next(iter(group.buttons.values())).setChecked(True)  # the first answer: it is off now
            shot(wizard, f"05-confirm-{country}")
            if country in ("FR", "CA"):  # the optional extras, unfolded
                confirm.further_button.setChecked(True)  # type: ignore[attr-defined]
                shot(wizard, f"05-confirm-{country}-further")
            wizard.next()
            shot(wizard, f"06-done-{device_id}-{country}")
            wizard.close()
        if others:  # several services: the first screen asks which, then each has its own pages
            session = Session(guide, store, WizardState(language=language), __version__, guides=catalog.guides)
            wizard = AssistantWizard(session)
            wizard.resize(920, 720)
            wizard.show()
            shot(wizard, "00-service")
            for chosen in catalog.guides:
                wizard.currentPage().buttons[chosen.id].click()  # type: ignore[attr-defined]
            shot(wizard, "00-service-chosen")
            wizard.close()
        for other in others:  # each region of each other service: its steps, its answers, Done; or nothing to do
            for region in other.regions:
                country = min(region.countries) if region.countries else _elsewhere(catalog.guides)
                for device in other.devices:
                    state = WizardState(language=language, guide_id=other.id, country=country)
                    session = Session(other, store, state, __version__, guides=catalog.guides)
                    wizard = AssistantWizard(session, start=PageId.REGION)
                    wizard.resize(920, 720)
                    wizard.show()
                    wizard.next()
                    state.device = device.id  # as if chosen on the device page, where there is one
                    name = f"{other.id}-{region.id}"
                    if wizard.currentId() == PageId.NOTHING_TO_DO:
                        shot(wizard, f"{name}-nothing")
                        wizard.close()
                        break  # no device is asked where nothing can be done
                    wizard.next()
                    shot(wizard, f"{name}-04-steps-{device.id}")
                    while wizard.currentId() == PageId.STEPS:
                        wizard.next()
                    for group in wizard.pages[PageId.CONFIRM].groups.values():  # type: ignore[attr-defined]
                        next(iter(group.buttons.values())).setChecked(True)  # the first answer: done now
                    shot(wizard, f"{name}-05-confirm-{device.id}")
                    wizard.next()
                    shot(wizard, f"{name}-06-done-{device.id}")
                    wizard.close()
        if others:  # the end of a sitting of two services: Done sums up both
            first = store.add_confirmation(
                NewConfirmation("iphone", "FR", "eu-eea-ch", language, guide.id, guide.version, __version__)
            )
            second = others[0]
            state = WizardState(language=language, country="FR", device="iphone")
            state.choose_services([guide.id, second.id])
            state.follow_next(second)
            state.device = "iphone" if "iphone" in {d.id for d in second.devices} else None
            session = Session(second, store, state, __version__, guides=catalog.guides)
            session.sitting = ((guide, (first,)),)
            wizard = AssistantWizard(session, start=PageId.STEPS if state.device else PageId.DEVICE)
            wizard.resize(920, 720)
            wizard.show()
            while wizard.currentId() in (PageId.REGION, PageId.DEVICE, PageId.STEPS):
                wizard.next()
            if wizard.currentId() == PageId.CONFIRM:
                for group in wizard.pages[PageId.CONFIRM].groups.values():  # type: ignore[attr-defined]
                    next(iter(group.buttons.values())).setChecked(True)
                wizard.next()
            shot(wizard, "10-sitting-done")
            wizard.close()

        def linkedin_switched_off(into: RecordStore) -> None:
            """The status home's record: LinkedIn's switch, off since 5 January 2026, on Android in France."""
            into.add_confirmation(
                NewConfirmation("android", "FR", "eu-eea-ch", language, guide.id, guide.version, __version__),
                now=dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC),
            )

        linkedin_switched_off(store)
        checklist = StatusHome(Session(guide, store, WizardState(language=language), __version__))
        checklist.resize(920, 720)
        checklist.show()
        shot(checklist, "07-checklist")
        if others:  # one service recorded among several: the others offered once, quietly, at the end
            with tempfile.TemporaryDirectory() as alone:
                one, _notices = RecordStore.open(Path(alone))
                linkedin_switched_off(one)
                offer = StatusHome(
                    Session(guide, one, WizardState(language=language), __version__, guides=catalog.guides)
                )
                offer.resize(920, 720)
                offer.show()
                shot(offer, "07-checklist-and-the-others")
                offer.close()
                one.close()
        from app.ui.recheck_dialog import RecheckDialog

        check = RecheckDialog(checklist.status.accounts[0], "", checklist)
        check.show()
        shot(check, "09-check-it-now")
        check.close()
        checklist.close()
        if others:  # every service's cards, as recorded by the walks above
            every = StatusHome(
                Session(guide, store, WizardState(language=language), __version__, guides=catalog.guides)
            )
            every.resize(920, 720)
            every.show()
            shot(every, "07-checklist-every-service")
            form = next(
                (a for a in every.status.accounts if a.checklist.action and a.checklist.action.kind == "form"), None
            )
            if form is not None:  # a form's card: the day its confirmation e-mail came
                from app.ui.confirmed_dialog import confirmed_dialog

                dialog, _day = confirmed_dialog(every, form, every.title_of(form))
                dialog.show()
                shot(dialog, "11-confirmation-email")
                dialog.close()
            every.close()
        from app.ui.about import AboutDialog

        about = AboutDialog(Session(guide, store, WizardState(language=language), __version__, guides=catalog.guides))
        about.show()
        shot(about, "08-about")
        about.close()
        store.close()
    for each in catalog.guides:
        prefix = "" if each is guide else f"{each.id}-"
        for device in each.devices:
            for step in range(1, len(device.steps) + 1):
                path = outdir / f"{language}-{prefix}illustration-{device.id}-{step}.png"
                natural = illustrations.natural_size(each.folder, device.id, step)  # at --scale, as on screen
                illustrations.render_image(each.folder, device.id, step, natural * scale).save(str(path))
                written.append(path)
    return written


def _elsewhere(guides: Sequence[Guide]) -> str:
    """A country no guide names: each default region's own ("JE" when none of them names it)."""
    named = {code for guide in guides for region in guide.regions for code in region.countries}
    return next(code for code in ("JE", "US", "CA", "AU", "NZ") if code not in named)


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
