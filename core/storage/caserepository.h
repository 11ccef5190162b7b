#pragma once
// Reading and writing the case tables for the service. Writes are generic on purpose: every insert
// and update reports what it changed (entity, row, field, old → new), which is exactly what the audit
// log records — no command can forget to audit a field. Only core/service calls the writing half,
// inside its BEGIN IMMEDIATE transaction; table and column names come from code, never from input.

#include "core/domain/casefile.h"
#include "core/domain/result.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QVariantMap>

namespace ecoclaim::storage {

struct Change
{
    QString entity; // table
    qint64 id = 0;  // row id (case id for one-row-per-case tables)
    QString field;
    QVariant before, after;
    QJsonObject toJson() const;
};
QJsonArray toJson(const QList<Change> &changes);

class CaseRepository
{
public:
    explicit CaseRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase database() const { return m_db; }

    // The whole case file (casefileloader.cpp). The service's second read after a command, which
    // only recomputes deadlines and derived columns, leaves out what the deadline catalogue never reads:
    // the timeline (the longest part of a file) and the volume's files (evidence, papers and their service).
    enum class Parts { Whole, ForDeadlines };
    domain::Result<domain::CaseFile> load(qint64 caseId, Parts parts = Parts::Whole) const;
    // A case id from "42" or a case number such as "2025-310115-0003".
    domain::Result<qint64> resolve(const QString &reference) const;
    domain::Result<qint64> caseCount() const;

    // Next number of the district's yearly series: "2025-310115-0003".
    domain::Result<QString> allocateCaseNumber(const QString &districtCode, int year);

    // Inserts a row; returns its id. Every non-null column is reported as a change from null.
    domain::Result<qint64> insert(const QString &table, const QVariantMap &values, QList<Change> *changes);
    // Updates the row where keyColumn = key, writing (and reporting) only the columns whose value changes.
    domain::Status update(const QString &table, const QString &keyColumn, qint64 key, const QVariantMap &values,
                          QList<Change> *changes);

    // Recomputes what the list shows from the case tables: party names and amount claimed, and — when
    // the searchable text may have changed — the search index (the costly part: a command that only
    // records a date leaves it alone).
    domain::Status refreshDerived(qint64 caseId, bool searchTextChanged);

private:
    void readRecordsOfTheVolume(qint64 caseId, domain::CaseFile &file, QList<domain::Status> &steps) const;
    // Enforcement, supervision, batches… (casefileloader_records.cpp, issue 14).
    void readSecondReadingRecords(qint64 caseId, domain::CaseFile &file, QList<domain::Status> &steps) const;
    QSqlDatabase m_db;
};

} // namespace ecoclaim::storage
