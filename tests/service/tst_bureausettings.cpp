// The bureau's settings (core/service/bureausettings.h): changed only through CaseService::changeSettings,
// audited old → new, refused whole on a bad value, and seen by every desk of the database — a second
// connection with its own service reads them and judges its commands and its dashboard by them.
// Runs on both engines.

#include "casetestbed.h"

#include "core/documents/papersettings.h"
#include "core/service/casereader.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::test;

namespace {
// The audit entries of one command, oldest first, read straight from the table.
QList<QJsonObject> auditEntries(const QSqlDatabase &db, const QString &command)
{
    QList<QJsonObject> entries;
    auto q = storage::exec(db, u"SELECT actor, changes, payload FROM audit_log WHERE command = ? ORDER BY id"_s, {command});
    while (q && q.value().next())
        entries << QJsonObject{{u"actor"_s, q.value().value(0).toString()},
                               {u"changes"_s, QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).array()},
                               {u"payload"_s, QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object()}};
    return entries;
}

// A change in an audit entry's list, by field.
QJsonObject changeOf(const QJsonObject &entry, const QString &field)
{
    for (const QJsonValue &c : entry.value(u"changes"_s).toArray())
        if (c.toObject().value(u"field"_s).toString() == field)
            return c.toObject();
    return {};
}

// A second desk: its own connection to the same database and its own service.
struct OtherDesk
{
    explicit OtherDesk(const QString &location)
    {
        auto opened = storage::Database::open(location);
        if (!opened)
            qFatal("second desk: %s", qPrintable(opened.errorString()));
        database = std::move(opened).value();
        service = std::make_unique<service::CaseService>(*database, calendar::WorkCalendar::builtIn(), notifier);
    }
    std::unique_ptr<storage::Database> database;
    service::CaseNotifier notifier;
    std::unique_ptr<service::CaseService> service;
};

int dueOfKind(const service::CaseReader &reader, QDate asOf, const QString &kind)
{
    service::DashboardQuery query;
    query.asOf = asOf;
    int n = 0;
    for (const service::DueItem &item : reader.dueItems(query).value())
        n += item.row.kind == kind;
    return n;
}
} // namespace

class TestBureauSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsBeforeAnythingIsSet();
    void changedByTheCommandAuditedAndSeenByAnotherDesk();
    void sameValuesAgainChangeNothing();
    void badValuesAreRefusedWhole_data();
    void badValuesAreRefusedWhole();
    void theReadingOfArticle19JudgesEveryDesksCommands();
    void warningDaysDecideWhatTheDashboardShows();
    void paperSettingsReadTheBureausUnits();
    void aDatabaseFromBeforeTakesOverTheDesksSettingsOnce();
};

void TestBureauSettings::defaultsBeforeAnythingIsSet()
{
    CaseTestbed bed;
    const service::BureauSettings s = bed.service().reader().bureauSettings().value();
    QVERIFY(s.stored().isEmpty());
    QCOMPARE(s.serviceLeadReading(), calendar::ServiceLeadReading::Strict); // the stricter reading (reference.md §6.4)
    // Defaults of domain/deadlinekinds.cpp, written out here.
    QCOMPARE(s.leadDays(u"notice_reply"_s), 3);
    QCOMPARE(s.leadDays(u"consultation_period"_s), 14);
    QCOMPARE(s.leadDays(u"annual_report"_s), 30);
    QCOMPARE(s.value(u"number_prefix"_s, u"310115/district_ecology"_s), QString());
}

