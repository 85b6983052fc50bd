"""The Staff users page of the settings dialog (DESIGN.md §12): who may use this database,
with which role and, on the team database, which PostgreSQL login.

Administrators add staff users, change roles and deactivate people; each change is its
own transaction, made at once (not by the dialog's Save button), and the table is read
again after it. Everyone else sees the table read-only, the buttons disabled and saying
why (`Desk.permission("edit_staff")`). A refusal (the last administrator, an unknown
login, a grant the server refuses) is shown as its sentence under the table.

Thread rule: GUI thread; the list (`Desk.staff_page`) and every change run in the
dialog's `TaskRunner`, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.views import StaffPage, StaffView
from ui.dialog_service import DialogService
from ui.dialogs.base import NoticeBox
from ui.dialogs.staff_dialogs import AddStaffDialog, ChangeRoleDialog
from ui.labels import role_label
from ui.refusals import describe, sentence
from ui.workers import TaskRunner


class StaffSection(QWidget):
    """The table of staff users and, for an administrator, the buttons that change them.
    `loaded` is emitted each time the table has been (re)filled."""

    loaded = Signal()

    def __init__(self, desk: Desk, runner: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffSection")
        self.desk = desk
        self.runner = runner
        self.dialogs = dialogs
        self.team = desk.dialect == "postgresql"
        self.page = StaffPage((), False)
        self.edit_refusal = desk.permission("edit_staff")
        self.can_edit = self.edit_refusal is None
        self.open_dialog: AddStaffDialog | ChangeRoleDialog | None = None  # the one on screen, for tests
        self.feedback = ""  # what the last change did, in a sentence

        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(), self)
        intro.setObjectName("staffIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = self._button("addStaffButton", self.tr("&Add staff user…"), self.add_staff)
        self.role_button = self._button("changeRoleButton", self.tr("Change &role…"), self.change_role)
        self.deactivate_button = self._button("deactivateStaffButton", self.tr("&Deactivate…"), self.deactivate)
        for button in (self.add_button, self.role_button, self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("staffStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxCritical, "staffError", self)
        self.error_box.hide()
        layout.addWidget(self.error_box)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _intro(self) -> str:
        text = self.tr("Changes here are made at once, each on its own; Save settings is not needed.")
        if self.team:
            return text + " " + self.tr("Each person signs in with their own database login, which the server "
                                        "makes a member of their role's group.")
        return text + " " + self.tr("On this file nobody signs in: a script or the command line chooses the "
                                    "staff user who acts with user= or --user (README, Scripting).")

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Name"), self.tr("Email"), self.tr("Role")]
        if self.team:
            headers.append(self.tr("Database login"))
        headers.append(self.tr("Status"))
        table = QTableWidget(0, len(headers), self)
        table.setObjectName("staffTable")
        table.setAccessibleName(self.tr("Staff users"))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the staff users in the runner; the table follows when they arrive."""
        self.runner.run(self.desk.staff_page, on_result=self._show, on_error=self._failed)

    def _show(self, page: StaffPage) -> None:
        selected = self.selected()
        self.page = page
        self.table.setRowCount(len(page.users))
        for row, person in enumerate(page.users):
            cells = [person.name, person.email, role_label(person.role)]
            if self.team:
                cells.append(person.db_login or "—")
            cells.append(self.tr("Active") if person.active else self.tr("Deactivated"))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
            if selected is not None and person.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DeskError):
            raise exc
        self.show_error(describe(exc, self.locale()))

    def selected(self) -> StaffView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.page.users):
            return None
        return self.page.users[rows[0].row()]

    def select(self, email: str) -> None:
        for row, person in enumerate(self.page.users):
            if person.email == email:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        if not self.can_edit:
            reason = sentence(self.edit_refusal, self.locale())
            for button in (self.add_button, self.role_button, self.deactivate_button):
                button.setEnabled(False)
                button.setToolTip(reason)
            return
        person = self.selected()
        self.add_button.setEnabled(True)
        for button in (self.role_button, self.deactivate_button):
            on = person is not None and person.active
            button.setEnabled(on)
            button.setToolTip("" if on else self.tr("Select an active staff user first."))

    # --- changes -----------------------------------------------------------------------
    def add_staff(self) -> None:
        if not self.can_edit:
            return
        self.clear_error()
        dialog = AddStaffDialog(self.desk, self.runner, can_create_logins=self.page.can_create_logins, parent=self)
        dialog.accepted.connect(lambda: self._changed(self.tr("{name} was added.").format(name=dialog.added_name)))
        self._open(dialog)

    def change_role(self) -> None:
        person = self.selected()
        if not self.can_edit or person is None or not person.active:
            return
        self.clear_error()
        dialog = ChangeRoleDialog(self.desk, self.runner, person, self)
        dialog.accepted.connect(lambda: self._changed(self.tr("{name} is now {role}.").format(
            name=person.name, role=role_label(dialog.role.currentData()))))
        self._open(dialog)

    def _open(self, dialog: AddStaffDialog | ChangeRoleDialog) -> None:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: AddStaffDialog | ChangeRoleDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    def deactivate(self) -> None:
        person = self.selected()
        if not self.can_edit or person is None or not person.active:
            return
        self.clear_error()
        text = self.tr("Deactivate {name}? They can no longer use Account Desk; their past work keeps "
                       "their name.").format(name=person.name)
        if self.team and person.db_login:
            text += " " + self.tr("Their database login {login} loses its Account Desk rights.").format(
                login=person.db_login)
        if not self.dialogs.question(self, self.tr("Deactivate staff user"), text):
            return
        self.deactivate_button.setEnabled(False)
        self.runner.run(self.desk.deactivate_staff, person.id,
                        on_result=lambda _none: self._changed(self.tr("{name} was deactivated.").format(
                            name=person.name)),
                        on_error=self._refused)

    def _changed(self, feedback: str) -> None:
        self.feedback = feedback
        self.status.setText(feedback)
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self._update_buttons()
        self._failed(exc)

    def show_error(self, text: str) -> None:
        self.error_box.set_text(text)
        self.error_box.show()

    def clear_error(self) -> None:
        self.error_box.set_text("")
        self.error_box.hide()
