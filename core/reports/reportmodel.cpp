// The report as a value: its scope, lookups, title, JSON and money text.
#include "core/reports/annualreport.h"

#include "core/domain/catalogue.h"
#include "core/domain/dateformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};
} // namespace

domain::Result<ReportScope> ReportScope::parse(const QString &district, const QString &unit)
{
    ReportScope scope;
    QString unitKey = unit;
    QString districtText = district;
    if (unit.contains(u'/')) {
        if (!district.isEmpty())
            return domain::Problem{{}, Tr::tr("Give the district either with --district or in the unit, not both."), {}};
        districtText = unit.section(u'/', 0, 0);
        unitKey = unit.section(u'/', 1);
    }
    if (!districtText.isEmpty()) {
        const domain::District *d = domain::findDistrict(districtText);
        if (!d)
            return domain::Problem{{}, Tr::tr("\"%1\" is not a Shanghai district (a code such as 310115 or a name).").arg(districtText), {}};
        // The city itself (310000) is the whole city's report unless a unit narrows it.
        if (d->code != u"310000" || !unitKey.isEmpty())
            scope.districtCode = d->code;
    }
    if (!unitKey.isEmpty()) {
        if (!domain::findDepartment(unitKey))
            return domain::Problem{{}, Tr::tr("\"%1\" is not a handling department (Art. 9).").arg(unitKey), {}};
        scope.unit = unitKey;
    }
    return scope;
}

QString ReportScope::displayName() const
{
    QString name;
    if (const domain::District *d = domain::findDistrict(districtCode.isEmpty() ? u"310000"_s : districtCode))
        name = d->displayName();
    if (const domain::Department *u = unit.isEmpty() ? nullptr : domain::findDepartment(unit))
        name += u' ' + u->displayName();
    return name;
}

const ReportRow *ReportTable::row(const QString &rowKey) const
{
    for (const ReportRow &r : rows)
        if (r.key == rowKey)
            return &r;
    return nullptr;
}

const Figure *ReportTable::figure(const QString &rowKey, const QString &columnKey) const
{
    const ReportRow *r = row(rowKey);
    const int c = int(columnKeys.indexOf(columnKey));
    return r && c >= 0 && c < r->cells.size() ? &r->cells.at(c) : nullptr;
}

qint64 ReportTable::value(const QString &rowKey, const QString &columnKey) const
{
    const Figure *f = figure(rowKey, columnKey);
    return f ? f->value : -1;
}

const ReportTable *Report::table(const QString &key) const
{
    for (const ReportTable &t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

QStringList Report::titleLines() const
{
    if (kind == ReportKind::Annual)
        //: Put a newline where the printed title breaks when it is too long for one line at 22 pt (GB/T 9704 7.3.2).
        return Tr::tr("%1: report on the ecological damage compensation work of %2").arg(scope.displayName()).arg(from.year()).split(u'\n');
    // The period as the reader writes dates (2026年1月1日 / 1 Jan 2026): the title is printed on the report.
    //: Put a newline where the printed title breaks when it is too long for one line at 22 pt (GB/T 9704 7.3.2).
    return Tr::tr("%1: clue screening results, %2 to %3")
        .arg(scope.displayName(), domain::displayDate(from), domain::displayDate(to))
        .split(u'\n');
}

QString Report::title() const
{
    // Lines of Chinese join as they are; where a line break stood for a space between words (English), the
    // space comes back.
    const QStringList lines = titleLines();
    QString title = lines.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &next = lines.at(i);
        const bool wide = (!title.isEmpty() && title.back().unicode() >= 0x2E80) || (!next.isEmpty() && next.front().unicode() >= 0x2E80);
        title += wide ? next : u' ' + next;
    }
    return title;
}

QJsonObject Report::toJson(bool withCases) const
{
    QJsonArray all;
    for (const ReportTable &t : tables) {
        QJsonArray rows;
        for (const ReportRow &r : t.rows) {
            QJsonObject values, cases;
            for (int i = 0; i < t.columnKeys.size() && i < r.cells.size(); ++i) {
                values.insert(t.columnKeys.at(i), r.cells.at(i).value);
                if (withCases)
                    cases.insert(t.columnKeys.at(i), QJsonArray::fromStringList(r.cells.at(i).cases));
            }
            QJsonObject row{{u"key"_s, r.key}, {u"label"_s, r.label}, {u"values"_s, values}};
            if (withCases)
                row.insert(u"cases"_s, cases);
            rows.append(row);
        }
        QJsonArray columns;
        for (int i = 0; i < t.columnKeys.size(); ++i)
            columns.append(QJsonObject{{u"key"_s, t.columnKeys.at(i)}, {u"label"_s, t.columns.at(i)},
                                       {u"unit"_s, t.money.value(i) ? u"fen"_s : u"count"_s}});
        all.append(QJsonObject{{u"key"_s, t.key}, {u"title"_s, t.title}, {u"article"_s, t.article}, {u"note"_s, t.note},
                               {u"columns"_s, columns}, {u"rows"_s, rows}});
    }
    return {{u"kind"_s, kind == ReportKind::Annual ? u"annual"_s : u"screening"_s},
            {u"title"_s, title()},
            {u"district"_s, scope.districtCode},
            {u"unit"_s, scope.unit},
            {u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"tables"_s, all}};
}

QString yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    QString whole = QString::number(abs / 100);
    for (int i = int(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? u"-"_s : QString()) + whole + u'.' + u"%1"_s.arg(abs % 100, 2, 10, QChar(u'0'));
}

} // namespace ecoclaim::reports
