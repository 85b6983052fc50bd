"""The account and file actions of the window (DESIGN.md §10, §13, §14): enabled by the
client's `actions` map with the reason as tooltip, acting on the selected client."""

from __future__ import annotations

from openpyxl import load_workbook
from window_helpers import select_client

from ui.pages import Page
from ui.refusals import sentence


def test_deactivate_is_disabled_while_subscriptions_run_with_the_date_it_becomes_possible(qtbot, window, desk,
                                                                                         world):
    select_client(qtbot, window, world.acme)
    action = window.action("actionDeactivate")
    refusal = desk.client_detail(world.acme).refusal("deactivate")
    assert refusal is not None
    assert not action.isEnabled() and action.toolTip() == sentence(refusal)
    assert any(action in entry.menu().actions() for entry in window.menuBar().actions() if entry.menu())


def test_export_this_client_writes_its_workbook(qtbot, window, desk, world, tmp_path):
    select_client(qtbot, window, world.acme)
    target = tmp_path / "acme.xlsx"
    window.dialogs.path = str(target)
    action = window.action("actionExportClient")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, *_ in window.dialogs.messages), timeout=10000)
    workbook = load_workbook(target, read_only=True)
    clients = list(workbook["Clients"].iter_rows(values_only=True))
    assert len(clients) == 2 and "Acme" in clients[1]
    assert desk.verify_export(str(target), client_id=world.acme) == []


def test_export_this_view_needs_a_table_page(qtbot, window):
    window.show_page(Page.ACTIVITY)
    window.action("actionExportView").trigger()
    assert window.dialogs.messages[-1][0] == "information"
    assert "Clients and Subscriptions" in window.dialogs.messages[-1][2]


def test_a_deactivated_client_leaves_the_list_for_the_pending_deletions_page(qtbot, window, desk, world):
    """Account > Deactivate: the checklist and the warning, each opened on a read in the
    worker; then the client leaves the Clients list for the Pending deletions page."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QPushButton

    select_client(qtbot, window, world.hooli)  # no subscription: nothing still gives access
    action = window.action("actionDeactivate")
    assert action.isEnabled()
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        action.trigger()
    checklist = opened.args[0]
    assert checklist.objectName() == "deactivateChecklistDialog"
    checklist.findChild(QCheckBox, "skipExport").setChecked(True)
    checklist.findChild(QCheckBox, "authorityVerified").setChecked(True)
    checklist.findChild(QPlainTextEdit, "reason").setPlainText("Stopped trading")
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        checklist.findChild(QPushButton, "actionButton").click()
    confirm = opened.args[0]
    assert confirm.objectName() == "deactivateConfirmDialog"
    button = confirm.findChild(QPushButton, "confirmDeactivation")
    confirm.findChild(QLineEdit, "confirmName").setText("Hooli ")
    assert not button.isEnabled()
    confirm.findChild(QLineEdit, "confirmName").setText("Hooli")
    with qtbot.waitSignal(confirm.finished, timeout=5000):
        button.click()
    assert desk.client(world.hooli).status == "deactivating"
    qtbot.waitUntil(lambda: window.clients.model.find_row(world.hooli) < 0, timeout=5000)
    window.show_page(Page.DELETIONS)
    page = window.page(Page.DELETIONS)
    assert page.objectName() == "pendingDeactivationsPage"
    qtbot.waitUntil(lambda: page.model.find_row(world.hooli) >= 0, timeout=5000)


def test_import_is_for_managers_and_says_so_to_staff(staff_window):
    window, staff = staff_window
    action = window.action("actionImport")
    assert not action.isEnabled()
    assert action.toolTip() == sentence(staff.permission("import"))


def test_import_opens_the_preview_of_the_chosen_file(qtbot, window, desk, tmp_path, monkeypatch):
    from ui.dialogs import import_choice

    opened = []
    monkeypatch.setattr(import_choice.ImportPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    template = tmp_path / "template.xlsx"
    from app.cli import main

    assert main(["import", "--template", str(template), "--db", "sqlite:///" + str(tmp_path / "x.sqlite3")]) == 0
    window.dialogs.path = str(template)
    window.action("actionImport").trigger()
    assert len(opened) == 1 and opened[0].objectName()


def test_cancel_all_from_the_window_cancels_each_subscription_at_its_renewal(qtbot, window, desk, world):
    from ui.dialogs.cancel_all import CancelAllDialog

    select_client(qtbot, window, world.acme)
    action = window.action("actionCancelAll")
    assert action.isEnabled()
    assert action in window.findChild(type(window.addToolBar("x")), "mainToolBar").actions()
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, CancelAllDialog)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.confirm()
    for sub in (world.acme_team, world.acme_pro):
        assert desk.subscription(sub).status == "cancelling"
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.refusal("cancel_all")
                    is not None, timeout=5000)
    assert not action.isEnabled()


def test_pause_opens_on_the_selected_client_and_names_it(qtbot, window, desk, world):
    from ui.dialogs.pause_account import PauseAccountDialog

    select_client(qtbot, window, world.acme)
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionPause").trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, PauseAccountDialog)
    assert "Acme" in dialog.windowTitle()
    dialog.reject()


def test_after_a_cancellation_the_status_bar_says_what_happened(qtbot, window, desk, world):
    """Issue 10 item 4: the status bar said "The database is up to date (0 changes)" after
    a change; now it says what the change did."""
    from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

    select_client(qtbot, window, world.acme)
    window.detail.select_subscription(world.acme_team)
    qtbot.waitUntil(lambda: window.action("actionCancelSubscription").isEnabled(), timeout=5000)
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionCancelSubscription").trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, CancelSubscriptionDialog)
    dialog.confirm()
    message = window.statusBar().currentMessage()
    assert message.startswith("Team for Acme: cancelled after ") and "access until" in message
    assert desk.subscription(world.acme_team).status == "cancelling"
