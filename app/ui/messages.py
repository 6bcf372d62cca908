"""The window's one error path, confirmations and reports, and file choosers.

Everything that blocks on the user goes through a :class:`Prompter`, so the
tests drive the real window with a prompter that answers for them.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.errors import UserError
from app.ui.i18n import translated

log = logging.getLogger("ucupdates.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


class Prompter:
    """Modal questions and messages, each as one call."""

    def error(self, parent: QWidget | None, exc: BaseException, title: str = "") -> None:
        """A message box for any failure; never a traceback in the user's face."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or tr("Not done"))
        box.setText(error_text(exc))
        if not isinstance(exc, UserError):
            box.setDetailedText("".join(traceback.format_exception(exc)))
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, details: str = "", *,
                accept: str = "", reject: str = "", cautious: bool = False) -> bool:
        """Ask before doing something. *accept* names the deed on its button ("Approve 4
        rules"), *reject* the other button (else Cancel); *cautious* makes the other
        button the default, for what loses something."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("confirmation")
        yes = (box.addButton(accept, QMessageBox.ButtonRole.AcceptRole) if accept
               else box.addButton(QMessageBox.StandardButton.Ok))
        no = (box.addButton(reject, QMessageBox.ButtonRole.RejectRole) if reject
              else box.addButton(QMessageBox.StandardButton.Cancel))
        yes.setObjectName("acceptButton")
        no.setObjectName("rejectButton")
        box.setEscapeButton(no)
        box.setDefaultButton(no if cautious else yes)
        if details:
            box.setInformativeText(details)
        box.exec()
        return box.clickedButton() is yes

    def report(self, parent: QWidget | None, title: str, text: str, details: str = "",
               problem: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setInformativeText(details)
        box.exec()

    def ask_int(self, parent: QWidget | None, title: str, label: str, value: int,
                low: int, high: int) -> int | None:
        from PySide6.QtWidgets import QInputDialog
        number, ok = QInputDialog.getInt(parent, title, label, value, low, high)
        return number if ok else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return translated(exc)  # the message in the console's language
    log.error("unexpected error", exc_info=exc)
    return tr("Something went wrong that should not have, and the action was not "
              "completed. Please report this (details below).")
