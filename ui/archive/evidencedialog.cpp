#include "ui/archive/evidencedialog.h"

#include "core/domain/evidencekinds.h"
#include "core/service/caseservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

EvidenceDialog::EvidenceDialog(service::CaseService &service, const QString &caseNumber, const QString &filePath, QWidget *parent)
    : QDialog(parent), m_service(service), m_case(caseNumber)
{
    setWindowTitle(tr("Add a file to case %1").arg(caseNumber));
    auto *form = new QFormLayout;
    m_file = new QLineEdit(filePath, this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to add"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            if (m_title->text().isEmpty())
                m_title->setText(QFileInfo(path).completeBaseName());
        }
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File"), fileRow);
    m_title = new QLineEdit(filePath.isEmpty() ? QString() : QFileInfo(filePath).completeBaseName(), this);
    form->addRow(tr("Title"), m_title);
    m_kind = new QComboBox(this);
    for (const domain::Choice &c : domain::evidenceKinds())
        m_kind->addItem(c.displayName(), c.key);
    form->addRow(tr("Kind of material"), m_kind);
    m_hasDate = new QCheckBox(tr("Dated"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    form->addRow(tr("Date the material bears"), dateRow);
    m_source = new QLineEdit(this);
    form->addRow(tr("Source"), m_source);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString EvidenceDialog::problemText() const { return m_problems->text(); }

void EvidenceDialog::accept()
{
    QJsonObject command{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, m_case}, {u"file"_s, m_file->text()},
                        {u"title"_s, m_title->text().trimmed()}, {u"kind"_s, m_kind->currentData().toString()}};
    if (m_hasDate->isChecked())
        command.insert(u"dated_on"_s, m_date->date().toString(Qt::ISODate));
    if (!m_source->text().trimmed().isEmpty())
        command.insert(u"source"_s, m_source->text().trimmed());
    auto outcome = m_service.execute(command, service::defaultActor());
    if (!outcome) {
        m_problems->setText(outcome.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace ecoclaim::ui
