"""The pieces the settings dialog is built from: titled groups of labelled rows, fields
with a one-line hint under them, and the currency picker.

Thread rule: GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.currencies import CURRENCIES
from ui.currency import currency_symbol


def titled_group(parent: QWidget, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title, parent)
    box.setObjectName(name)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    # Text fields take the width; spin boxes and combos keep their natural size.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return box, form


def add_row(form: QFormLayout, text: str, field: QWidget, accessible: str, shown: QWidget | None = None) -> None:
    """A labelled row for `field`; `shown` is what the row holds when it is more than the
    field (the field with its hint)."""
    field.setAccessibleName(accessible)
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    form.addRow(label, shown or field)


def with_hint(field: QWidget, name: str, text: str, *, indent: int = 0) -> QWidget:
    """`field` with a one-line explanation right under it, in the palette's secondary text
    colour (the words carry the meaning; the colour only says it is secondary)."""
    box = QWidget(field.parentWidget())
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    # A text field takes the width; a spin box keeps its natural size, its hint does not.
    if isinstance(field, QLineEdit):
        column.addWidget(field)
    else:
        column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    hint = QLabel(text, box)
    hint.setObjectName(name)
    hint.setWordWrap(True)
    hint.setTextFormat(Qt.TextFormat.PlainText)
    hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    hint.setContentsMargins(indent, 0, 0, 0)
    column.addWidget(hint)
    return box


def indicator_indent(widget: QWidget) -> int:
    """How far a check box's or radio button's text sits from its left edge."""
    style = widget.style()
    return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))


def line_edit(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return edit


def spin_box(name: str, parent: QWidget, bounds: tuple[int, int], current: Any) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    # A value stored outside the usual range (through the scripting API) is shown as it is,
    # never silently clamped and then saved as a change nobody made.
    value = current if isinstance(current, int) and not isinstance(current, bool) else bounds[0]
    spin.setRange(min(bounds[0], value), max(bounds[1], value))
    return spin


def currency_combo(parent: QWidget) -> QComboBox:
    """The known ISO 4217 codes, each with the symbol amounts will be written with."""
    combo = QComboBox(parent)
    combo.setObjectName("currency")
    locale = parent.locale()
    text = QCoreApplication.translate("SettingsDialog", "{code} ({symbol})", "a currency: its code and symbol")
    for code in CURRENCIES:
        symbol = currency_symbol(code, locale)
        combo.addItem(code if symbol == code else text.format(code=code, symbol=symbol), code)
    combo.setToolTip(QCoreApplication.translate(
        "SettingsDialog", "Every amount in the window is written with this currency."))
    return combo
