"""The typed-name confirmation every deletion asks for (DESIGN.md §8–§10, §13).

`TypedNameConfirmation` is a warning (icon and words, never colour alone), an optional
list of what will be deleted, and a line edit. `matches` is true only when the text is
the client's name exactly (`app.confirmation.confirms_name`: same letters, case and
spaces), and `changed` fires on every edit so the owner enables its button.

Used by the deletion dialogs and, wrapped in `TypedNamePage`, by the wizards.
Thread rule: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QVBoxLayout, QWidget

from app.confirmation import confirms_name
from ui.dialogs.base import NoticeBox, value_label


class TypedNameConfirmation(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedNameConfirmation")
        self.expected = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.warning = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "irreversibleWarning", self)
        layout.addWidget(self.warning)
        self.summary = value_label("deletionSummary", self)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("confirmNamePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setText(self.tr("To confirm, type the client's name exactly as shown: {name}").format(name=name))
        layout.addWidget(self.prompt)
        self.field = QLineEdit(self)
        self.field.setObjectName("confirmName")
        self.field.setAccessibleName(self.tr("Client's name, typed to confirm"))
        self.field.setPlaceholderText(name)
        self.prompt.setBuddy(self.field)
        self.field.textChanged.connect(lambda _text: self.changed.emit())
        layout.addWidget(self.field)

    def set_warning(self, sentence: str) -> None:
        self.warning.set_text(sentence)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    @property
    def typed(self) -> str:
        return self.field.text()

    @property
    def matches(self) -> bool:
        return confirms_name(self.field.text(), self.expected)
