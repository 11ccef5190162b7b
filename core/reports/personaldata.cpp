#include "core/reports/personaldata.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

bool isResidentIdNumber(QStringView t)
{
    if (t.size() != 18)
        return false;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!t[i].isDigit())
            return false;
        sum += (t[i].unicode() - u'0') * weights[i];
    }
    static const char16_t check[] = u"10X98765432";
    return t[17].toUpper() == QChar(check[sum % 11]);
}

bool isCreditCode(QStringView t)
{
    static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (t.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = alphabet.indexOf(t[i]);
        if (v < 0)
            return false;
        sum += int(v) * weights[i];
    }
    const int c = (31 - sum % 31) % 31;
    return t[17] == alphabet.at(c);
}

bool passesLuhn(QStringView d)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        if (!d[i].isDigit())
            return false;
        int v = d[i].unicode() - u'0';
        if (twice && (v *= 2) > 9)
            v -= 9;
        sum += v;
        twice = !twice;
    }
    return !d.isEmpty() && sum % 10 == 0;
}

QList<PersonalMatch> findPersonalData(const QString &text)
{
    QList<PersonalMatch> found;
    auto add = [&](qsizetype start, qsizetype length, PersonalKind kind) {
        for (const PersonalMatch &m : found)
            if (start < m.start + m.length && m.start < start + length)
                return; // overlaps one found first (IDs before phones before plates)
        found << PersonalMatch{start, length, kind};
    };
    // Runs of 15–19 ID characters not inside a longer run: resident IDs, credit codes, bank cards.
    static const QRegularExpression longRun(u"(?<![0-9A-Za-z])[0-9A-Z]{15,19}(?![0-9A-Za-z])"_s);
    for (auto it = longRun.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringView v = QStringView(text).mid(m.capturedStart(), m.capturedLength());
        if (isResidentIdNumber(v))
            add(m.capturedStart(), m.capturedLength(), PersonalKind::IdNumber);
        else if (isCreditCode(v))
            add(m.capturedStart(), m.capturedLength(), PersonalKind::CreditCode);
        else if (v.size() >= 16 && passesLuhn(v))
            add(m.capturedStart(), m.capturedLength(), PersonalKind::BankAccount);
    }
    // An account written after its label, with spaces or dashes between the groups.
    static const QRegularExpression account(u"(?:账号|账户|卡号|帐号|帐户)[:：\\s]*([0-9][0-9 \\-]{7,30}[0-9])"_s);
    for (auto it = account.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(1), m.capturedLength(1), PersonalKind::BankAccount);
    }
    static const QRegularExpression mobile(u"(?<![0-9])(?:\\+?86[ \\-]?)?1[3-9][0-9](?:[ \\-]?[0-9]{4}){2}(?![0-9])"_s);
    for (auto it = mobile.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedLength(), PersonalKind::Phone);
    }
    static const QRegularExpression landline(u"(?<![0-9])(?:\\(0[0-9]{2,3}\\)|0[0-9]{2,3}[ \\-])[0-9]{7,8}(?:-[0-9]{1,5})?(?![0-9])"_s);
    for (auto it = landline.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedLength(), PersonalKind::Phone);
    }
    static const QRegularExpression plate(
        u"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·\\s]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]"_s);
    for (auto it = plate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedLength(), PersonalKind::Plate);
    }
    std::sort(found.begin(), found.end(), [](const PersonalMatch &a, const PersonalMatch &b) { return a.start < b.start; });
    return found;
}

} // namespace ecoclaim::reports
