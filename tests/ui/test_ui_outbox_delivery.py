"""The window delivers the outbox over SMTP in a worker (§7), to a real SMTP server on
loopback; the emails of a staff cancellation arrive once each."""

from __future__ import annotations

import socket
from datetime import date

from aiosmtpd.controller import Controller


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_window_sends_queued_emails_once(qtbot, make_window, desk, world):
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=5)
    controller.start()
    try:
        desk.update_settings(smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                             organisation_email="accounts@example.com")
        desk.cancel_subscription(world.acme_team, date(2027, 1, 1))
        window = make_window()
        window.send_outbox()
        qtbot.waitUntil(lambda: {e.status for e in desk.outbox()} == {"sent"}, timeout=10000)
        qtbot.waitUntil(lambda: not window.jobs.sending, timeout=5000)
        window.send_outbox()  # nothing is due any more: no second copy
        qtbot.waitUntil(lambda: not window.jobs.sending, timeout=5000)
        recipients = sorted(r for rcpts, _ in inbox.messages for r in rcpts)
        assert recipients == sorted(["alice@example.com", desk.me().email])
    finally:
        controller.stop()
