#include "ui/disclosuredialog.h"
#include "core/domain/outputfile.h"

#include "core/service/casereader.h"
#include "core/service/caseservice.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
QString txtBeside(const QString &pdf)
{
    QString txt = pdf;
    txt.replace(QRegularExpression(u"\\.pdf$"_s), u".txt"_s);
    return txt == pdf ? pdf + u".txt"_s : txt;
}
} // namespace

DisclosureDialog::DisclosureDialog(service::CaseService &service, const QString &caseNo, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_caseNo(caseNo)
{
    setWindowTitle(tr("Disclosure text of %1 (Art. 35)").arg(caseNo));
    resize(900, 700);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Personal data has been removed as listed below. Review every replacement; name any person "
                                "still visible in the text and press Mask. The text is issued only after review."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(u"replacements"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Found"), tr("Replaced by"), tr("Times"), tr("Found from")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 2);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 3);

    auto *form = new QFormLayout;
    auto *namesRow = new QHBoxLayout;
    m_names = new QLineEdit;
    m_names->setObjectName(u"extraNames"_s);
    m_names->setPlaceholderText(tr("e.g. 孙丽丽, 周建国"));
    auto *mask = new QPushButton(tr("&Mask"));
    namesRow->addWidget(m_names, 1);
    namesRow->addWidget(mask);
    form->addRow(tr("Further persons' names:"), namesRow);
    m_reviewer = new QLineEdit;
    m_reviewer->setObjectName(u"reviewer"_s);
    form->addRow(tr("Reviewed by:"), m_reviewer);
    m_reviewed = new QCheckBox(tr("I have reviewed every replacement and the text"));
    m_reviewed->setObjectName(u"reviewed"_s);
    form->addRow(QString(), m_reviewed);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *draft = buttons->addButton(tr("Save &draft…"), QDialogButtonBox::ActionRole);
    m_issue = buttons->addButton(tr("&Issue and file on the case…"), QDialogButtonBox::ActionRole);
    m_issue->setObjectName(u"issue"_s);
    layout->addWidget(buttons);

    connect(mask, &QPushButton::clicked, this, &DisclosureDialog::compose);
    connect(m_reviewer, &QLineEdit::textChanged, this, &DisclosureDialog::updateButtons);
    connect(m_reviewed, &QCheckBox::toggled, this, &DisclosureDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(draft, &QPushButton::clicked, this, [this] {
        const QString pdf = QFileDialog::getSaveFileName(this, windowTitle(), domain::defaultExportPath(tr("disclosure-%1-draft.pdf").arg(m_caseNo)), tr("PDF (*.pdf)"));
        if (pdf.isEmpty())
            return;
        const domain::Problems problems = saveDraftTo(pdf);
        if (!problems.isEmpty())
            QMessageBox::warning(this, windowTitle(), problems.toString());
    });
    connect(m_issue, &QPushButton::clicked, this, [this] {
        const QString pdf = QFileDialog::getSaveFileName(this, windowTitle(), domain::defaultExportPath(tr("disclosure-%1.pdf").arg(m_caseNo)), tr("PDF (*.pdf)"));
        if (pdf.isEmpty())
            return;
        const domain::Problems problems = issueTo(pdf);
        if (!problems.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problems.toString());
            return;
        }
        QMessageBox::information(this, windowTitle(),
                                 tr("Issued: %1 and %2, filed on the case. Text SHA-256: %3").arg(pdf, txtBeside(pdf), m_disclosure.textSha256()));
        accept();
    });
    compose();
}

QStringList DisclosureDialog::extraNames() const
{
    QStringList names = m_names->text().split(QRegularExpression(u"[,，、;；\\s]+"_s), Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

void DisclosureDialog::compose()
{
    auto composed = reports::composeDisclosure(m_service.reader(), m_caseNo, extraNames());
    m_valid = bool(composed);
    if (!composed) {
        m_preview->setPlainText(composed.errorString());
        m_table->setRowCount(0);
        updateButtons();
        return;
    }
    m_disclosure = composed.value();
    m_table->setRowCount(int(m_disclosure.replacements.size()));
    for (int row = 0; row < m_disclosure.replacements.size(); ++row) {
        const reports::Replacement &r = m_disclosure.replacements.at(row);
        const QStringList cells{reports::personalKindName(r.kind), r.original, r.replacement, QString::number(r.count),
                                r.fromPartyData ? tr("the case's party data") : tr("a pattern or the reviewer")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_preview->setPlainText(m_disclosure.text());
    m_reviewed->setChecked(false); // a changed text is reviewed again
    updateButtons();
}

void DisclosureDialog::updateButtons()
{
    m_issue->setEnabled(m_valid && m_reviewed->isChecked() && !m_reviewer->text().trimmed().isEmpty());
}

domain::Problems DisclosureDialog::saveDraftTo(const QString &pdfPath)
{
    reports::Disclosure draft = m_disclosure;
    draft.reviewedBy.clear();
    if (auto pages = reports::writeDisclosurePdf(draft, pdfPath); !pages)
        return pages.problems();
    if (auto s = reports::writeDisclosureText(draft, txtBeside(pdfPath)); !s)
        return s.problems();
    return {};
}

domain::Problems DisclosureDialog::issueTo(const QString &pdfPath)
{
    if (!m_issue->isEnabled())
        return domain::Problems{domain::Problem{{}, tr("Name the reviewer and confirm the review first."), {}}};
    reports::Disclosure issued = m_disclosure;
    issued.reviewedBy = m_reviewer->text().trimmed();
    if (auto pages = reports::writeDisclosurePdf(issued, pdfPath); !pages)
        return pages.problems();
    if (auto s = reports::writeDisclosureText(issued, txtBeside(pdfPath)); !s) {
        QFile::remove(pdfPath);
        return s.problems();
    }
    auto outcome = m_service.execute(reports::issueDisclosureCommand(issued, pdfPath, QDate::currentDate()), service::defaultActor());
    if (!outcome) {
        QFile::remove(pdfPath);
        QFile::remove(txtBeside(pdfPath));
        return outcome.problems();
    }
    m_disclosure = issued;
    return {};
}

} // namespace ecoclaim::ui
