#pragma once
// The administrators' page of accounts (issue 17 ¶1): who works with this database, their role, unit and
// district; an administrator adds an account (its first password typed twice), disables one, or changes its
// role — each through service::Accounts, so each is audited and refused with the service's own words (shown
// here). On a database without accounts the first one must be an administrator (the service says so).

#include "core/domain/account.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(service::CaseService &service, QWidget *parent = nullptr);

    // The login of the selected row, or empty.
    QString selectedLogin() const;

private:
    void reload();
    void addAccount();
    void disableSelected();
    void setRoleOfSelected();
    void showProblem(const QString &text);

    service::CaseService &m_service;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_login = nullptr, *m_name = nullptr, *m_password = nullptr, *m_repeat = nullptr;
    QComboBox *m_role = nullptr, *m_unit = nullptr, *m_district = nullptr, *m_newRole = nullptr;
    QList<domain::Account> m_accounts;
};

} // namespace ecoclaim::ui
