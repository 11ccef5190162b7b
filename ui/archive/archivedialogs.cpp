#include "ui/archive/archivedialogs.h"

#include "core/archive/archiveexport.h"
#include "core/archive/archiveverify.h"
#include "core/service/caseservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
QHBoxLayout *pathRow(QWidget *owner, QLineEdit *edit, const QString &label, const std::function<void()> &choose)
{
    auto *button = new QPushButton(label, owner);
    QObject::connect(button, &QPushButton::clicked, owner, choose);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    return row;
}
} // namespace

ArchiveExportDialog::ArchiveExportDialog(service::CaseService &service, const QString &caseNumber, QWidget *parent)
    : QDialog(parent), m_service(service), m_case(caseNumber)
{
    setWindowTitle(tr("Export the case file %1 as an archive").arg(caseNumber));
    m_path = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(caseNumber + u".zip"_s), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_export = new QPushButton(tr("Export"), this);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    connect(m_export, &QPushButton::clicked, this, &ArchiveExportDialog::runExport);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow(this, m_path, tr("Choose…"), [this] {
        const QString p = QFileDialog::getSaveFileName(this, tr("Save the archive as"), m_path->text(), tr("ZIP archives (*.zip)"));
        if (!p.isEmpty())
            m_path->setText(p);
    }));
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(close);
    resize(560, 320);
}

QString ArchiveExportDialog::resultText() const { return m_result->toPlainText(); }

void ArchiveExportDialog::runExport()
{
    m_export->setEnabled(false);
    m_progress->setValue(0);
    auto result = archive::exportCase(m_service, m_case, m_path->text(), service::defaultActor(), [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 100);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    m_export->setEnabled(true);
    if (!result) {
        m_result->setPlainText(result.errorString());
        return;
    }
    m_progress->setValue(100);
    m_result->setPlainText(tr("Exported %1 entries (%2 bytes) to %3.").arg(result->entries).arg(result->zipBytes).arg(result->path));
}

ArchiveVerifyDialog::ArchiveVerifyDialog(const QString &zipPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Verify a case archive"));
    m_path = new QLineEdit(zipPath, this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_verify = new QPushButton(tr("Verify"), this);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    connect(m_verify, &QPushButton::clicked, this, &ArchiveVerifyDialog::runVerify);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow(this, m_path, tr("Choose…"), [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Choose the archive"), m_path->text(), tr("ZIP archives (*.zip)"));
        if (!p.isEmpty())
            m_path->setText(p);
    }));
    layout->addWidget(m_verify, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(close);
    resize(640, 420);
}

QString ArchiveVerifyDialog::reportText() const { return m_report->toPlainText(); }

void ArchiveVerifyDialog::runVerify()
{
    m_verify->setEnabled(false);
    m_progress->setRange(0, 0); // busy
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto report = archive::verifyArchive(m_path->text());
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_verify->setEnabled(true);
    m_passed = report && report->passed();
    m_report->setPlainText(report ? report->text() : report.errorString());
}

} // namespace ecoclaim::ui
