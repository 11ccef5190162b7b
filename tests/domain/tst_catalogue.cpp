// The catalogue of the rules' enumerations: every list has the keys other code stores (in order), the
// articles they come from, Chinese wording that matches the rules, and lookups that find them.
// Every verbatim item is also looked up in the rules' text, resources/rules/ in this repository (or the file
// ECOCLAIM_RULES_TEXT names).

#include "core/domain/catalogue.h"
#include "core/domain/rulestext.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace {

using ListFunction = const QList<Choice> &(*)();

struct NamedList
{
    const char *name;
    ListFunction list;
    bool verbatim; // the Chinese of every item is quoted from the rules
};

const NamedList allLists[] = {
    {"clueChannels", &clueChannels, true},
    {"exclusions", &exclusions, true},
    {"nonInitiationReasons", &nonInitiationReasons, true},
    {"compensationCategories", &compensationCategories, true},
    {"appraisalModes", &appraisalModes, false},
    {"alternativeRestorationMethods", &alternativeRestorationMethods, false},
    {"litigationTriggers", &litigationTriggers, true},
    {"serviceMethods", &serviceMethods, false},
    {"consultationModes", &consultationModes, false},
    {"restorationExecutors", &restorationExecutors, false},
    {"proceedingKinds", &proceedingKinds, false},
    {"partyKinds", &partyKinds, false},
};

const QList<Choice> &listNamed(const QString &name)
{
    for (const NamedList &l : allLists)
        if (name == QLatin1StringView(l.name))
            return l.list();
    qFatal("no catalogue list named %s", qPrintable(name));
}

QStringList keysOf(const QList<Choice> &list)
{
    QStringList keys;
    for (const Choice &c : list)
        keys << c.key;
    return keys;
}

// The rules as extracted from the PDF break lines (and pages, with "— 13 —") mid-sentence and print a
// few ASCII commas; compare without any of that.
QString comparable(QString text)
{
    static const QRegularExpression pageNumber(u"—\\s*\\d+\\s*—"_s);
    static const QRegularExpression space(u"\\s+"_s);
    text.remove(pageNumber);
    text.remove(space);
    text.replace(u',', u'，');
    return text;
}

