"""Whether a restored layout is usable (DESIGN.md §13: "the defaults restored if the saved
state is unreadable"). Qt restores any well-formed state, so a state saved on another
monitor setup, or written half-way by a crash, may restore "successfully" and still give a
window no one can reach, a vertical splitter or a pane of no width. These checks say
which parts to replace by the defaults.

Thread rule: GUI thread only (screens and widgets).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter

MIN_WINDOW = QSize(480, 360)
# Enough of the window on a screen to grab it and see the table.
MIN_ON_SCREEN = QSize(200, 100)
MIN_COLUMN, MAX_COLUMN = 16, 2000


def screen_areas() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def geometry_usable(rect: QRect, screens: Sequence[QRect]) -> bool:
    """Not too small, no larger than all the screens together, and its top-left corner on
    a screen with enough of the window beside it (the title bar can be grabbed)."""
    if rect.width() < MIN_WINDOW.width() or rect.height() < MIN_WINDOW.height():
        return False
    if not screens:
        return True  # nothing to compare with: trust it
    bounds = QRect()
    for area in screens:
        bounds = bounds.united(area)
    if rect.width() > bounds.width() * 1.1 or rect.height() > bounds.height() * 1.1:
        return False
    for area in screens:
        shown = area.intersected(rect)
        if (area.contains(rect.topLeft()) and shown.width() >= MIN_ON_SCREEN.width()
                and shown.height() >= MIN_ON_SCREEN.height()):
            return True
    return False


def default_geometry(screen: QRect, size: QSize) -> QRect:
    """`size`, no larger than the screen's free area, centred in it."""
    rect = QRect(0, 0, min(size.width(), screen.width()), min(size.height(), screen.height()))
    rect.moveCenter(screen.center())
    return rect


def panes_usable(splitter: QSplitter, floors: Sequence[int]) -> bool:
    """Side by side, one size per pane, none below its floor (a pane of 0, or one taking
    nearly all the width from the others)."""
    sizes = splitter.sizes()
    if splitter.orientation() != Qt.Orientation.Horizontal or len(sizes) != len(floors):
        return False
    if not 0 <= splitter.handleWidth() <= 24:
        return False
    return all(size >= floor for size, floor in zip(sizes, floors, strict=True))


def header_usable(header: QHeaderView) -> bool:
    """At least one column shown, and every shown column neither vanished nor absurdly wide
    (the last one, which stretches to the table's width, aside)."""
    shown = [header.logicalIndex(v) for v in range(header.count())
             if not header.isSectionHidden(header.logicalIndex(v))]
    sized = shown[:-1] if header.stretchLastSection() else shown
    return bool(shown) and all(MIN_COLUMN <= header.sectionSize(c) <= MAX_COLUMN for c in sized)
