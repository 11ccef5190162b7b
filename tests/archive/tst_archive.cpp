// The case archive end to end: a case taken to the archive exports to a ZIP that verifies and imports
// into an empty database identically; every forgery makes verify fail and import refuse, the target
// database unchanged.
#include "archivetestkit.h"

#include "core/archive/archiveexport.h"
#include "core/archive/archiveimport.h"
#include "core/archive/archiveverify.h"
#include "core/storage/auditlog.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using test::CaseTestbed;
using test::json;

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportVerifyImportIdentical();
    void forgedArchivesRefused_data();
    void forgedArchivesRefused();
    void badInput();
    void alteredStoreRefusesExport();

private:
    CaseTestbed m_source;
    QString m_case;
    QTemporaryDir m_dir;
    QString m_zip;
};

void TestArchive::initTestCase()
{
    // A closed case with its materials, a paper with proof of service, then archived.
    m_case = m_source.caseAt(Stage::Closed);
    m_source.addArchiveMaterials(m_case);
    QFile photo(m_dir.filePath(u"现场照片.png"_s));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    image.save(&photo, "PNG");
    photo.close();
    QJsonObject cmd = json(R"({"cmd":"add_evidence","title":"送达回证","kind":"service_proof","dated_on":"2026-03-02"})");
    cmd.insert(u"file"_s, photo.fileName());
    QVERIFY(!m_source.apply(cmd, m_case).isEmpty());
    const qint64 proof = m_source.service().caseFile(m_case)->evidence.last().id;
    test::addPaperForTest(m_source, m_case, u"consultation_notice"_s, u"生态环境损害赔偿磋商告知书"_s, proof);
    QVERIFY(!m_source.apply(json(R"({"cmd":"archive_case","archived_on":"2026-08-01","archivist":"区生态环境局档案室 朱丽华"})"), m_case).isEmpty());

    m_zip = m_dir.filePath(u"case.zip"_s);
    qint64 lastDone = -1, total = 0;
    auto result = archive::exportCase(m_source.service(), m_case, m_zip, u"检查人 王芳"_s, test::signerFor(m_source), [&](qint64 done, qint64 t) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        total = t;
    });
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(lastDone, total);
    QVERIFY(!QFile::exists(m_zip + u".partial"_s));
}

void TestArchive::exportVerifyImportIdentical()
{
    auto report = archive::verifyArchive(m_zip, test::trustedKeysOf(m_source));
    QVERIFY(report);
    QVERIFY2(report->passed(), qPrintable(report->text()));

    // Entries: papers and PDFs stored, text deflated; the volume PDFs read back with pdftotext.
    const QList<test::ZipEntry> entries = test::readZip(m_zip);
    QStringList names;
    for (const auto &e : entries)
        names << e.name;
    QVERIFY(names.contains(u"volume/contents.pdf"_s));
    QVERIFY(names.contains(u"index.html"_s));
    QCOMPARE(names.filter(u"papers/"_s).size(), 1);
    QCOMPARE(names.filter(u"evidence/"_s).size(), 7);
    QuaZip zip(m_zip);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    for (const QuaZipFileInfo64 &info : zip.getFileInfoList64())
        QCOMPARE(info.method == 0, info.name.endsWith(u".pdf"_s) || info.name.endsWith(u".png"_s));
    zip.close();
    QFile contents(m_dir.filePath(u"contents.pdf"_s));
    QVERIFY(contents.open(QIODevice::WriteOnly));
    for (const auto &e : entries)
        if (e.name == u"volume/contents.pdf")
            contents.write(e.bytes);
    contents.close();
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {contents.fileName(), u"-"_s});
    QVERIFY2(pdftotext.waitForFinished() && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(u"卷 内 目 录"_s) || text.contains(u"卷内目录"_s), qPrintable(text));
    QVERIFY(text.contains(m_case));
    QVERIFY(text.contains(u"赔偿协议"_s));
    for (const QChar ch : text)
        QVERIFY2(ch.unicode() < 0x2E80 || ch.unicode() > 0x2FDF, "Kangxi radical in the PDF text (docs/PITFALLS.md §11)");

    // Import into an empty database that trusts the exporting unit's key: the same case file, the same timeline.
    CaseTestbed target;
    test::trustUnitOf(m_source, target);
    const auto before = target.snapshot();
    auto imported = archive::importArchive(target.service(), m_zip, u"市局档案员"_s);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QCOMPARE(imported->caseNumber, m_case);
    const CaseFile original = m_source.service().caseFile(m_case).value();
    const CaseFile copy = target.service().caseFile(m_case).value();
    QCOMPARE(test::withoutIds(copy.toJson()), test::withoutIds(original.toJson()));
    QCOMPARE(copy.timeline.size(), original.timeline.size());
    QCOMPARE(copy.stage, Stage::Archived);
    QVERIFY(before != target.snapshot());

    // This database's chain: one import entry naming the original heads; the original entries stored.
    const QSqlDatabase db = target.database().connection();
    QVERIFY(storage::audit::verify(db)->intact());
    const auto audit = storage::audit::entriesForCase(db, copy.id).value();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().command, u"import_case"_s);
    const QJsonObject payload = QJsonDocument::fromJson(audit.first().payload.toUtf8()).object();
    const auto originalEntries = storage::audit::entriesForCase(m_source.database().connection(), original.id).value();
    QCOMPARE(payload.value(u"original_case_head"_s).toString(), originalEntries.last().hash);
    storage::FileStore store(target.database());
    auto kept = store.read(payload.value(u"original_audit_sha256"_s).toString());
    QVERIFY(kept);
    QCOMPARE(QJsonDocument::fromJson(kept.value()).array().size(), originalEntries.size());
    // Every stored file is there and whole; the archived case still refuses changes.
    QVERIFY(store.check(storage::FileStore::Depth::Hashes)->clean());
    QCOMPARE(target.refuse(json(R"({"cmd":"add_evidence","file":":/demo/materials/agreement.txt","title":"x","kind":"other"})"), m_case).first().article.toChinese(),
             u"第四十二条"_s);
    // Importing it again is refused and changes nothing.
    const auto after = target.snapshot();
    QVERIFY(!archive::importArchive(target.service(), m_zip, u"市局档案员"_s));
    QCOMPARE(target.snapshot(), after);
    // The new series does not collide with the imported number.
    QVERIFY(!target.caseAt(Stage::Clue).isEmpty());
}

