#include "core/reports/ledgerexport.h"

#include "core/reports/spreadsheetout.h"
#include "core/reports/supervisionledger.h"

#include "core/domain/catalogue.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>

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
    // The same file as `ecoclaim-cli ledger --csv` (supervisionledger.h; written through QSaveFile).
    if (auto s = writeLedgerSheets(entries, QString(), path); !s)
        return s.problems();
    return int(entries.size());
}

} // namespace ecoclaim::reports
