#pragma once
// A district ledger whose cases went beyond the appraisal (tst_ledgerimport): six Minhang cases of 2025 at
// consultation, agreement, restoration, evaluation and closed (with restoration, and in money only), as a
// CSV and as a hand-made XLSX, and what each must become — written here, with the figures the 2025 annual
// report must show for them counted by hand from these rows.

#include "tests/reports/xlsxfixture.h"

#include <QDate>
#include <QMap>
#include <QStringList>

namespace ecoclaim::test::ledgerstages {

using namespace Qt::StringLiterals;

// The headers as a district ledger words them; A … AM.
inline const QStringList Columns{
    u"案件编号"_s, u"案件名称"_s, u"所属区"_s, u"承办部门"_s, u"线索来源"_s, u"接收日期"_s, u"办理阶段"_s, u"赔偿义务人"_s,
    u"义务人类型"_s, u"核查日期"_s, u"核查结论"_s, u"立案日期"_s, u"鉴定评估方式"_s, u"鉴定评估机构"_s, u"委托鉴定日期"_s, u"鉴定报告期限"_s, u"鉴定事项"_s,
    u"鉴定意见出具日期"_s, u"金额类别"_s, u"索赔金额"_s, u"磋商告知书送达日期"_s, u"送达方式"_s, u"磋商日期"_s,
    u"协议签订日期"_s, u"协议金额"_s, u"仅金钱赔偿"_s, u"司法确认申请日期"_s, u"司法确认法院"_s, u"司法确认日期"_s,
    u"裁定书文号"_s, u"已支付金额"_s, u"支付日期"_s, u"修复启动日期"_s, u"修复方式"_s, u"修复完成日期"_s,
    u"修复效果评估日期"_s, u"评估方式"_s, u"评估结论"_s, u"结案日期"_s};

// What every row shares: received, verified, filed, an institution commissioned and its opinion received.
inline QMap<QString, QString> baseRow(const QString &title, const QString &stage)
{
    return {{u"案件名称"_s, title},
            {u"所属区"_s, u"闵行区"_s},
            {u"承办部门"_s, u"district_ecology"_s},
            {u"线索来源"_s, u"complaint"_s},
            {u"接收日期"_s, u"2025-01-06"_s},
            {u"办理阶段"_s, stage},
            {u"赔偿义务人"_s, u"上海某某化工有限公司"_s},
            {u"义务人类型"_s, u"法人"_s},
            {u"核查日期"_s, u"2025-01-20"_s},
            {u"核查结论"_s, u"经核查已造成地表水损害"_s},
            {u"立案日期"_s, u"2025-02-03"_s},
            {u"鉴定评估方式"_s, u"institution"_s},
            {u"鉴定评估机构"_s, u"上海某环境损害司法鉴定中心"_s},
            {u"委托鉴定日期"_s, u"2025-02-10"_s},
            {u"鉴定报告期限"_s, u"2025-05-10"_s},
            {u"鉴定事项"_s, u"损害确认、因果关系与损害量化"_s},
            {u"鉴定意见出具日期"_s, u"2025-04-28"_s},
            {u"金额类别"_s, u"修复费用"_s},
            {u"索赔金额"_s, u"500000"_s},
            // Served on Wednesday 14 May 2025, first meeting Wednesday 28 May: ten working days (Art. 19: five).
            {u"磋商告知书送达日期"_s, u"2025-05-14"_s},
            {u"送达方式"_s, u"直接送达"_s},
            {u"磋商日期"_s, u"2025-05-28、2025-06-11"_s}};
}

inline QMap<QString, QString> with(QMap<QString, QString> row, const QMap<QString, QString> &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

inline QMap<QString, QString> agreed(const QString &title, const QString &stage)
{
    return with(baseRow(title, stage), {{u"协议签订日期"_s, u"2025-06-18"_s}, {u"协议金额"_s, u"450000"_s}});
}

// The six rows, in file order (rows 2 … 7): 2025-310112-0001 … 0006.
inline QList<QMap<QString, QString>> goodRows()
{
    const QMap<QString, QString> restored{{u"已支付金额"_s, u"450000"_s}, {u"支付日期"_s, u"2025-07-30"_s},
                                          {u"修复启动日期"_s, u"2025-08-05"_s}, {u"修复方式"_s, u"委托第三方修复"_s}};
    const QMap<QString, QString> evaluated{{u"修复完成日期"_s, u"2025-10-15"_s}, {u"修复效果评估日期"_s, u"2025-11-20"_s},
                                           {u"评估方式"_s, u"委托评估机构评估"_s}, {u"评估结论"_s, u"通过"_s}};
    return {
        with(baseRow(u"闵行区某厂磋商中案件"_s, u"磋商"_s), {{u"磋商日期"_s, u"2025-05-28"_s}}),
        with(agreed(u"闵行区某厂协议履行中案件"_s, u"协议"_s),
             {{u"司法确认申请日期"_s, u"2025-06-20"_s}, {u"司法确认法院"_s, u"上海市第三中级人民法院"_s},
              {u"司法确认日期"_s, u"2025-07-25"_s}, {u"裁定书文号"_s, u"（2025）沪03民特12号"_s},
              {u"已支付金额"_s, u"200000"_s}, {u"支付日期"_s, u"2025-07-30"_s}}),
        with(agreed(u"闵行区某厂修复中案件"_s, u"修复"_s), restored),
        with(with(agreed(u"闵行区某厂修复效果评估案件"_s, u"修复效果评估"_s), restored), evaluated),
        with(with(with(agreed(u"闵行区某厂已结案件"_s, u"结案"_s), restored), evaluated), {{u"结案日期"_s, u"2025-12-10"_s}}),
        with(baseRow(u"闵行区某厂金钱赔偿结案案件"_s, u"已结案"_s),
             {{u"金额类别"_s, u"期间损失"_s}, {u"索赔金额"_s, u"320000"_s}, {u"磋商日期"_s, u"2025-05-28"_s},
              {u"协议签订日期"_s, u"2025-06-04"_s}, {u"协议金额"_s, u"300000"_s}, {u"仅金钱赔偿"_s, u"是"_s},
              {u"已支付金额"_s, u"300000"_s}, {u"支付日期"_s, u"2025-06-30"_s}, {u"结案日期"_s, u"2025-07-15"_s}}),
    };
}

inline QByteArray csvOf(const QList<QMap<QString, QString>> &rows)
{
    QByteArray out = Columns.join(u',').toUtf8() + "\r\n";
    for (const auto &row : rows) {
        QStringList cells;
        for (const QString &c : Columns)
            cells << row.value(c);
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

inline QByteArray columnRef(int c)
{
    return c < 26 ? QByteArray(1, char('A' + c)) : QByteArray(1, char('A' + c / 26 - 1)) + char('A' + c % 26);
}

// The same rows as a workbook: headers shared strings, text inline, every date a date cell (1900 epoch;
// serials computed outside the program: Python, days since 1899-12-30).
inline QByteArray xlsxOf(const QList<QMap<QString, QString>> &rows)
{
    const QMap<QString, QByteArray> serials{
        {u"2025-01-06"_s, "45663"}, {u"2025-01-20"_s, "45677"}, {u"2025-02-03"_s, "45691"}, {u"2025-02-10"_s, "45698"},
        {u"2025-05-10"_s, "45787"}, {u"2025-04-28"_s, "45775"}, {u"2025-05-14"_s, "45791"}, {u"2025-06-18"_s, "45826"},
        {u"2025-06-20"_s, "45828"}, {u"2025-07-25"_s, "45863"}, {u"2025-07-30"_s, "45868"}, {u"2025-08-05"_s, "45874"},
        {u"2025-10-15"_s, "45945"}, {u"2025-11-20"_s, "45981"}, {u"2025-12-10"_s, "46001"}, {u"2025-06-04"_s, "45812"},
        {u"2025-06-30"_s, "45838"}, {u"2025-07-15"_s, "45853"}};
    QByteArray shared, sheet = "<row r=\"1\">";
    for (int c = 0; c < Columns.size(); ++c) {
        shared += "<si><t>" + Columns.at(c).toUtf8() + "</t></si>";
        sheet += "<c r=\"" + columnRef(c) + "1\" t=\"s\"><v>" + QByteArray::number(c) + "</v></c>";
    }
    sheet += "</row>";
    for (int r = 0; r < rows.size(); ++r) {
        const QByteArray n = QByteArray::number(r + 2);
        sheet += "<row r=\"" + n + "\">";
        for (int c = 0; c < Columns.size(); ++c) {
            const QString v = rows.at(r).value(Columns.at(c));
            if (v.isEmpty())
                continue;
            const QByteArray ref = columnRef(c) + n;
            if (serials.contains(v))
                sheet += "<c r=\"" + ref + "\" s=\"1\"><v>" + serials.value(v) + "</v></c>";
            else
                sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v.toUtf8() + "</t></is></c>";
        }
        sheet += "</row>";
    }
    return test::zipOf(test::workbookParts(sheet, shared, false));
}

} // namespace ecoclaim::test::ledgerstages
