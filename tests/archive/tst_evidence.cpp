// Evidence through the service, and the pre-archive self-check: real files, a real database.
#include "archivetestkit.h"

#include "core/archive/selfcheck.h"
#include "core/storage/auditlog.h"
#include "core/storage/contenthash.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using test::CaseTestbed;
using test::json;

class TestEvidence : public QObject
{
    Q_OBJECT
private slots:
    void addedWithTimelineAndAudit();
    void badFileChangesNothing();
    void archivedCaseRefusesEvidence();
    void archivingRefusedWhileSelfCheckFails();
    void missedDeadlineNeedsAReason();
    void paperServedWithoutProof();
};

void TestEvidence::addedWithTimelineAndAudit()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    QTemporaryDir dir;
    const QString original = dir.filePath(u"现场勘查笔录.pdf"_s);
    QFile f(original);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::makePdf(3, u"现场勘查笔录"_s));
    f.close();
    const QString before = storage::digestOfFile(original)->sha256;
    const QDateTime modified = QFileInfo(original).lastModified();

    QJsonObject cmd = json(R"({"cmd":"add_evidence","title":"现场勘查笔录","kind":"investigation","dated_on":"2026-01-22","source":"区生态环境局执法大队"})");
    cmd.insert(u"file"_s, original);
    QVERIFY(!bed.apply(cmd, c).isEmpty());

    const CaseFile file = bed.service().caseFile(c).value();
    QCOMPARE(file.evidence.size(), 1);
    const EvidenceItem &e = file.evidence.first();
    QCOMPARE(e.sha256, before);
    QCOMPARE(e.pages, 3);
    QCOMPARE(e.kind, u"investigation"_s);
    QCOMPARE(e.mediaType, u"application/pdf"_s);
    QCOMPARE(e.originalName, u"现场勘查笔录.pdf"_s);
    QCOMPARE(e.addedBy, u"tester"_s);
    QCOMPARE(e.datedOn, QDate(2026, 1, 22));
    // The original is only read; the store holds the same bytes under their hash.
    QCOMPARE(storage::digestOfFile(original)->sha256, before);
    QCOMPARE(QFileInfo(original).lastModified(), modified);
    storage::FileStore store(bed.database());
    QCOMPARE(store.read(before).value().size(), QFileInfo(original).size());
    QCOMPARE(file.timeline.last().command, u"add_evidence"_s);
    QCOMPARE(file.timeline.last().occurredOn, CaseTestbed::today()); // the day it was added, not the date it bears
    QVERIFY(file.timeline.last().summary.contains(u"现场勘查笔录"_s));
    auto audit = storage::audit::entriesForCase(bed.database().connection(), file.id).value();
    QCOMPARE(audit.last().command, u"add_evidence"_s);
    QVERIFY(audit.last().changes.contains(before));
    QVERIFY(storage::audit::verify(bed.database().connection())->intact());
}

void TestEvidence::badFileChangesNothing()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    const auto snapshot = bed.snapshot();
    // A file that does not exist, a kind outside the catalogue, no title, no file at all.
    Problems p = bed.refuse(json(R"({"cmd":"add_evidence","file":"/nonexistent/x.pdf","title":"笔录","kind":"investigation"})"), c);
    QCOMPARE(p.size(), 1);
    QVERIFY(p.first().message.contains(u"/nonexistent/x.pdf"_s));
    QVERIFY(!bed.refuse(json(R"({"cmd":"add_evidence","file":":/demo/materials/agreement.txt","title":"协议","kind":"bribe"})"), c).isEmpty());
    QVERIFY(!bed.refuse(json(R"({"cmd":"add_evidence","file":":/demo/materials/agreement.txt","kind":"agreement"})"), c).isEmpty());
    QVERIFY(!bed.refuse(json(R"({"cmd":"add_evidence","title":"协议","kind":"agreement"})"), c).isEmpty());
    QVERIFY(!bed.refuse(json(R"({"cmd":"add_evidence","file":":/demo/materials/agreement.txt","title":"协议","kind":"agreement","dated_on":"2026-02-30"})"), c).isEmpty());
    QCOMPARE(bed.snapshot(), snapshot);
}

