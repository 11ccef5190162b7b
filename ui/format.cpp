#include "ui/format.h"

#include "core/domain/articlefromchinese.h"
#include "core/domain/dateformat.h"
#include "core/i18n/storedtext.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

bool speaksChinese() { return domain::readsChinese(); }

// One way per language, shared with the audit trail's words and the CLI (core/domain/dateformat.h).
QString formatDate(QDate date) { return domain::displayDate(date); }

QString formatTimestamp(const QDateTime &utc) { return domain::displayTimestamp(utc); }

QString shownSummary(const QString &stored)
{
    // The handlers' summaries, the approvals' ones, and a command's title when it wrote no summary.
    static const QStringList contexts{u"ecoclaim::Timeline"_s, u"ecoclaim::CaseService"_s, u"ecoclaim::Command"_s};
    return i18n::storedTextShown(stored, contexts);
}

QString shownExplanation(const QString &stored)
{
    static const QStringList contexts{u"ecoclaim::Deadlines"_s};
    return i18n::storedTextShown(stored, contexts);
}

QString shownArticle(const QString &stored)
{
    const domain::ArticleRef a = domain::articleFromChinese(stored);
    return a.isNull() ? stored : a.toString();
}

QString formatMoney(domain::Money amount)
{
    return speaksChinese() ? amount.toYuanString() + u"元"_s : u"¥"_s + amount.toYuanString();
}

} // namespace ecoclaim::ui
