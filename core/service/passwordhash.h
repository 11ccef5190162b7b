#pragma once
// Passwords of a desk's accounts: Argon2id through libsodium (crypto_pwhash_str_alg, the PHC string with
// its salt and parameters kept in the hash, so later parameters still verify old hashes). Parameters:
// libsodium's INTERACTIVE limits (2 passes, 64 MiB) — measured in docs/ARCHITECTURE.md ("Accounts").
// On one desk this guards against mistakes and a colleague at the keyboard, not against someone who can
// copy the file (README).

#include <QString>

namespace ecoclaim::service::password {

// The hash to store; empty if libsodium could not (out of memory).
QString hash(const QString &password);
// Whether the password is the one hashed. A malformed hash matches nothing.
bool matches(const QString &hash, const QString &password);
// A hash of no one's password, for checking a login that does not exist as long as one that does (so the
// time taken does not tell whether the login exists).
const QString &decoy();
// Operations and memory per hash, for the measurement (ecoclaim-cli user measure-hash).
unsigned long long opsLimit();
size_t memLimit();

} // namespace ecoclaim::service::password
