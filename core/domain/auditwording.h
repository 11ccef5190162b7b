#pragma once
// The audit trail in the caseworker's words (issue 16, part 2). The audit log records what a command
// changed as stored names and values — `payments.amount_fen: null → 80000000`, `cases.channel:
// complaint` — which is right for the exported log and the hash chain, and unreadable on a screen.
// Here every table and column the migrations create has its label (a table per table/column in
// auditwording_labels.cpp, translated in context ecoclaim::AuditWording; a column no entry names takes
// the label its command field gives it, `fieldLabelFor`), and every value its reading: money in yuan,
// booleans 是/否, choices by their label, a stage, district or department by name, and an id as the
// thing it names in the case file (a party by name, a paper by number, evidence by title).
// The window's timeline and `ecoclaim-cli audit show` print through here; tst_auditwording walks every
// column of the schema so that a new column cannot reach the trail without a label.

#include "core/domain/account.h"
#include "core/domain/casefile.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace ecoclaim::domain {

// The row a table holds, in the caseworker's words ("payments" → 付款记录); empty for an unknown table.
QString auditTableLabel(QStringView table);
// The label of `column` of `table` ("cases", "case_no" → 案件编号); empty when neither the table of
// labels nor any command names it.
QString auditColumnLabel(QStringView table, QStringView column);
// `value` of `column` of `table` as the caseworker reads it. `file` (may be null) resolves ids into the
// things they name; `maxLength` > 0 shortens long text to that many characters with "…".
QString auditValueText(QStringView table, QStringView column, const QJsonValue &value, const CaseFile *file,
                       int maxLength = 0);
// One line per changed field of an audit entry's `changes` JSON: "付款记录 · 金额：（空） → 800,000.00 元".
QStringList auditChangeLines(const QString &changesJson, const CaseFile *file, int maxLength = 0);

// Who acted, in words (issue 16 ¶2): the person's name with the login — 王芳（wangfang） — where an account has
// that login (`people`: CaseReader::people()), else the login as recorded (a database without accounts, the
// operating-system user, a server's owner).
QString auditActorText(const QString &login, const QHash<QString, Person> &people);

} // namespace ecoclaim::domain
