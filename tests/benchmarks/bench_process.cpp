// bench_process: the rows of issue 7 that need a process of their own, each side started fresh and
// interleaved: P2 process start → first page painted, P16 memory idle with the list open, P4 scroll to
// the end (time and memory). EcoClaim's side is the real window (MainWindow over CaseService, the
// dashboard docked, as app/window/main.cpp starts it); the anchor Q is a bare QSqlQueryModel in a
// QTableView over the same table and order.
// Usage: bench_process --db FILE [--reps N]. Children run as: bench_process --child eco|q FILE.
// Not a CTest test.

#include "benchcommon.h"

#include "core/i18n/language.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::bench;

namespace {
// Prints "painted" after the first paint of the view's viewport with rows in it, then the idle
// memory a second later, then scrolls to the end and prints its time and memory, and quits.
class Probe : public QObject
{
public:
    explicit Probe(QTableView *view) : m_view(view) { view->viewport()->installEventFilter(this); }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_view->model() && m_view->model()->rowCount() > 0) {
            m_painted = true;
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stdout, "painted\n");
                std::fflush(stdout);
                if (qEnvironmentVariableIsSet("BENCH_PAINT_ONLY")) // for profiling the start alone
                    QCoreApplication::quit();
                else
                    QTimer::singleShot(1000, this, [this] { idleThenScroll(); });
            });
        }
        return false;
    }

private:
    void idleThenScroll()
    {
        std::fprintf(stdout, "idle %.1f\n", residentMb());
        QAbstractItemModel *model = m_view->model();
        const double ms = timeMs([&] {
            while (model->canFetchMore({}))
                model->fetchMore({});
            m_view->scrollToBottom();
            m_view->viewport()->repaint();
        });
        std::fprintf(stdout, "scrolled %.1f %.1f %d\n", ms, residentMb(), model->rowCount());
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    QTableView *m_view;
    bool m_painted = false;
};

int child(int argc, char *argv[], bool eco, const QString &path)
{
    QElapsedTimer phases;
    phases.start();
    // BENCH_PHASES=1: where the start goes, on stderr.
    const auto phase = [&phases](const char *what) {
        if (qEnvironmentVariableIsSet("BENCH_PHASES"))
            std::fprintf(stderr, "%7.1f ms  %s\n", double(phases.nsecsElapsed()) / 1e6, what);
    };
    QApplication app(argc, argv);
    phase("QApplication");
    if (eco) {
        QApplication::setOrganizationName(u"EcoClaim-bench"_s);
        QApplication::setApplicationName(u"EcoClaim"_s);
        i18n::installTranslators(app);
        phase("translators");
        auto database = storage::Database::open(path);
        phase("database open");
        service::CaseNotifier notifier;
        auto service = service::CaseService::open(*database.value(), notifier);
        phase("service open");
        ui::MainWindow window(*service.value());
        phase("main window built");
        window.resize(1280, 800);
        window.show();
        phase("shown");
        Probe probe(window.findChild<QTableView *>());
        return app.exec();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(path);
    db.open();
    QSqlQueryModel model;
    model.setQuery(QSqlQuery(u"SELECT case_no, title, district_code, unit, stage, party_names, next_deadline_on, claimed_fen, "
                             "updated_at FROM cases ORDER BY updated_at DESC, id DESC"_s,
                             db));
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    view.show();
    Probe probe(&view);
    return app.exec();
}

struct Run
{
    double painted = 0, idleMb = 0, scrolledMs = 0, scrolledMb = 0;
};

Run run(const QString &mode, const QString &path)
{
    QProcess p;
    Run r;
    QElapsedTimer clock;
    clock.start();
    p.start(QCoreApplication::applicationFilePath(), {u"--child"_s, mode, path});
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(100);
        while (p.canReadLine()) {
            const QList<QByteArray> f = p.readLine().trimmed().split(' ');
            if (f.value(0) == "painted")
                r.painted = double(clock.nsecsElapsed()) / 1e6;
            else if (f.value(0) == "idle")
                r.idleMb = f.value(1).toDouble();
            else if (f.value(0) == "scrolled") {
                r.scrolledMs = f.value(1).toDouble();
                r.scrolledMb = f.value(2).toDouble();
            }
        }
        if (clock.elapsed() > 120000)
            p.kill();
    }
    if (r.painted <= 0 || r.scrolledMs <= 0) // a child that failed must not read as a fast one
        qFatal("the %s window did not paint or scroll: %s", qPrintable(mode), p.readAllStandardError().constData());
    return r;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, qstrcmp(argv[2], "eco") == 0, QString::fromLocal8Bit(argv[3]));
    QCoreApplication app(argc, argv);
    QString path;
    int reps = 5;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--db")
            path = args.at(i + 1);
        else if (args.at(i) == u"--reps")
            reps = args.at(i + 1).toInt();
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_process --db FILE [--reps N]\n");
        return 2;
    }
    QList<Run> eco, q;
    run(u"eco"_s, path); // warm the page cache and the fonts once, not counted
    run(u"q"_s, path);
    for (int i = 0; i < reps; ++i) {
        if (i % 2) {
            q << run(u"q"_s, path);
            eco << run(u"eco"_s, path);
        } else {
            eco << run(u"eco"_s, path);
            q << run(u"q"_s, path);
        }
    }
    auto med = [](const QList<Run> &runs, double Run::*field) {
        QList<double> v;
        for (const Run &r : runs)
            v << r.*field;
        return median(v);
    };
    printHeader();
    const auto row = [&](const char *id, const char *what, double Run::*field, double goal, const char *unit) {
        Result r{QString::fromLatin1(id), QString::fromUtf8(what), u"EcoClaim"_s, u"Q"_s, med(eco, field), med(q, field)};
        r.goal = goal;
        r.reps = reps;
        r.unit = QString::fromLatin1(unit);
        record(r);
    };
    row("P2", "process start → first page painted (window, warm cache)", &Run::painted, 2, "ms");
    row("P16", "memory idle with the list open (RSS)", &Run::idleMb, 2, "MB");
    row("P4", "scroll to the end of 100,000 cases (all pages fetched)", &Run::scrolledMs, 1.5, "ms");
    row("P4", "memory after scrolling to the end (RSS)", &Run::scrolledMb, 1.5, "MB");
    return 0;
}
