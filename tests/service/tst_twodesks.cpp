// Two desks of a bureau working on the same cases at once (issue 12): two processes, each with its own
// connection, apply 500 commands each — new clues in one district's yearly series, parties added to two
// shared cases, payments on the same agreements and corrections of the same case details. Afterwards no
// update is lost and nothing is counted twice:
//   * every command was either done or refused with a rule's message (never a lock or storage error);
//   * the case numbers handed out are unique and gap-free;
//   * every party a desk was told it added is there, their numbers (seq) 1…n without a hole;
//   * the payments on record are exactly those the desks were told were taken, and never more than is
//     due (a lost update would let both desks pay the last part);
//   * the audit chain is intact and holds one entry per command done.
// Runs on SQLite (one writer at a time, BEGIN IMMEDIATE) and on PostgreSQL (row locks per case).

#include "casetestbed.h"

#include "core/storage/auditlog.h"

#include <QProcess>
#include <QTemporaryDir>

#include <set>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
constexpr int PerDesk = 500;

struct DeskRun
{
    QStringList ok, refused;       // "LINE CASE_NO" / "LINE MESSAGE"
    QString errors;
};
} // namespace

class TestTwoDesks : public QObject
{
    Q_OBJECT

private slots:
    void noLostUpdateBetweenDesks()
    {
        test::CaseTestbed bed;
        const QString first = bed.caseAt(domain::Stage::Agreement);
        const QString second = bed.caseAt(domain::Stage::Agreement);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        const QStringList shared{first, second};
        QMap<QString, qint64> due, partiesBefore;
        for (const QString &c : shared) {
            auto f = bed.service().caseFile(c);
            QVERIFY(f);
            due[c] = f->amountDue().fen();
            partiesBefore[c] = f->parties.size();
            QVERIFY(due[c] > 0);
        }
        const int casesBefore = storage::scalar(bed.database().connection(), u"SELECT count(*) FROM cases"_s).value().toInt();
        const qint64 auditBefore = storage::audit::verify(bed.database().connection())->entries;

        // Each desk's 500 lines: clue, party, payment, correction, in turn. 125 payments per desk, 250
        // on two cases, each a hundredth of what is due: the last ones must be refused.
        QTemporaryDir dir;
        QStringList scripts;
        QMap<QString, qint64> paymentFen;
        for (const QString &c : shared)
            paymentFen[c] = (due[c] + 99) / 100;
        for (const QString &desk : {u"甲"_s, u"乙"_s}) {
            QFile f(dir.filePath(u"desk-%1.jsonl"_s.arg(scripts.size())));
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < PerDesk; ++i) {
                const QString c = shared.at((i / 4) % 2);
                QJsonObject o;
                switch (i % 4) {
                case 0:
                    o = {{u"cmd"_s, u"register_clue"_s}, {u"title"_s, u"%1桌第%2条线索"_s.arg(desk).arg(i)}, {u"district"_s, u"310104"_s},
                         {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, u"complaint"_s}, {u"received_on"_s, u"2026-11-20"_s}};
                    break;
                case 1:
                    o = {{u"cmd"_s, u"add_party"_s}, {u"case"_s, c}, {u"kind"_s, u"company"_s},
                         {u"name"_s, u"上海%1桌第%2号公司"_s.arg(desk).arg(i)}};
                    break;
                case 2:
                    o = {{u"cmd"_s, u"record_payment"_s}, {u"case"_s, c}, {u"paid_on"_s, u"2026-11-27"_s},
                         {u"amount"_s, domain::Money::fromFen(paymentFen[c]).toYuanPlain()}, {u"payer"_s, desk}};
                    break;
                default:
                    o = {{u"cmd"_s, u"update_case"_s}, {u"case"_s, c}, {u"lead_unit_note"_s, u"%1桌第%2次更正"_s.arg(desk).arg(i)}};
                }
                f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            }
            scripts << f.fileName();
        }

