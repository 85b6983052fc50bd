"""Run as a separate process: another workstation adds a contact to a client (argv: URL, client id)."""

from __future__ import annotations

import sys
from datetime import date

from app.desk import Desk

if __name__ == "__main__":
    with Desk.open(sys.argv[1], today=date(2026, 11, 22)) as desk:
        print(desk.add_contact(int(sys.argv[2]), "Zoe From Elsewhere", "zoe@example.com"))
