#include "core/import/xlsxreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
// Translations in the context ecoclaim::Import, named in each call: lupdate 6.4 loses a
// Q_DECLARE_TR_FUNCTIONS context inside this file's class (docs/ARCHITECTURE.md, issue 13).
domain::Problem problem(const QString &message) { return domain::Problem{u"file"_s, message, {}}; }

// The workbook's ZIP, its directory checked against the limits before any part is inflated.
class Parts
{
public:
    Parts(const QByteArray &bytes, const ReadLimits &limits) : m_bytes(bytes), m_limits(limits) {}

    domain::Status open()
    {
        m_buffer.setData(m_bytes);
        m_zip = std::make_unique<QuaZip>(&m_buffer);
        if (!m_zip->open(QuaZip::mdUnzip))
            return problem(QCoreApplication::translate("ecoclaim::Import", "The file is not a readable XLSX workbook: its ZIP directory is damaged or truncated."));
        qint64 total = 0;
        int count = 0;
        for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
            if (++count > m_limits.entries)
                return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook has more than %1 parts; it is not an ordinary spreadsheet.").arg(m_limits.entries));
            QuaZipFileInfo64 info;
            if (!m_zip->getCurrentFileInfo(&info))
                return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook is damaged: an entry of its ZIP directory cannot be read."));
            const qint64 size = qint64(info.uncompressedSize), packed = qint64(info.compressedSize);
            if (info.flags & 0x1)
                return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook is encrypted (part %1): save it without a password and import that.").arg(info.name));
            if (info.method != 0 && info.method != 8)
                return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook uses compression method %2; only stored and deflated parts are read.")
                                   .arg(info.name).arg(info.method));
            if (size < 0 || size > m_limits.entryBytes)
                return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook would inflate to %2 bytes (at most %3 are read).")
                                   .arg(info.name).arg(size).arg(m_limits.entryBytes));
            if (size > (1 << 20) && size > m_limits.ratio * std::max<qint64>(1, packed))
                return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook would inflate %2 times (a ZIP bomb?); it is not read.")
                                   .arg(info.name).arg(size / std::max<qint64>(1, packed)));
            total += size;
            if (total > m_limits.totalBytes)
                return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook would inflate to more than %1 bytes; it is not read.").arg(m_limits.totalBytes));
            m_sizes.insert(info.name, size);
        }
        if (m_zip->getZipError() != 0)
            return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook's ZIP directory cannot be read (error %1).").arg(m_zip->getZipError()));
        return domain::success();
    }

    bool has(const QString &name) const { return m_sizes.contains(name); }

    // The part's bytes, never more than its directory declared.
    domain::Result<QByteArray> read(const QString &name)
    {
        const qint64 declared = m_sizes.value(name, -1);
        if (declared < 0 || !m_zip->setCurrentFile(name))
            return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook has no part %1.").arg(name));
        QuaZipFile file(m_zip.get());
        if (!file.open(QIODevice::ReadOnly))
            return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook cannot be opened (error %2).").arg(name).arg(file.getZipError()));
        QByteArray out;
        out.reserve(qsizetype(declared));
        char block[1 << 16];
        for (;;) {
            const qint64 n = file.read(block, sizeof block);
            if (n < 0) {
                file.close();
                return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook is damaged: it cannot be inflated.").arg(name));
            }
            if (n == 0)
                break;
            if (out.size() + n > declared) {
                file.close();
                return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook holds more bytes than its directory declares; it is not read.").arg(name));
            }
            out.append(block, qsizetype(n));
        }
        file.close();
        if (file.getZipError() != 0)
            return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook is damaged: its checksum does not match.").arg(name));
        if (out.size() != declared)
            return problem(QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook is shorter than its directory declares.").arg(name));
        return out;
    }

private:
    QByteArray m_bytes;
    ReadLimits m_limits;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, qint64> m_sizes;
};

// Ends the reading of one part: a DTD is refused (entity expansion), malformed XML named with its place.
QString xmlProblem(const QXmlStreamReader &xml, const QString &part)
{
    if (!xml.hasError())
        return {};
    return QCoreApplication::translate("ecoclaim::Import", "Part %1 of the workbook is not well-formed XML (line %2, column %3: %4).")
        .arg(part).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
}
bool refuseDtd(QXmlStreamReader &xml)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(QCoreApplication::translate("ecoclaim::Import", "a document type declaration (DTD) is not accepted"));
        return true;
    }
    return false;
}

