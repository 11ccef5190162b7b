// ecoclaim-cli refusing what it must refuse (issue 15), run as a user runs it — a real process, real files:
// a database path where none exists (nothing is created, by every verb but init, demo and generate), an
// empty file, a folder it may not write; a bad value exits 1 from every verb; text that a tab or a line
// break could use to forge a column is escaped; `apply` prints each line as it commits, so a killed run
// shows what it did, and lines with an "id" are skipped when the script runs again.

#include "tests/common/fingerprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

QString clue(int n, const QString &id = {})
{
    return u"{\"cmd\":\"register_clue\",%1\"ref\":\"C%2\",\"title\":\"第%2号线索：金山区某企业渗漏污染土壤案\",\"district\":\"310116\","
           "\"unit\":\"district_ecology\",\"channel\":\"complaint\",\"received_on\":\"2026-03-02\"}"_s
        .arg(id.isEmpty() ? QString() : u"\"id\":\"%1\","_s.arg(id))
        .arg(n);
}

// One value of a table, read on a connection of its own.
qint64 countOf(const QString &path, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return n;
}

// Every table's content (tests/common/fingerprint.h).
QMap<QString, QByteArray> fingerprintOf(const QString &path)
{
    QMap<QString, QByteArray> f;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fingerprint"_s);
        db.setDatabaseName(path);
        if (db.open())
            f = ecoclaim::test::contentFingerprint(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fingerprint"_s);
    return f;
}
} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void missingDatabaseIsNeverCreated_data();
    void missingDatabaseIsNeverCreated();
    void creatingVerbsCreate();
    void emptyFileIsNotADatabase();
    void readOnlyFolderIsNamed();
    void badValuesExitWithOne_data();
    void badValuesExitWithOne();
    void badTextIsRefusedByName_data();
    void badTextIsRefusedByName();
    void argumentsMustBeUtf8();
    void tabSeparatedOutputCannotBeForged();
    void applyPrintsEachLineAsItCommits();
    void rerunSkipsAppliedIds();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}, const QStringList &prefix = {})
    {
        QProcess p;
        p.setProgram(prefix.isEmpty() ? m_program : prefix.first());
        p.setArguments((prefix.isEmpty() ? QStringList{} : prefix.mid(1) + QStringList{m_program}) + QStringList{u"--lang"_s, u"en"_s}
                       + args);
        p.setProcessEnvironment(environment());
        p.start();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("ecoclaim-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return env;
    }
    QString script(const QString &name, const QStringList &lines)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write a script");
        f.write(lines.join(u'\n').toUtf8() + '\n');
        return f.fileName();
    }
    QString freshDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (cli({u"--db"_s, path, u"init"_s}).exitCode != 0)
            qFatal("init failed");
        return path;
    }

    QTemporaryDir m_dir;
    QString m_program = QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s;
    QString m_db;
};

void TestCliInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = freshDatabase(u"main.db"_s);
    QCOMPARE(cli({u"--db"_s, m_db, u"--today"_s, u"2026-11-28"_s, u"apply"_s, script(u"one.jsonl"_s, {clue(1)})}).exitCode, 0);
}

void TestCliInput::missingDatabaseIsNeverCreated_data()
{
    QTest::addColumn<QStringList>("args");
    const QString zip = m_dir.filePath(u"any.zip"_s), json = m_dir.filePath(u"any.json"_s);
    QTest::newRow("case list") << QStringList{u"case"_s, u"list"_s};
    QTest::newRow("case show") << QStringList{u"case"_s, u"show"_s, u"1"_s};
    QTest::newRow("apply") << QStringList{u"apply"_s, script(u"missing.jsonl"_s, {clue(1)})};
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s};
    QTest::newRow("backup") << QStringList{u"backup"_s, u"--out"_s, m_dir.filePath(u"copy.db"_s)};
    QTest::newRow("deadlines") << QStringList{u"deadlines"_s};
    QTest::newRow("ledger") << QStringList{u"ledger"_s};
    QTest::newRow("calendar years") << QStringList{u"calendar"_s, u"years"_s};
    QTest::newRow("calendar import") << QStringList{u"calendar"_s, u"import"_s, QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/resources/calendars/2026.json"_s};
    QTest::newRow("evidence list") << QStringList{u"evidence"_s, u"list"_s, u"1"_s};
    QTest::newRow("evidence check") << QStringList{u"evidence"_s, u"check"_s};
    QTest::newRow("archive check") << QStringList{u"archive"_s, u"check"_s, u"1"_s};
    QTest::newRow("archive export") << QStringList{u"archive"_s, u"export"_s, u"1"_s, u"--out"_s, zip};
    QTest::newRow("archive import") << QStringList{u"archive"_s, u"import"_s, zip};
    QTest::newRow("archive verify") << QStringList{u"archive"_s, u"verify"_s, zip};
    QTest::newRow("key list") << QStringList{u"key"_s, u"list"_s};
    QTest::newRow("key create") << QStringList{u"key"_s, u"create"_s, u"--holder"_s, u"某局"_s};
    QTest::newRow("document list") << QStringList{u"document"_s, u"list"_s, u"1"_s};
    Q_UNUSED(json);
}

