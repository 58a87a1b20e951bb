"""The one place for languages: gettext catalogs, babel formatting, Qt's locale and translator.

Usage everywhere else: ``from app.i18n import _, N_, pgettext`` and call ``_()`` at the moment a text
is shown, never at import time, so that switching language re-reads every text.

One language code drives everything: ``set_language("fr")`` loads the French catalog, the babel
locale used for dates and country names, ``QLocale.setDefault`` and Qt's own ``qtbase_fr.qm`` (the
Back/Next/Cancel buttons). A translation whose ``{placeholders}`` differ from its English source is
dropped on load, so a translator's slip shows English rather than crashing.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import locale as _pylocale
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.guide import format_fields
from app.resources import translations_dir

if TYPE_CHECKING:
    from babel import Locale
    from PySide6.QtCore import QTranslator

DOMAIN = "messages"
GUIDE_DOMAIN = "guide"  # a guide's own catalog, in its folder
SOURCE_LANGUAGE = "en"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_qt_translator: QTranslator | None = None
_other_catalogs: dict[str, gettext.NullTranslations] = {}
_catalog_problem: str | None = None
_guide_catalog_problems: tuple[Path, ...] = ()  # guides whose own catalog for the language is damaged
_guide_folders: tuple[Path, ...] = ()  # for LinkedIn's labels in another language


def _(message: str) -> str:
    return _translations.gettext(message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a string for extraction; translate it later with _()."""
    return message


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def language() -> str:
    return _language


def load_catalog(code: str, damaged_guides: list[Path] | None = None) -> gettext.NullTranslations:
    """The catalog for `code`, without its entries whose placeholders differ from the source, followed
    by the catalogs of the guides that carry their own (see use_guide_translations). A guide's damaged
    catalog is left out (that guide's texts stay in English) and its folder added to `damaged_guides`;
    the assistant's own damaged catalog raises."""
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    catalog = _checked(gettext.translation(DOMAIN, translations_dir(), languages=[code]))
    for folder in _guide_folders:
        try:
            own = gettext.translation(GUIDE_DOMAIN, folder / "translations", languages=[code], fallback=True)
        except Exception:  # gettext fails on a damaged file in many ways (OSError, struct.error, ...)
            if damaged_guides is not None:
                damaged_guides.append(folder)
            continue
        if isinstance(own, gettext.GNUTranslations):
            catalog.add_fallback(_checked(own))
    return catalog


def _checked(catalog: gettext.NullTranslations) -> gettext.NullTranslations:
    """`catalog` without its entries whose placeholders differ from the source's. A plural form is keyed by
    the singular alone, which may say "one" where the others say {count}: {count} is its own to keep or not."""
    entries: dict[Any, str] = catalog._catalog  # type: ignore[attr-defined]
    for key, translated in list(entries.items()):
        plural = isinstance(key, tuple)
        source = key[0] if plural else key
        source = source.split("\x04", 1)[-1]  # "context\x04message" for pgettext entries
        wanted, found = format_fields(source), format_fields(translated)
        if plural:
            wanted, found = wanted - {"count"}, found - {"count"}
        if source and wanted != found:
            del entries[key]
    return catalog


def use_guide_translations(folders: Iterable[Path]) -> None:
    """Guides may carry their own catalogs, <guide folder>/translations/<lang>/LC_MESSAGES/guide.mo (a
    service added as one folder); their texts are looked up after the assistant's own catalog."""
    global _guide_folders
    own = tuple(folder for folder in folders if (folder / "translations").is_dir())
    if own == _guide_folders:
        return  # nothing changes (LinkedIn's texts are in the assistant's own catalog)
    _guide_folders = own
    _other_catalogs.clear()
    if _catalog_problem is None:  # (after a damaged catalog the assistant stays in English, and says so)
        set_language(_language)


