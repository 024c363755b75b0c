#!/usr/bin/env python3
"""Reads capplan's capability.xlsx back with openpyxl, an independent reader, and checks it against
the CSV reports written beside it (SPEC §5).

Usage:
    check_workbook.py XLSX CSV_FOLDER [--roster PATH] [--input-name TEXT] [--version TEXT]
                      [--framework-label TEXT] [--hostile TEXT ...] [--rows-per-sheet N] [--plan]

With --plan, XLSX is `capplan plan`'s hiring-plan.xlsx (Hiring plan, Unreachable, About) rather than
capability.xlsx. capability.xlsx may hold the Hiring plan and Unreachable sheets (`analyze --plan-hires`):
they are expected exactly when hiring-plan.csv is beside it.

Prints a JSON report on standard output and exits 0 when every check passes. Otherwise prints one
`FAIL: …` line per problem on standard error and exits 1. Exits 3 when openpyxl is missing, 2 on a
usage error.
"""

import argparse
import csv
import hashlib
import json
import math
import os
import re
import sys
import zipfile

try:
    import openpyxl
    from openpyxl.utils.cell import get_column_letter, range_boundaries
except ImportError:  # pragma: no cover - the Swift test turns this into "run make test"
    print("openpyxl is missing: run `make test` (scripts/install-deps.sh installs it)", file=sys.stderr)
    sys.exit(3)

SHEETS = ["Summary", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring",
          "Unmatched needs", "Readiness", "Grade mix", "Hiring plan", "Unreachable", "Framework", "About"]
# Sheets only some runs write: present exactly when their CSV file is (analyze --plan-hires).
OPTIONAL_SHEETS = {"Hiring plan", "Unreachable"}
PLAN_SHEETS = ["Hiring plan", "Unreachable", "About"]

# CSV file -> sheet, in workbook order.
TABLES = [
    ("summary.csv", "Summary"),
    ("skills-matrix.csv", "Skills matrix"),
    ("gaps.csv", "Gaps"),
    ("gaps-by-level.csv", "Gaps by level"),
    ("coverage.csv", "Coverage"),
    ("key-people.csv", "Key people"),
    ("mentoring.csv", "Mentoring"),
    ("unmatched-needs.csv", "Unmatched needs"),
    ("readiness.csv", "Readiness"),
    ("grade-mix.csv", "Grade mix"),
    ("hiring-plan.csv", "Hiring plan"),
    ("unreachable.csv", "Unreachable"),
]

# Columns holding numbers (SPEC §5: counts and gaps as integers, readiness as a fraction). Every other
# column holds text (names, level names, statuses, lists). "auto": a number when the CSV cell is one.
NUMERIC = {
    "summary.csv": {"value": "auto"},
    "gaps.csv": {"gap": "int"},
    "gaps-by-level.csv": {c: "int" for c in ["people_required", "people_meeting", "people_below",
                                              "people_not_assessed", "total_gap_levels"]},
    "key-people.csv": {"sole_skills": "int"},
    "mentoring.csv": {"weight": "int"},
    "unmatched-needs.csv": {"weight": "int"},
    "readiness.csv": {"next_level_skills": "int", "meeting": "int", "readiness": "fraction"},
    "grade-mix.csv": {"headcount": "int"},
    "hiring-plan.csv": {"hire": "int"},
    "unreachable.csv": {"holders": "int", "target_holders": "int"},
    # coverage.csv: every column from `rated` to `target_holders` (the scale's levels lie between).
}

