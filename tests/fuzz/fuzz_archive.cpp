// Fuzz target: a case archive as `archive verify` and `archive import` read it — the ZIP's directory and
// entries (core/archive/archivereader.cpp: names, links, sizes, ratios, CRCs), the manifest, the signature
// (archivesignature.cpp), the audit chain, the case data (archiveverify.cpp). Any bytes: a problem or a
// report, never a crash, nothing written outside the scratch file.
#include "fuzztarget.h"

#include "core/archive/archiveverify.h"
#include "core/archive/sm2signature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
QString &scratch()
{
    static QString path;
    return path;
}
QList<archive::TrustedKey> &trusted()
{
    static QList<archive::TrustedKey> keys;
    return keys;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // /dev/shm when there is one: one file written per input.
    const QString folder = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    scratch() = folder + u"/ecoclaim-fuzz-archive-%1.zip"_s.arg(QCoreApplication::applicationPid());
    // The key the seed archives were signed with is trusted, so the corpus reaches past the signature.
    QFile key(QStringLiteral(ECOCLAIM_FUZZ_DIR) + u"/seed-key.pub.pem"_s);
    if (key.open(QIODevice::ReadOnly)) {
        const QByteArray pem = key.readAll();
        trusted() << archive::TrustedKey{1, archive::publicKeyFingerprint(pem), QString::fromLatin1(archive::signatureAlgorithm),
                                         u"上海市金山区生态环境局"_s, pem, false, false, {}, {}, {}};
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile f(scratch());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    f.close();
    auto report = archive::verifyArchive(scratch(), trusted());
    if (report) {
        (void)report->text();
        (void)report->toJson();
        (void)report->passedButForAnUnknownKey();
    }
    return 0;
}
