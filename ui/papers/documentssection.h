#pragma once
// The "Documents" section of one case file (卷内文件): the papers on file with every version, its
// number, date, service and hash; generating a paper (numbered and filed) or a marked draft, previewing
// and printing it (GB/T 9704 page, QPrintPreviewDialog), saving any version's PDF or ODT exactly as
// filed, and recording the service of a paper — the consultation notice's through the lifecycle
// command (core/documents/paperoffice.h). Self-contained: the case file view hosts it.

#include "core/documents/paperoffice.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QPrinter;

namespace ecoclaim::ui {

class DocumentsSection : public QWidget
{
    Q_OBJECT
public:
    DocumentsSection(service::CaseService &service, qint64 caseId, QWidget *parent = nullptr);
    ~DocumentsSection() override;

    qint64 caseId() const { return m_caseId; }
    documents::PaperOffice &office() { return *m_office; }
    // The document id of the selected version (0: none).
    qint64 selectedDocument() const;
    // What the form asks for, as the paper office takes it.
    documents::PaperOptions options() const;
    QString selectedType() const;

public Q_SLOTS:
    void refresh(); // reads the case, then showFor()
    void showFor(const domain::CaseFile &file);
    // Re-reads when CaseNotifier says this case changed (the default); the case file view that holds it
    // turns that off and hands it the case it read.
    void setFollowsNotifier(bool follows) { m_follows = follows; }
    // Generates and files the selected paper; shows what is missing instead when it cannot.
    bool generate();
    void preview();
    void print();
    void saveSelected(const QString &format);
    // Records the service of a filed paper (the dialog's work, callable by tests).
    bool recordService(const service::PaperService &service);
    // Corrects a filed paper under a new number with the form's values (supersede_paper).
    bool supersede(qint64 documentId, const QString &reason);

Q_SIGNALS:
    void paperFiled(qint64 documentId);

private:
    void typeChanged();
    void showProblems(const domain::Problems &problems);
    void askService();
    void askSupersede();
    std::optional<documents::RenderedPaper> composeForPrinting();
    void paintOn(QPrinter *printer, const documents::LaidOutPaper &layout);

    service::CaseService &m_service;
    qint64 m_caseId;
    bool m_follows = true;
    std::unique_ptr<documents::PaperOffice> m_office;
    std::optional<domain::CaseFile> m_file; // as last read by refresh()
    QComboBox *m_type;
    QComboBox *m_subject;
    QFormLayout *m_form;
    QDateEdit *m_datedOn;
    QDateEdit *m_meetingOn;
    QLineEdit *m_meetingTime;
    QLineEdit *m_meetingPlace;
    QDateEdit *m_replyDueOn;
    QLineEdit *m_court;
    QCheckBox *m_draft;
    QLabel *m_message;
    QTreeWidget *m_papers;
    QPushButton *m_generate, *m_preview, *m_print, *m_savePdf, *m_saveOdt, *m_serve, *m_supersede;
};

} // namespace ecoclaim::ui
