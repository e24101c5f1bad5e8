"""CSV and XLSX exports of the dashboard's tables, for Excel as it is set up in Denmark.

CSV: semicolon-separated, decimal comma, UTF-8 with a byte-order mark (so Excel reads æ, ø and å).
XLSX (openpyxl): numbers as numbers, a frozen header row, the table's title as the sheet's name.
In both, a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
prefixed with an apostrophe, so a unit name typed by staff can never run as a formula in the
reader's spreadsheet (CSV/formula injection; openpyxl would otherwise store ``=...`` as a formula).
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook

from borgerraad.insights.statistics import Table

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_cell(table.key_label), *(_cell(column) for column in table.columns)])
    for row in table.rows:
        writer.writerow([_cell(row.label), *(_cell(value) for value in row.values)])
    return "\ufeff" + out.getvalue()


def _xlsx_cell(value):
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def table_xlsx(table: Table) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    # Sheet names are at most 31 characters and may not hold []:*?/\
    sheet.title = "".join(char for char in table.title if char not in "[]:*?/\\")[:31] or "Tabel"
    sheet.append([_xlsx_cell(table.key_label), *(_xlsx_cell(column) for column in table.columns)])
    for row in table.rows:
        sheet.append([_xlsx_cell(row.label), *(_xlsx_cell(value) for value in row.values)])
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
