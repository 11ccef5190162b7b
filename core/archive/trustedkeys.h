#pragma once
// The keys whose signatures on case archives this bureau accepts, and its own signing key (DA/T 70
// 真实性: an archive proves where it comes from, not only that it agrees with itself).
//
// Stored in the table signing_keys (migration 0005) and changed only here, each change in one write
// transaction with its audit entry (case 0): `create_signing_key`, `trust_signing_key`. The public keys
// and their fingerprints are bureau settings; this small interface is what the archive code sees, so the
// list can move with the other bureau settings (issue 12) without the archive code changing.
//
// This unit's private key never enters the database: it is a PEM file in the data folder
// (defaultKeyFolder(), owner read/write only, optionally under a passphrase) named by its fingerprint.
// Rotation creates a new key and retires the old one: it signs no more, but stays trusted, so archives
// it signed still verify. A key is never deleted (a trigger refuses it).

#include "core/archive/sm2signature.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ecoclaim::storage {
class Database;
}

namespace ecoclaim::archive {

struct TrustedKey
{
    qint64 id = 0;
    QString fingerprint; // SM3 of the public key (sm2signature.h)
    QString algorithm;
    QString holder;      // the unit the key belongs to
    QByteArray publicKeyPem;
    bool own = false;    // this unit's key (its private half is in the key folder)
    bool active = false; // the key this unit's exports sign with now
    QString addedAt, addedBy, retiredAt;
};

// <data folder>/signing-keys (QStandardPaths::AppDataLocation): outside the database's folder, so a
// copy of the database never carries the private key.
QString defaultKeyFolder();

class TrustedKeys
{
public:
    explicit TrustedKeys(storage::Database &database) : m_database(database) {}

    domain::Result<QList<TrustedKey>> all() const;
    domain::Result<std::optional<TrustedKey>> find(const QString &fingerprint) const;
    domain::Result<std::optional<TrustedKey>> activeOwnKey() const;

    // The administrator creates this unit's signing key: a new SM2 key pair, the private half written to
    // `keyFolder` as <fingerprint>.pem (mode 0600, the folder 0700; encrypted when a passphrase is given),
    // the public half recorded as the active own key. The previous own key is retired (still trusted).
    domain::Result<TrustedKey> createOwnKey(const QString &keyFolder, const QString &holder,
                                            const QByteArray &passphrase, const QString &actor);
    // Trusts another unit's public key once the administrator has compared its fingerprint with the one
    // that unit published (printed on its 卷内备考表): `fingerprint` must be that key's.
    domain::Result<TrustedKey> trust(const QByteArray &publicPem, const QString &holder, const QString &fingerprint,
                                     const QString &actor);

private:
    storage::Database &m_database;
};

// This unit's active key, ready to sign an export: its record and its private key read from the key
// folder. Refused with a clear message when the unit has no key yet, the file is missing, others may
// read it, the passphrase is wrong, or the file holds another key than the one recorded.
struct UnitSigner
{
    TrustedKey key;
    Sm2Key privateKey;
};
domain::Result<UnitSigner> loadUnitSigner(storage::Database &database, const QString &keyFolder,
                                          const QByteArray &passphrase);

// Whether the active own key's file is encrypted (the window asks for the passphrase only then);
// false when there is no key or no file.
bool unitKeyNeedsPassphrase(storage::Database &database, const QString &keyFolder);

// A fingerprint as typed by a person (blanks, colons, upper case) in the stored form; empty if it is not
// 64 hexadecimal digits.
QString normalisedFingerprint(const QString &typed);

} // namespace ecoclaim::archive
