#pragma once
// Hand-made XLSX workbooks for the import tests (tst_spreadsheetin, tst_import): the parts written here as
// literal XML into a ZIP (QuaZip), so the reader is tested against the format itself, not against the
// project's own writer — shared and inline strings, a styles part with date formats, either epoch.

#include <QBuffer>
#include <QList>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>

namespace ecoclaim::test {

using namespace Qt::StringLiterals;

using Parts = QList<std::pair<QString, QByteArray>>;

inline QByteArray zipOf(const Parts &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("cannot create a ZIP in memory");
        for (const auto &[name, bytes] : parts) {
            QuaZipFile f(&zip);
            if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                qFatal("cannot add %s", qPrintable(name));
            f.write(bytes);
            f.close();
        }
        zip.close();
    }
    return buffer.data();
}

// A workbook of one sheet; `sheetData` is the <sheetData> content, `shared` the <si> items.
inline Parts workbookParts(const QByteArray &sheetData, const QByteArray &shared, bool epoch1904)
{
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Parts p;
    p << std::pair{u"[Content_Types].xml"_s, QByteArray(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")};
    p << std::pair{u"xl/workbook.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel
                                             + "\"><workbookPr" + (epoch1904 ? " date1904=\"1\"" : "")
                                             + "/><sheets><sheet name=\"线索登记\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"};
    p << std::pair{u"xl/_rels/workbook.xml.rels"_s,
                   QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rId7\" Type=\"") + rel + "/worksheet\" Target=\"worksheets/register.xml\"/></Relationships>"};
    // Style 0: General; style 1: built-in date 14; style 2: a custom Chinese date format; style 3: a number.
    p << std::pair{u"xl/styles.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + ns + "\">"
                                           "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                                           "<numFmt numFmtId=\"177\" formatCode=\"#,##0.00&quot;元&quot;\"/></numFmts>"
                                           "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/><xf numFmtId=\"177\"/></cellXfs>"
                                           "</styleSheet>"};
    if (!shared.isNull())
        p << std::pair{u"xl/sharedStrings.xml"_s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\">" + shared + "</sst>"};
    p << std::pair{u"xl/worksheets/register.xml"_s,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns + "\"><sheetData>" + sheetData + "</sheetData></worksheet>"};
    return p;
}

} // namespace ecoclaim::test
