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

// Texts stored in the language of the desk that wrote them, shown in this desk's language with dates
// written its way (core/i18n/storedtext.h); the stored text itself is never changed.
QString shownSummary(const QString &stored);     // a timeline event's summary
QString shownExplanation(const QString &stored); // a deadline's explanation
QString shownArticle(const QString &stored);     // "第八条第三款" → "Art. 8 ¶3" in English

} // namespace ecoclaim::ui
