"""The languages Account Desk speaks (interface, emails, clients): defined once.

Kept free of any import, so the command line and the window's fast start-up path can
use it without loading SQLAlchemy.
"""

from __future__ import annotations

LANGUAGES = ("en", "fr", "zh")
