#pragma once
// The signature of a case archive: `manifest.sig` beside `manifest.json`, an SM2/SM3 signature of the
// manifest's exact bytes by the exporting unit's key. The manifest lists every entry with its size,
// SHA-256 and SM3 and the heads of the audit chain, and names the key that signs it; so whoever changes
// anything — a paper, an audit entry with the chain rehashed after it, the manifest relisted — must sign
// again, and can only do so with a key this bureau does not trust.
//
//   manifest.sig (JSON): format, algorithm ("SM2-with-SM3"), sm2_id, key_fingerprint, signer (the
//                        holder), public_key (PEM), signed_at, signature (base64 DER of r, s)
//
// The signature is checked against the public key of the TRUSTED list, never against the key the archive
// carries; the carried key only serves to say "a valid signature by an unknown key X" — which an import
// may accept when the user names X explicitly.

#include "core/archive/trustedkeys.h"

#include <QJsonObject>

namespace ecoclaim::archive {

inline constexpr char signatureEntryName[] = "manifest.sig";

// The manifest's own statement of who signs it ("signature" inside manifest.json, itself signed).
QJsonObject signerStatement(const TrustedKey &key);

// The bytes of manifest.sig for `manifestBytes`.
domain::Result<QByteArray> signatureEntry(const UnitSigner &signer, const QByteArray &manifestBytes);

struct SignatureVerdict
{
    enum State {
        Trusted,      // a valid signature by a key of the trusted list
        UnknownKey,   // a valid signature by a key the list does not hold (named: fingerprint, holder)
        BadSignature, // the signature does not match the manifest (or the signature entry is malformed)
        Unsigned,     // no manifest.sig
    };
    State state = Unsigned;
    QString fingerprint, holder, signedAt;
    QByteArray publicKeyPem; // as carried by the archive
    QString detail;          // why a signature is bad (translated)
    bool trusted() const { return state == Trusted; }
    // One translated sentence: who signed, or why authenticity fails.
    QString text() const;
};

// `signature` is manifest.sig's bytes, or null when the archive has none.
SignatureVerdict checkArchiveSignature(const QByteArray *signature, const QByteArray &manifestBytes,
                                       const QList<TrustedKey> &trusted);

} // namespace ecoclaim::archive
