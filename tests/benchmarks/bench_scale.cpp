// bench_scale: the in-process rows of issue 7 on a generated register (ecoclaim-cli generate), each
// measured as EcoClaim does it and as the raw anchor does the same work, interleaved in one run:
//   P1 list first page painted (vs bare QSqlQueryModel + QTableView), P3 page step (keyset),
//   P5 filter change with counts, P6 search ≥ 3 characters (vs FTS and vs LIKE), P7 1–2 characters
//   (vs bigram index and vs instr), P8 deadline dashboard warm and cold, P9 open one case file,
//   P12 consultation notice to PDF, P14 backup + quick_check, P10 one command saved (on the backup copy, so the register stays as
//   generated).
// Usage: bench_scale --db FILE [--reps N] [--only P1,P6,…] [--as-of YYYY-MM-DD] [--work DIR]
// Prints a Markdown table (medians, ratio, goal) on stdout. Not a CTest test.

#include "benchcommon.h"

#include "core/documents/officiallayout.h"
#include "core/documents/paperoffice.h"
#include "core/i18n/language.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/dashboard.h"
#include "core/storage/backup.h"
#include "core/storage/caselist.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "ui/casefile/casefileview.h"
#include "ui/caselistmodel.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQueryModel>
#include <QPdfWriter>
#include <QTableView>
#include <QTextDocument>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::bench;

namespace {
const char *listColumns = "SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                          "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major, c.updated_at FROM cases c ";

// Drops the file's pages from the page cache (no root needed), from a process of its own: closing a
// descriptor on a database file would drop this process's SQLite locks (docs/PITFALLS.md §10).
void dropCache(const QString &path)
{
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        QProcess::execute(QCoreApplication::applicationFilePath(), {u"--drop-cache"_s, file});
}

int dropCacheChild(const char *path)
{
    const int fd = ::open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
    return 0;
}

struct Bench
{
    QString path, work;
    QDate asOf;
    int reps = 15;
    QStringList only;
    std::unique_ptr<storage::Database> db;
    service::CaseNotifier notifier;
    std::unique_ptr<service::CaseService> service; // its reader is what the window's list reads through
    std::unique_ptr<Raw> raw;

    bool wants(const char *id) const { return only.isEmpty() || only.contains(QString::fromLatin1(id)); }
    QSqlDatabase conn() const { return db->connection(); }

