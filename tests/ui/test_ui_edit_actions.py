"""The record's ways out in the window (issue 10): add and edit a contact in the Contacts and
seats tab, edit the client's details and convert a trial from the Overview, and the Undo the
status bar offers after each small reversible step, recording a request included (§13)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QToolButton, QWidget
from window_helpers import select_client, select_row

from ui.pages import Page
from ui.refusals import sentence


def select_contact(window, contact_id: int) -> None:
    select_row(window.detail.contacts, contact_id)


def open_from(qtbot, window, button_name: str):
    button = window.findChild(QToolButton, button_name)
    assert button is not None and button.isEnabled(), button.toolTip() if button else button_name
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        button.click()
    return opened.args[0]


def save(qtbot, window, dialog) -> None:
    """Saves (the write runs in the worker), then waits for the pane to show the change."""
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        with qtbot.waitSignal(dialog.finished, timeout=5000):
            dialog.action_button.click()


def undo(qtbot, window) -> None:
    button = window.findChild(QPushButton, "undoButton")
    assert button.isVisible()
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        button.click()
    assert not button.isVisible()


def contacts(desk, client_id):
    return {k.name: k for k in desk.client(client_id).contacts}


def test_a_contact_added_in_the_contacts_tab_is_taken_back_by_undo(qtbot, window, desk, world):
    select_client(qtbot, window, world.acme)
    dialog = open_from(qtbot, window, "buttonAddContact")
    assert "Acme" in dialog.windowTitle() and "AD-" in dialog.findChild(QWidget, "clientLabel").text()
    dialog.findChild(QLineEdit, "contactName").setText("Carl Jones")
    dialog.findChild(QLineEdit, "contactEmail").setText("carl@example.com")
    dialog.findChild(QLineEdit, "contactPhone").setText("06 98 76 54 32")
    dialog.seat_check.setChecked(True)
    save(qtbot, window, dialog)
    assert "Carl Jones added as a contact of Acme." in window.statusBar().currentMessage()
    carl = contacts(desk, world.acme)["Carl Jones"]
    assert (carl.email, carl.phone, carl.seat, carl.role) == ("carl@example.com", "06 98 76 54 32", True, "user")
    assert carl.id in [k.id for k in window.detail.detail.contacts]
    undo(qtbot, window)
    assert "Carl Jones" not in contacts(desk, world.acme)
    assert "Carl Jones removed again." in window.statusBar().currentMessage()


def test_staff_adding_a_contact_are_offered_no_undo_which_would_delete_a_row(qtbot, staff_window, desk, world):
    window, _staff = staff_window
    select_client(qtbot, window, world.acme)
    dialog = open_from(qtbot, window, "buttonAddContact")
    dialog.findChild(QLineEdit, "contactName").setText("Carl Jones")
    save(qtbot, window, dialog)
    assert "Carl Jones added as a contact of Acme." in window.statusBar().currentMessage()
    assert not window.findChild(QPushButton, "undoButton").isVisible()
    assert "Carl Jones" in contacts(desk, world.acme)


def test_a_contact_edited_without_confirmation_and_undo_restores_it(qtbot, window, desk, world):
    select_client(qtbot, window, world.acme)
    bob = contacts(desk, world.acme)["Bob Stone"]
    select_contact(window, bob.id)
    dialog = open_from(qtbot, window, "buttonEditContact")
    name = dialog.findChild(QLineEdit, "contactName")
    assert name.text() == "Bob Stone"
    name.setText("Robert Stone")
    dialog.findChild(QLineEdit, "contactEmail").setText("robert@example.com")
    role = dialog.findChild(QComboBox, "contactRole")
    role.setCurrentIndex(role.findData("admin"))
    save(qtbot, window, dialog)
    assert "Robert Stone's details changed." in window.statusBar().currentMessage()
    edited = next(k for k in desk.client(world.acme).contacts if k.id == bob.id)
    assert (edited.name, edited.email, edited.role) == ("Robert Stone", "robert@example.com", "admin")
    undo(qtbot, window)
    restored = next(k for k in desk.client(world.acme).contacts if k.id == bob.id)
    assert (restored.name, restored.email, restored.role) == ("Bob Stone", "bob@example.com", "user")
    assert [e.action for e in desk.timeline(world.acme, limit=2)] == ["contact.edit", "contact.edit"]


def test_a_refused_contact_edit_keeps_the_dialog_open_with_the_reason(qtbot, window, desk, world):
    select_client(qtbot, window, world.acme)
    select_contact(window, world.acme_owner)
    dialog = open_from(qtbot, window, "buttonEditContact")
    assert not dialog.findChild(QComboBox, "contactRole").isEnabled()  # the owner's role moves by a transfer
    dialog.findChild(QLineEdit, "contactEmail").setText("alice at example")
    dialog.action_button.click()
    qtbot.waitUntil(lambda: dialog.error_box.isVisible(), timeout=5000)
    assert "is not an email address" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.action_button.isEnabled()
    assert contacts(desk, world.acme)["Alice Martin"].email == "alice@example.com"
    dialog.reject()


def test_the_clients_details_edited_on_the_overview_are_found_by_the_new_phone_and_undone(qtbot, window, desk,
                                                                                           world):
    select_client(qtbot, window, world.acme)
    window.detail.setCurrentIndex(0)
    dialog = open_from(qtbot, window, "buttonEditDetails")
    dialog.findChild(QLineEdit, "clientEmail").setText("accounts@acme.example")
    dialog.findChild(QLineEdit, "clientPhone").setText("+33 2 69 17 54 68")
    language = dialog.findChild(QComboBox, "clientLanguage")
    language.setCurrentIndex(language.findData("fr"))
    save(qtbot, window, dialog)
    assert "Details of Acme changed." in window.statusBar().currentMessage()
    assert window.detail.fields["phone"].text() == "+33 2 69 17 54 68"
    client = desk.client(world.acme)
    assert (client.email, client.phone, client.language) == ("accounts@acme.example", "+33 2 69 17 54 68", "fr")

    search = window.findChild(QLineEdit, "searchField")
    search.setText("0269175468")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1
                    and window.clients.model.row_id(0) == world.acme, timeout=5000)
    # Undo, while the search shows the client by its new phone: the old one no longer matches.
    window.findChild(QPushButton, "undoButton").click()
    qtbot.waitUntil(lambda: "undone" in window.statusBar().currentMessage(), timeout=5000)
    client = desk.client(world.acme)
    assert (client.email, client.phone, client.language) == ("acme@example.com", None, "en")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 0, timeout=5000)


def test_only_a_manager_gives_a_client_to_another_account_manager(qtbot, staff_window, desk, world):
    window, staff = staff_window
    select_client(qtbot, window, world.acme)
    dialog = open_from(qtbot, window, "buttonEditDetails")
    manager = dialog.findChild(QComboBox, "clientAccountManager")
    assert not manager.isEnabled()
    assert manager.toolTip() == sentence(staff.permission("reassign_client"))
    dialog.findChild(QLineEdit, "clientPhone").setText("01 02 03 04 05")
    save(qtbot, window, dialog)  # the rest of the details are staff's to edit
    assert desk.client(world.acme).phone == "01 02 03 04 05"


def test_a_manager_gives_the_client_to_another_account_manager(qtbot, window, desk, world):
    desk.add_staff("Mia Manager", "mia@example.com", "manager")
    select_client(qtbot, window, world.acme)
    dialog = open_from(qtbot, window, "buttonEditDetails")
    manager = dialog.findChild(QComboBox, "clientAccountManager")
    assert manager.isEnabled()
    manager.setCurrentIndex(manager.findData("mia@example.com"))
    save(qtbot, window, dialog)
    assert desk.client(world.acme).account_manager == "mia@example.com"
    assert window.detail.fields["account_manager"].text() == "Mia Manager"


def test_a_trial_is_converted_from_the_overview_after_a_short_confirmation(qtbot, window, desk, world):
    select_client(qtbot, window, world.acme)
    convert = window.action("actionConvertTrial")
    assert not convert.isEnabled() and "not a trial account" in convert.toolTip()
    assert not window.findChild(QToolButton, "buttonConvertTrial").isVisible()  # offered on a trial's overview

    select_client(qtbot, window, world.initech)
    button = window.findChild(QToolButton, "buttonConvertTrial")
    assert button.isVisible() and button.isEnabled()
    window.dialogs.answer = False
    button.click()
    kind, title, question = window.dialogs.messages[-1]
    assert kind == "question" and "paying direct account" in question and "billed from today" in question
    assert desk.client(world.initech).kind == "trial"  # "No" changed nothing

    window.dialogs.answer = True
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        button.click()
    assert desk.client(world.initech).kind == "direct"
    assert "Initech is now a paying direct account" in window.statusBar().currentMessage()
    assert not window.findChild(QPushButton, "undoButton").isVisible()  # not a small step: no Undo
    assert not convert.isEnabled()


def test_recording_a_request_offers_undo_which_withdraws_it(qtbot, window, desk, world):
    select_client(qtbot, window, world.acme)
    window.detail.select_subscription(world.acme_team)
    qtbot.waitUntil(lambda: window.action("actionRecordRequest").isEnabled(), timeout=5000)
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionRecordRequest").trigger()
    dialog = opened.args[0]
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        dialog.action_button.click()  # no confirmation: a small reversible step
    assert "recorded" in window.statusBar().currentMessage()
    requests_item = window.ui.side_bar.item(Page.REQUESTS)
    assert requests_item.text() == "Requests (1)"
    request = desk.requests("pending")[0].id
    undo(qtbot, window)
    assert desk.request(request).status == "withdrawn"
    assert desk.requests("pending") == []
    assert requests_item.text() == "Requests"
    assert "withdrawn" in window.statusBar().currentMessage()


def test_undo_is_offered_for_a_few_seconds_only(qtbot, window, desk, world, monkeypatch):
    import ui.changes

    monkeypatch.setattr(ui.changes, "UNDO_MS", 200)
    select_client(qtbot, window, world.acme)
    select_contact(window, contacts(desk, world.acme)["Bob Stone"].id)
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.findChild(QToolButton, "buttonToggleSeat").click()
    button = window.findChild(QPushButton, "undoButton")
    assert button.isVisible()
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=3000)
    assert contacts(desk, world.acme)["Bob Stone"].seat is False  # the change stands
