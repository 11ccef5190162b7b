#pragma once
// Every line of every lifecycle script in tests/data (the JSONL of `ecoclaim-cli apply`), run through the
// service on a fresh testbed per script — for the suites that hold something true after each line (the
// parts a command reads, the bits of migration 0015). Comment lines and the scripts' "expect" lines are
// skipped; lines a script expects to be refused are run too (a refusal must change nothing). A case named
// by its script's "ref" is given its real number.

#include "casetestbed.h"

#include <QDir>
#include <QFile>

#include <functional>

namespace ecoclaim::test {

struct ScenarioLine
{
    QString script;   // file name in tests/data
    int number = 0;   // line number in it
    QJsonObject command;
};

// Calls `before` with each line (its case reference resolved), runs it, then calls `after` with the
// result; stops at the first failed check of either. Returns how many lines were run.
inline int runEveryScenarioLine(const std::function<void(CaseTestbed &, const ScenarioLine &)> &before,
                                const std::function<void(CaseTestbed &, const ScenarioLine &,
                                                         const domain::Result<service::CommandOutcome> &)> &after)
{
    const QDir dir(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/data"_s);
    const QStringList files = dir.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    if (files.size() < 12) {
        QTest::qFail(qPrintable(u"tests/data holds %1 scripts, fewer than the 12 expected"_s.arg(files.size())), __FILE__, __LINE__);
        return 0;
    }
    int lines = 0;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            QTest::qFail(qPrintable(u"cannot read "_s + f.fileName()), __FILE__, __LINE__);
            return lines;
        }
        CaseTestbed bed;
        QHash<QString, QString> refs;
        int number = 0;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            ++number;
            const QByteArray text = raw.trimmed();
            if (text.isEmpty() || text.startsWith('#'))
                continue;
            ScenarioLine line{name, number, QJsonDocument::fromJson(text).object()};
            if (line.command.contains(u"expect"_s))
                continue;
            line.command.remove(u"expect_refused"_s);
            if (line.command.contains(u"case"_s)) {
                const QString ref = line.command.value(u"case"_s).toString();
                line.command.insert(u"case"_s, refs.value(ref, ref));
            }
            before(bed, line);
            if (QTest::currentTestFailed())
                return lines;
            const auto r = bed.service().execute(line.command, u"tester"_s, CaseTestbed::today());
            ++lines;
            const QString ref = line.command.value(u"ref"_s).toString();
            if (r && !ref.isEmpty())
                refs.insert(ref, r->caseNumber);
            after(bed, line, r);
            if (QTest::currentTestFailed())
                return lines;
        }
    }
    return lines;
}

} // namespace ecoclaim::test
