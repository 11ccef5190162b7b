// 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999): published valid codes, every kind of
// refusal with its message, and the property the check character exists for — any single mistyped
// character is caught.

#include "core/domain/identifiers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace {

const QString creditCharset = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;

// A fixed "today" so that the future-date tests do not depend on the clock.
const QDate today(2025, 6, 1);

// A resident id with the given first 17 characters and its correct check character.
QString withCheck(const QString &first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

} // namespace

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void validCreditCodes_data()
    {
        QTest::addColumn<QString>("code");
        // Published codes of well-known companies (check characters verified independently).
        QTest::newRow("宝武钢铁集团 (Shanghai)") << u"91310000132200821H"_s;
        QTest::newRow("Shanghai, Qingpu company") << u"9131011877976576X6"_s;
        QTest::newRow("Shanghai, Hongkou company") << u"91310109MACHK7GN2R"_s;
        QTest::newRow("腾讯计算机系统") << u"91440300708461136T"_s;
        QTest::newRow("阿里巴巴（中国）") << u"91330100799655058B"_s;
        QTest::newRow("北京小米科技") << u"91110108551385082Q"_s;
        QTest::newRow("华为技术 (digit check)") << u"914403001922038216"_s;
        QTest::newRow("textbook example") << u"91350100M000100Y43"_s;
        // Constructed: sum ≡ 0 (mod 31) — the "31 becomes 0" case.
        QTest::newRow("check 31 → 0") << u"91310115MA1K4AB700"_s;
    }
    void validCreditCodes()
    {
        QFETCH(QString, code);
        QVERIFY(isValidCreditCode(code));
        QVERIFY(checkCreditCode(code, u"credit_code"_s).isEmpty());
        QCOMPARE(creditCodeCheckCharacter(QStringView(code).left(17)), code.at(17));
    }

    void refusedCreditCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"Enter the 18-character"_s;
        QTest::newRow("17 characters") << u"91310000132200821"_s << u"has 17"_s;
        QTest::newRow("19 characters") << u"91310000132200821H1"_s << u"has 19"_s;
        QTest::newRow("blank inside") << u"9131000013220 821H"_s << u"“ ” cannot appear"_s;
        QTest::newRow("wrong check letter") << u"91440300708461136A"_s << u"should be T, not A"_s;
        QTest::newRow("wrong check digit") << u"914403001922038217"_s << u"should be 6, not 7"_s;
        QTest::newRow("transposed digits") << u"91310000123200821H"_s << u"should be"_s;
        QTest::newRow("lower case") << u"91440300708461136t"_s << u"capital letters: 91440300708461136T"_s;
        QTest::newRow("lower case inside") << u"91310109machk7gn2r"_s << u"91310109MACHK7GN2R"_s;
        QTest::newRow("letter I") << u"91310000I32200821H"_s << u"“I” cannot appear"_s;
        QTest::newRow("letter O") << u"91310000O32200821H"_s << u"“O” cannot appear"_s;
        QTest::newRow("letter Z") << u"91310000Z32200821H"_s << u"“Z” cannot appear"_s;
        QTest::newRow("letter S") << u"91310000S32200821H"_s << u"“S” cannot appear"_s;
        QTest::newRow("letter V") << u"91310000V32200821H"_s << u"“V” cannot appear"_s;
        QTest::newRow("lower-case o is not a capital away") << u"91310000o32200821H"_s << u"“o” cannot appear"_s;
        QTest::newRow("full-width digit") << u"９1310000132200821H"_s << u"character 1 of"_s;
        QTest::newRow("position named") << u"91310000132200821-"_s << u"character 18 of"_s;
    }
    void refusedCreditCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, says);
        QVERIFY(!isValidCreditCode(code));
        const Problems problems = checkCreditCode(code, u"credit_code"_s);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"credit_code"_s);
        QVERIFY(problems.first().article.isNull());
        QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
    }

    // Exactly one of the 31 characters completes any 17 valid characters, and it is the one computed.
    void oneCheckCharacterPerPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("company") << u"91310115MA1K3L45M"_s;
        QTest::newRow("government") << u"11310000002417013"_s;
        QTest::newRow("institution") << u"12310000425020010"_s;
        QTest::newRow("all zeros") << u"00000000000000000"_s;
        QTest::newRow("all Y") << u"YYYYYYYYYYYYYYYYY"_s;
    }
    void oneCheckCharacterPerPrefix()
    {
        QFETCH(QString, prefix);
        QStringList accepted;
        for (const QChar c : creditCharset)
            if (isValidCreditCode(QString(prefix + c)))
                accepted << QString(c);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first(), QString(creditCodeCheckCharacter(prefix)));
    }

    void checkCharacterOfInvalidPrefix()
    {
        QVERIFY(creditCodeCheckCharacter(u"9131000013220082").isNull());   // 16
        QVERIFY(creditCodeCheckCharacter(u"9131000013220082I").isNull()); // forbidden letter
        QVERIFY(residentIdCheckCharacter(u"1101051949123100").isNull());
        QVERIFY(residentIdCheckCharacter(u"1101051949123100A").isNull());
    }

    // MOD 31 with weights prime to 31 catches every single substitution, in any place.
    void creditCodeCatchesEverySingleSlip()
    {
        const QString valid = u"91310000132200821H"_s;
        for (int i = 0; i < valid.size(); ++i) {
            for (const QChar c : creditCharset) {
                if (c == valid.at(i))
                    continue;
                QString typo = valid;
                typo[i] = c;
                QVERIFY2(!isValidCreditCode(typo), qPrintable(typo));
            }
        }
    }

    void normalizeCreditCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("lower case") << u"91440300708461136t"_s << u"91440300708461136T"_s;
        QTest::newRow("blanks") << u" 9131 0000 1322 0082 1H "_s << u"91310000132200821H"_s;
        QTest::newRow("full width") << u"９１３１００００１３２２００８２１Ｈ"_s << u"91310000132200821H"_s;
        QTest::newRow("full-width lower") << u"91440300708461136ｔ"_s << u"91440300708461136T"_s;
    }
    void normalizeCreditCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(normalizedCreditCode(input), normalized);
        QVERIFY(isValidCreditCode(normalizedCreditCode(input)));
        QVERIFY(!isValidCreditCode(input)); // the validator itself takes only the canonical form
    }

    void validResidentIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("birth");
        // The examples printed in GB 11643-1999.
        QTest::newRow("GB 11643 example, X") << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("GB 11643 example, 1880") << u"440524188001010014"_s << QDate(1880, 1, 1);
        // Constructed Shanghai numbers.
        QTest::newRow("Huangpu") << u"310101199001011234"_s << QDate(1990, 1, 1);
        QTest::newRow("29 February 2000") << u"310115200002290005"_s << QDate(2000, 2, 29);
        QTest::newRow("born today") << withCheck(u"31011520250601123"_s) << today;
    }
    void validResidentIds()
    {
        QFETCH(QString, id);
        QFETCH(QDate, birth);
        QVERIFY2(isValidResidentId(id, today), qPrintable(checkResidentId(id, {}, today).toString()));
        QVERIFY(checkResidentId(id, u"id_number"_s, today).isEmpty());
        QCOMPARE(residentIdBirthDate(id), birth);
        QCOMPARE(residentIdCheckCharacter(QStringView(id).left(17)), id.at(17));
    }

    void residentIdTodayDefaultsToClock()
    {
        QVERIFY(isValidResidentId(u"11010519491231002X"));
        QVERIFY(checkResidentId(u"11010519491231002X", u"id_number"_s).isEmpty());
        const QString birth = QDate::currentDate().addDays(1).toString(u"yyyyMMdd");
        const QString tomorrow = withCheck(u"310101"_s + birth + u"123"_s);
        QVERIFY(!isValidResidentId(tomorrow));
    }

    void refusedResidentIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"Enter the 18-character"_s;
        QTest::newRow("old 15-digit") << u"110105491231002"_s << u"old 15-digit"_s;
        QTest::newRow("16 characters") << u"1101051949123100"_s << u"has 16"_s;
        QTest::newRow("19 characters") << u"11010519491231002X1"_s << u"has 19"_s;
        QTest::newRow("letter inside") << u"1101051949123A002X"_s << u"Character 14 of"_s;
        QTest::newRow("X not last") << u"X10105194912310021"_s << u"Character 1 of"_s;
        QTest::newRow("lower-case x") << u"11010519491231002x"_s << u"capital X"_s;
        QTest::newRow("bad last character") << u"11010519491231002Y"_s << u"digit or X, not “Y”"_s;
        QTest::newRow("wrong check digit") << u"110105194912310021"_s << u"should be X, not 1"_s;
        QTest::newRow("wrong check X") << u"44052418800101001X"_s << u"should be 4, not X"_s;
        QTest::newRow("30 February") << withCheck(u"31010119900230123"_s) << u"1990-02-30 is not a calendar date"_s;
        QTest::newRow("29 February, common year") << withCheck(u"31010119990229123"_s)
                                                   << u"1999-02-29 is not a calendar date"_s;
        QTest::newRow("month 13") << withCheck(u"31010119901301123"_s) << u"1990-13-01 is not"_s;
        QTest::newRow("day 00") << withCheck(u"31010119900100123"_s) << u"1990-01-00 is not"_s;
        QTest::newRow("tomorrow") << withCheck(u"31010120250602123"_s) << u"2025-06-02 is in the future"_s;
        QTest::newRow("future year") << withCheck(u"31010120300101123"_s) << u"in the future"_s;
        QTest::newRow("too early") << withCheck(u"31010118491231123"_s) << u"before 1850"_s;
    }
    void refusedResidentIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, says);
        QVERIFY(!isValidResidentId(id, today));
        const Problems problems = checkResidentId(id, u"id_number"_s, today);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"id_number"_s);
        QVERIFY(problems.first().article.isNull());
        QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
    }

    // MOD 11-2 catches every single mistyped digit (some are caught earlier as impossible dates).
    void residentIdCatchesEverySingleSlip()
    {
        const QString valid = u"11010519491231002X"_s;
        const QString allowed = u"0123456789X"_s;
        for (int i = 0; i < valid.size(); ++i) {
            for (const QChar c : allowed) {
                if (c == valid.at(i) || (c == u'X' && i < 17))
                    continue;
                QString typo = valid;
                typo[i] = c;
                QVERIFY2(!isValidResidentId(typo, today), qPrintable(typo));
            }
        }
    }

    void normalizeResidentId()
    {
        QCOMPARE(normalizedResidentId(u" 110105 19491231 002x "), u"11010519491231002X"_s);
        QCOMPARE(normalizedResidentId(u"１１０１０５１９４９１２３１００２ｘ"), u"11010519491231002X"_s);
        QVERIFY(isValidResidentId(normalizedResidentId(u"11010519491231002x"), today));
    }

    void birthDateOfMalformedId()
    {
        QVERIFY(!residentIdBirthDate(u"").isValid());
        QVERIFY(!residentIdBirthDate(u"3101011990").isValid());
        QVERIFY(!residentIdBirthDate(u"310101199A01011234").isValid());
        QVERIFY(!residentIdBirthDate(u"310101 1990101 234").isValid());
        QVERIFY(!residentIdBirthDate(u"310101+9900101X234").isValid());
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
