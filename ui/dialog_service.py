"""Message boxes and file pickers behind one injectable object.

The window asks its `DialogService` instead of calling QMessageBox/QFileDialog, so a
test hands in a `RecordingDialogService` and never blocks on a modal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget


class DialogService:
    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def critical(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def retry(self, parent: QWidget | None, title: str, text: str) -> bool:
        """An error that may pass (a failing server): True when Retry is chosen, False for Close."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text,
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close, parent)
        box.setObjectName("retryMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        return box.exec() == QMessageBox.StandardButton.Retry

    def conflict(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Someone else changed what the window showed: True when the user chose Reload."""
        box = conflict_box(parent, title, text)
        box.exec()
        return box.clickedButton() is box.findChild(QPushButton, "reloadButton")

    def open_file_name(self, parent: QWidget | None, title: str, file_filter: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return path or None

    def save_file_name(self, parent: QWidget | None, title: str, suggested: str = "",
                       file_filter: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None


def conflict_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The message box of `DialogService.conflict`: the sentence, Reload (default) and Close."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("conflictBox")
    reload = box.addButton(QCoreApplication.translate("DialogService", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload.setObjectName("reloadButton")
    box.setDefaultButton(reload)
    return box


@dataclass
class RecordingDialogService(DialogService):
    """For tests: records every message, answers questions with `answer` and retries with
    `retries`, picks `path`."""

    answer: bool = True
    path: str | None = None
    retries: list[bool] = field(default_factory=list)  # the answers to `retry`, in turn; then Close
    messages: list[tuple[str, str, str]] = field(default_factory=list)

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("information", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("warning", title, text))

    def critical(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("critical", title, text))

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append(("question", title, text))
        return self.answer

    def retry(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append(("retry", title, text))
        return self.retries.pop(0) if self.retries else False

    def conflict(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append(("conflict", title, text))
        return self.answer

    def open_file_name(self, parent: QWidget | None, title: str, file_filter: str = "") -> str | None:
        self.messages.append(("open", title, file_filter))
        return self.path

    def save_file_name(self, parent: QWidget | None, title: str, suggested: str = "",
                       file_filter: str = "") -> str | None:
        self.messages.append(("save", title, suggested))
        return self.path
