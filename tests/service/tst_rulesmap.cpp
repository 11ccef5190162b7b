// docs/RULES.md kept honest: every article 1–47 of the rules has a row with a status; a row the program
// carries (fully or partly) names tests that exist, a row it does not carry says why; every command of
// the lifecycle table is named in the map; every article and paragraph the table cites has its row.

#include "core/domain/lifecycle.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace {
struct Row
{
    QString key, duty, status, does, proof;
};

QString sourceDir() { return QStringLiteral(ECOCLAIM_SOURCE_DIR); }

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QList<Row> rowsOf(const QString &doc)
{
    QList<Row> rows;
    for (const QString &line : doc.split(u'\n')) {
        if (!line.startsWith(u"| 第"_s))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 7)
            continue;
        rows << Row{cells.at(1).trimmed(), cells.at(2).trimmed(), cells.at(3).trimmed(), cells.at(4).trimmed(), cells.at(5).trimmed()};
    }
    return rows;
}

// A test named in the map: "tst_x::function" in tests/*/tst_x.cpp, or a scenario file in tests/data.
bool proofExists(const QString &token, QString *why)
{
    if (token.endsWith(u".jsonl"_s)) {
        if (QFile::exists(sourceDir() + u"/tests/data/"_s + token))
            return true;
        *why = token + u": no such scenario file"_s;
        return false;
    }
    const QStringList parts = token.split(u"::"_s);
    if (parts.size() != 2) {
        *why = token + u": not a test (tst_x::function or a .jsonl scenario)"_s;
        return false;
    }
    for (const QString &area : QDir(sourceDir() + u"/tests"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString source = readAll(sourceDir() + u"/tests/"_s + area + u'/' + parts.at(0) + u".cpp"_s);
        if (source.isEmpty())
            continue;
        if (source.contains(u"::"_s + parts.at(1) + u'(') || source.contains(u" "_s + parts.at(1) + u"()"_s))
            return true;
        *why = token + u": no such test function"_s;
        return false;
    }
    *why = token + u": no such test"_s;
    return false;
}
} // namespace

class TestRulesMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyArticleHasARowWithAStatus();
    void carriedRowsNameTestsThatExist();
    void everyCommandIsNamed();
    void everyArticleTheTableCitesHasItsRow();

private:
    QString m_doc;
    QList<Row> m_rows;
};

void TestRulesMap::initTestCase()
{
    m_doc = readAll(sourceDir() + u"/docs/RULES.md"_s);
    QVERIFY2(!m_doc.isEmpty(), "docs/RULES.md cannot be read");
    m_rows = rowsOf(m_doc);
    QVERIFY(m_rows.size() >= 47);
}

void TestRulesMap::everyArticleHasARowWithAStatus()
{
    const QStringList statuses{u"carried"_s, u"partly"_s, u"not yet"_s, u"outside"_s};
    for (int n = 1; n <= 47; ++n) {
        const QString article = u"第"_s + chineseNumeral(n) + u"条"_s;
        bool found = false;
        for (const Row &r : m_rows)
            found = found || r.key == article || r.key.startsWith(article + u"第"_s);
        QVERIFY2(found, qPrintable(article + u" has no row"_s));
    }
    for (const Row &r : m_rows) {
        QVERIFY2(statuses.contains(r.status), qPrintable(r.key + u": status “"_s + r.status + u"”"_s));
        QVERIFY2(!r.duty.isEmpty() && !r.does.isEmpty(), qPrintable(r.key + u": duty and what the program does (or why not)"_s));
    }
}

void TestRulesMap::carriedRowsNameTestsThatExist()
{
    for (const Row &r : m_rows) {
        if (r.status == u"outside" || r.status == u"not yet") {
            QVERIFY2(r.proof == u"—", qPrintable(r.key + u": a row not carried names no proof"_s));
            continue;
        }
        QVERIFY2(r.proof != u"—" && !r.proof.isEmpty(), qPrintable(r.key + u" is carried but names no test"_s));
        for (const QString &token : r.proof.split(u',', Qt::SkipEmptyParts)) {
            QString why;
            QVERIFY2(proofExists(token.trimmed(), &why), qPrintable(r.key + u": "_s + why));
        }
    }
}

void TestRulesMap::everyCommandIsNamed()
{
    for (const CommandSpec &c : commandSpecs())
        QVERIFY2(m_doc.contains(u'`' + c.name + u'`'), qPrintable(c.name + u" is not in docs/RULES.md"_s));
}

void TestRulesMap::everyArticleTheTableCitesHasItsRow()
{
    auto hasRow = [&](const ArticleRef &a) {
        if (a.isNull() || !a.source.isEmpty())
            return true; // another instrument (the SPC rules, the Civil Procedure Law)
        const QString article = u"第"_s + chineseNumeral(a.article) + u"条"_s;
        const QString paragraph = article + u"第"_s + chineseNumeral(a.paragraph) + u"款"_s;
        for (const Row &r : m_rows)
            if (r.key == article || (a.paragraph && r.key == paragraph) || (!a.paragraph && r.key.startsWith(article)))
                return true;
        return false;
    };
    for (const CommandSpec &c : commandSpecs()) {
        QVERIFY2(hasRow(c.article), qPrintable(c.name + u": "_s + c.article.toChinese()));
        for (const FieldSpec &f : c.fields)
            QVERIFY2(hasRow(f.article), qPrintable(c.name + u'.' + f.key + u": "_s + f.article.toChinese()));
        for (const Precondition &p : c.preconditions)
            QVERIFY2(hasRow(p.article), qPrintable(c.name + u'.' + p.id + u": "_s + p.article.toChinese()));
    }
}

QTEST_GUILESS_MAIN(TestRulesMap)
#include "tst_rulesmap.moc"