void TestCliInput::missingDatabaseIsNeverCreated()
{
    QFETCH(QStringList, args);
    const QString path = m_dir.filePath(u"typo/mistyped.db"_s); // neither the file nor its folder exist
    const Run r = cli(QStringList{u"--db"_s, path} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"There is no database"_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"typo"_s))); // not even the folder
}

void TestCliInput::creatingVerbsCreate()
{
    for (const QString &verb : {u"init"_s, u"demo"_s}) {
        const QString path = m_dir.filePath(u"new-%1/case.db"_s.arg(verb));
        const Run r = cli({u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, verb});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(path).size() > 0);
    }
}

void TestCliInput::emptyFileIsNotADatabase()
{
    const QString path = m_dir.filePath(u"empty.db"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // Refused, unchanged, and the message says how to start over (issue 16: a first start killed while the
    // file was being created leaves one).
    for (const QStringList &args : {QStringList{u"case"_s, u"list"_s}, QStringList{u"demo"_s}}) {
        const Run r = cli(QStringList{u"--db"_s, path} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not an EcoClaim database"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"ecoclaim-cli --db %1 init"_s.arg(path)), qPrintable(r.err));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }
    // `init`, asked for explicitly, starts over in it: the file holds nothing to lose.
    const Run init = cli({u"--db"_s, path, u"init"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(cli({u"--db"_s, path, u"case"_s, u"list"_s}).exitCode, 0);
}

// A database in a folder this user cannot write: SQLite could not keep its journal beside it. Root may
// write everywhere, so as root the program runs as the unprivileged user `nobody` (setpriv, util-linux):
// a missing setpriv fails the test rather than passing it unchecked.
void TestCliInput::readOnlyFolderIsNamed()
{
    const QString folder = m_dir.filePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/cases.db"_s;
    QCOMPARE(cli({u"--db"_s, path, u"init"_s}).exitCode, 0);
    const auto before = fingerprintOf(path);
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions enter = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir.path(), readable | enter | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, readable | enter)); // r-x for everyone
    QVERIFY(QFile::setPermissions(path, readable | QFileDevice::WriteOwner));
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to run as a user who may not write the folder");
        prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    }
    const Run r = cli({u"--db"_s, path, u"case"_s, u"list"_s}, {}, prefix);
    QFile::setPermissions(folder, readable | enter | QFileDevice::WriteOwner);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not writable"_s) && r.err.contains(folder), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QCOMPARE(fingerprintOf(path), before);
}

void TestCliInput::badValuesExitWithOne_data()
{
    QTest::addColumn<QStringList>("args");
    const QString evidence = QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/resources/demo/materials/agreement.txt"_s;
    QTest::newRow("impossible --today") << QStringList{u"--today"_s, u"2026-02-30"_s, u"case"_s, u"list"_s};
    QTest::newRow("--today in another shape") << QStringList{u"--today"_s, u"2026/03/01"_s, u"case"_s, u"list"_s};
    QTest::newRow("unknown stage") << QStringList{u"case"_s, u"list"_s, u"--stage"_s, u"nowhere"_s};
    QTest::newRow("unknown district") << QStringList{u"case"_s, u"list"_s, u"--district"_s, u"999999"_s};
    QTest::newRow("limit not a number") << QStringList{u"case"_s, u"list"_s, u"--limit"_s, u"ten"_s};
    QTest::newRow("working days not a number") << QStringList{u"calendar"_s, u"add-workdays"_s, u"2026-01-05"_s, u"x"_s};
    QTest::newRow("working days out of range") << QStringList{u"calendar"_s, u"add-workdays"_s, u"2026-01-05"_s, u"99999999"_s};
    QTest::newRow("impossible calendar date") << QStringList{u"calendar"_s, u"is-workday"_s, u"2026-02-29"_s};
    QTest::newRow("impossible meeting date") << QStringList{u"calendar"_s, u"latest-service"_s, u"2026-04-31"_s};
    QTest::newRow("deadlines --as-of") << QStringList{u"deadlines"_s, u"--as-of"_s, u"2026-13-01"_s};
    QTest::newRow("deadlines --within negative") << QStringList{u"deadlines"_s, u"--within"_s, u"-3"_s};
    QTest::newRow("deadlines --changed-on") << QStringList{u"deadlines"_s, u"--changed-on"_s, u"2026-02-30"_s};
    QTest::newRow("generate --cases not a number") << QStringList{u"generate"_s, u"--cases"_s, u"many"_s};
    QTest::newRow("evidence --pages not a number") << QStringList{u"evidence"_s, u"add"_s, u"1"_s, evidence, u"--title"_s, u"t"_s,
                                                                  u"--kind"_s, u"other"_s, u"--pages"_s, u"x"_s};
    QTest::newRow("evidence of an unknown kind") << QStringList{u"evidence"_s, u"add"_s, u"1"_s, evidence, u"--title"_s, u"t"_s,
                                                                u"--kind"_s, u"bribe"_s};
    QTest::newRow("paper date") << QStringList{u"document"_s, u"render"_s, u"1"_s, u"termination"_s, u"--date"_s, u"2026-02-30"_s,
                                               u"--out"_s, m_dir.filePath(u"x.pdf"_s)};
    QTest::newRow("paper id not a number") << QStringList{u"document"_s, u"reprint"_s, u"first"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)};
    QTest::newRow("service date") << QStringList{u"document"_s, u"serve"_s, u"1"_s, u"--method"_s, u"direct"_s, u"--on"_s, u"2026-02-30"_s};
    QTest::newRow("accepted key not a fingerprint") << QStringList{u"archive"_s, u"import"_s, m_dir.filePath(u"none.zip"_s),
                                                                   u"--accept-key"_s, u"abc"_s};
}

void TestCliInput::badValuesExitWithOne()
{
    QFETCH(QStringList, args);
    const auto before = fingerprintOf(m_db);
    const Run r = cli(QStringList{u"--db"_s, m_db} + args);
    QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(fingerprintOf(m_db), before);
}

void TestCliInput::badTextIsRefusedByName_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("named");
    const QByteArray start = R"({"cmd":"register_clue","district":"310116","unit":"district_ecology","channel":"complaint","received_on":"2026-03-02",)";
    QTest::newRow("NUL in a title") << start + R"("title":"金山区\u0000渗漏案"})" << u"Title"_s;
    QTest::newRow("control character") << start + R"("title":"金山区\u0007渗漏案"})" << u"Title"_s;
    QTest::newRow("line break in one line") << start + R"("title":"金山区\n渗漏案"})" << u"Title"_s;
    QTest::newRow("lone surrogate") << start + R"("title":"金山区\ud800渗漏案"})" << u"Title"_s;
    QTest::newRow("invalid UTF-8") << start + "\"title\":\"\xe9\x87\x91\xff\xfe\"}" << u"UTF"_s; // Qt's own message: "invalid UTF8 string"
    QTest::newRow("bidi override") << start + R"("title":"金山区\u202e案漏渗"})" << u"Title"_s;
    QTest::newRow("title as a number") << start + R"("title":20260302})" << u"Title"_s;
    QTest::newRow("title of 201 characters") << start + "\"title\":\"" + QString(201, QChar(0x6848)).toUtf8() + "\"}" << u"Title"_s;
    QTest::newRow("paragraph of 20,001 characters")
        << start + "\"title\":\"案\",\"description\":\"" + QString(20001, QChar(0x6848)).toUtf8() + "\"}" << u"Description"_s;
    QTest::newRow("actor with a line break") << start + R"("title":"案","actor":"王芳\n李强"})" << u"Actor"_s;
    QTest::newRow("id as a number") << start + R"("title":"案","id":7})" << u"id"_s;
}

