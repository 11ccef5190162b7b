// ecoclaim-cli as a caseworker's script uses it: exit codes (0 done, 1 refused, 2 usage), the demo
// set, lists and case files as JSON, scenarios applied and refused, the calendar verbs, and the
// command reference in docs/commands.md kept equal to the program's own.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

const QString sourceDir = QStringLiteral(ECOCLAIM_SOURCE_DIR);

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY(m_dir.isValid()); }
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void demoSetListsAsJson();
    void demoLoadsPastTheLastCalendarYear();
    void caseShowPrintsTheWholeFile();
    void scenarioWalksFromClueToArchive();
    void outOfOrderStepIsRefusedWithItsArticle_data();
    void outOfOrderStepIsRefusedWithItsArticle();
    void storageRefusalsSpeakTheLanguage_data();
    void storageRefusalsSpeakTheLanguage();
    void calendarVerbs_data();
    void calendarVerbs();
    void commandReferenceIsUpToDate();
    void newerDatabaseIsRefusedUntouched();
    void documentVerbs();
    void ledgerListsEveryMajorCase();
    void papersFromAScript();

private:
    QString freshDatabase(const QString &name);
    int firstYearWithoutCalendar();
    Run cli(QStringList args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s);
        if (!args.contains(u"--db"_s))
            args = QStringList{u"--db"_s, m_dir.filePath(u"cli.db"_s)} + args;
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // no settings leak in from the user
        p.setProcessEnvironment(env);
        p.start();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("ecoclaim-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
};

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s};
    QTest::newRow("case without sub-verb") << QStringList{u"case"_s};
    QTest::newRow("option without value") << QStringList{u"case"_s, u"list"_s, u"--stage"_s};
    QTest::newRow("apply without file") << QStringList{u"apply"_s};
}

// The default database of these tests exists: only init, demo and generate create one (tst_cliinput).
void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

// A database for one test: created by `init`, as a caseworker's script must.
QString TestCli::freshDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run r = cli({u"--db"_s, path, u"init"_s});
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    return path;
}

