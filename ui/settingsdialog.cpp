#include "ui/settingsdialog.h"

#include "core/documents/papersettings.h"
#include "core/domain/catalogue.h"
#include "core/domain/deadlinekinds.h"
#include "core/i18n/language.h"
#include "core/service/bureausettings.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
// The unit fields in the order the form shows them.
const QList<QStringView> unitFieldNames{service::unitNameSetting, service::numberPrefixSetting,
                                             service::contactPersonSetting, service::contactPhoneSetting,
                                             service::addressSetting};
} // namespace

SettingsDialog::SettingsDialog(service::CaseService &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_language(new QComboBox(this)), m_reading(new QComboBox(this)),
      m_district(new QComboBox(this)), m_department(new QComboBox(this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(bureauPage(), tr("Bureau: deadlines"));
    tabs->addTab(unitsPage(), tr("Bureau: issuing units"));
    tabs->addTab(deskPage(), tr("This desk"));

    // What the database holds now (another desk may have changed it since this window opened).
    auto bureau = m_service.reader().bureauSettings();
    if (bureau) {
        m_reading->setCurrentIndex(std::max(0, m_reading->findData(bureau->value(service::serviceLeadReadingSetting.toString()))));
        for (auto it = m_leadDays.cbegin(); it != m_leadDays.cend(); ++it)
            it.value()->setValue(bureau->leadDays(it.key()));
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
            it.value()->setText(bureau->value(it.key()));
        for (const service::SettingValue &v : bureau->stored())
            if (!v.unit.isEmpty())
                m_unitValues[v.unit].insert(v.name, v.value);
    } else {
        m_problems->setText(bureau.errorString());
    }
    showUnit();

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    auto *note = new QLabel(tr("Bureau settings are kept in the database and are the same for every desk that opens it. "
                               "Each change is recorded in the audit log with the old and the new value."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, 560);
}

QWidget *SettingsDialog::deskPage()
{
    auto *page = new QWidget(this);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(i18n::savedLanguage())));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Language (after restart)"), m_language);
    auto *note = new QLabel(tr("The language and the window's layout belong to this computer only."), page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::bureauPage()
{
    auto *page = new QWidget(this);
    m_reading->setObjectName(u"serviceLeadReading"_s);
    m_reading->addItem(tr("At least 5 full working days between service and meeting (stricter)"), u"strict"_s);
    m_reading->addItem(tr("The meeting may be on the 5th working day after service"), u"lenient"_s);
    auto *general = new QFormLayout;
    general->addRow(tr("Consultation notice served \"5 working days before\" (Art. 19)"), m_reading);
    // The numbers the rules leave to the bureau (domain/bureaurules.h); a bad value is refused by the service.
    for (QStringView name : {service::suitDeadlineDaysSetting, service::simpleCaseThresholdSetting, service::reporterReplyDaysSetting}) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name.toString());
        edit->setText(service::findSetting(name)->defaultValue);
        general->addRow(service::findSetting(name)->label(), edit);
        m_numbers.insert(name.toString(), edit);
    }

    auto *leadBox = new QGroupBox(tr("Warn this many days before a deadline"), page);
    auto *leadForm = new QFormLayout(leadBox);
    for (const domain::DeadlineKind &k : domain::deadlineKinds()) {
        auto *spin = new QSpinBox(leadBox);
        spin->setObjectName(service::leadDaysSetting(k.key));
        spin->setRange(0, 365);
        spin->setSuffix(tr(" days"));
        spin->setValue(k.defaultLeadDays);
        leadForm->addRow(k.displayName(), spin);
        m_leadDays.insert(k.key, spin);
    }
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(leadBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(general);
    layout->addWidget(scroll, 1);
    return page;
}

QWidget *SettingsDialog::unitsPage()
{
    auto *page = new QWidget(this);
    for (const domain::District &d : domain::districts())
        m_district->addItem(d.displayName(), d.code);
    for (const domain::Department &d : domain::departments())
        m_department->addItem(d.displayName(), d.key);
    m_district->setObjectName(u"unitDistrict"_s);
    m_department->setObjectName(u"unitDepartment"_s);
    auto *form = new QFormLayout(page);
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Department"), m_department);
    for (QStringView name : unitFieldNames) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name.toString());
        edit->setClearButtonEnabled(true);
        m_unitFields.insert(name.toString(), edit);
        form->addRow(service::findSetting(name)->label(), edit);
    }
    auto *note = new QLabel(tr("An empty field prints the default shown in grey (from the district and the department)."), page);
    note->setWordWrap(true);
    form->addRow(note);
    auto switchUnit = [this] {
        keepUnitEdits();
        showUnit();
    };
    connect(m_district, &QComboBox::currentIndexChanged, this, switchUnit);
    connect(m_department, &QComboBox::currentIndexChanged, this, switchUnit);
    return page;
}

QString SettingsDialog::currentUnit() const
{
    return service::unitKey(m_district->currentData().toString(), m_department->currentData().toString());
}

void SettingsDialog::chooseUnit(const QString &districtCode, const QString &departmentKey)
{
    m_district->setCurrentIndex(std::max(0, m_district->findData(districtCode)));
    m_department->setCurrentIndex(std::max(0, m_department->findData(departmentKey)));
}

void SettingsDialog::keepUnitEdits()
{
    if (m_shownUnit.isEmpty())
        return;
    for (auto it = m_unitFields.cbegin(); it != m_unitFields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!text.isEmpty() || m_unitValues.value(m_shownUnit).contains(it.key()))
            m_unitValues[m_shownUnit].insert(it.key(), text);
    }
}

void SettingsDialog::showUnit()
{
    m_shownUnit = currentUnit();
    const documents::UnitPaperSettings defaults =
        documents::PaperSettings::defaultsFor(m_district->currentData().toString(), m_department->currentData().toString());
    const QHash<QString, QString> values = m_unitValues.value(m_shownUnit);
    for (auto it = m_unitFields.cbegin(); it != m_unitFields.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
        it.value()->setPlaceholderText(it.key() == service::unitNameSetting      ? defaults.unitName
                                       : it.key() == service::numberPrefixSetting ? defaults.numberPrefix
                                                                                  : QString());
    }
}

QString SettingsDialog::problemText() const
{
    return m_problems->text();
}

void SettingsDialog::accept()
{
    keepUnitEdits();
    QList<service::SettingValue> values;
    values << service::SettingValue{{}, service::serviceLeadReadingSetting.toString(), m_reading->currentData().toString(), {}, {}};
    for (auto it = m_leadDays.cbegin(); it != m_leadDays.cend(); ++it)
        values << service::SettingValue{{}, service::leadDaysSetting(it.key()), QString::number(it.value()->value()), {}, {}};
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
        values << service::SettingValue{{}, it.key(), it.value()->text().trimmed(), {}, {}};
    for (auto unit = m_unitValues.cbegin(); unit != m_unitValues.cend(); ++unit)
        for (auto v = unit.value().cbegin(); v != unit.value().cend(); ++v)
            values << service::SettingValue{unit.key(), v.key(), v.value(), {}, {}};
    // Values equal to what is in force are left alone: only real changes are written and audited.
    auto changed = m_service.changeSettings(values, service::defaultActor());
    if (!changed) {
        m_problems->setText(changed.errorString());
        return;
    }
    i18n::saveLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace ecoclaim::ui
