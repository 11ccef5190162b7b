// The second reading of the rules (issue 14), walked as a caseworker meets it: every scenario in
// tests/data/rules-*.jsonl runs through the real service on a real database, command by command. A
// line with "expect_refused" must be refused with exactly those articles and change nothing (every
// table's rows compared, not counted); an "expect" line checks what the case file, the deadlines, the
// money or the next steps then show. Every expected value is written in the scenario by hand — none is
// read from the lifecycle table. The format is described in tests/data/README.md.

#include "casetestbed.h"

#include "core/domain/bureaurules.h"
#include "core/domain/readiness.h"
#include "core/storage/deadlinestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;

namespace {

// Every table's rows (the search index included), from the engine's catalogue (tests/common/fingerprint.h):
// equal before and after means a refused command changed nothing.
QMap<QString, QByteArray> fingerprint(const QSqlDatabase &db)
{
    return test::contentFingerprint(db, test::Derived::Include);
}

QStringList articlesOf(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems.list())
        if (!p.article.isNull() && !out.contains(p.article.toChinese()))
            out << p.article.toChinese();
    out.sort();
    return out;
}

// "enforcements/0/result" inside the case file's JSON.
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(u'/')) {
        bool isIndex = false;
        const int i = part.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(part);
    }
    return v;
}

class Scenario
{
public:
    explicit Scenario(const QString &path) : m_path(path) {}

    // Runs the file; returns an empty string, or what went wrong at which line.
    QString run()
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return u"cannot read "_s + m_path;
        int number = 0;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            ++number;
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QJsonParseError error;
            QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError)
                return u"line %1: not JSON: %2"_s.arg(number).arg(error.errorString());
            const QString failure = o.contains(u"expect"_s) ? check(o) : apply(o);
            if (!failure.isEmpty())
                return u"%1 line %2: %3"_s.arg(QFileInfo(m_path).fileName()).arg(number).arg(failure);
            ++m_steps;
        }
        return m_steps > 0 ? QString() : u"no steps"_s;
    }
    int steps() const { return m_steps; }
    int refusals() const { return m_refusals; }

private:
    QString caseOf(const QJsonObject &o) const { return m_refs.value(o.value(u"case"_s).toString(), o.value(u"case"_s).toString()); }

    QString apply(QJsonObject o)
    {
        const QJsonValue refused = o.take(u"expect_refused"_s);
        const QString ref = o.value(u"ref"_s).toString();
        if (o.contains(u"case"_s))
            o.insert(u"case"_s, caseOf(o));
        const QSqlDatabase db = m_bed.database().connection();
        const QMap<QString, QByteArray> before = refused.isUndefined() ? QMap<QString, QByteArray>() : fingerprint(db);
        auto r = m_bed.service().execute(o, u"tester"_s, test::CaseTestbed::today());
        if (refused.isUndefined()) {
            if (!r)
                return u"%1 refused: %2"_s.arg(o.value(u"cmd"_s).toString(), r.errorString());
            if (!ref.isEmpty())
                m_refs.insert(ref, r->caseNumber);
            return {};
        }
        if (r)
            return u"%1 was not refused"_s.arg(o.value(u"cmd"_s).toString());
        QStringList expected;
        for (const QJsonValue &a : refused.toArray())
            expected << a.toString();
        expected.sort();
        if (articlesOf(r.problems()) != expected)
            return u"refused with %1, expected %2: %3"_s.arg(articlesOf(r.problems()).join(u','), expected.join(u','), r.errorString());
        if (fingerprint(db) != before)
            return u"the refused command changed the database"_s;
        ++m_refusals;
        return {};
    }

    QString check(const QJsonObject &o)
    {
        const QString what = o.value(u"expect"_s).toString();
        auto file = m_bed.service().caseFile(caseOf(o));
        if (!file)
            return file.errorString();
        if (what == u"stage")
            return stageKey(file->stage) == o.value(u"stage"_s).toString()
                ? QString() : u"stage is %1"_s.arg(stageKey(file->stage));
        if (what == u"json") {
            const QJsonValue v = at(file->toJson(), o.value(u"path"_s).toString());
            return v == o.value(u"value"_s) ? QString()
                                            : u"%1 is %2"_s.arg(o.value(u"path"_s).toString(), QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
        }
        if (what == u"money") {
            const QList<std::pair<const char *, Money>> values{
                {"due", file->amountDue()}, {"paid", file->amountPaid()}, {"outstanding", file->outstanding()}};
            for (const auto &[key, money] : values)
                if (o.contains(QString::fromLatin1(key)) && money.toYuanPlain() != o.value(QString::fromLatin1(key)).toString())
                    return u"%1 is %2"_s.arg(QString::fromLatin1(key), money.toYuanPlain());
            return {};
        }
        if (what == u"next_steps") {
            QStringList names;
            for (const CommandSpec *spec : nextSteps(file.value(), test::CaseTestbed::today()))
                names << spec->name;
            QStringList expected;
            for (const QJsonValue &v : o.value(u"commands"_s).toArray())
                expected << v.toString();
            return names == expected ? QString() : u"next steps are %1"_s.arg(names.join(u','));
        }
        if (what == u"deadline" || what == u"no_deadline") {
            auto rows = storage::deadlines::forCase(m_bed.database().connection(), file->id);
            if (!rows)
                return rows.errorString();
            const QString kind = o.value(u"kind"_s).toString();
            const QJsonValue subject = o.value(u"subject"_s);
            for (const storage::DeadlineRow &r : rows.value()) {
                if (r.kind != kind || (!subject.isUndefined() && r.subject != subject.toString()))
                    continue;
                if (what == u"no_deadline")
                    return u"deadline %1 %2 is shown (due %3)"_s.arg(kind, r.subject, r.due.toString(Qt::ISODate));
                if (o.contains(u"due"_s) && r.due.toString(Qt::ISODate) != o.value(u"due"_s).toString())
                    return u"%1 is due %2"_s.arg(kind, r.due.toString(Qt::ISODate));
                if (o.contains(u"trigger"_s) && r.trigger.toString(Qt::ISODate) != o.value(u"trigger"_s).toString())
                    return u"%1 runs from %2"_s.arg(kind, r.trigger.toString(Qt::ISODate));
                if (o.contains(u"article"_s) && r.article != o.value(u"article"_s).toString())
                    return u"%1 cites %2"_s.arg(kind, r.article);
                if (o.contains(u"says"_s) && !r.explanation.contains(o.value(u"says"_s).toString()))
                    return u"%1 says: %2"_s.arg(kind, r.explanation);
                return {};
            }
            return what == u"no_deadline" ? QString() : u"no deadline %1 %2"_s.arg(kind, subject.toString());
        }
        return u"unknown expectation "_s + what;
    }

    QString m_path;
    test::CaseTestbed m_bed;
    QHash<QString, QString> m_refs;
    int m_steps = 0, m_refusals = 0;
};

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenario_data();
    void scenario();
    void bureauSettingsMoveTheSuitDeadlineAndTheThreshold();
};

