// The SM2/SM3 signatures and the unit's keys (core/archive/sm2signature.h, trustedkeys.h), checked against
// an implementation that is not ours: the `openssl` command (its pkeyutl and dgst) verifies what we sign,
// signs what we verify, and computes the fingerprints. A missing openssl fails the test.
// Then the keys' care: the private key file owner-only from its first byte, the passphrase required and
// checked, a key file readable by others or holding another key refused, trusting a key only with its
// fingerprint, every change audited and nothing changed by a refusal.

#include "archivetestkit.h"

#include "core/archive/sm2signature.h"
#include "core/storage/auditlog.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using test::CaseTestbed;

namespace {
struct Tool
{
    int exitCode = -1;
    QByteArray out, err;
};

Tool openssl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(u"openssl"_s, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return f.fileName();
}
} // namespace

class TestSigning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensslVerifiesOurSignature();
    void weVerifyOpensslsSignature();
    void fingerprintIsSm3OfThePublicKey();
    void privateKeyFileIsOwnerOnlyAndPassphraseProtected();
    void keyFilesThatMustNotSign();
    void trustingTakesTheFingerprint();

private:
    QTemporaryDir m_dir;
    QByteArray m_manifest = QByteArray(R"({"format":"ecoclaim-case-archive","case_no":"2026-310116-0001","title":"金山区某化工企业渗漏污染土壤案"})") + '\n';
};

void TestSigning::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(), "the openssl command (Debian: openssl) is needed");
}

void TestSigning::opensslVerifiesOurSignature()
{
    auto key = archive::Sm2Key::generate();
    QVERIFY(key);
    auto signature = key->sign(m_manifest);
    QVERIFY(signature);
    const QString pub = writeFile(m_dir, u"ours.pub.pem"_s, key->publicPem());
    const QString sig = writeFile(m_dir, u"ours.sig"_s, signature.value());
    const QString msg = writeFile(m_dir, u"manifest.json"_s, m_manifest);
    const QStringList verify{u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, pub, u"-rawin"_s, u"-digest"_s, u"sm3"_s,
                             u"-pkeyopt"_s, u"distid:1234567812345678"_s, u"-sigfile"_s, sig, u"-in"_s, msg};
    const Tool ok = openssl(verify);
    QVERIFY2(ok.exitCode == 0 && ok.out.contains("Verified Successfully"), QByteArray(ok.out + ok.err).constData());
    // Another identifier, another Z_A: the same signature does not verify (the ID is really part of it).
    QStringList otherId = verify;
    otherId[otherId.indexOf(u"distid:1234567812345678"_s)] = u"distid:ecoclaim"_s;
    QVERIFY(openssl(otherId).exitCode != 0);
    // One byte of the manifest changed: not verified.
    QByteArray changed = m_manifest;
    changed.replace("0001", "0002");
    QFile::remove(msg);
    writeFile(m_dir, u"manifest.json"_s, changed);
    QVERIFY(openssl(verify).exitCode != 0);
}

