#include "ui/statistics/statisticshook.h"

#include "ui/mainwindow.h"
#include "ui/statistics/statisticspage.h"

#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

void installStatistics(MainWindow &window, service::CaseService &service)
{
    QMenu *menu = window.menuBar()->findChild<QMenu *>(u"reportsMenu"_s);
    if (!menu)
        menu = window.menuBar()->addMenu(StatisticsPage::tr("&Reports"));
    menu->addSeparator();
    QAction *open = menu->addAction(StatisticsPage::tr("&Statistics…"), QKeySequence(StatisticsPage::tr("Ctrl+Shift+T")), &window, [&window, &service] {
        QTabWidget *tabs = window.tabs();
        for (int i = 1; i < tabs->count(); ++i)
            if (qobject_cast<StatisticsPage *>(tabs->widget(i))) {
                tabs->setCurrentIndex(i);
                return;
            }
        auto *page = new StatisticsPage(service, QDate::currentDate(), tabs);
        QObject::connect(page, &StatisticsPage::caseActivated, &window, &MainWindow::openCase);
        tabs->setCurrentIndex(tabs->addTab(page, StatisticsPage::tr("Statistics")));
    });
    open->setObjectName(u"statistics"_s);
}

} // namespace ecoclaim::ui
