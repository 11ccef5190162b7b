// Which tables hold rows of a case (cases.tables_with_rows, migration 0015, core/storage/casetablebits.h):
// the loader reads only the tables the case row names, so a bit missing is a part of the file missing.
// This suite holds the triggers to the tables, on both engines: after every line of every scenario in
// tests/data, after a party removed and a step taken back (the last row gone clears its bit, another row
// left keeps it), after a case carried by an archive (which cannot set the bits itself), and after the
// migration that fills them for the cases of before. The bits are compared with the tables read by the
// test (tests/common/tablebits.h), never with what the loader makes of them.

#include "casetestbed.h"
#include "scenarioscripts.h"

#include "core/storage/casetablebits.h"
#include "core/storage/casetransfer.h"
#include "core/storage/dialect.h"
#include "core/storage/migrations.h"
#include "core/storage/writetransaction.h"

#include "tests/common/tablebits.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

namespace {
qint64 bitOf(const char16_t *table)
{
    for (std::size_t bit = 0; bit < storage::tablesWithBits.size(); ++bit)
        if (QStringView(storage::tablesWithBits.at(bit)) == QStringView(table))
            return qint64(1) << bit;
    qFatal("no bit for %s", qPrintable(QString::fromUtf16(table)));
}

qint64 storedBits(test::CaseTestbed &bed, const QString &caseNo)
{
    auto v = storage::scalar(bed.database().connection(), u"SELECT tables_with_rows FROM cases WHERE case_no = ?"_s, {caseNo});
    if (!v)
        qFatal("%s", qPrintable(v.errorString()));
    return v.value().toLongLong();
}
} // namespace

class TestCaseTableBits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyScenarioLineKeepsTheBitsExact();
    void theLastRowRemovedClearsItsBit();
    void theLoaderReadsOnlyTheTablesTheCaseRowNames();
    void anArchiveCannotSetTheBits();
    void theMigrationFillsTheBitsOfEarlierCases();
    void theMigrationsFillStatementAgreesWithTheTriggers();
    void aRecordStaysWithItsCase();
    void twoServerTransactionsKeepTheBitsExact();
};

// 12 scripts, some 400 lines, every command of the vocabulary among them, refused lines too (a refusal
// rolls back its bits with its rows).
void TestCaseTableBits::everyScenarioLineKeepsTheBitsExact()
{
    int applied = 0;
    const int lines = test::runEveryScenarioLine(
        [](test::CaseTestbed &, const test::ScenarioLine &) {},
        [&](test::CaseTestbed &bed, const test::ScenarioLine &line, const Result<service::CommandOutcome> &r) {
            if (r)
                ++applied;
            const QStringList wrong = test::tableBitsDisagreeing(bed.database().connection());
            QVERIFY2(wrong.isEmpty(), qPrintable(u"%1 line %2 (%3): %4"_s.arg(line.script).arg(line.number)
                                                     .arg(line.command.value(u"cmd"_s).toString(), wrong.join(u"; "_s))));
        });
    if (QTest::currentTestFailed())
        return;
    qInfo("%d lines, %d applied", lines, applied);
    QVERIFY(lines > 300);
    QVERIFY(applied > 250);
}

// remove_party deletes a row (handlers_corrections.cpp), take_back_step deletes what the step added
// (handlers_takeback.cpp): the bit goes with the case's last row of the table, not before.
void TestCaseTableBits::theLastRowRemovedClearsItsBit()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue);
    QVERIFY(!bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海甲化工有限公司","address":"某路1号"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海乙物流有限公司","address":"某路2号"})"), c).isEmpty());
    QVERIFY(storedBits(bed, c) & bitOf(u"parties"));
    const QList<Party> parties = bed.service().caseFile(c).value().parties;
    QVERIFY(parties.size() >= 2);
    for (qsizetype left = parties.size(); left > 0; --left) {
        QJsonObject remove = json(R"({"cmd":"remove_party","reason":"录入错误"})");
        remove.insert(u"party"_s, parties.at(left - 1).name);
        QVERIFY(!bed.apply(remove, c).isEmpty());
        QCOMPARE(bool(storedBits(bed, c) & bitOf(u"parties")), left > 1);
        QCOMPARE(bed.service().caseFile(c).value().parties.size(), left - 1);
    }

    QVERIFY(!(storedBits(bed, c) & bitOf(u"verifications")));
    QVERIFY(!bed.apply(json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})"), c).isEmpty());
    QVERIFY(storedBits(bed, c) & bitOf(u"verifications"));
    QVERIFY(!bed.apply(json(R"({"cmd":"take_back_step","reason":"误将另一线索的核查登记在本案"})"), c).isEmpty());
    QVERIFY(!(storedBits(bed, c) & bitOf(u"verifications")));
    QVERIFY(storedBits(bed, c) & bitOf(u"timeline")); // the step and its taking back stay on the timeline
    QVERIFY(!bed.service().caseFile(c).value().verification.has_value());
    const QStringList wrong = test::tableBitsDisagreeing(bed.database().connection());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
}

