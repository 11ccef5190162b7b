// Money: fen arithmetic, reading amounts as caseworkers type them, and the two printed forms —
// "1,234.56" and 人民币大写 (reference.md §5.2 test vectors, plus a round trip through an
// independent reader of the 大写 form over many amounts rich in zeros).

#include "core/domain/money.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using ecoclaim::domain::Money;

namespace ecoclaim::domain {
// Found by QCOMPARE through argument-dependent lookup: failures print the amount.
char *toString(const Money &m)
{
    return qstrdup(m.toYuanPlain().toUtf8().constData());
}
} // namespace ecoclaim::domain

namespace {

// Reads 人民币大写 back into fen — written independently of money.cpp, as the oracle for the round trip.
// Returns -1 on anything it does not understand.
qint64 readUppercase(QString s)
{
    static const QString digits = u"零壹贰叁肆伍陆柒捌玖"_s;
    if (!s.startsWith(u"人民币"_s))
        return -1;
    s = s.mid(3);
    if (s.endsWith(u'整'))
        s.chop(1);
    const qsizetype yuanAt = s.indexOf(u'元');
    const QString integer = yuanAt < 0 ? QString() : s.left(yuanAt);
    const QString fraction = yuanAt < 0 ? s : s.mid(yuanAt + 1);

    qint64 total = 0, wan = 0, section = 0, digit = 0;
    for (const QChar c : integer) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            digit = d;
        } else if (c == u'拾' || c == u'佰' || c == u'仟') {
            section += digit * (c == u'拾' ? 10 : c == u'佰' ? 100 : 1000);
            digit = 0;
        } else if (c == u'万') {
            wan = (section + digit) * 10000;
            section = digit = 0;
        } else if (c == u'亿') {
            total = (total + wan + section + digit) * 100'000'000;
            wan = section = digit = 0;
        } else {
            return -1;
        }
    }
    qint64 fen = (total + wan + section + digit) * 100;
    digit = 0;
    for (const QChar c : fraction) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0)
            digit = d;
        else if (c == u'角')
            fen += digit * 10;
        else if (c == u'分')
            fen += digit;
        else
            return -1;
    }
    return fen;
}

