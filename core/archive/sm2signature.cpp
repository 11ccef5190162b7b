#include "core/archive/sm2signature.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Signing)
};

// The last OpenSSL error, for a message; clears the queue.
QString opensslError()
{
    QString text;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        text = QString::fromLatin1(buffer); // the last one is the most specific
    }
    return text.isEmpty() ? Tr::tr("unknown error") : text;
}

domain::Problem problem(const QString &message) { return domain::Problem{{}, message, {}}; }

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

Bio memoryBio(const QByteArray &bytes) { return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size()))); }

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

// Gives OpenSSL the passphrase we hold; never lets it ask on the terminal (its default without one).
int passphraseCallback(char *buffer, int size, int, void *user)
{
    const auto *passphrase = static_cast<const QByteArray *>(user);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

bool isSm2(EVP_PKEY *key) { return key && EVP_PKEY_is_a(key, "SM2"); }

QString fingerprintOf(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(key, &der);
    if (n <= 0)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = EVP_Digest(der, size_t(n), digest, &length, EVP_sm3(), nullptr) == 1;
    OPENSSL_free(der);
    return ok ? QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex()) : QString();
}

// A digest-sign or digest-verify context for SM2 with SM3 and the distinguishing identifier. The
// identifier is set after init on the context init made (owned by the digest context): OpenSSL 3.0
// refuses it among init's own parameters, before it knows Z_A is to be computed.
MdCtx sm2Context(EVP_PKEY *key, bool signing)
{
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx)
        return nullptr;
    const int ok = signing ? EVP_DigestSignInit_ex(ctx.get(), &pctx, "SM3", nullptr, nullptr, key, nullptr)
                           : EVP_DigestVerifyInit_ex(ctx.get(), &pctx, "SM3", nullptr, nullptr, key, nullptr);
    if (ok != 1 || !pctx || EVP_PKEY_CTX_set1_id(pctx, sm2DistinguishingId, std::strlen(sm2DistinguishingId)) != 1)
        return nullptr;
    return ctx;
}
} // namespace

struct Sm2Key::Key
{
    Pkey pkey;
};

Sm2Key::Sm2Key(std::unique_ptr<Key> key) : m_key(std::move(key)) {}
Sm2Key::~Sm2Key() = default;
Sm2Key::Sm2Key(Sm2Key &&) noexcept = default;
Sm2Key &Sm2Key::operator=(Sm2Key &&) noexcept = default;

domain::Result<Sm2Key> Sm2Key::generate()
{
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
    if (!isSm2(key.get()))
        return problem(Tr::tr("An SM2 key could not be generated: %1").arg(opensslError()));
    auto k = std::make_unique<Key>();
    k->pkey = std::move(key);
    return Sm2Key(std::move(k));
}

domain::Result<Sm2Key> Sm2Key::fromPrivatePem(const QByteArray &pem, const QByteArray &passphrase)
{
    Bio bio = memoryBio(pem);
    QByteArray pass = passphrase;
    Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass));
    pass.fill('\0');
    if (!key) {
        const QString why = opensslError();
        if (pem.contains("ENCRYPTED"))
            return problem(passphrase.isEmpty() ? Tr::tr("The signing key is protected by a passphrase; give it.")
                                                : Tr::tr("The passphrase of the signing key is wrong."));
        return problem(Tr::tr("The signing key file cannot be read: %1").arg(why));
    }
    if (!isSm2(key.get()))
        return problem(Tr::tr("The signing key is not an SM2 key."));
    auto k = std::make_unique<Key>();
    k->pkey = std::move(key);
    return Sm2Key(std::move(k));
}

domain::Result<QByteArray> Sm2Key::privatePem(const QByteArray &passphrase) const
{
    Bio bio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    const int ok = passphrase.isEmpty()
        ? PEM_write_bio_PrivateKey(bio.get(), m_key->pkey.get(), nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PrivateKey(bio.get(), m_key->pkey.get(), EVP_aes_256_cbc(), nullptr, 0, passphraseCallback, &pass);
    pass.fill('\0');
    if (ok != 1)
        return problem(Tr::tr("The signing key could not be written: %1").arg(opensslError()));
    return bioBytes(bio.get());
}

QByteArray Sm2Key::publicPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key->pkey.get()) != 1)
        return {};
    return bioBytes(bio.get());
}

QString Sm2Key::fingerprint() const { return fingerprintOf(m_key->pkey.get()); }

domain::Result<QByteArray> Sm2Key::sign(const QByteArray &message) const
{
    MdCtx ctx = sm2Context(m_key->pkey.get(), true);
    size_t length = 0;
    if (!ctx || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(message.constData()),
                               size_t(message.size())) != 1)
        return problem(Tr::tr("The manifest could not be signed: %1").arg(opensslError()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return problem(Tr::tr("The manifest could not be signed: %1").arg(opensslError()));
    signature.truncate(qsizetype(length));
    return signature;
}

QString publicKeyFingerprint(const QByteArray &publicPem)
{
    Bio bio = memoryBio(publicPem);
    Pkey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return isSm2(key.get()) ? fingerprintOf(key.get()) : QString();
}

SignatureCheck verifySm2(const QByteArray &publicPem, const QByteArray &message, const QByteArray &signature)
{
    Bio bio = memoryBio(publicPem);
    Pkey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!isSm2(key.get())) {
        ERR_clear_error();
        return SignatureCheck::NotAKey;
    }
    MdCtx ctx = sm2Context(key.get(), false);
    const int ok = ctx ? EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                          size_t(signature.size()),
                                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
                       : -1;
    ERR_clear_error(); // a malformed signature leaves ASN.1 errors behind: it is simply not valid
    return ok == 1 ? SignatureCheck::Valid : SignatureCheck::Invalid;
}

QString groupedFingerprint(const QString &fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(u' ');
}

} // namespace ecoclaim::archive
