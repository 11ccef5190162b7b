#include "core/archive/trustedkeys.h"

#include "core/domain/textrules.h"
#include "core/storage/auditlog.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Signing)
};

Problem problem(const QString &message) { return Problem{{}, message, {}}; }

const QString selectColumns = u"SELECT id, fingerprint, algorithm, holder, public_key, own, active, added_at, added_by, "
                               "retired_at FROM signing_keys "_s;

Result<QList<TrustedKey>> select(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    QList<TrustedKey> keys;
    auto read = storage::forEachCachedRow(db, selectColumns + where, binds, [&](const QSqlQuery &q) {
        keys << TrustedKey{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString().toUtf8(), q.value(5).toInt() != 0, q.value(6).toInt() != 0,
                           q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    });
    if (!read)
        return read.problems();
    return keys;
}

QString keyFileOf(const QString &keyFolder, const QString &fingerprint)
{
    return QDir(keyFolder).filePath(fingerprint + u".pem"_s);
}

Status holderProblem(const QString &holder)
{
    if (holder.trimmed().isEmpty())
        return Problem{u"holder"_s, Tr::tr("Say whose key it is: the unit's name, as its papers print it."), {}};
    if (const QString why = textProblem(holder, Tr::tr("Holder"), TextShape::OneLine, oneLineLimit); !why.isEmpty())
        return Problem{u"holder"_s, why, {}};
    return success();
}

// The private key written so only its owner may read it, from the first byte (never created readable
// and tightened afterwards).
Status writePrivateKey(const QString &keyFolder, const QString &fingerprint, const QByteArray &pem)
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QDir folder(keyFolder);
    if (!folder.exists() && !QDir().mkpath(keyFolder))
        return problem(Tr::tr("The key folder %1 cannot be created.").arg(keyFolder));
    QFile::setPermissions(keyFolder, ownerOnly | QFileDevice::ExeOwner);
    QFile file(keyFileOf(keyFolder, fingerprint));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        return problem(Tr::tr("The private key cannot be written to %1: %2").arg(file.fileName(), file.errorString()));
    if (file.write(pem) != pem.size() || !file.flush()) {
        file.remove();
        return problem(Tr::tr("The private key cannot be written to %1: %2").arg(file.fileName(), file.errorString()));
    }
    file.close();
    return success();
}
} // namespace

QString defaultKeyFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"signing-keys"_s);
}

QString normalisedFingerprint(const QString &typed)
{
    QString s = typed.toLower();
    s.remove(QRegularExpression(u"[\\s:]"_s));
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(s).hasMatch() ? s : QString();
}

Result<QList<TrustedKey>> TrustedKeys::all() const
{
    return select(m_database.connection(), u"ORDER BY id"_s, {});
}

Result<std::optional<TrustedKey>> TrustedKeys::find(const QString &fingerprint) const
{
    auto keys = select(m_database.connection(), u"WHERE fingerprint = ?"_s, {fingerprint});
    if (!keys)
        return keys.problems();
    return keys->isEmpty() ? std::optional<TrustedKey>() : std::optional<TrustedKey>(keys->first());
}

Result<std::optional<TrustedKey>> TrustedKeys::activeOwnKey() const
{
    auto keys = select(m_database.connection(), u"WHERE own = 1 AND active = 1"_s, {});
    if (!keys)
        return keys.problems();
    return keys->isEmpty() ? std::optional<TrustedKey>() : std::optional<TrustedKey>(keys->first());
}

