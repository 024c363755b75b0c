#!/usr/bin/env python3
"""What the Excel tests ask of an independent program (openpyxl): writing rosters as workbooks,
filling in forms, and reading back what capplan wrote.

    excel_tool.py csv2xlsx SRC.csv DEST.xlsx [--sheet NAME] [--title TEXT] [--hidden-first|--notes-first]
        The CSV as a workbook, as a person keeps it in Excel: whole numbers and decimals as numbers,
        ISO dates (YYYY-MM-DD) as date cells, yes/no left as text (--booleans: TRUE/FALSE cells), empty
        cells left out. --title puts a title row (and a blank row) above the header; --hidden-first
        adds a hidden sheet before it, --notes-first a visible one.
    excel_tool.py fill-forms JSON
        JSON: {"path.xlsx": {"D12": "expert", "E12": "a comment", …}, …}: sets the cells and saves.
    excel_tool.py compare-workbooks A.xlsx B.xlsx [INPUT_A INPUT_B]
        Every part of the two workbooks (ZIP entries) byte for byte, the input names INPUT_A and INPUT_B
        taken as the same, except the About sheet, whose cells are compared except the "input file" and
        "input SHA-256" rows. Prints JSON
        {"parts": N, "differing_parts": [...], "about_differences": [...]}.
    excel_tool.py inspect FILE
        Sheets, their states, panes, protection, data validations and cells, as JSON.
Exit 3 when openpyxl is missing.
"""
import csv
import datetime
import json
import re
import sys
import zipfile

try:
    import openpyxl
except ImportError:
    sys.stderr.write("openpyxl is missing\n")
    sys.exit(3)


def cell_value(text, booleans):
    if text == "":
        return None
    if re.fullmatch(r"-?[0-9]+", text) and not (len(text) > 1 and text.startswith("0")):
        return int(text)
    if re.fullmatch(r"-?[0-9]*\.[0-9]+", text):
        return float(text)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return datetime.date.fromisoformat(text)
    if booleans and text.lower() in ("yes", "no"):
        return text.lower() == "yes"
    return text


def csv2xlsx(args):
    source, dest = args[0], args[1]
    sheet = "Roster"
    title = None
    hidden_first = "--hidden-first" in args
    notes_first = "--notes-first" in args
    booleans = "--booleans" in args
    if "--sheet" in args:
        sheet = args[args.index("--sheet") + 1]
    if "--title" in args:
        title = args[args.index("--title") + 1]
    with open(source, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    first = wb.active
    if hidden_first or notes_first:
        first.title = "Notes"
        first["A1"] = "not the roster"
        if hidden_first:
            first.sheet_state = "hidden"
        ws = wb.create_sheet(sheet)
    else:
        ws = first
        ws.title = sheet
    if title:
        ws.append([title, None, "legend: green meets"])
        ws.append([])
    for i, row in enumerate(rows):
        ws.append([v if i == 0 else cell_value(v, booleans) for v in row])
    for column in ws.iter_cols():
        for c in column:
            if isinstance(c.value, datetime.date):
                c.number_format = "yyyy-mm-dd"
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
    wb.save(dest)


def fill_forms(args):
    with open(args[0]) as f:
        plan = json.load(f)
    for path, cells in plan.items():
        wb = openpyxl.load_workbook(path)
        ws = wb["Form"]
        for ref, value in cells.items():
            ws[ref] = value
        wb.save(path)


def about_rows(data):
    import io
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    ws = wb["About"]
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()


def compare_workbooks(args):
    a, b = zipfile.ZipFile(args[0]), zipfile.ZipFile(args[1])
    names_a, names_b = a.namelist(), b.namelist()
    result = {"parts": len(names_a), "differing_parts": [], "about_differences": []}
    if names_a != names_b:
        result["differing_parts"].append({"names": [names_a, names_b]})
    about_part = None
    wb = openpyxl.load_workbook(args[0], read_only=True)
    index = wb.sheetnames.index("About") + 1
    about_part = f"xl/worksheets/sheet{index}.xml"
    # The input's name appears in the Summary's title and the document properties too.
    name_a, name_b = (escape(n) for n in args[2:4]) if len(args) >= 4 else (b"", b"")
    for name in names_a:
        if name not in names_b or name == about_part:
            continue
        part_a, part_b = a.read(name), b.read(name)
        if name_a:
            part_a, part_b = part_a.replace(name_a, b"INPUT"), part_b.replace(name_b, b"INPUT")
        if part_a != part_b:
            result["differing_parts"].append(name)
    rows_a = about_rows(open(args[0], "rb").read())
    rows_b = about_rows(open(args[1], "rb").read())
    skip = {"input file", "input SHA-256"}
    if len(rows_a) != len(rows_b):
        result["about_differences"].append(["row count", len(rows_a), len(rows_b)])
    for ra, rb in zip(rows_a, rows_b):
        if ra and ra[0] in skip and rb and rb[0] == ra[0]:
            continue
        if ra != rb:
            result["about_differences"].append([list(map(str, ra)), list(map(str, rb))])
    print(json.dumps(result))


def inspect(args):
    wb = openpyxl.load_workbook(args[0])
    out = {"sheets": [], "created": str(wb.properties.created)}
    for ws in wb.worksheets:
        sheet = {
            "name": ws.title,
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "protected": bool(ws.protection.sheet),
            "validations": [
                {"range": str(dv.sqref), "type": dv.type, "formula": dv.formula1, "error_style": dv.errorStyle,
                 "input": dv.prompt}
                for dv in ws.data_validations.dataValidation
            ],
            "cells": {c.coordinate: (c.value if not isinstance(c.value, (datetime.date, datetime.datetime)) else str(c.value))
                      for row in ws.iter_rows() for c in row if c.value is not None},
            "unlocked": sorted(c.coordinate for row in ws.iter_rows() for c in row if c.protection is not None and not c.protection.locked),
            "heights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height is not None},
            "max_row": ws.max_row,
            "max_column": ws.max_column,
        }
        out["sheets"].append(sheet)
    print(json.dumps(out))


def main():
    command, args = sys.argv[1], sys.argv[2:]
    {"csv2xlsx": csv2xlsx, "fill-forms": fill_forms, "compare-workbooks": compare_workbooks, "inspect": inspect}[command](args)


if __name__ == "__main__":
    main()
