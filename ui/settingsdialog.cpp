#include "ui/settingsdialog.h"

#include "app/i18n/language.h"
#include "core/domain/deadlinekinds.h"
#include "core/service/caseservice.h"
#include "core/service/dashboard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

SettingsDialog::SettingsDialog(service::CaseService &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_language(new QComboBox(this)), m_reading(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(i18n::savedLanguage())));

    m_reading->addItem(tr("At least 5 full working days between service and meeting (stricter)"), u"strict"_s);
    m_reading->addItem(tr("The meeting may be on the 5th working day after service"), u"lenient"_s);
    m_reading->setCurrentIndex(service.settings().serviceLeadReading == calendar::ServiceLeadReading::Lenient ? 1 : 0);

    auto *general = new QFormLayout;
    general->addRow(tr("Language (after restart)"), m_language);
    general->addRow(tr("Consultation notice served \"5 working days before\" (Art. 19)"), m_reading);

    auto *leadBox = new QGroupBox(tr("Warn this many days before a deadline"), this);
    auto *leadForm = new QFormLayout(leadBox);
    for (const domain::DeadlineKind &k : domain::deadlineKinds()) {
        auto *spin = new QSpinBox(leadBox);
        spin->setRange(0, 180);
        spin->setSuffix(tr(" days"));
        spin->setValue(service::leadDays(k.key));
        leadForm->addRow(k.displayName(), spin);
        m_leadDays.insert(k.key, spin);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(leadBox);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    i18n::saveLanguage(m_language->currentData().toString());
    service::ServiceSettings settings = m_service.settings();
    settings.serviceLeadReading = m_reading->currentData().toString() == u"lenient"_s ? calendar::ServiceLeadReading::Lenient
                                                                                    : calendar::ServiceLeadReading::Strict;
    settings.save();
    m_service.setSettings(settings);
    for (auto it = m_leadDays.cbegin(); it != m_leadDays.cend(); ++it)
        service::setLeadDays(it.key(), it.value()->value());
    QDialog::accept();
}

} // namespace ecoclaim::ui
