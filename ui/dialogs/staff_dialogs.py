"""The two small dialogs of the Staff users page (DESIGN.md §12): adding a staff user
(with, on the team database, their PostgreSQL login, created here when the signed-in
login has CREATEROLE) and changing a staff user's role.

Each hands one facade call to the page's `TaskRunner` (a GRANT on a busy server may
wait) and stays open, with its refusal's sentence, until the call succeeds. The
password of a new login is read from its field only when the call starts and is
never kept by the dialog.

Thread rule: GUI thread; the facade calls run in the runner passed in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.desk import Desk
from app.errors import DeskError
from app.languages import LANGUAGES
from app.views import StaffView
from ui.dialogs.base import DeskDialog
from ui.dialogs.settings_fields import add_row, line_edit, with_hint
from ui.labels import language_label, role_label
from ui.workers import TaskRunner

ROLES = ("staff", "manager", "administrator")


def role_combo(name: str, parent: QWidget, current: str = "staff") -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code in ROLES:
        combo.addItem(role_label(code), code)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class _StaffChangeDialog(DeskDialog):
    """A form whose action is one facade call in `runner`; accepted once it succeeds."""

    def __init__(self, desk: Desk, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.working = False
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)

    def finish_layout(self, action_text: str) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(action_text, destructive=False)
        self.button_box.accepted.connect(self.run)
        self.layout_.addWidget(self.button_box)

    def call(self) -> tuple[Any, ...] | None:
        """(facade method, *args) to run, or None when the form itself refuses (error shown)."""
        raise NotImplementedError

    def run(self) -> None:
        if self.working:
            return
        self.clear_error()
        call = self.call()
        if call is None:
            return
        self.working = True
        self.action_button.setEnabled(False)
        fn, *args = call
        self.runner.run(fn, *args, on_result=lambda _r: self._done(), on_error=self._refused)

    def _done(self) -> None:
        self.working = False
        self.action_button.setEnabled(True)
        if self.isVisible():
            self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.working = False
        self.action_button.setEnabled(True)
        if not isinstance(exc, DeskError):
            raise exc
        self.refused(exc)


class AddStaffDialog(_StaffChangeDialog):
    """Name, email, role and language; on PostgreSQL the person's database login, and,
    when `can_create_logins`, a choice to create it with a password."""

    def __init__(self, desk: Desk, runner: TaskRunner, *, can_create_logins: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("addStaffDialog")
        self.setWindowTitle(self.tr("Add staff user"))
        self.setMinimumWidth(520)
        self.added_name = ""
        self.name = line_edit("staffName", self)
        add_row(self.form, self.tr("&Name:"), self.name, self.tr("Name"))
        self.email = line_edit("staffEmail", self)
        add_row(self.form, self.tr("&Email:"), self.email, self.tr("Email"))
        self.role = role_combo("staffRole", self)
        add_row(self.form, self.tr("&Role:"), self.role, self.tr("Role"))
        self.language = QComboBox(self)
        self.language.setObjectName("staffLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        add_row(self.form, self.tr("&Language:"), self.language, self.tr("Language"))
        self.team = desk.dialect == "postgresql"
        self.db_login = line_edit("staffDbLogin", self)
        self.create_login = QCheckBox(self.tr("&Create the login on the server"), self)
        self.create_login.setObjectName("createLogin")
        self.password = line_edit("loginPassword", self)
        self.password_again = line_edit("loginPasswordAgain", self)
        if self.team:
            self._login_rows(can_create_logins)
        else:  # SQLite records no login: the fields stay out of the form and hidden
            for widget in (self.db_login, self.create_login, self.password, self.password_again):
                widget.hide()
        self.finish_layout(self.tr("Add staff user"))
        for edit in (self.name, self.email, self.db_login, self.password, self.password_again):
            edit.textEdited.connect(self.clear_error)

    def _login_rows(self, can_create_logins: bool) -> None:
        add_row(self.form, self.tr("Database &login:"), self.db_login, self.tr("Database login"), with_hint(
            self.db_login, "staffDbLoginHint",
            self.tr("The PostgreSQL login this person signs in with; it joins the group of their role.")))
        self.create_login.setAccessibleName(self.tr("Create the login on the server"))
        self.form.addRow("", self.create_login)
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        add_row(self.form, self.tr("&Password:"), self.password, self.tr("Password of the new login"))
        add_row(self.form, self.tr("Password a&gain:"), self.password_again,
                self.tr("Password of the new login, again"))
        if can_create_logins:
            self.create_login.toggled.connect(self._create_toggled)
        else:
            self.disable_with_reason(self.create_login, self.tr(
                "Your database login may not create logins (it needs CREATEROLE): give an existing login, "
                "created by the server's administrator."))

    def _create_toggled(self, on: bool) -> None:
        for edit in (self.password, self.password_again):
            edit.setEnabled(on)
            if not on:
                edit.clear()
        self.clear_error()

    def call(self) -> tuple[Any, ...] | None:
        login = self.db_login.text().strip() or None if self.team else None
        password = None
        if self.team and self.create_login.isChecked():
            password = self.password.text()  # never stripped: spaces may belong to it
            if not password:
                self.show_error(self.tr("Type the new login's password."))
                return None
            if password != self.password_again.text():
                self.show_error(self.tr("The two passwords differ; type the same password twice."))
                return None
        self.added_name = self.name.text().strip()
        name, email = self.name.text(), self.email.text().strip()
        role, language = self.role.currentData(), self.language.currentData()
        desk = self.desk

        def add() -> int:
            return desk.add_staff(name, email, role, language=language, db_login=login, login_password=password)
        return (add,)

    def _done(self) -> None:
        self.password.clear()
        self.password_again.clear()
        super()._done()


class ChangeRoleDialog(_StaffChangeDialog):
    """The staff user's new role; on the team database their login moves to its group."""

    def __init__(self, desk: Desk, runner: TaskRunner, person: StaffView, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("changeRoleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.setMinimumWidth(420)
        self.person = person
        who = QLabel(self.tr("{name} ({email})").format(name=person.name, email=person.email), self)
        who.setObjectName("changeRolePerson")
        self.form.addRow(self.tr("Staff user:"), who)
        self.role = role_combo("newRole", self, person.role)
        add_row(self.form, self.tr("New &role:"), self.role, self.tr("New role"))
        self.role.currentIndexChanged.connect(self.clear_error)
        self.finish_layout(self.tr("Change role"))

    def call(self) -> tuple[Any, ...] | None:
        return (self.desk.set_staff_role, self.person.id, self.role.currentData())
