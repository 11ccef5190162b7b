#pragma once
// File ▸ Import clues…: a clue register from a spreadsheet (CSV or XLSX), through the same core as
// `ecoclaim-cli import clues` (core/import/clueimport.h). The caseworker picks the file and, for headers
// that are not the fields' names or labels, a mapping; "Check" runs the dry run and shows every refused
// row (row, column, message, article); "Import" is offered only after a clean check of the same file and
// mapping, and imports all rows as one batch (undone with `ecoclaim-cli import undo BATCH`).
// File ▸ Import a legacy case ledger… is the same dialog for `ecoclaim-cli import cases`
// (core/import/caseledger.h): each row brought to its stage through the ordinary commands.

#include <QDialog>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class ImportCluesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Clues, CaseLedger };
    ImportCluesDialog(service::CaseService &service, QWidget *parent = nullptr, Kind kind = Kind::Clues);

private:
    void chooseFile();
    void chooseMapping();
    void saveMapping();
    void run(bool dryRun);
    void invalidate();

    QString mappingCommand() const;

    service::CaseService &m_service;
    Kind m_kind = Kind::Clues;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_mapping = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_report = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
};

// Adds "Import clues…" and "Import a legacy case ledger…" to `menu` (the File menu).
void addImportCluesAction(QMenu *menu, QWidget *parent, service::CaseService &service);

} // namespace ecoclaim::ui
