// The parts of the case file a command reads (core/service/commandparts.h, issue 15 item 11): most commands
// read the file without its evidence, papers and liability shares. A command must never decide on a file
// missing what its rules read, so the suites' SQLite runs run each such command a second time on the file
// read with them and refuse any difference. This suite shows that the check refuses a wrong declaration
// (and changes nothing), that every line of every scenario in tests/data decides alike both ways, and
// what the two reads hold.

#include "casetestbed.h"
#include "scenarioscripts.h"

#include "core/service/commandparts.h"
#include "core/storage/caserepository.h"


using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;

namespace {
// The words of the check's refusal (core/service/commandpartscheck.cpp), in the English source text.
const QString checkRefusal = u"is declared not to read the case's evidence, papers and liability shares"_s;

// The volume's records of a case as they are now: the check compared something only if there were some.
bool volumeHolds(test::CaseTestbed &bed, const QString &caseNo)
{
    auto f = bed.service().caseFile(caseNo);
    return f && (!f->evidence.isEmpty() || !f->papers.isEmpty() || !f->shares.isEmpty());
}
} // namespace

class TestCommandParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The check runs where ctest sets this (every suite's SQLite run); set here too for a run by hand.
        qputenv("ECOCLAIM_CHECK_READBACK", "1");
    }
    void aWrongDeclarationIsRefusedAndChangesNothing();
    void everyScenarioLineDecidesAlikeWithAndWithoutTheVolume();
    void theTwoReadsHoldWhatTheySay();
};

// record_liability_share reads the shares already recorded (their sum may not pass 100 %, 第二十三条);
// remove_party reads the papers and shares naming the party. Declared wrongly — as reading no volume —
// each would accept what it must refuse; the check refuses instead, naming the declaration, and the
// database keeps every row as it was.
void TestCommandParts::aWrongDeclarationIsRefusedAndChangesNothing()
{
    ECOCLAIM_SQLITE_ONLY("the check runs on the SQLite runs (its savepoint's rolled-back ids must come back alike)");
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue);
    QVERIFY(!bed.apply(test::json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司","credit_code":"91310000MA1FL4T85Y"})"), c).isEmpty());
    QVERIFY(!bed.apply(test::json(R"({"cmd":"add_party","kind":"company","name":"上海某物流有限公司","credit_code":"91310115MA1K3YJ12G"})"), c).isEmpty());
    QVERIFY(!bed.apply(test::json(R"({"cmd":"record_liability_share","party":1,"basis":"appraisal","percent":60})"), c).isEmpty());
    const QJsonObject tooMuch = test::json(R"({"cmd":"record_liability_share","party":2,"basis":"appraisal","percent":50})");
    const QJsonObject removeFirst = test::json(R"({"cmd":"remove_party","party":1,"reason":"录入错误"})");

    // Declared rightly: the rules see the first share and refuse with their own reasons.
    const auto before = bed.snapshot();
    const Problems exceeds = bed.refuse(tooMuch, c);
    QVERIFY(!exceeds.isEmpty());
    QVERIFY2(exceeds.toString().contains(u"exceed 100 per cent"_s), qPrintable(exceeds.toString()));
    const Problems used = bed.refuse(removeFirst, c);
    QVERIFY2(used.toString().contains(u"share of the liability"_s), qPrintable(used.toString()));
    QCOMPARE(bed.snapshot(), before);

    // Declared wrongly: refused by the check, nothing written.
    for (const QJsonObject &command : {tooMuch, removeFirst}) {
        service::WrongPartsDeclarationForTest wrong(command.value(u"cmd"_s).toString());
        QCOMPARE(service::partsReadBy(command.value(u"cmd"_s).toString()), storage::CaseRepository::Parts::ForDeadlines);
        const Problems refused = bed.refuse(command, c);
        QVERIFY2(refused.toString().contains(checkRefusal), qPrintable(refused.toString()));
        QVERIFY2(refused.toString().contains(command.value(u"cmd"_s).toString()), qPrintable(refused.toString()));
        QCOMPARE(bed.snapshot(), before);
    }
    // And rightly again: the declaration is the list's once the test's object is gone.
    QCOMPARE(service::partsReadBy(u"record_liability_share"_s), storage::CaseRepository::Parts::ForCommands);
}

