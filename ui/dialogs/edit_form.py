"""The base of the small edit dialogs (a contact, a client's details; issue 10): a header
naming the client and its account number, a form of fields, one action button.

Saving is one facade write run in the window's worker (`submit`); a refusal is shown in
the dialog, which stays open with what was typed; once done the dialog is accepted with
its `feedback` sentence and its `undo`, which the window shows in the status bar
(`ui.changes`). Small reversible steps: no confirmation (DESIGN.md §13).

Thread rule: GUI thread; the write runs in a worker and touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import DeskError
from app.languages import LANGUAGES
from ui.changes import Undo
from ui.dialogs.base import DeskDialog, value_label
from ui.labels import language_label
from ui.workers import TaskRunner


class EditFormDialog(DeskDialog):
    def __init__(self, runner: TaskRunner, title: str, header: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.feedback = ""
        self.undo: Undo | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(value_label("clientLabel", self, header))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)

    # --- building ----------------------------------------------------------------------
    def add_row(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def line(self, name: str, text: str, accessible: str, value: str | None, limit: int) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(limit)
        edit.textEdited.connect(lambda _text: self.clear_error())
        self.add_row(text, edit)
        return edit

    def combo(self, name: str, text: str, accessible: str, items: list[tuple[str, Any]], current: Any) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        for label, data in items:
            box.addItem(label, data)
        box.setCurrentIndex(max(0, box.findData(current)))
        self.add_row(text, box)
        return box

    @staticmethod
    def language_items() -> list[tuple[str, Any]]:
        return [(language_label(code), code) for code in LANGUAGES]

    def finish(self, action_text: str) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(action_text, destructive=False)
        self.button_box.accepted.connect(self.save)
        layout.addWidget(self.button_box)

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        """Subclasses call `submit` with their write."""
        raise NotImplementedError

    def submit(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Runs `call` in the worker; `done(result)` sets `feedback` and `undo`, then the dialog is accepted."""
        self.clear_error()
        self.action_button.setEnabled(False)

        def finished(result: Any) -> None:
            done(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.action_button.setEnabled(True)
            if not isinstance(exc, DeskError):
                raise exc
            self.show_refusal(exc)

        self.runner.run(call, on_result=finished, on_error=failed)


def typed(edit: QLineEdit) -> str | None:
    """What a field holds, None when empty (the facade clears an optional value with None)."""
    return edit.text().strip() or None
