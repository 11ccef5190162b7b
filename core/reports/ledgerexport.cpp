#include "core/reports/ledgerexport.h"

#include "core/reports/spreadsheetout.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};
} // namespace

QString csvCell(QString text)
{
    return csvText(std::move(text)); // one rule for every CSV EcoClaim writes (spreadsheetout.h)
}

domain::Result<int> writeLedgerCsv(const QList<domain::DeadlineRow> &rows, const QString &path)
{
    // QSaveFile: a half-written ledger never replaces a good one.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()), {}};
    QTextStream s(&f);
    s << QChar(0xFEFF);
    s << QStringList{Tr::tr("Case number"), Tr::tr("Title"), Tr::tr("Deadline"), Tr::tr("Due on"), Tr::tr("Suspended"),
                     Tr::tr("Article"), Tr::tr("Why")}
             .join(u',')
      << "\r\n";
    for (const domain::DeadlineRow &r : rows)
        s << QStringList{csvCell(r.caseNo), csvCell(r.title), csvCell(service::deadlineKindName(r.kind)),
                         r.due.toString(Qt::ISODate), r.suspended ? Tr::tr("yes") : QString(), csvCell(r.article),
                         csvCell(r.explanation)}
                 .join(u',')
          << "\r\n";
    s.flush();
    if (!f.commit())
        return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()), {}};
    return int(rows.size());
}

} // namespace ecoclaim::reports
