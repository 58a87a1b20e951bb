"""A bare PySide6 QWizard with one page: the size baseline of benchmarks/bundle_size.py.

Frozen with the app's own spec and rules (packaging/ai-optout-assistant.spec -- --bare), it shows
the page and waits, as the assistant does.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Welcome")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A bare wizard."))
    wizard.addPage(page)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