void TestArchive::forgedArchivesRefused_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one byte flipped") << u"flip"_s << u"altered"_s;
    QTest::newRow("a file removed") << u"remove"_s << u"not in the archive"_s;
    QTest::newRow("a file added") << u"add"_s << u"not in the manifest"_s;
    QTest::newRow("../ entry") << u"dotdot"_s << u"leaves the archive"_s;
    QTest::newRow("absolute path") << u"absolute"_s << u"absolute"_s;
    QTest::newRow("drive letter") << u"drive"_s << u"drive letter"_s;
    QTest::newRow("backslash path") << u"backslash"_s << u"backslash"_s;
    QTest::newRow("symbolic link") << u"symlink"_s << u"symbolic link"_s;
    QTest::newRow("bomb-like entry") << u"bomb"_s << u"expand"_s;
    QTest::newRow("oversized entry") << u"oversized"_s << u"too large"_s;
    QTest::newRow("duplicate entry") << u"duplicate"_s << u"twice"_s;
    QTest::newRow("audit entry altered") << u"audit"_s << u"audit"_s;
}

void TestArchive::forgedArchivesRefused()
{
    QFETCH(QString, forgery);
    QFETCH(QString, expected);
    QList<test::ZipEntry> entries = test::readZip(m_zip);
    auto find = [&](const QString &prefix) -> test::ZipEntry & {
        for (auto &e : entries)
            if (e.name.startsWith(prefix))
                return e;
        qFatal("no entry %s", qPrintable(prefix));
    };
    if (forgery == u"flip") {
        QByteArray &b = find(u"evidence/"_s).bytes;
        b[b.size() / 2] = char(b.at(b.size() / 2) ^ 0x01);
    } else if (forgery == u"remove") {
        entries.removeIf([](const test::ZipEntry &e) { return e.name.startsWith(u"papers/"_s); });
    } else if (forgery == u"add") {
        entries << test::ZipEntry{u"evidence/999-extra.txt"_s, "planted", quint32(0100644) << 16};
    } else if (forgery == u"dotdot") {
        entries << test::ZipEntry{u"evidence/../../evil.sh"_s, "rm -rf ~", quint32(0100644) << 16};
    } else if (forgery == u"absolute") {
        entries << test::ZipEntry{u"/tmp/evil.sh"_s, "rm -rf ~", quint32(0100644) << 16};
    } else if (forgery == u"drive") {
        entries << test::ZipEntry{u"C:/evil.bat"_s, "del", quint32(0100644) << 16};
    } else if (forgery == u"backslash") {
        entries << test::ZipEntry{u"evidence\\..\\..\\evil.bat"_s, "del", quint32(0100644) << 16};
    } else if (forgery == u"symlink") {
        entries << test::ZipEntry{u"evidence/link"_s, "/etc/passwd", quint32(0120777) << 16};
    } else if (forgery == u"bomb") {
        entries << test::ZipEntry{u"evidence/zeros.txt"_s, QByteArray(8 << 20, '\0'), quint32(0100644) << 16};
    } else if (forgery == u"oversized") {
        // A header declaring 3 GiB over 4 KiB of data: refused before anything is inflated.
        test::ZipEntry big{u"evidence/huge.bin"_s, QByteArray(4096, 'x'), quint32(0100644) << 16};
        big.declaredSize = qint64(3) << 30;
        entries << big;
    } else if (forgery == u"duplicate") {
        entries << find(u"case/case.json"_s);
    } else if (forgery == u"audit") {
        QByteArray &b = find(u"case/audit.json"_s).bytes;
        b.replace("tester", "forger");
        // Re-listed with its new digests, so only the chain can catch it.
        QByteArray &m = find(u"manifest.json"_s).bytes;
        QJsonObject manifest = QJsonDocument::fromJson(m).object();
        QJsonArray files = manifest.value(u"files"_s).toArray();
        for (int i = 0; i < files.size(); ++i) {
            QJsonObject f = files.at(i).toObject();
            if (f.value(u"path"_s).toString() == u"case/audit.json") {
                const auto d = storage::digestOf(b);
                f.insert(u"sha256"_s, d.sha256);
                f.insert(u"sm3"_s, d.sm3);
                f.insert(u"size"_s, d.size);
                files[i] = f;
            }
        }
        manifest.insert(u"files"_s, files);
        m = QJsonDocument(manifest).toJson();
    }
    const QString forged = m_dir.filePath(forgery + u".zip"_s);
    QVERIFY(test::writeZip(forged, entries));

    auto report = archive::verifyArchive(forged, test::trustedKeysOf(m_source));
    QVERIFY2(report, qPrintable(report.errorString()));
    QVERIFY(!report->passed());
    QVERIFY2(report->text().contains(expected), qPrintable(report->text()));

    CaseTestbed target;
    test::trustUnitOf(m_source, target);
    const auto before = target.snapshot();
    auto imported = archive::importArchive(target.service(), forged, u"tester"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.errorString().contains(expected), qPrintable(imported.errorString()));
    QCOMPARE(target.snapshot(), before);
    // Where a traversal would have landed had any entry been written out by its name: relative to the
    // store (<db>.files/…), to the database's folder, to the archive's folder, to the working directory,
    // and the absolute paths themselves. Nothing may be there.
    const QString store = storage::FileStore(target.database()).location();
    const QStringList landings{QDir(store + u"/evidence"_s).absoluteFilePath(u"../../evil.sh"_s),
                               QDir(store).absoluteFilePath(u"../evil.sh"_s),
                               QFileInfo(target.path()).absolutePath() + u"/evil.sh"_s,
                               QDir(QFileInfo(target.path()).absolutePath() + u"/evidence"_s).absoluteFilePath(u"../../evil.sh"_s),
                               m_dir.filePath(u"evil.sh"_s),
                               QDir(m_dir.filePath(u"evidence"_s)).absoluteFilePath(u"../../evil.sh"_s),
                               QDir::current().absoluteFilePath(u"evil.sh"_s),
                               QDir::current().absoluteFilePath(u"../evil.sh"_s),
                               QDir::current().absoluteFilePath(u"evidence/link"_s),
                               u"/tmp/evil.sh"_s, u"/C:/evil.bat"_s, QDir::current().absoluteFilePath(u"C:/evil.bat"_s)};
    for (const QString &landing : landings)
        QVERIFY2(!QFileInfo::exists(QDir::cleanPath(landing)), qPrintable(landing));
}

