#pragma once
// Importing a legacy case ledger (issue 13 part 6): a bureau's Excel of cases already under way — case
// number, title, district, unit, channel, dates received / verification concluded / filed, the liable
// party, the appraisal commissioned, the stage reached. Each row becomes the sequence of ordinary commands
// that brings a new case to the stage the ledger says, with the ledger's dates:
//
//   register_clue (keeping the ledger's case number: domain/casenumber.h)
//   add_party                      when the row names a liable party
//   start_verification             stage verification or later (started on: the column, else the day received)
//   record_verification            when the row has a conclusion date; always for a filed case (damage found)
//   file_case                      stage investigation (filed) or appraisal
//   commission_appraisal           stage appraisal
//
// Every command goes through CaseService::importBatch — the same validation as typed input, so a row
// whose dates break a rule is refused with the rule's article — one batch, all rows or none, undone as a
// batch. Stages beyond the appraisal being commissioned (consultation, agreement, litigation,
// restoration, closed…), and any value in a column of those later steps (amounts claimed, agreed, paid;
// dates of agreement or closing) refuse the row with a message saying so: a row is never imported short.
// The columns, their Chinese headers and the refusals are listed in docs/reports.md.

#include "core/import/clueimport.h"

namespace ecoclaim::importing {

// The "command" of a mapping for a case ledger (columnmapping.h): its fields are the ledger's columns.
QString caseLedgerCommand();

struct LedgerColumn
{
    QString key;           // the mapping's field name, and a header the file may use
    const char *label;     // English, translated in context ecoclaim::Ledger
    QStringList chinese;   // the headers district ledgers use
    QString command;       // the command it feeds (empty: a column of a later step, refused when filled)
    QString field;         // that command's field
};

const QList<LedgerColumn> &ledgerColumns();
// Every name a header may use for each ledger column (key, English label, translated label, Chinese
// headers), folded → column key.
QMap<QString, QString> ledgerHeaderNames();

// The ledger's stages this import takes, in order; "" when `text` names none of them. `beyond` is set when
// it names a stage this import does not take (consultation and later, or a clue's outcome).
QString ledgerStage(const QString &text, bool *beyond = nullptr);

ImportReport importCases(service::CaseService &service, const QByteArray &bytes, const QString &fileName,
                         const ImportOptions &options);
ImportReport importCasesFile(service::CaseService &service, const QString &path, const ImportOptions &options);

} // namespace ecoclaim::importing
