#include "core/archive/signingkeys.h"

#include "core/archive/trustedkeys.h"
#include "core/service/caseservice.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Archive)
};

SigningKeyEntry entryOf(const TrustedKey &k)
{
    return SigningKeyEntry{k.holder, groupedFingerprint(k.fingerprint), k.own, k.active, k.retiredAt};
}
} // namespace

SigningKeys::SigningKeys(service::CaseService &service, QString keyFolder)
    : m_service(service), m_keyFolder(keyFolder.isEmpty() ? defaultKeyFolder() : std::move(keyFolder))
{
}

domain::Result<QList<SigningKeyEntry>> SigningKeys::list() const
{
    auto keys = TrustedKeys(m_service.database()).all();
    if (!keys)
        return keys.problems();
    QList<SigningKeyEntry> entries;
    for (const TrustedKey &k : keys.value())
        entries << entryOf(k);
    return entries;
}

bool SigningKeys::mayManage() const
{
    return m_service.access().mayAdminister();
}

domain::Result<SigningKeyEntry> SigningKeys::createOwnKey(const QString &holder, const QByteArray &passphrase)
{
    if (!mayManage())
        return domain::Problem{{}, Tr::tr("Only an administrator creates the unit's signing key or trusts another unit's key."), {}};
    auto key = TrustedKeys(m_service.database()).createOwnKey(m_keyFolder, holder, passphrase, m_service.actorFor({}));
    if (!key)
        return key.problems();
    return entryOf(key.value());
}

} // namespace ecoclaim::archive
