#pragma once
// One paper type for a selection of cases in one go (e.g. the notices of a batch of obligors, Art. 22
// ¶2), with progress: each case's paper is generated, filed on its case and saved as PDF (or ODT) into
// a folder; a case where the paper cannot be made is listed with what is missing, the others go on.

#include "core/documents/paperoffice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ecoclaim::ui {

class PaperBatchDialog : public QDialog
{
    Q_OBJECT
public:
    PaperBatchDialog(service::CaseService &service, QList<qint64> caseIds, QWidget *parent = nullptr);
    ~PaperBatchDialog() override;

    void setOutputFolder(const QString &folder);
    void setPaperType(const QString &typeId);
    void setParameters(const QJsonObject &parameters) { m_parameters = parameters; }
    int generated() const { return m_generated; }
    int refused() const { return m_refused; }

public Q_SLOTS:
    // Runs the batch (the Start button); returns when every case has been tried or Stop was pressed.
    void run();

private:
    service::CaseService &m_service;
    QList<qint64> m_caseIds;
    std::unique_ptr<documents::PaperOffice> m_office;
    QJsonObject m_parameters;
    QComboBox *m_type;
    QComboBox *m_format;
    QCheckBox *m_draft;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_start, *m_stop;
    bool m_stopRequested = false;
    int m_generated = 0, m_refused = 0;
};

} // namespace ecoclaim::ui