Result<TrustedKey> TrustedKeys::createOwnKey(const QString &keyFolder, const QString &holder, const QByteArray &passphrase,
                                             const QString &actor)
{
    if (auto s = holderProblem(holder); !s)
        return s.problems();
    auto key = Sm2Key::generate();
    if (!key)
        return key.problems();
    auto pem = key->privatePem(passphrase);
    if (!pem)
        return pem.problems();
    const QString fingerprint = key->fingerprint();
    // The file first, outside the transaction: a key whose row was refused is an unused file, never a
    // recorded key without its private half.
    if (auto s = writePrivateKey(keyFolder, fingerprint, pem.value()); !s)
        return s.problems();

    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    storage::CaseRowWriter rows(db, {});
    QList<storage::Change> changes;
    QStringList retired;
    auto previous = select(db, u"WHERE own = 1 AND active = 1"_s, {});
    if (!previous)
        return previous.problems();
    const QString now = storage::nowTimestamp();
    for (const TrustedKey &old : previous.value()) {
        if (auto s = rows.update(u"signing_keys"_s, u"id"_s, old.id, {{u"active"_s, 0}, {u"retired_at"_s, now}}, &changes); !s)
            return s.problems();
        retired << old.fingerprint;
    }
    auto id = rows.insert(u"signing_keys"_s,
                          {{u"fingerprint"_s, fingerprint}, {u"algorithm"_s, QString::fromLatin1(signatureAlgorithm)},
                           {u"public_key"_s, QString::fromLatin1(key->publicPem())}, {u"holder"_s, holder.trimmed()},
                           {u"own"_s, 1}, {u"active"_s, 1}, {u"added_at"_s, now}, {u"added_by"_s, actor}},
                          &changes);
    if (!id)
        return id.problems();
    const QJsonObject payload{{u"cmd"_s, u"create_signing_key"_s}, {u"fingerprint"_s, fingerprint},
                              {u"holder"_s, holder.trimmed()}, {u"algorithm"_s, QString::fromLatin1(signatureAlgorithm)},
                              {u"encrypted"_s, !passphrase.isEmpty()}, {u"retired"_s, QJsonArray::fromStringList(retired)}};
    if (auto hash = storage::audit::append(db, actor, 0, u"create_signing_key"_s, payload, storage::toJson(changes)); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    auto created = find(fingerprint);
    if (!created)
        return created.problems();
    return *created.value();
}

Result<TrustedKey> TrustedKeys::trust(const QByteArray &publicPem, const QString &holder, const QString &fingerprint,
                                      const QString &actor)
{
    if (auto s = holderProblem(holder); !s)
        return s.problems();
    const QString actual = publicKeyFingerprint(publicPem);
    if (actual.isEmpty())
        return Problem{u"key"_s, Tr::tr("This is not an SM2 public key (PEM)."), {}};
    const QString expected = normalisedFingerprint(fingerprint);
    if (expected.isEmpty())
        return Problem{u"fingerprint"_s, Tr::tr("Give the key's fingerprint as its unit published it: 64 hexadecimal digits."), {}};
    if (expected != actual)
        return Problem{u"fingerprint"_s,
                       Tr::tr("The key's fingerprint is %1, not the %2 given: it is not the key that unit published; "
                              "nothing was trusted.").arg(groupedFingerprint(actual), groupedFingerprint(expected)), {}};
    auto existing = find(actual);
    if (!existing)
        return existing.problems();
    if (existing.value())
        return Problem{u"key"_s, Tr::tr("The key %1 (%2) is trusted already.").arg(groupedFingerprint(actual), existing.value()->holder), {}};

    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    QList<storage::Change> changes;
    auto id = storage::CaseRowWriter(db, {}).insert(
        u"signing_keys"_s,
        {{u"fingerprint"_s, actual}, {u"algorithm"_s, QString::fromLatin1(signatureAlgorithm)},
         {u"public_key"_s, QString::fromLatin1(publicPem.trimmed() + '\n')}, {u"holder"_s, holder.trimmed()},
         {u"own"_s, 0}, {u"active"_s, 0}, {u"added_at"_s, storage::nowTimestamp()}, {u"added_by"_s, actor}},
        &changes);
    if (!id)
        return id.problems();
    const QJsonObject payload{{u"cmd"_s, u"trust_signing_key"_s}, {u"fingerprint"_s, actual}, {u"holder"_s, holder.trimmed()}};
    if (auto hash = storage::audit::append(db, actor, 0, u"trust_signing_key"_s, payload, storage::toJson(changes)); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    auto created = find(actual);
    if (!created)
        return created.problems();
    return *created.value();
}

Result<UnitSigner> loadUnitSigner(storage::Database &database, const QString &keyFolder, const QByteArray &passphrase)
{
    auto active = TrustedKeys(database).activeOwnKey();
    if (!active)
        return active.problems();
    if (!active.value())
        return Problem{u"key"_s, Tr::tr("This unit has no signing key yet, and an archive must be signed. An administrator "
                                        "creates it: ecoclaim-cli key create --holder \"UNIT NAME\" (or File ▸ Signing key… "
                                        "in the window)."), {}};
    const TrustedKey key = *active.value();
    const QString path = keyFileOf(keyFolder, key.fingerprint);
    QFile file(path);
    if (!file.exists())
        return Problem{u"key"_s, Tr::tr("The private half of the unit's signing key (%1) is not in %2: this computer cannot "
                                        "sign for the unit.").arg(groupedFingerprint(key.fingerprint), keyFolder), {}};
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return Problem{u"key"_s, Tr::tr("The private key file %1 may be read by others than its owner; it is not used. "
                                        "Make it readable by its owner only (chmod 600).").arg(path), {}};
    if (!file.open(QIODevice::ReadOnly))
        return Problem{u"key"_s, Tr::tr("The private key file %1 cannot be read: %2").arg(path, file.errorString()), {}};
    auto loaded = Sm2Key::fromPrivatePem(file.readAll(), passphrase);
    if (!loaded)
        return loaded.problems();
    if (loaded->fingerprint() != key.fingerprint)
        return Problem{u"key"_s, Tr::tr("The file %1 holds another key than the unit's recorded signing key.").arg(path), {}};
    return UnitSigner{key, std::move(loaded).value()};
}

bool unitKeyNeedsPassphrase(storage::Database &database, const QString &keyFolder)
{
    auto active = TrustedKeys(database).activeOwnKey();
    if (!active || !active.value())
        return false;
    QFile file(keyFileOf(keyFolder, active.value()->fingerprint));
    return file.open(QIODevice::ReadOnly) && file.read(64).contains("ENCRYPTED");
}

} // namespace ecoclaim::archive
