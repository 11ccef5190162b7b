#pragma once
// The reports a district sends upward (Art. 36): the screening results of the clues received in a
// period (Art. 36 ¶1, Art. 12–14) and the year's work (Art. 36 ¶2: by 31 January for the year before).
// Every figure is computed by SQL over the case tables (annualreport.cpp, the same statements on SQLite
// and PostgreSQL) inside one read snapshot, for the whole city, a district or a handling unit, and every
// figure carries the case numbers behind it (`--detail`, and the window's list of those cases).
//
// The definitions of the figures (which date puts a row into the period) are written beside each table
// in annualreport.cpp and in docs/reports.md.

#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::reports {

// Whose work: the city (both empty), one district (GB/T 2260 code), or one handling unit (a department
// key, optionally within one district: "310115/district_ecology").
struct ReportScope
{
    QString districtCode;
    QString unit;

    // "" (city) | "310115" | "district_ecology" | "310115/district_ecology"; false on an unknown one.
    static domain::Result<ReportScope> parse(const QString &district, const QString &unit);
    QString displayName() const; // 上海市 / 浦东新区 / 浦东新区 区生态环境局
};

struct Figure
{
    qint64 value = 0;     // a count, or an amount in fen when the column is money
    QStringList cases;    // case numbers behind it, one per counted row (a case may repeat: rounds)
};

struct ReportRow
{
    QString key;   // a catalogue key or a fixed name ("total")
    QString label; // translated
    QList<Figure> cells; // one per column
};

struct ReportTable
{
    QString key, title, article, note; // note: how the figures are counted
    QStringList columnKeys, columns;    // keys and translated headings
    QList<bool> money;                  // per column: an amount in fen
    QList<ReportRow> rows;

    const ReportRow *row(const QString &rowKey) const;
    qint64 value(const QString &rowKey, const QString &columnKey) const; // -1 when absent
    const Figure *figure(const QString &rowKey, const QString &columnKey) const;
};

enum class ReportKind { Annual, Screening };

struct Report
{
    ReportKind kind = ReportKind::Annual;
    ReportScope scope;
    QDate from, to; // inclusive
    QList<ReportTable> tables;

    QString title() const; // 2026年度生态环境损害赔偿工作情况报告 / 线索筛查结果, in one line
    // The title as printed, in lines: the translation says where a title too long for one line breaks
    // (GB/T 9704 7.3.2: a title's lines break between words, shaped as a trapezoid or a diamond).
    QStringList titleLines() const;
    const ReportTable *table(const QString &key) const;
    // {kind, scope, from, to, tables:[{key,title,article,note,columns,rows:[{key,label,values,(cases)}]}]}
    QJsonObject toJson(bool withCases) const;
};

// The year's work (Art. 36 ¶2): 1 January – 31 December of `year`. `withCases`: also read the case numbers
// behind every figure (--detail, the window) — at 100,000 cases 23 s and 150 MB instead of the figures alone.
domain::Result<Report> annualReport(service::CaseService &service, const ReportScope &scope, int year, bool withCases = true);
// The screening results (Art. 36 ¶1) of clues received from `from` to `to`, as they stand at `to`.
domain::Result<Report> screeningReport(service::CaseService &service, const ReportScope &scope, QDate from, QDate to,
                                       bool withCases = true);

// Money as the reports print it: 元 with two decimals and thousands separators ("1,234.50").
QString yuan(qint64 fen);

} // namespace ecoclaim::reports
