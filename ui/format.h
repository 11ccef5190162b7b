#pragma once
// How the window writes dates and amounts: the Chinese way in zh_CN (2026年3月1日, 150,000.00元),
// the English way otherwise. Follows the default QLocale that app/i18n sets with the language.

#include "core/domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ecoclaim::ui {

QString formatDate(QDate date);          // "" for an invalid date
QString formatTimestamp(const QDateTime &utc); // local time, to the minute
QString formatMoney(domain::Money amount);     // "150,000.00元" / "¥150,000.00"
bool speaksChinese();

} // namespace ecoclaim::ui
