#include "core/import/csvreader.h"

#include "core/import/textdecoding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};

QChar separatorOf(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    if (first.contains(u','))
        return u',';
    if (first.contains(u'\t'))
        return u'\t';
    if (first.contains(u';'))
        return u';';
    return u',';
}

// What spreadsheets-out's csvText did to a cell, undone.
QString unneutralised(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}
} // namespace

domain::Result<SheetTable> readCsv(const QByteArray &bytes, const ReadLimits &limits)
{
    if (bytes.size() > limits.fileBytes)
        return domain::Problem{u"file"_s, Tr::tr("The file has %1 bytes; at most %2 are imported at once.")
                                              .arg(bytes.size()).arg(limits.fileBytes), {}};
    auto decoded = decodeText(bytes);
    if (!decoded)
        return decoded.problems();
    const QString &text = decoded->text;
    const QChar sep = separatorOf(text);
    SheetTable table;
    table.encoding = decoded->encoding;
    QStringList row;
    QString cell;
    bool quoted = false, wasQuoted = false;
    int line = 1, rowStartLine = 1;
    auto endCell = [&]() -> QString {
        if (cell.size() > limits.cellChars)
            return Tr::tr("Row %1, column %2 has %3 characters; a cell holds at most %4.")
                .arg(table.rows.size() + 1).arg(columnName(int(row.size()))).arg(cell.size()).arg(limits.cellChars);
        if (row.size() >= limits.columns)
            return Tr::tr("Row %1 has more than %2 columns.").arg(table.rows.size() + 1).arg(limits.columns);
        row << (wasQuoted ? unneutralised(cell) : unneutralised(cell.trimmed()));
        cell.clear();
        wasQuoted = false;
        return {};
    };
    auto endRow = [&]() -> QString {
        if (table.rows.size() >= limits.rows)
            return Tr::tr("The file has more than %1 rows; import it in parts.").arg(limits.rows);
        // A blank line between records is no row (a trailing newline, an empty line at the end).
        if (!(row.size() == 1 && row.first().isEmpty()))
            table.rows << row;
        else
            table.rows << QStringList();
        row.clear();
        return {};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
                if (cell.size() > limits.cellChars)
                    return domain::Problem{u"file"_s, Tr::tr("Row %1, column %2 has more than %3 characters; a cell holds at most %3.")
                                                          .arg(table.rows.size() + 1).arg(columnName(int(row.size()))).arg(limits.cellChars), {}};
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            cell.clear();
        } else if (c == sep) {
            if (const QString why = endCell(); !why.isEmpty())
                return domain::Problem{u"file"_s, why, {}};
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (const QString why = endCell(); !why.isEmpty())
                return domain::Problem{u"file"_s, why, {}};
            if (const QString why = endRow(); !why.isEmpty())
                return domain::Problem{u"file"_s, why, {}};
            rowStartLine = ++line;
        } else if (wasQuoted) {
            if (!c.isSpace())
                return domain::Problem{u"file"_s, Tr::tr("Line %1: text follows a closing quote (\"…\"x). Quote the whole cell, and "
                                                         "write a quote inside it as two (\"\").").arg(line), {}};
        } else {
            cell += c;
            if (cell.size() > limits.cellChars)
                return domain::Problem{u"file"_s, Tr::tr("Row %1, column %2 has more than %3 characters; a cell holds at most %3.")
                                                      .arg(table.rows.size() + 1).arg(columnName(int(row.size()))).arg(limits.cellChars), {}};
        }
    }
    if (quoted)
        return domain::Problem{u"file"_s, Tr::tr("A quoted cell that begins on line %1 is never closed (a \" is missing).")
                                              .arg(rowStartLine), {}};
    if (!cell.isEmpty() || wasQuoted || !row.isEmpty()) {
        if (const QString why = endCell(); !why.isEmpty())
            return domain::Problem{u"file"_s, why, {}};
        if (const QString why = endRow(); !why.isEmpty())
            return domain::Problem{u"file"_s, why, {}};
    }
    // Blank lines at the end are no rows.
    while (!table.rows.isEmpty() && table.rows.last().isEmpty())
        table.rows.removeLast();
    return table;
}

QString columnName(int index)
{
    QString out;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        out.prepend(QChar(u'A' + (i - 1) % 26));
    return out;
}

int columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int n = 0;
    for (QChar c : letters) {
        if (c < u'A' || c > u'Z')
            return -1;
        n = n * 26 + (c.unicode() - u'A' + 1);
    }
    return n - 1;
}

} // namespace ecoclaim::importing
