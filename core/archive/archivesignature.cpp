#include "core/archive/archivesignature.h"

#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Signing)
};
const char signatureFormat[] = "ecoclaim-manifest-signature";

SignatureVerdict bad(const QString &detail, const QString &fingerprint = {}, const QString &holder = {})
{
    SignatureVerdict v;
    v.state = SignatureVerdict::BadSignature;
    v.detail = detail;
    v.fingerprint = fingerprint;
    v.holder = holder;
    return v;
}
} // namespace

QJsonObject signerStatement(const TrustedKey &key)
{
    return QJsonObject{{u"algorithm"_s, QString::fromLatin1(signatureAlgorithm)},
                       {u"key_fingerprint"_s, key.fingerprint},
                       {u"signer"_s, key.holder},
                       {u"entry"_s, QString::fromLatin1(signatureEntryName)}};
}

Result<QByteArray> signatureEntry(const UnitSigner &signer, const QByteArray &manifestBytes)
{
    auto signature = signer.privateKey.sign(manifestBytes);
    if (!signature)
        return signature.problems();
    const QJsonObject o{{u"format"_s, QString::fromLatin1(signatureFormat)},
                        {u"algorithm"_s, QString::fromLatin1(signatureAlgorithm)},
                        {u"sm2_id"_s, QString::fromLatin1(sm2DistinguishingId)},
                        {u"key_fingerprint"_s, signer.key.fingerprint},
                        {u"signer"_s, signer.key.holder},
                        {u"public_key"_s, QString::fromLatin1(signer.privateKey.publicPem())},
                        {u"signed_at"_s, storage::nowTimestamp()},
                        {u"signature"_s, QString::fromLatin1(signature->toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

SignatureVerdict checkArchiveSignature(const QByteArray *signature, const QByteArray &manifestBytes,
                                       const QList<TrustedKey> &trusted)
{
    if (!signature)
        return SignatureVerdict{};
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(*signature, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(u"format"_s).toString() != QString::fromLatin1(signatureFormat))
        return bad(Tr::tr("manifest.sig is not a signature EcoClaim can read."));
    const QString claimed = o.value(u"key_fingerprint"_s).toString();
    const QString holder = o.value(u"signer"_s).toString();
    if (o.value(u"algorithm"_s).toString() != QString::fromLatin1(signatureAlgorithm)
        || o.value(u"sm2_id"_s).toString() != QString::fromLatin1(sm2DistinguishingId))
        return bad(Tr::tr("the signature is not SM2 with SM3 (%1).").arg(o.value(u"algorithm"_s).toString()), claimed, holder);
    const QByteArray carried = o.value(u"public_key"_s).toString().toUtf8();
    const QByteArray value = QByteArray::fromBase64(o.value(u"signature"_s).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (value.isEmpty())
        return bad(Tr::tr("the signature value is missing or not base64."), claimed, holder);
    // The manifest names its signer inside the signed bytes: a signature by another key than the one the
    // manifest names is no signature of it.
    const QJsonObject statement = QJsonDocument::fromJson(manifestBytes).object().value(u"signature"_s).toObject();
    if (statement.value(u"key_fingerprint"_s).toString() != claimed)
        return bad(Tr::tr("the manifest names another signing key than the one that signed it."), claimed, holder);
    if (publicKeyFingerprint(carried) != claimed)
        return bad(Tr::tr("the public key in manifest.sig is not the key it names."), claimed, holder);

    SignatureVerdict v;
    v.fingerprint = claimed;
    v.holder = holder;
    v.signedAt = o.value(u"signed_at"_s).toString();
    v.publicKeyPem = carried;
    const TrustedKey *known = nullptr;
    for (const TrustedKey &k : trusted)
        if (k.fingerprint == claimed)
            known = &k;
    // The trusted list's copy of the key decides; the carried one only for a key the list does not hold.
    const SignatureCheck check = verifySm2(known ? known->publicKeyPem : carried, manifestBytes, value);
    if (check != SignatureCheck::Valid) {
        v.state = SignatureVerdict::BadSignature;
        v.detail = Tr::tr("the signature does not match manifest.json: the manifest was changed after it was signed.");
        return v;
    }
    v.state = known ? SignatureVerdict::Trusted : SignatureVerdict::UnknownKey;
    if (known)
        v.holder = known->holder; // the name this bureau gave the key, not the one the archive claims
    return v;
}

QString SignatureVerdict::text() const
{
    const QString key = groupedFingerprint(fingerprint);
    switch (state) {
    case Trusted:
        return Tr::tr("Signed by %1 (key %2, a trusted key), %3.").arg(holder, key, signedAt);
    case UnknownKey:
        return Tr::tr("Signed by a key this database does not trust: %1, which names itself \"%2\". Trust it "
                      "(ecoclaim-cli key trust) after comparing its fingerprint with the one that unit published, or "
                      "accept it for one import (archive import --accept-key %3).")
            .arg(key, holder, fingerprint);
    case BadSignature:
        return Tr::tr("The signature is not valid: %1").arg(detail);
    case Unsigned:
        return Tr::tr("The archive is not signed (no manifest.sig): where it comes from cannot be established.");
    }
    return {};
}

} // namespace ecoclaim::archive
