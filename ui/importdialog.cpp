#include "ui/importdialog.h"

#include "core/import/caseledger.h"
#include "core/import/clueimport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

ImportCluesDialog::ImportCluesDialog(service::CaseService &service, QWidget *parent, Kind kind)
    : QDialog(parent), m_service(service), m_kind(kind)
{
    setWindowTitle(kind == Kind::CaseLedger ? tr("Import a legacy case ledger") : tr("Import clues from a spreadsheet"));
    setObjectName(kind == Kind::CaseLedger ? u"importCasesDialog"_s : u"importCluesDialog"_s);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    m_file->setPlaceholderText(tr("A CSV (UTF-8 or GB18030) or XLSX file; its first row names the columns"));
    m_mapping = new QLineEdit(this);
    m_mapping->setObjectName(u"importMapping"_s);
    m_mapping->setPlaceholderText(tr("Only for headers that are not the fields' names or labels"));
    auto *browseFile = new QPushButton(tr("Choose…"), this);
    auto *browseMapping = new QPushButton(tr("Choose…"), this);
    auto *saveMappingButton = new QPushButton(tr("Save mapping as…"), this);
    auto row = [this](QLineEdit *edit, QList<QPushButton *> buttons) {
        auto *box = new QHBoxLayout;
        box->addWidget(edit, 1);
        for (QPushButton *b : buttons)
            box->addWidget(b);
        return box;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Spreadsheet:"), row(m_file, {browseFile}));
    form->addRow(tr("Column mapping:"), row(m_mapping, {browseMapping, saveMappingButton}));

    m_summary = new QLabel(tr("Choose a file, then check it: nothing is changed until you import."), this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3); // a summary of two or three lines stays whole
    m_report = new QTableWidget(0, 5, this);
    m_report->setObjectName(u"importReport"_s);
    m_report->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Field"), tr("Problem"), tr("Article")});
    m_report->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("Check (dry run)"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"importCheck"_s);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importRun"_s);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(browseFile, &QPushButton::clicked, this, &ImportCluesDialog::chooseFile);
    connect(browseMapping, &QPushButton::clicked, this, &ImportCluesDialog::chooseMapping);
    connect(saveMappingButton, &QPushButton::clicked, this, &ImportCluesDialog::saveMapping);
    connect(m_file, &QLineEdit::textChanged, this, &ImportCluesDialog::invalidate);
    connect(m_mapping, &QLineEdit::textChanged, this, &ImportCluesDialog::invalidate);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportCluesDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Spreadsheet to import"), m_file->text(),
                                                      tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportCluesDialog::chooseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Column mapping"), m_mapping->text(), tr("Mappings (*.json)"));
    if (!path.isEmpty())
        m_mapping->setText(path);
}

void ImportCluesDialog::saveMapping()
{
    importing::ColumnMapping mapping;
    mapping.command = mappingCommand();
    if (!m_mapping->text().isEmpty()) {
        auto loaded = importing::ColumnMapping::load(m_mapping->text(), mappingCommand());
        if (!loaded) {
            QMessageBox::warning(this, windowTitle(), loaded.errorString());
            return;
        }
        mapping = loaded.value();
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"), {}, tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = mapping.save(path); !s)
        QMessageBox::warning(this, windowTitle(), s.errorString());
    else
        m_mapping->setText(path);
}

void ImportCluesDialog::invalidate()
{
    m_import->setEnabled(false); // a changed file or mapping must be checked again
}

void ImportCluesDialog::run(bool dryRun)
{
    importing::ImportOptions options;
    options.mapping.command = mappingCommand();
    if (!m_mapping->text().isEmpty()) {
        auto loaded = importing::ColumnMapping::load(m_mapping->text(), mappingCommand());
        if (!loaded) {
            m_summary->setText(loaded.errorString());
            m_report->setRowCount(0);
            m_import->setEnabled(false);
            return;
        }
        options.mapping = loaded.value();
    }
    options.dryRun = dryRun;
    const importing::ImportReport report = m_kind == Kind::CaseLedger ? importing::importCasesFile(m_service, m_file->text(), options)
                                                                      : importing::importCluesFile(m_service, m_file->text(), options);
    m_report->setRowCount(0);
    for (const importing::RowError &e : report.errors) {
        const int r = m_report->rowCount();
        m_report->insertRow(r);
        const QStringList cells{e.row == 0 ? tr("file") : QString::number(e.row),
                                e.column.isEmpty() ? QString() : u"%1 %2"_s.arg(e.column, e.header), e.field, e.message, e.article};
        for (int c = 0; c < cells.size(); ++c)
            m_report->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_report->resizeRowsToContents();
    QString read = report.encoding.isEmpty() ? QString()
                                             : tr("Read as %1: %n row(s). ", nullptr, report.rows).arg(report.encoding);
    if (!report.ok()) {
        m_summary->setText(read + tr("Nothing was imported: correct the rows listed (or the mapping) and check again."));
        m_import->setEnabled(false);
    } else if (dryRun) {
        m_summary->setText(read + tr("Every row can be registered. Nothing has been changed yet: Import registers them "
                                     "all as one batch."));
        m_import->setEnabled(true);
    } else if (m_kind == Kind::CaseLedger) {
        m_summary->setText(read + tr("Imported %n case(s) as batch %1, each brought to its stage. To take the whole batch back "
                                     "while nothing else has happened to its cases: ecoclaim-cli import undo %1.", nullptr,
                                     int(report.cases.size()))
                                      .arg(report.batchId));
        m_import->setEnabled(false);
    } else {
        m_summary->setText(read + tr("Imported %n clue(s) as batch %1. To take the whole batch back while nothing else has "
                                     "happened to its cases: ecoclaim-cli import undo %1.", nullptr, int(report.cases.size()))
                                      .arg(report.batchId));
        m_import->setEnabled(false);
    }
}

QString ImportCluesDialog::mappingCommand() const
{
    return m_kind == Kind::CaseLedger ? importing::caseLedgerCommand() : u"register_clue"_s;
}

void addImportCluesAction(QMenu *menu, QWidget *parent, service::CaseService &service)
{
    menu->addAction(ImportCluesDialog::tr("Import a legacy case &ledger…"), parent, [parent, &service] {
          ImportCluesDialog(service, parent, ImportCluesDialog::Kind::CaseLedger).exec();
      })->setObjectName(u"importCases"_s);
    menu->addAction(ImportCluesDialog::tr("Import &clues from a spreadsheet…"), parent, [parent, &service] {
          ImportCluesDialog(service, parent).exec();
      })->setObjectName(u"importClues"_s);
}

} // namespace ecoclaim::ui
