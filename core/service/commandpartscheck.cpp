// The check that guards the declaration of commandparts.cpp (suites' SQLite runs, ECOCLAIM_CHECK_READBACK):
// a command declared not to read the case's evidence, papers and shares is run twice in one transaction —
// first on the file read with them, in a savepoint rolled back, then on the file read without them — and
// must decide the same: the same refusal, or the same outcome, field changes, case file and deadline rows.

#include "core/service/commandparts.h"

#include "core/service/paperwork.h"
#include "core/storage/database.h"
#include "core/storage/deadlinestore.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CaseService)
};

// The moment a run wrote (updated_at, added_at, the audit time) differs between the two runs by design.
QByteArray withoutTimestamps(const QByteArray &json)
{
    static const QRegularExpression timestamp(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:?\\d\\d)?"_s);
    return QString::fromUtf8(json).replace(timestamp, u"<time>"_s).toUtf8();
}

QByteArray outcomeText(const Result<CommandOutcome> &r)
{
    if (!r)
        return "refused: " + r.errorString().toUtf8();
    const CommandOutcome &o = r.value();
    const QJsonObject json{{u"case"_s, o.caseId}, {u"number"_s, o.caseNumber}, {u"before"_s, stageKey(o.before)},
                           {u"after"_s, stageKey(o.after)}, {u"summary"_s, o.summary}, {u"changes"_s, storage::toJson(o.changes)},
                           {u"alreadyApplied"_s, o.alreadyApplied}};
    return withoutTimestamps(QJsonDocument(json).toJson(QJsonDocument::Compact));
}
} // namespace

Status recordStored(const QSqlDatabase &db, qint64 caseId, StoredByCommand &record)
{
    auto file = storage::CaseRepository(db).load(caseId, storage::CaseRepository::Parts::ForCommands);
    if (!file)
        return file.problems();
    record.caseFile = withoutTimestamps(QJsonDocument(file->toJson()).toJson(QJsonDocument::Compact));
    auto rows = storage::deadlines::forCase(db, caseId);
    if (!rows)
        return rows.problems();
    QJsonArray deadlines;
    for (const DeadlineRow &r : rows.value())
        deadlines.append(QJsonArray{r.kind, r.subject, r.trigger.toString(Qt::ISODate), r.due.toString(Qt::ISODate), r.article,
                                    r.explanation, r.calendarNote, r.suspended, r.caseNo, r.title, r.unit, r.major});
    record.deadlines = QJsonDocument(deadlines).toJson(QJsonDocument::Compact);
    return success();
}

Result<CommandOutcome> CaseService::runCommandTwice(const CommandSpec &spec, const QJsonObject &command, const QString &actor,
                                                    QDate today, const Result<StoredUpload> *upload, PaperWork *papers,
                                                    const std::function<Status(qint64)> &beforeCommit, bool trialOnly)
{
    storage::WriteTransaction txn(m_database.connection());
    if (auto s = txn.begin(); !s)
        return s.problems();
    StoredByCommand withVolume, withoutVolume;
    // Each run is a savepoint of txn: the first always rolls back; the second is the command itself.
    const auto expected = runCommand(spec, command, actor, today, upload, papers, {}, true, true, &withVolume);
    auto outcome = runCommand(spec, command, actor, today, upload, papers, beforeCommit, trialOnly, false, &withoutVolume);
    QStringList differences;
    if (outcomeText(expected) != outcomeText(outcome))
        differences << Tr::tr("outcome %1 with them, %2 without")
                           .arg(QString::fromUtf8(outcomeText(expected)), QString::fromUtf8(outcomeText(outcome)));
    else if (outcome && !outcome->alreadyApplied && withVolume.caseFile != withoutVolume.caseFile)
        differences << Tr::tr("the case file stored differs");
    else if (outcome && !outcome->alreadyApplied && withVolume.deadlines != withoutVolume.deadlines)
        differences << Tr::tr("deadline rows %1 with them, %2 without")
                           .arg(QString::fromUtf8(withVolume.deadlines), QString::fromUtf8(withoutVolume.deadlines));
    if (!differences.isEmpty())
        return Problem{u"case"_s,
                       Tr::tr("The command %1 is declared not to read the case's evidence, papers and liability shares "
                              "(core/service/commandparts.cpp), but without them it decided otherwise: %2. Nothing was done.")
                           .arg(spec.name, differences.join(u"; "_s)),
                       {}};
    if (!outcome || trialOnly) {
        txn.rollback();
        return outcome;
    }
    if (auto s = txn.commit(); !s)
        return s.problems();
    return outcome;
}

} // namespace ecoclaim::service
