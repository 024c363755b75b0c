#!/usr/bin/env python3
"""Writes the workbooks XLSXReaderTests reads, into the folder this script is in.

    python3 Tests/XLSXReaderTests/Fixtures/make_fixtures.py

Needs openpyxl, XlsxWriter, xlwt and msoffcrypto-tool (pip). The output is committed, so the tests
never need Python; run this again only to change a fixture. Deterministic: the same run gives the
same files (fixed timestamps, fixed random seed), except encrypted.xlsx, whose salt is random.

Three kinds of file:
  * written by independent programs (openpyxl, XlsxWriter, xlwt, msoffcrypto-tool), each with a
    NAME.expected.json that openpyxl read back from it: the non-empty cells as [row, column, text],
    text as XLSXTable shows it (whole numbers as integers, TRUE/FALSE);
  * small workbooks assembled here from hand-written XML parts (edge cases of the format);
  * hostile containers assembled byte by byte (ZIP bombs, truncation, odd compression).
"""
import datetime
import io
import json
import os
import random
import re
import struct
import zipfile
import zlib

import openpyxl
import xlsxwriter
import xlwt
from msoffcrypto.format.ooxml import OOXMLFile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def out(name):
    return os.path.join(HERE, name)


# --- The text XLSXTable gives a value --------------------------------------------------------

def shown(value):
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2 ** 63:
            return str(int(value))
        return repr(value)
    return str(value)


def expected(path, sheet=None):
    """openpyxl's reading of `path`: the non-empty cells of the sheet, cached formula values."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet] if sheet else next(s for s in wb.worksheets if s.sheet_state == "visible")
    cells = []
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or cell.value == "":
                continue
            cells.append([cell.row, cell.column, shown(cell.value)])
    with open(path.replace(".xlsx", ".expected.json"), "w") as f:
        json.dump({"sheet": ws.title, "cells": cells}, f, indent=0, ensure_ascii=False)
        f.write("\n")


def fix_zip_times(path):
    """Rewrites a ZIP with fixed entry times, so regenerating gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            info.date_time = FIXED_TIME
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2024-01-01T00:00:00Z<", data)
            z.writestr(info, data)


# --- Rosters from independent writers ----------------------------------------------------------

SKILLS = ["Change management", "Incident management", "Problem management", "Testing",
          "Coding and scripting", "User focus"]
RATINGS = ["none", "awareness", "working", "practitioner", "expert", ""]
ROLES = [("Infrastructure engineer", "engineer", "SEO"), ("Infrastructure operations engineer", "senior", "G7")]
NAMES = ["Hannah Smith", "Maya Thomas", "Zoë O'Brien", "Tom Hughes", "Åsa Lindqvist", "José Núñez",
         "Ngozi Okafor", "李 雷", "Chloé Dubois", "Sam <Lee> & Co"]


def roster_rows(people, seed):
    rng = random.Random(seed)
    rows = [["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"] + SKILLS]
    for i in range(1, people + 1):
        role, level, grade = rng.choice(ROLES)
        capacity = rng.choice([0, 1, 2, 3, None])
        rows.append([f"E{i:05d}", rng.choice(NAMES), role, level, grade, f"Team {rng.randint(1, 9)}",
                     rng.choice(["yes", "no", True, False]), capacity]
                    + [rng.choice(RATINGS) or None for _ in SKILLS])
    return rows


def openpyxl_wide():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Roster"
    for r in roster_rows(60, 1):
        ws.append(r)
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    path = out("openpyxl-wide.xlsx")
    wb.save(path)
    fix_zip_times(path)
    expected(path)


def openpyxl_long():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Survey"
    ws.append(["name", "role", "level", "skill", "rating"])
    rng = random.Random(2)
    for name in NAMES[:4]:
        role, level, _ = rng.choice(ROLES)
        for skill in SKILLS:
            ws.append([name, role, level, skill, rng.choice([0, 1, 2, 3, 4, "working", "P"])])
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    path = out("openpyxl-long.xlsx")
    wb.save(path)
    fix_zip_times(path)
    expected(path)


