#pragma once
// Decisions waiting for the unit head's approval (issue 17 ¶4), in the window. On a case (CaseFileView) the
// panel shows that case's pending proposals — who proposed what and when — and hides itself when there are
// none; Case ▸ Approvals… shows every pending proposal one may see. The unit head of the case's unit approves
// or refuses (a reason required) through CaseService::approve / refuseProposal: the same calls as
// `ecoclaim-cli approval approve|refuse`, so the service's checks and audit entries are the same; a refusal
// by the service is shown in its own words and changes nothing. Others see the proposals, not the buttons.

#include "core/domain/account.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class ApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    // `caseId` 0: every case one may see. `today`: the day an approved decision is judged on.
    ApprovalsPanel(service::CaseService &service, qint64 caseId, QDate today, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The proposal of the selected row (the first when none is selected), or 0.
    qint64 selectedProposal() const;
    void approveSelected();
    void refuseSelected(); // the reason typed in the panel's field

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void caseActivated(qint64 caseId);

private:
    void tell(const QString &text, bool problem);

    service::CaseService &m_service;
    qint64 m_caseId;
    QDate m_today;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_approve = nullptr, *m_refuse = nullptr;
    QLabel *m_title = nullptr, *m_message = nullptr;
    QList<domain::Proposal> m_proposals;
};

// Case ▸ Approvals…: the panel over every case, in a dialog; opening a row's case goes to `openCase`.
class ApprovalsDialog : public QDialog
{
    Q_OBJECT

public:
    ApprovalsDialog(service::CaseService &service, QWidget *parent = nullptr);
    ApprovalsPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void caseActivated(qint64 caseId);

private:
    ApprovalsPanel *m_panel;
};

// Adds Approvals… to `menu` for whoever is signed in (nothing on a database without accounts, where nobody
// proposes); `openCase` opens a case the dialog names.
void addApprovalsAction(QMenu *menu, service::CaseService &service, QWidget *parent, std::function<void(qint64)> openCase);

} // namespace ecoclaim::ui
