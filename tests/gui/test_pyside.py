"""The Qt binding itself: faults in it that would crash the assistant."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_calls_keep_their_reference_to_none(qapp):
    """Every call of a method that returns nothing must leave None's reference count as it was.

    If each call loses one (PySide6 6.12.0 on Python 3.11 does), the assistant aborts with
    "Fatal Python error: none_dealloc" once None runs out: drawing a QR code alone makes ~600 such
    calls. tests/conftest.py gives None references to spare so that the other tests can still run.
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses a reference to None on each "
        f"call that returns nothing ({lost} in 1000 calls): the app will abort with 'deallocating None'. "
        "Use another PySide6 (6.11.3 is fine) or Python 3.12 or newer."
    )
