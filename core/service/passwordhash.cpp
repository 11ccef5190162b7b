#include "core/service/passwordhash.h"

#include <sodium.h>

namespace ecoclaim::service::password {

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

unsigned long long opsLimit()
{
    return crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit()
{
    return crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

QString hash(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), opsLimit(), memLimit(), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool matches(const QString &hash, const QString &password)
{
    if (!ready() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

const QString &decoy()
{
    static const QString h = hash(QStringLiteral("no such login"));
    return h;
}

} // namespace ecoclaim::service::password
