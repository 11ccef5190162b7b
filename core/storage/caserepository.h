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
#include "core/storage/casetablebits.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QStringView>
#include <QVariantMap>

#include <array>
#include <initializer_list>

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

    // The whole case file (casefileloader.cpp), or less of it for a reader that needs less:
    // - ForCommands: what a command's rules and handlers read (the service's read before a command) —
    //   everything but the timeline, the longest part of a file, which no rule looks at (P10);
    // - ForDeadlines: what the deadline catalogue reads — neither the timeline nor the volume's files
    //   (evidence, papers and their service, liability shares).
    enum class Parts { Whole, ForCommands, ForDeadlines };
    domain::Result<domain::CaseFile> load(qint64 caseId, Parts parts = Parts::Whole) const;
    // The file read before a command, brought up to date after it (CaseService::execute): only the parts
    // holding one of `tables` — the tables the command reported writing — are read again; the others are
    // kept as read. A command writes two or three tables of some forty, so this is a few SELECTs instead of
    // a second whole read (docs/BENCHMARKS.md, P10).
    domain::Status reload(domain::CaseFile &file, const QSet<QString> &tables) const;
    // A case id from "42" or a case number such as "2025-310115-0003".
    domain::Result<qint64> resolve(const QString &reference) const;
    domain::Result<qint64> caseCount() const;

protected:
    QSqlDatabase m_db;

private:
    // Which parts a read fills: those holding a table written (reload), or on a whole read every part but
    // those whose tables hold no row of the case — `withRows`, which read() takes from the case row's
    // tables_with_rows (casetablebits.h): most of a case's forty tables are empty, and each SELECT of one
    // costs an index seek (P10).
    struct PartsToRead
    {
        const QSet<QString> *written = nullptr;
        qint64 withRows = -1; // every bit set: read every part
        template <typename Tables>
        bool wants(const Tables &tables) const
        {
            for (QStringView t : tables) {
                if (written) {
                    if (written->contains(t.toString()))
                        return true;
                    continue;
                }
                const int bit = bitOfTable(t);
                if (bit < 0 || (withRows >> bit) & 1)
                    return true;
            }
            return false;
        }
        bool wants(std::initializer_list<QStringView> tables) const { return wants<decltype(tables)>(tables); }
    };
    // Tables read into one part of the file: re-read together, since one fills the other's rows.
    static constexpr std::array<QStringView, 3> AgreementParts{u"agreements", u"instalments", u"agreement_parties"};
    static constexpr std::array<QStringView, 2> RoundParts{u"consultation_rounds", u"round_parties"};
    static constexpr std::array<QStringView, 2> PaperParts{u"documents", u"document_services"};
    static constexpr std::array<QStringView, 2> JointGroupParts{u"joint_groups", u"joint_group_members"};

    domain::Status read(qint64 caseId, domain::CaseFile &file, Parts parts, PartsToRead only) const;
    void readRecordsOfTheVolume(qint64 caseId, domain::CaseFile &file, Parts parts, QList<domain::Status> &steps,
                                PartsToRead only) const;
    // Enforcement, supervision, batches… (casefileloader_records.cpp, issue 14).
    void readSecondReadingRecords(qint64 caseId, domain::CaseFile &file, QList<domain::Status> &steps, PartsToRead only) const;
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
    // A number a case brings with it (a legacy ledger's, domain/casenumber.h): refused when a case holds it
    // already; of the program's own form, its series is moved past it so allocateCaseNumber never gives it.
    domain::Status adoptCaseNumber(const QString &number);

    // Inserts a row; returns its id. Every non-null column is reported as a change from null.
    domain::Result<qint64> insert(const QString &table, const QVariantMap &values, QList<Change> *changes);
    // Updates the row where keyColumn = key, writing (and reporting) only the columns whose value changes.
    domain::Status update(const QString &table, const QString &keyColumn, qint64 key, const QVariantMap &values,
                          QList<Change> *changes);

    // Deletes the row where keyColumn = key (a correction: a payment voided, a party entered by mistake),
    // reporting every non-null column as a change to null — the audit entry keeps what was removed.
    domain::Status remove(const QString &table, const QString &keyColumn, qint64 key, QList<Change> *changes);

    // Recomputes what the list shows from the case tables: party names and amount claimed, and — when
    // the searchable text may have changed — the search index (the costly part: a command that only
    // records a date leaves it alone).
    domain::Status refreshDerived(qint64 caseId, bool searchTextChanged);
    // The tables those derived columns are computed from (the search text aside): a command that wrote
    // none of them leaves them as they are.
    static const QSet<QString> &derivedColumnsReadFrom();
};

} // namespace ecoclaim::storage
