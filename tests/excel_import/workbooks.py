"""Small import workbooks written with openpyxl for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

CLIENTS = ["Account number", "Name", "Kind", "Language", "Trial end", "Email", "Created"]
CONTACTS = ["Id", "Account number", "Name", "Email", "Role", "Paid seat"]
SUBSCRIPTIONS = ["Id", "Account number", "Participant", "Plan", "Price", "Period", "Start", "Billing day"]
CARDS = ["Account number", "Brand", "Last 4 digits", "Expiry month", "Expiry year"]
REQUESTS = ["Account number", "Subscription id", "Contact id", "Channel", "Received", "Message"]


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


# A French CRM's export: Windows-1252, semicolons, day-first dates, oui/non; rows 4-9 hold
# one problem each (row 7 is blank and skipped).
FRENCH = """Société;ID client;Courriel;Téléphone;Prénom;Nom;Pays;Ville;Client depuis;Actif
Boulangerie Dupont;FR-001;contact@dupont.fr;01 23 45 67 89;Marie;Dupont;France;Lyon;13/01/2021;oui
Café de la Gare;FR-002;gare@cafe.fr;;Jean;Martin;France;Paris;02/03/2022;non
Pharmacie Centrale;FR-003;pas-un-email;;Luc;Petit;France;Nice;05/06/2020;oui
Librairie Molière;FR-005;moliere@livres.fr;;Anne;Roux;France;Caen;31/02/2022;oui
Boulangerie Dupont bis;FR-001;bis@dupont.fr;;Paul;Dupont;France;Lyon;01/01/2020;oui
;;;;;;;;;
;;vide@exemple.fr;;Zoé;Blanc;France;Metz;01/01/2020;oui
Épicerie Fine;FR-004;epicerie@fine.fr;;Léa;Garnier;France;Lille;07/08/2019;peut-être
"""
