"""The window's actions, built from one table (issue 7): name, text, shortcuts, icon,
where they sit (menu, tool bar, context menu), what they need and which entry of the
client's `actions` map (`Desk.client_detail`, from `app/actions.py`) allows them, and
the window method they call.

An action that acts on a client acts on what the CURRENT page has selected (issue 10):
with nothing selected it is disabled with "Select a client first."; while that client's
details are still loading it is disabled too, so it can never hit the client shown
before. A disabled action carries its reason as tooltip and status tip.

Thread rule: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from ui.connection_actions import connect_to_team, use_local_database
from ui.i18n import _t
from ui.refusals import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Needs(Enum):
    NOTHING = 0  # always enabled
    DESK = 1  # the database must be open
    CLIENT = 2  # a client selected on the current page, its details loaded
    SUBSCRIPTION = 3  # ... and one of its subscriptions


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the QAction's objectName
    text: str
    slot: str | Callable[[MainWindow], None]  # the MainWindow method it calls, or a function of the window
    tip: str = ""
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey, ...] = ()
    icon: QStyle.StandardPixmap | None = None
    needs: Needs = Needs.NOTHING
    allowed_by: str | None = None  # the entry of the client's `actions` map that allows it
    permission: str | None = None  # an action of app/permissions.py the role must allow (Desk.permission)
    menu: str = ""  # "file" | "edit" | "view" | "subscription"; "" = in no menu
    separator_before: bool = False  # in its menu
    tool_bar: bool = False
    context: bool = False  # in the context menu of the tables and the purchases
    # A check of its own, after `needs`: the reason it is disabled (None: enabled); it may
    # also set the action's words (the way out of a refusal says where it goes).
    check: Callable[[MainWindow, QAction], str | None] | None = None


def _with_f5(standard: QKeySequence.StandardKey) -> tuple[QKeySequence, ...]:
    """The platform's keys for `standard`, and F5 everywhere (macOS has Cmd+R only)."""
    keys = QKeySequence.keyBindings(standard)
    f5 = QKeySequence(Qt.Key.Key_F5)
    return tuple(keys if f5 in keys else [f5, *keys])


def action_specs() -> list[ActionSpec]:
    sp = QStyle.StandardPixmap
    alt = Qt.KeyboardModifier.AltModifier
    return [
        ActionSpec("actionRefresh", _t("MainWindow", "&Refresh"), "refresh",
                   _t("MainWindow", "Read the database again; filter, sort and selection stay"),
                   _with_f5(QKeySequence.StandardKey.Refresh), sp.SP_BrowserReload, menu="file", tool_bar=True,
                   context=True),
        ActionSpec("actionRunLifecycle", _t("MainWindow", "Bring up to &today"), "run_lifecycle",
                   _t("MainWindow", "Issue due invoices and handle every deadline up to today"), needs=Needs.DESK, menu="file"),
        ActionSpec("actionConnectTeam", _t("MainWindow", "&Connect to team database…"), connect_to_team,
                   _t("MainWindow", "Work on the team's PostgreSQL database: server, login and TLS"), menu="file",
                   separator_before=True),
        ActionSpec("actionUseLocal", _t("MainWindow", "Use the &local database"), use_local_database,
                   _t("MainWindow", "Work on the database file on this computer again"), menu="file"),
        ActionSpec("actionSettings", _t("MainWindow", "&Settings…"), "open_settings", _t("MainWindow", "Organisation, policies and email settings"),
                   (QKeySequence.StandardKey.Preferences,), needs=Needs.DESK, menu="file", separator_before=True),
        ActionSpec("actionQuit", _t("MainWindow", "&Quit"), "close", shortcuts=(QKeySequence.StandardKey.Quit,), menu="file",
                   separator_before=True),
        ActionSpec("actionFind", _t("MainWindow", "&Find"), "focus_search", _t("MainWindow", "Search by name, account number, email or phone"),
                   (QKeySequence.StandardKey.Find,), menu="edit"),
        ActionSpec("actionOpenRecord", _t("MainWindow", "&Open details"), "open_detail",
                   _t("MainWindow", "Move to the selected client's details"), menu="view"),
        ActionSpec("actionPreviousRecord", _t("MainWindow", "&Previous record"), "previous_record",
                   shortcuts=(QKeySequence(alt | Qt.Key.Key_Up),), icon=sp.SP_ArrowUp, menu="view"),
        ActionSpec("actionNextRecord", _t("MainWindow", "&Next record"), "next_record",
                   shortcuts=(QKeySequence(alt | Qt.Key.Key_Down),), icon=sp.SP_ArrowDown, menu="view"),
        ActionSpec("actionChooseColumns", _t("MainWindow", "&Columns…"), "choose_columns", _t("MainWindow", "Choose the columns of the table"),
                   menu="view", separator_before=True),
        ActionSpec("actionResetLayout", _t("MainWindow", "Reset &layout"), reset_layout,
                   _t("MainWindow", "Window size, panes and columns back to the defaults; the saved layout is forgotten"),
                   menu="view"),
        ActionSpec("actionCancelSubscription", _t("MainWindow", "&Cancel subscription…"), "cancel_subscription",
                   _t("MainWindow", "Cancel the selected subscription after a chosen month"), icon=sp.SP_DialogCancelButton,
                   needs=Needs.SUBSCRIPTION, allowed_by="cancel", menu="subscription", tool_bar=True, context=True),
        ActionSpec("actionVoidInvoice", _t("MainWindow", "&Void latest invoice…"), "void_invoice",
                   _t("MainWindow", "Void the subscription's latest invoice: it was bought by mistake"), icon=sp.SP_TrashIcon,
                   needs=Needs.SUBSCRIPTION, allowed_by="void", menu="subscription", tool_bar=True, context=True),
        ActionSpec("actionRecordRequest", _t("MainWindow", "Record cancellation &request…"), "record_request",
                   _t("MainWindow", "Record a cancellation request received from the client"), icon=sp.SP_FileDialogNewFolder,
                   needs=Needs.CLIENT, allowed_by="record_request", menu="subscription", tool_bar=True, context=True),
    ]


