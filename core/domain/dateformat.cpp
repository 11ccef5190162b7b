#include "core/domain/dateformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

bool readsChinese() { return QLocale().language() == QLocale::Chinese; }

QString displayDateFormat() { return readsChinese() ? u"yyyy年M月d日"_s : u"d MMM yyyy"_s; }

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    // Month names from English whatever the system's locale (a C locale would spell them the same; this
    // keeps the form fixed).
    return readsChinese() ? date.toString(u"yyyy年M月d日"_s) : QLocale(QLocale::English).toString(date, u"d MMM yyyy"_s);
}

QString displayTimestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return readsChinese() ? local.toString(u"yyyy年M月d日 HH:mm"_s) : QLocale(QLocale::English).toString(local, u"d MMM yyyy HH:mm"_s);
}

} // namespace ecoclaim::domain
