#include "core/import/caseledger.h"

#include "core/domain/lifecycle.h"
#include "core/domain/stage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};

QString folded(const QString &s) { return s.trimmed().toCaseFolded(); }

// The ledger's stages this import takes, in order.
const QStringList &stagesTaken()
{
    static const QStringList s{u"clue"_s, u"verification"_s, u"investigation"_s, u"appraisal"_s};
    return s;
}

// A date as ledgers write it (2025/3/4, 2025.3.4, 2025年3月4日) in the command's form; anything else as
// written, for the command to say what is wrong with it (as the clue register's import does).
QString isoDateText(const QString &cell)
{
    static const QRegularExpression form(u"^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"_s);
    const auto m = form.match(cell);
    if (!m.hasMatch())
        return cell;
    return u"%1-%2-%3"_s.arg(m.captured(1)).arg(m.captured(2).toInt(), 2, 10, QChar(u'0')).arg(m.captured(3).toInt(), 2, 10, QChar(u'0'));
}

const LedgerColumn *columnByKey(const QString &key)
{
    for (const LedgerColumn &c : ledgerColumns())
        if (c.key == key)
            return &c;
    return nullptr;
}

// Which column a refused command's problem is about: the field's column, else the precondition's (read from
// its sentence), else the column of the date that put the command on the row.
QString columnOfProblem(const QString &command, const domain::Problem &p)
{
    for (const LedgerColumn &c : ledgerColumns())
        if (!p.field.isEmpty() && c.command == command && c.field == p.field)
            return c.key;
    static const QMap<QString, QString> byPrecondition{
        {u"case_number_district"_s, u"case_no"_s},     {u"case_number_year"_s, u"case_no"_s},
        {u"discovery_before_receipt"_s, u"discovered_on"_s}, {u"major_reason"_s, u"major_reason"_s},
        {u"damage_found"_s, u"damage_found"_s},        {u"not_twice"_s, u"party_name"_s},
        {u"institution_named"_s, QString()}}; // names three columns: the row's
    if (const domain::CommandSpec *spec = domain::findCommand(command))
        for (const domain::Precondition &pre : spec->preconditions)
            if (pre.unmetText() == p.message && byPrecondition.contains(pre.id))
                return byPrecondition.value(pre.id);
    static const QMap<QString, QString> mainColumn{
        {u"start_verification"_s, u"verification_started_on"_s}, {u"record_verification"_s, u"verified_on"_s},
        {u"file_case"_s, u"filed_on"_s},                          {u"commission_appraisal"_s, u"appraisal_commissioned_on"_s},
        {u"add_party"_s, u"party_name"_s}};
    return mainColumn.value(command);
}

struct LedgerRow
{
    QMap<QString, QString> values; // column key → value (defaults filled in)
    QList<QJsonObject> commands;   // the first registers the case
    QList<std::pair<QString, QString>> problems; // column key (or "") → message, found before any command
};

