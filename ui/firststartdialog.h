#pragma once
// The first start, when no database has been chosen yet: where the case database lives (the user's
// data folder by default) and whether to load the demo case set to try EcoClaim. The choice is
// remembered (QSettings database/path); `ecoclaim --db PATH` skips this dialog.

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace ecoclaim::ui {

class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(const QString &defaultPath, QWidget *parent = nullptr);

    QString databasePath() const;
    bool loadDemo() const;

    // The database chosen at an earlier start ("" when none).
    static QString rememberedPath();
    static void remember(const QString &path);

private:
    QLineEdit *m_path;
    QCheckBox *m_demo;
};

} // namespace ecoclaim::ui
