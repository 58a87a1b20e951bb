"""Region: the country the person lives in, which decides the facts shown and the optional extras."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from app import guide_text, i18n
from app.core import regions
from app.core.flow import PageId
from app.i18n import _
from app.ui import names
from app.ui.pages.base import BasePage, text_label
from app.ui.session import Session

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the name, and the name without accents


class CountryCompleter(QCompleter):
    """Finds a country by any part of its name, with or without accents ("etats" finds "États-Unis")."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo.model(), combo)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 - Qt's name
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class RegionPage(BasePage):
    page_id = PageId.REGION

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._filled_language = ""
        self._locale_territory: str | None = None  # the system's territory, when it is not a country
        self.combo = QComboBox(self)
        self.combo.setObjectName(names.COUNTRY_COMBO)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setCompleter(CountryCompleter(self.combo))
        self.combo.currentTextChanged.connect(self._text_changed)

        self.caption = QLabel(self)
        self.caption.setBuddy(self.combo)
        row = QHBoxLayout()
        row.addWidget(self.caption)
        row.addWidget(self.combo, 1)
        self.hint = text_label(self, object_name=names.COUNTRY_HINT)
        self.region_info = text_label(self, object_name=names.REGION_INFO, rich=True)

        layout = self.body
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addWidget(self.region_info)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state = self.session.state
        if state.country is None:
            territory = regions.territory_from_locale(QLocale.system().name())
            state.country = regions.country_for_territory(territory) if territory else None
            self._locale_territory = territory if territory and state.country is None else None
        super().initializePage()

    def retranslate(self) -> None:
        self.set_heading(
            _("Which country do you live in?"),
            _("{service}'s rules depend on where you live, not on where you made your account.").format(
                service=_(self.session.guide.service)
            ),
        )
        self.caption.setText(_("C&ountry:"))  # Alt+C is Continue
        self.combo.setAccessibleName(_("Country"))
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(_("Type to search"))
        self._fill(i18n.language())
        self._show_region()

    def _fill(self, language: str) -> None:
        """(Re)fill the list with country names in `language`, keeping the chosen country."""
        if language == self._filled_language:
            return
        chosen = self.session.state.country
        self.combo.blockSignals(True)
        self.combo.clear()
        for index, country in enumerate(regions.countries(language)):
            self.combo.addItem(country.name, country.code)
            self.combo.setItemData(index, f"{country.name} {regions.sort_key(country.name)}", SEARCH_ROLE)
        index = self.combo.findData(chosen) if chosen else -1
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")
        self.combo.blockSignals(False)
        self._filled_language = language

    def _text_changed(self, text: str) -> None:
        index = self.combo.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        self.session.state.country = self.combo.itemData(index) if index >= 0 else None
        self._show_region()
        self.completeChanged.emit()

    def _show_region(self) -> None:
        state = self.session.state
        region = state.region(self.session.guide)
        if region is None:
            typed = bool(self.combo.currentText().strip())
            if typed:
                hint = _("Choose a country from the list.")
            elif self._locale_territory:
                # The computer is set to a region such as "Latin America" or "Europe", not a country.
                hint = _(
                    "Your computer is set to {place}, which is not one country: choose the one you live in."
                ).format(place=i18n.quote(regions.territory_name(self._locale_territory, i18n.language())))
            else:
                hint = ""
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))
            self.region_info.clear()
            return
        self.hint.hide()
        self._locale_territory = None
        title = _("Region: {region}").format(region=_(region.name))
        lines = [*guide_text.region_lines(region), " ".join(guide_text.scope_lines(self.session.guide))]
        self.region_info.setText(f"<p><b>{escape(title)}</b></p>" + "".join(f"<p>{escape(t)}</p>" for t in lines))
