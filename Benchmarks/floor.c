/*
 * The floor: how long libxlsxwriter alone takes to write the cells of capplan's report tables
 * into a workbook, with no formatting, in constant-memory mode. It reads the CSV reports capplan
 * wrote (not timed), then times only the workbook: the same sheets, the same cells, numbers as
 * numbers and text as strings, tables past Excel's row limit continued on another sheet.
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs xlsxwriter)
 * Use:   floor REPORTS_DIR OUT.xlsx      (prints "floor_seconds=…")
 */
#include <xlsxwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char **cells; size_t count, capacity; size_t *row_start; size_t rows, row_capacity; } table_t;

static void push_cell(table_t *t, const char *text, size_t length) {
    if (t->count == t->capacity) { t->capacity = t->capacity ? t->capacity * 2 : 1024; t->cells = realloc(t->cells, t->capacity * sizeof(char *)); }
    char *copy = malloc(length + 1); memcpy(copy, text, length); copy[length] = 0;
    t->cells[t->count++] = copy;
}

static void start_row(table_t *t) {
    if (t->rows == t->row_capacity) { t->row_capacity = t->row_capacity ? t->row_capacity * 2 : 1024; t->row_start = realloc(t->row_start, (t->row_capacity + 1) * sizeof(size_t)); }
    t->row_start[t->rows++] = t->count;
}

/* RFC 4180 reader: quoted fields with doubled quotes and line breaks. */
static int read_csv(const char *path, table_t *t) {
    FILE *f = fopen(path, "rb"); if (!f) return 0;
    fseek(f, 0, SEEK_END); long size = ftell(f); fseek(f, 0, SEEK_SET);
    char *data = malloc(size + 1); fread(data, 1, size, f); fclose(f); data[size] = 0;
    char *field = malloc(size + 1);
    long i = 0;
    while (i < size) {
        start_row(t);
        for (;;) {
            size_t n = 0;
            if (data[i] == '"') {
                i++;
                while (i < size) {
                    if (data[i] == '"') { if (data[i + 1] == '"') { field[n++] = '"'; i += 2; } else { i++; break; } }
                    else field[n++] = data[i++];
                }
            } else {
                while (i < size && data[i] != ',' && data[i] != '\n') field[n++] = data[i++];
            }
            push_cell(t, field, n);
            if (i < size && data[i] == ',') { i++; continue; }
            if (i < size && data[i] == '\n') i++;
            break;
        }
    }
    t->row_start[t->rows] = t->count;
    free(field); free(data);
    return 1;
}

static double now(void) { struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); return ts.tv_sec + ts.tv_nsec / 1e9; }

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor REPORTS_DIR OUT.xlsx\n"); return 64; }
    const char *names[] = {"summary", "skills-matrix", "gaps", "gaps-by-level", "coverage", "key-people", "mentoring", "unmatched-needs", "readiness", "grade-mix"};
    const char *sheets[] = {"Summary", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring", "Unmatched needs", "Readiness", "Grade mix"};
    enum { TABLES = 10 };
    table_t tables[TABLES]; memset(tables, 0, sizeof tables);
    for (int k = 0; k < TABLES; k++) {
        char path[4096]; snprintf(path, sizeof path, "%s/%s.csv", argv[1], names[k]);
        if (!read_csv(path, &tables[k])) { fprintf(stderr, "floor: cannot read %s\n", path); return 66; }
    }
    double start = now();
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    const size_t per_sheet = 1048576 - 2; /* a title row and a header, as capplan has */
    for (int k = 0; k < TABLES; k++) {
        table_t *t = &tables[k];
        size_t data_rows = t->rows - 1, parts = data_rows == 0 ? 1 : (data_rows + per_sheet - 1) / per_sheet;
        for (size_t part = 0; part < parts; part++) {
            char name[64];
            if (part == 0) snprintf(name, sizeof name, "%s", sheets[k]); else snprintf(name, sizeof name, "%s (%zu)", sheets[k], part + 1);
            lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);
            worksheet_write_string(sheet, 0, 0, sheets[k], NULL);
            for (size_t c = t->row_start[0]; c < t->row_start[1]; c++) worksheet_write_string(sheet, 1, c - t->row_start[0], t->cells[c], NULL);
            size_t first = 1 + part * per_sheet, last = first + per_sheet; if (last > t->rows) last = t->rows;
            for (size_t r = first; r < last; r++) {
                for (size_t c = t->row_start[r]; c < t->row_start[r + 1]; c++) {
                    const char *text = t->cells[c];
                    lxw_col_t col = c - t->row_start[r]; lxw_row_t row = 2 + (r - first);
                    if (!*text) continue;
                    char *end; double value = strtod(text, &end);
                    if (*end == 0 && (text[0] == '-' || (text[0] >= '0' && text[0] <= '9'))) worksheet_write_number(sheet, row, col, value, NULL);
                    else worksheet_write_string(sheet, row, col, text, NULL);
                }
            }
        }
    }
    lxw_error error = workbook_close(workbook);
    double seconds = now() - start;
    if (error) { fprintf(stderr, "floor: %s\n", lxw_strerror(error)); return 73; }
    printf("floor_seconds=%.3f\n", seconds);
    return 0;
}
