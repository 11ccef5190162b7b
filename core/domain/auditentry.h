#pragma once
// One entry of the audit log as it is read back (core/storage/auditlog.h keeps the chain), and the
// answer of a check of the chain. Plain values here because the window's timeline pairs entries with
// events and the CLI prints the check: ui/ and app/ may see core/domain but never core/storage.

#include <QString>

namespace ecoclaim::domain {

struct AuditEntry
{
    qint64 id = 0;
    QString at, actor;
    qint64 caseId = 0;
    QString command;
    QString payload; // JSON
    QString changes; // JSON
    QString prevHash, hash;
};

struct ChainReport
{
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // 0: the chain is intact
    QString head;             // hash of the last entry ("" for an empty log)
    QString message;          // translated, one line
    QString fileDamage;       // what SQLite's quick_check found wrong with the file ("" when it passed)
    bool intact() const { return firstBrokenId == 0 && fileDamage.isEmpty(); }
};

} // namespace ecoclaim::domain