LedgerRow ledgerRow(const QMap<QString, QString> &values)
{
    LedgerRow row;
    row.values = values;
    auto has = [&](const QString &key) { return !values.value(key).isEmpty(); };
    auto stepOf = [&](const QString &command) {
        QJsonObject o{{u"cmd"_s, command}};
        for (const LedgerColumn &c : ledgerColumns())
            if (c.command == command && has(c.key)) {
                const domain::CommandSpec *spec = domain::findCommand(command);
                const domain::FieldSpec *f = spec ? spec->field(c.field) : nullptr;
                o.insert(c.field, f && f->type == domain::FieldType::Date ? isoDateText(values.value(c.key)) : values.value(c.key));
            }
        return o;
    };

    // Columns of the steps after an appraisal is commissioned: never taken, never dropped.
    for (const LedgerColumn &c : ledgerColumns())
        if (c.command.isEmpty() && c.key != u"stage" && has(c.key))
            row.problems << std::pair{c.key, Tr::tr("%1 belongs to a later step (consultation, agreement, payment, closing) that a "
                                                    "ledger import does not take: the row is refused rather than imported short. "
                                                    "Import the case up to its appraisal and record the rest through its own steps.")
                                                 .arg(QCoreApplication::translate("ecoclaim::Ledger", c.label))};

    bool beyond = false;
    const QString stage = ledgerStage(values.value(u"stage"_s), &beyond);
    if (!has(u"stage"_s)) {
        row.problems << std::pair{u"stage"_s, Tr::tr("The stage the case has reached is required.")};
        return row;
    }
    if (beyond) {
        row.problems << std::pair{u"stage"_s, Tr::tr("Stage \"%1\" is beyond what a ledger import takes (clue, preliminary verification, "
                                                     "filed, appraisal commissioned): the row is refused rather than imported short.")
                                                  .arg(values.value(u"stage"_s))};
        return row;
    }
    if (stage.isEmpty()) {
        row.problems << std::pair{u"stage"_s, Tr::tr("Stage \"%1\" is none of: clue (线索), preliminary verification (初步核查), filed "
                                                     "(立案·损害调查), appraisal commissioned (鉴定评估).")
                                                  .arg(values.value(u"stage"_s))};
        return row;
    }
    const int reached = int(stagesTaken().indexOf(stage));
    // A value for a step after the stage the row names: the ledger contradicts itself.
    static const QMap<QString, int> firstStageOf{{u"start_verification"_s, 1}, {u"file_case"_s, 2}, {u"commission_appraisal"_s, 3}};
    for (const LedgerColumn &c : ledgerColumns()) {
        const int needs = c.key == u"verified_on" || c.command == u"record_verification" ? 1 : firstStageOf.value(c.command, 0);
        if (needs > reached && has(c.key))
            row.problems << std::pair{c.key, Tr::tr("The row says the case is at stage \"%1\" but has a value for %2, a later step: "
                                                    "correct the stage or the value.")
                                                 .arg(values.value(u"stage"_s), QCoreApplication::translate("ecoclaim::Ledger", c.label))};
    }
    if (!row.problems.isEmpty())
        return row;

    row.commands << stepOf(u"register_clue"_s);
    if (reached >= 1) {
        QJsonObject start = stepOf(u"start_verification"_s);
        if (!start.contains(u"started_on"_s) && has(u"received_on"_s)) // ledgers seldom say: the earliest Art. 13 allows
            start.insert(u"started_on"_s, isoDateText(values.value(u"received_on"_s)));
        row.commands << start;
    }
    if (reached >= 2 || has(u"verified_on"_s)) {
        QJsonObject record = stepOf(u"record_verification"_s);
        if (reached >= 2 && !record.contains(u"damage_found"_s)) // a filed case: damage was found (Art. 13)
            record.insert(u"damage_found"_s, u"yes"_s);
        row.commands << record;
    }
    if (reached >= 2)
        row.commands << stepOf(u"file_case"_s);
    if (reached >= 3)
        row.commands << stepOf(u"commission_appraisal"_s);
    // Last: adding a party carries no date of its own (the timeline dates it the day of the import), so the
    // ledger's dated steps read in order before it.
    if (has(u"party_name"_s))
        row.commands << stepOf(u"add_party"_s);
    return row;
}
} // namespace

QString caseLedgerCommand() { return u"case_ledger"_s; }