@functools.cache
def languages() -> tuple[str, ...]:
    """The assistant's languages: English, and every language with a compiled catalog in translations/
    (translations/<code>/LC_MESSAGES/messages.mo). Adding a catalog adds a language; no code lists them."""
    found = sorted(
        entry.name
        for entry in translations_dir().iterdir()
        if entry.is_dir() and (entry / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file() and entry.name != SOURCE_LANGUAGE
    )
    return (SOURCE_LANGUAGE, *found)


def native_name(code: str) -> str:
    """A language's name in that language, as a language picker shows it: "English", "Français"."""
    import sys

    if "PySide6.QtCore" in sys.modules:  # Qt's locale data is loaded already; babel's costs ~30 ms
        from PySide6.QtCore import QLocale

        locale = QLocale(code)
        # Qt names "en" after its default country ("American English"); the picker offers the language.
        english = locale.language() == QLocale.Language.English
        name = QLocale.languageToString(locale.language()) if english else locale.nativeLanguageName()
    else:
        from babel import Locale

        name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def set_language(code: str) -> None:
    """Switch every text, date and Qt button to `code` ("en" or "fr").

    A catalog that is missing or damaged does not stop the assistant: it goes on in English, and
    `catalog_problem()` has the sentence to tell the person."""
    global _translations, _language, _catalog_problem, _guide_catalog_problems
    if code not in languages():
        raise ValueError(f"unsupported language {code!r}; choose one of {', '.join(languages())}")
    damaged_guides: list[Path] = []
    try:
        _translations = load_catalog(code, damaged_guides)
    except Exception:  # gettext fails on a damaged file in many ways (OSError, struct.error, ...)
        _catalog_problem = _unreadable_catalog_sentence(code)
        code = SOURCE_LANGUAGE
        _translations = gettext.NullTranslations()
        damaged_guides = []
    else:
        _catalog_problem = None
    _guide_catalog_problems = tuple(damaged_guides)
    _language = code
    _apply_to_qt(code)


def catalog_problem() -> str | None:
    """The sentence saying the language asked for could not be loaded (the assistant's catalog, or a
    guide's own), or None."""
    if _catalog_problem is not None:
        return _catalog_problem
    sentences = [
        _(
            "The translation of the instructions in {folder} could not be read, so that service's instructions "
            "are shown in English. Installing the assistant again will bring it back."
        ).format(folder=folder)
        for folder in _guide_catalog_problems
    ]
    return "\n".join(sentences) or None


def _unreadable_catalog_sentence(code: str) -> str:
    from babel import Locale

    name = Locale.parse(code).get_display_name(SOURCE_LANGUAGE)
    # In English on purpose: the catalog that would translate it is the one that failed.
    return (
        f"The {name} translation of the assistant could not be read, so it is shown in English. "
        "Installing the assistant again will bring it back."
    )


def _apply_to_qt(code: str) -> None:
    """Set Qt's default locale and its own translations, if Qt is running."""
    global _qt_translator
    import sys

    if "PySide6.QtCore" not in sys.modules:  # the command line never starts Qt
        return
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(code))
    app = QCoreApplication.instance()
    if app is None:
        return
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if code != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        if translator.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
            _qt_translator = translator


def pick_language(requested: str | None, saved: str | None, system: str | None, installed: str | None = None) -> str:
    """The language to start in: the command line's, else the last one chosen, else the one the Windows
    installer spoke (`installed`, see installer_language), else the system's."""
    for candidate in (requested, saved, installed):
        if candidate is not None and candidate in languages():
            return candidate
    base = (system or "").split("_")[0].split("-")[0].split(".")[0].lower()
    return base if base in languages() else SOURCE_LANGUAGE


# Where the Windows installer keeps the code of the language it spoke (packaging/windows/installer.nsi).
INSTALLER_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\ai-optout-assistant"
INSTALLER_LANGUAGE_VALUE = "AssistantLanguage"


def installer_language() -> str | None:
    """The language chosen in the Windows installer ("fr"), or None: not Windows, not installed by it, or
    unreadable. Only read: the assistant never writes the installer's key."""
    import sys

    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, INSTALLER_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, INSTALLER_LANGUAGE_VALUE)
    except OSError:
        return None
    return value if isinstance(value, str) and value else None


