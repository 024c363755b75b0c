#!/usr/bin/env python3
"""Reads a workbook of capplan's (changes.xlsx, trend.xlsx, or capability.xlsx with --baseline) back
with openpyxl, an independent reader, and checks that each table sheet named equals its CSV file.

Usage:
    check_tables.py XLSX CSV_FOLDER [--table SHEET=FILE ...] [--cells SHEET ...]

A table sheet has a title on row 1, the CSV's header on row 2 and its rows from row 3: numbers as
numeric cells (fractions to the CSV's four decimals), text as strings (the CSV holds the text's
neutralised form), empty cells empty, and no formula anywhere in the workbook. Prints a JSON report
on standard output: the sheets, the charts of each sheet (type, direction, grouping, series, their
value ranges), the rows of each table compared, every fill colour of each table's data cells, and
the values of every cell of the sheets named by --cells. Exits 0 when every check passes; otherwise
prints one `FAIL: …` line per problem on standard error and exits 1 (3 when openpyxl is missing).
"""

import argparse
import csv
import json
import math
import re
import sys

try:
    import openpyxl
except ImportError:  # pragma: no cover
    print("openpyxl is missing: run `make test` (scripts/install-deps.sh installs it)", file=sys.stderr)
    sys.exit(3)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
failures = []


def fail(message):
    failures.append(message)


def neutralised(text):
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def check_cell(place, cell, text):
    value, kind = cell.value, cell.data_type
    if text == "":
        if value not in (None, ""):
            fail(f"{place}: expected an empty cell, found {value!r}")
    elif NUMBER.match(text):
        if kind != "n" or isinstance(value, bool) or not isinstance(value, (int, float)):
            fail(f"{place}: expected a number equal to {text}, found {value!r} (type {kind!r})")
        elif not math.isclose(float(value), float(text), rel_tol=0, abs_tol=1e-9):
            fail(f"{place}: {value!r} is not the CSV's {text}")
    elif kind != "s" or not isinstance(value, str) or neutralised(value) != text:
        fail(f"{place}: expected the string {text!r}, found {value!r} (type {kind!r})")


def fill(cell):
    color = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
    return color[-6:] if isinstance(color, str) else "none"


def check_table(wb, folder, sheet, file, report):
    with open(f"{folder}/{file}", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if sheet not in wb.sheetnames:
        fail(f"{sheet}: no such sheet (sheets: {wb.sheetnames})")
        return
    ws = wb[sheet]
    header, data = rows[0], rows[1:]
    for c, name in enumerate(header, start=1):
        check_cell(f"{sheet}!{c}:2", ws.cell(row=2, column=c), name)
    fills = {}
    for r, record in enumerate(data, start=3):
        if len(record) != len(header):
            fail(f"{file} line {r - 1}: {len(record)} fields, the header has {len(header)}")
        for c, text in enumerate(record, start=1):
            cell = ws.cell(row=r, column=c)
            check_cell(f"{sheet}!{c}:{r}", cell, text)
            fills[fill(cell)] = fills.get(fill(cell), 0) + 1
    if ws.max_row > 2 + len(data):
        fail(f"{sheet}: {ws.max_row - 2 - len(data)} rows below the table")
    report["tables"][sheet] = len(data)
    report["fills"][sheet] = fills


def chart_report(chart):
    series = []
    for s in chart.series:
        values = s.val.numRef.f if s.val is not None and s.val.numRef is not None else None
        name = s.tx.strRef.f if s.tx is not None and s.tx.strRef is not None else (s.tx.v if s.tx is not None else None)
        series.append({"name": name, "values": values})
    return {"type": chart.tagname, "direction": getattr(chart, "barDir", None), "grouping": getattr(chart, "grouping", None),
            "series": series}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("xlsx")
    parser.add_argument("folder")
    parser.add_argument("--table", action="append", default=[])
    parser.add_argument("--cells", action="append", default=[])
    args = parser.parse_args()
    wb = openpyxl.load_workbook(args.xlsx)
    report = {"sheets": wb.sheetnames, "tables": {}, "fills": {}, "charts": {}, "cells": {}}
    formulas = 0
    for ws in wb.worksheets:
        report["charts"][ws.title] = [chart_report(chart) for chart in ws._charts]
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas += 1
    if formulas:
        fail(f"{formulas} formula cells")
    for entry in args.table:
        sheet, file = entry.split("=", 1)
        check_table(wb, args.folder, sheet, file, report)
    for sheet in args.cells:
        ws = wb[sheet]
        report["cells"][sheet] = {cell.coordinate: cell.value for row in ws.iter_rows() for cell in row if cell.value is not None}
    if failures:
        for message in failures[:50]:
            print(f"FAIL: {message}", file=sys.stderr)
        sys.exit(1)
    print(json.dumps(report, default=str))


if __name__ == "__main__":
    main()
