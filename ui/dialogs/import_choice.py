"""Which import dialog a chosen file gets (DESIGN.md §14), for File > Import.

A workbook with at least one sheet of the template (Clients, Contacts, Subscriptions…)
goes to the preview of the template import; a CSV, or a workbook from another program,
to the column-mapping step. A file that is not a sound workbook goes to the preview,
which says why it cannot be imported.

    dialog = import_dialog(desk, path, parent)
    if dialog.exec(): ...  # dialog.report holds what was imported

Thread rule: GUI thread; only the workbook's small index part is read here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.desk import Desk
from app.errors import DeskError
from app.excel.guarded import sheet_names
from app.excel.sheets import base_sheet_name
from app.excel.source import CSV_SUFFIXES
from app.excel.template import IMPORTABLE
from ui.dialogs.base import DeskDialog
from ui.dialogs.import_mapping import ForeignImportDialog
from ui.dialogs.import_preview import ImportPreviewDialog

FILE_FILTER = "Excel or CSV (*.xlsx *.csv *.txt *.tsv);;All files (*)"


def is_foreign(path: str | Path) -> bool:
    path = Path(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return True
    try:
        names = {base_sheet_name(n).casefold() for n in sheet_names(path)}
    except DeskError:
        return False  # the preview shows the refusal
    return not names & {s.name.casefold() for s in IMPORTABLE}


def import_dialog(desk: Desk, path: str | Path, parent: QWidget | None = None) -> DeskDialog:
    if is_foreign(path):
        return ForeignImportDialog(desk, path, parent)
    return ImportPreviewDialog(desk, path, parent)
