#pragma once
// Importing a legacy case ledger (issue 13 part 6): a bureau's Excel of cases already under way — case
// number, title, district, unit, channel, the dates of each step, the liable party, the amounts claimed,
// agreed and paid, the stage reached. Each row becomes the sequence of ordinary commands that brings a new
// case to the stage the ledger says, with the ledger's dates (caseledgersteps.cpp):
//
//   clue → verification → filed → appraisal commissioned / its opinion received (amount claimed) →
//   consultation (investigation concluded, party identified, restoration plan, notice served, rounds) →
//   agreement (amount agreed, judicial confirmation, payment) → restoration → evaluation → closed
//
// Every command goes through CaseService::importBatch — the same validation as typed input, so a row
// whose dates or amounts break a rule is refused with the rule's article (agreement before the notice,
// paid more than agreed, closed before the evaluation) — one batch, all rows or none, undone as a batch.
// What a ledger does not carry is either a documented default (the narrative texts of the appraisal,
// the investigation conclusion, the restoration plan and the rounds say that the paper file holds them;
// the party agreed to consult; the reply period ends on the first meeting) or a refusal naming the column
// (an amount without its Art. 5 category). A row may also name an outcome — transferred, not initiated,
// terminated — reached through the same steps. Litigation, not applicable, no damage and archived are
// refused by row: a row is never imported as something it was not.
// The columns, their Chinese headers, the defaults and the refusals are listed in docs/reports.md.

#include "core/import/clueimport.h"

namespace ecoclaim::importing {

// The "command" of a mapping for a case ledger (columnmapping.h): its fields are the ledger's columns.
QString caseLedgerCommand();

struct LedgerColumn
{
    QString key;           // the mapping's field name, and a header the file may use
    const char *label;     // English, translated in context ecoclaim::Ledger
    QStringList chinese;   // the headers district ledgers use
    QString command;       // the command it feeds (empty: the stage, the amounts' category)
    QString field;         // that command's field (empty for an amount: the field is its Art. 5 category)
    int stage = 0;         // the first ledger stage (ledgerStages()) whose row may fill it
};

const QList<LedgerColumn> &ledgerColumns();
// Every name a header may use for each ledger column (key, English label, translated label, Chinese
// headers), folded → column key.
QMap<QString, QString> ledgerHeaderNames();

// The ledger's stages this import takes, in order: clue, verification, investigation, appraisal,
// consultation, agreement, restoration, evaluation, closed.
const QStringList &ledgerStages();
// One of ledgerStages(), "" when `text` names none of them (an outcome — transferred, not initiated,
// terminated — is read by caseledgersteps.cpp). `beyond` is set when it names a stage this import does not
// take (litigation, not applicable, no damage, archived).
QString ledgerStage(const QString &text, bool *beyond = nullptr);

ImportReport importCases(service::CaseService &service, const QByteArray &bytes, const QString &fileName,
                         const ImportOptions &options);
ImportReport importCasesFile(service::CaseService &service, const QString &path, const ImportOptions &options);

} // namespace ecoclaim::importing
