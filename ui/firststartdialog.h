#pragma once
// Where the case database is: at the first start, and from File ▸ Open another database. Two places a
// caseworker understands: "this computer" (an SQLite file, the user's data folder by default — one
// desk) or "the bureau's server" (PostgreSQL, which every desk of the bureau shares; a database file on
// a network share is refused, and not suggested when the data folder is on one: two desks writing one file over a
// share can corrupt it). The choice is
// remembered (QSettings database/path, without any password); `ecoclaim --db LOCATION` skips this dialog.

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace ecoclaim::ui {

class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    // `current`: the location to show chosen (a file path or postgresql://USER@HOST:PORT/DB).
    explicit FirstStartDialog(const QString &current, QWidget *parent = nullptr);

    // The file path, or the server's address postgresql://USER@HOST:PORT/DATABASE.
    QString location() const;
    bool onServer() const;
    bool loadDemo() const;

    // The database chosen at an earlier start ("" when none).
    static QString rememberedPath();
    static void remember(const QString &location);

private:
    void showChoice();
    // OK: a file on a network share, or no name, is said in the dialog, which stays open.
    void acceptIfFit();

    QRadioButton *m_here;
    QRadioButton *m_server;
    QWidget *m_fileBox;
    QWidget *m_serverBox;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_databaseName;
    QLineEdit *m_user;
    QCheckBox *m_demo;
    QLabel *m_problem;
};

} // namespace ecoclaim::ui
