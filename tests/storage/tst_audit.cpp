// The audit log: every command through CaseService appends one chained entry; verify() recomputes the
// chain; SQL cannot alter or remove an entry (triggers), and tampering behind the triggers — dropping
// them, then editing or deleting rows, even re-hashing the edited row — is found at the right entry.
// The entry of update_case records each changed field old → new, and nothing else.

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "tests/common/fingerprint.h"
#include "tests/common/testdatabase.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::Database;

namespace {

const QDate Today(2025, 6, 30);
const QString CaseNo = u"2025-310112-0001"_s;

QJsonObject cmd(const QString &name, std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o{{u"cmd"_s, name}};
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}

// Seven commands on two cases; the entry ids are 1…7 in this order.
QList<QJsonObject> script()
{
    return {
        cmd(u"register_clue"_s, {{u"title"_s, u"闵行区某电镀厂暗管排放案"_s}, {u"district"_s, u"闵行区"_s},
                                 {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, u"inspection"_s},
                                 {u"received_on"_s, u"2025-03-03"_s}, {u"site"_s, u"浦江镇联航路1188号"_s},
                                 {u"description"_s, u"雨水排放口总铬超标"_s}}),
        cmd(u"add_party"_s, {{u"case"_s, CaseNo}, {u"kind"_s, u"company"_s}, {u"name"_s, u"上海某电镀有限公司"_s}}),
        cmd(u"start_verification"_s, {{u"case"_s, CaseNo}, {u"started_on"_s, u"2025-03-10"_s}, {u"verified_by"_s, u"王某"_s}}),
        cmd(u"register_clue"_s, {{u"title"_s, u"金山区农田倾倒污泥案"_s}, {u"district"_s, u"310116"_s},
                                 {u"unit"_s, u"district_agriculture"_s}, {u"channel"_s, u"complaint"_s},
                                 {u"received_on"_s, u"2025-04-01"_s}}),
        cmd(u"record_verification"_s, {{u"case"_s, CaseNo}, {u"concluded_on"_s, u"2025-03-20"_s},
                                       {u"damage_found"_s, true}, {u"finding"_s, u"土壤铬含量超过筛选值"_s}}),
        cmd(u"update_case"_s, {{u"case"_s, CaseNo}, {u"title"_s, u"闵行区某电镀厂暗管排放含铬废水案"_s},
                               {u"site"_s, u"浦江镇联航路1188号"_s}, // unchanged: must not be recorded
                               {u"major"_s, true}, {u"major_reason"_s, u"涉及饮用水水源保护区"_s}}),
        cmd(u"file_case"_s, {{u"case"_s, CaseNo}, {u"filed_on"_s, u"2025-03-25"_s}}),
    };
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chainIsIntact();
    void triggersRefuseUpdateAndDelete_data();
    void triggersRefuseUpdateAndDelete();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void truncatedTailChangesTheHead();
    void changesRecordOldAndNew();
    void refusedCommandIsNotAudited();
    void hashMatchesAnIndependentVector();

private:
    QSqlDatabase conn() const { return m_db->connection(); }
    // What someone with write access to the file or the server would do first.
    void dropTrigger(const QString &name)
    {
        QVERIFY(storage::exec(conn(), test::onPostgres() ? u"DROP TRIGGER %1 ON audit_log"_s.arg(name) : u"DROP TRIGGER "_s + name));
    }
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_db;
    QString m_head; // head after the script
};

void TestAudit::init()
{
    m_location = std::make_unique<test::TestDatabase>(u"audit.db"_s);
    auto opened = Database::open(m_location->location());
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_db = std::move(opened).value();
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*m_db, calendar::WorkCalendar::builtIn(), serviceNotifier);
    QString head;
    for (const QJsonObject &c : script()) {
        auto o = service.execute(c, u"审计员"_s, Today);
        QVERIFY2(o, qPrintable(c.value(u"cmd"_s).toString() + u": "_s + o.errorString()));
    }
    m_head = storage::scalar(conn(), u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s).value().toString();
    QCOMPARE(m_head.size(), 64);
}

void TestAudit::cleanup()
{
    m_db.reset();
    m_location.reset();
}

