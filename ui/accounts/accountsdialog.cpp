#include "ui/accounts/accountsdialog.h"

#include "core/domain/catalogue.h"
#include "core/service/accounts.h"
#include "core/service/caseservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::ui {

namespace {
QComboBox *roleChoice(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (Role r : allRoles())
        combo->addItem(roleDisplayName(r), roleKey(r));
    return combo;
}

QString districtName(const QString &code)
{
    if (code.isEmpty())
        return AccountsDialog::tr("the city");
    const District *d = findDistrict(code);
    return d ? d->chinese : code;
}
} // namespace

AccountsDialog::AccountsDialog(service::CaseService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Accounts"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"accounts"_s);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Unit"), tr("District"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    // What can be done to the selected account.
    m_newRole = roleChoice(this, u"newRole"_s);
    auto *setRole = new QPushButton(tr("Change the role"), this);
    setRole->setObjectName(u"setRole"_s);
    auto *disable = new QPushButton(tr("Disable the account"), this);
    disable->setObjectName(u"disable"_s);
    connect(setRole, &QPushButton::clicked, this, &AccountsDialog::setRoleOfSelected);
    connect(disable, &QPushButton::clicked, this, &AccountsDialog::disableSelected);
    auto *selectedRow = new QHBoxLayout;
    selectedRow->addWidget(new QLabel(tr("Selected account:"), this));
    selectedRow->addWidget(m_newRole);
    selectedRow->addWidget(setRole);
    selectedRow->addStretch();
    selectedRow->addWidget(disable);

    // A new account.
    auto *box = new QGroupBox(tr("Add an account"), this);
    m_login = new QLineEdit(box);
    m_login->setObjectName(u"newLogin"_s);
    m_name = new QLineEdit(box);
    m_name->setObjectName(u"newName"_s);
    m_role = roleChoice(box, u"newAccountRole"_s);
    m_unit = new QComboBox(box);
    m_unit->setObjectName(u"newUnit"_s);
    m_unit->addItem(tr("(none: supervisor, archivist, administrator)"), QString());
    for (const Department &d : departments())
        if (d.key != u"town_government")
            m_unit->addItem(d.displayName(), d.key);
    m_district = new QComboBox(box);
    m_district->setObjectName(u"newDistrict"_s);
    m_district->addItem(tr("(none: the city)"), QString());
    for (const District &d : districts())
        m_district->addItem(u"%1 %2"_s.arg(d.code, d.chinese), d.code);
    m_password = new QLineEdit(box);
    m_password->setObjectName(u"newPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(box);
    m_repeat->setObjectName(u"newPasswordAgain"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *add = new QPushButton(tr("Add"), box);
    add->setObjectName(u"add"_s);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("District:"), m_district);
    form->addRow(tr("First password:"), m_password);
    form->addRow(tr("The password again:"), m_repeat);
    form->addRow(QString(), add);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a40000;"_s);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(selectedRow);
    layout->addWidget(box);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 640);
    reload();
}

QString AccountsDialog::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row).login : QString();
}

void AccountsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AccountsDialog::reload()
{
    auto list = service::Accounts(m_service).list();
    if (!list) {
        showProblem(list.errorString());
        return;
    }
    m_accounts = list.value();
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &a = m_accounts.at(row);
        const Department *unit = findDepartment(a.unit);
        const QStringList cells{a.login, a.name, roleDisplayName(a.role), unit ? unit->displayName() : a.unit,
                                districtName(a.districtCode), a.disabled ? tr("disabled") : tr("active")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void AccountsDialog::addAccount()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("The two passwords differ: type the first password twice."));
        m_password->clear();
        m_repeat->clear();
        return;
    }
    service::NewAccount n;
    n.login = m_login->text().trimmed();
    n.name = m_name->text().trimmed();
    roleFromKey(m_role->currentData().toString(), &n.role);
    n.unit = m_unit->currentData().toString();
    n.districtCode = m_district->currentData().toString();
    n.password = m_password->text();
    auto added = service::Accounts(m_service).add(n, service::defaultActor());
    m_password->clear();
    m_repeat->clear();
    if (!added) {
        showProblem(added.errorString());
        return;
    }
    showProblem({});
    m_login->clear();
    m_name->clear();
    reload();
}

void AccountsDialog::disableSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        showProblem(tr("Select an account first."));
        return;
    }
    auto done = service::Accounts(m_service).disable(login, service::defaultActor());
    showProblem(done ? QString() : done.errorString());
    reload();
}

void AccountsDialog::setRoleOfSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        showProblem(tr("Select an account first."));
        return;
    }
    Role role = Role::Caseworker;
    roleFromKey(m_newRole->currentData().toString(), &role);
    auto done = service::Accounts(m_service).setRole(login, role, service::defaultActor());
    showProblem(done ? QString() : done.errorString());
    reload();
}

} // namespace ecoclaim::ui
