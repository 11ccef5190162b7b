#pragma once
// Reading generated papers back the way a caseworker's tools do: pdftotext, pdfinfo and pdffonts
// (poppler-utils) on the PDF, unzip on the ODT's content.xml.

#include "core/documents/papersettings.h"
#include "core/domain/catalogue.h"

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryFile>

namespace ecoclaim::test {

inline QString runTool(const QString &program, const QStringList &arguments, const QByteArray &bytes, const QString &suffix)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/paper-XXXXXX") + suffix);
    if (!file.open())
        return {};
    file.write(bytes);
    file.flush();
    QProcess p;
    QStringList all = QStringList(arguments) << file.fileName();
    if (program == QStringLiteral("pdftotext"))
        all << QStringLiteral("-"); // to stdout
    p.start(program, all);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QByteArray &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8")}, pdf, QStringLiteral(".pdf"));
}

inline QString pdfInfo(const QByteArray &pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {}, pdf, QStringLiteral(".pdf"));
}

inline QString pdfFonts(const QByteArray &pdf)
{
    return runTool(QStringLiteral("pdffonts"), {}, pdf, QStringLiteral(".pdf"));
}

// One entry of the ODT package, as stored.
inline QString odtEntry(const QByteArray &odt, const QString &name)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/paper-XXXXXX.odt"));
    if (!file.open())
        return {};
    file.write(odt);
    file.flush();
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file.fileName(), name});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString odtContent(const QByteArray &odt)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/paper-XXXXXX.odt"));
    if (!file.open())
        return {};
    file.write(odt);
    file.flush();
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file.fileName(), QStringLiteral("content.xml")});
    p.waitForFinished(30000);
    // The text without markup: what a reader of the document sees, in order.
    QString xml = QString::fromUtf8(p.readAllStandardOutput());
    xml.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QString());
    return xml;
}

// Whitespace removed: a line break of the layout never splits a searched phrase.
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// Code points of the Kangxi radicals and CJK radicals supplement: what Noto CJK text extracts as (PITFALLS 11).
inline int radicalCount(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            ++n;
    return n;
}

// Every unit with its default name and prefix and a contact person and telephone: outgoing papers carry
// them and are refused without them (issue 11).
inline documents::PaperSettings settingsWithContacts()
{
    documents::PaperSettings settings;
    for (const domain::District &d : domain::districts())
        for (const domain::Department &dep : domain::departments()) {
            documents::UnitPaperSettings unit = documents::PaperSettings::defaultsFor(d.code, dep.key);
            unit.contactPerson = QStringLiteral("李敏");
            unit.contactPhone = QStringLiteral("021-57921234");
            settings.setUnit(d.code, dep.key, unit);
        }
    return settings;
}

} // namespace ecoclaim::test