// The text of an <si> or <is>: every <t> joined, the phonetic runs (<rPh>) left out.
QString stringItem(QXmlStreamReader &xml, int limit, bool *tooLong)
{
    QString out;
    int phonetic = 0;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml))
            break;
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            out += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == endName)
            break;
        if (out.size() > limit) {
            *tooLong = true;
            break;
        }
    }
    return out;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty() || code.compare(u"General"_s, Qt::CaseInsensitive) == 0)
        return false;
    // Quoted text, escapes and [colour]/[$-locale] brackets say nothing; a d, m, y, h or s left does.
    QString bare;
    bool quote = false, bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quote) {
            quote = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quote = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            bare += c.toLower();
        }
    }
    for (QChar c : {u'd', u'm', u'y', u'h', u's'})
        if (bare.contains(c))
            return true;
    return false;
}

QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}
} // namespace

bool looksLikeZip(const QByteArray &bytes) { return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"); }

QDate excelDate(double serial, bool epoch1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465)
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (epoch1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60 || days == 0)
        return {}; // 1900-02-29 (Lotus's mistake kept by Excel) and 1900-01-00 are no days
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

domain::Result<SheetTable> readXlsx(const QByteArray &bytes, const ReadLimits &limits)
{
    if (bytes.size() > limits.fileBytes)
        return problem(QCoreApplication::translate("ecoclaim::Import", "The file has %1 bytes; at most %2 are imported at once.").arg(bytes.size()).arg(limits.fileBytes));
    Parts parts(bytes, limits);
    if (auto s = parts.open(); !s)
        return s.problems();
    const QString workbookPart = u"xl/workbook.xml"_s;
    if (!parts.has(workbookPart))
        return problem(QCoreApplication::translate("ecoclaim::Import", "The file is a ZIP but not an Excel workbook (it has no xl/workbook.xml)."));

    // The workbook: its epoch and its first sheet's relationship id.
    bool epoch1904 = false;
    QString firstSheetId;
    {
        auto data = parts.read(workbookPart);
        if (!data)
            return data.problems();
        QXmlStreamReader xml(data.value());
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (refuseDtd(xml))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView v = xml.attributes().value(u"date1904"_s);
                epoch1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet" && firstSheetId.isEmpty()) {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id" && a.namespaceUri().endsWith(u"/relationships"))
                        firstSheetId = a.value().toString();
            }
        }
        if (const QString why = xmlProblem(xml, workbookPart); !why.isEmpty())
            return problem(why);
    }
    // Where that sheet is (xl/_rels/workbook.xml.rels); sheet1.xml when the workbook does not say.
    QString sheetPart = u"xl/worksheets/sheet1.xml"_s;
    if (const QString rels = u"xl/_rels/workbook.xml.rels"_s; parts.has(rels) && !firstSheetId.isEmpty()) {
        auto data = parts.read(rels);
        if (!data)
            return data.problems();
        QXmlStreamReader xml(data.value());
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (refuseDtd(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"Relationship" && xml.attributes().value(u"Id"_s) == firstSheetId) {
                const QString target = xml.attributes().value(u"Target"_s).toString();
                sheetPart = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            }
        }
        if (const QString why = xmlProblem(xml, rels); !why.isEmpty())
            return problem(why);
    }
    if (!parts.has(sheetPart))
        return problem(QCoreApplication::translate("ecoclaim::Import", "The workbook's first sheet (%1) is missing.").arg(sheetPart));

    // Shared strings.
    QStringList shared;
    if (const QString part = u"xl/sharedStrings.xml"_s; parts.has(part)) {
        auto data = parts.read(part);
        if (!data)
            return data.problems();
        QXmlStreamReader xml(data.value());
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (refuseDtd(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"si") {
                bool tooLong = false;
                shared << stringItem(xml, limits.cellChars, &tooLong);
                if (tooLong)
                    return problem(QCoreApplication::translate("ecoclaim::Import", "Shared string %1 of the workbook has more than %2 characters; a cell holds at most %2.")
                                       .arg(shared.size() - 1).arg(limits.cellChars));
            }
        }
        if (const QString why = xmlProblem(xml, part); !why.isEmpty())
            return problem(why);
    }

    // Styles: which cell formats show a number as a date.
    QList<bool> dateStyle;
    if (const QString part = u"xl/styles.xml"_s; parts.has(part)) {
        auto data = parts.read(part);
        if (!data)
            return data.problems();
        QHash<int, QString> codes;
        bool inCellXfs = false;
        QXmlStreamReader xml(data.value());
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (refuseDtd(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"numFmt")
                codes.insert(xml.attributes().value(u"numFmtId"_s).toInt(), xml.attributes().value(u"formatCode"_s).toString());
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
                const int id = xml.attributes().value(u"numFmtId"_s).toInt();
                dateStyle << isDateFormat(id, codes.value(id));
            }
        }
        if (const QString why = xmlProblem(xml, part); !why.isEmpty())
            return problem(why);
    }

    // The sheet itself.
    auto data = parts.read(sheetPart);
    if (!data)
        return data.problems();
    SheetTable table;
    table.encoding = u"XLSX"_s;
    QXmlStreamReader xml(data.value());
    int rowNo = 0;
    QString sheetProblem;
    while (!xml.atEnd() && !xml.hasError() && sheetProblem.isEmpty()) {
        xml.readNext();
        if (refuseDtd(xml))
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const QStringView r = xml.attributes().value(u"r"_s);
            const int given = r.isEmpty() ? rowNo + 1 : r.toInt();
            if (given <= rowNo) {
                sheetProblem = QCoreApplication::translate("ecoclaim::Import", "The sheet's rows are out of order (row %1 after row %2).").arg(r.toString()).arg(rowNo);
                break;
            }
            if (given > limits.rows) {
                sheetProblem = QCoreApplication::translate("ecoclaim::Import", "The sheet has more than %1 rows; import it in parts.").arg(limits.rows);
                break;
            }
            rowNo = given;
            while (table.rows.size() < rowNo)
                table.rows << QStringList();
            continue;
        }
        if (xml.name() != u"c")
            continue;
        if (rowNo == 0) {
            sheetProblem = QCoreApplication::translate("ecoclaim::Import", "The sheet has a cell outside any row.");
            break;
        }
        QStringList &row = table.rows[rowNo - 1];
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString ref = attributes.value(u"r"_s).toString();
        int column = int(row.size());
        if (!ref.isEmpty()) {
            qsizetype letters = 0;
            while (letters < ref.size() && ref.at(letters).isLetter())
                ++letters;
            column = columnIndex(QStringView(ref).left(letters));
            if (column < 0 || QStringView(ref).mid(letters).toInt() != rowNo) {
                sheetProblem = QCoreApplication::translate("ecoclaim::Import", "Cell reference \"%1\" in row %2 is not a cell of that row.").arg(ref).arg(rowNo);
                break;
            }
        }
        if (column >= limits.columns) {
            sheetProblem = QCoreApplication::translate("ecoclaim::Import", "Row %1 has more than %2 columns.").arg(rowNo).arg(limits.columns);
            break;
        }
        const QString type = attributes.value(u"t"_s).toString();
        const int style = attributes.value(u"s"_s).toInt();
        QString value, inlineText;
        bool hasValue = false, tooLong = false;
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (refuseDtd(xml))
                break;
            if (xml.isEndElement() && xml.name() == u"c")
                break;
            if (xml.isStartElement() && xml.name() == u"v") {
                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasValue = true;
            } else if (xml.isStartElement() && xml.name() == u"is") {
                inlineText = stringItem(xml, limits.cellChars, &tooLong);
                hasValue = true;
            }
            if (value.size() > limits.cellChars)
                tooLong = true;
            if (tooLong)
                break;
        }
        if (tooLong) {
            sheetProblem = QCoreApplication::translate("ecoclaim::Import", "Row %1, column %2 has more than %3 characters; a cell holds at most %3.")
                               .arg(rowNo).arg(columnName(column)).arg(limits.cellChars);
            break;
        }
        QString text;
        if (!hasValue) {
            continue;
        } else if (type == u"s") {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= shared.size()) {
                sheetProblem = QCoreApplication::translate("ecoclaim::Import", "Cell %1 refers to shared string \"%2\"; the workbook has %3.").arg(ref, value).arg(shared.size());
                break;
            }
            text = shared.at(index);
        } else if (type == u"inlineStr") {
            text = inlineText;
        } else if (type == u"str" || type == u"e") {
            text = value;
        } else if (type == u"b") {
            text = value.trimmed() == u"1" ? u"true"_s : u"false"_s;
        } else if (type == u"d") {
            text = value.trimmed().left(10); // ISO 8601 already
        } else {
            bool ok = false;
            const double v = value.trimmed().toDouble(&ok);
            if (!ok) {
                sheetProblem = QCoreApplication::translate("ecoclaim::Import", "Cell %1 should hold a number but holds \"%2\".").arg(ref, value.left(40));
                break;
            }
            if (style >= 0 && style < dateStyle.size() && dateStyle.at(style)) {
                const QDate d = excelDate(v, epoch1904);
                // A serial that is no day is handed on as it is: the command says it is no date.
                text = d.isValid() ? d.toString(Qt::ISODate) : numberText(v);
            } else {
                text = numberText(v);
            }
        }
        while (row.size() < column)
            row << QString();
        if (column < row.size())
            row[column] = text;
        else
            row << text;
    }
    if (const QString why = xmlProblem(xml, sheetPart); !why.isEmpty())
        return problem(why);
    if (!sheetProblem.isEmpty())
        return problem(sheetProblem);
    while (!table.rows.isEmpty() && table.rows.last().isEmpty())
        table.rows.removeLast();
    return table;
}

} // namespace ecoclaim::importing
