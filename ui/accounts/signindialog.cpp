#include "ui/accounts/signindialog.h"

#include "core/service/accounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

SignInDialog::SignInDialog(service::CaseService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Sign in to EcoClaim"));
    auto *intro = new QLabel(tr("This database has accounts. Sign in with your login and password."), this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(u"login"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a40000;"_s);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_login->setFocus();
}

void SignInDialog::trySignIn()
{
    auto account = service::Accounts(m_service).signIn(m_login->text().trimmed(), m_password->text());
    if (account) {
        accept();
        return;
    }
    // The service's own sentence: it says no more about the login than it should (accounts.h).
    m_problem->setText(account.errorString());
    m_problem->show();
    m_password->clear();
    m_password->setFocus();
}

} // namespace ecoclaim::ui
