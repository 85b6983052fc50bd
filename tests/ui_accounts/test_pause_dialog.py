"""The pause dialog (§8) and the resume dialog, with real widgets over a real SQLite file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from ui.dialog_service import RecordingDialogService
from ui.dialogs.pause_account import PauseAccountDialog
from ui.dialogs.resume_account import ResumeAccountDialog


def _dialog(qtbot, desk, client, answer=True):
    dialogs = RecordingDialogService(answer=answer)
    dialog = PauseAccountDialog(desk, desk.account_form(client), dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, dialogs


def test_warning_appears_only_when_the_keep_box_is_unchecked(qtbot, desk, clients):
    dialog, _ = _dialog(qtbot, desk, clients.acme)
    assert dialog.keep_data.isChecked()  # checked by default
    assert not dialog.deletion_warning.isVisible()
    assert not dialog.typed_name.isVisible()
    # On the box itself (the widget is wider than its indicator and words).
    qtbot.mouseClick(dialog.keep_data, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.keep_data.height() // 2))
    assert not dialog.keep_data.isChecked()
    assert dialog.deletion_warning.isVisible()
    assert dialog.deletion_warning.icon.pixmap() is not None and not dialog.deletion_warning.icon.pixmap().isNull()
    assert "cannot be restored" in dialog.deletion_warning.text.text()
    assert dialog.purge_label.text() == dialog.lock_label.text()  # deleted when the grace ends
    dialog.keep_data.setChecked(True)
    assert not dialog.deletion_warning.isVisible()


def test_confirm_is_disabled_without_a_reason(qtbot, desk, clients):
    dialog, _ = _dialog(qtbot, desk, clients.acme)
    assert not dialog.action_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Closed for the winter")
    assert dialog.action_button.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not dialog.action_button.isEnabled()


def test_dates_are_shown_live(qtbot, desk, clients):
    dialog, _ = _dialog(qtbot, desk, clients.acme)
    kept_purge = dialog.purge_label.text()
    dialog.keep_data.setChecked(False)
    assert dialog.purge_label.text() != kept_purge
    before = dialog.resume_label.text()
    dialog.resume_in.setCurrentIndex(dialog.resume_in.findData(12))
    assert dialog.resume_label.text() != before


def test_final_confirmation_then_the_pause_is_written(qtbot, desk, clients):
    dialog, dialogs = _dialog(qtbot, desk, clients.acme)
    dialog.reason.setPlainText("Closed for the winter")
    dialog.findChild(type(dialog.categories.button(0)), "categoryBudget").setChecked(True)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages[0][0] == "question"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert desk.client(clients.acme).status == "paused"
    assert any(e.action == "client.pause" and "(budget)" in e.summary for e in desk.timeline(clients.acme))


def test_declining_the_final_confirmation_changes_nothing(qtbot, desk, clients):
    dialog, _ = _dialog(qtbot, desk, clients.acme, answer=False)
    dialog.reason.setPlainText("Closed for the winter")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert desk.client(clients.acme).status == "active"


def test_the_deletion_path_asks_for_the_typed_name(qtbot, desk, clients):
    dialog, _ = _dialog(qtbot, desk, clients.acme)
    dialog.reason.setPlainText("Leaving")
    dialog.keep_data.setChecked(False)
    assert dialog.typed_name.isVisible()
    assert not dialog.action_button.isEnabled()
    qtbot.keyClicks(dialog.typed_name.field, "acme ltd")
    assert not dialog.action_button.isEnabled()  # case matters
    dialog.typed_name.field.setText("Acme Ltd")
    assert dialog.action_button.isEnabled()
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert desk.client(clients.acme).status == "paused"
    assert any(e.action == "client.pause" and "deleted on 2026-10-25" in e.summary
               for e in desk.timeline(clients.acme))


def test_the_deletion_path_needs_a_manager(qtbot, open_desk, desk, clients):
    desk.add_staff("Sam", "sam@example.com", "staff")
    staff = open_desk(user="sam@example.com")
    dialog, _ = _dialog(qtbot, staff, clients.acme)
    dialog.reason.setPlainText("Leaving")
    dialog.keep_data.setChecked(False)
    dialog.typed_name.field.setText("Acme Ltd")
    assert dialog.manager_note.isVisible()
    assert not dialog.action_button.isEnabled()


def test_a_trial_is_refused_with_its_sentence(qtbot, desk, clients):
    dialog, _ = _dialog(qtbot, desk, clients.trial)
    dialog.reason.setPlainText("x")
    assert "trial account" in dialog.blocker_box.text.text()
    assert not dialog.action_button.isEnabled()


def test_resume_refuses_an_expired_card_and_resumes_with_a_valid_one(qtbot, desk, clients):
    desk.pause(clients.acme, clients.owner, reason="Winter", resume_in_months=1, category="seasonal")
    dialog = ResumeAccountDialog(desk, desk.account_form(clients.acme))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.last4, "5555")
    dialog.exp_month.setValue(9)
    dialog.exp_year.setValue(2026)  # September 2026: expired on October 20
    assert dialog.expired_box.isVisible()
    assert not dialog.action_button.isEnabled()
    dialog.exp_month.setValue(10)  # valid to the end of October
    assert not dialog.expired_box.isVisible()
    assert dialog.action_button.isEnabled()
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert desk.client(clients.acme).status == "active"
    assert desk.client(clients.acme).card.last4 == "5555"
