"""Loading the guides, the same way for the window, `status`, `guide` and the gallery."""

from __future__ import annotations

from app import i18n
from app.core.catalog import Catalog, load_catalog
from app.resources import guide_folders


def load_guides() -> Catalog:
    """Every guide the assistant knows, with their own translations in use."""
    catalog = load_catalog(guide_folders())
    i18n.use_guide_translations(guide.folder for guide in catalog.guides)
    return catalog