void TestAudit::chainIsIntact()
{
    auto report = storage::audit::verify(conn());
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(report->message));
    QCOMPARE(report->entries, 7);
    QCOMPARE(report->firstBrokenId, 0);
    QCOMPARE(report->head, m_head);
    QVERIFY(report->message.contains(u"7"_s));

    // The chain by hand: ids 1…7, each prev_hash the previous hash, the first one empty, each hash
    // hashOf() its own fields, commands in script order, actor recorded.
    auto q = storage::exec(conn(), u"SELECT id, at, actor, case_id, command, payload, changes, prev_hash, hash FROM audit_log ORDER BY id"_s);
    QVERIFY(q);
    QString previous;
    const QList<QJsonObject> commands = script();
    qint64 id = 0;
    while (q.value().next()) {
        storage::AuditEntry e;
        e.id = q.value().value(0).toLongLong();
        e.at = q.value().value(1).toString();
        e.actor = q.value().value(2).toString();
        e.caseId = q.value().value(3).toLongLong();
        e.command = q.value().value(4).toString();
        e.payload = q.value().value(5).toString();
        e.changes = q.value().value(6).toString();
        e.prevHash = q.value().value(7).toString();
        e.hash = q.value().value(8).toString();
        QCOMPARE(e.id, ++id);
        QCOMPARE(e.prevHash, previous);
        QCOMPARE(storage::audit::hashOf(e), e.hash);
        QCOMPARE(e.command, commands.at(id - 1).value(u"cmd"_s).toString());
        QCOMPARE(e.actor, u"审计员"_s);
        QCOMPARE(e.caseId, e.command == u"register_clue" && id == 4 ? 2 : 1);
        QVERIFY(storage::timestampFrom(e.at).isValid());
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        QCOMPARE(payload.value(u"cmd"_s).toString(), e.command);
        previous = e.hash;
    }
    QCOMPARE(id, 7);

    auto forCase = storage::audit::entriesForCase(conn(), 1);
    QVERIFY(forCase);
    QCOMPARE(forCase->size(), 6);
    QCOMPARE(storage::audit::entriesForCase(conn(), 2)->size(), 1);
}

void TestAudit::triggersRefuseUpdateAndDelete_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update a payload") << u"UPDATE audit_log SET payload = '{}' WHERE id = 3"_s;
    QTest::newRow("update the actor") << u"UPDATE audit_log SET actor = 'someone else'"_s;
    QTest::newRow("update a hash") << u"UPDATE audit_log SET hash = prev_hash WHERE id = 7"_s;
    QTest::newRow("delete the middle") << u"DELETE FROM audit_log WHERE id = 4"_s;
    QTest::newRow("delete the tail") << u"DELETE FROM audit_log WHERE id = 7"_s;
    QTest::newRow("delete all") << u"DELETE FROM audit_log"_s;
    if (test::onPostgres()) // PostgreSQL's way of writing over a row: an upsert
        QTest::newRow("upsert a row") << u"INSERT INTO audit_log SELECT id, at, 'x', case_id, command, payload, changes, prev_hash, hash "
                                         "FROM audit_log WHERE id = 2 ON CONFLICT (id) DO UPDATE SET actor = excluded.actor"_s;
    else
        QTest::newRow("replace a row") << u"INSERT OR REPLACE INTO audit_log SELECT id, at, 'x', case_id, command, payload, changes, prev_hash, hash FROM audit_log WHERE id = 2"_s;
    if (test::onPostgres()) // a statement trigger of its own: TRUNCATE fires no row trigger
        QTest::newRow("truncate") << u"TRUNCATE audit_log"_s;
}

void TestAudit::triggersRefuseUpdateAndDelete()
{
    QFETCH(QString, sql);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*audit_log is append-only"_s));
    const QByteArray before = test::contentFingerprint(conn()).value(u"audit_log"_s);
    auto q = storage::exec(conn(), sql);
    QVERIFY2(!q, "the audit log accepted a change");
    QVERIFY2(q.errorString().contains(u"append-only"_s), qPrintable(q.errorString()));
    QCOMPARE(test::contentFingerprint(conn()).value(u"audit_log"_s), before);
    QVERIFY(storage::audit::verify(conn())->intact());
}

