#pragma once
// File ▸ Signing key…: the administrator's view of the unit's archive signing key and the keys the
// bureau trusts (core/archive/trustedkeys.h), and the one action on them the window offers — creating the
// unit's key, or a new one that replaces it (rotation: the old key stays trusted for verification).
// The same as `ecoclaim-cli key create`; trusting another unit's key is a CLI verb (`key trust`).

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ecoclaim::storage {
class Database;
}

namespace ecoclaim::ui {

class SigningKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // `keyFolder`: where the private key goes (archive::defaultKeyFolder() unless a test says otherwise).
    explicit SigningKeyDialog(storage::Database &database, QWidget *parent = nullptr, const QString &keyFolder = {});

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

    storage::Database &m_database;
    QString m_keyFolder;
    bool m_hasKey = false;
    QPlainTextEdit *m_keys;
    QLineEdit *m_holder, *m_passphrase, *m_repeat;
    QCheckBox *m_replace;
    QPushButton *m_create;
    QLabel *m_message;
};

} // namespace ecoclaim::ui