// The first year after the last one with holiday data (built in or imported): explicitly missing, so a
// test needing "a year without data" never depends on which years a build carries.
int TestCli::firstYearWithoutCalendar()
{
    const Run years = cli({u"calendar"_s, u"years"_s});
    int last = 0;
    for (const QString &line : years.out.split(u'\n', Qt::SkipEmptyParts))
        last = std::max(last, line.section(u'\t', 0, 0).toInt());
    return last + 1;
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

// The papers from the command line: types, render (filed, numbered), list, reprint, refusals.
void TestCli::documentVerbs()
{
    const QString db = m_dir.filePath(u"papers.db"_s);
    const Run types = cli({u"--db"_s, db, u"document"_s, u"types"_s});
    QCOMPARE(types.exitCode, 0);
    QVERIFY(types.out.contains(u"consultation_notice\t生态环境损害赔偿磋商告知书"_s));
    QCOMPARE(types.out.count(u'\n'), 15); // 12 + the three of issue 14
    QCOMPARE(cli({u"--db"_s, db, u"--today"_s, u"2026-11-28"_s, u"demo"_s}).exitCode, 0);
    const QString pdf = m_dir.filePath(u"agreement.pdf"_s);
    const Run render = cli({u"--db"_s, db, u"--today"_s, u"2026-11-30"_s, u"document"_s, u"render"_s, u"2026-310109-0001"_s,
                            u"compensation_agreement"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
    QVERIFY2(render.exitCode == 0, qPrintable(render.err));
    QVERIFY(render.out.contains(u"〔2026〕1号"_s));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const Run list = cli({u"--db"_s, db, u"document"_s, u"list"_s, u"2026-310109-0001"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray papers = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(papers.size(), 1);
    QCOMPARE(papers.first()[u"version"_s].toInt(), 1);
    QCOMPARE(papers.first()[u"pdf_sha256"_s].toString(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QString again = m_dir.filePath(u"again.pdf"_s);
    QCOMPARE(cli({u"--db"_s, db, u"document"_s, u"reprint"_s, QString::number(papers.first()[u"id"_s].toInteger()), u"--out"_s, again}).exitCode, 0);
    QCOMPARE(fileHash(again), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    // Missing data: refused with the field named, exit 1; an unknown type too; a bad format is usage.
    const Run missing = cli({u"--db"_s, db, u"document"_s, u"render"_s, u"2026-310151-0001"_s, u"consultation_notice"_s,
                             u"--format"_s, u"pdf"_s, u"--out"_s, m_dir.filePath(u"n.pdf"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"磋商地点"_s), qPrintable(missing.err));
    QCOMPARE(cli({u"--db"_s, db, u"document"_s, u"render"_s, u"2026-310151-0001"_s, u"nonsense"_s, u"--out"_s, pdf}).exitCode, 1);
    QCOMPARE(cli({u"--db"_s, db, u"document"_s, u"render"_s, u"1"_s, u"termination"_s, u"--format"_s, u"doc"_s, u"--out"_s, pdf}).exitCode, 2);
}

// Papers are commands (issue 11): `apply` replays issue_paper — one notice and one receipt to each of the
// five parties of a demo case — and `document render --party all` does the same in one call.
void TestCli::papersFromAScript()
{
    const QString db = m_dir.filePath(u"script-papers.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"--today"_s, u"2026-11-30"_s, u"demo"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"document"_s, u"unit"_s, u"2026-310120-0001"_s, u"--contact"_s, u"李敏"_s, u"--phone"_s,
                  u"021-57421234"_s}).exitCode, 0);
    QFile script(m_dir.filePath(u"papers.jsonl"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"({"cmd":"issue_paper","case":"2026-310120-0001","paper_type":"consultation_notice","party":"all","issued_on":"2026-09-01","meeting_on":"2026-12-21","meeting_time":"上午9时30分","meeting_place":"奉贤区生态环境局三楼会议室","reply_due_on":"2026-12-14"})"
                 "\n");
    script.close();
    const Run applied = cli({u"--db"_s, db, u"--today"_s, u"2026-11-30"_s, u"apply"_s, script.fileName()});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    const Run list = cli({u"--db"_s, db, u"document"_s, u"list"_s, u"2026-310120-0001"_s, u"--json"_s});
    const QJsonArray papers = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(papers.size(), 10);
    int notices = 0;
    for (const QJsonValue &p : papers)
        notices += p[u"type"_s].toString() == u"consultation_notice"_s && p[u"doc_no"_s].toString().startsWith(u"沪奉环损磋告〔2026〕"_s) ? 1 : 0;
    QCOMPARE(notices, 5);
    // The same from the command line into a folder; a served, unchanged notice comes back as filed.
    const QString out = m_dir.filePath(u"papers-out"_s);
    const Run render = cli({u"--db"_s, db, u"--today"_s, u"2026-11-30"_s, u"document"_s, u"render"_s, u"2026-310120-0001"_s,
                            u"consultation_notice"_s, u"--party"_s, u"all"_s, u"--date"_s, u"2026-09-01"_s,
                            u"--param"_s, u"meeting_on=2026-12-21"_s, u"--param"_s, u"meeting_time=上午9时30分"_s,
                            u"--param"_s, u"meeting_place=奉贤区生态环境局三楼会议室"_s, u"--param"_s, u"reply_due_on=2026-12-14"_s,
                            u"--format"_s, u"pdf"_s, u"--out"_s, out});
    QVERIFY2(render.exitCode == 0, qPrintable(render.err));
    QCOMPARE(QDir(out).entryList({u"*.pdf"_s}).size(), 10);
}

void TestCli::demoSetListsAsJson()
{
    QCOMPARE(cli({u"--today"_s, u"2026-11-28"_s, u"demo"_s}).exitCode, 0); // a fixed day: the demo's dates follow it
    const Run list = cli({u"case"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray cases = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY2(cases.size() >= 30, qPrintable(QString::number(cases.size())));
    QSet<QString> stages, districts;
    for (const QJsonValue &c : cases) {
        stages.insert(c[u"stage"_s].toString());
        districts.insert(c[u"district_code"_s].toString());
        QVERIFY(!c[u"title"_s].toString().isEmpty());
    }
    QCOMPARE(stages.size(), 15); // every stage of the lifecycle
    QVERIFY(districts.size() >= 10);

    // Filters narrow the same list; a second demo into a full database is refused.
    const QJsonArray archived =
        QJsonDocument::fromJson(cli({u"case"_s, u"list"_s, u"--stage"_s, u"archived"_s, u"--json"_s}).out.toUtf8()).array();
    QVERIFY(!archived.isEmpty());
    for (const QJsonValue &c : archived)
        QCOMPARE(c[u"stage"_s].toString(), u"archived"_s);
    const QJsonArray found =
        QJsonDocument::fromJson(cli({u"case"_s, u"list"_s, u"--search"_s, u"倾倒"_s, u"--json"_s}).out.toUtf8()).array();
    QVERIFY(!found.isEmpty());
    QCOMPARE(cli({u"demo"_s}).exitCode, 1);
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

// A year later the built-in calendars no longer reach the demo's consultation dates: it must still
// load, anchored at the end of the last known year, instead of being refused for a missing calendar.
void TestCli::demoLoadsPastTheLastCalendarYear()
{
    const QString db = m_dir.filePath(u"later.db"_s);
    const QString laterDay = u"%1-09-01"_s.arg(firstYearWithoutCalendar());
    const Run r = cli({u"--db"_s, db, u"--today"_s, laterDay, u"demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray cases = QJsonDocument::fromJson(cli({u"--db"_s, db, u"case"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array();
    QVERIFY(cases.size() >= 30);
}

void TestCli::caseShowPrintsTheWholeFile()
{
    const QString db = freshDatabase(u"show.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"--today"_s, u"2026-11-28"_s, u"apply"_s, sourceDir + u"/tests/data/scenario-clue-to-archive.jsonl"_s}).exitCode, 0);
    const Run show = cli({u"--db"_s, db, u"case"_s, u"show"_s, u"1"_s, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject f = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(f[u"stage"_s].toString(), u"archived"_s);
    QVERIFY(f[u"timeline"_s].toArray().size() >= 15);
    QVERIFY(!f[u"parties"_s].toArray().isEmpty());
    QVERIFY(f.contains(u"agreement"_s));
    QCOMPARE(cli({u"--db"_s, db, u"case"_s, u"show"_s, u"999"_s}).exitCode, 1);
}

void TestCli::scenarioWalksFromClueToArchive()
{
    const Run r = cli({u"--db"_s, freshDatabase(u"scenario.db"_s), u"--today"_s, u"2026-11-28"_s, u"apply"_s,
                       sourceDir + u"/tests/data/scenario-clue-to-archive.jsonl"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.trimmed().split(u'\n').last().contains(u"archived"_s));
}

void TestCli::outOfOrderStepIsRefusedWithItsArticle_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("citation");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"第十八条"_s;
    QTest::newRow("en") << u"en"_s << u"Art. 18"_s;
}

void TestCli::outOfOrderStepIsRefusedWithItsArticle()
{
    QFETCH(QString, language);
    QFETCH(QString, citation);
    const QString db = freshDatabase(u"order-%1.db"_s.arg(language));
    const Run r = cli({u"--db"_s, db, u"--lang"_s, language, u"--today"_s, u"2026-11-28"_s, u"apply"_s,
                       sourceDir + u"/tests/data/scenario-out-of-order.jsonl"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(citation), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(u"line "_s) || r.err.contains(u"行"_s), qPrintable(r.err));
    // The refused line changed nothing: the case is still where the line before left it.
    const Run list = cli({u"--db"_s, db, u"case"_s, u"list"_s, u"--json"_s});
    const QJsonArray cases = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first()[u"stage"_s].toString(), u"investigation"_s);
}

// The messages of the storage layer are translated like the rest: lupdate once filed them under a context
// the program never asks, and a Chinese desk read "There is no database at …" in English.
void TestCli::storageRefusalsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("emptyFile");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"处没有数据库；未创建任何内容"_s << u"是空文件（0字节）"_s;
    QTest::newRow("en") << u"en"_s << u"There is no database at"_s << u"is an empty file (0 bytes)"_s;
}

void TestCli::storageRefusalsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, missing);
    QFETCH(QString, emptyFile);
    const QString absent = m_dir.filePath(u"absent-%1.db"_s.arg(language));
    const Run r = cli({u"--db"_s, absent, u"--lang"_s, language, u"case"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(absent));

    const QString empty = m_dir.filePath(u"empty-%1.db"_s.arg(language));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Run e = cli({u"--db"_s, empty, u"--lang"_s, language, u"case"_s, u"list"_s});
    QCOMPARE(e.exitCode, 1);
    QVERIFY2(e.err.contains(emptyFile), qPrintable(e.err));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestCli::calendarVerbs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("調休 Saturday is a working day") << QStringList{u"is-workday"_s, u"2026-02-14"_s} << 0 << u"yes"_s;
    QTest::newRow("Spring Festival Monday is not") << QStringList{u"is-workday"_s, u"2026-02-16"_s} << 0 << u"no"_s;
    QTest::newRow("ordinary Tuesday") << QStringList{u"is-workday"_s, u"2026-11-24"_s} << 0 << u"yes"_s;
    QTest::newRow("year boundary") << QStringList{u"add-workdays"_s, u"2025-12-31"_s, u"1"_s} << 0 << u"2026-01-04"_s;
    QTest::newRow("backwards over the Spring Festival") << QStringList{u"add-workdays"_s, u"2025-02-05"_s, u"-1"_s} << 0 << u"2025-01-27"_s;
    QTest::newRow("latest service, strict") << QStringList{u"latest-service"_s, u"2025-10-13"_s} << 0 << u"2025-09-28"_s;
    QTest::newRow("latest service, lenient") << QStringList{u"latest-service"_s, u"2025-10-13"_s, u"--lenient"_s} << 0 << u"2025-09-29"_s;
    QTest::newRow("latest service across 2026 Spring Festival") << QStringList{u"latest-service"_s, u"2026-03-02"_s} << 0 << u"2026-02-23"_s;
    QTest::newRow("a year without data") << QStringList{u"is-workday"_s, u"YEAR-03-01"_s} << 1 << QString();
    QTest::newRow("impossible date") << QStringList{u"is-workday"_s, u"2026-02-29"_s} << 1 << QString();
}

void TestCli::calendarVerbs()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);
    const QString missingYear = QString::number(firstYearWithoutCalendar());
    args.replaceInStrings(u"YEAR"_s, missingYear);
    const Run r = cli(QStringList{u"calendar"_s} + args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0)
        QCOMPARE(r.out.split(u'\n').first(), firstLine);
    if (QTest::currentDataTag() == QByteArray("a year without data"))
        QVERIFY2(r.err.contains(missingYear), qPrintable(r.err));
}

void TestCli::commandReferenceIsUpToDate()
{
    const Run r = cli({u"--lang"_s, u"en"_s, u"commands"_s});
    QCOMPARE(r.exitCode, 0);
    QFile doc(sourceDir + u"/docs/commands.md"_s);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    // Regenerate with: build/bin/ecoclaim-cli --lang en commands > docs/commands.md
    QCOMPARE(r.out, QString::fromUtf8(doc.readAll()));
}

void TestCli::newerDatabaseIsRefusedUntouched()
{
    const QString path = m_dir.filePath(u"newer.db"_s);
    QCOMPARE(cli({u"--db"_s, path, u"init"_s}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = fileHash(path);
    const Run r = cli({u"--db"_s, path, u"--lang"_s, u"en"_s, u"case"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"99"_s) && r.err.contains(u"newer"_s), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);
}

// Art. 39: the ledger lists every major case — one with no open deadline too — with its report upward,
// open instructions and next timetable step; a case not marked major is not on it.
void TestCli::ledgerListsEveryMajorCase()
{
    const QByteArray script = R"({"cmd":"register_clue","ref":"A","title":"宝山区某钢铁企业冲渣水渗漏案","district":"宝山区","unit":"district_ecology","channel":"inspection","received_on":"2026-06-01","major":true,"major_reason":"中央生态环境保护督察发现"}
{"cmd":"report_major_case","case":"A","reported_on":"2026-06-03","reported_to":"上海市生态环境局","content":"已启动初步核查"}
{"cmd":"record_supervision_instruction","case":"A","issued_on":"2026-06-05","issued_by":"上海市生态环境局","content":"6月30日前报送核查结论","due_on":"2026-06-30"}
{"cmd":"add_timetable_step","case":"A","step":"完成损害调查","due_on":"2026-09-30"}
{"cmd":"register_clue","ref":"B","title":"奉贤区某码头溢油线索","district":"奉贤区","unit":"district_ecology","channel":"emergency","received_on":"2026-06-02","major":true,"major_reason":"较大突发环境事件"}
{"cmd":"start_verification","case":"B","started_on":"2026-06-02"}
{"cmd":"record_verification","case":"B","concluded_on":"2026-06-10","damage_found":false,"finding":"溢油已回收，未造成损害。"}
{"cmd":"close_without_damage","case":"B","decided_on":"2026-06-11"}
{"cmd":"register_clue","ref":"C","title":"普通线索","district":"奉贤区","unit":"district_ecology","channel":"complaint","received_on":"2026-06-03"}
)";
    const QString db = m_dir.filePath(u"ledger.db"_s); // its own: other tests load the demo set into cli.db
    QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exitCode, 0); // only init, demo and generate create a database
    QCOMPARE(cli({u"--db"_s, db, u"--today"_s, u"2026-11-28"_s, u"apply"_s, u"-"_s}, script).exitCode, 0);
    const Run text = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"ledger"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2); // both major cases, the one with no deadline (closed: no damage) too
    QVERIFY2(lines.at(0).contains(u"宝山区某钢铁企业冲渣水渗漏案"_s) && lines.at(0).contains(u"2026-06-03 → 上海市生态环境局"_s)
                 && lines.at(0).contains(u"2026-09-30 完成损害调查"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"奉贤区某码头溢油线索"_s) && lines.at(1).contains(u"not reported"_s), qPrintable(lines.at(1)));
    QVERIFY(!text.out.contains(u"普通线索"_s));

    const Run json = cli({u"--db"_s, db, u"ledger"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"open_instructions"_s).toInt(), 1);
    QCOMPARE(entries.at(0).toObject().value(u"reported"_s).toBool(), true);
    QCOMPARE(entries.at(1).toObject().value(u"reported"_s).toBool(), false);

    const QString csv = m_dir.filePath(u"ledger.csv"_s);
    QCOMPARE(cli({u"--db"_s, db, u"ledger"_s, u"--csv"_s, csv}).exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(f.readAll());
    QCOMPARE(content.count(u"\r\n"_s), 3); // header and two cases
    QVERIFY(content.contains(u"中央生态环境保护督察发现"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