    void p1AndP3();
    void p5();
    void p6AndP7();
    void p8();
    void p9();
    void p12();
    QString p14();
    void p10(const QString &copy);
};

void Bench::p1AndP3()
{
    QSqlDatabase qdb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-q"_s);
    qdb.setDatabaseName(path);
    qdb.open();
    QTableView ecoView, qView;
    for (QTableView *v : {&ecoView, &qView}) {
        v->resize(1280, 800);
        v->show();
    }
    QCoreApplication::processEvents();
    QList<QAbstractItemModel *> spent;
    ui::CaseListModel *model = nullptr;
    domain::CaseListRequest request;
    request.filter.today = asOf;
    const QString qSql = QString::fromLatin1(listColumns) + u"ORDER BY c.updated_at DESC, c.id DESC"_s;
    if (wants("P1")) {
        compare(u"P1"_s, u"case list: first 100 rows painted (window open)"_s, u"Q"_s, reps, 1.5,
                [&](int) {
                    model = new ui::CaseListModel(service->reader());
                    model->setRequest(request);
                    ecoView.setModel(model);
                    ecoView.viewport()->repaint();
                    spent << model;
                },
                [&](int) {
                    auto *m = new QSqlQueryModel;
                    m->setQuery(QSqlQuery(qSql, qdb));
                    qView.setModel(m);
                    qView.viewport()->repaint();
                    spent << m;
                });
        compare(u"P1"_s, u"… the first page's SQL alone"_s, u"L"_s, reps, 0,
                [&](int) { storage::fetchCasePage(conn(), request); },
                [&](int) {
                    raw->rows("SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                              "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major, c.updated_at FROM cases c "
                              "ORDER BY c.updated_at DESC, c.id DESC LIMIT 100");
                });
        qView.setModel(nullptr);
        for (QAbstractItemModel *m : std::as_const(spent))
            if (auto *q = qobject_cast<QSqlQueryModel *>(m))
                q->clear(); // finish its query: no read transaction left open (docs/PITFALLS.md §2)
    }
    if (wants("P3")) {
        // Page steps while scrolling: the model with the view attached reads the next page by key.
        model = new ui::CaseListModel(service->reader());
        model->setRequest(request);
        ecoView.setModel(model);
        for (int i = 0; i < 200; ++i) // well into the list first
            model->fetchMore({});
        // The raw side walks its own cursor from the same place.
        QByteArray keyUpdated = raw->value("SELECT updated_at FROM cases ORDER BY updated_at DESC, id DESC LIMIT 1 OFFSET 20099");
        qint64 keyId = raw->value("SELECT id FROM cases ORDER BY updated_at DESC, id DESC LIMIT 1 OFFSET 20099").toLongLong();
        sqlite3_stmt *step = nullptr;
        sqlite3_prepare_v2(raw->handle(),
                           "SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                           "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major FROM cases c "
                           "WHERE (c.updated_at, c.id) < (?, ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT 100",
                           -1, &step, nullptr);
        compare(u"P3"_s, u"page step while scrolling (CaseListModel::fetchMore, view attached)"_s, u"L keyset"_s, reps * 4, 3,
                [&](int) { model->fetchMore({}); },
                [&](int) {
                    sqlite3_bind_text(step, 1, keyUpdated.constData(), int(keyUpdated.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_int64(step, 2, keyId);
                    qint64 sink = 0;
                    while (sqlite3_step(step) == SQLITE_ROW) {
                        for (int c = 0; c < 12; ++c)
                            sink += sqlite3_column_bytes(step, c);
                        if (sink < 0)
                            qFatal("impossible");
                        keyId = sqlite3_column_int64(step, 0);
                        keyUpdated = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(step, 10)));
                    }
                    sqlite3_reset(step);
                });
        sqlite3_finalize(step);
        // What the caseworker sees after the step: the view repainted (the same for any model).
        compare(u"P3"_s, u"… page step and repaint of the view"_s, u"L keyset"_s, reps, 0,
                [&](int) { model->fetchMore({}); ecoView.scrollToBottom(); ecoView.viewport()->repaint(); },
                [&](int) { raw->rows("SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                                     "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major FROM cases c "
                                     "WHERE (c.updated_at, c.id) < ('2025-06-01', 0) ORDER BY c.updated_at DESC, c.id DESC LIMIT 100"); });
        compare(u"P3"_s, u"… the same page by OFFSET 50,000 (not used by EcoClaim)"_s, u"L keyset"_s, reps, 0,
                [&](int) { raw->rows("SELECT c.id, c.case_no, c.title FROM cases c ORDER BY c.updated_at DESC, c.id DESC LIMIT 100 OFFSET 50000"); },
                [&](int) { raw->rows("SELECT c.id, c.case_no, c.title FROM cases c WHERE (c.updated_at, c.id) < ('2025-06-01', 0) "
                                     "ORDER BY c.updated_at DESC, c.id DESC LIMIT 100"); });
    }
    ecoView.setModel(nullptr);
    qDeleteAll(spent);
    delete model;
    QSqlDatabase::database(u"bench-q"_s).close();
}

void Bench::p5()
{
    static const QList<QByteArray> districts{"310115", "310112", "310116", "310113", "310101", "310151", "310118", "310117"};
    ui::CaseListModel model(service->reader());
    domain::CaseListRequest request;
    request.filter.today = asOf;
    compare(u"P5"_s, u"filter change (district) with count and counts by stage"_s, u"L GROUP BY + count + page"_s, reps, 3,
            [&](int i) {
                request.filter.districtCode = QString::fromLatin1(districts.at((i + 8) % districts.size()));
                model.setRequest(request);
                storage::countCasesByStage(conn(), request.filter);
            },
            [&](int i) {
                const QByteArray d = districts.at((i + 8) % districts.size());
                raw->rows("SELECT stage, count(*) FROM cases WHERE district_code = ? GROUP BY stage", d);
                raw->rows("SELECT count(*) FROM cases WHERE district_code = ?", d);
                raw->rows("SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                          "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major FROM cases c WHERE c.district_code = ? "
                          "ORDER BY c.updated_at DESC, c.id DESC LIMIT 100", d);
            });
}

void Bench::p6AndP7()
{
    auto ecoSearch = [this](const QString &term) {
        storage::CaseListFilter filter;
        filter.today = asOf;
        filter.search = term;
        storage::countCases(conn(), filter);
        domain::CaseListRequest request;
        request.filter = filter;
        storage::fetchCasePage(conn(), request);
    };
    const char *likeCount = "SELECT count(*) FROM cases WHERE title LIKE ? OR site LIKE ? OR description LIKE ? OR party_names LIKE ?";
    for (const QString &term : {u"含油污泥"_s, u"上海宏达化工"_s, u"漕泾镇合展路"_s, u"Ⅳ类水质标准限值16倍"_s}) {
        if (!wants("P6"))
            break;
        const QByteArray t = term.toUtf8(), phrase = '"' + t + '"', like = '%' + t + '%';
        const qint64 n = raw->value("SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", phrase).toLongLong();
        compare(u"P6"_s, u"search \"%1\" (%2 cases): count + first page"_s.arg(term).arg(n), u"L FTS"_s, reps, 3,
                [&](int) { ecoSearch(term); },
                [&](int) {
                    raw->rows("SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", phrase);
                    raw->rows("SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                              "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major FROM cases c WHERE c.id IN "
                              "(SELECT rowid FROM case_fts WHERE case_fts MATCH ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT 100",
                              phrase);
                });
        compare(u"P6"_s, u"… \"%1\" against a LIKE scan (goal: under half of it)"_s.arg(term), u"L LIKE count"_s, std::max(3, reps / 3), 0.5,
                [&](int) { ecoSearch(term); }, [&](int) { raw->rows(likeCount, like, like, like, like); });
    }
    for (const QString &term : {u"浦东"_s, u"镉"_s, u"排放"_s}) {
        if (!wants("P7"))
            break;
        const QList<uint> cps = term.toUcs4();
        QByteArray token = "\"x" + QByteArray::number(cps.at(0), 16);
        if (cps.size() > 1)
            token += "x" + QByteArray::number(cps.at(1), 16);
        token += '"';
        const QByteArray t = term.toUtf8();
        const qint64 n = raw->value("SELECT count(*) FROM case_grams WHERE case_grams MATCH ?", token).toLongLong();
        compare(u"P7"_s, u"search \"%1\" (%2 cases): count + first page"_s.arg(term).arg(n), u"L bigram"_s, reps, 3,
                [&](int) { ecoSearch(term); },
                [&](int) {
                    raw->rows("SELECT count(*) FROM case_grams WHERE case_grams MATCH ?", token);
                    raw->rows("SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                              "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major FROM cases c WHERE c.id IN "
                              "(SELECT rowid FROM case_grams WHERE case_grams MATCH ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT 100",
                              token);
                });
        compare(u"P7"_s, u"… \"%1\" against instr() over the indexed text"_s.arg(term), u"L instr count"_s, std::max(3, reps / 3), 0,
                [&](int) { ecoSearch(term); },
                [&](int) {
                    raw->rows("SELECT count(*) FROM case_fts WHERE instr(title, ?) OR instr(parties, ?) OR instr(addresses, ?) "
                              "OR instr(description, ?)", t, t, t, t);
                });
    }
}

void Bench::p8()
{
    const char *dueSql = "SELECT d.case_id, d.case_no, d.title, d.unit, d.is_major, d.kind, d.subject, d.trigger_on, d.due_on, "
                         "d.article, d.explanation, d.calendar_note, 'open' FROM deadlines d WHERE d.state = 'open' AND d.due_on <= ? "
                         "ORDER BY d.due_on, d.case_id, d.kind, d.subject";
    const QByteArray until = asOf.addDays(14).toString(Qt::ISODate).toUtf8();
    service::DashboardQuery query;
    query.asOf = asOf;
    query.withinDays = 14;
    const qint64 n = raw->rows(dueSql, until);
    compare(u"P8"_s, u"deadline dashboard, warm (%1 rows due within 14 days or overdue)"_s.arg(n), u"L covering index"_s, reps, 3,
            [&](int) { service::dueItems(conn(), query); }, [&](int) { raw->rows(dueSql, until); });

    // Cold: the file's pages dropped from the page cache before each run, a fresh connection each side.
    QList<double> eco, rawCold;
    const int coldReps = std::max(3, reps / 3);
    for (int i = 0; i < coldReps; ++i) {
        dropCache(path);
        {
            auto fresh = storage::Database::open(path);
            const QSqlDatabase c = fresh.value()->connection();
            eco << timeMs([&] { service::dueItems(c, query); });
        }
        dropCache(path);
        {
            Raw fresh(path);
            rawCold << timeMs([&] { fresh.rows(dueSql, until); });
        }
    }
    Result r{u"P8"_s, u"deadline dashboard, cold (page cache dropped, fresh connection)"_s, u"EcoClaim"_s, u"L covering index"_s,
             median(eco), median(rawCold)};
    r.goal = 3;
    r.reps = coldReps;
    record(r);
}

void Bench::p9()
{
    storage::CaseRepository repository(conn());
    const qint64 cases = raw->value("SELECT count(*) FROM cases").toLongLong();
    QRandomGenerator random(9);
    QList<qint64> ids;
    for (int i = 0; i < reps * 4 + 2; ++i)
        ids << 1 + qint64(random.bounded(int(cases)));
    static const char *reads[] = {
        "SELECT * FROM parties WHERE case_id = ? ORDER BY seq", "SELECT * FROM verifications WHERE case_id = ?",
        "SELECT * FROM decisions WHERE case_id = ? ORDER BY id", "SELECT * FROM investigations WHERE case_id = ?",
        "SELECT * FROM appraisals WHERE case_id = ? ORDER BY id", "SELECT * FROM restoration_plans WHERE case_id = ? ORDER BY id",
        "SELECT * FROM consultation_notices WHERE case_id = ? ORDER BY id",
        "SELECT * FROM consultation_rounds WHERE case_id = ? ORDER BY round_no", "SELECT * FROM agreements WHERE case_id = ?",
        "SELECT * FROM payments WHERE case_id = ? ORDER BY paid_on, id", "SELECT * FROM confirmations WHERE case_id = ? ORDER BY id",
        "SELECT * FROM litigations WHERE case_id = ? ORDER BY id", "SELECT * FROM restorations WHERE case_id = ?",
        "SELECT * FROM milestones WHERE case_id = ? ORDER BY id", "SELECT * FROM evaluations WHERE case_id = ? ORDER BY id",
        "SELECT * FROM proceedings WHERE case_id = ? ORDER BY id", "SELECT * FROM deadline_adjustments WHERE case_id = ? ORDER BY id",
        "SELECT * FROM timeline WHERE case_id = ? ORDER BY id",
        // The volume's files, which the loader reads since the archive work: evidence, papers, their service.
        "SELECT e.*, f.size, f.media_type FROM evidence e JOIN stored_files f ON f.sha256 = e.sha256 WHERE e.case_id = ? ORDER BY e.id",
        "SELECT * FROM documents WHERE case_id = ? ORDER BY id",
        "SELECT s.* FROM document_services s JOIN documents d ON d.id = s.document_id WHERE d.case_id = ? ORDER BY s.id"};
    compare(u"P9"_s, u"open one case file (every table of the case)"_s, u"L the same SELECTs"_s, reps * 4, 3,
            [&](int i) { repository.load(ids.at(i + 1)); },
            [&](int i) {
                const qint64 id = ids.at(i + 1);
                raw->rows("SELECT * FROM cases WHERE id = ?", id);
                for (const char *sql : reads)
                    raw->rows(sql, id);
                raw->rows("SELECT * FROM instalments WHERE agreement_id = (SELECT id FROM agreements WHERE case_id = ?) ORDER BY seq", id);
            });

    // "Paint ≤ P1": the case file opened in its page of the window and painted, against the anchor of
    // P1 (a bare QSqlQueryModel list painted in a view of the same size).
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*db, calendar::WorkCalendar::builtIn(), serviceNotifier);
    QWidget host;
    host.resize(1280, 800);
    host.show();
    QTableView qView(&host);
    qView.resize(host.size());
    qView.show();
    QCoreApplication::processEvents();
    QSqlDatabase qdb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-q9"_s);
    qdb.setDatabaseName(path);
    qdb.open();
    const QString qSql = QString::fromLatin1(listColumns) + u"ORDER BY c.updated_at DESC, c.id DESC"_s;
    QList<QObject *> spent;
    compare(u"P9"_s, u"… the case file's page of the window built and painted"_s, u"Q list painted (P1 anchor)"_s, reps, 1,
            [&](int i) {
                auto *view = new ui::CaseFileView(service, ids.at(i + 1), asOf, &host);
                view->resize(host.size());
                view->show();
                view->repaint();
                spent << view;
            },
            [&](int) {
                auto *m = new QSqlQueryModel;
                m->setQuery(QSqlQuery(qSql, qdb));
                qView.setModel(m);
                qView.raise();
                qView.repaint();
                spent << m;
            });
    qView.setModel(nullptr);
    for (QObject *o : std::as_const(spent))
        if (auto *q = qobject_cast<QSqlQueryModel *>(o))
            q->clear();
    qDeleteAll(spent);
    qdb.close();
}

