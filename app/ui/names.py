"""Every widget's object name, declared once: the app names its widgets with these, the style sheet selects
them by these, and the tests and the walk under Xvfb find them with the same constants.

Names of widgets made from the guide's data (per service, device or extra) are derived from their ids
by the functions at the end: a new device or extra in a guide gets its names without a list to update
anywhere. The values are part of the interface (scripts outside the app find widgets by them), so a
value never changes; tests/unit/test_object_names.py keeps literals out of app/ and the values unique.
"""

from __future__ import annotations

# Shared by several windows: the primary button of a dialog or of the wizard, and a page's scrolling column.
PRIMARY_BUTTON = "primaryButton"
PAGE_SCROLL = "pageScroll"
PAGE_INSIDE = "pageInside"
PAGE_COLUMN = "pageColumn"
LANGUAGE_SWITCH = "languageSwitch"  # the wizard's header and the status home
ABOUT_BUTTON = "aboutButton"  # the wizard's header and the status home: the way to the About window

# The wizard: its window, its buttons, and "Stop for now?".
ASSISTANT_WIZARD = "assistantWizard"
BACK_BUTTON = "backButton"
NEXT_BUTTON = "nextButton"
FINISH_BUTTON = "finishButton"
CANCEL_BUTTON = "cancelButton"
SHOW_CHECKLIST_BUTTON = "showChecklistButton"  # "See my status", on Done
STOP_FOR_NOW = "stopForNow"

# The wizard's header (progress, dots, language switch) and the dots' default name.
WIZARD_HEADER = "wizardHeader"
WIZARD_PROGRESS = "wizardProgress"
WIZARD_PROGRESS_DOTS = "wizardProgressDots"
PROGRESS_DOTS = "progressDots"

# Every wizard page: its title and the sentence under it.
PAGE_TITLE = "pageTitle"
PAGE_LEAD = "pageLead"

# Welcome page.
WELCOME_INTRO = "welcomeIntro"
WELCOME_SWITCH = "welcomeSwitch"
WELCOME_PROMISE = "welcomePromise"
WELCOME_DETAILS_BUTTON = "welcomeDetailsButton"
WELCOME_DETAILS = "welcomeDetails"
FACT_USED = "factUsed"
FACT_NOT_USED = "factNotUsed"
FACT_NOT_COVERED = "factNotCovered"
QUICK_LINK_BUTTON = "quickLinkButton"
QUICK_LINK = "quickLink"  # the quick link's LinkFeedback (see link_feedback)

# Region page.
COUNTRY_COMBO = "countryCombo"
COUNTRY_HINT = "countryHint"
REGION_INFO = "regionInfo"

# Device page, and its dialog with a QR code for the phone.
ACCOUNT_WIDE = "accountWide"
PHONE_QR_CHOICE = "phoneQrChoice"
PHONE_QR_DIALOG = "phoneQrDialog"

# Steps page, its "Looks different?" help, and the picture of a step enlarged.
STEP_DOTS = "stepDots"
STEP_COUNTER = "stepCounter"
STEP_TEXT = "stepText"
STEP_APP = "stepApp"  # the app a step is in, for a service done in several
OTHER_DEVICE_BUTTON = "otherDeviceButton"
STEP_PICTURE = "stepPicture"
PICTURE_DIALOG = "pictureDialog"
LOOKS_DIFFERENT_BUTTON = "looksDifferentButton"
LOOKS_DIFFERENT_HELP = "looksDifferentHelp"
LOOKS_DIFFERENT_TEXT = "looksDifferentText"
LINKEDIN_LANGUAGE_COMBO = "linkedinLanguageCombo"
LINKEDIN_LANGUAGE_HINT = "linkedinLanguageHint"
LAST_VERIFIED = "lastVerified"
SOURCES_BUTTON = "sourcesButton"
ENLARGE_PICTURE_BUTTON = "enlargePictureButton"
SOURCES_DIALOG = "sourcesDialog"  # the list of sources, with its own Close
SOURCES_TEXT = "sourcesText"
SOURCES_CLOSE_BUTTON = "sourcesCloseButton"
OPEN_SETTING_BUTTON = "openSettingButton"
OPEN_SETTING_FEEDBACK = "openSettingFeedback"  # a LinkFeedback (see link_feedback)

# Confirm page: the question and its three answers, the help when not found, the extras, the account.
CONFIRM_QUESTION = "confirmQuestion"
NOT_FOUND_HELP = "notFoundHelp"
NOT_FOUND_TEXT = "notFoundText"
NOT_FOUND_OPEN_SETTING = "notFoundOpenSetting"
NOT_FOUND_FEEDBACK = "notFoundFeedback"  # a LinkFeedback (see link_feedback)
# The answers' buttons are named by answer_button, and the question with its answers by answer_group.

# Check it now (a switch looked at again from the status home)
RECHECK_DIALOG = "recheckDialog"
RECHECK_INTRO = "recheckIntro"
RECHECK_FEEDBACK = "recheckFeedback"  # a LinkFeedback (see link_feedback)
RECHECK_OPEN = "recheckOpenButton"
RECHECK_STEPS = "recheckStepsButton"
RECHECK_CANCEL = "recheckCancelButton"