void TestSigning::weVerifyOpensslsSignature()
{
    const QString keyFile = m_dir.filePath(u"theirs.pem"_s);
    QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"SM2"_s, u"-out"_s, keyFile}).exitCode, 0);
    const Tool pub = openssl({u"pkey"_s, u"-in"_s, keyFile, u"-pubout"_s});
    QCOMPARE(pub.exitCode, 0);
    const QString msg = writeFile(m_dir, u"theirs.json"_s, m_manifest);
    const Tool sig = openssl({u"pkeyutl"_s, u"-sign"_s, u"-inkey"_s, keyFile, u"-rawin"_s, u"-digest"_s, u"sm3"_s,
                              u"-pkeyopt"_s, u"distid:1234567812345678"_s, u"-in"_s, msg});
    QCOMPARE(sig.exitCode, 0);
    QCOMPARE(archive::verifySm2(pub.out, m_manifest, sig.out), archive::SignatureCheck::Valid);
    QByteArray changed = m_manifest;
    changed.replace("金山区", "奉贤区");
    QCOMPARE(archive::verifySm2(pub.out, changed, sig.out), archive::SignatureCheck::Invalid);
    QCOMPARE(archive::verifySm2(pub.out, m_manifest, QByteArray("not a signature")), archive::SignatureCheck::Invalid);
    QCOMPARE(archive::verifySm2("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", m_manifest, sig.out),
             archive::SignatureCheck::NotAKey);
    // Our loader reads openssl's (unencrypted PKCS#8) key and signs what openssl then verifies.
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto loaded = archive::Sm2Key::fromPrivatePem(f.readAll(), {});
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QCOMPARE(loaded->publicPem(), pub.out);
    // An RSA key is not an SM2 key.
    const QString rsa = m_dir.filePath(u"rsa.pem"_s);
    QCOMPARE(openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1024"_s, u"-out"_s, rsa}).exitCode, 0);
    QFile r(rsa);
    QVERIFY(r.open(QIODevice::ReadOnly));
    auto notSm2 = archive::Sm2Key::fromPrivatePem(r.readAll(), {});
    QVERIFY(!notSm2);
    QVERIFY(notSm2.errorString().contains(u"SM2"_s));
}