void TestRules::scenario_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/data"_s);
    const QStringList files = dir.entryList({u"rules-*.jsonl"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable(files.join(u',')));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestRules::scenario()
{
    QFETCH(QString, path);
    Scenario s(path);
    const QString failure = s.run();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Each walk meets at least one refusal a caseworker would meet.
    QVERIFY2(s.refusals() >= 1, qPrintable(path));
}

// The bureau's own numbers (core/domain/bureaurules.h): 30 days to sue and a 300,000 yuan simple-case
// threshold by default; a bureau that sets 15 days and 500,000 yuan (the provincial maximum of
// 环法规〔2025〕6号 Art. 9) sees its own.
void TestRules::bureauSettingsMoveTheSuitDeadlineAndTheThreshold()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    QVERIFY(!bed.apply(test::json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), c).isEmpty());
    QVERIFY(!bed.apply(test::json(R"({"cmd":"record_notice_reply","party":1,"reply":"refused","replied_on":"2026-03-05"})"), c).isEmpty());
    auto dueOf = [&](const QString &kind) {
        auto file = bed.service().caseFile(c);
        for (const storage::DeadlineRow &r : storage::deadlines::forCase(bed.database().connection(), file->id).value())
            if (r.kind == kind)
                return r.due;
        return QDate();
    };
    QCOMPARE(dueOf(u"litigation_due"_s), QDate(2026, 4, 4)); // 30 days after 03-05
    QVERIFY(!bed.refuse(test::json(R"({"cmd":"record_simple_case_grounds","recorded_on":"2026-03-06","facts":"简单","liability":"无争议","damage_estimate":"350000"})"), c).isEmpty());

    const BureauRules defaults = bureauRules();
    BureauRules own = defaults;
    own.suitDeadlineDays = 15;
    own.simpleCaseThreshold = Money::fromFen(500'000'00);
    setBureauRules(own);
    // The deadline is recomputed on the next command.
    QVERIFY(!bed.apply(test::json(R"({"cmd":"record_simple_case_grounds","recorded_on":"2026-03-06","facts":"简单","liability":"无争议","damage_estimate":"350000"})"), c).isEmpty());
    QCOMPARE(dueOf(u"litigation_due"_s), QDate(2026, 3, 20)); // 15 days after 03-05
    setBureauRules(defaults);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