# Nothing to do here (a region whose action is "none")
NOTHING_TO_DO_PAGE = "nothingToDoPage"
NOTHING_TO_DO_HISTORY = "nothingToDoHistory"
NOTHING_TO_DO_HELPS = "nothingToDoHelps"
FUTURE_ONLY = "futureOnly"
REGION_NOTES = "regionNotes"
GO_FURTHER_BUTTON = "goFurtherButton"
GO_FURTHER = "goFurther"
ACCOUNT_CAPTION = "accountCaption"
ACCOUNT_COMBO = "accountCombo"
ACCOUNT_HINT = "accountHint"
SITTING_SUMMARY = "sittingSummary"  # the last service's final page: every service of the sitting
WIZARD_SERVICE = "wizardService"  # "Service 1 of 2: LinkedIn", in a sitting of several services
SAME_ACCOUNT_BOX = "sameAccountBox"  # "Add another account" with the name of one already recorded
SAME_ACCOUNT_BUTTON = "sameAccountButton"
OTHER_ACCOUNT_BUTTON = "otherAccountButton"
SHOW_STEPS_BUTTON = "showStepsButton"
# The button that prepares a form's ready-to-paste text (one form per region at most).
OBJECTION_LETTER_BUTTON = "objectionLetterButton"

# The objection form's ready-to-paste text.
OBJECTION_DIALOG = "objectionDialog"
OBJECTION_INTRO = "objectionIntro"
OBJECTION_LANGUAGE = "objectionLanguage"
OBJECTION_NAME = "objectionName"
OBJECTION_TEXT = "objectionText"
OBJECTION_COPIED = "objectionCopied"
CLOSE_BUTTON = "closeButton"

# Done page.
DONE_CHECK = "doneCheck"
RECORD_SUMMARY = "recordSummary"
RECORD_LOCATION = "recordLocation"
REMINDER_BUTTON = "reminderButton"

# Status home: the window, its settings, and one card per account with its "More" menu.
STATUS_HOME = "statusHome"
CHECKLIST_HEADING = "checklistHeading"
CHECKLIST_SUMMARY = "checklistSummary"
ADD_ACCOUNT_BUTTON = "addAccountButton"
CARD_CONFIRMED = "cardConfirmed"  # a form's card: "I got the confirmation e-mail"
CONFIRMED_DIALOG = "confirmedDialog"
CONFIRMED_DATE = "confirmedDate"
SERVICE_GROUP_HEADING = "serviceGroupHeading"  # the status home, with records of several services
OTHER_SERVICES = "otherServices"  # the status home's quiet offer of the services with nothing recorded
OTHER_SERVICES_BUTTON = "otherServicesButton"
STATUS_SETTINGS = "statusSettings"
RECHECK_PERIOD_COMBO = "recheckPeriodCombo"
DELETE_EVERYTHING_BUTTON = "deleteEverythingButton"
ACCOUNT_CARD = "accountCard"
CARD_TITLE = "cardTitle"
CARD_BADGE = "cardBadge"
CARD_DETAILS = "cardDetails"
CARD_EXTRAS = "cardExtras"
CARD_FEEDBACK = "cardFeedback"
CARD_ACTION = "cardAction"
CARD_CASE_NUMBER = "cardCaseNumber"
CARD_REMINDER = "cardReminder"
CARD_MORE = "cardMore"
MORE_STEPS = "moreSteps"  # the "More" menu's actions
MORE_RECEIPT = "moreReceipt"
MORE_HISTORY = "moreHistory"
MORE_EXPORT = "moreExport"
HISTORY_DIALOG = "historyDialog"
HISTORY_VIEW = "historyView"

# A file saved (receipt, export, calendar), the name on the receipt, and "Delete everything?".
SAVED_FILE_BOX = "savedFileBox"
SAVED_OPEN_BUTTON = "savedOpenButton"
SAVED_SHOW_IN_FOLDER_BUTTON = "savedShowInFolderButton"
RECEIPT_HOLDER_DIALOG = "receiptHolderDialog"
RECEIPT_HOLDER_QUESTION = "receiptHolderQuestion"
RECEIPT_HOLDER_EDIT = "receiptHolderEdit"
RECEIPT_HOLDER_HINT = "receiptHolderHint"
RECEIPT_HOLDER_ERROR = "receiptHolderError"
RECEIPT_HOLDER_CONTINUE = "receiptHolderContinue"
RECEIPT_HOLDER_CANCEL = "receiptHolderCancel"
DELETE_EVERYTHING_BOX = "deleteEverythingBox"
CONFIRM_DELETE_BUTTON = "confirmDeleteButton"