void TestSigning::fingerprintIsSm3OfThePublicKey()
{
    auto key = archive::Sm2Key::generate();
    QVERIFY(key);
    const Tool der = openssl({u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, key->publicPem());
    QCOMPARE(der.exitCode, 0);
    const Tool sm3 = openssl({u"dgst"_s, u"-sm3"_s, u"-r"_s}, der.out);
    QCOMPARE(sm3.exitCode, 0);
    const QString expected = QString::fromLatin1(sm3.out.left(64));
    QCOMPARE(key->fingerprint(), expected);
    QCOMPARE(archive::publicKeyFingerprint(key->publicPem()), expected);
    QCOMPARE(archive::normalisedFingerprint(archive::groupedFingerprint(expected).toUpper()), expected);
    QCOMPARE(archive::normalisedFingerprint(u"12:34"_s), QString());
}

void TestSigning::privateKeyFileIsOwnerOnlyAndPassphraseProtected()
{
    CaseTestbed bed;
    const QString folder = test::keyFolderOf(bed);
    auto key = archive::TrustedKeys(bed.database()).createOwnKey(folder, u"上海市金山区生态环境局"_s, "青山绿水 2026", u"管理员"_s);
    QVERIFY2(key, qPrintable(key.errorString()));
    const QString file = folder + u'/' + key->fingerprint + u".pem"_s;
    QCOMPARE(QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(folder).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pem = f.readAll();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    // openssl opens it with the passphrase, and only with it; the public key is the one recorded.
    const Tool opened = openssl({u"pkey"_s, u"-in"_s, file, u"-passin"_s, u"pass:青山绿水 2026"_s, u"-pubout"_s});
    QCOMPARE(opened.exitCode, 0);
    QCOMPARE(opened.out, key->publicKeyPem);
    QVERIFY(openssl({u"pkey"_s, u"-in"_s, file, u"-passin"_s, u"pass:wrong"_s, u"-pubout"_s}).exitCode != 0);

    auto noPassphrase = archive::loadUnitSigner(bed.database(), folder, {});
    QVERIFY(!noPassphrase);
    QVERIFY(noPassphrase.errorString().contains(u"passphrase"_s));
    auto wrong = archive::loadUnitSigner(bed.database(), folder, "青山绿水 2025");
    QVERIFY(!wrong);
    QVERIFY(wrong.errorString().contains(u"wrong"_s));
    auto right = archive::loadUnitSigner(bed.database(), folder, "青山绿水 2026");
    QVERIFY2(right, qPrintable(right.errorString()));
    QVERIFY(archive::unitKeyNeedsPassphrase(bed.database(), folder));
    // The creation is audited (case 0), and says whether a passphrase protects the key — not the passphrase.
    const auto payload = storage::scalar(bed.database().connection(),
                                         u"SELECT payload FROM audit_log WHERE command = 'create_signing_key'"_s).value().toString();
    QVERIFY(payload.contains(key->fingerprint));
    QVERIFY(payload.contains(u"\"encrypted\":true"_s));
    QVERIFY(!payload.contains(u"青山绿水"_s));
}

void TestSigning::keyFilesThatMustNotSign()
{
    CaseTestbed bed;
    const QString folder = test::keyFolderOf(bed);
    auto none = archive::loadUnitSigner(bed.database(), folder, {});
    QVERIFY(!none);
    QVERIFY(none.errorString().contains(u"key create"_s));
    auto key = archive::TrustedKeys(bed.database()).createOwnKey(folder, u"上海市金山区生态环境局"_s, {}, u"管理员"_s);
    QVERIFY(key);
    const QString file = folder + u'/' + key->fingerprint + u".pem"_s;
    QVERIFY(archive::loadUnitSigner(bed.database(), folder, {}));
    // Readable by the group: not used.
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    auto open = archive::loadUnitSigner(bed.database(), folder, {});
    QVERIFY(!open);
    QVERIFY(open.errorString().contains(u"chmod 600"_s));
    // Another key under this key's name: not used.
    auto other = archive::Sm2Key::generate();
    QVERIFY(QFile::remove(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    f.write(other->privatePem({}).value());
    f.close();
    auto swapped = archive::loadUnitSigner(bed.database(), folder, {});
    QVERIFY(!swapped);
    QVERIFY(swapped.errorString().contains(u"another key"_s));
    // Gone: this computer cannot sign for the unit.
    QVERIFY(QFile::remove(file));
    auto missing = archive::loadUnitSigner(bed.database(), folder, {});
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(u"cannot sign"_s));
    // A holder that is no one, or text that may not be stored, creates nothing.
    const auto before = bed.snapshot();
    QVERIFY(!archive::TrustedKeys(bed.database()).createOwnKey(folder, u"  "_s, {}, u"管理员"_s));
    QVERIFY(!archive::TrustedKeys(bed.database()).createOwnKey(folder, u"某局\n第二行"_s, {}, u"管理员"_s));
    QCOMPARE(bed.snapshot(), before);
}

void TestSigning::trustingTakesTheFingerprint()
{
    CaseTestbed other, bed;
    test::signerFor(other, u"上海市奉贤区生态环境局"_s);
    const archive::TrustedKey theirs = *archive::TrustedKeys(other.database()).activeOwnKey().value();
    archive::TrustedKeys keys(bed.database());
    const auto before = bed.snapshot();
    QString wrong = theirs.fingerprint;
    wrong[10] = wrong[10] == u'f' ? u'e' : u'f';
    auto mismatch = keys.trust(theirs.publicKeyPem, u"奉贤区生态环境局"_s, wrong, u"管理员"_s);
    QVERIFY(!mismatch);
    QVERIFY(mismatch.errorString().contains(archive::groupedFingerprint(theirs.fingerprint)));
    QVERIFY(!keys.trust("not a key", u"奉贤区生态环境局"_s, theirs.fingerprint, u"管理员"_s));
    QVERIFY(!keys.trust(theirs.publicKeyPem, u"奉贤区生态环境局"_s, u"1234"_s, u"管理员"_s));
    QCOMPARE(bed.snapshot(), before);
    auto trusted = keys.trust(theirs.publicKeyPem, u"奉贤区生态环境局"_s, archive::groupedFingerprint(theirs.fingerprint), u"管理员"_s);
    QVERIFY2(trusted, qPrintable(trusted.errorString()));
    QVERIFY(!trusted->own && !trusted->active);
    QVERIFY(!keys.trust(theirs.publicKeyPem, u"奉贤区生态环境局"_s, theirs.fingerprint, u"管理员"_s)); // once
    QCOMPARE(storage::scalar(bed.database().connection(), u"SELECT count(*) FROM audit_log WHERE command = 'trust_signing_key'"_s)
                 .value().toInt(), 1);
    QVERIFY(storage::audit::verify(bed.database().connection())->intact());
}

QTEST_MAIN(TestSigning)
#include "tst_signing.moc"