def openpyxl_values():
    """Numbers, booleans, an error value, a formula with no cached value, gaps, odd text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Values"
    ws["A1"] = "name"
    ws["B1"] = 3
    ws["C1"] = 3.0
    ws["D1"] = 2.5
    ws["E1"] = 0.1
    ws["F1"] = -7
    ws["G1"] = 1e20
    ws["H1"] = 1e-05
    ws["I1"] = 123456789012345
    ws["A3"] = True
    ws["B3"] = False
    ws["C3"] = "#N/A"            # openpyxl writes this as an error value (t="e")
    ws["D3"] = "=SUM(B1:D1)"     # no cached value: openpyxl does not calculate
    ws["F3"] = " padded "
    ws["G3"] = "line\nbreak"
    ws["A5"] = "a_x0041_b"       # a literal _x...._ is escaped as _x005F_ by openpyxl
    ws["E6"] = datetime.date(2024, 1, 15)  # a date is just its serial number: 45306
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    path = out("openpyxl-values.xlsx")
    wb.save(path)
    fix_zip_times(path)


def openpyxl_sheets():
    """A hidden first sheet, a chart sheet, a sheet with spaces, a very hidden one."""
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Lists"
    hidden["A1"] = "hidden"
    hidden.sheet_state = "hidden"
    wb.create_chartsheet("Chart")
    roster = wb.create_sheet("Roster")
    roster.append(["name", "level"])
    roster.append(["Hannah Smith", "engineer"])
    matrix = wb.create_sheet("Skills matrix")
    matrix.append(["name", "Testing"])
    matrix.append(["Maya Thomas", "expert"])
    quote = wb.create_sheet("O'Neil & co")
    quote["B2"] = "x"
    secret = wb.create_sheet("Secret")
    secret.sheet_state = "veryHidden"
    secret["A1"] = "very hidden"
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    path = out("openpyxl-sheets.xlsx")
    wb.save(path)
    fix_zip_times(path)


def openpyxl_empty_strings():
    """Empty strings after text: openpyxl writes each as an inline string cell with no <is>, which
    once read as the text of the cell before it (found by capplan's forms round trip)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Empty"
    ws.append(["name", "text before", "", "after", ""])
    ws.append(["", "x", "", "", "y"])
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    path = out("openpyxl-empty-strings.xlsx")
    wb.save(path)
    fix_zip_times(path)


def openpyxl_wide_16384():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Wide"
    ws.append([f"c{i}" for i in range(1, 16385)])
    ws.cell(row=2, column=16384, value="last")
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    path = out("openpyxl-16384-columns.xlsx")
    wb.save(path)
    fix_zip_times(path)


def xlsxwriter_shared():
    """XlsxWriter (the Python original of libxlsxwriter): shared strings, rich text, formulas with
    cached values of every type."""
    path = out("xlsxwriter-shared.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": datetime.datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Roster")
    bold = wb.add_format({"bold": True})
    for i, r in enumerate(roster_rows(40, 3)):
        for j, v in enumerate(r):
            if v is not None:
                ws.write(i, j, v)
    ws.write_rich_string(41, 1, "Rich ", bold, "text", " name")
    ws.write_formula(42, 0, "=1+2", None, 3)
    ws.write_formula(42, 1, '="work"&"ing"', None, "working")
    ws.write_formula(42, 2, "=1=1", None, True)
    ws.write_formula(42, 3, "=1/0", None, "#DIV/0!")
    ws.write_formula(42, 4, "=5/2", None, 2.5)
    wb.close()
    fix_zip_times(path)
    expected(path)


def xlsxwriter_inline():
    """XlsxWriter's constant-memory mode (as libxlsxwriter's): inline strings."""
    path = out("xlsxwriter-inline.xlsx")
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    wb.set_properties({"created": datetime.datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Roster")
    for i, r in enumerate(roster_rows(40, 4)):
        for j, v in enumerate(r):
            if v is not None:
                ws.write(i, j, v)
    wb.close()
    fix_zip_times(path)
    expected(path)


def old_xls_and_encrypted():
    wb = xlwt.Workbook()
    ws = wb.add_sheet("Roster")
    ws.write(0, 0, "name")
    ws.write(1, 0, "Hannah Smith")
    wb.save(out("old-excel.xls"))
    with open(out("openpyxl-wide.xlsx"), "rb") as source, open(out("encrypted.xlsx"), "wb") as target:
        OOXMLFile(source).encrypt("secret", target)


# --- Workbooks from hand-written parts -----------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def sheet_xml(rows_xml, dimension="", before=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{before}'
            f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">{dimension}<sheetData>{rows_xml}</sheetData></worksheet>')


def shared_xml(strings_xml, before=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{before}'
            f'<sst xmlns="{MAIN}" count="999999999" uniqueCount="999999999">{strings_xml}</sst>')


def parts(sheets, shared=None, workbook_before="", sheet_target="worksheets/sheet{n}.xml"):
    """The parts of a minimal workbook: sheets is [(name, xml, state)]."""
    def state_attribute(state):
        return "" if state == "visible" else ' state="%s"' % state
    sheet_entries = "".join(
        f'<sheet name="{name}" sheetId="{n}"{state_attribute(state)} r:id="rId{n}"/>'
        for n, (name, _, state) in enumerate(sheets, 1))
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{RELS}/worksheet" Target="{sheet_target.format(n=n)}"/>'
        for n in range(1, len(sheets) + 1))
    if shared is not None:
        rels += f'<Relationship Id="rIdS" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    result = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}"><Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?>{workbook_before}<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheet_entries}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}">{rels}</Relationships>',
    }
    for n, (_, xml, _) in enumerate(sheets, 1):
        result["xl/" + sheet_target.format(n=n)] = xml
    if shared is not None:
        result["xl/sharedStrings.xml"] = shared
    return result


def write_zip(name, files, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(out(name), "w", compression) as z:
        for path, text in files.items():
            info = zipfile.ZipInfo(path, FIXED_TIME)
            info.compress_type = compression
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def row(r, cells, attrs=""):
    return f'<row r="{r}"{attrs}>{cells}</row>'


def crafted():
    one = lambda rows: parts([("Sheet1", sheet_xml(rows), "visible")])
    # Every string form: inline, inline rich text, shared rich text with a phonetic guide, t="str",
    # escapes, entities, CDATA, xml:space, a date cell, missing r attributes, a styled empty cell.
    strings = shared_xml(
        '<si><t>plain</t></si>'
        '<si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text </t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
        '<si><t>a_x000D_b_x005F_x0041_c</t></si>'
        '<si><t/></si>')
    rows = (row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>')
            + row(2, '<c r="A2" t="inlineStr"><is><t>inline</t></is></c>'
                     '<c r="B2" t="inlineStr"><is><r><t>in</t></r><r><t>line rich</t></r></is></c>'
                     '<c r="C2" t="str"><f>A2</f><v>formula text</v></c>'
                     '<c r="D2" t="inlineStr"><is><t><![CDATA[<cdata> & more]]></t></is></c>'
                     '<c r="E2" t="inlineStr"><is><t>R&amp;D &#x41;&#66;</t></is></c>'
                     '<c r="F2" t="d"><v>2024-01-15T00:00:00</v></c>')
            + '<row><c t="inlineStr"><is><t>no r on row or cells</t></is></c><c><v>42</v></c></row>'
            + row(4, '<c r="A4" s="1"/><c r="B4" s="2"><v></v></c>')
            + row(5, '<c r="B5" t="b"><v>1</v></c><c r="C5" t="b"><v>0</v></c><c r="D5" t="e"><v>#REF!</v></c>'
                     '<c r="E5"><f>1/0</f></c><c r="F5"><v>1.5E+3</v></c><c r="G5"><v>-0</v></c>'))
    write_zip("crafted-cells.xlsx", parts([("Cells", sheet_xml(rows), "visible")], shared=strings))

    # Strict OOXML namespaces and prefixed element names, a workbook at a non-standard path found
    # through the root relationships, an absolute relationship target, a sheet name with & in it.
    strict_main = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    strict_rels = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}"><Relationship Id="rId1" Type="{strict_rels}/officeDocument" Target="/book/main.xml"/></Relationships>',
        "book/main.xml": f'<?xml version="1.0"?><x:workbook xmlns:x="{strict_main}" xmlns:r="{strict_rels}"><x:sheets><x:sheet name="R&amp;D" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
        "book/_rels/main.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}"><Relationship Id="rId7" Type="{strict_rels}/worksheet" Target="/book/sheets/../sheets/one.xml"/></Relationships>',
        "book/sheets/one.xml": f'<?xml version="1.0"?><x:worksheet xmlns:x="{strict_main}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>strict</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    }
    write_zip("strict-prefixed.xlsx", files)

    # Data descriptors (as a streaming writer makes) and ZIP64 extras on a small file.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in one(row(1, '<c r="A1" t="inlineStr"><is><t>streamed</t></is></c>')).items():
            with z.open(zipfile.ZipInfo(path, FIXED_TIME), "w", force_zip64=True) as f:
                f.write(text.encode())
    raw = buffer.getvalue()

    class Unseekable(io.RawIOBase):
        def __init__(self):
            self.data = bytearray()
        def writable(self):
            return True
        def write(self, b):
            self.data += b
            return len(b)
    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in one(row(1, '<c r="A1" t="inlineStr"><is><t>streamed</t></is></c>')).items():
            z.writestr(zipfile.ZipInfo(path, FIXED_TIME), text)
    with open(out("zip64-extras.xlsx"), "wb") as f:
        f.write(raw)
    with open(out("data-descriptors.xlsx"), "wb") as f:
        f.write(bytes(stream.data))

    # Stored (uncompressed) parts.
    write_zip("stored.xlsx", one(row(1, '<c r="A1" t="inlineStr"><is><t>stored</t></is></c>')), zipfile.ZIP_STORED)


def hostile():
    one = lambda rows, **kw: parts([("Sheet1", sheet_xml(rows, **kw), "visible")])
    inline = lambda ref, text: f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    # A sheet that claims a billion rows and the whole grid, and has two cells.
    write_zip("dimension-billion.xlsx", one(row(1, inline("A1", "name")) + row(1048576, inline("XFD1048576", "far")),
                                            dimension='<dimension ref="A1:XFD1048576"/>'))
    # DTDs: the billion laughs in a sheet, an external entity in the shared strings, a DTD in the
    # workbook part, an undeclared entity with no DTD.
    laughs = ('<!DOCTYPE worksheet [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
              + ']>')
    write_zip("dtd-billion-laughs.xlsx", one(row(1, '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>'), before=laughs))
    xxe = '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    write_zip("dtd-external-entity.xlsx", parts([("Sheet1", sheet_xml(row(1, '<c r="A1" t="s"><v>0</v></c>')), "visible")],
                                                shared=shared_xml("<si><t>&xxe;</t></si>", before=xxe)))
    write_zip("dtd-in-workbook.xlsx", parts([("Sheet1", sheet_xml(""), "visible")], workbook_before='<!DOCTYPE workbook>'))
    write_zip("undeclared-entity.xlsx", one(row(1, '<c r="A1" t="inlineStr"><is><t>&nope;</t></is></c>')))
    write_zip("malformed-xml.xlsx", one(row(1, '<c r="A1" t="inlineStr"><is><t>unclosed</is></c>')))

    # Shared strings: missing part, index out of range, index not a number.
    write_zip("no-shared-strings.xlsx", one(row(1, inline("A1", "name")) + row(2, '<c r="A2" t="s"><v>0</v></c>')))
    write_zip("shared-string-out-of-range.xlsx", parts([("Roster", sheet_xml(row(1, '<c r="A1" t="s"><v>0</v></c>') + row(12, '<c r="C12" t="s"><v>7</v></c>')), "visible")],
                                                       shared=shared_xml("<si><t>only</t></si><si><t>two</t></si>")))
    # Order: a cell before the one before it, a repeated cell, a row before the row before it,
    # a cell whose reference names another row, a column past XFD, a row past 1048576.
    write_zip("cell-backwards.xlsx", one(row(5, inline("D5", "d") + inline("C5", "c"))))
    write_zip("cell-repeated.xlsx", one(row(5, inline("D5", "d") + inline("D5", "again"))))
    write_zip("row-backwards.xlsx", one(row(5, inline("A5", "five")) + row(3, inline("A3", "three"))))
    write_zip("cell-in-wrong-row.xlsx", one(row(5, inline("A6", "six"))))
    write_zip("column-past-xfd.xlsx", one(row(1, inline("XFE1", "too far"))))
    write_zip("row-past-limit.xlsx", one(row(1048577, inline("A1048577", "too far"))))
    # A stray cell at XFD1 above 1,300 rows: padded, 21 million fields, past the limit.
    write_zip("stray-cell-far-right.xlsx", one(row(1, inline("XFD1", "stray"))
                                             + "".join(row(r, inline(f"A{r}", "x")) for r in range(2, 1302))))
    # Rows and cells out of place: a row inside a row, a cell outside any row, a cell inside a cell.
    write_zip("nested-row.xlsx", one('<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row></row>'))
    write_zip("cell-outside-row.xlsx", one('<c r="A1"><v>1</v></c>'))
    write_zip("nested-cell.xlsx", one('<row r="1"><c r="A1"><c r="B1"><v>2</v></c></c></row>'))
    # Every sheet hidden.
    write_zip("all-hidden.xlsx", parts([("One", sheet_xml(""), "hidden"), ("Two", sheet_xml(""), "veryHidden")]))
    write_zip("bad-number.xlsx", one(row(1, '<c r="A1"><v>12abc</v></c>')))
    write_zip("bad-cell-type.xlsx", one(row(1, '<c r="A1" t="zz"><v>1</v></c>')))

    # Not workbooks: a CSV named .xlsx, a ZIP without a workbook, an OpenDocument spreadsheet,
    # an Excel binary workbook, an empty ZIP.
    with open(out("csv-named.xlsx"), "w") as f:
        f.write("name,level\nHannah Smith,engineer\n")
    write_zip("not-a-workbook.xlsx", {"word/document.xml": "<document/>", "[Content_Types].xml": "<Types/>"})
    write_zip("opendocument.xlsx", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
              zipfile.ZIP_STORED)
    write_zip("binary-workbook.xlsx", {"[Content_Types].xml": "<Types/>", "xl/workbook.bin": b"\x83\x01\x00"})
    with open(out("empty-zip.xlsx"), "wb") as f:
        f.write(b"PK\x05\x06" + b"\x00" * 18)

    # Truncated: the first half of a real workbook.
    with open(out("openpyxl-wide.xlsx"), "rb") as f:
        whole = f.read()
    with open(out("truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])

    bombs()


# --- Containers assembled byte by byte -----------------------------------------------------------

def raw_zip(entries):
    """A ZIP from (name, method, flags, payload, crc, uncompressed size, version made by) tuples,
    payload as stored (already compressed)."""
    body = bytearray()
    central = bytearray()
    for name, method, flags, payload, crc, size, made_by in entries:
        name = name.encode()
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x5821, crc, len(payload), size, len(name), 0)
        body += name + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, 20, flags, method, 0, 0x5821, crc, len(payload),
                               size, len(name), 0, 0, 0, 0, 0, offset)
        central += name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return bytes(body + central + end)


