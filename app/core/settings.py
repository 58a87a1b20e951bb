"""The keys of the settings the store keeps beside the records: every one of them, declared here once."""

from __future__ import annotations

LANGUAGE = "language"  # the assistant's language, last chosen
LINKEDIN_LANGUAGE = "linkedin_language"  # the language the person's service shows its menus in
RECHECK_MONTHS = "recheck_months"  # how often to check again
RESUME = "resume"  # where the person stopped the wizard ("Stop for now"), to open there next time
RECEIPT_HOLDER = "receipt_holder"  # the name or profile link last put on a receipt (only once typed)