void Bench::p12()
{
    // A consultation-stage case whose first party was served a notice: the notice as a caseworker prints it.
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*db, calendar::WorkCalendar::builtIn(), serviceNotifier);
    documents::PaperOffice office(service);
    const QString caseNo = QString::fromUtf8(raw->value("SELECT c.case_no FROM cases c JOIN consultation_notices n ON n.case_id = c.id "
                                                        "WHERE c.stage = 'consultation' ORDER BY c.id LIMIT 1"));
    auto file = storage::CaseRepository(conn()).load(storage::CaseRepository(conn()).resolve(caseNo).value());
    if (!file)
        qFatal("no consultation case: %s", qPrintable(file.errorString()));
    documents::PaperOptions options;
    options.datedOn = asOf;
    options.parameters = QJsonObject{{u"meeting_time"_s, u"09:30"_s}, {u"meeting_place"_s, u"区生态环境局第一会议室"_s}};
    auto probe = office.compose(file.value(), u"consultation_notice"_s, options);
    if (!probe) {
        options.draft = true; // a field the generator did not fill: the draft still lays out the whole notice
        probe = office.compose(file.value(), u"consultation_notice"_s, options);
    }
    if (!probe)
        qFatal("the notice cannot be composed: %s", qPrintable(probe.errorString()));
    const QString html = probe->layout.html;
    int pages = 0;
    documents::paperPdf(probe->layout, &pages);
    compare(u"P12"_s, u"consultation notice to PDF (%1 pages: fill, GB/T 9704 layout, PDF/A, fonts embedded)"_s.arg(pages),
            u"Q QTextDocument → QPdfWriter"_s, reps, 2,
            [&](int) {
                auto paper = office.compose(file.value(), u"consultation_notice"_s, options);
                documents::paperPdf(paper->layout);
            },
            [&](int) {
                QByteArray bytes;
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                QPdfWriter writer(&buffer);
                writer.setPageSize(QPageSize(QPageSize::A4));
                QTextDocument document;
                document.setHtml(html);
                document.print(&writer);
            });
}

