#pragma once
// File ▸ Signing key…: the administrator's view of the unit's archive signing key and the keys the
// bureau trusts, and the one action on them the window offers — creating the unit's key, or a new one that
// replaces it (rotation: the old key stays trusted for verification). Through the service's door
// (core/archive/signingkeys.h): administrators only, as `ecoclaim-cli key create`; anyone else sees the keys
// and is told so. Trusting another unit's key is a CLI verb (`key trust`).

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class SigningKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // `keyFolder`: where the private key goes (archive::defaultKeyFolder() unless a test says otherwise).
    explicit SigningKeyDialog(service::CaseService &service, QWidget *parent = nullptr, const QString &keyFolder = {});

    QLineEdit *holderEdit() const { return m_holder; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *createButton() const { return m_create; }
    QString keysText() const;
    QString messageText() const;

private:
    void refresh();
    void updateCreateButton();
    void create();

    service::CaseService &m_service;
    QString m_keyFolder;
    bool m_hasKey = false;
    QPlainTextEdit *m_keys;
    QLineEdit *m_holder, *m_passphrase, *m_repeat;
    QCheckBox *m_replace;
    QPushButton *m_create;
    QLabel *m_message;
};

} // namespace ecoclaim::ui
