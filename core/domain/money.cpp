#include "core/domain/money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {

// For messages marked with QT_TRANSLATE_NOOP("ecoclaim::Money", …) where they are written.
QString translated(const char *source)
{
    return QCoreApplication::translate("ecoclaim::Money", source);
}

// Magnitude as unsigned, so that even the most negative qint64 has one.
quint64 magnitude(qint64 fen)
{
    return fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
}

// Folds what a Chinese input method or a spreadsheet may produce into plain ASCII:
// full-width digits and punctuation, the full-width yuan sign and the other minus signs.
QString foldFullWidth(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            s += QChar(char16_t(u'0' + (u - u'０')));
        else if (u == u'，')
            s += u',';
        else if (u == u'．')
            s += u'.';
        else if (u == u'－' || u == u'−')
            s += u'-';
        else if (u == u'￥')
            s += u'¥';
        else
            s += c;
    }
    return s;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

// "1,234,567" is fine; "12,34" or "1,2345" is a typing slip and must not silently become 1234.
bool groupsOfThree(QStringView intPart)
{
    const QList<QStringView> groups = intPart.split(u',');
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return false;
    return true;
}

const QString &upperDigits()
{
    static const QString digits = u"零壹贰叁肆伍陆柒捌玖"_s;
    return digits;
}

// 1..9999 inside one 万 section; zeros between digits collapse into one 零, trailing zeros vanish.
QString section(quint64 n)
{
    static const QString units[] = {QString(), u"拾"_s, u"佰"_s, u"仟"_s};
    QString s;
    bool zeroPending = false;
    quint64 power = 1000;
    for (int place = 3; place >= 0; --place, power /= 10) {
        const int d = int((n / power) % 10);
        if (d == 0) {
            zeroPending = !s.isEmpty();
            continue;
        }
        if (zeroPending)
            s += u'零';
        zeroPending = false;
        s += upperDigits().at(d) + units[place];
    }
    return s;
}

// 1..99,999,999: [section 万] [零] section. The 零 marks a gap before a section not starting at 仟.
QString belowYi(quint64 n)
{
    const quint64 high = n / 10000, low = n % 10000;
    QString s;
    if (high)
        s = section(high) + u'万';
    if (low) {
        if (high && low < 1000)
            s += u'零';
        s += section(low);
    }
    return s;
}

// Any positive integer: groups of 亿, recursively (壹万亿 for 10^12; 亿亿 only beyond 10^16).
QString integerUppercase(quint64 n)
{
    constexpr quint64 yi = 100'000'000;
    if (n < yi)
        return belowYi(n);
    const quint64 high = n / yi, rest = n % yi;
    QString s = integerUppercase(high) + u'亿';
    if (rest) {
        // 零 when the rest does not start at 仟万, or when the 亿 section itself is empty
        // (壹万亿零壹仟万: the zeros run through a whole section).
        if (rest < 10'000'000 || high % 10000 == 0)
            s += u'零';
        s += belowYi(rest);
    }
    return s;
}

// "-1,234.56" or "-1234.56": always two decimals; no locale, papers must not change with the system.
QString yuanText(qint64 fen, bool grouped)
{
    const quint64 mag = magnitude(fen);
    const QString digits = QString::number(mag / 100);
    QString s = fen < 0 ? u"-"_s : QString();
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (grouped && i > 0 && (n - i) % 3 == 0)
            s += u',';
        s += digits.at(i);
    }
    return s + u'.' + QString::number(mag % 100).rightJustified(2, u'0');
}

} // namespace