const QList<LedgerColumn> &ledgerColumns()
{
    static const QList<LedgerColumn> columns{
        {u"case_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Case number"), {u"案件编号"_s, u"案号"_s, u"编号"_s}, u"register_clue"_s, u"case_no"_s},
        {u"title"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Case title"), {u"案件名称"_s, u"名称"_s}, u"register_clue"_s, u"title"_s},
        {u"district"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "District"), {u"所属区"_s, u"区"_s, u"行政区"_s}, u"register_clue"_s, u"district"_s},
        {u"unit"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Handling unit"), {u"承办部门"_s, u"承办单位"_s}, u"register_clue"_s, u"unit"_s},
        {u"channel"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Clue channel"), {u"线索来源"_s, u"案件来源"_s}, u"register_clue"_s, u"channel"_s},
        {u"received_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Received on"), {u"接收日期"_s, u"线索接收日期"_s}, u"register_clue"_s, u"received_on"_s},
        {u"discovered_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Discovered on"), {u"发现日期"_s}, u"register_clue"_s, u"discovered_on"_s},
        {u"site"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Site"), {u"地点"_s, u"涉事地点"_s}, u"register_clue"_s, u"site"_s},
        {u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Description"), {u"简要案情"_s, u"损害情况"_s}, u"register_clue"_s, u"description"_s},
        {u"reporter"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Reported by"), {u"举报人"_s}, u"register_clue"_s, u"reporter"_s},
        {u"major"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Major case"), {u"是否重大案件"_s, u"重大案件"_s}, u"register_clue"_s, u"major"_s},
        {u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Why it is a major case"), {u"重大案件理由"_s}, u"register_clue"_s, u"major_reason"_s},
        {u"stage"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Stage reached"), {u"办理阶段"_s, u"所处阶段"_s, u"阶段"_s}, {}, {}},
        {u"party_kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Kind of liable party"), {u"义务人类型"_s}, u"add_party"_s, u"kind"_s},
        {u"party_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Liable party"), {u"赔偿义务人"_s, u"义务人"_s}, u"add_party"_s, u"name"_s},
        {u"party_credit_code"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Liable party's credit code"), {u"统一社会信用代码"_s}, u"add_party"_s, u"credit_code"_s},
        {u"verification_started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verification started on"), {u"核查开始日期"_s}, u"start_verification"_s, u"started_on"_s},
        {u"verified_by"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verified by"), {u"核查人"_s}, u"start_verification"_s, u"verified_by"_s},
        {u"verified_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verification concluded on"), {u"核查日期"_s, u"核查完成日期"_s}, u"record_verification"_s, u"concluded_on"_s},
        {u"damage_found"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Damage found"), {u"是否造成损害"_s}, u"record_verification"_s, u"damage_found"_s},
        {u"finding"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verification finding"), {u"核查结论"_s, u"核查情况"_s}, u"record_verification"_s, u"finding"_s},
        {u"filed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Filed on"), {u"立案日期"_s}, u"file_case"_s, u"filed_on"_s},
        {u"appraisal_mode"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal mode"), {u"鉴定评估方式"_s}, u"commission_appraisal"_s, u"mode"_s},
        {u"appraisal_institution"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal institution"), {u"鉴定评估机构"_s}, u"commission_appraisal"_s, u"institution"_s},
        {u"appraisal_commissioned_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal commissioned on"), {u"委托鉴定日期"_s, u"鉴定委托日期"_s}, u"commission_appraisal"_s, u"commissioned_on"_s},
        {u"appraisal_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal report due on"), {u"鉴定报告期限"_s}, u"commission_appraisal"_s, u"due_on"_s},
        {u"appraisal_items"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal items"), {u"鉴定事项"_s}, u"commission_appraisal"_s, u"items"_s},
        // Later steps: a value in any of these refuses the row.
        {u"amount_claimed"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Amount claimed"), {u"索赔金额"_s, u"索赔金额（元）"_s}, {}, {}},
        {u"amount_agreed"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Amount agreed"), {u"协议金额"_s, u"磋商金额"_s, u"赔偿金额"_s}, {}, {}},
        {u"amount_paid"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Amount paid"), {u"已支付金额"_s, u"到位金额"_s}, {}, {}},
        {u"agreed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Agreement signed on"), {u"协议签订日期"_s}, {}, {}},
        {u"closed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Closed on"), {u"结案日期"_s}, {}, {}},
    };
    return columns;
}

QMap<QString, QString> ledgerHeaderNames()
{
    QMap<QString, QString> out;
    for (const LedgerColumn &c : ledgerColumns()) {
        out.insert(folded(c.key), c.key);
        out.insert(folded(QString::fromUtf8(c.label)), c.key);
        out.insert(folded(QCoreApplication::translate("ecoclaim::Ledger", c.label)), c.key);
        for (const QString &zh : c.chinese)
            out.insert(folded(zh), c.key);
    }
    return out;
}

QString ledgerStage(const QString &text, bool *beyond)
{
    if (beyond)
        *beyond = false;
    const QString t = folded(text);
    static const QMap<QString, QString> taken{
        {u"clue"_s, u"clue"_s}, {u"线索"_s, u"clue"_s}, {u"线索登记"_s, u"clue"_s},
        {u"verification"_s, u"verification"_s}, {u"初步核查"_s, u"verification"_s}, {u"核查"_s, u"verification"_s}, {u"核查中"_s, u"verification"_s},
        {u"investigation"_s, u"investigation"_s}, {u"filed"_s, u"investigation"_s}, {u"立案"_s, u"investigation"_s},
        {u"已立案"_s, u"investigation"_s}, {u"立案·损害调查"_s, u"investigation"_s}, {u"损害调查"_s, u"investigation"_s}, {u"调查"_s, u"investigation"_s},
        {u"appraisal"_s, u"appraisal"_s}, {u"鉴定评估"_s, u"appraisal"_s}, {u"鉴定评估中"_s, u"appraisal"_s}, {u"鉴定中"_s, u"appraisal"_s}};
    if (taken.contains(t))
        return taken.value(t);
    domain::Stage stage;
    if (beyond && domain::stageFromKey(t, &stage))
        *beyond = true; // consultation, agreement, litigation, … or a clue's outcome (transferred, no damage…)
    else if (beyond && (t.contains(u"磋商"_s) || t.contains(u"诉讼"_s) || t.contains(u"修复"_s) || t.contains(u"结案"_s)
                        || t.contains(u"协议"_s) || t.contains(u"终止"_s) || t.contains(u"归档"_s)))
        *beyond = true;
    return {};
}

ImportReport importCases(service::CaseService &service, const QByteArray &bytes, const QString &fileName,
                         const ImportOptions &options)
{
    ImportReport report;
    report.kind = u"cases"_s;
    report.file = fileName;
    report.dryRun = options.dryRun;
    auto fileProblem = [&](const QString &message) { report.errors << RowError{0, {}, {}, {}, message, {}}; return report; };
    if (options.mapping.command != caseLedgerCommand())
        return fileProblem(Tr::tr("The mapping is for a clue register (%1), not a case ledger: its \"command\" must be \"%2\".")
                               .arg(options.mapping.command, caseLedgerCommand()));
    auto sheet = readSpreadsheet(bytes, options.limits);
    if (!sheet) {
        for (const domain::Problem &p : sheet.problems().list())
            fileProblem(p.message);
        return report;
    }
    report.encoding = sheet->encoding;
    if (sheet->rows.isEmpty())
        return fileProblem(Tr::tr("The file is empty: the first row must name the columns."));
    auto resolved = resolveColumns(sheet->rows.first(), options.mapping);
    if (!resolved) {
        for (const domain::Problem &p : resolved.problems().list())
            fileProblem(p.message);
        return report;
    }
    const ResolvedColumns &columns = resolved.value();
    auto errorAt = [&](int row, const QString &key, const QString &message, const QString &article) {
        const int c = key.isEmpty() ? -1 : columns.columnOf(key);
        report.errors << RowError{row, c >= 0 ? columnName(c) : QString(), c >= 0 ? columns.headers.value(c) : QString(), key,
                                  message, article};
    };

    service::ImportBatchRequest request;
    request.kind = u"cases"_s;
    request.sourceName = QFileInfo(fileName).fileName();
    request.sourceSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    request.encoding = sheet->encoding;
    bool refusedBeforeCommands = false;
    for (qsizetype i = 1; i < sheet->rows.size(); ++i) {
        const QStringList &cells = sheet->rows.at(i);
        QMap<QString, QString> values = columns.defaults;
        bool blank = true;
        for (int c = 0; c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            if (value.isEmpty())
                continue;
            blank = false;
            if (c >= columns.fieldOfColumn.size()) {
                errorAt(int(i + 1), {}, Tr::tr("Column %1 holds \"%2\" but the column has no header.").arg(columnName(c), value.left(40)), {});
                refusedBeforeCommands = true;
                continue;
            }
            if (!columns.fieldOfColumn.at(c).isEmpty())
                values.insert(columns.fieldOfColumn.at(c), value);
        }
        if (blank)
            continue;
        ++report.rows;
        const LedgerRow row = ledgerRow(values);
        for (const auto &[key, message] : row.problems)
            errorAt(int(i + 1), key, message, {});
        if (!row.problems.isEmpty()) {
            refusedBeforeCommands = true;
            continue;
        }
        request.rows << std::pair{int(i + 1), row.commands.first()};
        request.following.insert(int(i + 1), row.commands.mid(1));
    }
    if (report.rows == 0)
        return fileProblem(Tr::tr("The file holds no rows to import."));
    // A row refused before its commands: the others are still run to report their problems, then undone.
    request.dryRun = options.dryRun || refusedBeforeCommands;
    if (!request.rows.isEmpty()) {
        auto outcome = service.importBatch(request, options.actor, options.today);
        if (!outcome) {
            for (const domain::Problem &p : outcome.problems().list())
                fileProblem(p.message);
            return report;
        }
        for (const service::ImportRowOutcome &r : outcome->rows) {
            if (r.problems.isEmpty()) {
                report.cases << std::pair{r.row, r.caseNumber};
                continue;
            }
            for (const domain::Problem &p : r.problems.list())
                errorAt(r.row, columnOfProblem(r.refusedCommand, p), p.message, p.article.isNull() ? QString() : p.article.toString());
        }
        report.applied = outcome->applied;
        report.batchId = outcome->batchId;
    }
    std::stable_sort(report.errors.begin(), report.errors.end(), [](const RowError &a, const RowError &b) { return a.row < b.row; });
    if (!report.errors.isEmpty())
        report.cases.clear(); // none of them was kept
    return report;
}

ImportReport importCasesFile(service::CaseService &service, const QString &path, const ImportOptions &options)
{
    auto bytes = readImportFile(path, options.limits);
    if (!bytes) {
        ImportReport report;
        report.kind = u"cases"_s;
        report.file = path;
        report.dryRun = options.dryRun;
        report.errors << RowError{0, {}, {}, {}, bytes.problems().list().first().message, {}};
        return report;
    }
    return importCases(service, bytes.value(), path, options);
}

} // namespace ecoclaim::importing
