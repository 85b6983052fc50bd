"""The organisation's settings and policies (DESIGN.md §4, §6, §7, §10, §12): who the
organisation is, the cancellation policies, the retention before a purge, and the SMTP
server the outbox delivers through.

Administrators edit them; everyone else sees the same dialog read-only, with the Save
button disabled and saying why. Saving sends only the settings that changed, in one
`update_settings` call, so a refusal changes nothing. The SMTP password is never shown
or read back: a typed one is handed to the OS keyring, an empty field keeps the stored one.

Thread rule: GUI thread, except `desk.set_smtp_password`, which runs in the dialog's
`TaskRunner` because the OS may block it while it asks the user to unlock the keyring.
Reading and writing the settings are single short transactions on the GUI thread. The
fields are built from the pieces of `ui.dialogs.settings_fields`. The second tab is the
staff users page (`ui.dialogs.staff_section`), read and changed in the same runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.languages import LANGUAGES
from ui import formatting
from ui.dialog_service import DialogService
from ui.dialogs.base import DeskDialog, NoticeBox
from ui.dialogs.settings_fields import (
    add_row,
    currency_combo,
    indicator_indent,
    line_edit,
    spin_box,
    titled_group,
    with_hint,
)
from ui.dialogs.staff_section import StaffSection
from ui.labels import language_label
from ui.refusals import sentence
from ui.workers import TaskRunner

SMTP_SECURITY = ("starttls", "ssl", "none")
# The usual port of each kind of connection: changing the security moves a port that was
# the usual one of the previous kind, and leaves any other port alone.
STANDARD_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
SEATS_RANGE = (0, 1000)
RETENTION_RANGE = (1, 365)
PORT_RANGE = (1, 65535)
# Text settings where an empty field means "not set".
OPTIONAL_TEXT = ("smtp_host", "smtp_user", "smtp_sender")


class SettingsDialog(DeskDialog):
    """Shows every setting of `desk.settings()` and, for an administrator, saves the changed ones.

    Refuses nothing itself except a password typed without an SMTP user (the password is
    stored under that user name); the facade's refusals are shown in `errorLabel` and the
    dialog stays open with nothing changed. Accepted once the changes (and the password,
    when one was typed) are stored.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.desk = desk
        self.values: dict[str, Any] = desk.settings()
        # The facade says who may change settings (app/permissions.py), and why not.
        self.edit_refusal = desk.permission("edit_settings")
        self.can_edit = self.edit_refusal is None
        self.runner = TaskRunner(self, threads=1)
        self._storing_password = False
        self._finished = False
        self._security = "starttls"  # the security shown, set by show_values

        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(880)
        layout = QVBoxLayout(self)
        if not self.can_edit:
            notice = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "readOnlyNotice", self)
            notice.set_text(self.tr("Only an administrator can change the settings; you can view them here."))
            layout.addWidget(notice)
        # The settings are saved together by Save; the staff users page changes each
        # person at once (ui/dialogs/staff_section.py).
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        general = QWidget(self.tabs)
        general.setObjectName("generalPage")
        columns = QHBoxLayout(general)
        # Built in reading order, which is also the Tab order: down the left column, then the right.
        left = QVBoxLayout()
        left.addWidget(self._organisation_group())
        left.addWidget(self._email_group())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._policies_group())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.tabs.addTab(general, self.tr("&General"))
        self.staff_section = StaffSection(desk, self.runner, dialogs or DialogService(), self.tabs)
        self.tabs.addTab(self.staff_section, self.tr("S&taff users"))
        layout.addWidget(self.tabs)
        layout.addStretch(1)
        layout.addWidget(self.error_box)

        reject = QDialogButtonBox.StandardButton.Cancel if self.can_edit else QDialogButtonBox.StandardButton.Close
        self.button_box, self.action_button = self.make_button_box(self.tr("Save settings"), destructive=False,
                                                                   reject_button=reject)
        self.button_box.accepted.connect(self.save)
        layout.addWidget(self.button_box)

        self.show_values(self.values)
        if not self.can_edit:
            self._make_read_only()
            self.disable_with_reason(self.action_button, sentence(self.edit_refusal, self.locale()))
        self._connect_changes()
        self.staff_section.reload()

    # --- building ------------------------------------------------------------------
    def _organisation_group(self) -> QGroupBox:
        group, form = titled_group(self, self.tr("Organisation"), "organisationGroup")
        self.organisation_name = line_edit("organisationName", group)
        add_row(form, self.tr("&Name:"), self.organisation_name, self.tr("Organisation name"))
        self.organisation_email = line_edit("organisationEmail", group)
        self.organisation_email.setToolTip(self.tr("Receives the notifications about client requests, expiring "
                                                   "cards and failed automatic payments."))
        add_row(form, self.tr("Main &email:"), self.organisation_email, self.tr("Organisation main email"))
        self.organisation_language = QComboBox(group)
        self.organisation_language.setObjectName("organisationLanguage")
        for code in LANGUAGES:
            self.organisation_language.addItem(language_label(code), code)
        add_row(form, self.tr("Language of its e&mails:"), self.organisation_language,
                      self.tr("Language of the organisation's emails"))
        self.currency = currency_combo(group)
        add_row(form, self.tr("&Currency:"), self.currency, self.tr("Currency of the organisation's accounts"))
        return group

    def _policies_group(self) -> QGroupBox:
        group, form = titled_group(self, self.tr("Policies"), "policiesGroup")
        # Each label above its field: the explanations then get the group's whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.max_seats = spin_box("maxSeatsToCancel", group, SEATS_RANGE, self.values.get("max_seats_to_cancel"))
        add_row(form, self.tr("Most active &seats to cancel:"), self.max_seats,
                      self.tr("Most active seats to cancel"), with_hint(
                          self.max_seats, "maxSeatsToCancelHint",
                          self.tr("A client with more active paid seats cannot be cancelled, closed or deactivated "
                                  "until seats are reduced.")))

        self.allow_revoke = QCheckBox(self.tr("Allow managers to &revoke a cancellation"), group)
        self.allow_revoke.setObjectName("allowRevokeCancellation")
        self.allow_revoke.setAccessibleName(self.tr("Allow managers to revoke a cancellation"))
        form.addRow(with_hint(self.allow_revoke, "allowRevokeCancellationHint",
                                    self.tr("Billing then resumes as if the subscription had never been cancelled."),
                                    indent=indicator_indent(self)))

        # The choices span the group: beside a label they would make the column too wide.
        heading = QLabel(self.tr("Client cancellation requests:"), group)
        heading.setObjectName("clientCancellationLabel")
        form.addRow(heading)
        self.approval_radio = QRadioButton(self.tr("Wait for a manager's &approval (default)"), group)
        self.approval_radio.setObjectName("clientCancellationApproval")
        self.immediate_radio = QRadioButton(self.tr("Cancel &immediately at the end of the paid period"), group)
        self.immediate_radio.setObjectName("clientCancellationImmediate")
        self.client_cancellation = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.setContentsMargins(indicator_indent(self), 0, 0, 0)
        for radio in (self.approval_radio, self.immediate_radio):
            radio.setAccessibleName(radio.text().replace("&", ""))
            self.client_cancellation.addButton(radio)
            choices.addWidget(radio)
        form.addRow(choices)

        self.retention_days = spin_box("retentionDays", group, RETENTION_RANGE,
                                             self.values.get("retention_days"))
        self.retention_days.setSuffix(self.tr(" days"))
        add_row(form, self.tr("&Purge deactivated accounts after:"), self.retention_days,
                      self.tr("Days before a deactivated account is purged"), with_hint(
                          self.retention_days, "retentionDaysHint",
                          self.tr("Until then a manager can revoke the deactivation.")))
        return group

    def _email_group(self) -> QGroupBox:
        group, form = titled_group(self, self.tr("Email"), "emailGroup")
        self.smtp_host = line_edit("smtpHost", group)
        self.smtp_host.setPlaceholderText(self.tr("smtp.example.com"))
        add_row(form, self.tr("SMTP ser&ver:"), self.smtp_host, self.tr("SMTP server"), with_hint(
            self.smtp_host, "smtpHostHint",
            self.tr("Without a server, emails wait in the Outbox, where they can be saved as .eml files.")))
        self.smtp_port = spin_box("smtpPort", group, PORT_RANGE, self.values.get("smtp_port"))
        self.smtp_port.setGroupSeparatorShown(False)
        add_row(form, self.tr("P&ort:"), self.smtp_port, self.tr("SMTP port"))
        self.smtp_security = QComboBox(group)
        self.smtp_security.setObjectName("smtpSecurity")
        labels = {"starttls": self.tr("STARTTLS"), "ssl": self.tr("SSL/TLS"), "none": self.tr("None (not encrypted)")}
        for code in SMTP_SECURITY:
            self.smtp_security.addItem(labels[code], code)
        add_row(form, self.tr("Sec&urity:"), self.smtp_security, self.tr("SMTP connection security"))
        self.smtp_user = line_edit("smtpUser", group)
        add_row(form, self.tr("&User:"), self.smtp_user, self.tr("SMTP user"))
        self.smtp_password = line_edit("smtpPassword", group)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        add_row(form, self.tr("Pass&word:"), self.smtp_password, self.tr("SMTP password"), with_hint(
            self.smtp_password, "smtpPasswordNote",
            self.tr("Stored in the operating system's keyring, never in the database or a file.")))
        self.smtp_sender = line_edit("smtpSender", group)
        self.smtp_sender.setPlaceholderText(self.tr("Empty: the organisation's main email"))
        add_row(form, self.tr("Sen&der address:"), self.smtp_sender, self.tr("Sender address"))
        return group

    def fields(self) -> list[QWidget]:
        """Every control that edits a setting (read-only or disabled for a non-administrator)."""
        return [self.organisation_name, self.organisation_email, self.organisation_language, self.currency,
                self.max_seats,
                self.allow_revoke, self.approval_radio, self.immediate_radio, self.retention_days, self.smtp_host,
                self.smtp_port, self.smtp_security, self.smtp_user, self.smtp_password, self.smtp_sender]

    def _make_read_only(self) -> None:
        """Text and numbers become read-only, so they stay readable and can be copied (disabled
        text is faint); the controls that have no read-only state are disabled. The password
        field has nothing to show, so it is disabled and empty."""
        for field in self.fields():
            if isinstance(field, QLineEdit | QSpinBox) and field is not self.smtp_password:
                field.setReadOnly(True)
                if isinstance(field, QSpinBox):
                    field.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
                # Read-only fields sit on the window's colour, so they do not look editable.
                palette = field.palette()
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                field.setPalette(palette)
            else:
                field.setEnabled(False)
        self.smtp_password.setPlaceholderText("")

    def _connect_changes(self) -> None:
        for edit in (self.organisation_name, self.organisation_email, self.smtp_host, self.smtp_user,
                     self.smtp_password, self.smtp_sender):
            edit.textEdited.connect(self.clear_error)
        for spin in (self.max_seats, self.retention_days, self.smtp_port):
            spin.valueChanged.connect(self.clear_error)
        self.organisation_language.currentIndexChanged.connect(self.clear_error)
        self.currency.currentIndexChanged.connect(self.clear_error)
        self.smtp_security.currentIndexChanged.connect(self._security_changed)
        self.allow_revoke.toggled.connect(self.clear_error)
        self.client_cancellation.buttonToggled.connect(lambda _button, _checked: self.clear_error())

    # --- values --------------------------------------------------------------------------
    def show_values(self, values: dict[str, Any]) -> None:
        self.organisation_name.setText(str(values.get("organisation_name") or ""))
        self.organisation_email.setText(str(values.get("organisation_email") or ""))
        self._select(self.organisation_language, values.get("organisation_language"))
        self._select(self.currency, values.get("currency"))
        self.max_seats.setValue(int(values.get("max_seats_to_cancel") or 0))
        self.allow_revoke.setChecked(bool(values.get("allow_revoke_cancellation")))
        immediate = values.get("client_cancellation") == "immediate"
        self.immediate_radio.setChecked(immediate)
        self.approval_radio.setChecked(not immediate)
        self.retention_days.setValue(int(values.get("retention_days") or 0))
        self.smtp_host.setText(str(values.get("smtp_host") or ""))
        self.smtp_port.setValue(int(values.get("smtp_port") or 0))
        self._security = str(values.get("smtp_security") or "starttls")
        self._select(self.smtp_security, self._security)
        self.smtp_user.setText(str(values.get("smtp_user") or ""))
        self.smtp_sender.setText(str(values.get("smtp_sender") or ""))
        self.smtp_password.clear()

    @staticmethod
    def _select(combo: QComboBox, code: Any) -> None:
        at = combo.findData(code)
        if at >= 0:
            combo.setCurrentIndex(at)

    def field_values(self) -> dict[str, Any]:
        """The settings as the fields show them, in the facade's types (the password aside)."""
        values: dict[str, Any] = {
            "organisation_name": self.organisation_name.text().strip(),
            "organisation_email": self.organisation_email.text().strip(),
            "organisation_language": self.organisation_language.currentData(),
            "currency": self.currency.currentData(),
            "max_seats_to_cancel": self.max_seats.value(),
            "allow_revoke_cancellation": self.allow_revoke.isChecked(),
            "client_cancellation": "immediate" if self.immediate_radio.isChecked() else "approval",
            "retention_days": self.retention_days.value(),
            "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(),
        }
        edits = {"smtp_host": self.smtp_host, "smtp_user": self.smtp_user, "smtp_sender": self.smtp_sender}
        for key in OPTIONAL_TEXT:
            values[key] = edits[key].text().strip() or None
        return values

    def changed_settings(self) -> dict[str, Any]:
        """Only the settings whose field differs from the stored value."""
        return {key: value for key, value in self.field_values().items() if value != self.values.get(key)}

    # --- behaviour ---------------------------------------------------------------------
    def _security_changed(self, _index: int) -> None:
        new = str(self.smtp_security.currentData())
        if self.smtp_port.value() == STANDARD_PORTS.get(self._security):
            self.smtp_port.setValue(STANDARD_PORTS[new])
        self._security = new
        self.clear_error()

    def save(self) -> None:
        """Writes the changed settings, then hands a typed password to the keyring."""
        if not self.can_edit or self._storing_password:
            return
        self._finished = False
        self.clear_error()
        password = self.smtp_password.text()  # never stripped: spaces may belong to it
        if password and not self.smtp_user.text().strip():
            self.show_error(self.tr("Type the SMTP user as well: the password is stored under that user name. "
                                    "Nothing was saved."))
            return
        changed = self.changed_settings()
        if changed:
            try:
                self.desk.update_settings(**changed)
            except DeskError as exc:
                self.show_error(sentence(exc, self.locale()))
                return
            # A later retry (of the password, say) must not send these again.
            self.values = {**self.values, **changed}
            if "currency" in changed:  # the window's amounts follow (it reads everything again on accept)
                formatting.set_currency(changed["currency"])
        if not password:
            self.accept()
            return
        self._storing_password = True
        self.disable_with_reason(self.action_button, self.tr("Storing the SMTP password in the OS keyring…"))
        self.runner.run(self.desk.set_smtp_password, password, on_result=lambda _none: self._password_stored(),
                        on_error=lambda exc: self._password_refused(exc, settings_saved=bool(changed)))

    def _password_stored(self) -> None:
        self._storing_password = False
        if self._finished:  # the dialog was left while the keyring worked
            return
        self.smtp_password.clear()
        self.accept()

    def _password_refused(self, exc: BaseException, *, settings_saved: bool) -> None:
        self._storing_password = False
        if not isinstance(exc, DeskError):
            raise exc
        if self._finished:
            return
        self.action_button.setEnabled(True)
        self.action_button.setToolTip("")
        if settings_saved:
            text = self.tr("The other settings were saved, but the SMTP password was not stored. {reason}")
        else:
            text = self.tr("The SMTP password was not stored. {reason}")
        self.show_error(text.format(reason=sentence(exc, self.locale())))

    @property
    def feedback(self) -> str:
        """The last staff change, for the window's status bar."""
        return self.staff_section.feedback

    def done(self, result: int) -> None:  # every way out, like DeskDialog's
        self._finished = True
        # A staff change is already made: the window must follow (account managers) even
        # when the dialog is left with Cancel or Close.
        if self.staff_section.feedback:
            result = QDialog.DialogCode.Accepted.value
        super().done(result)
