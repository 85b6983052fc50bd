"""Renders the deactivation checklist, the irreversible-action warning and the pending
deactivations page to docs/*.png, on a throwaway database, for a person to look at
(part of `make screenshots`; their dates move, so they have a script of their own)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QWidget  # noqa: E402

from app.desk import Desk  # noqa: E402
from ui.dialogs.deactivate_checklist import (  # noqa: E402
    ChecklistResult,
    DeactivateChecklistDialog,
    export_and_verify,
)
from ui.dialogs.deactivate_confirm import DeactivateConfirmDialog  # noqa: E402
from ui.pending_deactivations_page import PendingDeactivationsPage  # noqa: E402

DOCS = ROOT / "docs"


def _setup(url: str) -> tuple[int, int, int]:
    with Desk.open(url, today=date(2026, 10, 20)) as desk:
        harbour = desk.add_client("Harbour & Sons Shipping", email="office@harbour.test")
        owner = desk.add_contact(harbour, "Hana Harbour", "hana@harbour.test", role="primary_admin", seat=True)
        desk.add_contact(harbour, "Ivo Deck", "ivo@harbour.test", seat=True)
        desk.add_card(harbour, "Visa", "4242", 12, 2030)
        sub = desk.add_subscription(harbour, "Team", Decimal("480"), period="annual", start=date(2025, 10, 30),
                                    participant="Harbour crew")
        desk.cancel_subscription(sub, date(2026, 10, 1))
        desk.add_subscription(harbour, "Reports add-on", Decimal("15"), start=date(2026, 1, 12),
                              end_date=date(2026, 8, 11))
        desk.add_note(harbour, "Asked about exporting their records before leaving")
        lagoon = desk.add_client("Lagoon Ltd", email="lagoon@l.test")
        desk.add_contact(lagoon, "Lou Lagoon", "lou@l.test", role="primary_admin")
        desk.add_subscription(lagoon, "Basic", Decimal("100"), period="annual", start=date(2025, 10, 30),
                              end_date=date(2026, 10, 29))
        others = []
        for n, name in enumerate(("Quay Traders", "Anchor Point Ltd")):
            other = desk.add_client(name)
            others.append((other, desk.add_contact(other, f"Owner {n}", f"o{n}@x.test", role="primary_admin")))
    with Desk.open(url, today=date(2026, 10, 24)) as desk:
        other, contact = others[0]
        desk.deactivate(other, reason="Merged with another company", requester=contact, confirm_name="Quay Traders",
                        backup="skipped")
    return harbour, owner, lagoon


def _save(widget: QWidget, name: str, app: QApplication) -> None:
    widget.show()
    app.processEvents()
    widget.adjustSize() if not hasattr(widget, "fit_height") else widget.fit_height()
    app.processEvents()
    path = DOCS / name
    assert widget.grab().save(str(path)), path
    print(path)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'shots.sqlite3'}"
    harbour, owner, lagoon = _setup(url)
    desk = Desk.open(url, today=date(2026, 10, 30))
    try:
        desk.run_lifecycle()
        checklist = DeactivateChecklistDialog(desk, desk.deactivation_form(harbour))
        checklist.resize(680, 10)
        checklist._exported(export_and_verify(desk, str(folder / "Harbour & Sons Shipping 2026-10-30.xlsx"),
                                              harbour))
        checklist.findChild(QCheckBox, "authorityVerified").setChecked(True)
        checklist.findChild(QPlainTextEdit, "reason").setPlainText("The company stopped trading in September.")
        _save(checklist, "deactivate-checklist.png", app)

        blocked = DeactivateChecklistDialog(desk, desk.deactivation_form(lagoon))
        blocked.resize(680, 10)
        _save(blocked, "deactivate-checklist-blocked.png", app)

        form = desk.deactivation_form(harbour)
        confirm = DeactivateConfirmDialog(desk, form, ChecklistResult(harbour, "Stopped trading", owner, "skipped"))
        confirm.resize(600, 10)
        confirm.findChild(QLineEdit, "confirmName").setText("Harbour & Sons Shippin")
        _save(confirm, "deactivate-confirm.png", app)

        page = PendingDeactivationsPage(desk)
        page.resize(900, 260)
        page.show()
        while page.model.rowCount() == 0:
            app.processEvents()
        page.table.selectRow(0)
        path = DOCS / "pending-deactivations.png"
        assert page.grab().save(str(path))
        print(path)
        page.runner.wait()
        checklist.runner.wait()
    finally:
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
