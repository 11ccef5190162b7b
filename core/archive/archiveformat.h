#pragma once
// The layout of a case archive (one ZIP per case, "一案一卷") and the limits every reader applies.
//
//   manifest.json        every other entry with size, SHA-256 and SM3, plus the audit chain heads and the
//                        key that signs it
//   manifest.sig         the exporting unit's SM2/SM3 signature of manifest.json (archivesignature.h)
//   index.html           the volume in a browser, without EcoClaim
//   volume/contents.pdf  卷内目录 (GB/T 9705 §4.3)     volume/notes.pdf  卷内备考表 (§5.2)
//   papers/NNN-….pdf     every paper of the file, byte for byte from the store
//   evidence/NNN-….ext   every file added to the case, byte for byte
//   case/case.json       the whole case file      case/metadata.json  DA/T 46 core elements
//   case/timeline.json   the timeline             case/audit.json     the case's audit entries
//   case/tables.json     the case's rows (for import, core/storage/casetransfer.h)
//
// Entry names are plain ASCII paths: a reader refuses anything else (docs/PITFALLS.md §14).

#include <QString>
#include <QStringList>

namespace ecoclaim::archive {

// 2: signed (manifest.sig). Version 1 archives are unsigned and fail authenticity for that reason.
inline constexpr int formatVersion = 2;
inline const char formatName[] = "ecoclaim-case-archive";

// Limits against hostile archives: a larger entry, more entries, or a deflated entry expanding more
// than this ratio is refused before it is inflated.
inline constexpr qint64 maxEntrySize = qint64(2) << 30;  // 2 GiB
inline constexpr qint64 maxTotalSize = qint64(8) << 30;  // 8 GiB
inline constexpr int maxEntries = 20000;
inline constexpr qint64 maxRatio = 200;                  // uncompressed / compressed, for entries > 1 MiB

QStringList requiredEntries();

// Empty when `name` is a safe relative entry name; otherwise why not (translated).
QString entryNameProblem(const QString &name);

// Whether bytes with this name are stored rather than deflated: PDF, JPEG, PNG, ZIP and other formats
// that are compressed already (deflating them costs time for ~0 % — docs/PITFALLS.md §15).
bool storedUncompressed(const QString &name);

} // namespace ecoclaim::archive
