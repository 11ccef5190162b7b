// ecoclaim-cli key create --holder NAME [--passphrase-file FILE]   the unit's signing key (administrator)
//              key list [--json]                                   every trusted key, own and others'
//              key public [--out FILE.pem]                         the unit's public key, to hand to others
//              key trust FILE.pem --holder NAME --fingerprint FP   trust another unit's key
// The signing key signs every archive this unit exports (core/archive/trustedkeys.h).
#include "app/cli/keyverbs.h"

#include "core/archive/trustedkeys.h"
#include "core/service/caseservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

// The unit's signing key and the keys it trusts are the administrator's (issue 17), as on a server the
// signing keys' row-level security says.
bool mayKeepKeys(const Session &session)
{
    if (session.service->access().mayAdminister())
        return true;
    err() << Tr::tr("Only an administrator creates the unit's signing key or trusts another unit's key.") << Qt::endl;
    return false;
}

int usage()
{
    err() << Tr::tr("usage: ecoclaim-cli key create --holder NAME [--passphrase-file FILE]\n"
                    "       ecoclaim-cli key list [--json]\n"
                    "       ecoclaim-cli key public [--out FILE.pem]\n"
                    "       ecoclaim-cli key trust FILE.pem --holder NAME --fingerprint FINGERPRINT")
          << Qt::endl;
    return Usage;
}

QJsonObject keyJson(const archive::TrustedKey &k)
{
    return {{u"fingerprint"_s, k.fingerprint}, {u"algorithm"_s, k.algorithm}, {u"holder"_s, k.holder},
            {u"own"_s, k.own},                 {u"active"_s, k.active},       {u"added_at"_s, k.addedAt},
            {u"added_by"_s, k.addedBy},        {u"retired_at"_s, k.retiredAt}, {u"public_key"_s, QString::fromLatin1(k.publicKeyPem)}};
}

QString stateOf(const archive::TrustedKey &k)
{
    if (k.own && k.active)
        return Tr::tr("this unit's signing key");
    if (k.own)
        return Tr::tr("this unit's, retired %1 (still trusted)").arg(k.retiredAt);
    return Tr::tr("another unit's, trusted");
}

int create(const Options &options, QStringList args)
{
    bool missing = false;
    const QString holder = takeOption(args, u"--holder"_s, &missing);
    const QString passphraseFile = takeOption(args, u"--passphrase-file"_s, &missing);
    if (missing || holder.isEmpty() || !args.isEmpty())
        return usage();
    QByteArray passphrase;
    if (!passphraseFile.isEmpty()) {
        auto read = readPassphrase(passphraseFile);
        if (!read)
            return Refused;
        passphrase = *read;
    }
    auto session = openSession(options);
    if (!session || !mayKeepKeys(*session))
        return Refused;
    auto key = archive::TrustedKeys(*session->database).createOwnKey(archive::defaultKeyFolder(), holder, passphrase,
                                                                     options.actor);
    passphrase.fill('\0');
    if (!key) {
        printProblems(key.problems());
        return Refused;
    }
    out() << Tr::tr("Signing key of %1 created (SM2 with SM3).").arg(key->holder) << Qt::endl
          << Tr::tr("Fingerprint: %1").arg(archive::groupedFingerprint(key->fingerprint)) << Qt::endl
          << Tr::tr("Private key: %1 (readable by its owner only%2)")
                 .arg(archive::defaultKeyFolder() + u'/' + key->fingerprint + u".pem"_s,
                      passphraseFile.isEmpty() ? QString() : Tr::tr(", under the passphrase"))
          << Qt::endl;
    return Done;
}

int list(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (!args.isEmpty())
        return usage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto keys = archive::TrustedKeys(*session->database).all();
    if (!keys) {
        printProblems(keys.problems());
        return Refused;
    }
    QJsonArray all;
    for (const archive::TrustedKey &k : keys.value()) {
        if (json)
            all.append(keyJson(k));
        else
            out() << k.fingerprint << u'\t' << tsvField(k.holder) << u'\t' << tsvField(stateOf(k)) << u'\t' << k.addedAt
                  << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}

int publicKey(const Options &options, QStringList args)
{
    bool missing = false;
    const QString path = takeOption(args, u"--out"_s, &missing);
    if (missing || !args.isEmpty())
        return usage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto active = archive::TrustedKeys(*session->database).activeOwnKey();
    if (!active) {
        printProblems(active.problems());
        return Refused;
    }
    if (!active.value()) {
        err() << Tr::tr("This unit has no signing key yet (ecoclaim-cli key create).") << Qt::endl;
        return Refused;
    }
    if (path.isEmpty()) {
        out() << QString::fromLatin1(active.value()->publicKeyPem);
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(active.value()->publicKeyPem) < 0 || !file.commit()) {
            err() << Tr::tr("The file %1 could not be written.").arg(path) << Qt::endl;
            return Refused;
        }
    }
    err() << Tr::tr("%1, fingerprint %2").arg(active.value()->holder, archive::groupedFingerprint(active.value()->fingerprint)) << Qt::endl;
    return Done;
}

int trust(const Options &options, QStringList args)
{
    bool missing = false;
    const QString holder = takeOption(args, u"--holder"_s, &missing);
    const QString fingerprint = takeOption(args, u"--fingerprint"_s, &missing);
    if (missing || holder.isEmpty() || fingerprint.isEmpty() || args.size() != 1)
        return usage();
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Tr::tr("Cannot read %1: %2").arg(args.first(), file.errorString()) << Qt::endl;
        return Refused;
    }
    auto session = openSession(options);
    if (!session || !mayKeepKeys(*session))
        return Refused;
    auto key = archive::TrustedKeys(*session->database).trust(file.read(64 * 1024), holder, fingerprint, options.actor);
    if (!key) {
        printProblems(key.problems());
        return Refused;
    }
    out() << Tr::tr("The key of %1 (%2) is trusted: archives it signed now verify here.")
                 .arg(key->holder, archive::groupedFingerprint(key->fingerprint))
          << Qt::endl;
    return Done;
}
} // namespace

std::optional<QByteArray> readPassphrase(const QString &path)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << Tr::tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        err() << Tr::tr("The passphrase file %1 is empty.").arg(path) << Qt::endl;
        return std::nullopt;
    }
    return line;
}


int runKey(const Options &options, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"create")
        return create(options, args);
    if (sub == u"list")
        return list(options, args);
    if (sub == u"public")
        return publicKey(options, args);
    if (sub == u"trust")
        return trust(options, args);
    return usage();
}

} // namespace ecoclaim::cli