void TestBureauSettings::changedByTheCommandAuditedAndSeenByAnotherDesk()
{
    CaseTestbed bed;
    OtherDesk other(bed.path());
    QSignalSpy told(&bed.notifier(), &service::CaseNotifier::settingsChanged);

    auto changed = bed.service().changeSettings(
        {{{}, u"service_lead_reading"_s, u"lenient"_s, {}, {}},
         {{}, u"lead_days.notice_reply"_s, u"5"_s, {}, {}},
         {u"310115/district_ecology"_s, u"number_prefix"_s, u"沪浦环赔"_s, {}, {}}},
        u"科长甲"_s);
    QVERIFY2(changed, qPrintable(changed.errorString()));
    QCOMPARE(changed->size(), 3);
    QCOMPARE(told.size(), 1);

    // One audit entry, naming each value old → new, in an intact chain.
    const QList<QJsonObject> entries = auditEntries(bed.database().connection(), u"change_settings"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(u"actor"_s).toString(), u"科长甲"_s);
    QCOMPARE(changeOf(entries.first(), u"service_lead_reading"_s).value(u"old"_s).toString(), u"strict"_s);
    QCOMPARE(changeOf(entries.first(), u"service_lead_reading"_s).value(u"new"_s).toString(), u"lenient"_s);
    QCOMPARE(changeOf(entries.first(), u"lead_days.notice_reply"_s).value(u"old"_s).toString(), u"3"_s);
    QCOMPARE(changeOf(entries.first(), u"lead_days.notice_reply"_s).value(u"new"_s).toString(), u"5"_s);
    const QJsonObject prefix = changeOf(entries.first(), u"310115/district_ecology:number_prefix"_s);
    QVERIFY(prefix.value(u"old"_s).isNull()); // never set before: the unit's derived default was in force
    QCOMPARE(prefix.value(u"new"_s).toString(), u"沪浦环赔"_s);
    QVERIFY(storage::audit::verify(bed.database().connection()).value().intact());

    // The other desk reads them from the database, not from anything of this desk.
    const service::BureauSettings seen = other.service->reader().bureauSettings().value();
    QCOMPARE(seen.serviceLeadReading(), calendar::ServiceLeadReading::Lenient);
    QCOMPARE(seen.leadDays(u"notice_reply"_s), 5);
    QCOMPARE(seen.value(u"number_prefix"_s, u"310115/district_ecology"_s), u"沪浦环赔"_s);
    QCOMPARE(seen.units(), QStringList{u"310115/district_ecology"_s});
    for (const service::SettingValue &v : seen.stored())
        QCOMPARE(v.changedBy, u"科长甲"_s);
}

void TestBureauSettings::sameValuesAgainChangeNothing()
{
    CaseTestbed bed;
    QVERIFY(bed.service().changeSettings({{{}, u"lead_days.milestone"_s, u"10"_s, {}, {}}}, u"甲"_s));
    const auto before = contentFingerprint(bed.database().connection());
    QSignalSpy told(&bed.notifier(), &service::CaseNotifier::settingsChanged);
    // The value in force, and a default written out: no change, no audit entry, no signal.
    auto again = bed.service().changeSettings(
        {{{}, u"lead_days.milestone"_s, u"10"_s, {}, {}}, {{}, u"service_lead_reading"_s, u"strict"_s, {}, {}}}, u"乙"_s);
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(told.size(), 0);
    QCOMPARE(contentFingerprint(bed.database().connection()), before);
}

void TestBureauSettings::badValuesAreRefusedWhole_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("said");
    QTest::newRow("a reading that does not exist") << QString() << u"service_lead_reading"_s << u"sometimes"_s << u"strict"_s;
    QTest::newRow("negative days") << QString() << u"lead_days.notice_reply"_s << u"-1"_s << u"lead_days.notice_reply"_s;
    QTest::newRow("days that are not a number") << QString() << u"lead_days.notice_reply"_s << u"三天"_s << u"三天"_s;
    QTest::newRow("more than a year") << QString() << u"lead_days.notice_reply"_s << u"400"_s << u"365"_s;
    QTest::newRow("a name nobody knows") << QString() << u"lead_days.holiday"_s << u"3"_s << u"lead_days.holiday"_s;
    QTest::newRow("a unit setting without its unit") << QString() << u"number_prefix"_s << u"沪浦环损"_s << u"--unit"_s;
    QTest::newRow("a bureau setting given a unit") << u"310115/district_ecology"_s << u"service_lead_reading"_s << u"lenient"_s
                                                   << u"service_lead_reading"_s;
    QTest::newRow("a district that is not Shanghai's") << u"110105/district_ecology"_s << u"number_prefix"_s << u"京朝环损"_s
                                                       << u"110105/district_ecology"_s;
    QTest::newRow("a department that does not exist") << u"310115/police"_s << u"number_prefix"_s << u"沪浦公损"_s << u"310115/police"_s;
    QTest::newRow("two lines in a prefix") << u"310115/district_ecology"_s << u"number_prefix"_s << u"沪浦\n环损"_s
                                           << u"number_prefix"_s;
}

