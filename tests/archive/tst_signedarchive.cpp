// Signed case archives (issue 15): an archive whose contents were changed and then made to agree with
// themselves again — audit entries rewritten and the whole chain rehashed, a paper replaced, the manifest
// relisted with the new digests — must still fail, because the manifest is signed by the exporting unit's
// key. Each forgery below passes every other check (that is the point of it) and fails the signature:
// a bad signature, a key this database does not trust, or no signature at all; verify says which, and
// import refuses it and changes nothing — unless the user names an unknown key explicitly. Rotation keeps
// the old key trusted.

#include "archivetestkit.h"

#include "core/archive/archiveexport.h"
#include "core/archive/archiveimport.h"
#include "core/archive/archivesignature.h"
#include "core/archive/archiveverify.h"
#include "core/storage/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using test::CaseTestbed;

namespace {
test::ZipEntry &entry(QList<test::ZipEntry> &entries, const QString &prefix)
{
    for (auto &e : entries)
        if (e.name.startsWith(prefix))
            return e;
    qFatal("no entry %s", qPrintable(prefix));
}

bool has(const QList<test::ZipEntry> &entries, const QString &name)
{
    for (const auto &e : entries)
        if (e.name == name)
            return true;
    return false;
}

// The forger's bookkeeping: the manifest lists the entry's new size, SHA-256 and SM3.
void relist(QList<test::ZipEntry> &entries, const QString &name)
{
    const QByteArray bytes = entry(entries, name).bytes;
    QByteArray &m = entry(entries, u"manifest.json"_s).bytes;
    QJsonObject manifest = QJsonDocument::fromJson(m).object();
    QJsonArray files = manifest.value(u"files"_s).toArray();
    for (int i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(u"path"_s).toString() == name) {
            const auto d = storage::digestOf(bytes);
            f.insert(u"sha256"_s, d.sha256);
            f.insert(u"sm3"_s, d.sm3);
            f.insert(u"size"_s, d.size);
            files[i] = f;
        }
    }
    manifest.insert(u"files"_s, files);
    m = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

// Rewrites who recorded the first audit entry, then recomputes every hash after it as the program does
// (storage::audit::hashOf) and sets the manifest's case head to the new last hash: a chain that checks.
void rebuildChain(QList<test::ZipEntry> &entries)
{
    QByteArray &a = entry(entries, u"case/audit.json"_s).bytes;
    QJsonArray audit = QJsonDocument::fromJson(a).array();
    QString previous = audit.first().toObject().value(u"prev_hash"_s).toString();
    for (int i = 0; i < audit.size(); ++i) {
        QJsonObject o = audit.at(i).toObject();
        if (i == 0)
            o.insert(u"actor"_s, u"伪造者"_s);
        o.insert(u"prev_hash"_s, previous);
        storage::AuditEntry e{o.value(u"id"_s).toInteger(), o.value(u"at"_s).toString(), o.value(u"actor"_s).toString(),
                              o.value(u"case_id"_s).toInteger(), o.value(u"command"_s).toString(),
                              o.value(u"payload"_s).toString(), o.value(u"changes"_s).toString(), previous, {}};
        previous = storage::audit::hashOf(e);
        o.insert(u"hash"_s, previous);
        audit[i] = o;
    }
    a = QJsonDocument(audit).toJson(QJsonDocument::Indented);
    relist(entries, u"case/audit.json"_s);
    QByteArray &m = entry(entries, u"manifest.json"_s).bytes;
    QJsonObject manifest = QJsonDocument::fromJson(m).object();
    QJsonObject heads = manifest.value(u"audit"_s).toObject();
    heads.insert(u"case_head"_s, previous);
    manifest.insert(u"audit"_s, heads);
    m = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

// The forger signs the relisted manifest with a key of his own, naming it in the manifest and claiming
// the real unit's name.
void resign(QList<test::ZipEntry> &entries, const archive::Sm2Key &key, const QString &claimedHolder)
{
    archive::TrustedKey forger;
    forger.fingerprint = key.fingerprint();
    forger.holder = claimedHolder;
    QByteArray &m = entry(entries, u"manifest.json"_s).bytes;
    QJsonObject manifest = QJsonDocument::fromJson(m).object();
    manifest.insert(u"signature"_s, archive::signerStatement(forger));
    m = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray pem = key.privatePem({}).value();
    const archive::UnitSigner signer{forger, archive::Sm2Key::fromPrivatePem(pem, {}).value()};
    entry(entries, u"manifest.sig"_s).bytes = archive::signatureEntry(signer, m).value();
}
} // namespace

class TestSignedArchive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signedArchiveVerifiesAndNamesItsSigner();
    void consistentForgeriesFailTheSignature_data();
    void consistentForgeriesFailTheSignature();
    void unknownKeyImportedOnlyWhenNamed();
    void rotationKeepsOldKeysTrusted();

private:
    CaseTestbed m_source;
    QString m_case;
    QTemporaryDir m_dir;
    QString m_zip;
};