Result<Money> Money::parseYuan(QStringView text, const QString &field)
{
    const QString shown = text.trimmed().toString();
    // The message names the field when there is one: "Amount claimed: “12,34” …".
    const auto problem = [&](const QString &message) {
        const QString named = field.isEmpty()
            ? message
            : QCoreApplication::translate("ecoclaim::Money", "%1: %2", "field name: message").arg(field, message);
        return Result<Money>(Problem{field, named, {}});
    };
    const auto refuse = [&](const char *message) { return problem(translated(message).arg(shown)); };

    QString s = foldFullWidth(text).trimmed();
    if (s.isEmpty())
        return problem(
            QCoreApplication::translate("ecoclaim::Money", "Enter an amount in yuan, for example 1,234.56."));

    // Signs and the currency sign may come in either order ("-¥5", "¥-5"); 元 may close the amount.
    bool negative = false;
    while (!s.isEmpty() && (s.front() == u'-' || s.front() == u'¥')) {
        negative = negative || s.front() == u'-';
        s = s.mid(1).trimmed();
    }
    if (s.endsWith(u'元'))
        s = s.chopped(1).trimmed();

    const qsizetype dot = s.indexOf(u'.');
    const QStringView intPart = dot < 0 ? QStringView(s) : QStringView(s).left(dot);
    const QStringView fracPart = dot < 0 ? QStringView() : QStringView(s).mid(dot + 1);
    QString intDigits = intPart.toString();
    intDigits.remove(u',');

    if ((intDigits.isEmpty() && fracPart.isEmpty()) || !allAsciiDigits(intDigits)
        || !allAsciiDigits(fracPart) || (dot >= 0 && fracPart.isEmpty()))
        return refuse(QT_TRANSLATE_NOOP("ecoclaim::Money",
                                        "“%1” is not an amount in yuan: write digits with at most two "
                                        "decimals, for example 1,234.56."));
    if (intPart.contains(u',') && !groupsOfThree(intPart))
        return refuse(QT_TRANSLATE_NOOP("ecoclaim::Money",
                                        "“%1”: thousands separators must group three digits, for example "
                                        "1,234,567.89."));
    if (fracPart.size() > 2)
        return refuse(QT_TRANSLATE_NOOP("ecoclaim::Money",
                                        "“%1” has more than two decimals: amounts are kept to the fen "
                                        "(0.01 yuan)."));
    if (negative)
        return refuse(QT_TRANSLATE_NOOP("ecoclaim::Money", "“%1”: amounts cannot be negative."));

    // Stop as soon as the limit is passed, so even a hundred digits cannot overflow.
    qint64 yuan = 0;
    for (const QChar c : std::as_const(intDigits)) {
        yuan = yuan * 10 + (c.unicode() - u'0');
        if (yuan > maxFen / 100)
            return problem(QCoreApplication::translate("ecoclaim::Money",
                                                       "“%1” is too large for an amount; the largest is %2 yuan.")
                               .arg(shown, Money(maxFen).toYuanString()));
    }
    qint64 fen = 0;
    if (!fracPart.isEmpty())
        fen = (fracPart.at(0).unicode() - u'0') * 10
            + (fracPart.size() > 1 ? fracPart.at(1).unicode() - u'0' : 0);
    return Money(yuan * 100 + fen);
}

QString Money::toYuanPlain() const
{
    return yuanText(m_fen, false);
}

QString Money::toYuanString() const
{
    return yuanText(m_fen, true);
}

QString Money::toChineseUppercase() const
{
    if (m_fen < 0)
        return {};
    const quint64 yuan = quint64(m_fen) / 100;
    const int jiao = int(m_fen / 10 % 10);
    const int fen = int(m_fen % 10);

    QString s = u"人民币"_s;
    if (m_fen == 0)
        return s + u"零元整"_s;
    if (yuan)
        s += integerUppercase(yuan) + u'元';
    if (jiao == 0 && fen == 0)
        return s + u'整';
    if (jiao) {
        // Convention (see header): a 0 in the 元 place before a non-zero 角 is written.
        if (yuan && yuan % 10 == 0)
            s += u'零';
        s += upperDigits().at(jiao) + u'角';
    }
    if (fen) {
        // Required: 角 is 0 between 元 and 分.
        if (yuan && jiao == 0)
            s += u'零';
        s += upperDigits().at(fen) + u'分';
    }
    return s;
}

} // namespace ecoclaim::domain
