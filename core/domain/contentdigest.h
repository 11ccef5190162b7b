#pragma once
// The digests of a stored file's bytes: SHA-256 (its name in the store) and SM3 (GB/T 32905, which
// Chinese archive rules ask for). A plain value here (computed in core/storage/contenthash.h) because
// the archive's verification report, which the window shows, carries it.

#include <QString>

namespace ecoclaim::domain {

struct ContentDigest
{
    QString sha256; // lowercase hex
    QString sm3;    // lowercase hex
    qint64 size = 0;
};

} // namespace ecoclaim::domain
