#pragma once
// Exporting a case file as an archive and verifying an archive (DA/T 70 四性), each with a progress
// bar. Both run in the window's thread: the progress callback updates the bar and lets the window paint.
// The export signs with the unit's key (asking its passphrase when the key has one); the verification
// checks the signature against this database's trusted keys (core/archive/trustedkeys.h).

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class ArchiveExportDialog : public QDialog
{
    Q_OBJECT
public:
    ArchiveExportDialog(service::CaseService &service, const QString &caseNumber, QWidget *parent = nullptr);
    QLineEdit *pathEdit() const { return m_path; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QLineEdit *passphraseEdit() const { return m_passphrase; } // shown only for a key under a passphrase
    QString resultText() const;
    void runExport();

private:
    service::CaseService &m_service;
    QString m_case;
    QLineEdit *m_path;
    QLineEdit *m_passphrase;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPlainTextEdit *m_result;
};

class ArchiveVerifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArchiveVerifyDialog(service::CaseService &service, const QString &zipPath = {}, QWidget *parent = nullptr);
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *verifyButton() const { return m_verify; }
    QString reportText() const;
    bool passed() const { return m_passed; }
    void runVerify();

private:
    service::CaseService &m_service;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QPushButton *m_verify;
    QPlainTextEdit *m_report;
    bool m_passed = false;
};

} // namespace ecoclaim::ui
