// ecoclaim-cli's evidence and archive verbs as a caseworker runs them: a real process, real files,
// exit codes 0 (done / all four checks passed), 1 (refused / failed), 2 (usage).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testdatabase.h"

#include <map>

using namespace Qt::StringLiterals;

class TestArchiveCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void evidenceAddListCheck();
    void selfCheckThenArchive();
    void exportVerifyImport();
    void usage_data();
    void usage();

private:
    struct Run
    {
        int code;
        QString out, err;
    };
    Run cli(const QString &db, QStringList args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s);
        p.setArguments(QStringList{u"--db"_s, location(db), u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s} + args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // the unit's private key goes here
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(60000))
            qFatal("ecoclaim-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // "a.db" → a file in the test's folder, or a database of its own on the server in a PostgreSQL run.
    QString location(const QString &db)
    {
        if (!ecoclaim::test::onPostgres())
            return m_dir.filePath(db);
        auto &made = m_databases[db];
        if (!made)
            made = std::make_unique<ecoclaim::test::TestDatabase>(db);
        return made->location();
    }
    QString m_case;
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<ecoclaim::test::TestDatabase>> m_databases;
};

void TestArchiveCli::initTestCase()
{
    // The scenario takes a case to closing; stop it before its archiving lines.
    QFile scenario(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/data/scenario-clue-to-archive.jsonl"_s);
    QVERIFY(scenario.open(QIODevice::ReadOnly));
    QByteArray upToClose;
    for (const QByteArray &line : scenario.readAll().split('\n'))
        if (!line.contains("\"add_evidence\"") && !line.contains("\"archive_case\""))
            upToClose += line + '\n';
    QFile script(m_dir.filePath(u"to-close.jsonl"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(upToClose);
    script.close();
    for (const QString &db : {u"a.db"_s, u"b.db"_s, u"c.db"_s})
        QCOMPARE(cli(db, {u"init"_s}).code, 0);
    const Run r = cli(u"a.db"_s, {u"apply"_s, script.fileName()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_case = r.out.trimmed().split(u'\n').last().section(u'\t', 0, 0);
    QVERIFY(!m_case.isEmpty());
}

void TestArchiveCli::evidenceAddListCheck()
{
    const QString file = m_dir.filePath(u"采样记录.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("2025-03-05 采样点1 苯胺 11倍\n");
    f.close();
    Run r = cli(u"a.db"_s, {u"evidence"_s, u"add"_s, m_case, file, u"--title"_s, u"现场采样记录"_s, u"--kind"_s, u"investigation"_s, u"--dated"_s, u"2025-03-05"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(u"a.db"_s, {u"evidence"_s, u"add"_s, m_case, file, u"--title"_s, u"x"_s, u"--kind"_s, u"bribe"_s});
    QCOMPARE(r.code, 1);
    r = cli(u"a.db"_s, {u"evidence"_s, u"list"_s, m_case});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"现场采样记录"_s));
    r = cli(u"a.db"_s, {u"evidence"_s, u"list"_s, m_case, u"--json"_s});
    QVERIFY(r.out.contains(u"\"sha256\""_s));
    r = cli(u"a.db"_s, {u"evidence"_s, u"check"_s});
    QCOMPARE(r.code, 0);
}

void TestArchiveCli::selfCheckThenArchive()
{
    Run r = cli(u"a.db"_s, {u"archive"_s, u"check"_s, m_case});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(u"Art. 42"_s));
    // The scenario's own materials and archiving lines, for our case.
    QFile scenario(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/data/scenario-clue-to-archive.jsonl"_s);
    QVERIFY(scenario.open(QIODevice::ReadOnly));
    QByteArray tail;
    const QByteArray ours = QByteArray("\"case\":\"").append(m_case.toUtf8()).append('"');
    for (QByteArray line : scenario.readAll().split('\n'))
        if (line.contains("\"add_evidence\"") || line.contains("\"archive_case\""))
            tail += line.replace(QByteArray("\"case\":\"S\""), ours) + '\n';
    QFile script(m_dir.filePath(u"archive.jsonl"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(tail);
    script.close();
    r = cli(u"a.db"_s, {u"apply"_s, script.fileName()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(u"a.db"_s, {u"archive"_s, u"check"_s, m_case});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"archived"_s));
}

void TestArchiveCli::exportVerifyImport()
{
    const QString zip = m_dir.filePath(u"case.zip"_s);
    // No signing key yet: no archive (an unsigned one could not prove where it comes from).
    Run r = cli(u"a.db"_s, {u"archive"_s, u"export"_s, m_case, u"--out"_s, zip});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"key create"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(zip));
    r = cli(u"a.db"_s, {u"key"_s, u"create"_s, u"--holder"_s, u"上海市闵行区生态环境局"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(u"a.db"_s, {u"key"_s, u"list"_s});
    const QString fingerprint = r.out.section(u'\t', 0, 0);
    QCOMPARE(fingerprint.size(), 64);

    r = cli(u"a.db"_s, {u"archive"_s, u"export"_s, m_case, u"--out"_s, zip});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"MB/s"_s));
    r = cli(u"a.db"_s, {u"archive"_s, u"verify"_s, zip});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    QCOMPARE(r.out.count(u"[pass]"_s), 9);
    QVERIFY(!r.out.contains(u"[FAIL]"_s));
    QVERIFY2(r.out.contains(u"Signed by 上海市闵行区生态环境局"_s), qPrintable(r.out)); // verify reports the signer
    r = cli(u"a.db"_s, {u"archive"_s, u"export"_s, u"--cases"_s, m_case + u",no-such-case"_s, u"--out-dir"_s, m_dir.filePath(u"many"_s)});
    QCOMPARE(r.code, 1); // one exported, one refused
    QVERIFY(QFile::exists(m_dir.filePath(u"many/"_s + m_case + u".zip"_s)));

    // b.db does not know the key: verify and import fail authenticity, naming the key.
    r = cli(u"b.db"_s, {u"archive"_s, u"verify"_s, zip});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"does not trust"_s) && r.out.contains(fingerprint), qPrintable(r.out));
    r = cli(u"b.db"_s, {u"archive"_s, u"import"_s, zip});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"does not trust"_s), qPrintable(r.err));
    // The administrator of b.db trusts it with the fingerprint a.db's unit published; a wrong one is refused.
    const QString pem = m_dir.filePath(u"minhang.pem"_s);
    QCOMPARE(cli(u"a.db"_s, {u"key"_s, u"public"_s, u"--out"_s, pem}).code, 0);
    QString wrong = fingerprint;
    wrong[5] = wrong[5] == u'0' ? u'1' : u'0';
    r = cli(u"b.db"_s, {u"key"_s, u"trust"_s, pem, u"--holder"_s, u"闵行区生态环境局"_s, u"--fingerprint"_s, wrong});
    QCOMPARE(r.code, 1);
    r = cli(u"b.db"_s, {u"key"_s, u"trust"_s, pem, u"--holder"_s, u"闵行区生态环境局"_s, u"--fingerprint"_s, fingerprint});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(u"b.db"_s, {u"archive"_s, u"import"_s, zip});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run a = cli(u"a.db"_s, {u"case"_s, u"show"_s, m_case});
    const Run b = cli(u"b.db"_s, {u"case"_s, u"show"_s, m_case});
    QCOMPARE(b.out, a.out);
    QCOMPARE(cli(u"b.db"_s, {u"audit"_s, u"verify"_s}).code, 0);

    // A truncated copy: a clear message, exit 1, nothing imported.
    QFile whole(zip);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile cut(m_dir.filePath(u"cut.zip"_s));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.read(whole.size() - 100));
    cut.close();
    r = cli(u"c.db"_s, {u"archive"_s, u"verify"_s, cut.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"truncated"_s));
    r = cli(u"c.db"_s, {u"archive"_s, u"import"_s, cut.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY(cli(u"c.db"_s, {u"case"_s, u"list"_s}).out.trimmed().isEmpty());

    // c.db does not trust the key either; naming another key is refused, naming this one imports it once.
    r = cli(u"c.db"_s, {u"archive"_s, u"import"_s, zip, u"--accept-key"_s, wrong});
    QCOMPARE(r.code, 1);
    QVERIFY(cli(u"c.db"_s, {u"case"_s, u"list"_s}).out.trimmed().isEmpty());
    r = cli(u"c.db"_s, {u"archive"_s, u"import"_s, zip, u"--accept-key"_s, fingerprint});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli(u"c.db"_s, {u"case"_s, u"list"_s}).out.contains(m_case));
    // Accepting a key for one import does not trust it.
    QVERIFY(cli(u"c.db"_s, {u"key"_s, u"list"_s}).out.trimmed().isEmpty());
}

void TestArchiveCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("evidence") << QStringList{u"evidence"_s};
    QTest::newRow("evidence add without kind") << QStringList{u"evidence"_s, u"add"_s, u"1"_s, u"f"_s, u"--title"_s, u"t"_s, u"--kind"_s};
    QTest::newRow("archive") << QStringList{u"archive"_s};
    QTest::newRow("export without --out") << QStringList{u"archive"_s, u"export"_s, u"1"_s};
    QTest::newRow("verify two files") << QStringList{u"archive"_s, u"verify"_s, u"a.zip"_s, u"b.zip"_s};
    QTest::newRow("key") << QStringList{u"key"_s};
    QTest::newRow("key create without holder") << QStringList{u"key"_s, u"create"_s};
    QTest::newRow("key trust without fingerprint") << QStringList{u"key"_s, u"trust"_s, u"k.pem"_s, u"--holder"_s, u"x"_s};
    QTest::newRow("import --accept-key without value") << QStringList{u"archive"_s, u"import"_s, u"a.zip"_s, u"--accept-key"_s};
}

void TestArchiveCli::usage()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli(u"u.db"_s, args).code, 2);
}

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archivecli.moc"