void TestSignedArchive::initTestCase()
{
    m_case = m_source.caseAt(domain::Stage::Archived);
    QVERIFY(!m_case.isEmpty());
    test::addPaperForTest(m_source, m_case, u"consultation_notice"_s, u"生态环境损害赔偿磋商告知书"_s);
    m_zip = m_dir.filePath(u"signed.zip"_s);
    auto exported = archive::exportCase(m_source.service(), m_case, m_zip, u"王芳"_s, test::signerFor(m_source));
    QVERIFY2(exported, qPrintable(exported.errorString()));
}

void TestSignedArchive::signedArchiveVerifiesAndNamesItsSigner()
{
    auto report = archive::verifyArchive(m_zip, test::trustedKeysOf(m_source));
    QVERIFY2(report && report->passed(), qPrintable(report ? report->text() : report.errorString()));
    const archive::TrustedKey key = *archive::TrustedKeys(m_source.database()).activeOwnKey().value();
    QCOMPARE(report->signature.state, archive::SignatureVerdict::Trusted);
    QCOMPARE(report->signature.fingerprint, key.fingerprint);
    QVERIFY(report->text().contains(u"上海市金山区生态环境局"_s));
    QCOMPARE(report->toJson().value(u"signature"_s).toObject().value(u"key_fingerprint"_s).toString(), key.fingerprint);
    // The manifest names its key, inside what is signed.
    const QList<test::ZipEntry> entries = test::readZip(m_zip);
    QVERIFY(has(entries, u"manifest.sig"_s));
    for (const auto &e : entries)
        if (e.name == u"manifest.json")
            QCOMPARE(QJsonDocument::fromJson(e.bytes).object().value(u"signature"_s).toObject().value(u"key_fingerprint"_s).toString(),
                     key.fingerprint);
    // The 卷内备考表 prints the fingerprint (read back with pdftotext; a missing tool fails).
    QByteArray notes;
    for (const auto &e : entries)
        if (e.name == u"volume/notes.pdf")
            notes = e.bytes;
    QFile pdf(m_dir.filePath(u"notes.pdf"_s));
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write(notes);
    pdf.close();
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf.fileName(), u"-"_s});
    QVERIFY2(pdftotext.waitForFinished() && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QRegularExpression(u"\\s"_s));
    // Printed in upper case (no "ff" ligature); a fingerprint is compared without regard to case.
    QVERIFY2(text.contains(key.fingerprint, Qt::CaseInsensitive) && !text.contains(QChar(0xFB00)), qPrintable(text));
}

void TestSignedArchive::consistentForgeriesFailTheSignature_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<int>("state");
    QTest::newRow("audit entries rewritten, chain rehashed, manifest relisted")
        << u"chain"_s << int(archive::SignatureVerdict::BadSignature);
    QTest::newRow("a paper replaced and relisted") << u"paper"_s << int(archive::SignatureVerdict::BadSignature);
    QTest::newRow("chain rehashed and re-signed with the forger's key") << u"resigned"_s << int(archive::SignatureVerdict::UnknownKey);
    QTest::newRow("chain rehashed and the signature removed") << u"unsigned"_s << int(archive::SignatureVerdict::Unsigned);
    QTest::newRow("signature bytes altered") << u"sigbytes"_s << int(archive::SignatureVerdict::BadSignature);
    QTest::newRow("manifest names another key") << u"statement"_s << int(archive::SignatureVerdict::BadSignature);
}