def system_locale_name() -> str:
    """The system's locale name (such as "fr_CH"), without asking Qt."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            # "C" names no language or country; Python's getlocale() would call it en_US.
            return "" if value in ("C", "POSIX") or value.startswith("C.") else value
    name = _pylocale.getlocale()[0]  # Windows and macOS, where these variables are usually unset
    return name or ""


# -- formatting in the current language -------------------------------------------------------


def babel_locale() -> Locale:
    from babel import Locale

    return Locale.parse(_language)


# The first of the month as the language writes it, where that is an ordinal ("1er novembre", "1º novembre");
# German's "1. November" already is.
FIRST_OF_MONTH = {"fr": "1er", "it": "1º"}


# The locale that writes dates and times: English follows the British convention, as its spelling does
# ("3 November 2025", "18:05"), not the American one babel's plain "en" is.
_DATE_LOCALES = {"en": "en_GB"}


def _date_locale() -> str:
    return _DATE_LOCALES.get(_language, _language)


def format_date(day: dt.date, *, unbroken: bool = False) -> str:
    """A date as people write it in the current language: "23 November 2026", "1er novembre 2026",
    "1º novembre 2026".
    `unbroken`: with no-break spaces, for a window's wrapped text ("May" at the end of one line and
    "25, 2027" on the next reads badly)."""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(day, format="long", locale=_date_locale())
    first = FIRST_OF_MONTH.get(_language)
    if first and day.day == 1 and text.startswith("1 "):
        text = first + text[1:]
    return text.replace(" ", "\u00a0") if unbroken else text


def format_month(year: int, month: int) -> str:
    """A month as people write it: "November 2025", "novembre 2025"."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(dt.date(year, month, 1), format="LLLL y", locale=_date_locale())


def format_partial_date(iso: str) -> str:
    """ "2025-11-03" as a date, "2025-11" as a month, in the current language."""
    if len(iso) == 7:
        return format_month(int(iso[:4]), int(iso[5:7]))
    return format_date(dt.date.fromisoformat(iso))


def format_time(moment: dt.datetime) -> str:
    from babel.dates import format_time as babel_format_time

    # CLDR puts a narrow no-break space before "PM"; rich-text labels turn it into a plain space and
    # may break "8:15 PM" across lines. A plain no-break space keeps it together everywhere.
    return babel_format_time(moment, format="short", locale=_date_locale()).replace("\u202f", "\u00a0")


def format_local_datetime(moment: dt.datetime, *, unbroken: bool = False) -> str:
    """A UTC moment shown in the computer's time zone: "23 November 2026 at 20:41" (`unbroken`: see format_date)."""
    local = moment.astimezone()
    # Translators: {date} is a date such as "23 November 2026", {time} a time such as "20:41".
    return _("{date} at {time}").format(date=format_date(local.date(), unbroken=unbroken), time=format_time(local))


def quote(text: str) -> str:
    """Quote LinkedIn's wording as the language does: “Settings” in English, « Préférences » in French."""
    # Translators: quotation marks around a LinkedIn label. French: « {text} » (with no-break spaces).
    return _("“{text}”").format(text=text)


def _catalog_of(language: str) -> gettext.NullTranslations:
    """`language`'s catalog (the current one, or another, loaded once); English is the source."""
    if language == _language:
        return _translations
    if language not in languages():
        raise ValueError(f"unsupported language {language!r}")
    catalog = _other_catalogs.get(language)
    if catalog is None:
        try:
            catalog = load_catalog(language)
        except Exception:  # a damaged catalog: English rather than none
            catalog = gettext.NullTranslations()
        _other_catalogs[language] = catalog
    return catalog


def gettext_in(language: str, message: str) -> str:
    """`message` in `language`, whatever the assistant's language (a text the person pastes elsewhere)."""
    return _catalog_of(language).gettext(message)


def label(text: str, linkedin_language: str | None = None, *, context: str) -> str:
    """LinkedIn's wording for a button or menu as LinkedIn shows it in `linkedin_language`
    (default: the assistant's language). `context` is the guide's label_context."""
    if linkedin_language is None or linkedin_language == _language:
        return pgettext(context, text)
    return _catalog_of(linkedin_language).pgettext(context, text)
