"""Renders the Requests page, the Outbox page and the two request dialogs to
/tmp/requests_ui/*.png, for a person to look at the layout (nothing is compared)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from ui.dialogs.record_request import RecordRequestDialog
from ui.dialogs.review_request import ReviewRequestDialog
from ui.outbox_page import OutboxPage
from ui.requests_page import RequestsPage

SHOTS = Path("/tmp/requests_ui")


def test_requests_ui_renders_screenshots(qtbot, desk, acme):
    SHOTS.mkdir(parents=True, exist_ok=True)
    team = desk.record_request(acme.bob, subscription_id=acme.team, channel="phone", received=date(2026, 11, 13),
                               message="Please cancel our Team plan: we are moving to another provider at the end "
                                       "of the year. Thanks for everything so far.\nBob")
    desk.record_request(acme.owner, received=date(2026, 11, 20), message="Close the account")
    pro = desk.record_request(acme.owner, subscription_id=acme.pro, channel="letter", received=date(2026, 11, 18))
    desk.hold_request(pro, "A signed letter from the account owner")
    other = desk.add_client("Globex Corporation International")
    hank = desk.add_contact(other, "Hank Scorpio", "hank@example.com", role="primary_admin")
    desk.add_card(other, "Visa", "4242", 12, 2030)
    sub = desk.add_subscription(other, "Enterprise", "900", start=date(2026, 2, 3))
    desk.record_request(hank, subscription_id=sub, channel="portal", received=date(2026, 11, 2))

    page = RequestsPage(desk)
    qtbot.addWidget(page)
    page.resize(1100, 300)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    assert page.grab().save(str(SHOTS / "requests_page.png"))
    status = page.findChild(QComboBox, "requestStatusFilter")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        status.setCurrentIndex(status.findText("All"))
    assert page.grab().save(str(SHOTS / "requests_page_all.png"))

    for name, dialog in (("review_dialog", ReviewRequestDialog(desk, desk.review_form(team))),
                         ("review_dialog_waiting", ReviewRequestDialog(desk, desk.review_form(pro))),
                         ("record_dialog", RecordRequestDialog(desk, desk.record_request_form(acme.client)))):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # The text boxes settle their scroll bars once laid out at their final width.
        for box in dialog.findChildren(QPlainTextEdit):
            bar = box.verticalScrollBar()
            qtbot.waitUntil(lambda bar=bar: bar.isVisible() == (bar.maximum() > 0), timeout=2000)
        assert dialog.grab().save(str(SHOTS / f"{name}.png"))
        dialog.reject()

    outbox = OutboxPage(desk)
    qtbot.addWidget(outbox)
    outbox.resize(1100, 300)
    outbox.show()
    with qtbot.waitSignal(outbox.loaded, timeout=5000):
        pass
    assert outbox.grab().save(str(SHOTS / "outbox_page.png"))
