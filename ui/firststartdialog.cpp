#include "ui/firststartdialog.h"

#include "core/service/databasefiles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
bool isServerAddress(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
} // namespace

FirstStartDialog::FirstStartDialog(const QString &current, QWidget *parent)
    : QDialog(parent),
      m_here(new QRadioButton(tr("On &this computer — one caseworker's database file"), this)),
      m_server(new QRadioButton(tr("On the bureau's &server — shared by every desk (PostgreSQL)"), this)),
      m_fileBox(new QWidget(this)),
      m_serverBox(new QWidget(this)),
      m_path(new QLineEdit(m_fileBox)),
      m_host(new QLineEdit(m_serverBox)),
      m_port(new QSpinBox(m_serverBox)),
      m_databaseName(new QLineEdit(m_serverBox)),
      m_user(new QLineEdit(m_serverBox)),
      m_demo(new QCheckBox(tr("Load the &demo case set to try EcoClaim"), this)),
      m_problem(new QLabel(this))
{
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a40000"_s);
    m_problem->hide();
    setWindowTitle(tr("Where are the cases kept?"));
    m_here->setObjectName(u"thisComputer"_s);
    m_server->setObjectName(u"bureauServer"_s);
    m_path->setObjectName(u"databasePath"_s);
    m_host->setObjectName(u"serverHost"_s);
    m_port->setObjectName(u"serverPort"_s);
    m_databaseName->setObjectName(u"serverDatabase"_s);
    m_user->setObjectName(u"serverUser"_s);
    m_demo->setObjectName(u"loadDemo"_s);

    auto *intro = new QLabel(tr("A single caseworker keeps the cases in a file on this computer. A bureau where several "
                                "caseworkers share cases uses its server: ask the administrator for its address. "
                                "Do not put a database file on a network share — two desks writing one file can damage it."),
                             this);
    intro->setWordWrap(true);

    // This computer: a file, the user's data folder suggested.
    auto *browse = new QPushButton(tr("&Browse…"), m_fileBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Case database"), m_path->text(), tr("EcoClaim databases (*.db)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *fileRow = new QHBoxLayout(m_fileBox);
    fileRow->setContentsMargins(24, 0, 0, 0);
    auto *pathLabel = new QLabel(tr("Database &file"), m_fileBox);
    pathLabel->setBuddy(m_path);
    fileRow->addWidget(pathLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    // The bureau's server: its address; the password is asked when connecting and never kept.
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setText(systemUser());
    auto *serverForm = new QFormLayout(m_serverBox);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("Server &address"), m_host);
    serverForm->addRow(tr("&Port"), m_port);
    serverForm->addRow(tr("Data&base"), m_databaseName);
    serverForm->addRow(tr("Your &login"), m_user);
    auto *passwordNote = new QLabel(tr("The password is asked when EcoClaim connects; it is never stored."), m_serverBox);
    passwordNote->setWordWrap(true);
    serverForm->addRow(QString(), passwordNote);

    if (isServerAddress(current)) {
        const QUrl url(current);
        m_host->setText(url.host());
        if (url.port() > 0)
            m_port->setValue(url.port());
        m_databaseName->setText(url.path().mid(1));
        if (!url.userName().isEmpty())
            m_user->setText(url.userName());
        m_server->setChecked(true);
    } else {
        m_path->setText(current);
        m_here->setChecked(true);
        // A data folder on a network share (a roaming home on NFS or SMB) is not suggested for the file:
        // the server is chosen instead, and the reason shown (a file can still be named elsewhere).
        if (auto where = service::checkDatabaseFileLocation(current); !where) {
            m_server->setChecked(true);
            m_problem->setText(where.errorString());
            m_problem->show();
        }
    }
    m_demo->setToolTip(tr("Only into an empty database: a few dozen realistic Shanghai cases at every stage"));
    connect(m_here, &QRadioButton::toggled, this, &FirstStartDialog::showChoice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::acceptIfFit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_here);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_server);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_demo);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showChoice();
    resize(680, sizeHint().height());
}

void FirstStartDialog::showChoice()
{
    m_fileBox->setEnabled(m_here->isChecked());
    m_serverBox->setEnabled(m_server->isChecked());
}

void FirstStartDialog::acceptIfFit()
{
    QString trouble;
    if (!onServer() && location().isEmpty())
        trouble = tr("Name the database file.");
    else if (!onServer())
        if (auto where = service::checkDatabaseFileLocation(location()); !where)
            trouble = where.errorString();
    if (onServer() && m_databaseName->text().trimmed().isEmpty())
        trouble = tr("Name the database on the server (ask the administrator).");
    m_problem->setText(trouble);
    m_problem->setVisible(!trouble.isEmpty());
    if (trouble.isEmpty())
        accept();
}

bool FirstStartDialog::onServer() const { return m_server->isChecked(); }

QString FirstStartDialog::location() const
{
    if (!onServer())
        return m_path->text().trimmed();
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed().isEmpty() ? u"localhost"_s : m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u"/"_s + m_databaseName->text().trimmed());
    return url.toString();
}

bool FirstStartDialog::loadDemo() const { return m_demo->isChecked(); }

QString FirstStartDialog::rememberedPath() { return QSettings().value(u"database/path"_s).toString(); }
void FirstStartDialog::remember(const QString &location) { QSettings().setValue(u"database/path"_s, location); }

} // namespace ecoclaim::ui
