#pragma once
// Reading and writing the case tables. Two halves:
//  * CaseRepository reads: one case file, a case id from a number, the number of cases. Anything in
//    core that may use storage reads through it; the window and the CLI read through
//    service::CaseReader, never here (ui/'s include root has no core/storage).
//  * CaseRowWriter writes: insert and update rows, take the next case number, recompute the list's
//    derived columns. Only the service makes one — its constructor asks for a Key that only
//    service::CaseService and service::PaperRegister can create (a passkey: naming them as friends
//    needs no include of core/service, so the layers stay as they are).
// Writes are generic on purpose: every insert and update reports what it changed (entity, row,
// field, old → new), which is exactly what the audit log records — no command can forget to audit a
// field. Inside the service's BEGIN IMMEDIATE transaction; table and column names come from code,
// never from input.

#include "core/domain/casefile.h"
#include "core/domain/fieldchange.h"
#include "core/domain/result.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QVariantMap>

namespace ecoclaim::service {
class CaseService;
class PaperRegister;
} // namespace ecoclaim::service
namespace ecoclaim::archive {
class TrustedKeys;
} // namespace ecoclaim::archive

namespace ecoclaim::storage {

using Change = domain::FieldChange;
// The changes as the audit entry stores them: [{"entity", "id", "field", "old", "new"}…].
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

protected:
    QSqlDatabase m_db;

private:
    void readRecordsOfTheVolume(qint64 caseId, domain::CaseFile &file, QList<domain::Status> &steps) const;
    // Enforcement, supervision, batches… (casefileloader_records.cpp, issue 14).
    void readSecondReadingRecords(qint64 caseId, domain::CaseFile &file, QList<domain::Status> &steps) const;
};

class CaseRowWriter : public CaseRepository
{
public:
    // The passkey: only the service's classes that commit a change to a case can make one — and the
    // archive's trusted keys (signing_keys rows, issue 15), which are the bureau's, not a case's, and are
    // written with their own audit entry (core/archive/trustedkeys.cpp).
    class Key
    {
        Key() = default;
        friend class service::CaseService;
        friend class service::PaperRegister;
        friend class archive::TrustedKeys;
    };
    CaseRowWriter(QSqlDatabase db, Key) : CaseRepository(std::move(db)) {}

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
};

} // namespace ecoclaim::storage