// Every command line of tests/data/*.jsonl (rules-*, scenario-*), in a fresh database per file: no line is
// refused by the check. Lines a scenario expects to be refused are run too (their refusal must be the
// rules', the same both ways). The walk must meet commands that read no volume on cases that hold one —
// evidence, papers or shares — or the check compared nothing.
void TestCommandParts::everyScenarioLineDecidesAlikeWithAndWithoutTheVolume()
{
    ECOCLAIM_SQLITE_ONLY("the check runs on the SQLite runs");
    int lightOnAVolume = 0;
    QSet<QString> lightCommands;
    const int lines = test::runEveryScenarioLine(
        [&](test::CaseTestbed &bed, const test::ScenarioLine &line) {
            const QString cmd = line.command.value(u"cmd"_s).toString();
            if (line.command.contains(u"case"_s) && service::partsReadBy(cmd) == storage::CaseRepository::Parts::ForDeadlines) {
                lightCommands.insert(cmd);
                if (volumeHolds(bed, line.command.value(u"case"_s).toString()))
                    ++lightOnAVolume;
            }
        },
        [&](test::CaseTestbed &, const test::ScenarioLine &line, const Result<service::CommandOutcome> &r) {
            QVERIFY2(r || !r.errorString().contains(checkRefusal),
                     qPrintable(u"%1 line %2: %3"_s.arg(line.script).arg(line.number).arg(r.errorString())));
        });
    if (QTest::currentTestFailed())
        return;
    qInfo("%d lines; %lld commands read without the volume, %d of their lines on a case holding evidence, papers or shares",
          lines, qsizetype(lightCommands.size()), lightOnAVolume);
    QVERIFY(lines > 300);
    QVERIFY(lightCommands.size() > 40);
    QVERIFY(lightOnAVolume >= 15);
}

// What each read holds, on a closed case with the five materials of 第四十二条 as evidence: the light read
// leaves them out and reads every other part alike; the read with the volume holds them; neither holds
// the timeline, which only the whole read does.
void TestCommandParts::theTwoReadsHoldWhatTheySay()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    bed.addArchiveMaterials(c);
    const storage::CaseRepository repository(bed.database().connection());
    const qint64 id = repository.resolve(c).value();
    auto light = repository.load(id, storage::CaseRepository::Parts::ForDeadlines);
    auto withVolume = repository.load(id, storage::CaseRepository::Parts::ForCommands);
    auto whole = repository.load(id, storage::CaseRepository::Parts::Whole);
    QVERIFY(light && withVolume && whole);
    QVERIFY(withVolume->evidence.size() >= 5); // the five materials of 第四十二条 and what the walk added
    QVERIFY(light->evidence.isEmpty());
    QVERIFY(light->timeline.isEmpty() && withVolume->timeline.isEmpty());
    QVERIFY(!whole->timeline.isEmpty());
    // Everything else alike.
    domain::CaseFile stripped = withVolume.value();
    stripped.evidence = {};
    stripped.papers = {};
    stripped.shares = {};
    QCOMPARE(QJsonDocument(light->toJson()).toJson(), QJsonDocument(stripped.toJson()).toJson());
    // The declaration: the commands whose rules read the volume read it.
    for (const QString &cmd : {u"archive_case"_s, u"serve_paper"_s, u"issue_paper"_s, u"supersede_paper"_s,
                               u"record_liability_share"_s, u"remove_party"_s})
        QCOMPARE(service::partsReadBy(cmd), storage::CaseRepository::Parts::ForCommands);
    QCOMPARE(service::partsReadBy(u"add_milestone"_s), storage::CaseRepository::Parts::ForDeadlines);
}

QTEST_GUILESS_MAIN(TestCommandParts)
#include "tst_commandparts.moc"
