// ecoclaim-cli's accounts as an administrator and a caseworker use them (issue 17), on both engines: the
// first account an administrator added without signing in, then nothing without --user (a desk's file),
// a wrong password and an unknown login told the same, `user list --json`, a caseworker's script recorded
// under their login whatever --actor says, sign-ins and sign-outs in the audit log, a disabled account
// kept out. On a server the owner's connection adds the logins and each person connects as their own.

#include "tests/common/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using ecoclaim::test::onPostgres;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

const QString adminPassword = u"Admin-pass-2026"_s;
const QString caseworkerPassword = u"Caseworker-2026"_s;

QString loginOf(const char *who)
{
    return onPostgres() ? u"c%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QLatin1String(who)) : QString::fromLatin1(who);
}
} // namespace

class TestUserCli : public QObject
{
    Q_OBJECT

    Run cli(const QStringList &args, const QMap<QString, QString> &vars = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s);
        p.setArguments(QStringList{u"--db"_s, m_db.location(), u"--lang"_s, u"en"_s} + args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_db.folder() + u"/config"_s);
        env.remove(u"ECOCLAIM_PASSWORD"_s);
        env.remove(u"ECOCLAIM_NEW_PASSWORD"_s);
        for (auto it = vars.begin(); it != vars.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice()); // no terminal: no prompt
        p.start();
        if (!p.waitForFinished(60000))
            qFatal("ecoclaim-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList column(const QString &sql)
    {
        QStringList values;
        {
            QSqlDatabase db = onPostgres() ? QSqlDatabase::addDatabase(u"QPSQL"_s, u"look"_s)
                                           : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
            db.setDatabaseName(onPostgres() ? QUrl(m_db.location()).path().mid(1) : m_db.location());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql))
                    while (q.next())
                        values << q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"look"_s);
        return values;
    }

    ecoclaim::test::TestDatabase m_db;

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (!onPostgres())
            return;
        const QString database = QUrl(m_db.location()).path().mid(1);
        const QString staff = QString(u"ecoclaim_staff_"_s + database).left(63);
        column(u"DROP OWNED BY \"%1\""_s.arg(staff));
        for (const char *who : {"admin", "cw_js"})
            ecoclaim::test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(loginOf(who)));
        ecoclaim::test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(staff));
    }

    void accountsFromTheCommandLine()
    {
        const QString admin = loginOf("admin"), cw = loginOf("cw_js");
        // No accounts: works as before (the database made first: the CLI opens only one that exists).
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        Run r = cli({u"case"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        // The first account must be an administrator; no password, no account.
        r = cli({u"user"_s, u"add"_s, cw, u"--name"_s, u"张伟"_s, u"--role"_s, u"caseworker"_s, u"--unit"_s,
                 u"district_ecology"_s, u"--district"_s, u"310116"_s},
                {{u"ECOCLAIM_NEW_PASSWORD"_s, caseworkerPassword}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"administrator"_s), qPrintable(r.err));
        r = cli({u"user"_s, u"add"_s, admin, u"--name"_s, u"李敏"_s, u"--role"_s, u"admin"_s});
        QCOMPARE(r.exitCode, 1); // no password given and no terminal to ask on
        QVERIFY2(r.err.contains(u"password"_s), qPrintable(r.err));
        r = cli({u"user"_s, u"add"_s, admin, u"--name"_s, u"李敏"_s, u"--role"_s, u"admin"_s},
                {{u"ECOCLAIM_NEW_PASSWORD"_s, adminPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        if (!onPostgres()) {
            // A desk's file with accounts: nothing without signing in.
            r = cli({u"case"_s, u"list"_s});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"--user"_s), qPrintable(r.err));
        }
        // A wrong password and a login that does not exist: told the same.
        const Run wrong = cli({u"--user"_s, admin, u"case"_s, u"list"_s}, {{u"ECOCLAIM_PASSWORD"_s, u"not-it-at-all"_s}});
        const Run nobody = cli({u"--user"_s, loginOf("nobody"), u"case"_s, u"list"_s}, {{u"ECOCLAIM_PASSWORD"_s, u"not-it-at-all"_s}});
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(nobody.exitCode, 1);
        QCOMPARE(QString(wrong.err).replace(admin, u"X"_s), QString(nobody.err).replace(loginOf("nobody"), u"X"_s));

        // The administrator adds a caseworker (on a server: the owner's connection, which may create logins).
        const QStringList asAdmin = onPostgres() ? QStringList{} : QStringList{u"--user"_s, admin};
        const QMap<QString, QString> adminEnv{{u"ECOCLAIM_PASSWORD"_s, adminPassword}, {u"ECOCLAIM_NEW_PASSWORD"_s, caseworkerPassword}};
        r = cli(asAdmin + QStringList{u"user"_s, u"add"_s, cw, u"--name"_s, u"张伟"_s, u"--role"_s, u"caseworker"_s,
                                      u"--unit"_s, u"district_ecology"_s, u"--district"_s, u"310116"_s}, adminEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(asAdmin + QStringList{u"user"_s, u"list"_s, u"--json"_s}, adminEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"login"_s).toString(), cw);
        QCOMPARE(list.at(1).toObject().value(u"role"_s).toString(), u"caseworker"_s);
        QCOMPARE(list.at(1).toObject().value(u"district_code"_s).toString(), u"310116"_s);

        // The caseworker's script: recorded under their login, not the --actor they claim.
        const QString script = m_db.folder() + u"/clue.jsonl"_s;
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"cmd":"register_clue","title":"金山区某化工企业渗漏污染土壤案","district":"金山区","unit":"district_ecology","channel":"routine_supervision","received_on":"2026-01-05"})"
                "\n");
        f.close();
        const QMap<QString, QString> cwEnv{{u"ECOCLAIM_PASSWORD"_s, caseworkerPassword}};
        r = cli({u"--user"_s, cw, u"--actor"_s, u"someone_else"_s, u"--today"_s, u"2026-11-28"_s, u"apply"_s, script}, cwEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(column(u"SELECT actor FROM audit_log WHERE command = 'register_clue'"_s), QStringList{cw});
        QCOMPARE(column(u"SELECT command FROM audit_log WHERE actor = '%1' ORDER BY id"_s.arg(cw)),
                 (QStringList{u"sign_in"_s, u"register_clue"_s, u"sign_out"_s}));
        if (!onPostgres()) // the server's own log has failed connections; a desk's file has them here
            QCOMPARE(column(u"SELECT count(*) FROM audit_log WHERE command = 'sign_in_failed'"_s), QStringList{u"2"_s});
        // The audit trail names the person (issue 16 ¶2): 张伟 with the login, in words and in JSON.
        const QString caseNo = column(u"SELECT case_no FROM cases"_s).value(0);
        r = cli({u"--user"_s, cw, u"audit"_s, u"show"_s, caseNo}, cwEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"by 张伟（%1）"_s.arg(cw)), qPrintable(r.out));
        r = cli({u"--user"_s, cw, u"audit"_s, u"show"_s, caseNo, u"--json"_s}, cwEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"entries"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"actor"_s).toString(), cw);
        QCOMPARE(first.value(u"actor_name"_s).toString(), u"张伟（%1）"_s.arg(cw));

        // A role changed and the account disabled: then it signs in no more.
        r = cli(asAdmin + QStringList{u"user"_s, u"set-role"_s, cw, u"unit_head"_s}, adminEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(asAdmin + QStringList{u"user"_s, u"disable"_s, cw}, adminEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"--user"_s, cw, u"case"_s, u"list"_s}, cwEnv);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(column(u"SELECT role || '/' || disabled FROM accounts WHERE login = '%1'"_s.arg(cw)), QStringList{u"unit_head/1"_s});
    }
};

QTEST_GUILESS_MAIN(TestUserCli)
#include "tst_usercli.moc"
