#pragma once
// Why a file cannot be written where the caseworker asked — judged before an export starts, so a failed
// export names the reason (the folder does not exist, is a file, is not writable, the disk is full) rather
// than "could not be written". Used by every writer of PDFs, spreadsheets and archives, in the window
// and the CLI alike.

#include "core/domain/result.h"

#include <QString>

namespace ecoclaim::domain {

// Empty when the file system sees no reason the file could not be written; otherwise a whole sentence.
QString outputFileTrouble(const QString &path);
// The same as a Status (field "out").
Status checkOutputFile(const QString &path);

// Where the window suggests saving exports: <documents>/EcoClaim, created when missing (the home folder
// when it cannot be created), so the suggested path of a save dialog always exists.
QString defaultExportFolder();
// defaultExportFolder()/fileName.
QString defaultExportPath(const QString &fileName);

} // namespace ecoclaim::domain
