#include "ui/archive/signingkeydialog.h"

#include "core/archive/signingkeys.h"
#include "core/service/caseservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

SigningKeyDialog::SigningKeyDialog(service::CaseService &service, QWidget *parent, const QString &keyFolder)
    : QDialog(parent), m_service(service), m_keyFolder(keyFolder)
{
    setWindowTitle(tr("Signing key of the unit"));
    m_keys = new QPlainTextEdit(this);
    m_keys->setReadOnly(true);
    m_holder = new QLineEdit(this);
    m_holder->setPlaceholderText(tr("the unit's name, as its papers print it"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("optional"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_replace = new QCheckBox(tr("Replace the current key (it stays trusted, so archives it signed still verify)"), this);
    m_create = new QPushButton(tr("Create the signing key"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *createBox = new QGroupBox(tr("New signing key (SM2 with SM3)"), this);
    auto *form = new QFormLayout(createBox);
    form->addRow(tr("Holder:"), m_holder);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase again:"), m_repeat);
    form->addRow(m_replace);
    form->addRow(m_create);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keys whose signatures on case archives this database accepts:"), this));
    layout->addWidget(m_keys, 1);
    layout->addWidget(createBox);
    layout->addWidget(m_message);
    layout->addWidget(close);

    for (QLineEdit *edit : {m_holder, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &SigningKeyDialog::updateCreateButton);
    connect(m_replace, &QCheckBox::toggled, this, &SigningKeyDialog::updateCreateButton);
    connect(m_create, &QPushButton::clicked, this, &SigningKeyDialog::create);
    refresh();
    // Administrators only (the service's door says so again if pressed): anyone else sees the keys.
    if (!archive::SigningKeys(m_service, m_keyFolder).mayManage()) {
        createBox->setEnabled(false);
        m_message->setText(tr("Only an administrator creates the unit's signing key (as ecoclaim-cli key create)."));
    }
    resize(720, 480);
}

QString SigningKeyDialog::keysText() const { return m_keys->toPlainText(); }
QString SigningKeyDialog::messageText() const { return m_message->text(); }

void SigningKeyDialog::refresh()
{
    auto keys = archive::SigningKeys(m_service, m_keyFolder).list();
    if (!keys) {
        m_keys->setPlainText(keys.errorString());
        return;
    }
    QStringList lines;
    m_hasKey = false;
    for (const archive::SigningKeyEntry &k : keys.value()) {
        const QString state = k.own && k.active ? tr("this unit's signing key")
            : k.own                             ? tr("this unit's, retired %1 — still trusted").arg(k.retiredAt)
                                                : tr("another unit's key, trusted");
        lines << u"%1 — %2\n    %3"_s.arg(k.holder, state, k.fingerprint);
        m_hasKey = m_hasKey || (k.own && k.active);
    }
    m_keys->setPlainText(lines.isEmpty() ? tr("None yet: create the unit's signing key below; no archive can be exported "
                                              "without it.")
                                         : lines.join(u'\n'));
    m_replace->setVisible(m_hasKey);
    m_create->setText(m_hasKey ? tr("Create a new signing key") : tr("Create the signing key"));
    updateCreateButton();
}

void SigningKeyDialog::updateCreateButton()
{
    m_create->setEnabled(!m_holder->text().trimmed().isEmpty() && archive::SigningKeys(m_service, m_keyFolder).mayManage() && m_passphrase->text() == m_repeat->text()
                         && (!m_hasKey || m_replace->isChecked()));
}

void SigningKeyDialog::create()
{
    QByteArray passphrase = m_passphrase->text().toUtf8();
    auto key = archive::SigningKeys(m_service, m_keyFolder).createOwnKey(m_holder->text(), passphrase); // administrators only
    passphrase.fill('\0');
    m_passphrase->clear();
    m_repeat->clear();
    m_replace->setChecked(false);
    if (!key) {
        m_message->setText(key.errorString());
        return;
    }
    m_message->setText(tr("Created. Fingerprint %1 — give it to the units that receive your archives, so they can check "
                          "it before trusting the key.").arg(key->fingerprint));
    refresh();
}

} // namespace ecoclaim::ui
