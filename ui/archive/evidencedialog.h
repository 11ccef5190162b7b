#pragma once
// Adding a file to the case file (add_evidence, Art. 42): the file, its title, kind, date and source.
// The command goes through CaseService; a refusal is shown inside the dialog, which stays open.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(service::CaseService &service, const QString &caseNumber, const QString &filePath = {},
                   QWidget *parent = nullptr);

    void accept() override;

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    QString problemText() const;

private:
    service::CaseService &m_service;
    QString m_case;
    QLineEdit *m_file, *m_title, *m_source;
    QComboBox *m_kind;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    QLabel *m_problems;
};

} // namespace ecoclaim::ui
