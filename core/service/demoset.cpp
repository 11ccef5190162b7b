#include "core/service/demoset.h"


#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

QByteArray resolvedDemoScript(QDate today)
{
    QFile f(u":/demo/demo-cases.jsonl"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression relative(u"\"@today([+-]\\d+)?\""_s);
    QString resolved;
    qsizetype last = 0;
    for (auto it = relative.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        resolved += QStringView(text).mid(last, m.capturedStart() - last);
        const int offset = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        resolved += u'"' + today.addDays(offset).toString(Qt::ISODate) + u'"';
        last = m.capturedEnd();
    }
    resolved += QStringView(text).mid(last);
    return resolved.toUtf8();
}

domain::Result<ScriptReport> loadDemoSet(CaseService &service, QDate today)
{
    auto count = service.reader().caseCount();
    if (!count)
        return count.problems();
    if (count.value() > 0)
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Demo", "The database already holds %n case(s); the demo set is only loaded into an empty database.", nullptr, int(count.value())), {}};
    // The open cases serve consultation notices for meetings up to about a week after the anchor day, which needs the
    // working-day calendar of those days (Art. 19). Past the last year the program knows, the demo is
    // anchored at the end of October of that year instead of refusing to load.
    QDate anchor = today;
    const QList<int> years = service.calendar().years();
    if (!years.isEmpty() && !service.calendar().hasYear(today.addDays(14).year()))
        anchor = std::min(today, QDate(years.last(), 10, 31));
    QByteArray script = resolvedDemoScript(anchor);
    QBuffer buffer(&script);
    buffer.open(QIODevice::ReadOnly);
    ScriptReport report = runScript(service, buffer, u"demo"_s, anchor);
    if (report.failedLine)
        return domain::Problem{{}, report.errorString(), {}};
    return report;
}

} // namespace ecoclaim::service
