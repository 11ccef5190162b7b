#include "app/cli/archiveverbs.h"

#include "app/cli/keyverbs.h"

#include "core/archive/archiveexport.h"
#include "core/archive/archiveimport.h"
#include "core/archive/archiveverify.h"
#include "core/archive/selfcheck.h"
#include "core/domain/evidencekinds.h"
#include "core/service/casereader.h"
#include "core/storage/filestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int evidenceAdd(const Options &options, QStringList args)
{
    bool missing = false;
    const QString title = takeOption(args, u"--title"_s, &missing);
    const QString kind = takeOption(args, u"--kind"_s, &missing);
    const QString dated = takeOption(args, u"--dated"_s, &missing);
    const QString source = takeOption(args, u"--source"_s, &missing);
    const QString pages = takeOption(args, u"--pages"_s, &missing);
    if (missing || args.size() != 2) {
        QStringList kinds;
        for (const Choice &c : evidenceKinds())
            kinds << c.key;
        err() << Tr::tr("usage: ecoclaim-cli evidence add CASE FILE --title TITLE --kind KIND [--dated YYYY-MM-DD] [--source S] [--pages N]\n"
                        "kinds: %1").arg(kinds.join(u", "_s))
              << Qt::endl;
        return Usage;
    }
    std::optional<qint64> pageCount;
    if (!pages.isEmpty() && !(pageCount = wholeNumberValue(pages, u"--pages"_s, 1, 100000)))
        return Refused;
    auto session = openSession(options);
    if (!session)
        return Refused;
    QJsonObject command{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, args.at(0)},
                        {u"file"_s, QFileInfo(args.at(1)).absoluteFilePath()}, {u"title"_s, title}, {u"kind"_s, kind}};
    if (!dated.isEmpty())
        command.insert(u"dated_on"_s, dated);
    if (!source.isEmpty())
        command.insert(u"source"_s, source);
    if (pageCount)
        command.insert(u"pages"_s, *pageCount);
    auto outcome = session->service->execute(command, options.actor, options.today);
    if (!outcome) {
        printProblems(outcome.problems());
        return Refused;
    }
    out() << outcome->caseNumber << u'\t' << tsvField(outcome->summary) << Qt::endl;
    return Done;
}

int evidenceList(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli evidence list CASE [--json]") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto file = session->service->reader().caseFile(args.first());
    if (!file) {
        printProblems(file.problems());
        return Refused;
    }
    if (json) {
        out() << QJsonDocument(file->toJson().value(u"evidence"_s).toArray()).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const EvidenceItem &e : file->evidence) {
        const Choice *kind = findChoice(evidenceKinds(), e.kind);
        out() << e.id << u'\t' << tsvField(kind ? kind->displayName() : e.kind) << u'\t' << tsvField(e.title) << u'\t'
              << e.datedOn.toString(Qt::ISODate) << u'\t' << (e.pages > 0 ? QString::number(e.pages) : u"-"_s) << u'\t'
              << e.size << u'\t' << e.sha256.left(16) << Qt::endl;
    }
    if (file->evidence.isEmpty())
        out() << Tr::tr("No files have been added to case %1.").arg(file->number) << Qt::endl;
    return Done;
}

