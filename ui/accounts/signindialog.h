#pragma once
// Signing in to a database with accounts (issue 17 ¶2): the login and the password in one dialog. A wrong
// password, an unknown login and a locked account are answered in the dialog itself with the service's
// sentence (service::Accounts: the same words for an unknown login and a wrong password; the lock's message
// only to the right password), and the dialog stays open for another try. Accepted once someone signed in.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(service::CaseService &service, QWidget *parent = nullptr);

private:
    void trySignIn();

    service::CaseService &m_service;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ecoclaim::ui
