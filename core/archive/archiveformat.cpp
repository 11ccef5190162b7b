#include "core/archive/archiveformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Archive)
};
} // namespace

QStringList requiredEntries()
{
    return {u"manifest.json"_s,      u"index.html"_s,         u"volume/contents.pdf"_s, u"volume/notes.pdf"_s,
            u"case/case.json"_s,     u"case/metadata.json"_s, u"case/timeline.json"_s,  u"case/audit.json"_s,
            u"case/tables.json"_s};
}

QString entryNameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("an entry has no name");
    if (name.startsWith(u'/'))
        return Tr::tr("an absolute path");
    if (name.contains(u'\\'))
        return Tr::tr("a backslash in the name (a Windows path)");
    if (name.size() >= 2 && name.at(1) == u':')
        return Tr::tr("a drive letter");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return Tr::tr("characters outside plain ASCII");
    for (const QString &part : name.split(u'/'))
        if (part.isEmpty() || part == u"." || part == u"..")
            return Tr::tr("a path that leaves the archive or has empty parts (\"..\", \".\", \"//\")");
    return {};
}

bool storedUncompressed(const QString &name)
{
    static const QStringList compressed = {u".pdf"_s, u".jpg"_s, u".jpeg"_s, u".png"_s, u".zip"_s, u".gz"_s,
                                           u".docx"_s, u".xlsx"_s, u".odt"_s, u".ods"_s, u".mp4"_s, u".mp3"_s,
                                           u".heic"_s, u".webp"_s, u".7z"_s, u".ofd"_s};
    for (const QString &ext : compressed)
        if (name.endsWith(ext, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace ecoclaim::archive
