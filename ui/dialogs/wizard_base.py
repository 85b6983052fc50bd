"""The base of the close, pause and deactivation wizards (STYLE.md, Qt; DESIGN.md §13).

`DeskWizard` shares with `DeskDialog` the remembered geometry, the error line (each
`DeskWizardPage` has one under its content), Esc = cancel, and the destructive-button
rules: on a page marked destructive the Finish button carries the verb and Cancel is
the default button, so Enter never deletes by accident.

Page ids are an `IntEnum` of the subclass. Pages validate in `validatePage`; mandatory
fields are registered fields. On Finish the wizard builds ONE frozen command object
(`command()`) and hands it to `submit`, which runs in a worker (`TaskRunner`); the
wizard accepts when it succeeds and shows the refusal on the current page when it is
refused, staying open. Nothing reaches the facade before Finish.

Thread rule: GUI thread only; `submit` runs on a worker thread and must not touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStyle, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.errors import Conflict, DeskError
from ui.dialogs.base import NoticeBox, RememberedGeometry
from ui.dialogs.typed_name import TypedNameConfirmation
from ui.workers import TaskRunner


class DeskWizardPage(QWizardPage):
    """A page with a body layout for its content and an error line under it."""

    def __init__(self, parent: QWidget | None = None, *, destructive: bool = False) -> None:
        super().__init__(parent)
        self.destructive = destructive
        outer = QVBoxLayout(self)
        self.body = QVBoxLayout()
        outer.addLayout(self.body)
        outer.addStretch(1)
        self.error_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxCritical, "errorLabel", self)
        self.error_box.hide()
        outer.addWidget(self.error_box)

    def show_error(self, sentence: str) -> None:
        self.error_box.set_text(sentence)
        self.error_box.show()

    def clear_error(self) -> None:
        self.error_box.set_text("")
        self.error_box.hide()

    def validatePage(self) -> bool:  # Qt override: a page that refuses says why and stays
        self.clear_error()
        refusal = self.refusal()
        if refusal:
            self.show_error(refusal)
            return False
        return True

    def refusal(self) -> str | None:
        """Why the user may not leave this page forward, or None. Subclasses override."""
        return None


class TypedNamePage(DeskWizardPage):
    """The confirm-by-typed-name page: an irreversible warning, what will be deleted, and
    the client's name typed exactly. Registered field ``confirm_name``; the page is
    complete only on the exact name. Destructive: Cancel is the default button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, destructive=True)
        self.setObjectName("typedNamePage")
        self.confirmation = TypedNameConfirmation(name, self)
        self.body.addWidget(self.confirmation)
        self.registerField("confirm_name", self.confirmation.field)
        self.confirmation.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # Qt override
        return self.confirmation.matches


class DeskWizard(RememberedGeometry, QWizard):
    """Modal wizard; see the module docstring. Subclasses add pages with their IntEnum
    ids, override `command()`, and pass `submit(command) -> result` (run in a worker)."""

    def __init__(self, submit: Callable[[Any], Any], parent: QWidget | None = None, *,
                 action_text: str = "", runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # The default button is chosen per page (destructive pages default to Cancel).
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._submit = submit
        self._runner = runner or TaskRunner(self, threads=1)
        self.submitting = False
        self.result_value: Any = None
        self.conflict: Conflict | None = None  # the Conflict that closed it, for its opener
        self.client_id: int | None = None  # the client it is about, set by the wizard: refusals link to its record
        if action_text:
            self.setButtonText(QWizard.WizardButton.FinishButton, action_text)
        self.currentIdChanged.connect(self._page_shown)

    # --- geometry (as DeskDialog) ----------------------------------------------------
    GEOMETRY_GROUP = "wizards"

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.restore_geometry_once()
        super().showEvent(event)

    def done(self, result: int) -> None:  # every way out
        self.save_geometry()
        super().done(result)

    # --- destructive pages -------------------------------------------------------------
    def _page_shown(self, _page_id: int) -> None:
        page = self.currentPage()
        destructive = bool(getattr(page, "destructive", False))
        cancel = self.button(QWizard.WizardButton.CancelButton)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            button.setDefault(not destructive and button.isVisible())
            button.setAutoDefault(not destructive)
        cancel.setDefault(destructive)
        cancel.setAutoDefault(destructive)
        if destructive:
            cancel.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the command ---------------------------------------------------------------
    def command(self) -> Any:
        """The frozen command object the accepted wizard hands to `submit`."""
        raise NotImplementedError

    def accept(self) -> None:  # Qt override: Finish runs the command first
        if self.submitting:
            return
        page = self.currentPage()
        if isinstance(page, DeskWizardPage):
            page.clear_error()
        command = self.command()
        self.submitting = True
        self._set_buttons_enabled(False)
        self._runner.run(self._submit, command, on_result=self._submitted, on_error=self._refused)

    def _submitted(self, result: Any) -> None:
        self.submitting = False
        self._set_buttons_enabled(True)
        self.result_value = result
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.submitting = False
        self._set_buttons_enabled(True)
        if not isinstance(exc, DeskError):
            raise exc
        if isinstance(exc, Conflict):  # closes; the opener says who changed it (ui/conflicts.py)
            self.conflict = exc
            self.reject()
            return
        page = self.currentPage()
        if isinstance(page, DeskWizardPage):
            # With its way out when the window has one (ui/way_out.py), for the wizard's client.
            page.error_box.set_refusal(exc, self.client_id, self.locale())
            page.error_box.show()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)
