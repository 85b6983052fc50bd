"""The wizard base: IntEnum pages, page validation, the typed-name page, the command
handed to the facade in a worker only on Finish, and the destructive-button rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from app.errors import RuleViolation
from ui.dialogs.wizard_base import DeskWizard, DeskWizardPage, TypedNamePage


class Page(IntEnum):
    REASON = 1
    CONFIRM = 2


@dataclass(frozen=True)
class Command:
    reason: str
    confirm_name: str


class ReasonPage(DeskWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("reason")
        self.body.addWidget(self.edit)
        self.registerField("reason*", self.edit)

    def refusal(self) -> str | None:
        return "A reason of at least three letters, please." if len(self.edit.text()) < 3 else None


class SampleWizard(DeskWizard):
    def __init__(self, submit) -> None:
        super().__init__(submit, action_text="Delete")
        self.setPage(Page.REASON, ReasonPage())
        self.confirm = TypedNamePage("Acme Ltd")
        self.setPage(Page.CONFIRM, self.confirm)

    def command(self) -> Command:
        return Command(self.field("reason"), self.field("confirm_name"))


@pytest.fixture
def calls():
    return []


def make(qtbot, submit) -> SampleWizard:
    wizard = SampleWizard(submit)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_a_page_that_refuses_says_why_and_stays(qtbot, calls):
    wizard = make(qtbot, calls.append)
    wizard.currentPage().edit.setText("no")
    wizard.next()
    assert wizard.currentId() == Page.REASON
    assert "three letters" in wizard.currentPage().error_box.text.text()
    wizard.currentPage().edit.setText("moving abroad")
    wizard.next()
    assert wizard.currentId() == Page.CONFIRM
    assert calls == []


@pytest.mark.parametrize("typed", ["Acme Ltd ", "acme ltd", "Acme Lt", "Acme  Ltd", ""])
def test_finish_stays_disabled_until_the_exact_name(qtbot, calls, typed):
    wizard = make(qtbot, calls.append)
    wizard.currentPage().edit.setText("moving abroad")
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    wizard.confirm.confirmation.field.setText(typed)
    assert not finish.isEnabled()
    wizard.confirm.confirmation.field.setText("Acme Ltd")
    assert finish.isEnabled()
    assert finish.text() == "Delete"


def test_cancel_is_the_default_button_on_the_destructive_page(qtbot, calls):
    wizard = make(qtbot, calls.append)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isDefault()
    wizard.currentPage().edit.setText("moving abroad")
    wizard.next()
    assert wizard.button(QWizard.WizardButton.CancelButton).isDefault()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isDefault()


def test_finish_hands_one_command_to_the_facade_in_a_worker(qtbot, calls):
    wizard = make(qtbot, lambda command: calls.append(command) or 42)
    wizard.currentPage().edit.setText("moving abroad")
    wizard.next()
    wizard.confirm.confirmation.field.setText("Acme Ltd")
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert calls == [Command("moving abroad", "Acme Ltd")]
    assert wizard.result_value == 42


def test_a_refused_command_is_shown_on_the_page_and_the_wizard_stays_open(qtbot):
    def refuse(_command):
        raise RuleViolation("Acme Ltd has 1 unpaid invoice; record the payment first.")

    wizard = make(qtbot, refuse)
    wizard.currentPage().edit.setText("moving abroad")
    wizard.next()
    wizard.confirm.confirmation.field.setText("Acme Ltd")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.confirm.error_box.isVisible(), timeout=5000)
    assert "unpaid invoice" in wizard.confirm.error_box.text.text()
    assert wizard.isVisible() and not wizard.submitting


def test_escape_cancels_without_calling_the_facade(qtbot, calls):
    wizard = make(qtbot, calls.append)
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert calls == []
