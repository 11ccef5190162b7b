#include "ui/archive/archivedialogs.h"
#include "core/domain/outputfile.h"

#include "core/archive/archiveexport.h"
#include "core/archive/archiveverify.h"
#include "core/archive/trustedkeys.h"
#include "core/service/caseservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    m_path = new QLineEdit(domain::defaultExportPath(caseNumber + u".zip"_s), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_export = new QPushButton(tr("Export"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
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
    // The archive is signed with the unit's key; a key kept under a passphrase needs it now.
    auto *passphraseRow = new QFormLayout;
    passphraseRow->addRow(tr("Passphrase of the unit's signing key:"), m_passphrase);
    layout->addLayout(passphraseRow);
    const bool needsPassphrase = archive::unitKeyNeedsPassphrase(m_service.database(), archive::defaultKeyFolder());
    m_passphrase->setVisible(needsPassphrase);
    passphraseRow->labelForField(m_passphrase)->setVisible(needsPassphrase);
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
    auto signer = archive::loadUnitSigner(m_service.database(), archive::defaultKeyFolder(), m_passphrase->text().toUtf8());
    if (!signer) {
        m_export->setEnabled(true);
        m_result->setPlainText(signer.errorString());
        return;
    }
    m_passphrase->clear();
    auto result = archive::exportCase(m_service, m_case, m_path->text(), service::defaultActor(), signer.value(), [this](qint64 done, qint64 total) {
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

ArchiveVerifyDialog::ArchiveVerifyDialog(service::CaseService &service, const QString &zipPath, QWidget *parent)
    : QDialog(parent), m_service(service)
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
    auto trusted = archive::TrustedKeys(m_service.database()).all();
    auto report = trusted ? archive::verifyArchive(m_path->text(), trusted.value())
                          : domain::Result<archive::VerifyReport>(trusted.problems());
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_verify->setEnabled(true);
    m_passed = report && report->passed();
    m_report->setPlainText(report ? report->text() : report.errorString());
}

} // namespace ecoclaim::ui