void TestCliInput::badTextIsRefusedByName()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, named);
    const auto before = fingerprintOf(m_db);
    const Run r = cli({u"--db"_s, m_db, u"--today"_s, u"2026-11-28"_s, u"apply"_s, u"-"_s}, line + '\n');
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QCOMPARE(fingerprintOf(m_db), before);
}

void TestCliInput::argumentsMustBeUtf8()
{
    // 金山区 typed in a terminal set to GB18030 reaches the program as bytes that are not UTF-8. QProcess
    // would pass its arguments as UTF-8, so the shell's printf writes the raw bytes into the argument.
    const auto before = fingerprintOf(m_db);
    const QString evidence = QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/resources/demo/materials/agreement.txt"_s;
    QProcess raw;
    raw.setProcessEnvironment(environment());
    raw.start(u"/bin/sh"_s, {u"-c"_s,
                             u"exec \"$0\" --lang en --db \"$1\" evidence add 1 \"$2\" --kind other "
                             "--title \"$(printf '\\275\\360\\311\\275\\307\\370')\""_s,
                             m_program, m_db, evidence});
    QVERIFY(raw.waitForFinished(60000));
    const QString err = QString::fromUtf8(raw.readAllStandardError());
    QCOMPARE(raw.exitCode(), 1);
    QVERIFY2(err.contains(u"UTF-8"_s), qPrintable(err));
    QCOMPARE(fingerprintOf(m_db), before);
}

