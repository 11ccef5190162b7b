#include "core/reports/ledgerexport.h"

#include "core/domain/catalogue.h"
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
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u'"', u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QStringList ledgerHeader()
{
    return {Tr::tr("Case number"), Tr::tr("Title"), Tr::tr("Handling unit"), Tr::tr("Stage"), Tr::tr("Why major"),
            Tr::tr("Reported upward"), Tr::tr("Open instructions"), Tr::tr("Next timetable step"), Tr::tr("Next deadline"),
            Tr::tr("Lead department")};
}

QStringList ledgerCells(const service::MajorCaseEntry &e)
{
    const domain::CaseFile &f = e.file;
    const domain::Department *unit = domain::findDepartment(f.unit);
    QString reported = Tr::tr("not reported");
    if (e.reported()) {
        const domain::SupervisionReport &r = f.supervisionReports.last();
        reported = u"%1 → %2"_s.arg(r.reportedOn.toString(Qt::ISODate), r.reportedTo);
    }
    const domain::TimetableItem *step = e.nextStep();
    QString next;
    for (const domain::DeadlineRow &d : e.deadlines)
        if (!d.suspended) {
            next = u"%1 %2"_s.arg(d.due.toString(Qt::ISODate), service::deadlineKindName(d.kind));
            break;
        }
    const domain::Department *lead = f.jointGroup ? domain::findDepartment(f.jointGroup->leadUnit) : nullptr;
    return {f.number, f.title, unit ? unit->chinese : f.unit, domain::stageChinese(f.stage), f.majorReason, reported,
            QString::number(e.openInstructions()),
            step ? u"%1 %2"_s.arg(step->dueOn.toString(Qt::ISODate), step->step) : QString(), next,
            lead ? lead->chinese : QString()};
}

domain::Result<int> writeLedgerCsv(const QList<service::MajorCaseEntry> &entries, const QString &path)
{
    // QSaveFile: a half-written ledger never replaces a good one.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()), {}};
    QTextStream s(&f);
    s << QChar(0xFEFF);
    s << ledgerHeader().join(u',') << "\r\n";
    for (const service::MajorCaseEntry &e : entries) {
        QStringList cells;
        for (const QString &c : ledgerCells(e))
            cells << csvCell(c);
        s << cells.join(u',') << "\r\n";
    }
    s.flush();
    if (!f.commit())
        return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()), {}};
    return int(entries.size());
}

} // namespace ecoclaim::reports