// How many 零 the 大写 form of `fen` must have under money.h's convention: one for each gap of zeros
// between two non-zero digits of the yuan part — except a gap that only ends a section before a
// non-zero 仟 of the next one (107,000 → 壹拾万柒仟) — plus 元零角 / 元零分.
int expectedZeros(qint64 fen)
{
    const QString yuan = QString::number(fen / 100);
    int zeros = 0, previous = -1; // place (from the right) of the last non-zero digit seen
    for (qsizetype i = 0; i < yuan.size(); ++i) {
        if (yuan.at(i) == u'0')
            continue;
        const int place = int(yuan.size() - 1 - i);
        if (previous >= 0 && previous - place > 1) {
            const bool optional = place % 4 == 3 && previous / 4 - place / 4 == 1;
            zeros += optional ? 0 : 1;
        }
        previous = place;
    }
    const qint64 wholeYuan = fen / 100, jiao = fen / 10 % 10, fenDigit = fen % 10;
    if (wholeYuan > 0 && ((jiao != 0 && wholeYuan % 10 == 0) || (jiao == 0 && fenDigit != 0)))
        ++zeros;
    return zeros;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void arithmetic()
    {
        QCOMPARE(Money().fen(), qint64(0));
        QVERIFY(Money().isZero());
        const Money a = Money::fromFen(10), b = Money::fromFen(20);
        QCOMPARE((a + b).fen(), qint64(30));
        QCOMPARE((a - b).fen(), qint64(-10));
        QVERIFY((a - b).isNegative());
        QVERIFY(!a.isNegative());
        QVERIFY(!Money().isNegative());
        Money c = a;
        c += b;
        QCOMPARE(c, Money::fromFen(30));
        c -= a;
        QCOMPARE(c, b);
        QVERIFY(a < b);
        QVERIFY(b >= a);
        QVERIFY(a != b);
        // The reason for fen: 0.1 + 0.2 is exactly 0.30.
        const Money sum = Money::parseYuan(u"0.1").value() + Money::parseYuan(u"0.2").value();
        QCOMPARE(sum, Money::parseYuan(u"0.30").value());
        QCOMPARE(sum.toYuanPlain(), u"0.30"_s);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("integer") << u"1234"_s << qint64(123400);
        QTest::newRow("one decimal, separators") << u"1,234.5"_s << qint64(123450);
        QTest::newRow("two decimals") << u"1234.56"_s << qint64(123456);
        QTest::newRow("yuan sign") << u"¥1,234.56"_s << qint64(123456);
        QTest::newRow("full-width yuan sign") << u"￥1,234.56"_s << qint64(123456);
        QTest::newRow("full-width digits") << u"１２３４．５６"_s << qint64(123456);
        QTest::newRow("full-width comma") << u"１，２３４"_s << qint64(123400);
        QTest::newRow("trailing 元") << u"15,563元"_s << qint64(1556300);
        QTest::newRow("blanks around") << u"  ¥ 12.3 \t"_s << qint64(1230);
        QTest::newRow("ideographic space") << u"\u300012.30"_s << qint64(1230);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("fen only") << u"0.05"_s << qint64(5);
        QTest::newRow("no integer part") << u".5"_s << qint64(50);
        QTest::newRow("leading zeros") << u"007"_s << qint64(700);
        QTest::newRow("millions") << u"2,079,700.00"_s << qint64(207970000);
        QTest::newRow("maximum") << u"9,999,999,999,999,999.99"_s << Money::maxFen;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto result = Money::parseYuan(text, u"amount"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result.value().fen(), fen);
    }

    void parseRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        const QString notAmount = u"is not an amount in yuan"_s;
        QTest::newRow("empty") << QString() << u"Enter an amount"_s;
        QTest::newRow("blank") << u"   "_s << u"Enter an amount"_s;
        QTest::newRow("negative") << u"-5"_s << u"cannot be negative"_s;
        QTest::newRow("negative after sign") << u"¥-1,000.00"_s << u"cannot be negative"_s;
        QTest::newRow("full-width minus") << u"－５"_s << u"cannot be negative"_s;
        QTest::newRow("three decimals") << u"1.234"_s << u"more than two decimals"_s;
        QTest::newRow("three decimals, zero") << u"1.230"_s << u"more than two decimals"_s;
        QTest::newRow("letters") << u"abc"_s << notAmount;
        QTest::newRow("two points") << u"1.2.3"_s << notAmount;
        QTest::newRow("point only") << u"."_s << notAmount;
        QTest::newRow("trailing point") << u"1234."_s << notAmount;
        QTest::newRow("exponent") << u"1e5"_s << notAmount;
        QTest::newRow("plus") << u"+5"_s << notAmount;
        QTest::newRow("sign only") << u"¥"_s << notAmount;
        QTest::newRow("chinese units") << u"5角"_s << notAmount;
        QTest::newRow("inner blank") << u"1 234"_s << notAmount;
        QTest::newRow("short group") << u"12,34"_s << u"group three digits"_s;
        QTest::newRow("long group") << u"1,2345"_s << u"group three digits"_s;
        QTest::newRow("leading comma") << u",123"_s << u"group three digits"_s;
        QTest::newRow("just above maximum") << u"10000000000000000"_s << u"too large"_s;
        QTest::newRow("many digits") << QString(40, u'9') << u"too large"_s;
    }
    void parseRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto result = Money::parseYuan(text, u"Amount claimed"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems().size(), 1);
        const auto &problem = result.problems().first();
        QCOMPARE(problem.field, u"Amount claimed"_s);
        QVERIFY(problem.article.isNull());
        QVERIFY2(problem.message.startsWith(u"Amount claimed: "_s), qPrintable(problem.message));
        QVERIFY2(problem.message.contains(says), qPrintable(problem.message));
        if (!text.trimmed().isEmpty()) // the message quotes what was typed
            QVERIFY2(problem.message.contains(text.trimmed()), qPrintable(problem.message));

        // Without a field name the message stands alone.
        const auto unnamed = Money::parseYuan(text);
        QVERIFY(!unnamed.ok());
        QVERIFY(unnamed.problems().first().field.isEmpty());
        QVERIFY(!unnamed.problems().first().message.startsWith(u':'));
        QVERIFY(unnamed.problems().first().message.contains(says));
    }

    void yuanString_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("grouped");
        QTest::addColumn<QString>("plain");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s << u"0.00"_s;
        QTest::newRow("fen") << qint64(5) << u"0.05"_s << u"0.05"_s;
        QTest::newRow("jiao") << qint64(50) << u"0.50"_s << u"0.50"_s;
        QTest::newRow("hundreds") << qint64(99999) << u"999.99"_s << u"999.99"_s;
        QTest::newRow("thousand") << qint64(100000) << u"1,000.00"_s << u"1000.00"_s;
        QTest::newRow("example") << qint64(123456) << u"1,234.56"_s << u"1234.56"_s;
        QTest::newRow("millions") << qint64(1234567890) << u"12,345,678.90"_s << u"12345678.90"_s;
        QTest::newRow("negative") << qint64(-123456) << u"-1,234.56"_s << u"-1234.56"_s;
        QTest::newRow("negative fen") << qint64(-5) << u"-0.05"_s << u"-0.05"_s;
        QTest::newRow("maximum") << Money::maxFen << u"9,999,999,999,999,999.99"_s << u"9999999999999999.99"_s;
        QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << u"-92,233,720,368,547,758.08"_s
                                    << u"-92233720368547758.08"_s;
    }
    void yuanString()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, grouped);
        QFETCH(QString, plain);
        const Money m = Money::fromFen(fen);
        QCOMPARE(m.toYuanString(), grouped);
        QCOMPARE(m.toYuanPlain(), plain);
        if (fen >= 0 && fen <= Money::maxFen) { // both forms read back
            QCOMPARE(Money::parseYuan(grouped).value(), m);
            QCOMPARE(Money::parseYuan(plain).value(), m);
        }
    }

    void uppercase_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expected");
        // reference.md §5.2
        QTest::newRow("zero") << u"0.00"_s << u"人民币零元整"_s;
        QTest::newRow("ten") << u"10.00"_s << u"人民币壹拾元整"_s;
        QTest::newRow("2,079,700") << u"2,079,700.00"_s << u"人民币贰佰零柒万玖仟柒佰元整"_s;
        QTest::newRow("15,563") << u"15,563.00"_s << u"人民币壹万伍仟伍佰陆拾叁元整"_s;
        QTest::newRow("one yi") << u"100,000,000.00"_s << u"人民币壹亿元整"_s;
        QTest::newRow("1409.50") << u"1409.50"_s << u"人民币壹仟肆佰零玖元伍角"_s;
        QTest::newRow("6007.14") << u"6007.14"_s << u"人民币陆仟零柒元壹角肆分"_s;
        QTest::newRow("16409.02") << u"16409.02"_s << u"人民币壹万陆仟肆佰零玖元零贰分"_s;
        QTest::newRow("325.04") << u"325.04"_s << u"人民币叁佰贰拾伍元零肆分"_s;
        // Where §5.2 allows two forms, the convention of money.h: 元零角, no 零 after 万 before 仟.
        QTest::newRow("1680.32") << u"1680.32"_s << u"人民币壹仟陆佰捌拾元零叁角贰分"_s;
        QTest::newRow("107000.53") << u"107000.53"_s << u"人民币壹拾万柒仟元零伍角叁分"_s;
        // Under one yuan: no 元 part; no 整 after 角.
        QTest::newRow("0.05") << u"0.05"_s << u"人民币伍分"_s;
        QTest::newRow("0.50") << u"0.50"_s << u"人民币伍角"_s;
        QTest::newRow("0.55") << u"0.55"_s << u"人民币伍角伍分"_s;
        QTest::newRow("10.50") << u"10.50"_s << u"人民币壹拾元零伍角"_s;
        QTest::newRow("10.05") << u"10.05"_s << u"人民币壹拾元零伍分"_s;
        QTest::newRow("1.50") << u"1.50"_s << u"人民币壹元伍角"_s;
        // Tens, zeros inside and across 万/亿.
        QTest::newRow("11") << u"11"_s << u"人民币壹拾壹元整"_s;
        QTest::newRow("20") << u"20"_s << u"人民币贰拾元整"_s;
        QTest::newRow("1001") << u"1001"_s << u"人民币壹仟零壹元整"_s;
        QTest::newRow("10010") << u"10010"_s << u"人民币壹万零壹拾元整"_s;
        QTest::newRow("50,000") << u"50000"_s << u"人民币伍万元整"_s;
        QTest::newRow("100,000") << u"100000"_s << u"人民币壹拾万元整"_s;
        QTest::newRow("100,001") << u"100001"_s << u"人民币壹拾万零壹元整"_s;
        QTest::newRow("1,000,010") << u"1000010"_s << u"人民币壹佰万零壹拾元整"_s;
        QTest::newRow("1,010,000") << u"1,010,000"_s << u"人民币壹佰零壹万元整"_s;
        QTest::newRow("100,000,001") << u"100000001"_s << u"人民币壹亿零壹元整"_s;
        QTest::newRow("100,001,000") << u"100001000"_s << u"人民币壹亿零壹仟元整"_s;
        QTest::newRow("100,010,000") << u"100010000"_s << u"人民币壹亿零壹万元整"_s;
        QTest::newRow("110,000,000") << u"110000000"_s << u"人民币壹亿壹仟万元整"_s;
        QTest::newRow("1,000,000,001") << u"1,000,000,001.00"_s << u"人民币壹拾亿零壹元整"_s;
        QTest::newRow("1,005,000,000") << u"1005000000"_s << u"人民币壹拾亿零伍佰万元整"_s;
        QTest::newRow("10^12") << u"1,000,000,000,000"_s << u"人民币壹万亿元整"_s;
        QTest::newRow("empty 亿 section") << u"1,000,010,000,000"_s << u"人民币壹万亿零壹仟万元整"_s;
        QTest::newRow("万 inside 亿") << u"1,000,110,000,000"_s << u"人民币壹万零壹亿壹仟万元整"_s;
        QTest::newRow("maximum") << u"9999999999999999.99"_s
                                 << u"人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"_s;
    }
    void uppercase()
    {
        QFETCH(QString, amount);
        QFETCH(QString, expected);
        const auto money = Money::parseYuan(amount);
        QVERIFY2(money.ok(), qPrintable(money.errorString()));
        QCOMPARE(money->toChineseUppercase(), expected);
        // The oracles agree with the vectors.
        QCOMPARE(readUppercase(expected), money->fen());
        if (money->fen() != 0)
            QCOMPARE(expected.count(u'零'), expectedZeros(money->fen()));
    }

    void uppercaseNegativeIsEmpty()
    {
        QVERIFY(Money::fromFen(-1).toChineseUppercase().isEmpty());
        QVERIFY(Money::fromFen(std::numeric_limits<qint64>::min()).toChineseUppercase().isEmpty());
    }

    // Every amount from 0 to 200.00 yuan, then many large ones whose digits are mostly 0: the text reads
    // back to the same amount and never breaks the rules of §5.2.
    void uppercaseRoundTrip()
    {
        const auto check = [](qint64 fen) {
            const QString s = Money::fromFen(fen).toChineseUppercase();
            if (readUppercase(s) != fen)
                return u"%1 → %2 reads back as %3"_s.arg(fen).arg(s).arg(readUppercase(s));
            const bool endsAtYuan = fen % 100 == 0;
            if (s.endsWith(u'整') != endsAtYuan || s.endsWith(u"分整"_s) || s.endsWith(u"角整"_s))
                return u"%1 → %2: 整 misplaced"_s.arg(fen).arg(s);
            for (const QString &bad : {u"零零"_s, u"零元"_s, u"零万"_s, u"零亿"_s, u"零角"_s, u"零分"_s,
                                      u"亿万"_s, u"零整"_s})
                if (s.contains(bad) && fen != 0)
                    return u"%1 → %2 contains %3"_s.arg(fen).arg(s, bad);
            if (s.endsWith(u'零'))
                return u"%1 → %2 ends in 零"_s.arg(fen).arg(s);
            if (fen != 0 && s.count(u'零') != expectedZeros(fen))
                return u"%1 → %2 should have %3 零"_s.arg(fen).arg(s).arg(expectedZeros(fen));
            return QString();
        };
        for (qint64 fen = 0; fen <= 20000; ++fen) {
            const QString error = check(fen);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QRandomGenerator random(20240410); // fixed seed: a failure is reproducible
        for (int i = 0; i < 200000; ++i) {
            const int length = int(random.bounded(1, 19));
            qint64 fen = 0;
            for (int d = 0; d < length; ++d)
                fen = fen * 10 + (random.bounded(10) < 6 ? 0 : qint64(random.bounded(1, 10)));
            fen = qMin(fen, Money::maxFen);
            const QString error = check(fen);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