# About window, and the licences it shows.
ABOUT_DIALOG = "aboutDialog"
ABOUT_TITLE = "aboutTitle"
ABOUT_VERSION = "aboutVersion"
ABOUT_GUIDES_HEADING = "aboutGuidesHeading"
ABOUT_GUIDES = "aboutGuides"
ABOUT_RECORDS_HEADING = "aboutRecordsHeading"
ABOUT_RECORDS = "aboutRecords"
ABOUT_SHOW_FOLDER_BUTTON = "aboutShowFolderButton"
ABOUT_PRIVACY_HEADING = "aboutPrivacyHeading"
ABOUT_PRIVACY = "aboutPrivacy"
ABOUT_LICENCES_HEADING = "aboutLicencesHeading"
ABOUT_LICENCES = "aboutLicences"
ABOUT_LICENCES_BUTTON = "aboutLicencesButton"
ABOUT_HELP_HEADING = "aboutHelpHeading"
ABOUT_ADDRESS = "aboutAddress"
ABOUT_COPY_DETAILS_BUTTON = "aboutCopyDetailsButton"
ABOUT_COPIED = "aboutCopied"
ABOUT_CLOSE_BUTTON = "aboutCloseButton"
LICENCES_DIALOG = "licencesDialog"
LICENCES_TEXT = "licencesText"

# A link handed to the phone (PhoneHandoff): these when it has no name of its own (see phone_handoff).
PHONE_HANDOFF = "phoneHandoff"
QR_CODE = "qrCode"
COPY_LINK_BUTTON = "copyLinkButton"
HANDOFF_TITLE = "handoffTitle"
LINK_COPIED = "linkCopied"

# What happened when a link was opened (LinkFeedback), when it has no name of its own.
LINK_FEEDBACK = "linkFeedback"


def camel(identifier: str, *, upper: bool = False) -> str:
    """ "ads_sharing" -> "adsSharing" ("AdsSharing" with `upper`)."""
    words = [w for w in identifier.replace("-", "_").split("_") if w]
    text = words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:]) if words else ""
    return text[:1].upper() + text[1:] if upper else text


def service_button(guide_id: str) -> str:
    """The service page's button for the guide `guide_id`: "serviceLinkedinAiTraining"."""
    return "service" + camel(guide_id, upper=True)


def device_button(device_id: str) -> str:
    """The device page's button for `device_id`: "deviceIphone"."""
    return "device" + camel(device_id, upper=True)


def check_label(check: str) -> str:
    """The wrapping text of the check box called `check`: "objectionFormDoneLabel"."""
    return f"{check}Label"


# The names of a few widgets made together, as attributes. Plain classes: named tuples or dataclasses cost
# about a millisecond each to define, on the way to the first window, and these need neither.


class ExtraNames:
    """The confirm page's widgets for one extra, from its id: "objectionFormButton", "objectionFormDone"..."""

    __slots__ = ("box", "button", "case_number", "done", "feedback", "handoff", "title")

    def __init__(self, extra_id: str) -> None:
        base = camel(extra_id)
        self.box = f"{base}Box"  # its group box
        self.title = f"{base}BoxTitle"  # the box's heading
        self.button = f"{base}Button"  # opens its page
        self.done = f"{base}Done"  # the check box "I did it"
        self.feedback = f"{base}Feedback"  # its LinkFeedback's name (see link_feedback)
        self.case_number = f"{base}CaseNumber"  # where the case number is noted (forms only)
        self.handoff = base  # its PhoneHandoff's name (see phone_handoff)


def extra(extra_id: str) -> ExtraNames:
    """The confirm page's widgets for the extra `extra_id`: "objectionFormButton", "objectionFormDone"..."""
    return ExtraNames(extra_id)


class LinkFeedbackNames:
    """The widgets of the LinkFeedback called `name`: "quickLink" -> "quickLinkMessage", "quickLinkCopy"..."""

    __slots__ = ("copied", "copy", "frame", "link", "message")

    def __init__(self, name: str) -> None:
        self.frame = name
        self.message = f"{name}Message"  # what happened
        self.link = f"{name}Link"  # the link, to select
        self.copy = f"{name}Copy"  # the button that copies it
        self.copied = f"{name}Copied"  # "Copied"


def link_feedback(name: str) -> LinkFeedbackNames:
    """The widgets of the LinkFeedback called `name`: "quickLink" -> "quickLinkMessage", "quickLinkCopy"..."""
    return LinkFeedbackNames(name)


class HandoffNames:
    """The widgets of the PhoneHandoff called `name` ("objectionForm" -> "objectionFormHandoff",
    "objectionFormQrCode", "objectionFormCopyLinkButton"); without a name, the dialog's own."""

    __slots__ = ("code", "copy", "frame")

    def __init__(self, name: str = "") -> None:
        self.frame = f"{name}Handoff" if name else PHONE_HANDOFF
        self.code = f"{name}QrCode" if name else QR_CODE  # the QR code
        self.copy = f"{name}CopyLinkButton" if name else COPY_LINK_BUTTON  # the button that copies the link


def phone_handoff(name: str = "") -> HandoffNames:
    """The widgets of the PhoneHandoff called `name` (see HandoffNames)."""
    return HandoffNames(name)


def answer_button(answer: str) -> str:
    """The confirm page's button for `answer` (app/core/actions.py): "answerOff", "answerAlreadySent"."""
    return "answer" + camel(answer, upper=True)


def answer_group(app: str) -> str:
    """The confirm page's question and answers for `app`: "answers", or "answersInstagram" for one app of several."""
    return "answers" + camel(app, upper=True)