QString rulesText()
{
    QString path = qEnvironmentVariable("ECOCLAIM_RULES_TEXT");
    if (path.isEmpty())
        path = QStringLiteral(ECOCLAIM_SOURCE_DIR "/resources/rules/shanghai-eco-damage-compensation-rules-2024.txt");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Marks every catalogue text it translates, to prove displayName() goes through the translation.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1StringView(context) != "ecoclaim::Catalogue"_L1)
            return {};
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("keys");
        const auto row = [](const char *list, const QString &keys) {
            QTest::newRow(list) << QString::fromLatin1(list) << keys.split(u' ');
        };
        row("clueChannels", u"inspection emergency administrative_penalty environmental_crime protected_area "
                            "routine_supervision complaint assigned_by_superior procuratorate court other"_s);
        row("exclusions", u"personal_injury_or_property marine historical_no_obligor"_s);
        row("nonInitiationReasons", u"already_compensated court_judgment_covers minor_no_compensation "
                                    "obligor_extinct licensed_discharge other"_s);
        row("compensationCategories",
            u"interim_loss permanent_loss assessment_costs restoration_costs prevention_costs"_s);
        row("appraisalModes", u"institution joint_institution experts comprehensive"_s);
        row("alternativeRestorationMethods",
            u"offsite_replanting habitat_creation carbon_sink labour tech_upgrade_offset other"_s);
        row("litigationTriggers",
            u"refused_or_no_reply absent_or_withdrew limit_exceeded impossible agreement_not_performed"_s);
        row("serviceMethods", u"direct mail left electronic public_notice"_s);
        row("consultationModes", u"meeting correspondence online mail_signing"_s);
        row("restorationExecutors", u"obligor third_party department alternative"_s);
        row("proceedingKinds", u"administrative_penalty criminal public_interest supported_suit handed_over"_s);
        row("partyKinds", u"company unincorporated person individual_business"_s);
    }
    // The exact keys, in the order of the rules: storage and the command line use them.
    void keys()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, keys);
        QCOMPARE(keysOf(listNamed(list)), keys);
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("list");
        for (const NamedList &l : allLists)
            QTest::newRow(l.name) << QString::fromLatin1(l.name);
    }
    void wellFormed()
    {
        QFETCH(QString, list);
        static const QRegularExpression keyPattern(u"^[a-z]+(_[a-z]+)*$"_s);
        QSet<QString> keys, chinese, english;
        for (const Choice &c : listNamed(list)) {
            QVERIFY2(keyPattern.match(c.key).hasMatch(), qPrintable(c.key));
            QVERIFY2(c.english && *c.english, qPrintable(c.key));
            QVERIFY2(!c.chinese.isEmpty(), qPrintable(c.key));
            QVERIFY2(!c.chinese.endsWith(u'；') && !c.chinese.endsWith(u'。'), qPrintable(c.chinese));
            // No translator is loaded: the English source is shown.
            QCOMPARE(c.displayName(), QString::fromUtf8(c.english));
            keys << c.key;
            chinese << c.chinese;
            english << c.displayName();
            QCOMPARE(findChoice(listNamed(list), c.key), &c);
        }
        QCOMPARE(keys.size(), listNamed(list).size());
        QCOMPARE(chinese.size(), listNamed(list).size());
        QCOMPARE(english.size(), listNamed(list).size());
        QCOMPARE(findChoice(listNamed(list), u"no_such_key"), nullptr);
        QCOMPARE(findChoice(listNamed(list), u""), nullptr);
    }

    void articles_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("article");
        const auto row = [](const char *list, const char *key, const QString &article) {
            QTest::addRow("%s/%s", list, key) << QString::fromLatin1(list) << QString::fromLatin1(key) << article;
        };
        const char *const channels[] = {"inspection", "emergency", "administrative_penalty", "environmental_crime",
                                        "protected_area", "routine_supervision", "complaint",
                                        "assigned_by_superior", "procuratorate", "court", "other"};
        const QString items[] = {u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s,
                                 u"七"_s, u"八"_s, u"九"_s, u"十"_s, u"十一"_s};
        for (int i = 0; i < 11; ++i)
            row("clueChannels", channels[i], u"第十二条第二款第"_s + items[i] + u"项"_s);
        row("exclusions", "personal_injury_or_property", u"第四条第三款第一项"_s);
        row("exclusions", "marine", u"第四条第三款第二项"_s);
        row("exclusions", "historical_no_obligor", u"第四条第四款"_s);
        const char *const reasons[] = {"already_compensated", "court_judgment_covers", "minor_no_compensation",
                                       "obligor_extinct", "licensed_discharge", "other"};
        for (int i = 0; i < 6; ++i)
            row("nonInitiationReasons", reasons[i], u"第十四条第一款第"_s + items[i] + u"项"_s);
        const char *const categories[] = {"interim_loss", "permanent_loss", "assessment_costs", "restoration_costs",
                                          "prevention_costs"};
        for (int i = 0; i < 5; ++i)
            row("compensationCategories", categories[i], u"第五条第"_s + items[i] + u"项"_s);
        row("appraisalModes", "institution", u"第十六条第一款"_s);
        row("appraisalModes", "joint_institution", u"第十六条第一款"_s);
        row("appraisalModes", "experts", u"第十六条第二款"_s);
        row("appraisalModes", "comprehensive", u"第十六条第二款"_s);
        row("alternativeRestorationMethods", "carbon_sink", u"第二十七条第二款"_s);
        row("alternativeRestorationMethods", "other", u"第二十七条第二款"_s);
        row("litigationTriggers", "refused_or_no_reply", u"第二十五条第一款第一项"_s);
        row("litigationTriggers", "absent_or_withdrew", u"第二十五条第一款第二项"_s);
        row("litigationTriggers", "limit_exceeded", u"第二十五条第一款第三项"_s);
        row("litigationTriggers", "impossible", u"第二十五条第一款第四项"_s);
        row("litigationTriggers", "agreement_not_performed", u"第二十五条第二款"_s);
        row("consultationModes", "meeting", u"第二十一条"_s);
        row("consultationModes", "mail_signing", u"第二十一条第三款"_s);
        row("restorationExecutors", "obligor", u"第二十七条第一款"_s);
        row("restorationExecutors", "department", u"第七条第三项"_s);
        row("restorationExecutors", "alternative", u"第二十七条第二款"_s);
        row("proceedingKinds", "administrative_penalty", u"第三十一条第一款"_s);
        row("proceedingKinds", "criminal", u"第三十二条第一款"_s);
        row("proceedingKinds", "supported_suit", u"第三十二条第二款"_s);
        row("proceedingKinds", "public_interest", u"第三十三条第一款"_s);
        row("proceedingKinds", "handed_over", u"第三十三条第二款"_s);
        for (const char *method : {"direct", "mail", "left", "electronic", "public_notice"})
            row("serviceMethods", method, QString());
        for (const char *kind : {"company", "unincorporated", "person"})
            row("partyKinds", kind, QString());
    }
    void articles()
    {
        QFETCH(QString, list);
        QFETCH(QString, key);
        QFETCH(QString, article);
        const Choice *c = findChoice(listNamed(list), key);
        QVERIFY(c);
        QCOMPARE(c->article.toChinese(), article);
        QVERIFY(c->article.source.isEmpty()); // all from the Shanghai rules
    }

    void clueChannelWording_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("chinese");
        // 第十二条第二款, copied from the rules.
        QTest::newRow("1") << u"inspection"_s << u"中央和市级生态环境保护督察发现的案件线索"_s;
        QTest::newRow("2") << u"emergency"_s << u"突发生态环境事件"_s;
        QTest::newRow("3") << u"administrative_penalty"_s << u"资源与环境行政处罚案件"_s;
        QTest::newRow("4") << u"environmental_crime"_s << u"涉嫌构成破坏环境资源保护犯罪的案件"_s;
        QTest::newRow("5") << u"protected_area"_s
                           << u"在生态保护红线等禁止开发区域、国家和市级国土空间规划中确定的重点生态功能区"
                              "发生的环境污染、生态破坏事件"_s;
        QTest::newRow("6") << u"routine_supervision"_s << u"日常监管、执法巡查、各项资源与环境专项行动发现的案件线索"_s;
        QTest::newRow("7") << u"complaint"_s << u"信访投诉、举报和媒体曝光涉及的案件线索"_s;
        QTest::newRow("8") << u"assigned_by_superior"_s << u"上级机关交办的案件线索"_s;
        QTest::newRow("9") << u"procuratorate"_s << u"检察机关移送的案件线索"_s;
        QTest::newRow("10") << u"court"_s << u"法院移送的案件线索"_s;
        QTest::newRow("11") << u"other"_s << u"赔偿权利人确定的其他线索渠道"_s;
    }
    void clueChannelWording()
    {
        QFETCH(QString, key);
        QFETCH(QString, chinese);
        const Choice *c = findChoice(clueChannels(), key);
        QVERIFY(c);
        QCOMPARE(c->chinese, chinese);
    }

    // Every item the catalogue quotes is found, word for word, in the rules themselves.
    void verbatimInRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("chinese");
        for (const NamedList &l : allLists) {
            if (!l.verbatim)
                continue;
            for (const Choice &c : l.list())
                QTest::addRow("%s/%s", l.name, qPrintable(c.key)) << c.key << c.chinese;
        }
        // The method names of 第二十七条第二款 (all but the catch-all).
        for (const Choice &c : alternativeRestorationMethods())
            if (c.key != u"other"_s)
                QTest::addRow("alternativeRestorationMethods/%s", qPrintable(c.key)) << c.key << c.chinese;
        // The departments of 第九条第一款, as the article names them.
        for (const Department &d : ecoclaim::domain::departments())
            if (!d.key.startsWith(u"district_"_s) && d.key != u"town_government"_s)
                QTest::addRow("departments/%s", qPrintable(d.key)) << d.key << d.shortName;
    }
    void verbatimInRules()
    {
        QFETCH(QString, key);
        QFETCH(QString, chinese);
        static const QString rules = comparable(rulesText());
        if (rules.isEmpty())
            QFAIL("The rules text is missing: resources/rules/ (or the file ECOCLAIM_RULES_TEXT names).");
        QVERIFY2(rules.contains(comparable(chinese)), qPrintable(chinese));
    }

    // The text compiled into the program for Help (rulestext.h): the 47 articles in order, each with its
    // chapter and heading, the text freed of the PDF's layout; what is expected is read off the file here.
    void articlesOfTheCompiledText()
    {
        const QList<RulesArticle> &articles = rulesArticles();
        QCOMPARE(articles.size(), 47);
        for (int i = 0; i < articles.size(); ++i)
            QCOMPARE(articles.at(i).number, i + 1);
        const RulesArticle *notice = rulesArticle(19);
        QVERIFY(notice);
        QCOMPARE(notice->heading, u"磋商告知"_s);
        QCOMPARE(notice->chapter, u"第五章 磋商与诉讼"_s);
        QVERIFY(notice->text.startsWith(u"赔偿权利人指定的部门或机构应当"_s));
        QCOMPARE(rulesArticle(46)->text, u"本细则中的期限按自然日计算。"_s);
        QCOMPARE(rulesArticle(47)->text, u"本细则自2024年4月10日起施行，有效期至2029年4月9日。法律、法规对生态环境损害赔偿有明确规定的，从其规定。"_s);
        QVERIFY(!rulesArticle(47)->text.contains(u"信息公开"_s));
        QVERIFY(!rulesArticle(48));
        // Items start lines of their own; no space or page number is left; every article's text is, once
        // spaces are taken out, a piece of the file.
        QVERIFY2(rulesArticle(14)->text.contains(u"\n（一）"_s), qPrintable(rulesArticle(14)->text));
        const QString file = comparable(rulesText());
        for (const RulesArticle &a : articles) {
            QVERIFY2(!a.text.isEmpty() && !a.text.contains(u' ') && !a.text.contains(u'—'), qPrintable(a.heading));
            QVERIFY2(file.contains(comparable(QString(a.text).remove(u'\n'))), qPrintable(a.heading));
        }
    }

    void displayNameIsTranslated()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const Choice &court = *findChoice(clueChannels(), u"court");
        QCOMPARE(court.displayName(), u"«Referred by a court»"_s);
        QCOMPARE(ecoclaim::domain::districts().first().displayName(), u"«Shanghai (city level)»"_s);
        QCOMPARE(findDepartment(u"water")->displayName(), u"«Shanghai Water Authority»"_s);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(court.displayName(), u"Referred by a court"_s);
    }

    void districtTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("chinese");
        // reference.md §7.1 (GB/T 2260), and the city itself (第六条).
        const QString table = u"310000 上海市 310101 黄浦区 310104 徐汇区 310105 长宁区 310106 静安区 "
                              "310107 普陀区 310109 虹口区 310110 杨浦区 310112 闵行区 310113 宝山区 "
                              "310114 嘉定区 310115 浦东新区 310116 金山区 310117 松江区 310118 青浦区 "
                              "310120 奉贤区 310151 崇明区"_s;
        const QStringList words = table.split(u' ');
        for (qsizetype i = 0; i + 1 < words.size(); i += 2)
            QTest::newRow(qPrintable(words.at(i))) << words.at(i) << words.at(i + 1);
    }
    void districtTable()
    {
        QFETCH(QString, code);
        QFETCH(QString, chinese);
        const District *byCode = findDistrict(code);
        QVERIFY(byCode);
        QCOMPARE(byCode->chinese, chinese);
        QCOMPARE(findDistrict(chinese), byCode);
        QCOMPARE(findDistrict(QString(u" "_s + chinese + u" "_s)), byCode);
        QVERIFY(byCode->english && *byCode->english);
        QCOMPARE(byCode->displayName(), QString::fromUtf8(byCode->english));
        if (code != u"310000"_s) {
            QCOMPARE(findDistrict(QString(u"上海市"_s + chinese)), byCode);
            QVERIFY(chinese.endsWith(u'区'));
        }
    }

    void districtList()
    {
        const auto &list = ecoclaim::domain::districts();
        QCOMPARE(list.size(), 17);
        QCOMPARE(list.first().code, u"310000"_s);
        QSet<QString> codes;
        for (const District &d : list) {
            QCOMPARE(d.code.size(), 6);
            QVERIFY(d.code.startsWith(u"31"_s));
            codes << d.code;
        }
        QCOMPARE(codes.size(), 17);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).code < list.at(i).code);
    }

    void findDistrictByShortName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("浦东") << u"浦东"_s << u"310115"_s;
        QTest::newRow("黄浦") << u"黄浦"_s << u"310101"_s;
        QTest::newRow("上海") << u"上海"_s << u"310000"_s;
        QTest::newRow("上海市浦东") << u"上海市浦东"_s << u"310115"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unknown") << u"卢湾区"_s << QString(); // merged into 黄浦区 in 2011
        QTest::newRow("other province") << u"320000"_s << QString();
        QTest::newRow("区 alone") << u"区"_s << QString();
    }
    void findDistrictByShortName()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const District *d = findDistrict(text);
        QCOMPARE(d ? d->code : QString(), code);
    }

    void departmentList()
    {
        const QStringList expected =
            u"ecology planning housing water agriculture greening transport maritime management_committee "
            "district_ecology district_water district_planning district_agriculture district_greening "
            "district_housing town_government"_s.split(u' ');
        QStringList keys;
        QSet<QString> chinese;
        for (const Department &d : ecoclaim::domain::departments()) {
            keys << d.key;
            chinese << d.chinese;
            QVERIFY(!d.chinese.isEmpty() && !d.shortName.isEmpty());
            QVERIFY(d.english && *d.english);
            QCOMPARE(findDepartment(d.key), &d);
            if (d.key.startsWith(u"district_"_s)) {
                QVERIFY2(d.chinese.startsWith(u'区') && d.shortName.startsWith(u'区'), qPrintable(d.chinese));
            } else if (d.key != u"management_committee"_s && d.key != u"town_government"_s) {
                QVERIFY2(d.chinese.startsWith(u"上海市"_s) || d.chinese.startsWith(u"中华人民共和国上海"_s),
                         qPrintable(d.chinese));
            }
        }
        QCOMPARE(keys, expected);
        QCOMPARE(chinese.size(), expected.size());
        QCOMPARE(findDepartment(u"ecology")->chinese, u"上海市生态环境局"_s);
        QCOMPARE(findDepartment(u"maritime")->chinese, u"中华人民共和国上海海事局"_s);
        QCOMPARE(findDepartment(u"planning")->shortName, u"市规划资源局"_s);
        QCOMPARE(findDepartment(u"no_such_department"), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
