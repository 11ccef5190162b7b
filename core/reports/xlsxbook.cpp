#include "core/reports/xlsxbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};

QString sheetName(QString name)
{
    for (QChar c : u"[]:*?/\\")
        name.replace(c, u'_');
    name = name.left(31);
    // Excel refuses a name starting or ending with an apostrophe.
    while (name.startsWith(u'\'') || name.endsWith(u'\''))
        name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
    return name.trimmed().isEmpty() ? u"Sheet"_s : name;
}
// libxlsxwriter is loaded with dlopen(RTLD_DEEPBIND), not linked: it zips through the system's minizip
// (zipOpen, zipWriteInFileInZip…), and QuaZip — linked into the same programs for the archive and the
// ODT papers — exports its own, incompatible minizip under the same names. Linked normally, libxlsxwriter's
// zipOpen bound to QuaZip's, which took the file name for a QIODevice and crashed in workbook_close
// (seen here). RTLD_DEEPBIND makes the library look in its own dependencies first. Debian 12's soname.
struct Api
{
    decltype(&workbook_new_opt) newWorkbook = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&workbook_close) closeWorkbook = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&format_set_num_format) setNumFormat = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&worksheet_write_number) writeNumber = nullptr;
    decltype(&worksheet_write_datetime) writeDatetime = nullptr;
    decltype(&lxw_strerror) strerror = nullptr;
    QString failure;
};

const Api &api()
{
    static const Api loaded = [] {
        Api a;
        void *lib = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!lib) {
            a.failure = QString::fromLocal8Bit(dlerror());
            return a;
        }
        auto get = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
            if (!fn)
                a.failure = QString::fromLatin1(name);
        };
        get(a.newWorkbook, "workbook_new_opt");
        get(a.addWorksheet, "workbook_add_worksheet");
        get(a.addFormat, "workbook_add_format");
        get(a.closeWorkbook, "workbook_close");
        get(a.setBold, "format_set_bold");
        get(a.setNumFormat, "format_set_num_format");
        get(a.setColumn, "worksheet_set_column");
        get(a.writeString, "worksheet_write_string");
        get(a.writeNumber, "worksheet_write_number");
        get(a.writeDatetime, "worksheet_write_datetime");
        get(a.strerror, "lxw_strerror");
        return a;
    }();
    return loaded;
}
} // namespace

struct XlsxBook::Impl
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr, *yuan = nullptr, *date = nullptr;
    QString path, temporary;
    QByteArray tmpdir;
    QStringList names;
    bool broken = false;
};

XlsxBook::XlsxBook() : d(std::make_unique<Impl>()) {}

XlsxBook::~XlsxBook()
{
    // Never closed: throw the half-written file away. (After a refused sheet libxlsxwriter 1.1.4 can
    // crash in workbook_close, so a broken workbook is left unclosed: a small leak, never a crash.)
    if (d->book && !d->broken) {
        api().closeWorkbook(d->book);
        QFile::remove(d->temporary);
    }
}

domain::Status XlsxBook::open(const QString &path)
{
    d->path = path;
    if (!api().failure.isEmpty())
        return domain::Problem{{}, Tr::tr("XLSX files cannot be written: libxlsxwriter (Debian libxlsxwriter-dev) is missing or "
                                          "unusable (%1).").arg(api().failure), {}};
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return domain::Problem{{}, Tr::tr("Cannot write %1: the folder does not exist.").arg(path), {}};
    d->temporary = target.absoluteDir().filePath(u".%1.part"_s.arg(target.fileName()));
    d->tmpdir = QDir::tempPath().toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = d->tmpdir.data();
    d->book = api().newWorkbook(QFile::encodeName(d->temporary).constData(), &options);
    if (!d->book)
        return domain::Problem{{}, Tr::tr("Cannot write %1.").arg(path), {}};
    d->bold = api().addFormat(d->book);
    api().setBold(d->bold);
    d->yuan = api().addFormat(d->book);
    api().setNumFormat(d->yuan, "#,##0.00");
    d->date = api().addFormat(d->book);
    api().setNumFormat(d->date, "yyyy-mm-dd");
    return domain::success();
}

