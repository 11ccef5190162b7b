#include "core/service/scriptrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

QString ScriptReport::errorString() const
{
    if (failedLine == 0)
        return {};
    QStringList lines;
    for (const domain::Problem &p : problems.list())
        lines << QCoreApplication::translate("ecoclaim::Script", "line %1: %2").arg(failedLine).arg(p.toString());
    return lines.join(u'\n');
}

ScriptReport runScript(CaseService &service, QIODevice &jsonl, const QString &actor, QDate today, const LineDone &lineDone)
{
    ScriptReport report;
    QHash<QString, QString> refs; // script ref → case number
    int lineNo = 0;
    while (!jsonl.atEnd()) {
        ++lineNo;
        const QByteArray raw = jsonl.readLine().trimmed();
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            report.failedLine = lineNo;
            report.problems.add({}, QCoreApplication::translate("ecoclaim::Script", "not a JSON object (%1 at character %2).")
                                        .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                                    : QCoreApplication::translate("ecoclaim::Script", "not an object"))
                                        .arg(error.offset + 1));
            return report;
        }
        QJsonObject command = doc.object();
        const QString caseRef = command.value(u"case"_s).toString();
        if (refs.contains(caseRef))
            command.insert(u"case"_s, refs.value(caseRef));
        const QString lineActor = command.value(u"actor"_s).toString();
        auto outcome = service.execute(command, lineActor.isEmpty() ? actor : lineActor, today);
        if (!outcome) {
            report.failedLine = lineNo;
            report.problems = outcome.problems();
            return report;
        }
        if (command.contains(u"ref"_s))
            refs.insert(command.value(u"ref"_s).toString(), outcome->caseNumber);
        report.outcomes << outcome.value();
        ++(outcome->alreadyApplied ? report.skipped : report.applied);
        if (lineDone)
            lineDone(lineNo, outcome.value());
    }
    return report;
}

} // namespace ecoclaim::service
