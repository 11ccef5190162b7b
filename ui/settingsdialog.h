#pragma once
// File ▸ Settings. Two kinds of settings, said so on screen:
//  * this desk's — the language (QSettings);
//  * the bureau's — how "served five working days before the meeting" is read (Art. 19), how many days
//    ahead each kind of deadline warns, and per issuing unit its name, paper number prefix and contacts.
//    Those are kept in the database, the same for every desk of it, and OK changes them through the
//    audited command (CaseService::changeSettings: one audit entry naming every value old → new). A
//    refused value keeps the dialog open with the reason.

#include <QDialog>
#include <QHash>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
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

    // For tests: the editors by setting name ("service_lead_reading", "lead_days.<kind>", "number_prefix"…).
    QComboBox *readingBox() const { return m_reading; }
    QSpinBox *leadDaysBox(const QString &kind) const { return m_leadDays.value(kind); }
    QLineEdit *unitField(const QString &name) const { return m_unitFields.value(name); }
    // The bureau's numbers (suit_deadline_days, simple_case_threshold, reporter_reply_days).
    QLineEdit *numberField(const QString &name) const { return m_numbers.value(name); }
    void chooseUnit(const QString &districtCode, const QString &departmentKey);
    QString problemText() const;

private:
    QWidget *deskPage();
    QWidget *bureauPage();
    QWidget *unitsPage();
    QString currentUnit() const;
    void keepUnitEdits();  // the fields shown → m_unitValues
    void showUnit();       // m_unitValues (else stored, else defaults as placeholders) → the fields

    service::CaseService &m_service;
    QComboBox *m_language;
    QComboBox *m_reading;
    QHash<QString, QSpinBox *> m_leadDays;
    QHash<QString, QLineEdit *> m_numbers; // checked by the service (settingProblem), refused with the reason
    QComboBox *m_district, *m_department;
    QHash<QString, QLineEdit *> m_unitFields;
    QString m_shownUnit;
    QMap<QString, QHash<QString, QString>> m_unitValues; // unit → name → value, as stored or edited
    QLabel *m_problems;
};

} // namespace ecoclaim::ui