void TestArchive::badInput()
{
    CaseTestbed target;
    const auto before = target.snapshot();
    // Not a ZIP at all.
    const QString text = m_dir.filePath(u"notes.zip"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("这不是压缩包");
    f.close();
    auto r = archive::verifyArchive(text, test::trustedKeysOf(m_source));
    QVERIFY(!r);
    QVERIFY(r.errorString().contains(u"not a ZIP"_s));
    QVERIFY(!archive::importArchive(target.service(), text, u"tester"_s));
    // Truncated: the first half of a real archive.
    QFile whole(m_zip);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString truncated = m_dir.filePath(u"truncated.zip"_s);
    QFile t(truncated);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(bytes.left(bytes.size() / 2));
    t.close();
    r = archive::verifyArchive(truncated, test::trustedKeysOf(m_source));
    QVERIFY(!r);
    QVERIFY(r.errorString().contains(u"truncated"_s));
    QVERIFY(!archive::importArchive(target.service(), truncated, u"tester"_s));
    // Missing file.
    QVERIFY(!archive::verifyArchive(m_dir.filePath(u"nothing.zip"_s), test::trustedKeysOf(m_source)));
    QCOMPARE(target.snapshot(), before);
}

void TestArchive::alteredStoreRefusesExport()
{
    // A stored file changed behind the program's back: the export refuses and leaves no ZIP.
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    QVERIFY(!bed.apply(json(R"({"cmd":"add_evidence","file":":/demo/materials/judgment.txt","title":"判决书","kind":"judgment"})"), c).isEmpty());
    const QString sha = bed.service().caseFile(c)->evidence.first().sha256;
    storage::FileStore store(bed.database());
    if (test::onPostgres()) { // the bytes live in the server database: change them there
        QVERIFY(storage::exec(bed.database().connection(),
                              u"UPDATE stored_file_chunks SET bytes = bytes || CAST('tampered' AS BYTEA) WHERE sha256 = ? AND seq = 0"_s, {sha}));
    } else {
        QFile::setPermissions(store.pathOf(sha), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile stored(store.pathOf(sha));
        QVERIFY(stored.open(QIODevice::Append));
        stored.write("tampered");
        stored.close();
    }
    const QString out = m_dir.filePath(u"refused.zip"_s);
    auto r = archive::exportCase(bed.service(), c, out, u"tester"_s, test::signerFor(bed));
    QVERIFY(!r);
    QVERIFY(r.errorString().contains(u"altered"_s));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + u".partial"_s));
}

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