// The bits decide what is read: a milestone whose bit is cleared by hand is not in the file, and is
// again once the bit is back. (What the loader reads is the case row's word, hence the checks above.)
void TestCaseTableBits::theLoaderReadsOnlyTheTablesTheCaseRowNames()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Restoration);
    QVERIFY(!bed.apply(json(R"({"cmd":"add_milestone","due_on":"2026-12-20","description":"完成修复效果自查"})"), c).isEmpty());
    QCOMPARE(bed.service().caseFile(c).value().milestones.size(), 1);
    const qint64 bits = storedBits(bed, c);
    QVERIFY(bits & bitOf(u"milestones"));
    const QSqlDatabase db = bed.database().connection();
    QVERIFY(storage::exec(db, u"UPDATE cases SET tables_with_rows = ? WHERE case_no = ?"_s, {bits & ~bitOf(u"milestones"), c}));
    QCOMPARE(bed.service().caseFile(c).value().milestones.size(), 0);
    QCOMPARE(test::tableBitsDisagreeing(db).size(), 1);
    QVERIFY(storage::exec(db, u"UPDATE cases SET tables_with_rows = ? WHERE case_no = ?"_s, {bits, c}));
    QCOMPARE(bed.service().caseFile(c).value().milestones.size(), 1);
    QVERIFY(test::tableBitsDisagreeing(db).isEmpty());
}

// An archive carries the case's rows (casetransfer.h; its files are put by the archive import, so the
// case here has none), not the bits: they are the database's bookkeeping.
// A dump whose case row claims bits of its own — none, or every one — is imported with the bits its rows
// set, and the file it gives is the file exported.
void TestCaseTableBits::anArchiveCannotSetTheBits()
{
    test::CaseTestbed from;
    const QString c = from.caseAt(Stage::Closed);
    const qint64 id = from.service().caseFile(c).value().id;
    auto dump = storage::dumpCaseRows(from.database().connection(), id);
    QVERIFY2(dump, qPrintable(dump.errorString()));
    const QJsonArray tables = dump->value(u"tables"_s).toArray();
    QVERIFY(!tables.isEmpty());
    const QJsonObject caseTable = tables.first().toObject();
    QCOMPARE(caseTable.value(u"name"_s).toString(), u"cases"_s);
    QVERIFY(!caseTable.value(u"rows"_s).toArray().first().toObject().contains(u"tables_with_rows"_s));
    const qint64 exported = storedBits(from, c);
    QVERIFY(exported & bitOf(u"agreements"));
    QVERIFY(exported & bitOf(u"evaluations"));

    for (const qint64 claimed : {qint64(0), (qint64(1) << storage::tablesWithBits.size()) - 1}) {
        QJsonObject forged = dump.value();
        QJsonArray t = forged.value(u"tables"_s).toArray();
        QJsonObject cases = t.first().toObject();
        QJsonArray rows = cases.value(u"rows"_s).toArray();
        QJsonObject row = rows.first().toObject();
        row.insert(u"tables_with_rows"_s, claimed);
        rows.replace(0, row);
        cases.insert(u"rows"_s, rows);
        t.replace(0, cases);
        forged.insert(u"tables"_s, t);

        test::CaseTestbed into;
        const QSqlDatabase db = into.database().connection();
        storage::WriteTransaction txn(db);
        QVERIFY(txn.begin());
        auto imported = storage::insertCaseRows(db, forged);
        QVERIFY2(imported, qPrintable(imported.errorString()));
        QVERIFY(txn.commit());
        QCOMPARE(storedBits(into, c), exported);
        const QStringList wrong = test::tableBitsDisagreeing(db);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
        QCOMPARE(into.service().caseFile(c).value().agreements.size(), from.service().caseFile(c).value().agreements.size());
        QCOMPARE(into.service().caseFile(c).value().evaluations.size(), from.service().caseFile(c).value().evaluations.size());
    }
}

// A file of schema 14 (tests/storage/fixtures: one case with a party, a verification started, three
// timeline entries) migrated: its bits are those three tables, and no other.
void TestCaseTableBits::theMigrationFillsTheBitsOfEarlierCases()
{
    ECOCLAIM_SQLITE_ONLY("the fixture is a desk's file; a server's schema is made from migration 1 on an empty database");
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"v14.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/storage/fixtures/schema-v14.db"_s, copy));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto db = storage::Database::open(copy);
    QVERIFY2(db, qPrintable(db.errorString()));
    auto bits = storage::scalar(db.value()->connection(), u"SELECT tables_with_rows FROM cases"_s);
    QVERIFY2(bits, qPrintable(bits.errorString()));
    QCOMPARE(bits.value().toLongLong(), bitOf(u"parties") | bitOf(u"verifications") | bitOf(u"timeline"));
    const QStringList wrong = test::tableBitsDisagreeing(db.value()->connection());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
}

