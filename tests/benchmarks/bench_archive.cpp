// bench_archive: row P13 of issue 7 — archive export throughput against its two raw anchors, interleaved
// in one run (order flipped every round, one warm-up round not counted):
//   (a) EcoClaim: archive::exportCase, the call `ecoclaim-cli archive export CASE --out FILE.zip` makes,
//       of one closed case holding ~100 MB of incompressible evidence added through CaseService
//       (add_evidence) — the volume's two PDFs, the case data as JSON, index.html and the manifest included;
//   (b) zip store: QuaZip writing the same store files STORED (no compression) into a ZIP;
//   (c) SHA-256: OpenSSL EVP over the same store files, read in 1 MiB blocks.
// Throughput is MB/s (10^6 bytes) of content; the goal is (a) ≥ 0.5× the slower of (b) and (c).
// The database, the store and the ZIPs live in a temporary folder (TMPDIR decides where; ~400 MB at
// the peak), removed at the end.
// Usage: bench_archive [--reps N] [--files K] [--mb-per-file M]
// Prints a Markdown table on stdout. Not a CTest test.

#include "benchcommon.h"
#include "casetestbed.h"

#include "core/archive/archiveexport.h"
#include "core/archive/trustedkeys.h"
#include "core/storage/filestore.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::bench;

namespace {

constexpr qint64 blockSize = 1 << 20; // what the export reads at a time, too

// (b) The raw "zip store" anchor: every file into one ZIP, stored, nothing else.
qint64 zipStored(const QStringList &files, const QStringList &names, const QString &zipPath)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(zipPath));
    QByteArray block(blockSize, Qt::Uninitialized);
    qint64 bytes = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile source(files.at(i));
        if (!source.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(files.at(i)));
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(names.at(i)), nullptr, 0, 0 /* stored */, 0))
            qFatal("cannot open entry %s", qPrintable(names.at(i)));
        for (qint64 n; (n = source.read(block.data(), block.size())) > 0; bytes += n)
            if (entry.write(block.constData(), n) != n)
                qFatal("cannot write entry %s", qPrintable(names.at(i)));
        entry.close();
    }
    zip.close();
    if (zip.getZipError() != 0)
        qFatal("zip error %d", zip.getZipError());
    return bytes;
}

// (c) The raw "SHA-256" anchor: one digest per file, as the export makes one per entry.
qint64 sha256Files(const QStringList &files, volatile unsigned char &sink)
{
    QByteArray block(blockSize, Qt::Uninitialized);
    qint64 bytes = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    for (const QString &path : files) {
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
        for (qint64 n; (n = source.read(block.data(), block.size())) > 0; bytes += n)
            EVP_DigestUpdate(ctx, block.constData(), size_t(n));
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, digest, &length);
        sink = sink ^ digest[0];
    }
    EVP_MD_CTX_free(ctx);
    return bytes;
}