void TestEvidence::archivedCaseRefusesEvidence()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Archived);
    QCOMPARE(bed.stageOf(c), Stage::Archived);
    const auto snapshot = bed.snapshot();
    const Problems p = bed.refuse(json(R"({"cmd":"add_evidence","file":":/demo/materials/agreement.txt","title":"补充协议","kind":"agreement"})"), c);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().article.toChinese(), u"第四十二条"_s);
    QCOMPARE(bed.snapshot(), snapshot);
    // Every other command too (the stage check, before any field).
    QVERIFY(!bed.refuse(json(R"({"cmd":"record_payment","paid_on":"2026-09-01","amount":"1.00"})"), c).isEmpty());
    QCOMPARE(bed.snapshot(), snapshot);
}

void TestEvidence::archivingRefusedWhileSelfCheckFails()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    const auto snapshot = bed.snapshot();
    const Problems refused = bed.refuse(json(R"({"cmd":"archive_case","archived_on":"2026-08-01","archivist":"档案室"})"), c);
    // Investigation, appraisal, consultation, agreement and restoration materials: all listed at once.
    QCOMPARE(refused.size(), 5);
    for (const Problem &p : refused.list())
        QCOMPARE(p.article.toChinese(), u"第四十二条"_s);
    QCOMPARE(bed.snapshot(), snapshot);

    auto check = archive::archiveSelfCheck(bed.service(), c, CaseTestbed::today());
    QVERIFY(check);
    QVERIFY(!check->ready());
    QCOMPARE(check->missing.size(), 5);

    // One material added: one fewer missing.
    QVERIFY(!bed.apply(json(R"({"cmd":"add_evidence","file":":/demo/materials/agreement.txt","title":"赔偿协议","kind":"agreement"})"), c).isEmpty());
    QCOMPARE(archive::archiveSelfCheck(bed.service(), c, CaseTestbed::today())->missing.size(), 4);
    bed.addArchiveMaterials(c);
    QVERIFY(archive::archiveSelfCheck(bed.service(), c, CaseTestbed::today())->ready());
    QVERIFY(!bed.apply(json(R"({"cmd":"archive_case","archived_on":"2026-08-01","archivist":"档案室"})"), c).isEmpty());
    QVERIFY(archive::archiveSelfCheck(bed.service(), c, CaseTestbed::today())->archived);
}

void TestEvidence::missedDeadlineNeedsAReason()
{
    // The appraisal report came after its agreed day with no extension on record.
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司","credit_code":"91310000132200821H"})"), c);
    bed.apply(json(R"({"cmd":"commission_appraisal","mode":"institution","institution":"某鉴定所","commissioned_on":"2026-01-25","due_on":"2026-02-10","items":"损害确认"})"), c);
    bed.apply(json(R"({"cmd":"record_appraisal_result","completed_on":"2026-02-20","damage_determination":"土壤受到污染","loss_scope":"约50平方米","causation":"渗漏所致","quantification":"修复费用1000元","restoration_outline":"清挖","restoration_costs":"1000.00"})"), c);
    bed.apply(json(R"({"cmd":"conclude_investigation","concluded_on":"2026-02-22","damage_exists":true,"scope":"约500平方米","degree":"中度","obligor_identified":true,"causation":"明确","proposal":"termination"})"), c);
    QVERIFY(!bed.apply(json(R"({"cmd":"terminate_claim","reason":"investigation_conclusion","decided_on":"2026-02-25"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"close_case","closed_on":"2026-03-01"})"), c).isEmpty());
    bed.addArchiveMaterials(c);
    const Problems refused = bed.refuse(json(R"({"cmd":"archive_case","archived_on":"2026-08-01"})"), c);
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().message.contains(u"2026-02-10"_s), qPrintable(refused.toString()));
}

void TestEvidence::paperServedWithoutProof()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    bed.addArchiveMaterials(c);
    test::addPaperForTest(bed, c, u"consultation_notice"_s, u"生态环境损害赔偿磋商告知书"_s, 0);
    const Problems refused = bed.refuse(json(R"({"cmd":"archive_case","archived_on":"2026-08-01"})"), c);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().message.contains(u"proof of service"_s));
}

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
