"""The deactivation checklist, the irreversible-action dialog and the pending page
(DESIGN.md §10, §13), with real widgets over a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from ui.dialog_service import RecordingDialogService
from ui.dialogs.deactivate_checklist import ChecklistResult, DeactivateChecklistDialog
from ui.dialogs.deactivate_confirm import DeactivateConfirmDialog
from ui.pending_deactivations_page import PendingDeactivationsPage

NAME = "Harbour & Sons"  # the client of conftest.py


def _confirm_dialog(qtbot, desk, client):
    form = desk.deactivation_form(client.id)
    dialog = DeactivateConfirmDialog(desk, form, ChecklistResult(client.id, "Closing the business", client.owner,
                                                                 "skipped"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, dialog.findChild(QLineEdit, "confirmName"), dialog.findChild(QPushButton, "confirmDeactivation")


@pytest.mark.parametrize("typed", [NAME + " ", NAME.lower(), NAME.upper(), "Harbour & Son", "Harbour &  Sons",
                                   " " + NAME, "Harbour and Sons"])
def test_deactivate_stays_disabled_until_the_exact_name(qtbot, desk, harbour, typed):
    dialog, field, button = _confirm_dialog(qtbot, desk, harbour)
    assert not button.isEnabled()
    qtbot.keyClicks(field, typed)
    assert field.text() == typed
    assert not button.isEnabled()
    field.clear()
    qtbot.keyClicks(field, NAME)
    assert button.isEnabled()


def test_cancel_is_the_default_and_escape_cancels(qtbot, desk, harbour):
    dialog, field, button = _confirm_dialog(qtbot, desk, harbour)
    qtbot.keyClicks(field, NAME)
    assert dialog.findChild(QPushButton, "cancelButton").isDefault() and not button.isDefault()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert desk.client(harbour.id).status == "expired"


def test_warning_names_the_purge_date_window_and_counts(qtbot, desk, harbour):
    dialog, field, button = _confirm_dialog(qtbot, desk, harbour)
    text = dialog.confirmation.warning.text.text()
    assert "cannot be undone once the purge date has passed" in text and "13 November 2026" in text
    assert "14 days" in text
    summary = dialog.confirmation.summary.text()
    # "&" in a buddy label is a mnemonic marker: doubled, it shows as the "&" the user must type
    assert "Harbour && Sons" in dialog.confirmation.prompt.text()
    assert "1 contact," in summary and "1 subscription," in summary and "1 note," in summary


def test_typing_the_name_and_deactivating_schedules_the_purge(qtbot, desk, harbour):
    dialog, field, button = _confirm_dialog(qtbot, desk, harbour)
    qtbot.keyClicks(field, NAME)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert dialog.purge_on.isoformat() == "2026-11-13"
    assert desk.client(harbour.id).status == "deactivating"


def _checklist(qtbot, desk, client, dialogs=None):
    dialog = DeactivateChecklistDialog(desk, desk.deactivation_form(client.id), dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _tick_the_rest(qtbot, dialog):
    dialog.findChild(QCheckBox, "authorityVerified").setChecked(True)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reason"), "The company closed")


def test_checklist_blocks_on_an_unpaid_invoice(qtbot, desk, unpaid):
    dialog = _checklist(qtbot, desk, unpaid)
    assert "unpaid invoice" in dialog.blocker_box.text.text()
    assert dialog.findChild(QLabel, "unpaidInvoices").text().startswith("Blocking: 1 unpaid invoice")
    assert "30 October 2025" in dialog.findChild(QLabel, "unpaidList").text()
    dialog.findChild(QCheckBox, "skipExport").setChecked(True)
    _tick_the_rest(qtbot, dialog)
    assert not dialog.action_button.isEnabled()
    assert "unpaid invoice" in dialog.action_button.toolTip()
    assert not dialog.export_button.isEnabled()


def test_checklist_needs_export_or_acknowledged_skip_authority_and_reason(qtbot, desk, harbour):
    dialog = _checklist(qtbot, desk, harbour)
    _tick_the_rest(qtbot, dialog)
    assert not dialog.action_button.isEnabled()  # neither exported nor skipped
    dialog.findChild(QCheckBox, "skipExport").setChecked(True)
    assert dialog.action_button.isEnabled()
    dialog.findChild(QCheckBox, "authorityVerified").setChecked(False)
    assert not dialog.action_button.isEnabled()
    dialog.findChild(QCheckBox, "authorityVerified").setChecked(True)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value == ChecklistResult(harbour.id, "The company closed", harbour.owner, "skipped")


def test_export_is_written_verified_and_becomes_the_backup(qtbot, desk, harbour, tmp_path):
    path = tmp_path / "harbour.xlsx"
    dialog = _checklist(qtbot, desk, harbour, RecordingDialogService(path=str(path)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export is not None, timeout=15000)
    assert dialog.export.ok, dialog.export.problems
    assert "personal data" in dialog.export_status.text()
    _tick_the_rest(qtbot, dialog)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value.backup == str(path) and path.is_file()


class TruncatingDesk:
    """The real desk, except that the written workbook loses its second half (a full disk,
    an interrupted copy to a network share)."""

    def __init__(self, desk) -> None:
        self._desk = desk

    def __getattr__(self, name):
        return getattr(self._desk, name)

    def export_xlsx(self, path, **options):
        report = self._desk.export_xlsx(path, **options)
        data = Path(path).read_bytes()
        Path(path).write_bytes(data[: len(data) // 2])
        return report


def test_a_truncated_export_is_caught(qtbot, desk, harbour, tmp_path):
    path = tmp_path / "harbour.xlsx"
    dialog = _checklist(qtbot, TruncatingDesk(desk), harbour, RecordingDialogService(path=str(path)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export is not None, timeout=15000)
    assert not dialog.export.ok
    assert "could not be verified" in dialog.export_status.text()
    _tick_the_rest(qtbot, dialog)
    assert not dialog.action_button.isEnabled()


def test_pending_page_shows_days_left_and_revokes(qtbot, qtmodeltester, desk, harbour):
    desk.deactivate(harbour.id, reason="x", requester=harbour.owner, confirm_name=NAME, backup="skipped")
    dialogs = RecordingDialogService(answer=True)
    page = PendingDeactivationsPage(desk, dialog_service=dialogs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.index(0, page.model.DAYS).data() == "14"
    qtmodeltester.check(page.model)
    assert not page.revoke_button.isEnabled()  # nothing selected
    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    with qtbot.waitSignal(page.finished, timeout=5000):
        qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert desk.client(harbour.id).status == "expired"
    assert dialogs.messages[0][0] == "question"
