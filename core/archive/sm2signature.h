#pragma once
// SM2 signatures with SM3 (GB/T 32918.2, GB/T 32905) through OpenSSL 3's libcrypto — what signs the
// manifest of a case archive (archivesignature.h). Debian 12's OpenSSL has both; measured on this machine
// a signature of a 5 KB manifest takes ~0.3 ms and its verification ~0.7 ms (bench_signing, load ~7;
// docs/BENCHMARKS.md), so the choice
// costs nothing next to the archive's hashing.
//
// The signer's distinguishing identifier (GB/T 32918's ID_A, which enters the signed digest as Z_A) is
// GB/T 35276's default "1234567812345678", set explicitly so a verifier built on another library agrees.
// A key's fingerprint is the SM3 of its DER SubjectPublicKeyInfo in lowercase hex: what the 卷内备考表
// prints and what an administrator compares before trusting another unit's key.

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ecoclaim::archive {

inline constexpr char signatureAlgorithm[] = "SM2-with-SM3";
inline constexpr char sm2DistinguishingId[] = "1234567812345678";

// A key pair held in memory (the unit's private key, loaded from its file for one export).
class Sm2Key
{
public:
    ~Sm2Key();
    Sm2Key(Sm2Key &&) noexcept;
    Sm2Key &operator=(Sm2Key &&) noexcept;
    Q_DISABLE_COPY(Sm2Key)

    static domain::Result<Sm2Key> generate();
    // A PEM private key (PKCS#8), encrypted or not. A wrong or missing passphrase, or a key that is not
    // SM2, is a problem — never a prompt on the terminal.
    static domain::Result<Sm2Key> fromPrivatePem(const QByteArray &pem, const QByteArray &passphrase);

    // PKCS#8 PEM; encrypted (PBES2, AES-256-CBC) when a passphrase is given.
    domain::Result<QByteArray> privatePem(const QByteArray &passphrase) const;
    QByteArray publicPem() const;
    QString fingerprint() const;
    // The DER signature of `message` (ASN.1 SEQUENCE of r and s).
    domain::Result<QByteArray> sign(const QByteArray &message) const;

private:
    struct Key;
    explicit Sm2Key(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

// Fingerprint of a PEM public key; empty when the text is not an SM2 public key.
QString publicKeyFingerprint(const QByteArray &publicPem);

enum class SignatureCheck { Valid, Invalid, NotAKey };
// Whether `signature` is an SM2/SM3 signature of `message` by the key `publicPem`.
SignatureCheck verifySm2(const QByteArray &publicPem, const QByteArray &message, const QByteArray &signature);

// "1a2b 3c4d …": a fingerprint grouped by four, as printed for a person to compare.
QString groupedFingerprint(const QString &fingerprint);

} // namespace ecoclaim::archive
