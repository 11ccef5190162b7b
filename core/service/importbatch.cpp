// CaseService::importBatch and undoImportBatch (issue 13 part 6): a spreadsheet's rows registered as one
// batch through the ordinary command path, and the batch taken back while nothing else has happened to it.
// One transaction each; every row of an import is its own savepoint inside it (storage/writetransaction.h),
// so a refused row changes nothing, the rows after it are still checked, and the batch commits all or none.

#include "core/service/caseservice.h"

#include "core/service/casenotifier.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/importbatches.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CaseService)
};
} // namespace

int ImportBatchOutcome::refusedRows() const
{
    int n = 0;
    for (const ImportRowOutcome &r : rows)
        n += r.problems.isEmpty() ? 0 : 1;
    return n;
}

Result<ImportBatchOutcome> CaseService::importBatch(const ImportBatchRequest &request, const QString &givenActor, QDate today)
{
    if (m_access.mode() == Access::Mode::SignInRequired)
        return Problem{{}, Tr::tr("This database has accounts: sign in before changing a case."), {}};
    if (request.rows.isEmpty())
        return Problem{{}, Tr::tr("The file holds no rows to import."), {}};
    const QString actor = actorFor(givenActor);
    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();

    ImportBatchOutcome outcome;
    for (const auto &[row, command] : request.rows) {
        ImportRowOutcome r{row, {}, 0, {}, {}, {}};
        // The row's own savepoint: a refused step takes back the steps before it on the same row.
        storage::WriteTransaction rowTxn(db);
        if (auto s = rowTxn.begin(); !s)
            return s.problems();
        const CommandSpec *spec = findCommand(command.value(u"cmd"_s).toString());
        if (!spec || !spec->from.isEmpty() || command.contains(u"id"_s)) {
            // Only commands that create a case: an import adds cases and never changes existing ones.
            r.problems.add(u"cmd"_s, Tr::tr("An import registers new clues only; \"%1\" is not taken here.")
                                         .arg(command.value(u"cmd"_s).toString()));
        } else if (needsApproval(spec->name) && m_access.account() && m_access.account()->role == Role::Caseworker) {
            r.problems.add(u"cmd"_s, Tr::tr("%1 needs the unit head's approval and cannot be imported.").arg(spec->titleText()));
        } else {
            // The same path as a typed command: stage, fields, preconditions, handler, deadlines, timeline,
            // audit — inside a savepoint, so a refused row is undone and the next row is judged as if it
            // had not been there.
            auto done = executeInTransaction(*spec, command, actor, today, nullptr, nullptr);
            if (!done) {
                r.problems = done.problems();
                r.refusedCommand = spec->name;
            } else {
                r.caseId = done->caseId;
                r.caseNumber = done->caseNumber;
                r.commands << spec->name;
            }
        }
        // A ledger's row: the steps that bring the new case to the stage the ledger says, on that case.
        for (const QJsonObject &step : request.following.value(row)) {
            if (!r.problems.isEmpty())
                break;
            const QString name = step.value(u"cmd"_s).toString();
            const CommandSpec *stepSpec = findCommand(name);
            if (!stepSpec || stepSpec->from.isEmpty()) {
                r.problems.add(u"cmd"_s, Tr::tr("\"%1\" is not a step of a case already registered.").arg(name));
            } else if (needsApproval(stepSpec->name) && m_access.account() && m_access.account()->role == Role::Caseworker) {
                r.problems.add(u"cmd"_s, Tr::tr("%1 needs the unit head's approval and cannot be imported.").arg(stepSpec->titleText()));
            } else {
                QJsonObject onCase = step;
                onCase.insert(u"case"_s, double(r.caseId));
                auto done = executeInTransaction(*stepSpec, onCase, actor, today, nullptr, nullptr);
                if (!done)
                    r.problems = done.problems();
                else
                    r.commands << stepSpec->name;
            }
            if (!r.problems.isEmpty())
                r.refusedCommand = name;
        }
        if (r.problems.isEmpty()) {
            if (auto s = rowTxn.commit(); !s)
                return s.problems();
        } else {
            rowTxn.rollback();
        }
        outcome.rows << r;
    }
    if (request.dryRun || outcome.refusedRows() > 0) {
        txn.rollback(); // nothing of it stays: the numbers shown were only what they would be
        return outcome;
    }

    storage::ImportBatchRecord record{0, request.kind, request.sourceName, request.sourceSha256, request.encoding,
                                      int(request.rows.size()), storage::nowTimestamp(), actor, {}, {}, {}};
    QJsonArray cases;
    for (const ImportRowOutcome &r : std::as_const(outcome.rows)) {
        record.cases << storage::ImportBatchCase{r.row, r.caseId, r.caseNumber, r.commands};
        QJsonObject entry{{u"row"_s, r.row}, {u"case"_s, r.caseNumber}};
        if (r.commands.size() > 1)
            entry.insert(u"commands"_s, QJsonArray::fromStringList(r.commands));
        cases << entry;
    }
    auto batchId = storage::recordImportBatch(db, record);
    if (!batchId)
        return batchId.problems();
    const QJsonObject payload{{u"batch"_s, batchId.value()}, {u"kind"_s, request.kind}, {u"file"_s, request.sourceName},
                              {u"sha256"_s, request.sourceSha256}, {u"encoding"_s, request.encoding}, {u"cases"_s, cases}};
    if (auto hash = storage::audit::append(db, actor, 0, u"import_batch"_s, payload, {}); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    outcome.batchId = batchId.value();
    outcome.applied = true;
    for (const ImportRowOutcome &r : std::as_const(outcome.rows))
        Q_EMIT m_notifier.caseAdded(r.caseId);
    return outcome;
}

Result<UndoneImport> CaseService::undoImportBatch(qint64 batchId, const QString &givenActor)
{
    if (m_access.mode() == Access::Mode::SignInRequired)
        return Problem{{}, Tr::tr("This database has accounts: sign in before changing a case."), {}};
    const QString actor = actorFor(givenActor);
    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto batch = storage::readImportBatch(db, batchId);
    if (!batch)
        return batch.problems();
    if (!batch->undoneAt.isEmpty())
        return Problem{u"batch"_s, Tr::tr("Import batch %1 was undone on %2 by %3; nothing was done.")
                                       .arg(batchId).arg(batch->undoneAt.left(10), batch->undoneBy), {}};
    // A signed-in person takes back their own imports; an administrator any.
    if (m_access.account() && !m_access.mayAdminister() && m_access.account()->login != batch->importedBy)
        return Problem{u"batch"_s, Tr::tr("Import batch %1 was imported by %2: only they or an administrator may undo it.")
                                       .arg(batchId).arg(batch->importedBy), {}};
    QStringList numbers;
    for (const storage::ImportBatchCase &c : std::as_const(batch->cases)) {
        if (auto s = txn.lockCase(c.caseId); !s)
            return s.problems();
        auto why = storage::whyTouched(db, c.caseId, c.commands);
        if (!why)
            return why.problems();
        if (!why->isEmpty())
            return Problem{u"batch"_s, Tr::tr("Import batch %1 cannot be undone: case %2 (row %3) — %4. Nothing was removed; "
                                              "correct or close that case through its own commands instead.")
                                           .arg(batchId).arg(c.caseNumber).arg(c.row).arg(why.value()), {}};
        auto file = m_reader.caseFile(QString::number(c.caseId));
        if (!file)
            return file.problems();
        if (!m_access.mayChange(file->districtCode, file->unit, file->stage, u"register_clue"_s, {}))
            return Problem{u"batch"_s, Tr::tr("Import batch %1 cannot be undone: case %2 is not yours to change.")
                                           .arg(batchId).arg(c.caseNumber), {}};
        numbers << c.caseNumber;
    }
    for (const storage::ImportBatchCase &c : std::as_const(batch->cases))
        if (auto s = storage::removeImportedCase(db, c.caseId); !s)
            return s.problems();
    if (auto s = storage::returnCaseNumbers(db, numbers); !s)
        return s.problems();
    if (auto s = storage::markImportBatchUndone(db, batchId, storage::nowTimestamp(), actor); !s)
        return s.problems();
    const QJsonObject payload{{u"batch"_s, batchId}, {u"file"_s, batch->sourceName}, {u"sha256"_s, batch->sourceSha256},
                              {u"cases"_s, QJsonArray::fromStringList(numbers)}};
    if (auto hash = storage::audit::append(db, actor, 0, u"undo_import_batch"_s, payload, {}); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    Q_EMIT m_notifier.casesReset(); // cases went away: every view reads again
    return UndoneImport{batchId, numbers};
}

Result<QList<ImportBatchSummary>> CaseService::importBatches() const
{
    auto batches = storage::listImportBatches(m_database.connection());
    if (!batches)
        return batches.problems();
    QList<ImportBatchSummary> out;
    for (const storage::ImportBatchRecord &b : std::as_const(batches.value()))
        out << ImportBatchSummary{b.id, b.kind, b.sourceName, b.encoding, b.importedAt, b.importedBy, b.undoneAt, b.undoneBy, b.rowCount};
    return out;
}

} // namespace ecoclaim::service
