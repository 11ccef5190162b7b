// File ▸ Signing key… through the service's door (issue 17), offscreen, on both engines: a signed-in
// caseworker sees the trusted keys but cannot create the unit's key — the create box is disabled with the
// reason, and the door itself (what the dialog calls) refuses with the CLI's words; nothing is written, no
// private key lands in the key folder. An administrator creates it, and the key's record names them.

#include "core/archive/signingkeys.h"
#include "ui/archive/signingkeydialog.h"

#include "casetestbed.h"
#include "signedindesk.h"

#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using namespace ecoclaim::test;

class TestSigningKeyUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseTestbed> bed;

    service::NewAccount account(const char *who, Role role)
    {
        service::NewAccount n;
        n.login = loginOf(who);
        n.name = QString::fromLatin1(who).toUpper();
        n.role = role;
        n.unit = role == Role::Admin ? QString() : u"district_ecology"_s;
        n.districtCode = role == Role::Admin ? QString() : u"310116"_s;
        n.password = password;
        return n;
    }

    void dropServerLogins()
    {
        if (!onPostgres() || !bed)
            return;
        QSqlQuery q(bed->database().connection());
        q.exec(u"SELECT current_database()"_s);
        q.next();
        const QString staff = QString(u"ecoclaim_staff_"_s + q.value(0).toString()).left(63);
        q.exec(u"DROP OWNED BY \"%1\""_s.arg(staff));
        for (const char *who : {"admin", "cw_js"})
            TestDatabase::adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(loginOf(who)));
        TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(staff));
    }

private Q_SLOTS:
    void init() { bed = std::make_unique<CaseTestbed>(); }
    void cleanup()
    {
        dropServerLogins();
        bed.reset();
    }

    void onlyAnAdministratorCreatesTheKey()
    {
        service::Accounts accounts(bed->service());
        QVERIFY(accounts.add(account("admin", Role::Admin), u"setup"_s));
        if (!onPostgres())
            QVERIFY(accounts.signIn(loginOf("admin"), password));
        QVERIFY(accounts.add(account("cw_js", Role::Caseworker), u"setup"_s));
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk admin(bed->path(), loginOf("admin"), password);
        QVERIFY2(js.ok() && admin.ok(), qPrintable(js.problems.toString() + admin.problems.toString()));
        QTemporaryDir keys;

        // The caseworker's window: the keys shown, the create box disabled with the reason.
        const auto before = contentFingerprint(bed->database().connection());
        {
            ui::SigningKeyDialog dialog(*js.service, nullptr, keys.path());
            dialog.holderEdit()->setText(u"上海市金山区生态环境局"_s);
            QVERIFY(!dialog.createButton()->isEnabled());
            QVERIFY(!dialog.holderEdit()->isEnabled()); // the whole box
            QVERIFY2(dialog.messageText().contains(u"Only an administrator"_s), qPrintable(dialog.messageText()));
            QVERIFY2(dialog.keysText().contains(u"None yet"_s), qPrintable(dialog.keysText()));
            QTest::mouseClick(dialog.createButton(), Qt::LeftButton); // disabled: nothing happens
        }
        // What the dialog calls refuses too, with the CLI's words (`ecoclaim-cli key create`).
        auto refused = archive::SigningKeys(*js.service, keys.path()).createOwnKey(u"上海市金山区生态环境局"_s, {});
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"Only an administrator creates the unit's signing key"_s), qPrintable(refused.errorString()));
        QCOMPARE(contentFingerprint(bed->database().connection()), before);
        QCOMPARE(QDir(keys.path()).entryList(QDir::Files), QStringList{});

        // The administrator's window creates it; the record names the administrator.
        ui::SigningKeyDialog dialog(*admin.service, nullptr, keys.path());
        dialog.holderEdit()->setText(u"上海市金山区生态环境局"_s);
        QVERIFY(dialog.createButton()->isEnabled());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY2(dialog.messageText().startsWith(u"Created"_s), qPrintable(dialog.messageText()));
        QVERIFY(dialog.keysText().contains(u"上海市金山区生态环境局"_s));
        QCOMPARE(QDir(keys.path()).entryList({u"*.pem"_s}, QDir::Files).size(), 1);
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT added_by FROM signing_keys"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), loginOf("admin"));
    }
};

QTEST_MAIN(TestSigningKeyUi)
#include "tst_signingkeyui.moc"