void TestCliInput::tabSeparatedOutputCannotBeForged()
{
    // A title holding a tab and a line break (written before these were refused, or imported): the list
    // still has one line per case and six columns, the characters shown escaped.
    const QString path = freshDatabase(u"tabs.db"_s);
    QCOMPARE(cli({u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"apply"_s, script(u"tabs.jsonl"_s, {clue(1), clue(2)})}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forge"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE cases SET title = 'A\tforged\ncolumn\\t' WHERE id = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"forge"_s);
    const Run r = cli({u"--db"_s, path, u"case"_s, u"list"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), 5);
    QVERIFY2(lines.first().contains(u"A\\tforged\\ncolumn\\\\t"_s), qPrintable(lines.first()));
}

// Each committed line is printed and flushed before the next begins: the output of a run killed half-way
// names exactly the lines it committed (the one being committed at the kill may be missing, never more).
void TestCliInput::applyPrintsEachLineAsItCommits()
{
    const QString path = freshDatabase(u"killed.db"_s);
    QStringList lines;
    for (int i = 1; i <= 400; ++i)
        lines << clue(i, u"line-%1"_s.arg(i));
    const QString file = script(u"long.jsonl"_s, lines);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(m_program, {u"--lang"_s, u"en"_s, u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"apply"_s, file});
    QByteArray out;
    while (out.count('\n') < 5 && p.state() != QProcess::NotRunning && p.waitForReadyRead(30000))
        out += p.readAllStandardOutput();
    const bool stillRunning = p.state() == QProcess::Running;
    p.kill();
    p.waitForFinished();
    out += p.readAllStandardOutput();
    QVERIFY2(stillRunning, "the first lines came out only when the run had ended");
    const QList<QByteArray> printed = out.left(out.lastIndexOf('\n') + 1).split('\n').mid(0, out.count('\n'));
    const qint64 committed = countOf(path, u"SELECT count(*) FROM cases"_s);
    QVERIFY2(committed < 400, "the run finished before it was killed");
    QVERIFY2(committed - printed.size() == 0 || committed - printed.size() == 1,
             qPrintable(u"%1 committed, %2 printed"_s.arg(committed).arg(printed.size())));
    for (int i = 0; i < printed.size(); ++i)
        QVERIFY2(printed.at(i).startsWith(u"2026-310116-%1\t"_s.arg(i + 1, 4, 10, QChar(u'0')).toUtf8()), printed.at(i).constData());
    QCOMPARE(countOf(path, u"SELECT count(*) FROM applied_commands"_s), committed);
}

void TestCliInput::rerunSkipsAppliedIds()
{
    const QString path = freshDatabase(u"rerun.db"_s);
    QStringList lines;
    for (int i = 1; i <= 6; ++i)
        lines << clue(i, u"line-%1"_s.arg(i));
    lines << u"{\"id\":\"party-3\",\"cmd\":\"add_party\",\"case\":\"C3\",\"kind\":\"company\",\"name\":\"上海某化工有限公司\"}"_s;
    QCOMPARE(cli({u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"apply"_s, script(u"first.jsonl"_s, lines.mid(0, 4))}).exitCode, 0);
    const auto afterFirst = fingerprintOf(path);
    // The whole script again: the four lines applied are skipped (the refs of the skipped clues still
    // name their cases), the rest applied once.
    const Run r = cli({u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"apply"_s, script(u"all.jsonl"_s, lines)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"4 lines skipped"_s), qPrintable(r.err));
    QCOMPARE(r.out.count(u'\n'), 7);
    QVERIFY(r.out.split(u'\n').at(0).contains(u"Already applied"_s));
    QCOMPARE(countOf(path, u"SELECT count(*) FROM cases"_s), 6);
    QCOMPARE(countOf(path, u"SELECT count(*) FROM parties p JOIN cases c ON c.id = p.case_id WHERE c.case_no = '2026-310116-0003'"_s), 1);
    QVERIFY(fingerprintOf(path) != afterFirst);
    // Once more: nothing to do, nothing changed.
    const auto afterAll = fingerprintOf(path);
    QCOMPARE(cli({u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"apply"_s, script(u"all.jsonl"_s, lines)}).exitCode, 0);
    QCOMPARE(fingerprintOf(path), afterAll);
    // An id already used names another command: refused, nothing changed.
    const Run other = cli({u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"apply"_s,
                           script(u"reuse.jsonl"_s, {clue(99, u"line-2"_s)})});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(u"different command"_s), qPrintable(other.err));
    QCOMPARE(fingerprintOf(path), afterAll);
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