def reset_layout(window: MainWindow) -> None:
    window.ui.reset(window.store)


def build_actions(window: MainWindow, specs: list[ActionSpec]) -> dict[str, QAction]:
    style = window.style()
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        action.setToolTip(spec.tip or spec.text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.setProperty("defaultToolTip", action.toolTip())
        if callable(spec.slot):
            action.triggered.connect(partial(_call, spec.slot, window))
        else:
            action.triggered.connect(getattr(window, spec.slot))
        window.addAction(action)
        actions[spec.name] = action
    return actions


def _call(slot: Callable[[MainWindow], None], window: MainWindow, *_checked: object) -> None:
    slot(window)


def refusal_of(spec: ActionSpec, window: MainWindow) -> str | None:
    """Why `spec` cannot act now (None: it can), from the current page's selection and the
    client's `actions` map."""
    if spec.needs is Needs.NOTHING:
        return None
    if window.desk is None:
        return _t("MainWindow", "The database is still opening; a moment please.")
    if spec.permission is not None:
        refusal = window.desk.permission(spec.permission)
        if refusal is not None:
            return describe(refusal)
    if spec.needs is Needs.DESK:
        return None
    selection = window.selection()
    if selection is None:
        return _t("MainWindow", "Select a client first.")
    detail = window.detail.detail
    if detail is None or detail.client.id != selection.client_id:
        return _t("MainWindow", "The client's details are still loading; a moment please.")
    sub_id = None
    if spec.needs is Needs.SUBSCRIPTION:
        sub = window.detail.current_subscription()
        if sub is None:
            return _t("MainWindow", "Select a subscription in the client's Purchases tab first.")
        sub_id = sub.id
    if spec.check is not None:
        return spec.check(window, window.action(spec.name))
    if spec.allowed_by is None:
        return None
    refusal = detail.refusal(spec.allowed_by, sub_id)
    return describe(refusal) if refusal is not None else None


def update_actions(window: MainWindow, specs: list[ActionSpec], actions: dict[str, QAction]) -> None:
    for spec in specs:
        action = actions[spec.name]
        reason = refusal_of(spec, window)
        action.setEnabled(reason is None)
        tip = reason if reason is not None else str(action.property("defaultToolTip"))
        action.setToolTip(tip)
        action.setStatusTip(tip)
