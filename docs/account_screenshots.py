"""Renders the pause, resume, close-account and cancel-all dialogs to docs/*.png, for a
person to look at (nothing is compared). Run: make screenshots-accounts
(QT_QPA_PLATFORM=offscreen python docs/account_screenshots.py [OUT_DIR])."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.desk import Desk
from ui.dialogs.cancel_all import CancelAllDialog
from ui.dialogs.close_account import CloseAccountWizard, ClosePage
from ui.dialogs.pause_account import PauseAccountDialog
from ui.dialogs.resume_account import ResumeAccountDialog

TODAY = date(2026, 10, 20)


def _save(widget: QWidget, out: Path, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    if hasattr(widget, "fit_height"):
        widget.fit_height()
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        desk = Desk.open(f"sqlite:///{tmp}/shots.sqlite3", today=TODAY)
        acme = desk.add_client("Acme Ltd", email="acme@example.com")
        desk.add_contact(acme, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
        desk.add_contact(acme, "Bob Stone", "bob@example.com", role="admin")
        desk.add_card(acme, "Visa", "4242", 12, 2030)
        desk.add_subscription(acme, "Team", Decimal("49"), start=date(2026, 1, 30))
        desk.add_subscription(acme, "Yearly", Decimal("400"), period="annual", start=date(2026, 3, 1))
        trial = desk.add_client("Trialco", kind="trial", trial_end=date(2026, 11, 30))
        desk.add_contact(trial, "Tina", "tina@example.com", role="primary_admin")
        resold = desk.add_client("Resold Inc", kind="resold", reseller="Partner Reseller SA")
        desk.add_contact(resold, "Rita", "rita@example.com", role="primary_admin")

        pause = PauseAccountDialog(desk, desk.account_form(acme))
        pause.reason.setPlainText("Closed for the winter season")
        _save(pause, out, "pause-account-keep")
        pause.keep_data.setChecked(False)
        pause.typed_name.field.setText("Acme Ltd")
        _save(pause, out, "pause-account-delete")
        pause.close()

        wizard = CloseAccountWizard(desk, desk.account_form(acme))
        wizard.resize(680, 500)
        wizard.show()
        for name in ("requester", "session", "reason", "deactivate"):
            _save(wizard, out, f"close-wizard-{name}")
            if name == "deactivate":
                wizard.deactivate_page.deactivate.setChecked(True)
            wizard.next()
        _save(wizard, out, "close-wizard-typed-name")
        wizard.typed_name_page.confirmation.field.setText("Acme Ltd")
        wizard.next()
        assert wizard.currentId() == ClosePage.SUMMARY
        _save(wizard, out, "close-wizard-summary")
        wizard.close()
        for client, name in ((trial, "close-wizard-trial"), (resold, "close-wizard-resold")):
            other = CloseAccountWizard(desk, desk.account_form(client))
            other.resize(680, 360)
            _save(other, out, name)
            other.close()

        cancel_all = CancelAllDialog(desk, desk.cancel_all_form(acme))
        _save(cancel_all, out, "cancel-all")
        cancel_all.close()

        owner = desk.client(acme).primary_admin.id
        desk.pause(acme, owner, reason="Winter", resume_in_months=3, category="seasonal")
        resume = ResumeAccountDialog(desk, desk.account_form(acme))
        resume.last4.setText("5555")
        _save(resume, out, "resume-account")
        resume.exp_year.setValue(2025)
        _save(resume, out, "resume-account-expired")
        resume.close()
        desk.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
