#pragma once
// How a date is written for a reader — one way per language, everywhere the program shows one (the window,
// the audit trail in words, the CLI's text): Chinese 2026年12月6日 (and 2026年12月6日 14:05), English
// 6 Dec 2026 (6 Dec 2026 14:05). The language is the default QLocale that core/i18n sets with the
// translation. Stored dates, JSON, file names and the papers' own dates are not written this way (ISO, or
// the paper's official form).

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ecoclaim::domain {

bool readsChinese();                            // the default locale's language is Chinese
QString displayDate(QDate date);                // "" for an invalid date
QString displayDateFormat();                    // the QDate format of displayDate ("yyyy年M月d日" / "d MMM yyyy")
QString displayTimestamp(const QDateTime &utc); // local time, to the minute; "" for an invalid one

} // namespace ecoclaim::domain
