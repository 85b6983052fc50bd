"""The import preview and the column-mapping step (DESIGN.md §14), with real files and a
real database; the checks run in workers, so every wait is on a signal. Each dialog is
also rendered (into the test's folder): `make screenshots` makes the pictures to look at."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QTableWidget
from snapshot import snapshot
from workbooks import CLIENTS, CONTACTS, FRENCH, SUBSCRIPTIONS, write_book

from ui.dialogs.import_mapping import ForeignImportDialog
from ui.dialogs.import_preview import ImportPreviewDialog


def _cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _sheets(*, bad: bool) -> dict:
    sheets = {
        "Clients": [CLIENTS, ["AC-1", "Acme", "direct", "fr", None, "acme@example.com", date(2024, 1, 15)],
                    ["AC-2", "Globex", "direct", "en", None, None, None]],
        "Contacts": [CONTACTS, [1, "AC-1", "Alice", "alice@acme.example", "primary_admin", "yes"]],
        "Subscriptions": [SUBSCRIPTIONS, [1, "AC-1", None, "Pro", "49,90", "monthly", "15/11/2026", None]],
    }
    if bad:
        sheets["Contacts"].append([2, "AC-1", "Eve", "eve@acme.example", "primary_admin", "no"])
        sheets["Subscriptions"].append([2, "AC-7", None, "Team", 20, "weekly", "12/11/2026", None])
    return sheets


def test_the_preview_lists_mixed_good_and_bad_rows_and_keeps_import_disabled(qtbot, desk, tmp_path):
    path = write_book(tmp_path / "mixed.xlsx", _sheets(bad=True))
    dialog = ImportPreviewDialog(desk, path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        pass
    problems = dialog.findChild(QTableWidget, "problemsTable")
    assert _cells(problems) == [
        ["Contacts", "3", "Role", "AC-1 already has a primary admin on row 2; a client has one account owner: "
                                  "make this contact an admin."],
        ["Subscriptions", "3", "Account number", "No client has the account number AC-7: add it on the Clients "
                                                 "sheet or correct the number."],
        ["Subscriptions", "3", "Period", "'weekly' is not one of monthly, annual."],
    ]
    assert _cells(dialog.findChild(QTableWidget, "countsTable")) == [
        ["Clients", "2", "", ""], ["Contacts", "2", "", ""], ["Subscriptions", "2", "", ""]]
    action = dialog.findChild(type(dialog.action_button), "actionButton")
    assert not action.isEnabled() and "problems" in action.toolTip()
    assert "mixed.xlsx has 3 problem(s)" in dialog.findChild(QLabel, "summaryLabel").text()
    assert dialog.grab().save(str(tmp_path / "import_preview_problems.png"))
    assert desk.timeline() == []  # nothing written


def test_a_valid_file_enables_import_which_writes_it_in_a_worker(qtbot, desk, tmp_path):
    path = write_book(tmp_path / "good.xlsx", _sheets(bad=False))
    dialog = ImportPreviewDialog(desk, path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        pass
    assert dialog.findChild(QTableWidget, "problemsTable").rowCount() == 0
    # A dry run writes in a transaction it rolls back: it knows what would be new.
    assert _cells(dialog.findChild(QTableWidget, "countsTable")) == [
        ["Clients", "2", "2", "0"], ["Contacts", "1", "1", "0"], ["Subscriptions", "1", "1", "0"]]
    assert dialog.action_button.isEnabled()
    assert "good.xlsx is valid: 4 row(s) ready to import" in dialog.summary.text()
    assert dialog.grab().save(str(tmp_path / "import_preview_valid.png"))
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.report.created["Clients"] == 2
    assert desk.client(1).name == "Acme"


def test_a_hostile_file_gets_its_sentence_and_no_import(qtbot, desk, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook")
    dialog = ImportPreviewDialog(desk, path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        pass
    assert dialog.error_label.text() == "fake.xlsx is not an Excel workbook (.xlsx); choose an .xlsx or CSV file."
    assert not dialog.action_button.isEnabled()


def test_the_mapping_step_proposes_shows_samples_and_imports_the_accepted_rows(qtbot, desk, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_bytes(FRENCH.encode("cp1252"))
    dialog = ForeignImportDialog(desk, path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        pass
    assert dialog.back_button.isHidden()
    combos = dialog.findChildren(QComboBox)
    assert len(combos) == 10
    assert dialog.findChild(QComboBox, "mapping_0").currentData() == "name"
    assert dialog.findChild(QComboBox, "mapping_1").currentData() == "account_number"
    assert dialog.findChild(QLabel, "samples_0").text() == "Boulangerie Dupont, Café de la Gare, Pharmacie Centrale"
    assert "Windows-1252, delimiter ;" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.findChild(QComboBox, "mapping_9").isVisible(), timeout=5000)
    assert dialog.grab().save(str(tmp_path / "import_mapping.png"))
    phone = dialog.findChild(QComboBox, "mapping_3")
    assert phone.currentData() == "phone"
    phone.setCurrentIndex(phone.findData(None))  # Ignore

    with qtbot.waitSignal(dialog.checked, timeout=20000):
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert [row[:2] for row in _cells(dialog.findChild(QTableWidget, "problemsTable"))] == [
        ["4", "Courriel"], ["5", "Client depuis"], ["6", "ID client"], ["8", "Société"], ["9", "Actif"]]
    assert dialog.action_button.text() == "Import 2 row(s)"
    assert desk.timeline() == []
    qtbot.waitUntil(lambda: dialog.findChild(QTableWidget, "problemsTable").isVisible(), timeout=5000)
    # The longer label gets its room once the button box is laid out again.
    cancel = dialog.findChild(type(dialog.action_button), "cancelButton")
    qtbot.waitUntil(lambda: not dialog.action_button.geometry().intersects(cancel.geometry()), timeout=5000)
    assert dialog.grab().save(str(tmp_path / "import_mapping_rows.png"))

    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.report.imported == 2
    assert desk.client(1).name == "Boulangerie Dupont" and desk.client(1).phone is None


def test_back_returns_to_the_mapping_and_a_bad_mapping_says_why(qtbot, desk, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_bytes(FRENCH.encode("cp1252"))
    dialog = ForeignImportDialog(desk, path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        pass
    for name in ("mapping_0", "mapping_1"):
        combo = dialog.findChild(QComboBox, name)
        combo.setCurrentIndex(combo.findData(None))
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error_box.isHidden(), timeout=20000)
    assert "No column of crm.csv is matched to the client name or the account number" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == 0


def test_file_import_chooses_the_preview_or_the_mapping_by_the_file(qtbot, desk, tmp_path):
    from ui.dialogs.import_choice import import_dialog

    template = write_book(tmp_path / "template.xlsx", _sheets(bad=False))
    foreign_book = write_book(tmp_path / "crm.xlsx", {"Export": [["Company", "Email"], ["Acme", "a@b.example"]]})
    csv_file = tmp_path / "crm.csv"
    csv_file.write_bytes(FRENCH.encode("cp1252"))
    junk = tmp_path / "junk.xlsx"
    junk.write_text("junk")
    kinds = {}
    for path in (template, foreign_book, csv_file, junk):
        dialog = import_dialog(desk, path)
        qtbot.addWidget(dialog)
        kinds[path.name] = type(dialog).__name__
        signal = dialog.checked if isinstance(dialog, ImportPreviewDialog) else dialog.loaded
        with qtbot.waitSignal(signal, timeout=20000):
            pass
    assert kinds == {"template.xlsx": "ImportPreviewDialog", "crm.xlsx": "ForeignImportDialog",
                     "crm.csv": "ForeignImportDialog", "junk.xlsx": "ImportPreviewDialog"}


def test_cancel_during_the_import_writes_nothing(qtbot, desk, tmp_path):
    rows = [CLIENTS] + [[f"AC-{n}", f"Client {n}", "direct", "en", None, None, None] for n in range(4000)]
    path = write_book(tmp_path / "many.xlsx", {"Clients": rows})
    dialog = ImportPreviewDialog(desk, path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=60000):
        pass
    assert dialog.action_button.isEnabled()
    before = snapshot(desk)
    imported: list[bool] = []
    dialog.imported.connect(lambda: imported.append(True))
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # Cancel while the worker reads the file: it stops at its next step
    assert dialog.runner.wait(60000)
    qtbot.waitUntil(lambda: not dialog.runner.busy(), timeout=5000)
    assert imported == [] and dialog.result() == QDialog.DialogCode.Rejected
    assert snapshot(desk) == before
