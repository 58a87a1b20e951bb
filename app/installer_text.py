"""The Windows installer's own words, kept in the assistant's catalog: every language the assistant
has, its installer has too. packaging/installer_languages.py writes them into the NSIS script at build
time; the app itself never imports this module."""

from __future__ import annotations

from app.i18n import N_

# NSIS LangString name -> text. {app_name} and {data_dir} become the installer's own defines.
# {languages} becomes the assistant's languages, named in the installer's language ("English, French,
# German or Italian"): packaging/installer_languages.py lists them from the catalogs; {services} the shipped
# guides' services, named in the installer's language ("ChatGPT, Facebook and Instagram, LinkedIn"). It
# promises no more than every service does: it guides through what each offers, nothing about the result.
INSTALLER_TEXTS = {
    "WELCOME_TEXT": N_(
        "This will install {app_name} on your computer.\n\nIt guides you, step by step, through the settings and"
        " forms that {services} offer against the use of your data to train their AI, in {languages}. It works"
        " offline and sends nothing anywhere."
        "\n\nClick Next to continue."
    ),
    "SEC_PROGRAM": N_("{app_name} (required)"),
    "SEC_DESKTOP": N_("Desktop shortcut"),
    "ASK_DELETE_RECORDS": N_(
        "Also delete your records?\n\nThe assistant kept a private note of what you did and when, in:\n"
        "{data_dir}\n\nChoose No to keep it for a later reinstall."
    ),
}