void TestSignedArchive::consistentForgeriesFailTheSignature()
{
    QFETCH(QString, forgery);
    QFETCH(int, state);
    QList<test::ZipEntry> entries = test::readZip(m_zip);
    auto forgerKey = archive::Sm2Key::generate();
    QVERIFY(forgerKey);
    if (forgery == u"chain" || forgery == u"resigned" || forgery == u"unsigned")
        rebuildChain(entries);
    if (forgery == u"paper") {
        // The paper swapped, and every place that names its digest made to name the new one: the case
        // data, the DA/T 46 metadata, the rows, index.html — then all of them relisted.
        test::ZipEntry &paper = entry(entries, u"papers/"_s);
        const QByteArray oldSha = storage::digestOf(paper.bytes).sha256.toLatin1();
        paper.bytes = test::makePdf(2, u"另一份磋商告知书"_s);
        const QByteArray newSha = storage::digestOf(paper.bytes).sha256.toLatin1();
        const QString paperName = paper.name;
        relist(entries, paperName);
        for (auto &e : entries)
            if ((e.name.startsWith(u"case/"_s) || e.name == u"index.html") && e.bytes.contains(oldSha)) {
                e.bytes.replace(oldSha, newSha);
                relist(entries, e.name);
            }
    }
    if (forgery == u"resigned")
        resign(entries, forgerKey.value(), u"上海市金山区生态环境局"_s);
    if (forgery == u"unsigned")
        entries.removeIf([](const test::ZipEntry &e) { return e.name == u"manifest.sig"; });
    if (forgery == u"sigbytes") {
        QByteArray &sig = entry(entries, u"manifest.sig"_s).bytes;
        QJsonObject o = QJsonDocument::fromJson(sig).object();
        QByteArray value = QByteArray::fromBase64(o.value(u"signature"_s).toString().toLatin1());
        value[value.size() - 3] = char(value.at(value.size() - 3) ^ 0x20);
        o.insert(u"signature"_s, QString::fromLatin1(value.toBase64()));
        sig = QJsonDocument(o).toJson();
    }
    if (forgery == u"statement") {
        QByteArray &m = entry(entries, u"manifest.json"_s).bytes;
        QJsonObject manifest = QJsonDocument::fromJson(m).object();
        QJsonObject statement = manifest.value(u"signature"_s).toObject();
        statement.insert(u"key_fingerprint"_s, forgerKey->fingerprint());
        manifest.insert(u"signature"_s, statement);
        m = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    }
    const QString forged = m_dir.filePath(forgery + u".zip"_s);
    QVERIFY(test::writeZip(forged, entries));

    auto report = archive::verifyArchive(forged, test::trustedKeysOf(m_source));
    QVERIFY2(report, qPrintable(report.errorString()));
    QVERIFY(!report->passed());
    QCOMPARE(int(report->signature.state), state);
    // Only the signature catches it: the forgery agrees with itself in every other respect.
    const QString signatureLine = report->signature.text();
    for (const archive::CheckLine &c : report->checks)
        QVERIFY2(c.passed || c.findings == QStringList{signatureLine}, qPrintable(report->text()));

    CaseTestbed target;
    test::trustUnitOf(m_source, target);
    const auto before = target.snapshot();
    auto imported = archive::importArchive(target.service(), forged, u"市局档案员"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.errorString().contains(signatureLine), qPrintable(imported.errorString()));
    QCOMPARE(target.snapshot(), before);
    // Naming the real unit's key does not help: the signature is bad, or missing, or by another key.
    auto named = archive::importArchive(target.service(), forged, u"市局档案员"_s, report->signature.state == archive::SignatureVerdict::UnknownKey
                                                                                   ? archive::TrustedKeys(m_source.database()).activeOwnKey().value()->fingerprint
                                                                                   : forgerKey->fingerprint());
    QVERIFY(!named);
    QCOMPARE(target.snapshot(), before);
}