HEATMAP = {"meets": "C6EFCE", "below": "FFC7CE", "not assessed": "FFEB9C", "not required": "F2F2F2", "blank": None}
# With attrition information (SPEC §10): probabilities, six decimals in the CSV, percentages in the workbook.
RISK_COLUMNS = ["risk_below_target", "risk_no_cover"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

# Data rows per sheet before a table continues on "Name (2)", "Name (3)", …: Excel's 1,048,576 rows
# less the title and header rows, unless the workbook was written with fewer (--rows-per-sheet).
rows_per_sheet = 1048576 - 2

failures = []


def fail(message):
    failures.append(message)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def neutralised(text):
    """The CSV form of workbook text: a leading formula character gets a `'` (SPEC §5)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plain(text):
    """The workbook form of CSV text: the neutralising `'` taken off again."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def display_length(text):
    """How wide text shows in a cell: its longest line, without the CSV's neutralising `'`."""
    return max((len(line) for line in plain(text).split("\n")), default=0)


def where(sheet, row, column):
    return f"{sheet}!{get_column_letter(column)}{row}"


def numeric_kinds(file, header):
    if file == "coverage.csv":
        try:
            first, last = header.index("rated"), header.index("target_holders")
        except ValueError:
            fail("coverage.csv: no `rated` or `target_holders` column")
            return {}
        kinds = {header[i]: "int" for i in range(first, last + 1)}
        kinds.update({c: "fraction" for c in RISK_COLUMNS})
        return kinds
    if file == "key-people.csv":
        return {"sole_skills": "int", "risk_no_cover": "fraction"}
    return NUMERIC.get(file, {})


def check_cell(sheet, row, column, cell, text, kind):
    """One sheet cell against its CSV text: numbers as numeric cells, text as strings, empty as empty."""
    place = where(sheet, row, column)
    value, data_type = cell.value, cell.data_type
    if data_type == "f":
        fail(f"{place}: a formula ({value!r}); the CSV has {text!r}")
        return
    if text == "":
        if value is not None and value != "":
            fail(f"{place}: expected an empty cell (empty in the CSV), found {value!r}")
        return
    if kind == "auto":
        kind = "number" if NUMBER.match(text) else None
    if kind in ("int", "fraction", "number"):
        if not NUMBER.match(text):
            fail(f"{place}: the CSV's {text!r} is not a number in a numeric column")
            return
        if data_type != "n" or isinstance(value, bool) or not isinstance(value, (int, float)):
            fail(f"{place}: expected a numeric cell equal to {text}, found {value!r} (type {data_type!r})")
            return
        if "." in text:
            if not math.isclose(float(value), float(text), rel_tol=0, abs_tol=1e-9):
                fail(f"{place}: {value!r} differs from the CSV's {text} by more than 1e-9")
        elif kind == "int" and float(value) != int(text):
            fail(f"{place}: {value!r} is not the CSV's integer {text}")
        elif float(value) != float(int(text)):
            fail(f"{place}: {value!r} is not the CSV's {text}")
        return
    # Text: stored as a string, verbatim; the CSV holds its neutralised form.
    if data_type != "s" or not isinstance(value, str):
        fail(f"{place}: expected the string {text!r}, found {value!r} (type {data_type!r})")
        return
    if neutralised(value) != text:
        fail(f"{place}: the string {value!r} does not match the CSV's {text!r}")


def parts(count, sheet_name):
    """How many sheets a table of `count` data rows takes (one at least; the Summary's metrics, always one)."""
    return 1 if sheet_name == "Summary" else max(1, -(-count // rows_per_sheet))


def part_name(sheet_name, part):
    return sheet_name if part == 0 else f"{sheet_name} ({part + 1})"


def expected_sheets(tables):
    """SHEETS, each table's sheet followed by its continuations."""
    counts = {sheet: len(tables[file]) - 1 for file, sheet in TABLES if tables.get(file)}
    sheets = [s for s in SHEETS if s not in OPTIONAL_SHEETS or s in counts]
    return [part_name(sheet, k) for sheet in sheets for k in range(parts(counts.get(sheet, 0), sheet))]


def locate(sheet_name, index):
    """The sheet and row (1-based) of data row `index` (0-based) of a table."""
    return part_name(sheet_name, index // rows_per_sheet), 3 + index % rows_per_sheet


def check_table(wb, folder, file, sheet_name, report):
    if sheet_name in OPTIONAL_SHEETS and not os.path.exists(f"{folder}/{file}"):
        if sheet_name in wb.sheetnames:
            fail(f"{sheet_name}: in the workbook, but {file} was not written beside it")
        return None
    rows = read_csv(f"{folder}/{file}")
    if not rows:
        fail(f"{file}: empty file")
        return None
    header, data = rows[0], rows[1:]
    for i, record in enumerate(data):
        if len(record) != len(header):
            fail(f"{file} line {i + 2}: {len(record)} fields, the header has {len(header)}")
    if sheet_name not in wb.sheetnames:
        return rows
    count = parts(len(data), sheet_name)
    for part in range(count):
        first = part * rows_per_sheet
        last = len(data) if part == count - 1 else first + rows_per_sheet
        check_part(wb, file, part_name(sheet_name, part), header, data[first:last], first, continued=part > 0,
                   width_sample=data[:width_sample_rows(len(header))])
    report["tables"][sheet_name] = len(data)
    return rows


def check_part(wb, file, sheet_name, header, data, first, continued, width_sample):
    """One sheet of a table: `data` are its rows, starting with the table's data row `first` (0-based).
    Every sheet of a table has the widths that fit the table's first rows, `width_sample`."""
    if sheet_name not in wb.sheetnames:
        fail(f"{sheet_name}: missing, {file} has {len(data)} rows for it")
        return
    ws = wb[sheet_name]
    if continued:
        title = ws.cell(row=1, column=1).value or ""
        expected = f"(continued, rows {first + 1}\u2013{first + len(data)})"
        if not title.endswith(expected):
            fail(f"{sheet_name}: title {title!r} does not end {expected!r}")
    kinds = numeric_kinds(file, header)
    # Header on row 2, data from row 3.
    for c, name in enumerate(header, start=1):
        cell = ws.cell(row=2, column=c)
        if not isinstance(cell.value, str) or neutralised(cell.value) != name or cell.data_type != "s":
            fail(f"{where(sheet_name, 2, c)}: header {cell.value!r}, the CSV's is {name!r}")
    for r, record in enumerate(data, start=3):
        for c, text in enumerate(record, start=1):
            kind = kinds.get(header[c - 1]) if c <= len(header) else None
            check_cell(sheet_name, r, c, ws.cell(row=r, column=c), text, kind)
            # A probability shows as a percentage with one decimal.
            if c <= len(header) and header[c - 1] in RISK_COLUMNS and ws.cell(row=r, column=c).number_format != "0.0%":
                fail(f"{where(sheet_name, r, c)}: number format {ws.cell(row=r, column=c).number_format!r}, expected 0.0%")
    last_row = 2 + len(data)
    width = len(header)
    if sheet_name == "Summary":
        # The metric table is columns A–B; the dashboard lies right of it.
        for row in ws.iter_rows(min_row=last_row + 1, max_row=max(ws.max_row, last_row + 1), min_col=1, max_col=width):
            for cell in row:
                if cell.value is not None:
                    fail(f"{where(sheet_name, cell.row, cell.column)}: {cell.value!r} below the metric table")
    else:
        if ws.max_row > last_row:
            extra = [c.value for row in ws.iter_rows(min_row=last_row + 1, max_row=ws.max_row) for c in row
                     if c.value is not None]
            if extra:
                fail(f"{sheet_name}: data below the table's last row {last_row}: {extra[:5]!r}")
        if ws.max_column > width:
            for row in ws.iter_rows(min_row=2, max_row=ws.max_row, min_col=width + 1, max_col=ws.max_column):
                for cell in row:
                    if cell.value is not None:
                        fail(f"{where(sheet_name, cell.row, cell.column)}: {cell.value!r} right of the table")
        # Frozen header (and the person column of the matrix), filters over header and data.
        expected_pane = "B3" if sheet_name.startswith("Skills matrix") else "A3"
        if ws.freeze_panes != expected_pane:
            fail(f"{sheet_name}: frozen panes at {ws.freeze_panes!r}, expected {expected_pane}")
        expected_filter = f"A2:{get_column_letter(width)}{last_row}"
        if ws.auto_filter.ref != expected_filter:
            fail(f"{sheet_name}: filter over {ws.auto_filter.ref!r}, expected {expected_filter}")
        check_widths(ws, sheet_name, header, width_sample)
    if sheet_name == "Summary" and ws.freeze_panes != "A3":
        fail(f"Summary: frozen panes at {ws.freeze_panes!r}, expected A3")


def width_sample_rows(columns):
    """The rows capplan sizes a table's columns from: 2,000, fewer for a wide table (about 24,000 cells, at least 200)."""
    return max(200, 2000 * 12 // max(12, columns))


def check_widths(ws, sheet_name, header, data):
    """Column widths that fit: at least the header (up to 30) and the values (up to 60), plus a margin."""
    for c, name in enumerate(header, start=1):
        letter = get_column_letter(c)
        dimension = ws.column_dimensions.get(letter)
        width = dimension.width if dimension is not None and dimension.customWidth else None
        longest = max([display_length(record[c - 1]) for record in data if c <= len(record)] + [0])
        needed = max(min(len(plain(name)) + 2, 30), min(longest + 2, 60))
        if width is None or width < needed:
            fail(f"{sheet_name} column {letter} ({name}): width {width!r}, needs at least {needed}")


def fill_hex(cell):
    fill = cell.fill
    if fill is None or fill.fill_type != "solid" or fill.fgColor is None or not isinstance(fill.fgColor.rgb, str):
        return None
    return fill.fgColor.rgb[-6:].upper()


def scale_levels(coverage_header):
    first, last = coverage_header.index("rated"), coverage_header.index("holders")
    return coverage_header[first + 1:last]


def check_heatmap(wb, tables, report):
    matrix, gaps, coverage = tables.get("skills-matrix.csv"), tables.get("gaps.csv"), tables.get("coverage.csv")
    if not matrix or not gaps or not coverage or "Skills matrix" not in wb.sheetnames:
        return
    levels = scale_levels(coverage[0])
    rank = {name: i for i, name in enumerate(levels)}
    gap_header = gaps[0]
    p, s, q = gap_header.index("person"), gap_header.index("skill"), gap_header.index("required")
    required = {}
    for record in gaps[1:]:
        required[(record[p], record[s])] = record[q]
    header = matrix[0]
    fixed = header.index("team") + 1
    people = [record[0] for record in matrix[1:]]
    if len(set(people)) != len(people):
        fail("skills-matrix.csv: people's names are not unique, so gaps.csv cannot be matched to rows")
        return
    counts = {k: 0 for k in HEATMAP}
    for index, record in enumerate(matrix[1:]):
        sheet, r = locate("Skills matrix", index)
        if sheet not in wb.sheetnames:
            continue  # reported by check_table
        ws = wb[sheet]
        for c in range(fixed, len(header)):
            skill, rating = header[c], record[c]
            need = required.get((record[0], skill))
            if need is None:
                # A skill neither required nor rated is left blank (no fill).
                kind = "not required" if rating != "" else "blank"
            elif rating == "":
                kind = "not assessed"
            elif rating not in rank or need not in rank:
                fail(f"skills-matrix.csv row {index + 2}: unknown level {rating!r} or {need!r}")
                continue
            else:
                kind = "meets" if rank[rating] >= rank[need] else "below"
            counts[kind] += 1
            actual = fill_hex(ws.cell(row=r, column=c + 1))
            if actual != HEATMAP[kind]:
                fail(f"{where(sheet, r, c + 1)} ({record[0]}, {skill}: rating {rating or 'none'}, "
                     f"required {need or 'none'}): fill {actual}, expected {HEATMAP[kind]} ({kind})")
    report["heatmap"] = counts


def resolve(wb, reference):
    """The values of a chart reference such as `Coverage!$C$3:$C$8` or `'Grade mix'!$A$1`."""
    sheet, _, cells = reference.rpartition("!")
    sheet = sheet.strip("'").replace("''", "'")
    if sheet not in wb.sheetnames:
        fail(f"chart reference {reference}: no sheet {sheet!r}")
        return sheet, None, []
    min_col, min_row, max_col, max_row = range_boundaries(cells.replace("$", ""))
    ws = wb[sheet]
    values = [ws.cell(row=r, column=c).value for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)]
    return sheet, (min_col, min_row, max_col, max_row), values


def series_parts(wb, series):
    name = None
    if series.tx is not None:
        name = series.tx.v if series.tx.v is not None else (series.tx.strRef.f if series.tx.strRef is not None else None)
    cat = series.cat
    cat_ref = None
    if cat is not None:
        cat_ref = cat.numRef.f if cat.numRef is not None else (cat.strRef.f if cat.strRef is not None else None)
    val_ref = series.val.numRef.f if series.val is not None and series.val.numRef is not None else None
    return name, cat_ref, val_ref


def summary_series(wb, label, series):
    """A chart series' name, categories and values, read from its ranges, which must lie on Summary.
    None (after a failure) when it has no category or value reference."""
    name, cat_ref, val_ref = series_parts(wb, series)
    if not cat_ref or not val_ref:
        fail(f"{label} series {name}: no category or value reference")
        return None
    cat_sheet, _, categories = resolve(wb, cat_ref)
    val_sheet, _, values = resolve(wb, val_ref)
    if cat_sheet != "Summary" or val_sheet != "Summary":
        fail(f"{label} series {name}: refers to {cat_ref} / {val_ref}, expected Summary ranges")
    return name, categories, values


def number(value):
    return 0 if value is None else value


def check_charts(wb, tables, report):
    for name in wb.sheetnames:
        if name != "Summary" and wb[name]._charts:
            fail(f"{name}: has {len(wb[name]._charts)} chart(s); charts belong on Summary")
    charts = wb["Summary"]._charts if "Summary" in wb.sheetnames else []
    kinds = []
    for chart in charts:
        kinds.append((chart.tagname, getattr(chart, "barDir", None), getattr(chart, "grouping", None)))
    report["charts"] = [f"{t} {d} {g}" for t, d, g in kinds]
    if len(charts) < 3:
        fail(f"Summary: {len(charts)} charts, expected at least 3")

    def find(bar_dir, grouping):
        for chart, kind in zip(charts, kinds):
            if kind == ("barChart", bar_dir, grouping):
                return chart
        fail(f"Summary: no {bar_dir} chart with {grouping} grouping (found {report['charts']})")
        return None

    coverage = tables.get("coverage.csv")
    levels = scale_levels(coverage[0]) if coverage else []

    # Skill coverage by level: a stacked bar per skill, one series per scale level, from the Coverage sheet.
    chart = find("bar", "stacked")
    if chart is not None and coverage:
        n = len(coverage) - 1
        if [series_parts(wb, s)[0] for s in chart.series] != levels:
            fail(f"coverage chart: series {[series_parts(wb, s)[0] for s in chart.series]}, expected the levels {levels}")
        for series in chart.series:
            name, cat_ref, val_ref = series_parts(wb, series)
            if cat_ref != f"Coverage!$A$3:$A${2 + n}":
                fail(f"coverage chart series {name}: categories {cat_ref}, expected Coverage!$A$3:$A${2 + n}")
            if name in levels:
                column = get_column_letter(coverage[0].index(name) + 1)
                if val_ref != f"Coverage!${column}$3:${column}${2 + n}":
                    fail(f"coverage chart series {name}: values {val_ref}, expected Coverage!${column}$3:${column}${2 + n}")

    # Gaps by required level: columns per level, from a block on Summary, equal to gaps-by-level.csv's totals.
    chart = find("col", "clustered")
    by_level = tables.get("gaps-by-level.csv")
    if chart is not None and by_level:
        h = by_level[0]
        totals = {}
        for record in by_level[1:]:
            t = totals.setdefault(record[h.index("required_level")], {"required": 0, "below": 0, "not assessed": 0, "levels of gap": 0})
            t["required"] += int(record[h.index("people_required")])
            t["below"] += int(record[h.index("people_below")])
            t["not assessed"] += int(record[h.index("people_not_assessed")])
            t["levels of gap"] += int(record[h.index("total_gap_levels")])
        used = [level for level in levels if totals.get(level, {}).get("required", 0) > 0]
        names = [series_parts(wb, s)[0] for s in chart.series]
        if sorted(names) != sorted(["below", "not assessed", "levels of gap"]):
            fail(f"gaps chart: series {names}, expected below, not assessed, levels of gap")
        for series in chart.series:
            read = summary_series(wb, "gaps chart", series)
            if read is None:
                continue
            name, categories, values = read
            if categories != used:
                fail(f"gaps chart series {name}: categories {categories}, expected the required levels {used}")
                continue
            if name in ("below", "not assessed", "levels of gap"):
                expected = [totals[level][name] for level in used]
                if [number(v) for v in values] != expected:
                    fail(f"gaps chart series {name}: values {values}, gaps-by-level.csv totals {expected}")

    # Grade mix: stacked columns per grade, one series per role level, equal to grade-mix.csv's
    # headcounts; for a team with more level names than a chart can show (more than 8), stacked
    # bars per role, one series per grade.
    mix = tables.get("grade-mix.csv")
    if mix:
        h = mix[0]
        by_role = len({plain(record[h.index("level")]) for record in mix[1:]}) > 8
        report["grade_mix_by"] = "role" if by_role else "level"
        if by_role:
            chart = None
            for candidate, kind in zip(charts, kinds):
                if kind == ("barChart", "bar", "stacked") and [series_parts(wb, s)[0] for s in candidate.series] != levels:
                    chart = candidate
            if chart is None:
                fail(f"Summary: no bar chart of the grade mix by role (found {report['charts']})")
        else:
            chart = find("col", "stacked")
        headcount = {}
        for record in mix[1:]:
            grade = plain(record[h.index("grade")]) or "(no grade)"
            key = (grade, plain(record[h.index("role" if by_role else "level")]))
            headcount[key] = headcount.get(key, 0) + int(record[h.index("headcount")])
        seen = set()
        for series in (chart.series if chart is not None else []):
            read = summary_series(wb, "grade mix chart", series)
            if read is None:
                continue
            name, categories, values = read
            expected = sorted({role for _, role in headcount}) if by_role else sorted({g for g, _ in headcount})
            if sorted(categories) != expected:
                fail(f"grade mix chart series {name}: categories {categories}, grade-mix.csv has {expected}")
            for category, value in zip(categories, values):
                key = (name, category) if by_role else (category, name)
                seen.add(key)
                if number(value) != headcount.get(key, 0):
                    fail(f"grade mix chart: {key} is {value}, grade-mix.csv says {headcount.get(key, 0)}")
        missing = [key for key, count in headcount.items() if count and key not in seen]
        if missing:
            fail(f"grade mix chart: no bar for {missing}")


def check_formulas(wb, path, hostile, report):
    formulas = 0
    found = {h: 0 for h in hostile}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas += 1
                    fail(f"{where(ws.title, cell.row, cell.column)}: a formula {cell.value!r}")
                if isinstance(cell.value, str):
                    if cell.value in found and cell.data_type == "s":
                        found[cell.value] += 1
                    for h in hostile:
                        if cell.value == "'" + h:
                            fail(f"{where(ws.title, cell.row, cell.column)}: the workbook holds the CSV-neutralised {cell.value!r}")
    # And in the XML itself: no <f> element in any worksheet.
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                if re.search(rb"<f[ >/]", archive.read(name)):
                    fail(f"{name}: contains an <f> (formula) element")
    for h, count in found.items():
        if count == 0:
            fail(f"the roster text {h!r} is not in any sheet as a string cell")
    report["formulas"] = formulas
    report["hostile"] = found


def check_about(wb, args, report):
    if "About" not in wb.sheetnames:
        return
    ws = wb["About"]
    about = {}
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row and row[0] is not None:
            about[str(row[0])] = row[1] if len(row) > 1 else None
    report["about"] = about
    if ws.cell(row=2, column=1).value != "item" or ws.cell(row=2, column=2).value != "value":
        fail("About: header is not item, value")
    if ws.freeze_panes != "A3":
        fail(f"About: frozen panes at {ws.freeze_panes!r}, expected A3")
    if args.input_name is not None and about.get("input file") != args.input_name:
        fail(f"About: input file {about.get('input file')!r}, expected {args.input_name!r}")
    if args.roster is not None:
        with open(args.roster, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if about.get("input SHA-256") != digest:
            fail(f"About: input SHA-256 {about.get('input SHA-256')!r}, hashlib says {digest}")
    if args.version is not None and about.get("capplan version") != args.version:
        fail(f"About: capplan version {about.get('capplan version')!r}, expected {args.version!r}")
    if not about.get("framework"):
        fail("About: no framework line")
    elif args.framework_label is not None and args.framework_label not in str(about["framework"]):
        fail(f"About: framework {about['framework']!r} does not name {args.framework_label!r}")
    if not any(key.startswith("option: ") for key in about):
        fail("About: no option lines")


def check_framework_sheet(wb):
    if "Framework" not in wb.sheetnames:
        return
    ws = wb["Framework"]
    header = [ws.cell(row=2, column=c).value for c in range(1, 5)]
    if header != ["role", "level", "skill", "required"]:
        fail(f"Framework: header starts {header}, expected role, level, skill, required")
    if ws.freeze_panes != "A3":
        fail(f"Framework: frozen panes at {ws.freeze_panes!r}, expected A3")
    if not ws.auto_filter.ref or not ws.auto_filter.ref.startswith("A2:"):
        fail(f"Framework: filter {ws.auto_filter.ref!r}, expected one from A2")
    if ws.max_row < 3:
        fail("Framework: no requirements")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xlsx")
    parser.add_argument("csv_folder")
    parser.add_argument("--roster", help="the roster file, for the About sheet's SHA-256")
    parser.add_argument("--input-name", help="the About sheet's expected `input file`")
    parser.add_argument("--version", help="the About sheet's expected `capplan version`")
    parser.add_argument("--framework-label", help="text the About sheet's `framework` line must contain")
    parser.add_argument("--hostile", action="append", default=[], help="roster text that must appear verbatim as a string")
    parser.add_argument("--rows-per-sheet", type=int, help="data rows per sheet the workbook was written with")
    parser.add_argument("--plan", action="store_true", help="XLSX is capplan plan's hiring-plan.xlsx")
    args = parser.parse_args()
    global rows_per_sheet, SHEETS, TABLES
    if args.rows_per_sheet:
        rows_per_sheet = args.rows_per_sheet
    if args.plan:
        SHEETS = PLAN_SHEETS
        TABLES = [(file, sheet) for file, sheet in TABLES if sheet in PLAN_SHEETS]

    wb = openpyxl.load_workbook(args.xlsx)
    report = {"sheets": wb.sheetnames, "tables": {}, "created": None}
    tables = {}
    for file, sheet in TABLES:
        rows = check_table(wb, args.csv_folder, file, sheet, report)
        if rows is not None:
            tables[file] = rows
    if wb.sheetnames != expected_sheets(tables):
        fail(f"sheets are {wb.sheetnames}, expected {expected_sheets(tables)}")
    if not args.plan:
        check_heatmap(wb, tables, report)
        check_charts(wb, tables, report)
    check_formulas(wb, args.xlsx, args.hostile, report)
    check_about(wb, args, report)
    check_framework_sheet(wb)
    created = wb.properties.created
    report["created"] = created.strftime("%Y-%m-%dT%H:%M:%SZ") if created is not None else None

    if failures:
        for message in failures[:200]:
            print(f"FAIL: {message}", file=sys.stderr)
        if len(failures) > 200:
            print(f"FAIL: … and {len(failures) - 200} more", file=sys.stderr)
        sys.exit(1)
    print(json.dumps(report, indent=1, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
