"""The sentences of refusals: one English template per error code, and the formatter
that fills a template with typed params (DESIGN.md §16; STYLE.md "a refusal is data").

Templates use ``str.format`` fields with a few specs of our own, so that the same
template syntax serves every language (``ui/refusals.py`` holds the translations and
passes locale-aware formatters):

- ``{day:date}``     a date, written long ("14 June 2027" in English)
- ``{month:month}``  a month and its year ("June 2027")
- ``{amount:money}`` an amount of money
- ``{n:plural:invoice|invoices}``  the word for that count (the count itself is ``{n}``)
- ``{names:list}``   a list of values joined with commas
- ``{role:label}``   a code (role, status, action …) in words, from ``LABELS``

Pure: no clock, no database, no Qt.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass(frozen=True)
class Formats:
    """How one language writes the typed parts of a sentence."""

    long_date: Callable[[date], str]
    month: Callable[[date], str]
    money: Callable[[Decimal], str]
    join: Callable[[list[str]], str] = ", ".join
    label: Callable[[str], str] = lambda code: LABELS.get(code, code)


ENGLISH = Formats(
    long_date=lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    month=lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    money=lambda a: f"{Decimal(a):.2f}",
)


class _SentenceFormatter(string.Formatter):
    def __init__(self, formats: Formats) -> None:
        self.formats = formats

    def format_field(self, value: Any, format_spec: str) -> str:
        kind, _, rest = format_spec.partition(":")
        if kind == "date":
            return self.formats.long_date(value) if isinstance(value, date) else str(value)
        if kind == "month":
            return self.formats.month(value) if isinstance(value, date) else str(value)
        if kind == "money":
            return self.formats.money(Decimal(value))
        if kind == "plural":
            one, _, many = rest.partition("|")
            return one if int(value) == 1 else (many or one)
        if kind == "label":
            return self.formats.label(str(value))
        if kind == "list":
            return self.formats.join([str(v) for v in value])
        if isinstance(value, (date, Decimal)):
            return str(value)
        return super().format_field(value, format_spec)


def render(template: str, params: Mapping[str, Any], formats: Formats = ENGLISH) -> str:
    """`template` filled with `params`; a missing param shows as its name in braces."""
    try:
        return _SentenceFormatter(formats).vformat(template, (), _Lenient(params))
    except (ValueError, IndexError, TypeError):
        return template


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_english(code: str, params: Mapping[str, Any]) -> str:
    """The English sentence for a refusal. An unknown code is taken as a sentence itself."""
    template = TEMPLATES.get(code)
    if template is None:
        return code
    return render(template, params)


# code -> English template. Each says what blocks and how to proceed (DESIGN.md §4).
# ui/refusals.py must translate every one of these; a test checks that it does.
TEMPLATES: dict[str, str] = {
    "permission": "{action:label} needs {needed:label}; you are signed in as {held:label}. "
                  "Ask {needed:label} to do it.",
    "not_found": "There is no {what:label} with id {ident}; it may have been removed. Refresh and try again.",
}

# --- pause, resume, closure (DESIGN.md §8, §9): codes added here ----------------------
TEMPLATES.update({
})


# --- deactivation and the purge (DESIGN.md §10): codes added here --------------------
TEMPLATES.update({
})


# --- Excel export and import (DESIGN.md §14): codes added here -----------------------
TEMPLATES.update({
    "export_unwritable": "The export cannot be written to {path}: the folder does not exist or is not "
                         "writable. Choose another folder.",
    "export_unknown_sheet": "There is no {sheet} table to export. Choose one of the workbook's sheets.",
})


# --- Excel import (DESIGN.md §14; app/excel/guarded.py, csv_text.py, services/imports.py) ---
TEMPLATES.update({
    # import: the file itself (app/excel/guarded.py, app/excel/csv_text.py)
    "import_no_file": "{file} cannot be imported: there is no such file. Choose the file again.",
    "import_too_big": "{file} is larger than {megabytes} MB, more than an import takes; split it into "
                      "smaller files and import them one by one.",
    "import_old_xls": "{file} is an old Excel 97-2003 (.xls) file; open it in a spreadsheet program, save it "
                      "as an Excel workbook (.xlsx) or as CSV, and import that.",
    "import_not_workbook": "{file} is not an Excel workbook (.xlsx); choose an .xlsx or CSV file.",
    "import_damaged": "{file} is a damaged or incomplete workbook ({detail}); open it in a spreadsheet "
                      "program, save it again, and import the new copy.",
    "import_too_many_parts": "{file} holds {n} parts, more than the {limit} a workbook has; it is not a "
                             "workbook Account Desk can import safely. Save it again as .xlsx or CSV.",
    "import_zip_bomb": "{file} would unpack to about {megabytes} MB, far more than its data can be (a "
                       "compressed bomb); it was not opened. Save the data again as .xlsx or CSV.",
    "import_xml_entities": "{file} declares XML entities in its part {part}, which a workbook never needs "
                           "and which can make it expand without end; it was not opened. Save it again "
                           "from a spreadsheet program.",
    "import_too_many_rows": "The sheet {sheet} of {file} has more than {limit} rows, more than one import "
                            "takes; split it into several files.",
    "import_too_many_columns": "The sheet {sheet} of {file} has more than {limit} columns; delete the "
                               "columns you do not import and try again.",
    "import_formula": "Cell {cell} of the sheet {sheet} in {file} holds a formula; an import takes values "
                      "only. Copy the sheet and paste it as values, then import again.",
    "import_merged_cells": "The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so that "
                           "every row has its own values, then import again.",
    "import_hidden_sheet": "{file} has a hidden sheet, {sheet}; unhide it to check what it holds, or delete "
                           "it, then import again.",
    "import_csv_encoding": "{file} is not readable text: line {line} is not valid {encoding}, so accents "
                           "would be garbled. Save it again as CSV UTF-8 and import that.",
    "import_csv_binary": "{file} is not a text (CSV) file; choose a CSV or an Excel workbook.",
    "import_empty": "{file} has no rows to import; it needs a header row and at least one row of data.",
    # import: the contents
    "import_invalid": "{file} was not imported: it has {n} {n:plural:problem|problems} (the first: "
                      "{first}). Correct them and import again; nothing was changed.",
    "import_no_sheets": "{file} has none of the sheets an import reads ({sheets:list}); start from the "
                        "template (accountdesk import --template FILE).",
    "import_csv_not_template": "{file} is a CSV file; the template import reads Excel workbooks. Import it "
                               "as a file from another program, whose columns you map to client fields.",
    "import_unmapped": "No column of {file} is matched to the client name or the account number; choose "
                       "which column holds them in the mapping.",
})


# code -> English words, for ``{x:label}`` fields: roles (with their article, as they
# stand in sentences), statuses and the actions a permission refusal names.
LABELS: dict[str, str] = {
    "staff": "a staff member",
    "manager": "a manager",
    "administrator": "an administrator",
    "client": "client",
    "contact": "contact",
    "subscription": "subscription",
    "invoice": "invoice",
    "email": "email",
    "cancellation request": "cancellation request",
    # --- Excel export (DESIGN.md §14)
    "export_expired": "Exporting a client whose subscriptions have expired",
    # --- Excel export and import (DESIGN.md §14) ---
    "import": "Importing",
}
