#include "core/domain/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::OutputFile)
};

// Less than this free on the disk: an archive or a PDF with its fonts would not fit.
constexpr qint64 kLeastFreeBytes = 4 * 1024 * 1024;
} // namespace

QString outputFileTrouble(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Tr::tr("No file was named to write to.");
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (file.isDir())
        return Tr::tr("%1 is a folder: name a file in it.").arg(shown);
    const QFileInfo folder(file.absolutePath());
    const QString folderShown = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return Tr::tr("The folder %1 does not exist: choose another folder or create it first.").arg(folderShown);
    if (!folder.isDir())
        return Tr::tr("%1 is a file, not a folder: the export cannot be put inside it.").arg(folderShown);
    if (!folder.isWritable())
        return Tr::tr("You may not write in the folder %1: choose another folder (for example your documents).").arg(folderShown);
    if (file.exists() && !file.isWritable())
        return Tr::tr("%1 exists and is read-only: choose another name or make it writable.").arg(shown);
    const QStorageInfo disk(folder.absoluteFilePath());
    if (disk.isValid() && disk.isReady() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kLeastFreeBytes)
        return Tr::tr("The disk holding %1 is full (%2 free): free some room or choose another disk.")
            .arg(folderShown, QLocale().formattedDataSize(disk.bytesAvailable()));
    if (disk.isValid() && disk.isReadOnly())
        return Tr::tr("The disk holding %1 is read-only: choose another folder.").arg(folderShown);
    return {};
}

Status checkOutputFile(const QString &path)
{
    const QString trouble = outputFileTrouble(path);
    if (trouble.isEmpty())
        return success();
    return Problem{u"out"_s, trouble, {}};
}

QString defaultExportFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    const QString folder = QDir(documents).filePath(u"EcoClaim"_s);
    if (QDir().mkpath(folder) && QFileInfo(folder).isWritable())
        return folder;
    return QDir::homePath();
}

QString defaultExportPath(const QString &fileName)
{
    return QDir(defaultExportFolder()).filePath(fileName);
}

} // namespace ecoclaim::domain
