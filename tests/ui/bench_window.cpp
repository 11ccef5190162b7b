// bench_window DB: how long the window's list takes on a large database — opening, searching,
// filtering, sorting by every column, scrolling 50 pages. A benchmark, not a CTest test.

#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "ui/caselistmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QSettings().clear();
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_window DB\n";
        return 2;
    }
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]));
    service::CaseNotifier notifier;
    auto service = service::CaseService::open(*db.value(), notifier);
    QElapsedTimer t;
    t.start();
    ui::MainWindow window(*service.value());
    window.show();
    QApplication::processEvents();
    out << "open window (count + first page): " << t.elapsed() << " ms, " << window.listModel()->totalCount() << " cases\n";

    ui::CaseListModel *model = window.listModel();
    for (const QString &q : {u"排"_s, u"排污"_s, u"化工企业排污线索1999"_s, u"某路19999号"_s, u"310115-01"_s}) {
        domain::CaseListRequest r = model->request();
        r.filter.search = q;
        t.restart();
        model->setRequest(r);
        out << "search \"" << q << "\": " << t.elapsed() << " ms, " << model->totalCount() << " hits\n";
    }
    domain::CaseListRequest r = model->request();
    r.filter.search.clear();
    model->setRequest(r);
    for (int c = 0; c < ui::CaseListModel::ColumnCount; ++c) {
        t.restart();
        model->sort(c, Qt::AscendingOrder);
        out << "sort by column " << c << ": " << t.elapsed() << " ms\n";
    }
    t.restart();
    for (int i = 0; i < 50 && model->canFetchMore({}); ++i)
        model->fetchMore({});
    out << "50 more pages: " << t.elapsed() << " ms, " << model->rowCount() << " rows held\n";
    auto *stage = window.findChild<QComboBox *>(u"stageFilter"_s);
    t.restart();
    stage->setCurrentIndex(1);
    out << "filter by stage: " << t.elapsed() << " ms, " << model->totalCount() << " cases\n";
    return 0;
}