void TestBureauSettings::badValuesAreRefusedWhole()
{
    QFETCH(QString, unit);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, said);
    CaseTestbed bed;
    bed.caseAt(domain::Stage::Verification);
    const auto before = contentFingerprint(bed.database().connection());
    // A good value beside the bad one: nothing of the request is stored.
    auto refused = bed.service().changeSettings(
        {{{}, u"lead_days.milestone"_s, u"10"_s, {}, {}}, {unit, name, value, {}, {}}}, u"甲"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(said), qPrintable(refused.errorString()));
    QCOMPARE(contentFingerprint(bed.database().connection()), before);
}

void TestBureauSettings::theReadingOfArticle19JudgesEveryDesksCommands()
{
    // Served on Monday 2026-03-02; the meeting on Monday 2026-03-09 is the 5th working day after it
    // (03-03, 03-04, 03-05, 03-06, 03-09): enough when read leniently, not when 5 full working days must
    // lie between service and meeting.
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Consultation);
    QJsonObject serve = json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02",
        "service_method":"direct","meeting_on":"2026-03-09","reply_due_on":"2026-03-05"})");
    serve.insert(u"case"_s, c);
    OtherDesk other(bed.path());
    auto strict = other.service->execute(serve, u"乙"_s, CaseTestbed::today());
    QVERIFY(!strict);
    QVERIFY2(strict.errorString().contains(u"Art. 19"_s) || strict.errorString().contains(u"第十九条"_s),
             qPrintable(strict.errorString()));

    // This desk changes the bureau's reading; the other desk's next command is judged by it.
    QVERIFY(bed.service().changeSettings({{{}, u"service_lead_reading"_s, u"lenient"_s, {}, {}}}, u"科长甲"_s));
    auto lenient = other.service->execute(serve, u"乙"_s, CaseTestbed::today());
    QVERIFY2(lenient, qPrintable(lenient.errorString()));
}

void TestBureauSettings::warningDaysDecideWhatTheDashboardShows()
{
    // Received 2026-01-05: verification is due 2026-02-04 (Art. 13, 30 days, the first not counted). On
    // 2026-01-30 that is 5 days off: inside the default 7 warning days, outside 3.
    CaseTestbed bed;
    bed.caseAt(domain::Stage::Clue);
    OtherDesk other(bed.path());
    const QDate asOf(2026, 1, 30);
    QCOMPARE(dueOfKind(other.service->reader(), asOf, u"verification_start"_s), 1);
    QVERIFY(bed.service().changeSettings({{{}, u"lead_days.verification_start"_s, u"3"_s, {}, {}}}, u"科长甲"_s));
    QCOMPARE(dueOfKind(other.service->reader(), asOf, u"verification_start"_s), 0);
    QCOMPARE(dueOfKind(bed.service().reader(), asOf, u"verification_start"_s), 0);
}

void TestBureauSettings::paperSettingsReadTheBureausUnits()
{
    // documents::PaperSettings keeps its API (unitFor, setUnit, save) over the bureau's settings.
    CaseTestbed bed;
    const domain::CaseFile file = bed.service().caseFile(bed.caseAt(domain::Stage::Clue)).value(); // 金山区, district_ecology
    QCOMPARE(documents::PaperSettings::load(bed.service()).value().unitFor(file).numberPrefix, u"沪金环损"_s); // the default
    documents::PaperSettings settings = documents::PaperSettings::load(bed.service()).value();
    documents::UnitPaperSettings unit = settings.unitFor(file);
    unit.numberPrefix = u"沪金环赔"_s;
    unit.contactPerson = u"李四"_s;
    settings.setUnit(file.districtCode, file.unit, unit);
    QVERIFY(settings.save(bed.service(), u"科长甲"_s));
    OtherDesk other(bed.path());
    const documents::UnitPaperSettings seen = documents::PaperSettings::load(*other.service).value().unitFor(file);
    QCOMPARE(seen.numberPrefix, u"沪金环赔"_s);
    QCOMPARE(seen.contactPerson, u"李四"_s);
    QCOMPARE(seen.unitName, u"上海市金山区生态环境局"_s);
    QCOMPARE(auditEntries(bed.database().connection(), u"change_settings"_s).size(), 1);
}

