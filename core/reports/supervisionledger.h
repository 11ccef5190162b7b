#pragma once
// The supervision ledger of major cases (重大案件台账, Art. 39) as documents: every case marked major —
// whatever its stage and whether or not a deadline is open — read by CaseReader::majorCaseLedger
// (service/majorledger.h: the case, its reports upward made with the command report_major_case, the
// supervisor's instructions, the timetable, the open deadlines and the latest progress), narrowed to a
// district or unit, and written as PDF (GB/T 9704 page), XLSX and CSV with one row per case, and as JSON.
// The window's File ▸ Export ledger and `ecoclaim-cli ledger --csv` write the same CSV.

#include "core/reports/annualreport.h"
#include "core/service/majorledger.h"

#include <QJsonArray>

namespace ecoclaim::service {
class CaseReader;
}

namespace ecoclaim::reports {

domain::Result<QList<service::MajorCaseEntry>> supervisionLedger(const service::CaseReader &reader, const ReportScope &scope);

// One object per case: case_no, title, district, unit, stage, major_reason, received_on, filed_on,
// claimed_fen, paid_fen, last_event_on, last_event, reported, open_instructions, supervision_reports,
// supervision_instructions, timetable, deadlines.
QJsonArray ledgerJson(const QList<service::MajorCaseEntry> &ledger);
domain::Result<int> writeLedgerPdf(const QList<service::MajorCaseEntry> &ledger, const ReportScope &scope, const QString &path);
// Either path may be empty. Columns: ledgerSheetHeader().
domain::Status writeLedgerSheets(const QList<service::MajorCaseEntry> &ledger, const QString &xlsxPath, const QString &csvPath);
QStringList ledgerSheetHeader();

} // namespace ecoclaim::reports
