#include "core/reports/spreadsheetout.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};
} // namespace

QString csvText(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u'"', u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

domain::Status SpreadsheetOut::open(const QString &xlsxPath, const QString &csvPath, const QString &sheetName,
                                    const QStringList &headers, const QList<Cell> &kinds, const QList<double> &widths)
{
    if (xlsxPath.isEmpty() && csvPath.isEmpty())
        return domain::Problem{{}, Tr::tr("Name an XLSX or a CSV file to write."), {}};
    m_kinds = kinds;
    if (!xlsxPath.isEmpty()) {
        m_xlsx = std::make_unique<XlsxBook>();
        if (auto s = m_xlsx->open(xlsxPath); !s)
            return s;
        if (auto s = m_xlsx->addSheet(sheetName, headers, widths); !s)
            return s;
    }
    if (!csvPath.isEmpty()) {
        m_csvPath = csvPath;
        m_csvFile = std::make_unique<QSaveFile>(csvPath);
        if (!m_csvFile->open(QIODevice::WriteOnly))
            return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(csvPath, m_csvFile->errorString()), {}};
        m_csv = std::make_unique<QTextStream>(m_csvFile.get());
        *m_csv << QChar(0xFEFF);
        QStringList head;
        for (const QString &h : headers)
            head << csvText(h);
        *m_csv << head.join(u',') << "\r\n";
    }
    return domain::success();
}

domain::Status SpreadsheetOut::addRow(const QVariantList &cells)
{
    if (m_xlsx)
        if (auto s = m_xlsx->addRow(cells, m_kinds); !s)
            return s;
    if (m_csv) {
        QStringList line;
        for (int i = 0; i < cells.size(); ++i) {
            const QVariant &v = cells.at(i);
            if (v.isNull()) {
                line << QString();
                continue;
            }
            switch (m_kinds.value(i, Cell::Text)) {
            case Cell::Number: line << QString::number(v.toLongLong()); break;
            case Cell::Yuan: {
                const qint64 fen = v.toLongLong();
                const qint64 abs = fen < 0 ? -fen : fen;
                line << (fen < 0 ? u"-"_s : QString()) + QString::number(abs / 100) + u'.'
                            + u"%1"_s.arg(abs % 100, 2, 10, QChar(u'0'));
                break;
            }
            case Cell::Date: line << v.toDate().toString(Qt::ISODate); break;
            case Cell::Text: line << csvText(v.toString()); break;
            }
        }
        *m_csv << line.join(u',') << "\r\n";
    }
    ++m_rows;
    return domain::success();
}

domain::Status SpreadsheetOut::close()
{
    if (m_csv) {
        m_csv->flush();
        m_csv.reset();
        if (!m_csvFile->commit())
            return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(m_csvPath, m_csvFile->errorString()), {}};
    }
    if (m_xlsx)
        return m_xlsx->close();
    return domain::success();
}

} // namespace ecoclaim::reports
