#include "ui/firststartdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

FirstStartDialog::FirstStartDialog(const QString &defaultPath, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(defaultPath, this)), m_demo(new QCheckBox(tr("Load the &demo case set to try EcoClaim"), this))
{
    setWindowTitle(tr("Welcome to EcoClaim"));
    m_path->setObjectName(u"databasePath"_s);
    m_demo->setObjectName(u"loadDemo"_s);
    auto *intro = new QLabel(tr("Choose where the case database is kept. Colleagues who share cases choose the same file "
                                "on a shared drive; otherwise keep the suggested place in your user data folder."),
                             this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Case database"), m_path->text(), tr("EcoClaim databases (*.db)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Database &file"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_demo);
    m_demo->setToolTip(tr("Only into an empty database: a few dozen realistic Shanghai cases at every stage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString FirstStartDialog::databasePath() const { return m_path->text().trimmed(); }
bool FirstStartDialog::loadDemo() const { return m_demo->isChecked(); }

QString FirstStartDialog::rememberedPath() { return QSettings().value(u"database/path"_s).toString(); }
void FirstStartDialog::remember(const QString &path) { QSettings().setValue(u"database/path"_s, path); }

} // namespace ecoclaim::ui
