#pragma once
// Reading generated papers back the way a caseworker's tools do: pdftotext, pdfinfo and pdffonts
// (poppler-utils) on the PDF, unzip on the ODT's content.xml. A tool that is missing, cannot run or
// fails FAILS the test (QTest::qFail): a check must never pass on the empty text of a tool that did
// not run.

#include "core/documents/papersettings.h"
#include "core/domain/catalogue.h"

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryFile>
#include <QTest>

namespace ecoclaim::test {

// Runs `p` (started by the caller) to its end; a tool that did not start, crashed or failed records a
// test failure and gives "".
inline QString toolOutput(QProcess &p, const QString &program)
{
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString why = p.error() == QProcess::FailedToStart
            ? QStringLiteral("%1 is not installed (Debian: poppler-utils / unzip); the paper cannot be checked").arg(program)
            : QStringLiteral("%1 failed (exit %2): %3").arg(program).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

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
    return toolOutput(p, program);
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
    return toolOutput(p, QStringLiteral("unzip"));
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
    // The text without markup: what a reader of the document sees, in order.
    QString xml = toolOutput(p, QStringLiteral("unzip"));
    xml.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QString());
    return xml;
}

// Whitespace removed: a line break of the layout never splits a searched phrase.
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// Code points of the Kangxi radicals and CJK radicals supplement: what Noto CJK text extracts as (docs/PITFALLS.md §11).
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
