// take_back_step (issue 16 part 1): the case's last step undone, with the reason on record. The step is
// undone from its own audit entry, which names every row and field it wrote (CaseRowWriter reports each
// write, and the read-back check holds every handler to it): rows it added are removed, fields it changed
// get their old values, the stage goes back with them. Nothing is erased: the step stays on the timeline
// and in the audit log, the taking back follows it as a step of its own, and its audit entry holds every
// field put back. The deadlines and the list's columns are recomputed from the file as it is then.
//
// Not every step can be taken back. A decision the rules give to the bureau (file the case, not initiate,
// sue, sign, terminate, close: approved by the unit head, domain::needsApproval) is revoked by a decision,
// not undone; a paper issued or served and a file added stay in the volume (supersede the paper instead,
// Art. 42); an archived case changes no more; a correction is corrected, not taken back; and a step taken
// back is not taken back again (record it anew).

#include "core/service/handlers.h"

#include "core/domain/account.h"
#include "core/storage/auditlog.h"
#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

// Why a step cannot be taken back; empty when it can.
QString whyNot(const QString &command)
{
    static const QStringList papersAndFiles{u"issue_paper"_s, u"supersede_paper"_s, u"serve_paper"_s, u"add_evidence"_s};
    static const QStringList corrections{u"correct_payment"_s, u"void_payment"_s, u"correct_party"_s, u"remove_party"_s,
                                         u"correct_record"_s, u"update_case"_s, u"correct_notice_service"_s};
    if (command == u"register_clue")
        return Tr::tr("The clue's registration cannot be taken back: the case keeps its number. Record how the clue ends instead.");
    if (command == u"take_back_step")
        return Tr::tr("The last step was itself taken back; record the right step anew.");
    if (command == u"archive_case")
        return Tr::tr("An archived case changes no more (Art. 42).");
    if (needsApproval(command))
        return Tr::tr("A decision of the bureau is revoked by a decision, not taken back.");
    if (papersAndFiles.contains(command))
        return Tr::tr("A paper or file stays in the case file (Art. 42): supersede the paper instead.");
    if (corrections.contains(command))
        return Tr::tr("A correction is corrected, not taken back.");
    return {};
}

// The writes of one step, row by row in the order made.
struct RowWritten
{
    QString table;
    qint64 id = 0;
    bool added = false; // the step inserted the row (it set the row's parent: a row is never re-parented)
    QVariantMap before; // column → old value
};

QList<RowWritten> rowsWritten(const QString &changesJson)
{
    static const QStringList parentColumns{u"case_id"_s, u"agreement_id"_s, u"document_id"_s, u"round_id"_s};
    QList<RowWritten> rows;
    for (const QJsonValue &v : QJsonDocument::fromJson(changesJson.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QString table = o.value(u"entity"_s).toString();
        const qint64 id = o.value(u"id"_s).toInteger();
        auto it = std::find_if(rows.begin(), rows.end(), [&](const RowWritten &r) { return r.table == table && r.id == id; });
        if (it == rows.end()) {
            rows << RowWritten{table, id, false, {}};
            it = rows.end() - 1;
        }
        const QString column = o.value(u"field"_s).toString();
        const QJsonValue old = o.value(u"old"_s);
        if (parentColumns.contains(column) && old.isNull())
            it->added = true;
        it->before.insert(column, old.isNull() ? QVariant() : old.toVariant());
    }
    return rows;
}
} // namespace

Status takeBackStep(HandlerContext &c)
{
    const QSqlDatabase db = c.repository.database();
    auto entries = storage::audit::entriesForCase(db, c.caseId);
    if (!entries)
        return entries.problems();
    // The last step: the last entry of a command of the lifecycle (an export or a paper printed is
    // logged too, and is no step).
    auto step = std::find_if(entries->crbegin(), entries->crend(), [](const AuditEntry &e) { return findCommand(e.command) != nullptr; });
    if (step == entries->crend())
        return Problem{{}, Tr::tr("The case has no step on record to take back."), {}};
    const AuditEntry &last = *step;
    if (const QString why = whyNot(last.command); !why.isEmpty())
        return Problem{{}, why, {}};

    const QList<RowWritten> rows = rowsWritten(last.changes);
    // Backwards: a row added last (an instalment) goes before the row it belongs to (its agreement).
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        auto key = storage::primaryKeyColumn(db, it->table);
        if (!key)
            return key.problems();
        if (it->added) {
            if (Status s = c.repository.remove(it->table, key.value(), it->id, &c.changes); !s)
                return s;
        } else if (Status s = c.repository.update(it->table, key.value(), it->id, it->before, &c.changes); !s) {
            return s;
        }
    }
    for (const storage::Change &ch : std::as_const(c.changes))
        if (ch.entity == u"cases" && ch.field == u"stage") {
            Stage stage;
            if (stageFromKey(ch.after.toString(), &stage))
                c.stageAfter = stage;
        }
    const CommandSpec *spec = findCommand(last.command);
    c.summary = Tr::tr("Took back the last step, \"%1\" (recorded %2 by %3). Reason: %4")
                    .arg(spec ? spec->titleText() : last.command, last.at.left(10), last.actor, c.input.text(u"reason"_s));
    c.searchTextChanged = true; // a party or a title may have come or gone with the step
    return success();
}

void registerTakeBackHandler(QHash<QString, Handler> &map)
{
    map.insert(u"take_back_step"_s, takeBackStep);
}

} // namespace ecoclaim::service