// The statement of migration 0015 that filled the bits of the cases of before, on this engine (the
// SQLite fixture above shows it on one case; here on the closed case of the canonical walk, whose file
// holds a dozen tables): the bits zeroed by the tables' owner, the statement run again, the bits exact.
void TestCaseTableBits::theMigrationsFillStatementAgreesWithTheTriggers()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    const QSqlDatabase db = bed.database().connection();
    const qint64 kept = storedBits(bed, c);
    QVERIFY(kept & bitOf(u"agreements"));
    QString fill;
    for (const storage::Migration &m : storage::migrations(storage::engineOf(db)))
        if (m.version == 15) {
            QFile f(m.resource);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString script = QString::fromUtf8(f.readAll());
            const QStringList statements = test::onPostgres() ? storage::splitPostgresStatements(script) : storage::splitStatements(script);
            for (const QString &st : statements) // run as the migration ran it, its comment before it
                if (st.contains(u"UPDATE cases SET tables_with_rows =\n"_s))
                    fill = st;
        }
    QVERIFY2(!fill.isEmpty(), "migration 15 has no statement filling the bits");
    QVERIFY(storage::exec(db, u"UPDATE cases SET tables_with_rows = 0"_s));
    QCOMPARE(storedBits(bed, c), qint64(0));
    QVERIFY(storage::exec(db, fill));
    QCOMPARE(storedBits(bed, c), kept);
    const QStringList wrong = test::tableBitsDisagreeing(db);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
}

// A record never moves to another case (the bits of both would be wrong): an UPDATE of its case_id is
// refused by the database, on both engines, and nothing changes.
void TestCaseTableBits::aRecordStaysWithItsCase()
{
    test::CaseTestbed bed;
    const QString a = bed.caseAt(Stage::Investigation);
    const QString b = bed.caseAt(Stage::Clue);
    const QSqlDatabase db = bed.database().connection();
    const auto before = bed.snapshot();
    QSqlQuery q(db);
    QVERIFY(!q.exec(u"UPDATE verifications SET case_id = (SELECT id FROM cases WHERE case_no = '%1') "
                    "WHERE case_id = (SELECT id FROM cases WHERE case_no = '%2')"_s.arg(b, a)));
    QVERIFY2(q.lastError().text().contains(u"a record stays with its case"_s), qPrintable(q.lastError().text()));
    QCOMPARE(bed.snapshot(), before);
    QVERIFY(bed.service().caseFile(a).value().verification.has_value());
    QVERIFY(!bed.service().caseFile(b).value().verification.has_value());
}

// Two transactions on a server, one removing the case's last party, the other adding one: whichever order
// they commit in, the bit agrees with the rows. The second waits for the first (each trigger locks the
// case row before it reads): without the lock it would see the bit still set, leave it, and the first's
// commit would leave a party with its bit cleared — the party gone from the case file.
void TestCaseTableBits::twoServerTransactionsKeepTheBitsExact()
{
    if (!test::onPostgres())
        QSKIP("PostgreSQL only: SQLite has one writer at a time");
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue);
    QVERIFY(!bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海甲化工有限公司","address":"某路1号"})"), c).isEmpty());
    QVERIFY(storedBits(bed, c) & bitOf(u"parties"));
    auto second = storage::Database::open(bed.path());
    QVERIFY2(second, qPrintable(second.errorString()));
    QSqlQuery first(bed.database().connection()), other(second.value()->connection());
    const QString caseId = QString::number(bed.service().caseFile(c).value().id);

    QVERIFY(first.exec(u"BEGIN"_s));
    QVERIFY(first.exec(u"DELETE FROM parties WHERE case_id = %1"_s.arg(caseId)));
    QVERIFY(other.exec(u"SET lock_timeout = '500ms'"_s));
    QVERIFY(other.exec(u"BEGIN"_s));
    const QString add = u"INSERT INTO parties(case_id, seq, kind, name, address) VALUES (%1, 2, 'company', '上海乙物流有限公司', '某路2号')"_s.arg(caseId);
    const bool addedAtOnce = other.exec(add);
    QVERIFY2(!addedAtOnce, "the second transaction did not wait for the first");
    QVERIFY2(other.lastError().text().contains(u"lock timeout"_s), qPrintable(other.lastError().text()));
    QVERIFY(other.exec(u"ROLLBACK"_s));
    QVERIFY(first.exec(u"COMMIT"_s));
    QVERIFY(!(storedBits(bed, c) & bitOf(u"parties")));
    QVERIFY(other.exec(u"BEGIN"_s));
    QVERIFY2(other.exec(add), qPrintable(other.lastError().text()));
    QVERIFY(other.exec(u"COMMIT"_s));
    QVERIFY(storedBits(bed, c) & bitOf(u"parties"));
    const QStringList wrong = test::tableBitsDisagreeing(bed.database().connection());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
    QCOMPARE(bed.service().caseFile(c).value().parties.size(), 1);
}

QTEST_GUILESS_MAIN(TestCaseTableBits)
#include "tst_casetablebits.moc"
