// ecoclaim-cli audit show CASE [--json]: a case's audit trail in the caseworker's words — each command
// with when, who and what, and every field it changed, labelled and valued as the window's timeline
// shows it (core/domain/auditwording.h), but whole. --json adds the stored names and values beside the
// words, for a reader that wants both.

#include "app/cli/caseverbs.h"

#include "core/domain/auditwording.h"
#include "core/domain/lifecycle.h"
#include "core/service/casereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

QString commandTitle(const QString &command)
{
    const CommandSpec *spec = findCommand(command);
    return spec ? spec->titleText() : command;
}
} // namespace

int runAuditShow(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli audit show ID|CASE_NO [--json]") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto file = session->service->reader().caseFile(args.first());
    if (!file) {
        printProblems(file.problems());
        return Refused;
    }
    auto trail = session->service->reader().auditTrail(file->id);
    if (!trail) {
        printProblems(trail.problems());
        return Refused;
    }
    const CaseFile &f = file.value();
    const auto people = session->service->reader().people(); // the actor as the person's name (issue 16 ¶2)
    const QHash<QString, Person> names = people ? people.value() : QHash<QString, Person>{};
    if (json) {
        QJsonArray entries;
        for (const AuditEntry &e : trail.value()) {
            QJsonArray changes;
            const QStringList lines = auditChangeLines(e.changes, &f);
            const QJsonArray stored = QJsonDocument::fromJson(e.changes.toUtf8()).array();
            for (qsizetype i = 0; i < stored.size(); ++i) {
                QJsonObject c = stored.at(i).toObject();
                const QString table = c.value(u"entity"_s).toString(), column = c.value(u"field"_s).toString();
                c.insert(u"label"_s, auditColumnLabel(table, column));
                c.insert(u"old_text"_s, auditValueText(table, column, c.value(u"old"_s), &f));
                c.insert(u"new_text"_s, auditValueText(table, column, c.value(u"new"_s), &f));
                c.insert(u"text"_s, lines.value(i));
                changes.append(c);
            }
            entries.append(QJsonObject{{u"id"_s, e.id}, {u"at"_s, e.at}, {u"actor"_s, e.actor},
                                       {u"actor_name"_s, auditActorText(e.actor, names)}, {u"command"_s, e.command},
                                       {u"title"_s, commandTitle(e.command)}, {u"changes"_s, changes}});
        }
        out() << QJsonDocument(QJsonObject{{u"case"_s, f.number}, {u"entries"_s, entries}}).toJson(QJsonDocument::Indented);
        return Done;
    }
    out() << f.number << u"  "_s << f.title << Qt::endl;
    for (const AuditEntry &e : trail.value()) {
        out() << Tr::tr("%1  %2  by %3").arg(auditValueText(u"audit_log", u"at", e.at, &f), commandTitle(e.command), auditActorText(e.actor, names))
              << Qt::endl;
        for (const QString &line : auditChangeLines(e.changes, &f))
            out() << u"    "_s << line << Qt::endl;
    }
    return Done;
}

} // namespace ecoclaim::cli