int evidenceCheck(const Options &options, QStringList args)
{
    const bool full = !takeFlag(args, u"--quick"_s);
    if (!args.isEmpty()) {
        err() << Tr::tr("usage: ecoclaim-cli evidence check [--quick]") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    storage::FileStore store(*session->database);
    auto check = store.check(full ? storage::FileStore::Depth::Hashes : storage::FileStore::Depth::Presence);
    if (!check) {
        printProblems(check.problems());
        return Refused;
    }
    out() << Tr::tr("%n stored file(s) checked.", nullptr, int(check->checkedFiles)) << Qt::endl;
    for (const QString &s : check->missing)
        err() << Tr::tr("missing: %1").arg(s) << Qt::endl;
    for (const QString &s : check->altered)
        err() << Tr::tr("altered: %1").arg(s) << Qt::endl;
    for (const QString &s : check->removedOrphans)
        out() << Tr::tr("removed unrecorded file: %1").arg(s) << Qt::endl;
    if (check->clean())
        out() << Tr::tr("The file store is intact.") << Qt::endl;
    return check->clean() ? Done : Refused;
}

int archiveCheck(const Options &options, QStringList args)
{
    if (args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli archive check CASE") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto check = archive::archiveSelfCheck(*session->service, args.first(), options.today);
    if (!check) {
        printProblems(check.problems());
        return Refused;
    }
    if (check->archived) {
        out() << Tr::tr("Case %1 is archived: its file is frozen (Art. 42).").arg(check->caseNumber) << Qt::endl;
        return Done;
    }
    if (check->ready()) {
        out() << Tr::tr("Case %1 is ready to be archived: the self-check found nothing missing.").arg(check->caseNumber) << Qt::endl;
        return Done;
    }
    out() << Tr::tr("Case %1 cannot be archived yet:").arg(check->caseNumber) << Qt::endl;
    for (const Problem &p : check->missing.list())
        out() << u"  - "_s << (p.article.isNull() ? p.message : Tr::tr("%1 (%2)").arg(p.message, p.article.toString())) << Qt::endl;
    return Refused;
}

int exportOne(const Options &options, service::CaseService &service, const archive::UnitSigner &signer,
              const QString &caseRef, const QString &zipPath)
{
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    auto result = archive::exportCase(service, caseRef, zipPath, options.actor, signer,
                                      [&](qint64 done, qint64 total) {
                                          const int percent = total > 0 ? int(done * 100 / total) : 100;
                                          if (percent / 10 != lastPercent / 10)
                                              err() << u"\r"_s << Tr::tr("%1: %2 %").arg(caseRef).arg(percent) << Qt::flush;
                                          lastPercent = percent;
                                      });
    err() << u"\r"_s << Qt::flush;
    if (!result) {
        printProblems(result.problems());
        return Refused;
    }
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    out() << Tr::tr("%1 → %2: %3 entries, %4 bytes of content, ZIP %5 bytes, %6 s (%7 MB/s)")
                 .arg(result->caseNumber, result->path)
                 .arg(result->entries)
                 .arg(result->contentBytes)
                 .arg(result->zipBytes)
                 .arg(seconds, 0, 'f', 2)
                 .arg(result->contentBytes / seconds / 1e6, 0, 'f', 1)
          << Qt::endl;
    return Done;
}

int archiveExport(const Options &options, QStringList args)
{
    bool missing = false;
    const QString outFile = takeOption(args, u"--out"_s, &missing);
    const QString outDir = takeOption(args, u"--out-dir"_s, &missing);
    const QString cases = takeOption(args, u"--cases"_s, &missing);
    const QString passphraseFile = takeOption(args, u"--passphrase-file"_s, &missing);
    const bool single = args.size() == 1 && !outFile.isEmpty() && cases.isEmpty() && outDir.isEmpty();
    const bool several = args.isEmpty() && !cases.isEmpty() && !outDir.isEmpty() && outFile.isEmpty();
    if (missing || (!single && !several)) {
        err() << Tr::tr("usage: ecoclaim-cli archive export CASE --out FILE.zip [--passphrase-file FILE]\n"
                        "       ecoclaim-cli archive export --cases CASE,CASE… --out-dir FOLDER [--passphrase-file FILE]")
              << Qt::endl;
        return Usage;
    }
    QByteArray passphrase;
    if (!passphraseFile.isEmpty()) {
        auto read = readPassphrase(passphraseFile);
        if (!read)
            return Refused;
        passphrase = *read;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    // The unit's key signs every archive (core/archive/archivesignature.h): no key, no export.
    auto signer = archive::loadUnitSigner(*session->database, archive::defaultKeyFolder(), passphrase);
    passphrase.fill('\0');
    if (!signer) {
        printProblems(signer.problems());
        return Refused;
    }
    if (single)
        return exportOne(options, *session->service, signer.value(), args.first(), outFile);
    if (!QDir().mkpath(outDir)) {
        err() << Tr::tr("The folder %1 cannot be created.").arg(outDir) << Qt::endl;
        return Refused;
    }
    int failed = 0;
    for (const QString &c : cases.split(u',', Qt::SkipEmptyParts)) {
        auto number = session->service->reader().caseFile(c.trimmed());
        const QString name = (number ? number->number : c.trimmed()) + u".zip"_s;
        failed += exportOne(options, *session->service, signer.value(), c.trimmed(), QDir(outDir).filePath(name)) == Done ? 0 : 1;
    }
    return failed ? Refused : Done;
}

int archiveVerify(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    bool missing = false;
    QStringList keyFiles;
    for (QString k; !(k = takeOption(args, u"--trust-key"_s, &missing)).isEmpty();)
        keyFiles << k;
    if (missing || args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli archive verify FILE.zip [--json] [--trust-key FILE.pem]…") << Qt::endl;
        return Usage;
    }
    // The keys the signature is checked against: this database's trusted keys (when --db names one or the
    // default database exists), and public keys given for this check alone.
    QList<archive::TrustedKey> trusted;
    if (!options.databasePath.isEmpty() || QFile::exists(storage::Database::defaultPath())) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        auto keys = archive::TrustedKeys(*session->database).all();
        if (!keys) {
            printProblems(keys.problems());
            return Refused;
        }
        trusted = keys.value();
    }
    for (const QString &path : std::as_const(keyFiles)) {
        QFile file(path);
        const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
        const QString fingerprint = archive::publicKeyFingerprint(pem);
        if (fingerprint.isEmpty()) {
            err() << Tr::tr("%1 is not an SM2 public key (PEM).").arg(path) << Qt::endl;
            return Refused;
        }
        trusted << archive::TrustedKey{0, fingerprint, QString::fromLatin1(archive::signatureAlgorithm),
                                       QFileInfo(path).fileName(), pem, false, false, {}, {}, {}};
    }
    auto report = archive::verifyArchive(args.first(), trusted);
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    if (json)
        out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report->text();
    return report->passed() ? Done : Refused;
}

int archiveImport(const Options &options, QStringList args)
{
    bool missing = false;
    const QString acceptKey = takeOption(args, u"--accept-key"_s, &missing);
    if (missing || args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli archive import FILE.zip [--accept-key FINGERPRINT]") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto result = archive::importArchive(*session->service, args.first(), options.actor, acceptKey);
    if (!result) {
        printProblems(result.problems());
        return Refused;
    }
    out() << Tr::tr("Case %1 imported (%n file(s)).", nullptr, result->files).arg(result->caseNumber) << Qt::endl;
    return Done;
}
} // namespace

int runEvidence(const Options &options, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"add")
        return evidenceAdd(options, args);
    if (sub == u"list")
        return evidenceList(options, args);
    if (sub == u"check")
        return evidenceCheck(options, args);
    err() << Tr::tr("usage: ecoclaim-cli evidence add|list|check …") << Qt::endl;
    return Usage;
}

int runArchive(const Options &options, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"check")
        return archiveCheck(options, args);
    if (sub == u"export")
        return archiveExport(options, args);
    if (sub == u"verify")
        return archiveVerify(options, args);
    if (sub == u"import")
        return archiveImport(options, args);
    err() << Tr::tr("usage: ecoclaim-cli archive check|export|verify|import …") << Qt::endl;
    return Usage;
}

} // namespace ecoclaim::cli
