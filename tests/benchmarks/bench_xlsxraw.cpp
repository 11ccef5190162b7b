// Issue 13, spreadsheets out: the raw anchor of `ecoclaim-cli case list --xlsx` — libxlsxwriter alone writing
// 100,000 rows of the case list's shape (11 columns, constant_memory) to raw.xlsx in the current folder.
// Compare time and peak RSS with /usr/bin/time -f "%e s %M KB" (docs/BENCHMARKS.md, "Spreadsheets out").
#include <xlsxwriter.h>
#include <cstdio>
int main() {
    lxw_workbook_options o{};
    o.constant_memory = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt("raw.xlsx", &o);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Cases");
    char no[32];
    for (lxw_row_t r = 0; r < 100000; ++r) {
        std::snprintf(no, sizeof no, "2025-310115-%05u", unsigned(r));
        worksheet_write_string(ws, r, 0, no, NULL);
        worksheet_write_string(ws, r, 1, "金山区上海金泓精细化工有限公司非法处置废有机溶剂生态环境损害赔偿案", NULL);
        worksheet_write_string(ws, r, 2, "金山区", NULL);
        worksheet_write_string(ws, r, 3, "区生态环境局", NULL);
        worksheet_write_string(ws, r, 4, "磋商", NULL);
        worksheet_write_string(ws, r, 5, "上海金泓精细化工有限公司", NULL);
        worksheet_write_number(ws, r, 6, 46000, NULL);
        worksheet_write_string(ws, r, 7, "磋商期限", NULL);
        worksheet_write_number(ws, r, 8, 1234567.89, NULL);
        worksheet_write_string(ws, r, 9, "", NULL);
        worksheet_write_string(ws, r, 10, "2026-11-20 10:00", NULL);
    }
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
