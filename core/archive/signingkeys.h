#pragma once
// The unit's signing key through the service's door (issue 17): what the window's File ▸ Signing key… shows and
// does, without reaching beneath the service. Creating the unit's key is an administrator's act — the same
// check as `ecoclaim-cli key create` (service::Access::mayAdminister; on a server the signing keys' row-level
// security says the same) — and the key's record names the signed-in person (CaseService::actorFor), not the
// operating-system user. Self-contained on purpose: ui/ includes this header, not trustedkeys.h.

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::archive {

struct SigningKeyEntry
{
    QString holder;
    QString fingerprint; // grouped for reading aloud (archive::groupedFingerprint)
    bool own = false;    // this unit's key
    bool active = false; // the key this unit's exports sign with now
    QString retiredAt;
};

class SigningKeys
{
public:
    // `keyFolder` empty: archive::defaultKeyFolder() (outside the database's folder).
    explicit SigningKeys(service::CaseService &service, QString keyFolder = {});

    // The keys whose signatures on case archives this database accepts.
    domain::Result<QList<SigningKeyEntry>> list() const;
    // Whether the person working may create the unit's key (administrators; anyone without accounts).
    bool mayManage() const;
    // A new SM2 key of the unit (the previous one retired, still trusted); refused, with nothing written,
    // to anyone but an administrator.
    domain::Result<SigningKeyEntry> createOwnKey(const QString &holder, const QByteArray &passphrase);

private:
    service::CaseService &m_service;
    QString m_keyFolder;
};

} // namespace ecoclaim::archive