void TestAudit::tamperingIsDetected_data()
{
    QTest::addColumn<QStringList>("tampering"); // run after the triggers are dropped
    QTest::addColumn<qint64>("firstBrokenId");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("payload edited") << QStringList{u"UPDATE audit_log SET payload = replace(payload, '2025-03-10', '2025-03-09') WHERE id = 3"_s}
                                    << qint64(3) << u"altered"_s;
    QTest::newRow("actor edited") << QStringList{u"UPDATE audit_log SET actor = '别人' WHERE id = 5"_s} << qint64(5) << u"altered"_s;
    QTest::newRow("changes edited") << QStringList{u"UPDATE audit_log SET changes = '[]' WHERE id = 6"_s} << qint64(6) << u"altered"_s;
    QTest::newRow("time edited") << QStringList{u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 1"_s}
                                 << qint64(1) << u"altered"_s;
    QTest::newRow("case moved") << QStringList{u"UPDATE audit_log SET case_id = 2 WHERE id = 2"_s} << qint64(2) << u"altered"_s;
    QTest::newRow("middle entry deleted") << QStringList{u"DELETE FROM audit_log WHERE id = 4"_s} << qint64(5) << u"removed"_s;
    QTest::newRow("first entry deleted") << QStringList{u"DELETE FROM audit_log WHERE id = 1"_s} << qint64(2) << u"removed"_s;
    QTest::newRow("two entries swapped")
        << QStringList{u"UPDATE audit_log SET id = -2 WHERE id = 2"_s, u"UPDATE audit_log SET id = 2 WHERE id = 3"_s,
                       u"UPDATE audit_log SET id = 3 WHERE id = -2"_s}
        << qint64(2) << u"removed"_s;
}

void TestAudit::tamperingIsDetected()
{
    QFETCH(QStringList, tampering);
    QFETCH(qint64, firstBrokenId);
    QFETCH(QString, phrase);
    dropTrigger(u"audit_log_no_update"_s);
    dropTrigger(u"audit_log_no_delete"_s);
    for (const QString &sql : tampering)
        QVERIFY(storage::exec(conn(), sql));
    auto report = storage::audit::verify(conn());
    QVERIFY(report);
    QVERIFY2(!report->intact(), "tampering went unnoticed");
    QCOMPARE(report->firstBrokenId, firstBrokenId);
    QVERIFY2(report->message.contains(QString::number(firstBrokenId)), qPrintable(report->message));
    QVERIFY2(report->message.contains(phrase), qPrintable(report->message));
}

void TestAudit::truncatedTailChangesTheHead()
{
    // Removing the newest entries leaves a chain that is intact in itself: only the head an export
    // recorded shows it. And re-hashing an edited entry breaks the link to the next one.
    dropTrigger(u"audit_log_no_delete"_s);
    dropTrigger(u"audit_log_no_update"_s);
    QVERIFY(storage::exec(conn(), u"DELETE FROM audit_log WHERE id >= 6"_s));
    auto report = storage::audit::verify(conn());
    QVERIFY(report && report->intact());
    QCOMPARE(report->entries, 5);
    QVERIFY(report->head != m_head);

    // Forge entry 3 and give it a correct hash of its own: entry 4 no longer links to it.
    auto q = storage::exec(conn(), u"SELECT id, at, actor, case_id, command, payload, changes, prev_hash FROM audit_log WHERE id = 3"_s);
    QVERIFY(q && q.value().next());
    storage::AuditEntry e{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                          q.value().value(3).toLongLong(), q.value().value(4).toString(), q.value().value(5).toString(),
                          q.value().value(6).toString(), q.value().value(7).toString(), {}};
    q.value().finish();
    e.actor = u"伪造者"_s;
    e.hash = storage::audit::hashOf(e);
    QVERIFY(storage::exec(conn(), u"UPDATE audit_log SET actor = ?, hash = ? WHERE id = 3"_s, {e.actor, e.hash}));
    report = storage::audit::verify(conn());
    QVERIFY(report);
    QCOMPARE(report->firstBrokenId, 4);
}

void TestAudit::changesRecordOldAndNew()
{
    const QString changes = storage::scalar(conn(), u"SELECT changes FROM audit_log WHERE command = 'update_case'"_s).value().toString();
    const QJsonArray array = QJsonDocument::fromJson(changes.toUtf8()).array();
    QMap<QString, QJsonObject> byField;
    for (const QJsonValue &v : array)
        byField.insert(v.toObject().value(u"field"_s).toString(), v.toObject());
    // Exactly the fields whose value changed: the site was given but is the same, so it is not there.
    QCOMPARE(byField.keys(), (QStringList{u"is_major"_s, u"major_reason"_s, u"title"_s}));
    const QJsonObject title = byField.value(u"title"_s);
    QCOMPARE(title.value(u"entity"_s).toString(), u"cases"_s);
    QCOMPARE(title.value(u"id"_s).toInteger(), 1);
    QCOMPARE(title.value(u"old"_s).toString(), u"闵行区某电镀厂暗管排放案"_s);
    QCOMPARE(title.value(u"new"_s).toString(), u"闵行区某电镀厂暗管排放含铬废水案"_s);
    QCOMPARE(byField.value(u"is_major"_s).value(u"old"_s).toInteger(), 0);
    QCOMPARE(byField.value(u"is_major"_s).value(u"new"_s).toInteger(), 1);
    QCOMPARE(byField.value(u"major_reason"_s).value(u"old"_s).toString(), QString());
    QCOMPARE(byField.value(u"major_reason"_s).value(u"new"_s).toString(), u"涉及饮用水水源保护区"_s);

    // A stage change is recorded as such; and the table really holds the new values.
    const QJsonArray verification = QJsonDocument::fromJson(
        storage::scalar(conn(), u"SELECT changes FROM audit_log WHERE command = 'start_verification'"_s).value().toString().toUtf8()).array();
    bool stageRecorded = false;
    for (const QJsonValue &v : verification) {
        const QJsonObject o = v.toObject();
        if (o.value(u"field"_s) == u"stage"_s) {
            stageRecorded = true;
            QCOMPARE(o.value(u"old"_s).toString(), u"clue"_s);
            QCOMPARE(o.value(u"new"_s).toString(), u"verification"_s);
        }
    }
    QVERIFY(stageRecorded);
    QCOMPARE(storage::scalar(conn(), u"SELECT title FROM cases WHERE id = 1"_s).value().toString(), u"闵行区某电镀厂暗管排放含铬废水案"_s);
}

void TestAudit::refusedCommandIsNotAudited()
{
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*m_db, calendar::WorkCalendar::builtIn(), serviceNotifier);
    auto refused = service.execute(cmd(u"update_case"_s, {{u"case"_s, CaseNo}}), u"审计员"_s, Today); // nothing to change
    QVERIFY(!refused);
    auto report = storage::audit::verify(conn());
    QVERIFY(report && report->intact());
    QCOMPARE(report->entries, 7);
    QCOMPARE(report->head, m_head);
}