domain::Status XlsxBook::addSheet(const QString &name, const QStringList &headers, const QList<double> &widths)
{
    QString unique = sheetName(name);
    for (int n = 2; d->names.contains(unique); ++n)
        unique = sheetName(name).left(27) + u" (%1)"_s.arg(n);
    d->names << unique;
    d->sheet = api().addWorksheet(d->book, unique.toUtf8().constData());
    if (!d->sheet) {
        d->broken = true;
        return domain::Problem{{}, Tr::tr("Cannot add the sheet \"%1\".").arg(unique), {}};
    }
    m_row = 0;
    for (int i = 0; i < widths.size(); ++i)
        api().setColumn(d->sheet, lxw_col_t(i), lxw_col_t(i), widths.at(i), nullptr);
    if (headers.isEmpty())
        return domain::success();
    for (int i = 0; i < headers.size(); ++i)
        api().writeString(d->sheet, lxw_row_t(m_row), lxw_col_t(i), headers.at(i).toUtf8().constData(), d->bold);
    ++m_row;
    return domain::success();
}

domain::Status XlsxBook::addText(const QString &text, bool bold)
{
    api().writeString(d->sheet, lxw_row_t(m_row), 0, text.toUtf8().constData(), bold ? d->bold : nullptr);
    ++m_row;
    return domain::success();
}

domain::Status XlsxBook::addRow(const QVariantList &cells, const QList<Cell> &kinds)
{
    if (!d->sheet)
        return domain::Problem{{}, Tr::tr("No sheet to write to."), {}};
    if (m_row >= 1048576) // Excel's limit
        return domain::Problem{{}, Tr::tr("A sheet holds at most %1 rows.").arg(1048576), {}};
    for (int i = 0; i < cells.size(); ++i) {
        const QVariant &v = cells.at(i);
        if (v.isNull())
            continue;
        const Cell kind = kinds.value(i, Cell::Text);
        lxw_error e = LXW_NO_ERROR;
        const auto row = lxw_row_t(m_row);
        const auto col = lxw_col_t(i);
        switch (kind) {
        case Cell::Number: e = api().writeNumber(d->sheet, row, col, v.toDouble(), nullptr); break;
        case Cell::Yuan: e = api().writeNumber(d->sheet, row, col, double(v.toLongLong()) / 100.0, d->yuan); break;
        case Cell::Date: {
            const QDate date = v.toDate();
            if (!date.isValid())
                break;
            lxw_datetime dt{date.year(), date.month(), date.day(), 0, 0, 0};
            e = api().writeDatetime(d->sheet, row, col, &dt, d->date);
            break;
        }
        case Cell::Text: e = api().writeString(d->sheet, row, col, v.toString().toUtf8().constData(), nullptr); break;
        }
        if (e != LXW_NO_ERROR)
            return domain::Problem{{}, Tr::tr("Cannot write a cell of %1: %2").arg(d->path, QString::fromUtf8(api().strerror(e))), {}};
    }
    ++m_row;
    return domain::success();
}

domain::Status XlsxBook::close()
{
    if (!d->book)
        return domain::Problem{{}, Tr::tr("The workbook was not opened."), {}};
    if (d->names.isEmpty())
        addSheet(u"Sheet1"_s, {});
    const lxw_error e = api().closeWorkbook(d->book);
    d->book = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(d->temporary);
        return domain::Problem{{}, Tr::tr("Cannot write %1: %2").arg(d->path, QString::fromUtf8(api().strerror(e))), {}};
    }
    QFile::remove(d->path);
    if (!QFile::rename(d->temporary, d->path)) {
        QFile::remove(d->temporary);
        return domain::Problem{{}, Tr::tr("Cannot write %1.").arg(d->path), {}};
    }
    return domain::success();
}

} // namespace ecoclaim::reports
