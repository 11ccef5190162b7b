#include "core/domain/identifiers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {

constexpr qsizetype idLength = 18;

// GB 32100-2015: the 31 characters in use (no I O S V Z) and the weights 3^(i) mod 31 of places 1-17.
constexpr QStringView creditCharset = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int creditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// GB 11643-1999: weights 2^(17-i) mod 11 and the check character for each remainder.
constexpr int residentWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QStringView residentCheck = u"10X98765432";

constexpr int earliestBirthYear = 1850;

Problems one(const QString &field, const QString &message)
{
    return Problems{Problem{field, message, {}}};
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString normalized(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        // Full-width ASCII block (U+FF01..U+FF5E) maps onto ASCII by a fixed offset.
        if (u >= 0xFF01 && u <= 0xFF5E)
            s += QChar(char16_t(u - 0xFEE0)).toUpper();
        else
            s += c.toUpper();
    }
    return s;
}

// "2023-02-30" from the digits, for messages (the digits themselves may not form a date).
QString birthDigits(QStringView id)
{
    return id.mid(6, 4).toString() + u'-' + id.mid(10, 2).toString() + u'-' + id.mid(12, 2).toString();
}

} // namespace

QChar creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = creditCharset.indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * creditWeights[i];
    }
    return creditCharset.at((31 - sum % 31) % 31); // 31 - 0 wraps to 0
}

QString normalizedCreditCode(QStringView text)
{
    return normalized(text);
}

Problems checkCreditCode(QStringView code, const QString &field)
{
    const QString shown = code.toString();
    if (code.isEmpty())
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "Enter the 18-character unified social credit code."));
    if (code.size() != idLength)
        return one(field,
                   QCoreApplication::translate("ecoclaim::Identifiers",
                                               "A unified social credit code has 18 characters; “%1” has %2.")
                       .arg(shown, QString::number(code.size())));
    for (qsizetype i = 0; i < idLength; ++i) {
        const QChar c = code.at(i);
        if (creditCharset.contains(c))
            continue;
        if (c.isLower() && creditCharset.contains(c.toUpper()))
            return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                          "A unified social credit code is written in capital "
                                                          "letters: %1, not “%2”.")
                                  .arg(code.toString().toUpper(), shown));
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "“%1” cannot appear in a unified social credit code "
                                                      "(character %2 of “%3”): it uses digits and capital "
                                                      "letters other than I, O, S, V and Z.")
                              .arg(QString(c), QString::number(i + 1), shown));
    }
    const QChar expected = creditCodeCheckCharacter(code.left(17));
    if (code.at(17) != expected)
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "The check character of “%1” should be %2, not %3: "
                                                      "a character was probably mistyped.")
                              .arg(shown, QString(expected), QString(code.at(17))));
    return {};
}

bool isValidCreditCode(QStringView code)
{
    return checkCreditCode(code, QString()).isEmpty();
}

QChar residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17.at(i)))
            return {};
        sum += (first17.at(i).unicode() - u'0') * residentWeights[i];
    }
    return residentCheck.at(sum % 11);
}

QDate residentIdBirthDate(QStringView id)
{
    if (id.size() < 14)
        return {};
    for (qsizetype i = 6; i < 14; ++i)
        if (!isAsciiDigit(id.at(i)))
            return {};
    const int year = id.mid(6, 4).toInt();
    const int month = id.mid(10, 2).toInt();
    const int day = id.mid(12, 2).toInt();
    return QDate(year, month, day); // invalid for 2023-02-30, month 13 …
}

QString normalizedResidentId(QStringView text)
{
    return normalized(text);
}

Problems checkResidentId(QStringView id, const QString &field, QDate today)
{
    const QString shown = id.toString();
    if (id.isEmpty())
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "Enter the 18-character resident identity card number."));
    if (id.size() != idLength) {
        bool allDigits = true;
        for (const QChar c : id)
            allDigits = allDigits && isAsciiDigit(c);
        if (id.size() == 15 && allDigits)
            return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                          "“%1” is an old 15-digit identity card number; enter "
                                                          "the 18-character number of the current card.")
                                  .arg(shown));
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "A resident identity card number has 18 characters; "
                                                      "“%1” has %2.")
                              .arg(shown, QString::number(id.size())));
    }
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(id.at(i)))
            return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                          "Character %1 of “%2” must be a digit, not “%3”.")
                                  .arg(QString::number(i + 1), shown, QString(id.at(i))));
    }
    const QChar last = id.at(17);
    if (last == u'x')
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "Write the last character of “%1” as a capital X.")
                              .arg(shown));
    if (!isAsciiDigit(last) && last != u'X')
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "The last character of “%1” must be a digit or X, "
                                                      "not “%2”.")
                              .arg(shown, QString(last)));

    const QDate birth = residentIdBirthDate(id);
    if (!birth.isValid())
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "The birth date in “%1” is impossible: %2 is not a "
                                                      "calendar date.")
                              .arg(shown, birthDigits(id)));
    if (today.isValid() && birth > today)
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "The birth date in “%1” is impossible: %2 is in the "
                                                      "future.")
                              .arg(shown, birthDigits(id)));
    if (birth.year() < earliestBirthYear)
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "The birth date in “%1” is impossible: %2 is before "
                                                      "%3.")
                              .arg(shown, birthDigits(id), QString::number(earliestBirthYear)));

    const QChar expected = residentIdCheckCharacter(id.left(17));
    if (last != expected)
        return one(field, QCoreApplication::translate("ecoclaim::Identifiers",
                                                      "The check character of “%1” should be %2, not %3: "
                                                      "a digit was probably mistyped.")
                              .arg(shown, QString(expected), QString(last)));
    return {};
}

bool isValidResidentId(QStringView id, QDate today)
{
    return checkResidentId(id, QString(), today).isEmpty();
}

} // namespace ecoclaim::domain
