"""The window and a dialog in French and in Simplified Chinese (DESIGN.md §13), with the
catalogues compiled here by pyside6-lrelease (no `make` needed). Each test removes its
translators afterwards, so the other tests keep seeing English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from languages import translated
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QListWidget, QPushButton, QToolBar

from app.desk import Desk
from app.listing import Listing
from ui import labels
from ui.dialog_service import RecordingDialogService
from ui.main_window import MainWindow
from ui.pages import Page

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)

EXPECTED = {
    "fr": {
        "side_bar": ["Clients", "Abonnements", "Demandes", "Activité", "Boîte d'envoi", "À supprimer"],
        "menus": ["&Fichier", "É&dition", "&Affichage", "&Compte", "A&bonnement", "Aid&e"],
        "actions": {
            "actionRefresh": "&Actualiser",
            "actionRunLifecycle": "Mettre à &jour jusqu'à aujourd'hui",
            "actionSettings": "&Paramètres…",
            "actionQuit": "&Quitter",
            "actionFind": "&Rechercher",
            "actionOpenRecord": "&Ouvrir les détails",
            "actionCancelSubscription": "&Résilier l'abonnement…",
            "actionVoidInvoice": "&Annuler la dernière facture…",
            "actionRecordRequest": "Enregistrer une &demande de résiliation…",
            "actionCancelAll": "Tout résilier au &renouvellement…",
            "actionPause": "Mettre le compte en &pause…",
            "actionResume": "Repre&ndre le compte…",
            "actionCloseAccount": "Fermer &le compte…",
        },
        "status_filter": ["Tous les statuts", "Actif", "Essai", "Suspendu"],
        "client_headers": ["Compte", "Nom", "Type", "Statut", "Responsable"],
        "activity_headers": ["Date", "Auteur", "Événement"],
        "tabs": ["Aperçu", "Achats", "Factures", "Contacts et postes", "Historique"],
        "count": "4 sur 4 clients",
        "helpers": ["5 jours ouvrés", "Facture annulée", "Reçue le", "Résiliation en cours"],
        "dialog_title": "Résilier l'abonnement",
        "month_prefix": "après ",
        "keep": "Garder l'abonnement",
    },
    "zh": {
        "side_bar": ["客户", "订阅", "申请", "动态", "发件箱", "待删除账户"],
        "menus": ["文件(&F)", "编辑(&E)", "视图(&V)", "账户(&A)", "订阅(&S)", "帮助(&H)"],
        "actions": {
            "actionRefresh": "刷新(&R)",
            "actionRunLifecycle": "更新到今天(&T)",
            "actionSettings": "设置(&S)…",
            "actionQuit": "退出(&Q)",
            "actionFind": "查找(&F)",
            "actionOpenRecord": "打开详情(&O)",
            "actionCancelSubscription": "终止订阅(&C)…",
            "actionVoidInvoice": "作废最新发票(&V)…",
            "actionRecordRequest": "登记终止申请(&R)…",
            "actionCancelAll": "全部在续订时终止(&R)…",
            "actionPause": "暂停账户(&P)…",
            "actionResume": "恢复账户(&U)…",
            "actionCloseAccount": "关闭账户(&L)…",
        },
        "status_filter": ["全部状态", "有效", "试用", "已暂停"],
        "client_headers": ["账号", "名称", "类型", "状态", "客户经理"],
        "activity_headers": ["时间", "操作人", "事件"],
        "tabs": ["概览", "购买", "账单", "联系人和席位", "时间线"],
        "count": "4 / 4 个客户",
        "helpers": ["5 个工作日", "发票已作废", "收到日期", "终止中"],
        "dialog_title": "终止订阅",
        "month_prefix": "2026年",
        "keep": "保留订阅(K)",
    },
}


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def team(desk: Desk) -> int:
    """Four clients; Acme has a card, its account owner and a Team plan (whose id this is)."""
    acme = desk.add_client("Acme", email="acme@example.com")
    desk.add_contact(acme, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(acme, "Visa", "4242", 12, 2028)
    team = desk.add_subscription(acme, "Team", Decimal("49.00"), start=date(2026, 1, 15))
    desk.add_client("Globex", email="billing@globex.example")
    desk.add_client("Initech", kind="trial", trial_end=date(2026, 12, 31))
    desk.add_client("Hooli", email="hi@hooli.example")
    return team


@pytest.fixture
def make_window(qtbot, desk: Desk, team: int, tmp_path: Path, db_url: str) -> Iterator[Callable[[], MainWindow]]:
    """Built like tests/ui/conftest.py: a shown window on the test file, the details awaited."""
    made: list[tuple[MainWindow, Listing]] = []
    url = db_url

    def _make() -> MainWindow:
        listing = Listing.open(url)
        window = MainWindow(listing, url, desk=None, dialogs=RecordingDialogService(),
                            settings=QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        made.append((window, listing))
        window.load_first_page()
        window.show()
        with qtbot.waitSignal(window.detail_loaded, timeout=5000):
            window.set_desk(desk)
        return window

    yield _make
    for window, listing in made:
        window.close()
        listing.close()


@pytest.mark.parametrize("code", EXPECTED)
def test_the_main_window_speaks_the_chosen_language(code, catalogues, make_window):
    expected = EXPECTED[code]
    with translated(catalogues, code):
        window = make_window()
        side_bar = window.findChild(QListWidget, "sideBar")
        assert [side_bar.item(row).text() for row in range(side_bar.count())] == expected["side_bar"]
        assert [action.text() for action in window.menuBar().actions()] == expected["menus"]
        for name, text in expected["actions"].items():
            assert window.action(name).text() == text, name
        tool_bar = window.findChild(QToolBar, "mainToolBar")
        assert [a.text() for a in tool_bar.actions()] == [expected["actions"][name] for name in (
            "actionRefresh", "actionCancelSubscription", "actionVoidInvoice", "actionRecordRequest",
            "actionCancelAll")]
        status_filter = window.findChild(QComboBox, "statusFilter")
        assert [status_filter.itemText(i) for i in range(4)] == expected["status_filter"]
        model = window.clients.model
        assert [model.headerData(i, window.clients.view.horizontalHeader().orientation())
                for i in range(len(expected["client_headers"]))] == expected["client_headers"]
        activity = window.pages[Page.ACTIVITY].model
        assert [activity.headerData(i, window.clients.view.horizontalHeader().orientation())
                for i in range(3)] == expected["activity_headers"]
        detail = window.ui.detail
        assert [detail.tabText(i) for i in range(detail.count())] == expected["tabs"]
        assert window.ui.count_label.text() == expected["count"]
        assert window.windowTitle() == "Account Desk"
    labels._status_labels.cache_clear()
    assert labels.status_label("active") == "Active"  # English again for the next tests


@pytest.mark.parametrize("code", EXPECTED)
def test_the_module_level_helpers_translate_under_their_own_context(code, catalogues):
    from ui.dialogs.review_request import business_days_text
    from ui.outbox_page import event_label
    from ui.requests_page import RequestsModel

    with translated(catalogues, code):
        texts = [business_days_text(5), event_label("invoice_voided"),
                 RequestsModel().headers()[0], labels.status_label("cancelling")]
    assert texts == EXPECTED[code]["helpers"]
    assert event_label("invoice_voided") == "Invoice voided"


@pytest.mark.parametrize("code", EXPECTED)
def test_a_dialog_and_qts_own_buttons_speak_the_chosen_language(code, catalogues, qtbot, desk, team):
    from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

    expected = EXPECTED[code]
    with translated(catalogues, code):
        dialog = CancelSubscriptionDialog(desk, desk.cancellation_form(team))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle().startswith(expected["dialog_title"])  # then the client's name
        assert dialog.action_button.text() == expected["dialog_title"]
        month = dialog.findChild(QComboBox, "cancellationMonth")
        assert month.itemText(0).startswith(expected["month_prefix"])
        keep = dialog.findChild(QPushButton, "cancelButton")
        assert keep.text().replace("&", "") == expected["keep"]  # what the way out keeps, not "Cancel"