QString mbps(double v) { return QString::number(v, 'f', v < 10 ? 2 : 0) + u" MB/s"_s; }

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the volume's PDFs need fonts
    int reps = 7, files = 5;
    qint64 mbPerFile = 20;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--reps")
            reps = args.at(i + 1).toInt();
        else if (args.at(i) == u"--files")
            files = args.at(i + 1).toInt();
        else if (args.at(i) == u"--mb-per-file")
            mbPerFile = args.at(i + 1).toLongLong();
        else {
            std::fprintf(stderr, "usage: bench_archive [--reps N] [--files K] [--mb-per-file M]\n");
            return 2;
        }
    }
    if (reps < 1 || files < 1 || mbPerFile < 1) {
        std::fprintf(stderr, "usage: bench_archive [--reps N] [--files K] [--mb-per-file M]\n");
        return 2;
    }

    // One closed case (papers, timeline, audit entries as a real one has) and a second one without
    // big files: its export is the fixed part (PDFs, JSON, audit chain check) of every export.
    test::CaseTestbed bed;
    const QString bigCase = bed.caseAt(domain::Stage::Closed);
    const QString smallCase = bed.caseAt(domain::Stage::Closed);
    if (bigCase.isEmpty() || smallCase.isEmpty())
        qFatal("the cases could not be built");
    const QString work = QFileInfo(bed.path()).absolutePath();
    std::fprintf(stderr, "work folder %s\n", qPrintable(work));
    // The unit's signing key, kept in the work folder (the export signs its manifest: ~0.1 ms).
    if (auto k = archive::TrustedKeys(bed.database()).createOwnKey(work + u"/keys"_s, u"bench"_s, {}, u"bench"_s); !k)
        qFatal("key: %s", qPrintable(k.errorString()));
    auto loaded = archive::loadUnitSigner(bed.database(), work + u"/keys"_s, {});
    if (!loaded)
        qFatal("key: %s", qPrintable(loaded.errorString()));
    const archive::UnitSigner signer = std::move(loaded).value();

    // Incompressible evidence: random bytes named .jpg (stored by the export, as real photos are).
    QRandomGenerator random(13);
    for (int i = 0; i < files; ++i) {
        QByteArray bytes(mbPerFile * 1000 * 1000, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        const QString source = QDir(work).filePath(u"现场照片-%1.jpg"_s.arg(i + 1));
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(source));
        f.close();
        QJsonObject add{{u"cmd"_s, u"add_evidence"_s}, {u"file"_s, source},
                        {u"title"_s, u"现场照片 %1"_s.arg(i + 1)}, {u"kind"_s, u"photo"_s}};
        if (bed.apply(add, bigCase).isEmpty())
            qFatal("add_evidence refused");
        QFile::remove(source); // the store holds its copy
    }

    // The anchors read the very files the export reads: the store's copies of the evidence.
    auto file = bed.service().caseFile(bigCase);
    if (!file || file->evidence.size() != files)
        qFatal("the case does not hold its evidence");
    const storage::FileStore store(bed.database());
    QStringList storePaths, entryNames;
    qint64 evidenceBytes = 0;
    for (const domain::EvidenceItem &e : file->evidence) {
        storePaths << store.pathOf(e.sha256);
        entryNames << u"evidence/"_s + e.originalName;
        evidenceBytes += QFileInfo(storePaths.last()).size();
    }

    const QString ecoZip = QDir(work).filePath(u"export.zip"_s), rawZip = QDir(work).filePath(u"store.zip"_s),
                  smallZip = QDir(work).filePath(u"small.zip"_s);
    qint64 exportBytes = 0, exportZipBytes = 0;
    int exportEntries = 0;
    volatile unsigned char sink = 0;
    const std::function<void()> sides[3] = {
        [&] {
            auto r = archive::exportCase(bed.service(), bigCase, ecoZip, u"bench"_s, signer);
            if (!r)
                qFatal("export failed: %s", qPrintable(r.errorString()));
            exportBytes = r->contentBytes;
            exportZipBytes = r->zipBytes;
            exportEntries = r->entries;
        },
        [&] { zipStored(storePaths, entryNames, rawZip); },
        [&] { sha256Files(storePaths, sink); },
    };
    auto cleanUp = [&] {
        QFile::remove(ecoZip);
        QFile::remove(rawZip);
    };
    QList<double> ms[3], smallMs;
    // Warm-up round, not counted: page cache, fonts, the statement caches.
    for (const auto &side : sides)
        side();
    cleanUp();
    for (int round = 0; round < reps; ++round) {
        for (int k = 0; k < 3; ++k) {
            const int s = round % 2 ? 2 - k : k; // a b c, then c b a
            ms[s] << timeMs(sides[s]);
        }
        cleanUp(); // not timed; keeps the folder at one copy of each ZIP
        smallMs << timeMs([&] {
            if (auto r = archive::exportCase(bed.service(), smallCase, smallZip, u"bench"_s, signer); !r)
                qFatal("export failed: %s", qPrintable(r.errorString()));
        });
        QFile::remove(smallZip);
    }

    const double ecoMs = median(ms[0]), zipMs = median(ms[1]), shaMs = median(ms[2]);
    const double eco = exportBytes / ecoMs / 1e3, zip = evidenceBytes / zipMs / 1e3, sha = evidenceBytes / shaMs / 1e3;
    const double slower = std::min(zip, sha), ratio = eco / slower;
    const char *slowerName = zip <= sha ? "zip store" : "SHA-256";
    std::fprintf(stdout, "load average at the end: %s\n",
                 [] {
                     QFile f(u"/proc/loadavg"_s);
                     return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
                 }().constData());
    std::fprintf(stdout, "| id | operation | EcoClaim (median) | anchor (median) | ratio | goal | verdict | runs |\n"
                         "|---|---|---|---|---|---|---|---|\n");
    const QString what = u"archive export of one case: %1 × %2 MB photos (random bytes) + its PDFs and JSON, %3 MB of content in %4 entries, ZIP %5 MB"_s
                             .arg(files)
                             .arg(mbPerFile)
                             .arg(exportBytes / 1e6, 0, 'f', 1)
                             .arg(exportEntries)
                             .arg(exportZipBytes / 1e6, 0, 'f', 1);
    std::fprintf(stdout, "%s\n",
                 u"| P13 | %1 | %2 (%3 ms) | zip store %4 (%5 ms); SHA-256 %6 (%7 ms) | %8× of %9 | ≥ 0.5× the slower | %10 | %11 |"_s
                     .arg(what, mbps(eco), QString::number(ecoMs, 'f', 0), mbps(zip), QString::number(zipMs, 'f', 0),
                          mbps(sha), QString::number(shaMs, 'f', 0), QString::number(ratio, 'f', 2), QString::fromLatin1(slowerName))
                     .arg(ratio >= 0.5 ? u"met"_s : u"MISSED"_s)
                     .arg(reps)
                     .toUtf8()
                     .constData());
    // Where an export's time goes: the fixed part (snapshot, audit chain check, two PDFs, JSON), from
    // an export of the same kind of case without big files, plus the copy of the evidence that both
    // anchors do — the export does both in one pass, one thread, so their times add up.
    const double fixedMs = median(smallMs);
    std::fprintf(stdout, "%s\n",
                 u"| P13 | … the export's time against its parts measured alone: fixed part %1 ms (same case without big files) + zip store + SHA-256 | %2 ms | sum of the parts: %3 ms | %4× | — | info | %5 |"_s
                     .arg(QString::number(fixedMs, 'f', 1), QString::number(ecoMs, 'f', 0),
                          QString::number(fixedMs + zipMs + shaMs, 'f', 0), QString::number(ecoMs / (fixedMs + zipMs + shaMs), 'f', 2))
                     .arg(reps)
                     .toUtf8()
                     .constData());
    std::fflush(stdout);
    return 0;
}
