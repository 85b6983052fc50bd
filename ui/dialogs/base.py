"""The base every Account Desk dialog shares (STYLE.md, Qt; DESIGN.md §13).

`DeskDialog` is modal, rejects on Esc (QDialog's own key handling, never overridden
here), remembers its geometry per dialog class, builds a platform-ordered button box
whose action button carries its verb, and has a word-wrapped error line for refusals.
A destructive dialog makes Cancel its default button, so Enter never confirms by
accident.

Thread rule: GUI thread only, like every widget.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, DeskError
from ui.i18n import _t
from ui.refusals import describe
from ui.settings_store import APPLICATION, ORGANIZATION
from ui.way_out import Destination, take, way_out_of

_ICON_SIZE = 32


def dialog_settings() -> QSettings:
    """The per-user store of remembered window state (tests redirect it with QSettings.setPath)."""
    return QSettings(ORGANIZATION, APPLICATION)


def value_label(name: str, parent: QWidget, text: str = "") -> QLabel:
    """A selectable, word-wrapped plain-text value, named for tests and accessibility."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NoticeBox(QFrame):
    """A standard icon beside a word-wrapped sentence: meaning is never carried by colour alone."""

    def __init__(self, icon: QStyle.StandardPixmap, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(object_name + "Box")
        layout = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.icon.setObjectName(object_name + "Icon")
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(_ICON_SIZE, _ICON_SIZE))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName(object_name)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room under the sentence for a button that acts on it (e.g. revoking a cancellation).
        self.text_column = QVBoxLayout()
        self.text_column.addWidget(self.text)
        layout.addWidget(self.icon)
        layout.addLayout(self.text_column, 1)

        self.way_out_button: QPushButton | None = None  # the link to a refusal's way out, once needed
        self.destination: Destination | None = None

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        if self.way_out_button is not None:
            self.way_out_button.hide()

    def set_refusal(self, refusal: BaseException | None, client_id: int | None,
                    locale: QLocale | None = None) -> None:
        """Shows a refusal's sentence and, when the window has the place that resolves it
        (ui/way_out.py), a link there under it, for `client_id`: every dialog shows its
        refusals this way, so every one links to its way out."""
        self.set_text(describe(refusal, locale) if refusal is not None else "")
        way = way_out_of(refusal)
        if way is None or client_id is None or not isinstance(refusal, DeskError):
            return
        self.destination = Destination(client_id, refusal.code, dict(refusal.params))
        if self.way_out_button is None:
            self.way_out_button = QPushButton(self)
            self.way_out_button.setObjectName("wayOutButton")
            self.way_out_button.setAutoDefault(False)  # Enter never leaves by the link
            self.way_out_button.clicked.connect(lambda: take(self, self.destination))
            self.text_column.addWidget(self.way_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        button = self.way_out_button
        button.setText(way.link())
        button.setAccessibleName(way.link())
        button.setToolTip(_t("WayOut", "Closes this window without changing anything and shows the client's "
                                       "record where the refusal is resolved"))
        button.show()


class RememberedGeometry:
    """Restores a window's geometry, per class, on its first show; saves it when it finishes.
    Shared by `DeskDialog` and the wizards (ui/dialogs/wizard_base.py)."""

    GEOMETRY_GROUP = "dialogs"
    _geometry_restored = False

    def geometry_key(self) -> str:
        return f"{self.GEOMETRY_GROUP}/{type(self).__name__}/geometry"

    def restore_geometry_once(self) -> bool:
        """True the first time (the geometry was just restored, if any was saved)."""
        if self._geometry_restored:
            return False
        self._geometry_restored = True
        saved = dialog_settings().value(self.geometry_key())
        if saved:
            # An unreadable value is ignored by Qt: the default size stands.
            self.restoreGeometry(saved)  # type: ignore[attr-defined]
        return True

    def save_geometry(self) -> None:
        if self._geometry_restored:  # never shown: nothing worth remembering
            dialog_settings().setValue(self.geometry_key(), self.saveGeometry())  # type: ignore[attr-defined]


class DeskDialog(RememberedGeometry, QDialog):
    """Modal dialog with remembered geometry, Esc = reject, and an error line.

    Subclasses build their layout, then put `self.error_box` and the button box from
    `make_button_box` at its bottom. Geometry is restored on the first show and saved
    whenever the dialog finishes (accept, reject, Esc or the window's close button).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.error_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxCritical, "errorLabel", self)
        self.error_label = self.error_box.text
        self.error_box.hide()
        self.conflict: Conflict | None = None  # the Conflict that closed it (`refused`)
        # The client the dialog is about, set by the dialog: a refusal's link goes to its record.
        self.client_id: int | None = None

    # --- geometry ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        if self.restore_geometry_once():
            self.fit_height()
        super().showEvent(event)

    def fit_height(self, *, grow_only: bool = False) -> None:
        """Keeps the remembered position and width, and gives the content the height it needs
        at that width: the same dialog is taller or shorter from one record to the next (a
        refusal instead of a form), and nothing in it scrolls, so a remembered height would
        only leave an empty band or squeeze the text. Qt's minimum size of a window ignores
        the height-for-width of word-wrapped labels, hence the explicit computation."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalMinimumSize().height())
        if not grow_only or height > self.height():
            self.resize(self.width(), height)

    def done(self, result: int) -> None:  # every way out: accept, reject, Esc, the close button
        self.save_geometry()
        super().done(result)

    # --- buttons ---------------------------------------------------------------------
    def make_button_box(self, action_text: str, *, destructive: bool,
                        reject_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
                        keep_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:
        """A button box in the platform's order: the action button labelled with its verb and a
        Cancel (or Close) button. `accepted` is the action, `rejected` rejects the dialog.

        For a destructive action Cancel is the default (and the only auto-default) button,
        so Enter, like Esc, leaves without changing anything.
        """
        box = QDialogButtonBox(self)
        box.setObjectName("buttonBox")
        action = box.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        action.setObjectName("actionButton")
        action.setAccessibleName(action_text)
        # A destructive dialog's way out says what it keeps ("Keep subscription"): "Cancel"
        # beside "Cancel subscription" meant two things (issue 10).
        cancel = box.addButton(keep_text, QDialogButtonBox.ButtonRole.RejectRole) if keep_text \
            else box.addButton(reject_button)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        if destructive:
            action.setAutoDefault(False)
            action.setDefault(False)
            cancel.setAutoDefault(True)
            cancel.setDefault(True)
        else:
            action.setDefault(True)
        box.rejected.connect(self.reject)
        return box, action

    @staticmethod
    def disable_with_reason(widget: QWidget, reason: str) -> None:
        """Disables `widget` and says why in its tooltip (DESIGN.md §13)."""
        widget.setEnabled(False)
        widget.setToolTip(reason)

    # --- refusals --------------------------------------------------------------------
    def refused(self, exc: DeskError) -> None:
        """A refusal of the action: shown in the dialog, which stays open; a Conflict (someone
        changed what the dialog shows) closes it instead, for its opener to say who and to
        offer Reload (`conflict` holds it)."""
        if isinstance(exc, Conflict):
            self.conflict = exc
            self.reject()
            return
        self.show_refusal(exc)

    def show_error(self, sentence: str) -> None:
        """Shows a refusal (a DeskError's sentence) and keeps the dialog open."""
        self.error_box.set_text(sentence)
        self.error_box.show()
        self.fit_height(grow_only=True)

    def show_refusal(self, refusal: BaseException) -> None:
        """Shows a refusal raised on confirming, with its way out (for `client_id`) when the
        window has one."""
        self.error_box.set_refusal(refusal, self.client_id, self.locale())
        self.error_box.show()
        self.fit_height(grow_only=True)

    def clear_error(self) -> None:
        self.error_box.set_text("")
        self.error_box.hide()
