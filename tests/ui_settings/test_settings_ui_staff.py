"""The Staff users page of the settings dialog (DESIGN.md §12; issue 11): administrators add
staff users, change roles and deactivate people, each at once and read back in the
dialog's runner; refusals are shown as their sentence; anyone else sees the table
read-only and is told why. SQLite files here; the team database at the end (postgres).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from desk_fixtures import PG_URL, reset_postgres
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit
from sqlalchemy.engine import make_url
from team_logins import Logins, member_of

from app.desk import Desk
from ui.dialog_service import RecordingDialogService
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.staff_section import StaffSection

WAIT = 5000


def open_section(qtbot, desk: Desk, dialogs: RecordingDialogService | None = None) -> StaffSection:
    dialog = SettingsDialog(desk, dialogs=dialogs or RecordingDialogService())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.staff_section)
    section = dialog.staff_section
    qtbot.waitUntil(lambda: section.table.rowCount() == len(desk.staff()), timeout=WAIT)
    return section


def rows(section: StaffSection) -> list[list[str]]:
    table = section.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def fill(dialog, **values: str) -> None:
    for name, value in values.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.setText(value)


def choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def add_through_the_dialog(qtbot, section: StaffSection, role: str = "manager", **values: str):
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.open_dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, **values)
    choose(dialog.role, role)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    return dialog


def test_an_administrator_adds_a_staff_user_who_appears_in_the_table(qtbot, desk):
    section = open_section(qtbot, desk)
    assert section.table.columnCount() == 4  # no database login column on a SQLite file
    assert "--user" in section.findChild(QLabel, "staffIntro").text()
    dialog = add_through_the_dialog(qtbot, section, staffName="Ana Martins", staffEmail="ana@example.com")
    assert dialog.findChild(QLineEdit, "staffDbLogin").isHidden()
    qtbot.waitUntil(lambda: section.table.rowCount() == 2, timeout=WAIT)

    assert ["Ana Martins", "ana@example.com", "Manager", "Active"] in rows(section)
    assert [(s.name, s.role) for s in desk.staff() if s.email == "ana@example.com"] == [("Ana Martins", "manager")]
    assert "Ana Martins" in section.status.text()


def test_a_refused_addition_shows_its_sentence_in_the_dialog_which_stays_open(qtbot, desk):
    desk.add_staff("Ana", "ana@example.com", "staff")
    section = open_section(qtbot, desk)
    dialog = add_through_the_dialog(qtbot, section, staffName="Other", staffEmail="ana@example.com")
    qtbot.waitUntil(lambda: dialog.error_box.isVisible(), timeout=WAIT)
    assert "already exists" in dialog.error_label.text() and dialog.isVisible()
    assert len(desk.staff()) == 2


def test_an_administrator_changes_a_role(qtbot, desk):
    desk.add_staff("Sam", "sam@example.com", "staff")
    section = open_section(qtbot, desk)
    assert not section.role_button.isEnabled()  # nobody selected yet
    section.select("sam@example.com")
    qtbot.mouseClick(section.role_button, Qt.MouseButton.LeftButton)
    dialog = section.open_dialog
    choose(dialog.role, "administrator")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ["Sam", "sam@example.com", "Administrator", "Active"] in rows(section), timeout=WAIT)
    assert [s.role for s in desk.staff() if s.email == "sam@example.com"] == ["administrator"]


def test_an_administrator_deactivates_after_a_confirmation_that_says_access_ends(qtbot, desk):
    desk.add_staff("Sam", "sam@example.com", "staff")
    dialogs = RecordingDialogService(answer=False)
    section = open_section(qtbot, desk, dialogs)
    section.select("sam@example.com")
    qtbot.mouseClick(section.deactivate_button, Qt.MouseButton.LeftButton)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "question" and "Sam" in text and "no longer use Account Desk" in text
    assert all(s.active for s in desk.staff())  # "No" changes nothing

    dialogs.answer = True
    qtbot.mouseClick(section.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ["Sam", "sam@example.com", "Account manager", "Deactivated"] in rows(section),
                    timeout=WAIT)
    assert [s.active for s in desk.staff() if s.email == "sam@example.com"] == [False]
    section.select("sam@example.com")
    assert not section.deactivate_button.isEnabled() and not section.role_button.isEnabled()


def test_the_last_administrator_cannot_be_deactivated_and_the_sentence_shows(qtbot, desk):
    section = open_section(qtbot, desk)
    section.select(desk.me().email)
    qtbot.mouseClick(section.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.error_box.isVisible(), timeout=WAIT)
    assert "last active administrator" in section.error_box.text.text()
    assert desk.me().email in [s.email for s in desk.staff() if s.active]


@pytest.fixture
def staff_desk(desk: Desk, db_url: str) -> Iterator[Desk]:
    desk.add_staff("Sam", "sam@example.com", "staff")
    opened = Desk.open(db_url, user="sam@example.com")
    yield opened
    opened.close()


def test_a_staff_user_sees_the_table_read_only_with_the_reason(qtbot, staff_desk):
    section = open_section(qtbot, staff_desk)
    assert len(rows(section)) == 2
    section.select("sam@example.com")
    for button in (section.add_button, section.role_button, section.deactivate_button):
        assert not button.isEnabled() and "administrator" in button.toolTip().lower()
    section.add_staff()
    section.deactivate()
    assert section.open_dialog is None and all(s.active for s in staff_desk.staff())


# --- the team database ------------------------------------------------------------------
@pytest.fixture
def pg_admin() -> Iterator[Desk]:
    reset_postgres()
    desk = Desk.open(PG_URL)
    yield desk
    desk.close()


@pytest.fixture
def logins(pg_admin: Desk) -> Iterator[Logins]:
    made = Logins()
    yield made
    pg_admin.close()
    reset_postgres()
    made.drop_all()


@pytest.mark.postgres
def test_on_postgres_an_added_login_becomes_a_member_of_its_group(qtbot, pg_admin, logins):
    login = logins.create("ui")
    section = open_section(qtbot, pg_admin)
    assert section.table.columnCount() == 5
    add_through_the_dialog(qtbot, section, staffName="Nia", staffEmail="nia@team.test",
                           staffDbLogin=login)
    qtbot.waitUntil(lambda: ["Nia", "nia@team.test", "Manager", login, "Active"] in rows(section), timeout=WAIT)
    assert section.open_dialog is None and member_of(login) == {"accountdesk_manager"}


@pytest.mark.postgres
def test_on_postgres_an_unknown_login_is_refused_in_the_dialog(qtbot, pg_admin, logins):
    missing = logins.name("missing")
    section = open_section(qtbot, pg_admin)
    dialog = add_through_the_dialog(qtbot, section, staffName="Nia", staffEmail="nia@team.test", staffDbLogin=missing)
    qtbot.waitUntil(lambda: dialog.error_box.isVisible(), timeout=WAIT)
    assert f"no database login {missing}" in dialog.error_label.text()


@pytest.mark.postgres
def test_on_postgres_an_administrator_creates_the_login_with_the_staff_user(qtbot, pg_admin, logins):
    login = logins.name("made")
    section = open_section(qtbot, pg_admin)  # the test server's superuser may create roles
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.open_dialog
    create = dialog.findChild(QCheckBox, "createLogin")
    assert create.isEnabled()
    create.setChecked(True)
    fill(dialog, staffName="Made", staffEmail="made@team.test", staffDbLogin=login, loginPassword="s3cret pass",
         loginPasswordAgain="other")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error_label.text()  # refused by the dialog, nothing asked of the server
    fill(dialog, loginPasswordAgain="s3cret pass")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(login in row for row in rows(section)), timeout=WAIT)
    assert member_of(login) == {"accountdesk_staff"}


@pytest.mark.postgres
def test_on_postgres_a_login_without_createrole_cannot_choose_to_create_one(qtbot, pg_admin, logins):
    plain = logins.create("plain")
    pg_admin.add_staff("Plain", "plain@team.test", "administrator", db_login=plain)
    desk = Desk.open(make_url(PG_URL).set(username=plain).render_as_string(hide_password=False))
    try:
        section = open_section(qtbot, desk)
        section.add_staff()
        create = section.open_dialog.findChild(QCheckBox, "createLogin")
        assert not create.isEnabled() and "CREATEROLE" in create.toolTip()
        section.open_dialog.reject()
    finally:
        desk.close()


def test_leaving_with_close_after_a_staff_change_still_counts_as_a_change(qtbot, desk):
    desk.add_staff("Sam", "sam@example.com", "staff")
    section = open_section(qtbot, desk)
    dialog = section.window()
    section.select("sam@example.com")
    qtbot.mouseClick(section.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Deactivated" in [row[-1] for row in rows(section)], timeout=WAIT)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT) as finished:
        dialog.reject()
    assert finished.args == [QDialog.DialogCode.Accepted.value] and "Sam" in dialog.feedback
