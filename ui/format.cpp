#include "ui/format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

bool speaksChinese() { return QLocale().language() == QLocale::Chinese; }

QString formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    return speaksChinese() ? date.toString(u"yyyy年M月d日"_s) : QLocale().toString(date, u"d MMM yyyy"_s);
}

QString formatTimestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return speaksChinese() ? local.toString(u"yyyy年M月d日 HH:mm"_s) : QLocale().toString(local, u"d MMM yyyy HH:mm"_s);
}

QString formatMoney(domain::Money amount)
{
    return speaksChinese() ? amount.toYuanString() + u"元"_s : u"¥"_s + amount.toYuanString();
}

} // namespace ecoclaim::ui
