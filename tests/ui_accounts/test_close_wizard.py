"""The close-account wizard (§9) and "Cancel all at renewal", with real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.dialogs.cancel_all import CancelAllDialog
from ui.dialogs.close_account import CloseAccountCommand, CloseAccountWizard, ClosePage


def _wizard(qtbot, desk, client):
    wizard = CloseAccountWizard(desk, desk.account_form(client))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_contact_who_is_not_the_primary_admin_is_refused(qtbot, desk, clients):
    wizard = _wizard(qtbot, desk, clients.acme)
    combo = wizard.requester_page.contact
    combo.setCurrentIndex(combo.findData(clients.bob))
    wizard.next()
    assert wizard.currentId() == ClosePage.REQUESTER
    assert wizard.requester_page.error_box.isVisible()
    assert "Bob Stone is not the primary admin of Acme Ltd" in wizard.requester_page.error_box.text.text()
    combo.setCurrentIndex(combo.findData(clients.owner))
    wizard.next()
    assert wizard.currentId() == ClosePage.SESSION


def test_the_whole_path_hands_one_command_and_closes(qtbot, desk, clients):
    wizard = _wizard(qtbot, desk, clients.acme)
    wizard.next()
    wizard.session_page.scheduled.setChecked(True)
    wizard.next()
    wizard.reason_page.details.setPlainText("Budget cut")
    wizard.next()
    wizard.next()  # no deactivation: straight to the summary
    assert wizard.currentId() == ClosePage.SUMMARY
    assert "29 October 2026" in wizard.summary_page.summary.text()
    command = wizard.command()
    assert command == CloseAccountCommand(clients.acme, clients.owner, "Too expensive: Budget cut",
                                          date(2026, 10, 22), False, None,
                                          expected_version=desk.client(clients.acme).version)
    wizard.accept()
    qtbot.waitUntil(lambda: desk.client(clients.acme).status == "closing", timeout=5000)
    qtbot.waitUntil(lambda: wizard.result() == wizard.DialogCode.Accepted, timeout=5000)


def test_deactivate_when_ended_goes_through_the_typed_name_page(qtbot, desk, clients):
    wizard = _wizard(qtbot, desk, clients.acme)
    for _ in range(3):
        wizard.next()
    wizard.deactivate_page.deactivate.setChecked(True)
    wizard.next()
    assert wizard.currentId() == ClosePage.TYPED_NAME
    assert not wizard.typed_name_page.isComplete()
    qtbot.keyClicks(wizard.typed_name_page.confirmation.field, "Acme Ltd")
    assert wizard.typed_name_page.isComplete()
    wizard.next()
    assert "deactivation checks run again" in wizard.summary_page.summary.text()
    assert wizard.command().confirm_name == "Acme Ltd"


def test_a_trial_gets_a_page_explaining_why_and_can_be_converted(qtbot, desk, clients):
    wizard = _wizard(qtbot, desk, clients.trial)
    assert wizard.currentId() == ClosePage.NOT_HERE
    assert "30 November 2026 and is never billed unless converted" in wizard.currentPage().explanation.text.text()
    qtbot.mouseClick(wizard.currentPage().convert_button, Qt.MouseButton.LeftButton)
    assert desk.client(clients.trial).kind == "direct"
    assert "now a paying account" in wizard.currentPage().explanation.text.text()


def test_a_resold_account_names_its_reseller(qtbot, desk, clients):
    wizard = _wizard(qtbot, desk, clients.resold)
    assert wizard.currentId() == ClosePage.NOT_HERE
    assert "Partner Reseller SA" in wizard.currentPage().explanation.text.text()
    assert wizard.currentPage().convert_button is None
    wizard.accept()
    assert desk.client(clients.resold).status == "active"  # nothing changed


def test_cancel_all_states_each_date_then_cancels(qtbot, desk, clients):
    dialog = CancelAllDialog(desk, desk.cancel_all_form(clients.acme))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert "29 October 2026" in dialog.table.item(0, 2).text()
    assert "28 February 2027" in dialog.table.item(1, 2).text()
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert desk.subscription(clients.team).access_end == date(2026, 10, 29)
    assert desk.subscription(clients.yearly).status == "cancelling"
    assert set(dialog.results) == {clients.team, clients.yearly}


def test_cancel_all_is_disabled_with_the_reason(qtbot, desk, clients):
    desk.add_contact(clients.acme, "Carl", "carl@example.com", seat=True)
    desk.add_contact(clients.acme, "Dora", "dora@example.com", seat=True)
    dialog = CancelAllDialog(desk, desk.cancel_all_form(clients.acme))
    qtbot.addWidget(dialog)
    assert not dialog.action_button.isEnabled()
    assert "3 active paid seats" in dialog.action_button.toolTip()
