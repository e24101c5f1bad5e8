"""CSV exports of the dashboard's tables, for Excel as it is set up in Denmark.

Semicolon-separated, decimal comma, UTF-8 with a byte-order mark (so Excel reads æ, ø and å).
A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with
an apostrophe, so a unit name typed by staff can never run as a formula in the reader's
spreadsheet (CSV injection). XLSX is not offered: no spreadsheet library is installed.
"""

from __future__ import annotations

import csv
import io

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
