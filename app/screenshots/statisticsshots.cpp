#include "statisticsshots.h" // beside this file (the tool's include root is ui's)

#include "ui/mainwindow.h"
#include "ui/statistics/barcasesdialog.h"
#include "ui/statistics/statisticspage.h"

#include <QAction>
#include <QDockWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

bool statisticsShots(ui::MainWindow &window, const QDir &out, const std::function<bool(QWidget *, const QString &)> &save)
{
    auto *open = window.findChild<QAction *>(u"statistics"_s);
    if (!open)
        return false;
    if (auto *dock = window.findChild<QDockWidget *>(u"deadlinesDock"_s))
        dock->hide();
    open->trigger();
    auto *page = qobject_cast<ui::StatisticsPage *>(window.tabs()->currentWidget());
    if (!page)
        return false;
    page->refresh();
    bool ok = true;
    for (const QString &chart : reports::statisticsCharts()) {
        page->showChart(chart);
        ok &= save(&window, out.filePath(u"statistics-%1.png"_s.arg(chart)));
    }
    // What a click on the biggest bar of the clue channels lists.
    if (const reports::StatisticsChart *c = page->statistics().chart(u"channels"_s)) {
        int bestS = -1, bestK = -1;
        for (int s = 0; s < c->values.size(); ++s)
            for (int k = 0; k < c->values.at(s).size(); ++k)
                if (bestS < 0 || c->values.at(s).at(k) > c->values.at(bestS).at(bestK)) {
                    bestS = s;
                    bestK = k;
                }
        if (bestS >= 0) {
            page->openBar(c->key, c->seriesKeys.at(bestS), c->categoryKeys.at(bestK));
            if (auto *dialog = page->findChild<ui::BarCasesDialog *>()) {
                ok &= save(dialog, out.filePath(u"statistics-cases.png"_s));
                dialog->close();
            }
        }
    }
    return ok;
}
