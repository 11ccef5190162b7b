#pragma once
// The supervision ledger of major cases (重大案件台账, Art. 39), built from the cases themselves — every
// case marked major, whatever its stage and whether or not a deadline is open (the timetable of open
// deadlines used to be the ledger, and a major case without one dropped out) — with its timetable (the
// open deadlines), the latest progress (its last timeline event), the money claimed and paid, and the
// reports made upward on it (command record_upward_report). Read by SQL in one snapshot; exported as
// PDF (GB/T 9704 page), and XLSX and CSV with one row per case (its timetable and reports as text).

#include "core/reports/annualreport.h"

namespace ecoclaim::reports {

struct LedgerDeadline
{
    QString kind;
    QDate due;
    bool suspended = false;
};

struct LedgerUpwardReport
{
    QDate reportedOn;
    QString reportedTo, reference, summary;
};

struct LedgerEntry
{
    qint64 caseId = 0;
    QString caseNo, title, districtCode, unit, majorReason, stage;
    QDate receivedOn, filedOn;
    qint64 claimedFen = 0, paidFen = 0;
    QDate lastEventOn;
    QString lastEvent;
    QList<LedgerDeadline> timetable; // open or suspended deadlines, by due date
    QList<LedgerUpwardReport> reports; // in the order made
};

domain::Result<QList<LedgerEntry>> supervisionLedger(service::CaseService &service, const ReportScope &scope);

QJsonObject ledgerJson(const QList<LedgerEntry> &ledger);
domain::Result<int> writeLedgerPdf(const QList<LedgerEntry> &ledger, const ReportScope &scope, const QString &path);
domain::Status writeLedgerSheets(const QList<LedgerEntry> &ledger, const QString &xlsxPath, const QString &csvPath);

} // namespace ecoclaim::reports