// The chain's hash computed outside the code under test. The expected values were computed once with
// coreutils on the canonical bytes — prev_hash, id, at, actor, case_id, command, payload, changes joined
// by U+001F, UTF-8 — as a verifier without EcoClaim would:
//   printf '%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s' "" 1 2026-03-02T08:15:00.000Z 王芳 7 register_clue \
//       '{"cmd":"register_clue","title":"金山区某化工企业渗漏污染土壤案"}' \
//       '[{"entity":"cases","field":"title","id":7,"new":"金山区某化工企业渗漏污染土壤案","old":null}]' | sha256sum
// and the second entry chained to the first the same way.
void TestAudit::hashMatchesAnIndependentVector()
{
    storage::AuditEntry first{1, u"2026-03-02T08:15:00.000Z"_s, u"王芳"_s, 7, u"register_clue"_s,
                              u"{\"cmd\":\"register_clue\",\"title\":\"金山区某化工企业渗漏污染土壤案\"}"_s,
                              u"[{\"entity\":\"cases\",\"field\":\"title\",\"id\":7,\"new\":\"金山区某化工企业渗漏污染土壤案\",\"old\":null}]"_s,
                              QString(), QString()};
    QCOMPARE(storage::audit::hashOf(first), u"39544958b3c6721e6416c11a93fca0aabb1ce02c1557f219a80f88e496c98274"_s);
    storage::AuditEntry second{2, u"2026-03-03T01:00:00.500Z"_s, u"李强"_s, 0, u"import_calendar"_s,
                               u"{\"cmd\":\"import_calendar\",\"year\":2027}"_s, u"[]"_s,
                               u"39544958b3c6721e6416c11a93fca0aabb1ce02c1557f219a80f88e496c98274"_s, QString()};
    QCOMPARE(storage::audit::hashOf(second), u"e09897c6ff9cc07e4d68bf1d70dfeae28801b49e3dc1e3a813e4dd6d9748551d"_s);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
