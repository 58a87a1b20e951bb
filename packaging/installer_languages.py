"""Write the Windows installer's languages (languages.nsh) from the catalogs that exist.

Every language of the assistant (bundle_rules.LANGUAGES: English and each translations/<code>) becomes
an installer language, its strings taken from the assistant's catalog (app/installer_text.py). A new
catalog adds a language to the installer without editing the NSIS script.

    python packaging/installer_languages.py OUT.nsh
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402

from app import i18n  # noqa: E402
from app.guides import load_guides  # noqa: E402
from app.installer_text import INSTALLER_TEXTS  # noqa: E402

DEFINES = {"app_name": "${APP_NAME}", "data_dir": "${DATA_DIR}"}


def nsis_name(code: str) -> str:
    """NSIS's name for a language ("French"), which is its English name without spaces."""
    from babel import Locale

    return Locale.parse(code).get_display_name("en").split(" (")[0].replace(" ", "")


def nsis_string(text: str) -> str:
    """`text` inside an NSIS double-quoted string, its placeholders as the script's defines."""
    escaped = text.replace("$", "$$").replace('"', '$\\"').replace("\n", "$\\r$\\n")
    for name, define in DEFINES.items():
        escaped = escaped.replace("{" + name + "}", define)
    return escaped


def spoken(code: str) -> str:
    """The assistant's languages named in `code`'s language: "English, French, German or Italian"."""
    from babel import Locale
    from babel.lists import format_list

    names = [Locale.parse(each).get_language_name(code) for each in bundle_rules.LANGUAGES]
    return format_list(names, style="or", locale=code)


def languages_nsh() -> str:
    lines = ["; Written by packaging/installer_languages.py from the assistant's catalogs: do not edit."]
    names = {code: nsis_name(code) for code in bundle_rules.LANGUAGES}
    lines += [f'!insertmacro MUI_LANGUAGE "{name}"' for name in names.values()]
    guides = load_guides().guides  # their own catalogs in use: each service named in each language
    before = i18n.language()
    try:
        for code, name in names.items():
            catalog = i18n.load_catalog(code)
            i18n.set_language(code)
            services = ", ".join(i18n._(guide.service) for guide in guides)
            for key, text in INSTALLER_TEXTS.items():
                said = catalog.gettext(text).replace("{languages}", spoken(code)).replace("{services}", services)
                lines.append(f'LangString {key} ${{LANG_{name.upper()}}} "{nsis_string(said)}"')
            # The installer keeps the code of the language it spoke, for the assistant's first start.
            lines.append(f'LangString LANGUAGE_CODE ${{LANG_{name.upper()}}} "{code}"')
    finally:
        i18n.set_language(before)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(languages_nsh(), encoding="utf-8-sig")  # makensis reads UTF-8 with a BOM
