#pragma once
// Settings a caseworker or the unit's administrator changes: the language, how "served five working
// days before the meeting" is read (Art. 19), and how many days ahead each kind of deadline warns.

#include <QDialog>
#include <QHash>

class QComboBox;
class QSpinBox;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(service::CaseService &service, QWidget *parent = nullptr);

    void accept() override;

private:
    service::CaseService &m_service;
    QComboBox *m_language;
    QComboBox *m_reading;
    QHash<QString, QSpinBox *> m_leadDays;
};

} // namespace ecoclaim::ui
