#!/usr/bin/env python3
"""Writes a roster CSV as the two workbooks scripts/benchmark-xlsx.sh reads.

    Benchmarks/roster_workbooks.py ROSTER.csv OUTDIR

OUTDIR/roster-shared.xlsx: XlsxWriter (the Python original of libxlsxwriter), strings in a shared-string
table as Excel writes them; OUTDIR/roster-inline.xlsx: openpyxl, which writes every string inline.
Whole numbers in the CSV (mentor_capacity, numeric ratings) become numbers; everything else stays text;
empty cells are left out. The sheet is called "Roster".
"""
import csv
import sys

import openpyxl
import xlsxwriter


def cells(row):
    return [int(v) if v.isdigit() else v for v in row]


def main():
    source, out = sys.argv[1], sys.argv[2]
    with open(source, newline="", encoding="utf-8-sig") as f:
        rows = [cells(r) for r in csv.reader(f)]
    rows[0] = [str(v) for v in rows[0]]

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    for r in rows:
        ws.append([None if v == "" else v for v in r])
    wb.save(f"{out}/roster-inline.xlsx")

    wb = xlsxwriter.Workbook(f"{out}/roster-shared.xlsx")
    ws = wb.add_worksheet("Roster")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v != "":
                ws.write(i, j, v)
    wb.close()


if __name__ == "__main__":
    main()