// A valid signature by a key the database does not trust: refused, naming the key; imported once when
// the user names exactly that key, and the import's audit entry says so. Naming any other key is refused.
void TestSignedArchive::unknownKeyImportedOnlyWhenNamed()
{
    CaseTestbed target; // trusts nothing
    const auto before = target.snapshot();
    auto refused = archive::importArchive(target.service(), m_zip, u"市局档案员"_s);
    QVERIFY(!refused);
    const QString fingerprint = archive::TrustedKeys(m_source.database()).activeOwnKey().value()->fingerprint;
    QVERIFY2(refused.errorString().contains(archive::groupedFingerprint(fingerprint)), qPrintable(refused.errorString()));
    QString other = fingerprint;
    other[0] = other[0] == u'a' ? u'b' : u'a';
    QVERIFY(!archive::importArchive(target.service(), m_zip, u"市局档案员"_s, other));
    QCOMPARE(target.snapshot(), before);

    auto imported = archive::importArchive(target.service(), m_zip, u"市局档案员"_s, archive::groupedFingerprint(fingerprint).toUpper());
    QVERIFY2(imported, qPrintable(imported.errorString()));
    const auto audit = storage::audit::entriesForCase(target.database().connection(), imported->caseId).value();
    const QJsonObject payload = QJsonDocument::fromJson(audit.last().payload.toUtf8()).object();
    QCOMPARE(payload.value(u"key_trust"_s).toString(), u"accepted_for_this_import"_s);
    QCOMPARE(payload.value(u"signer_key"_s).toString(), fingerprint);
    QVERIFY(test::trustedKeysOf(target).isEmpty()); // accepted once, not trusted
}

void TestSignedArchive::rotationKeepsOldKeysTrusted()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Archived);
    const QString first = m_dir.filePath(u"first-key.zip"_s), second = m_dir.filePath(u"second-key.zip"_s);
    QVERIFY(archive::exportCase(bed.service(), c, first, u"王芳"_s, test::signerFor(bed)));
    const QString oldKey = archive::TrustedKeys(bed.database()).activeOwnKey().value()->fingerprint;
    auto rotated = archive::TrustedKeys(bed.database()).createOwnKey(test::keyFolderOf(bed), u"上海市金山区生态环境局"_s, {}, u"管理员"_s);
    QVERIFY2(rotated, qPrintable(rotated.errorString()));
    QVERIFY(rotated->fingerprint != oldKey);
    QVERIFY(archive::exportCase(bed.service(), c, second, u"王芳"_s, test::signerFor(bed)));
    const QList<archive::TrustedKey> keys = test::trustedKeysOf(bed);
    QCOMPARE(keys.size(), 2);
    QVERIFY(!keys.first().active && !keys.first().retiredAt.isEmpty());
    QVERIFY(keys.last().active && keys.last().fingerprint == rotated->fingerprint);
    for (const QString &zip : {first, second}) {
        auto report = archive::verifyArchive(zip, keys);
        QVERIFY2(report && report->passed(), qPrintable(report ? report->text() : report.errorString()));
    }
    QCOMPARE(archive::verifyArchive(first, keys)->signature.fingerprint, oldKey);
    // Both changes are in the audit chain, which stays intact; a key is never deleted.
    const QSqlDatabase db = bed.database().connection();
    QCOMPARE(storage::scalar(db, u"SELECT count(*) FROM audit_log WHERE command = 'create_signing_key'"_s).value().toInt(), 2);
    QVERIFY(storage::audit::verify(db)->intact());
    QVERIFY(!storage::exec(db, u"DELETE FROM signing_keys"_s));
    QCOMPARE(test::trustedKeysOf(bed).size(), 2);
}

QTEST_MAIN(TestSignedArchive)
#include "tst_signedarchive.moc"