        QList<QProcess *> desks;
        const QString child = QStringLiteral(ECOCLAIM_BIN_DIR) + u"/deskchild"_s;
        for (int d = 0; d < 2; ++d) {
            auto *p = new QProcess(this);
            // The desks race for the write lock; the read-back check (caseservice.h) would hold it for a
            // second whole read per command and, on a busy machine, starve one desk past the 5 s busy
            // timeout — a fairness question of the check, not of the program this test is about.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"ECOCLAIM_CHECK_READBACK"_s);
            p->setProcessEnvironment(env);
            p->start(child, {bed.path(), scripts.at(d), d == 0 ? u"desk-a"_s : u"desk-b"_s});
            desks << p;
        }
        DeskRun runs[2];
        for (int d = 0; d < 2; ++d) {
            QVERIFY(desks[d]->waitForFinished(600000));
            QCOMPARE(desks[d]->exitCode(), 0);
            for (const QString &line : QString::fromUtf8(desks[d]->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(u"ok "_s))
                    runs[d].ok << line.mid(3);
                else
                    runs[d].refused << line.mid(8);
            }
            runs[d].errors = QString::fromUtf8(desks[d]->readAllStandardError());
            QCOMPARE(runs[d].ok.size() + runs[d].refused.size(), PerDesk);
        }

        // Only payments may be refused, and only because nothing more is due.
        int refusedPayments = 0;
        for (const DeskRun &r : runs)
            for (const QString &line : r.refused) {
                const int n = line.section(u' ', 0, 0).toInt();
                QVERIFY2((n - 1) % 4 == 2, qPrintable(u"refused: "_s + line + u"\n"_s + r.errors.left(3000)));
                QVERIFY2(line.contains(u"剩余应付"_s) || line.contains(u"more than what remains due"_s) || line.contains(u"应付"_s),
                         qPrintable(line));
                ++refusedPayments;
            }
        QVERIFY2(refusedPayments > 0, "the agreements never filled up: the test would not see an overpayment");

        const QSqlDatabase db = bed.database().connection();
        // Case numbers: both desks drew from one series, gap-free.
        QStringList numbers;
        for (const DeskRun &r : runs)
            for (const QString &line : r.ok)
                if (line.section(u' ', 1).startsWith(u"2026-310104-"_s))
                    numbers << line.section(u' ', 1);
        QCOMPARE(numbers.size(), 2 * PerDesk / 4);
        numbers.sort();
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), u"2026-310104-%1"_s.arg(i + 1, 4, 10, QChar(u'0')));

        for (const QString &c : shared) {
            auto f = bed.service().caseFile(c);
            QVERIFY(f);
            // Parties: every one the desks were told they added is there, numbered 1…n. Lines 2, 6, 10…
            // alternate between the two cases: 63 for the first and 62 for the second, per desk.
            int added = 0;
            for (int d = 0; d < 2; ++d)
                for (const QString &line : runs[d].ok) {
                    const int n = line.section(u' ', 0, 0).toInt();
                    if ((n - 1) % 4 == 1 && line.section(u' ', 1) == c)
                        ++added;
                }
            QCOMPARE(added, c == first ? 2 * 63 : 2 * 62);
            QCOMPARE(f->parties.size(), partiesBefore[c] + added);
            std::set<int> seqs;
            for (const auto &p : f->parties)
                seqs.insert(p.seq);
            QCOMPARE(int(seqs.size()), f->parties.size());
            QCOMPARE(*seqs.rbegin(), int(f->parties.size()));
            // Payments: what is on record is what the desks were told was taken; never above what is due.
            int okPayments = 0;
            for (int d = 0; d < 2; ++d)
                for (const QString &line : runs[d].ok) {
                    const int n = line.section(u' ', 0, 0).toInt();
                    if ((n - 1) % 4 == 2 && line.section(u' ', 1) == c)
                        ++okPayments;
                }
            QCOMPARE(qint64(f->payments.size()), qint64(okPayments));
            QVERIFY(f->amountPaid().fen() <= due[c]);
            QCOMPARE(f->amountPaid().fen(), okPayments * paymentFen[c]);
        }
        QCOMPARE(storage::scalar(db, u"SELECT count(*) FROM cases"_s).value().toInt(), casesBefore + int(numbers.size()));
        auto chain = storage::audit::verify(db);
        QVERIFY(chain && chain->intact());
        QCOMPARE(chain->entries, auditBefore + runs[0].ok.size() + runs[1].ok.size());
    }
};

QTEST_GUILESS_MAIN(TestTwoDesks)
#include "tst_twodesks.moc"
