"""The Outbox page: queued, sent and failed emails, retrying, sending and saving as .eml (DESIGN.md §7)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from sqlalchemy import update

from app import models as m
from app.desk import Desk
from ui.dialog_service import RecordingDialogService
from ui.outbox_page import OutboxModel, OutboxPage


class MailDesk(Desk):
    """Delivers to no server: counts the calls (the real one would connect over SMTP)."""

    delivered = 0

    def deliver_outbox(self, **_kwargs) -> dict:
        self.delivered += 1
        return {"sent": 0, "retrying": 0, "failed": 0, "recovered": 0, "errors": []}


@pytest.fixture
def queued(desk, acme) -> int:
    """One request recorded: two queued emails (organisation copy and acknowledgement)."""
    desk.record_request(acme.bob, subscription_id=acme.team, received=date(2026, 11, 20))
    return len(desk.outbox())


def open_page(qtbot, desk, **kwargs) -> OutboxPage:
    page = OutboxPage(desk, **kwargs)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    return page


def fail(desk: Desk, email_id: int) -> None:
    with desk.engine.begin() as conn:
        conn.execute(update(m.Email).where(m.Email.id == email_id)
                     .values(status="failed", attempts=8, last_error="server answered 550 mailbox unavailable"))


def select_all(page: OutboxPage) -> None:
    page.table.selectAll()


def select_id(page: OutboxPage, email_id: int) -> None:
    page.table.selectionModel().select(page.model.index(page.model.find_row(email_id), 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)


def test_lists_the_queued_emails_and_says_smtp_is_not_configured(qtbot, desk, queued):
    page = open_page(qtbot, desk)
    assert page.model.rowCount() == queued == 2
    subjects = [page.model.index(r, OutboxModel.SUBJECT).data() for r in range(2)]
    assert any("We received your cancellation request" in s for s in subjects)
    assert {page.model.index(r, OutboxModel.STATUS).data() for r in range(2)} == {"Queued"}
    assert {page.model.index(r, OutboxModel.EVENT).data() for r in range(2)} == {"Client asks to cancel"}
    notice = page.findChild(QLabel, "smtpNotConfigured")
    assert notice.text() == "SMTP is not configured: emails stay queued; save them as .eml to send by hand."
    assert notice.isVisibleTo(page)


def test_the_smtp_notice_is_hidden_when_a_host_is_set(qtbot, desk, queued):
    desk.update_settings(smtp_host="mail.example.com")
    page = open_page(qtbot, desk)
    assert not page.findChild(QLabel, "smtpNotConfigured").isVisibleTo(page)


def test_filter_shows_only_failed_emails(qtbot, desk, queued):
    fail(desk, 1)
    page = open_page(qtbot, desk)
    status = page.findChild(QComboBox, "outboxStatusFilter")
    status.setCurrentIndex(status.findData("failed"))
    assert page.model.rowCount() == 1 and page.model.row_id(0) == 1
    assert "550" in page.model.index(0, OutboxModel.LAST_ERROR).data()


def test_retry_now_queues_the_selected_failed_email(qtbot, desk, queued):
    fail(desk, 1)
    page = open_page(qtbot, desk)
    select_id(page, 1)
    retry = page.findChild(QPushButton, "retryEmails")
    assert retry.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert next(e for e in desk.outbox() if e.id == 1).status == "queued"
    assert page.findChild(QLabel, "outboxMessage").text() == "1 email is queued for the next delivery."
    assert page.selected_ids() == [1]


def test_send_now_needs_smtp_then_delivers_in_the_worker(qtbot, open_desk, queued):
    desk = open_desk(cls=MailDesk)
    page = open_page(qtbot, desk)
    send = page.findChild(QPushButton, "sendOutbox")
    assert not send.isEnabled() and "SMTP is not configured" in send.toolTip()

    desk.update_settings(smtp_host="mail.example.com")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()  # the same page, no restart: it reads the setting again with the list
    assert send.isEnabled()
    assert not page.findChild(QLabel, "smtpNotConfigured").isVisibleTo(page)
    with qtbot.waitSignal(page.finished, timeout=5000):
        send.click()
    assert desk.delivered == 1
    assert page.findChild(QLabel, "outboxMessage").text().startswith("Delivery finished: 0 sent")


def test_save_as_eml_asks_for_a_path_and_writes_the_file(qtbot, desk, queued, tmp_path):
    target = tmp_path / "ack.eml"
    service = RecordingDialogService(path=str(target))
    page = open_page(qtbot, desk, dialog_service=service)
    save = page.findChild(QPushButton, "saveEml")
    select_all(page)
    assert not save.isEnabled() and "one email" in save.toolTip()
    select_id(page, 2)
    assert save.isEnabled()
    with qtbot.waitSignal(page.finished, timeout=5000):
        save.click()
    assert service.messages[0][0] == "save"
    assert "Subject: We received your cancellation request" in target.read_text(encoding="utf-8")
    assert str(target) in page.findChild(QLabel, "outboxMessage").text()


def test_outbox_model_passes_qt_modeltester(qtbot, qtmodeltester, desk, queued):
    fail(desk, 2)
    page = open_page(qtbot, desk)
    qtmodeltester.check(page.model, force_py=True)
    page.model.sort(OutboxModel.ATTEMPTS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model, force_py=True)