void TestBureauSettings::aDatabaseFromBeforeTakesOverTheDesksSettingsOnce()
{
    ECOCLAIM_SQLITE_ONLY("a desk's own file, written before the bureau settings existed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"desk.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(ECOCLAIM_SOURCE_DIR "/tests/storage/fixtures/schema-v4.db"), path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Where the desk kept them before (QSettings, as the earlier versions wrote them).
    QSettings desk;
    desk.clear();
    desk.setValue(u"deadlines/serviceLeadReading"_s, u"lenient"_s);
    desk.setValue(u"deadlines/leadDays/notice_reply"_s, 6);
    desk.setValue(u"deadlines/leadDays/milestone"_s, 999); // out of range: left out, and said so
    desk.beginWriteArray(u"papers/units"_s, 1);
    desk.setArrayIndex(0);
    desk.setValue(u"key"_s, u"310112/district_ecology"_s);
    desk.setValue(u"name"_s, u"上海市闵行区生态环境局"_s);
    desk.setValue(u"prefix"_s, u"沪闵环赔"_s);
    desk.setValue(u"contact"_s, u"张三"_s);
    desk.setValue(u"phone"_s, u"021-64123456"_s);
    desk.endArray();
    desk.sync();

    {
        auto db = storage::Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        QCOMPARE(db.value()->versionAtOpen(), 4);
        service::CaseNotifier notifier;
        auto opened = service::CaseService::open(*db.value(), notifier);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        const service::BureauSettings s = opened.value()->reader().bureauSettings().value();
        QCOMPARE(s.serviceLeadReading(), calendar::ServiceLeadReading::Lenient);
        QCOMPARE(s.leadDays(u"notice_reply"_s), 6);
        QCOMPARE(s.leadDays(u"milestone"_s), 7); // the default stays
        QCOMPARE(s.value(u"number_prefix"_s, u"310112/district_ecology"_s), u"沪闵环赔"_s);
        QCOMPARE(s.value(u"contact_phone"_s, u"310112/district_ecology"_s), u"021-64123456"_s);
        // The fixture's case (闵行区, district_ecology) prints the taken-over prefix.
        const domain::CaseFile file = opened.value()->caseFile(u"2025-310112-0001"_s).value();
        QCOMPARE(documents::PaperSettings::load(*opened.value()).value().unitFor(file).numberPrefix, u"沪闵环赔"_s);

        const QList<QJsonObject> entries = auditEntries(db.value()->connection(), u"take_over_desk_settings"_s);
        QCOMPARE(entries.size(), 1);
        const QJsonObject payload = entries.first().value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"source"_s).toString(), desk.fileName());
        QVERIFY(!payload.value(u"reason"_s).toString().isEmpty());
        QCOMPARE(payload.value(u"skipped"_s).toArray().size(), 1);
        QCOMPARE(payload.value(u"skipped"_s).toArray().first().toObject().value(u"name"_s).toString(), u"lead_days.milestone"_s);
        QCOMPARE(changeOf(entries.first(), u"service_lead_reading"_s).value(u"old"_s).toString(), u"strict"_s);
        QCOMPARE(changeOf(entries.first(), u"310112/district_ecology:number_prefix"_s).value(u"new"_s).toString(), u"沪闵环赔"_s);
        QVERIFY(storage::audit::verify(db.value()->connection()).value().intact());
    }

    // The desk's values change afterwards: the database took them over once and keeps its own.
    desk.setValue(u"deadlines/serviceLeadReading"_s, u"strict"_s);
    desk.sync();
    {
        auto db = storage::Database::open(path);
        QVERIFY(db);
        service::CaseNotifier notifier;
        auto opened = service::CaseService::open(*db.value(), notifier);
        QVERIFY(opened);
        QCOMPARE(opened.value()->reader().bureauSettings().value().serviceLeadReading(), calendar::ServiceLeadReading::Lenient);
        QCOMPARE(auditEntries(db.value()->connection(), u"take_over_desk_settings"_s).size(), 1);
    }

    // A database created now starts from the bureau defaults, whatever this desk once configured.
    {
        auto db = storage::Database::open(dir.filePath(u"new.db"_s));
        QVERIFY(db);
        service::CaseNotifier notifier;
        auto opened = service::CaseService::open(*db.value(), notifier);
        QVERIFY(opened);
        QVERIFY(opened.value()->reader().bureauSettings().value().stored().isEmpty());
        QCOMPARE(auditEntries(db.value()->connection(), u"take_over_desk_settings"_s).size(), 0);
    }
    desk.clear();
}

QTEST_GUILESS_MAIN(TestBureauSettings)
#include "tst_bureausettings.moc"
