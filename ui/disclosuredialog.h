#pragma once
// Reports ▸ Disclosure text of a case (Art. 35 ¶2): the text with personal data removed
// (core/reports/disclosure.h), every replacement listed for the reviewer, a field for further names to
// mask, and — once the reviewer has named themself and ticked that every replacement was reviewed —
// "Issue", which writes the PDF and text and files the PDF on the case (command add_evidence), as
// `ecoclaim-cli disclosure CASE --issue` does.

#include "core/reports/disclosure.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class DisclosureDialog : public QDialog
{
    Q_OBJECT
public:
    DisclosureDialog(service::CaseService &service, const QString &caseNo, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    // Writes the reviewed text to `pdfPath` (and the .txt beside it) and files the PDF on the case;
    // on refusal nothing is filed and the files are removed. Returns the problems (empty: issued).
    domain::Problems issueTo(const QString &pdfPath);
    // Writes the draft (not filed) to `pdfPath` and the .txt beside it.
    domain::Problems saveDraftTo(const QString &pdfPath);
    const reports::Disclosure &disclosure() const { return m_disclosure; }

private:
    void compose();
    void updateButtons();
    QStringList extraNames() const;

    service::CaseService &m_service;
    QString m_caseNo;
    bool m_valid = false;
    reports::Disclosure m_disclosure;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLineEdit *m_names = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QCheckBox *m_reviewed = nullptr;
    QPushButton *m_issue = nullptr;
};

} // namespace ecoclaim::ui
