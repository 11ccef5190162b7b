#include "reportshots.h" // beside this file (the tool's include root is ui's)

#include "core/reports/annualreport.h"
#include "ui/reportview.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
// Clicks the first cell of the first table that stands for at least one case, as a caseworker would.
void clickFirstFigure(ui::ReportView &view)
{
    auto *tabs = view.findChild<QTabWidget *>(u"reportTables"_s);
    if (!tabs || tabs->count() == 0)
        return;
    auto *table = qobject_cast<QTableWidget *>(tabs->widget(0));
    for (int r = 0; table && r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (QTableWidgetItem *item = table->item(r, c); item && item->text() != u"0" && !item->toolTip().isEmpty()) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
                return;
            }
}
} // namespace

bool renderReportShots(service::CaseService &service, QDate from, QDate to,
                       const std::function<bool(QWidget *, const QString &)> &save, const QString &suffix)
{
    bool ok = true;
    const QList<std::pair<reports::ReportKind, QString>> views{{reports::ReportKind::Annual, u"annual-report-view"_s},
                                                                {reports::ReportKind::Screening, u"screening-view"_s}};
    for (const auto &[kind, name] : views) {
        ui::ReportView view(service, kind, from, to, {});
        view.show();
        view.showReport();
        clickFirstFigure(view);
        ok &= save(&view, name + suffix);
    }
    return ok;
}