def deflated(data, level=9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def workbook_with_sheet_payload(method, flags, payload, crc, size):
    files = parts([("Sheet1", "", "visible")])
    entries = []
    for name, text in files.items():
        if name == "xl/worksheets/sheet1.xml":
            entries.append((name, method, flags, payload, crc, size, 20))
        else:
            data = text.encode()
            entries.append((name, 8, 0, deflated(data), zlib.crc32(data), len(data), 20))
    return raw_zip(entries)


def bombs():
    # 40 MB of one byte inside a valid sheet: over 100 times its compressed size (~40 KB).
    head = sheet_xml("").encode().split(b"</sheetData>")[0]
    tail = b"</sheetData></worksheet>"
    body = head + b" " * 40_000_000 + tail
    with open(out("zip-bomb-ratio.xlsx"), "wb") as f:
        f.write(workbook_with_sheet_payload(8, 0, deflated(body), zlib.crc32(body), len(body)))
    with open(out("zip-bomb-lying-header.xlsx"), "wb") as f:   # the directory claims 1,000 bytes
        f.write(workbook_with_sheet_payload(8, 0, deflated(body), zlib.crc32(body), 1000))
    # A deflate stream that never ends: one non-final stored block claiming 65,535 bytes, and the
    # archive ends first. ZIPFoundation 0.9.20's own inflate loop spins forever on this.
    data = sheet_xml("").encode()
    stream = b"\x00\xff\xff\x00\x00" + data
    with open(out("deflate-runs-off-end.xlsx"), "wb") as f:
        f.write(workbook_with_sheet_payload(8, 0, stream, zlib.crc32(data), len(data)))
    # Damaged deflate data, a CRC that does not match, an encrypted entry, zstd (method 93, which Debian's libzip 1.7 lacks).
    with open(out("deflate-garbage.xlsx"), "wb") as f:
        f.write(workbook_with_sheet_payload(8, 0, b"\xff" * 64, 0, 64))
    with open(out("crc-mismatch.xlsx"), "wb") as f:
        f.write(workbook_with_sheet_payload(8, 0, deflated(data), zlib.crc32(data) ^ 1, len(data)))
    with open(out("encrypted-entry.xlsx"), "wb") as f:
        f.write(workbook_with_sheet_payload(8, 1, deflated(data), zlib.crc32(data), len(data)))
    with open(out("zstd-entry.xlsx"), "wb") as f:
        f.write(workbook_with_sheet_payload(93, 0, b"\x28\xb5\x2f\xfd", zlib.crc32(data), len(data)))


def main():
    openpyxl_wide()
    openpyxl_long()
    openpyxl_values()
    openpyxl_sheets()
    openpyxl_wide_16384()
    openpyxl_empty_strings()
    xlsxwriter_shared()
    xlsxwriter_inline()
    old_xls_and_encrypted()
    crafted()
    hostile()


if __name__ == "__main__":
    main()