QString Bench::p14()
{
    QDir().mkpath(work);
    QString kept;
    const int backupReps = std::max(2, reps / 5);
    compare(u"P14"_s, u"backup: VACUUM INTO + quick_check of the copy"_s, u"L VACUUM INTO + quick_check"_s, backupReps, 2,
            [&](int i) {
                const QString target = work + u"/eco-%1.db"_s.arg(i + 1);
                QFile::remove(target);
                auto report = storage::backupTo(conn(), target);
                if (!report)
                    qFatal("backup failed: %s", qPrintable(report.errorString()));
                if (!kept.isEmpty())
                    QFile::remove(kept);
                kept = target;
            },
            [&](int i) {
                const QByteArray target = (work + u"/raw-%1.db"_s.arg(i + 1)).toUtf8();
                QFile::remove(QString::fromUtf8(target));
                sqlite3_stmt *s = nullptr;
                sqlite3_prepare_v2(raw->handle(), "VACUUM INTO ?", -1, &s, nullptr);
                sqlite3_bind_text(s, 1, target.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_step(s);
                sqlite3_finalize(s);
                Raw copy(QString::fromUtf8(target));
                copy.rows("PRAGMA quick_check");
                QFile::remove(QString::fromUtf8(target));
            },
            false);
    return kept;
}

void Bench::p10(const QString &copy)
{
    auto database = storage::Database::open(copy);
    if (!database)
        qFatal("cannot open %s", qPrintable(copy));
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*database.value(), calendar::WorkCalendar::builtIn(), serviceNotifier);
    Raw writer(copy, false);
    writer.exec("PRAGMA synchronous = FULL");
    QList<QString> cases;
    QList<qint64> rawCases;
    {
        auto q = storage::exec(database.value()->connection(),
                               u"SELECT id, case_no FROM cases WHERE stage = 'restoration' ORDER BY id LIMIT ?"_s, {reps * 12 + 8});
        // Alternate cases to the two sides, so neither writes the same case twice.
        for (int k = 0; q.value().next(); ++k) {
            if (k % 2)
                rawCases << q.value().value(0).toLongLong();
            else
                cases << q.value().value(1).toString();
        }
    }
    const QString due = asOf.addDays(60).toString(Qt::ISODate);
    int offset = 0; // each run writes to cases of its own
    // One round of each side on the i-th case of the current run (cases of their own per run).
    const auto ecoRound = [&](int i) {
        auto r = service.execute(QJsonObject{{u"cmd"_s, u"add_milestone"_s}, {u"case"_s, cases.at(offset + i + 1)},
                                             {u"due_on"_s, due}, {u"description"_s, u"完成修复效果自查"_s}},
                                 u"bench"_s, asOf);
        if (!r)
            qFatal("command refused: %s", qPrintable(r.errorString()));
    };
    const auto rawRound = [&](int i) {
        const qint64 id = rawCases.at(offset + i + 1);
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        writer.exec("BEGIN IMMEDIATE");
        writer.rows("INSERT INTO milestones(case_id, due_on, description) VALUES(?, ?, ?)", id, due.toUtf8(),
                    QByteArray("完成修复效果自查"));
        const qint64 milestone = sqlite3_last_insert_rowid(writer.handle());
        writer.rows("UPDATE cases SET updated_at = ?, next_deadline_on = min(COALESCE(next_deadline_on, ?), ?) WHERE id = ?",
                    now, due.toUtf8(), due.toUtf8(), id);
        writer.rows("INSERT INTO deadlines(case_id, kind, subject, trigger_on, due_on, article, explanation, case_no, title, unit, "
                    "is_major) SELECT id, 'milestone', ?, ?, ?, '第二十七条', '修复节点', case_no, title, unit, is_major FROM cases "
                    "WHERE id = ?",
                    "milestone:" + QByteArray::number(milestone), asOf.toString(Qt::ISODate).toUtf8(), due.toUtf8(), id);
        writer.rows("INSERT INTO deadline_log(case_id, kind, subject, new_due_on, command, changed_at, changed_on, actor) "
                    "VALUES(?, 'milestone', ?, ?, 'add_milestone', ?, ?, 'bench')",
                    id, "milestone:" + QByteArray::number(milestone), due.toUtf8(), now, asOf.toString(Qt::ISODate).toUtf8());
        writer.rows("INSERT INTO timeline(case_id, occurred_on, recorded_at, command, summary, stage_from, stage_to, actor) "
                    "VALUES(?, ?, ?, 'add_milestone', '已添加修复节点', 'restoration', 'restoration', 'bench')",
                    id, asOf.toString(Qt::ISODate).toUtf8(), now);
        const QByteArray last = writer.value("SELECT id || ' ' || hash FROM audit_log ORDER BY id DESC LIMIT 1");
        const qint64 next = last.split(' ').value(0).toLongLong() + 1;
        const QByteArray payload = QByteArray(R"({"cmd":"add_milestone","case":)") + QByteArray::number(id)
            + R"(,"due_on":")" + due.toUtf8() + "\"}";
        const QByteArray canonical = last.split(' ').value(1) + payload + now;
        const QByteArray hash = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
        writer.rows("INSERT INTO audit_log(id, at, actor, case_id, command, payload, changes, prev_hash, hash) "
                    "VALUES(?, ?, 'bench', ?, 'add_milestone', ?, '[]', ?, ?)",
                    next, now, id, payload, last.split(' ').value(1), hash);
        writer.exec("COMMIT");
    };
    const auto run = [&](const QString &what) {
        compare(u"P10"_s, what, u"L the same writes"_s, reps * 2, 3, ecoRound, rawRound);
        offset += reps * 2 + 1;
    };
    const auto runAlone = [&](const QString &what) {
        QList<double> e, r;
        for (int i = 0; i < reps * 2; ++i)
            e << timeMs([&] { ecoRound(i); });
        for (int i = 0; i < reps * 2; ++i)
            r << timeMs([&] { rawRound(i); });
        Result res{u"P10"_s, what, u"EcoClaim"_s, u"L the same writes, back to back"_s, median(e), median(r)};
        res.reps = reps * 2;
        record(res);
        offset += reps * 2 + 1;
    };
    run(u"one command saved (add_milestone: row, list columns, deadlines, timeline, audit), synchronous=FULL"_s);
    // The same without waiting for the disk: what is left is the work each side does.
    storage::exec(database.value()->connection(), u"PRAGMA synchronous = NORMAL"_s);
    writer.exec("PRAGMA synchronous = NORMAL");
    run(u"… the same with synchronous=NORMAL on both sides (no fsync: the CPU work)"_s);
    // For the reading of the rows above, not a goal: there each side's commit makes the other connection
    // drop its whole page cache at its next BEGIN (SQLite resets a WAL reader's cache whenever another
    // connection wrote), so every command reads each page it touches again — the service, which reads
    // the case file, touches several times the anchor's pages. Here each side runs its rounds back to back
    // (the same writes, the same cases' kind), keeping its cache: what a desk committing alone sees.
    runAlone(u"… the same, each side's rounds back to back (its page cache kept), synchronous=NORMAL"_s);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--drop-cache") == 0)
        return dropCacheChild(argv[2]);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"EcoClaim-bench"_s);
    // The language the window and ecoclaim-cli speak by default, and the generator wrote its rows in:
    // without it every command rewrote each derived row of its case in English (P10 measured a change of
    // language on every command, not a command).
    i18n::installTranslators(app, u"zh_CN"_s);
    Bench b;
    QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--db")
            b.path = args.at(i + 1);
        else if (args.at(i) == u"--reps")
            b.reps = args.at(i + 1).toInt();
        else if (args.at(i) == u"--only")
            b.only = args.at(i + 1).split(u',');
        else if (args.at(i) == u"--as-of")
            b.asOf = QDate::fromString(args.at(i + 1), Qt::ISODate);
        else if (args.at(i) == u"--work")
            b.work = args.at(i + 1);
    }
    if (b.path.isEmpty() || !QFile::exists(b.path)) {
        std::fprintf(stderr, "usage: bench_scale --db FILE [--reps N] [--only P1,P3,…] [--as-of DATE] [--work DIR]\n"
                             "(make FILE with: ecoclaim-cli --db FILE generate --cases 100000 --seed 1)\n");
        return 2;
    }
    if (!b.asOf.isValid())
        b.asOf = QDate::currentDate();
    if (b.work.isEmpty())
        b.work = QFileInfo(b.path).absolutePath() + u"/bench-work"_s;
    auto db = storage::Database::open(b.path);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    b.db = std::move(db).value();
    b.service = std::make_unique<service::CaseService>(*b.db, calendar::WorkCalendar::builtIn(), b.notifier);
    b.raw = std::make_unique<Raw>(b.path);
    std::fprintf(stdout, "database %s: %s cases; load average %s\n", qPrintable(b.path),
                 b.raw->value("SELECT count(*) FROM cases").constData(),
                 [] {
                     QFile f(u"/proc/loadavg"_s);
                     return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
                 }()
                     .constData());
    printHeader();
    if (b.wants("P1") || b.wants("P3"))
        b.p1AndP3();
    if (b.wants("P5"))
        b.p5();
    if (b.wants("P6") || b.wants("P7"))
        b.p6AndP7();
    if (b.wants("P8"))
        b.p8();
    if (b.wants("P9"))
        b.p9();
    if (b.wants("P12"))
        b.p12();
    if (b.wants("P14") || b.wants("P10")) {
        QString copy;
        if (b.wants("P14")) {
            copy = b.p14();
        } else { // P10 alone: its copy made without timing
            QDir().mkpath(b.work);
            copy = b.work + u"/p10.db"_s;
            QFile::remove(copy);
            if (!storage::backupTo(b.conn(), copy))
                qFatal("cannot copy the database for P10");
        }
        if (b.wants("P10"))
            b.p10(copy);
        QFile::remove(copy);
        QFile::remove(copy + u"-wal"_s);
        QFile::remove(copy + u"-shm"_s);
    }
    return 0;
}
