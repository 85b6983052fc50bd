"""The main window on a real database (DESIGN.md §13): search-as-you-type, status
filter, sort, the detail pane, refresh keeping the view, actions and the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTabWidget

from ui.detail_pane import Purchase
from ui.dialogs.cancel_subscription import CancelSubscriptionDialog
from ui.formatting import format_month
from ui.pages import Page
from ui.refusals import sentence
from ui.table_models import CLIENTS


def names(window) -> list[str]:
    page = window.current_table()
    col = [c.key for c in page.source.columns].index("name" if page is window.clients else "client")
    return [page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())]


def count_text(window) -> str:
    return window.findChild(QLabel, "countLabel").text()


def select_client(qtbot, window, name: str) -> None:
    row = names(window).index(name)
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.clients.select_row(row)


def test_the_first_client_is_selected_and_counted(window):
    assert names(window) == ["Acme", "Globex", "Hooli", "Initech"]
    assert count_text(window) == "4 of 4 clients"
    assert window.detail.detail.client.name == "Acme"


def test_typing_in_the_search_box_filters_the_table(qtbot, window):
    search = window.findChild(QLineEdit, "searchField")
    qtbot.keyClicks(search, "glob")
    qtbot.waitUntil(lambda: names(window) == ["Globex"], timeout=5000)
    assert count_text(window) == "1 of 4 clients"
    search.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 4, timeout=5000)


def test_search_covers_contact_emails_and_phones(qtbot, window):
    search = window.findChild(QLineEdit, "searchField")
    search.setText("henri@hooli")
    qtbot.waitUntil(lambda: names(window) == ["Hooli"], timeout=5000)
    search.setText("45 67 89")
    qtbot.waitUntil(lambda: names(window) == ["Hooli"], timeout=5000)


def test_choosing_a_client_fills_purchases_and_billing(qtbot, window, desk, world):
    select_client(qtbot, window, "Globex")
    select_client(qtbot, window, "Acme")
    detail = window.detail
    assert detail.title.text() == "Acme"
    plans = [detail.purchases_model.data(detail.purchases_model.index(r, 0))
             for r in range(detail.purchases_model.rowCount())]
    assert plans == ["Team", "Pro"]
    invoices = [i for s in desk.subscriptions(world.acme) for i in s.invoices]
    assert detail.billing_model.rowCount() == len(invoices) > 2
    assert detail.contacts_model.rowCount() == 2
    assert detail.timeline_model.rowCount() >= 4
    assert detail.current_subscription().id == world.acme_team


def test_status_filter_shows_only_that_status(qtbot, window):
    combo = window.findChild(QComboBox, "statusFilter")
    combo.setCurrentIndex(combo.findData("trial"))
    qtbot.waitUntil(lambda: names(window) == ["Initech"], timeout=5000)
    assert count_text(window) == "1 of 4 clients"
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(names(window)) == 4, timeout=5000)


def test_clicking_a_header_sorts_by_that_column(qtbot, window):
    view = window.clients.view
    section = [c.key for c in CLIENTS.columns].index("name")
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        view.horizontalHeader().setSortIndicator(section, Qt.SortOrder.DescendingOrder)
    assert names(window) == ["Initech", "Hooli", "Globex", "Acme"]
    assert window.clients.model.query.sort == (("name", False),)


def test_refresh_keeps_search_sort_and_selection(qtbot, window, desk):
    window.findChild(QLineEdit, "searchField").setText("example")  # every client with an email
    qtbot.waitUntil(lambda: names(window) == ["Acme", "Globex", "Hooli"], timeout=5000)
    select_client(qtbot, window, "Hooli")
    desk.add_client("Ooze Ltd", email="o@ooze.example")  # sorts after Hooli
    desk.add_client("Alpha Omega", email="a@alpha.example")  # sorts before: Hooli moves down a row
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        qtbot.keyClick(window.clients.view, Qt.Key.Key_F5)
    assert names(window) == ["Acme", "Alpha Omega", "Globex", "Hooli", "Ooze Ltd"]
    assert names(window)[window.clients.current_row()] == "Hooli"
    assert window.clients.current_id() == window.detail.detail.client.id
    assert window.findChild(QLineEdit, "searchField").text() == "example"
    assert count_text(window) == "5 of 6 clients"


def test_refresh_keeps_the_scroll_position(qtbot, make_window, desk, world):
    for n in range(80):
        desk.add_client(f"Zeta {n:02d}")
    window = make_window()
    view = window.clients.view
    window.clients.select_row(60)
    bar = view.verticalScrollBar()
    assert bar.value() > 0
    before = bar.value()
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        window.refresh()
    assert bar.value() == before
    assert window.clients.current_row() == 60


def test_ctrl_f_focuses_the_search_and_escape_clears_it(qtbot, window):
    search = window.findChild(QLineEdit, "searchField")
    window.clients.view.setFocus()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.hasFocus, timeout=5000)
    qtbot.keyClicks(search, "acme")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""


def test_alt_down_and_alt_up_move_to_the_next_and_previous_record(qtbot, window):
    window.clients.view.setFocus()
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        qtbot.keyClick(window.clients.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.detail.detail.client.name == "Globex"
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        qtbot.keyClick(window.clients.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.detail.detail.client.name == "Acme"


def test_enter_moves_the_keyboard_into_the_detail_pane(qtbot, window):
    window.activateWindow()
    window.clients.view.setFocus()
    qtbot.keyClick(window.clients.view, Qt.Key.Key_Return)
    pane = window.findChild(QTabWidget, "detailPane")
    qtbot.waitUntil(lambda: pane.isAncestorOf(QApplication.focusWidget()), timeout=5000)


def test_cancel_is_disabled_with_the_blocking_sentence_as_tooltip(qtbot, window, desk, world):
    select_client(qtbot, window, "Globex")
    action = window.action("actionCancelSubscription")
    blocker = desk.cancellation_blocker(world.globex_team)
    assert blocker is not None and blocker.code == "unpaid_invoices"
    assert not action.isEnabled()
    assert action.toolTip() == sentence(blocker)
    assert "unpaid invoice" in action.toolTip()


def test_cancel_is_enabled_for_a_client_in_good_standing(qtbot, window, world):
    assert window.detail.detail.client.id == world.acme
    action = window.action("actionCancelSubscription")
    assert action.isEnabled()
    assert action.toolTip() == action.property("defaultToolTip")


def test_actions_wait_for_a_subscription_and_for_the_database(qtbot, make_window, world):
    window = make_window(with_desk=False)
    assert window.detail.title.text() == "Loading…"
    assert not window.action("actionCancelSubscription").isEnabled()
    assert "still opening" in window.action("actionVoidInvoice").toolTip()


def test_selecting_another_purchase_changes_the_current_subscription(qtbot, window, world):
    window.detail.select_subscription(world.acme_pro)
    assert window.detail.current_subscription().id == world.acme_pro
    assert window.action("actionCancelSubscription").isEnabled()


def test_requests_badge_counts_pending_requests(qtbot, make_window, desk, world):
    desk.record_request(world.acme_owner, subscription_id=world.acme_team, message="Please stop")
    window = make_window()
    assert window.findChild(type(window.ui.side_bar), "sideBar").item(Page.REQUESTS).text() == "Requests (1)"
    qtbot.waitUntil(lambda: window.desk is not None, timeout=5000)
    window.show_page(Page.REQUESTS)
    page = window.page(Page.REQUESTS)
    assert window.ui.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.data(page.model.index(0, 2)) == "Acme"
    # Recording another request from the window updates the badge without a restart.
    desk.record_request(world.acme_owner, subscription_id=world.acme_pro)
    page.changed.emit()
    qtbot.waitUntil(lambda: window.ui.side_bar.item(Page.REQUESTS).text() == "Requests (2)", timeout=5000)


def test_subscriptions_page_has_its_own_search_and_filter(qtbot, window, world):
    window.show_page(Page.SUBSCRIPTIONS)
    qtbot.waitUntil(lambda: window.subscriptions.model.rowCount() == 3, timeout=5000)
    assert count_text(window) == "3 of 3 subscriptions"
    window.findChild(QLineEdit, "searchField").setText("globex")
    qtbot.waitUntil(lambda: window.subscriptions.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.client.id == world.globex,
                    timeout=5000)
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.show_page(Page.CLIENTS)  # back on clients: the pane shows the selected client again
    assert window.detail.detail.client.id == world.acme
    assert window.findChild(QLineEdit, "searchField").text() == ""
    assert count_text(window) == "4 of 4 clients"


def test_activity_page_lists_the_latest_changes(qtbot, window):
    window.show_page(Page.ACTIVITY)
    page = window.pages[Page.ACTIVITY]
    qtbot.waitUntil(lambda: page.model.rowCount() > 5, timeout=5000)


def test_counts_use_the_locale_grouping(window):
    window.clients.total = 4560
    window._update_count_label()
    assert count_text(window) == f"4 of {QLocale().toString(4560)} clients"


def test_every_interactive_widget_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QListWidget, QWidget

    kinds = (QLineEdit, QComboBox, QAbstractItemView, QListWidget, QTabWidget)
    missing = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget)
               if isinstance(w, kinds) and w.isVisible() and not w.accessibleName()]
    assert missing == []
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons and all(b.text() or b.accessibleName() for b in buttons)


def test_after_an_accepted_dialog_the_view_is_kept_and_the_details_reread(qtbot, window, world):
    window.findChild(QLineEdit, "searchField").setText("example")
    qtbot.waitUntil(lambda: names(window) == ["Acme", "Globex", "Hooli"], timeout=5000)
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:  # its data is read in a worker first
        window.action("actionCancelSubscription").trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, CancelSubscriptionDialog) and dialog.sub_id == world.acme_team
    months = dialog.findChild(QComboBox, "cancellationMonth")
    months.setCurrentIndex([o.month for o in dialog.options].index(date(2027, 6, 1)))
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        dialog.action_button.click()
    purchases = window.detail.purchases_model
    assert purchases.data(purchases.index(0, Purchase.CANCELLATION_MONTH)) == format_month(date(2027, 6, 1))
    assert window.detail.current_subscription().id == world.acme_team
    assert names(window)[window.clients.current_row()] == "Acme"
    assert window.findChild(QLineEdit, "searchField").text() == "example"


def test_settings_action_opens_the_settings_dialog(qtbot, make_window, world):
    from ui.dialogs.settings_dialog import SettingsDialog

    window = make_window()
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionSettings").trigger()
    assert isinstance(opened.args[0], SettingsDialog) and opened.args[0].parent() is window
    opened.args[0].reject()


def test_a_search_shows_its_subscriptions_before_their_count(qtbot, window, monkeypatch):
    """More matches than a page: the Subscriptions table shows the first page as soon as it
    is read, the status bar saying "2+" until the count, which adds the other rows and keeps
    the selection. (The Clients page counts first: its counts are cheap, see Source.rows_first.)"""
    import ui.table_models as tm
    import ui.workers as workers

    monkeypatch.setattr(tm, "PAGE_SIZE", 2)
    monkeypatch.setattr(workers, "PAGE_SIZE", 2)
    page = window.subscriptions
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        window.show_page(Page.SUBSCRIPTIONS)
    seen: list[tuple[str, str, int]] = []
    window.rows_shown.connect(lambda _key: seen.append(("rows", count_text(window),
                                                        window.current_table().model.rowCount())))
    window.table_loaded.connect(lambda _key: seen.append(("count", count_text(window),
                                                          window.current_table().model.rowCount())))
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        window.findChild(QLineEdit, "searchField").setText("example")  # Acme's two, Globex's one
    assert seen == [("rows", "2+ of 3 subscriptions", 2), ("count", "3 of 3 subscriptions", 3)]
    assert names(window) == ["Acme", "Acme", "Globex"]
    assert page.current_row() == 0 and not page.busy()
    seen.clear()
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        page.refresh()  # keeps the scroll position: counted first, one result
    assert seen == [("rows", "3 of 3 subscriptions", 3), ("count", "3 of 3 subscriptions", 3)]
    window.show_page(Page.CLIENTS)
    seen.clear()
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        window.findChild(QLineEdit, "searchField").setText("exampl")
    assert seen == [("rows", "3 of 4 clients", 3), ("count", "3 of 4 clients", 3)]
