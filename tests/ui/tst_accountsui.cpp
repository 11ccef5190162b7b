// The window's accounts (issue 17 ¶1–2), offscreen on a desk's file: the sign-in dialog answers a wrong
// password, an unknown login and a locked account in the dialog itself and stays open, and signs in with
// the right password; the administrators' page adds an account (the password typed twice), changes its
// role and disables it — audited, and refused with the service's words to anyone but an administrator.

#include "core/service/accounts.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/signindialog.h"

#include "casetestbed.h"
#include "dialogdriver.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;

namespace {
const QString adminPassword = u"Admin-pass-2026"_s;
const QString password = u"Caseworker-2026"_s;

// A service of its own on the bed's file, nobody signed in yet.
struct Desk
{
    std::unique_ptr<storage::Database> db;
    service::CaseNotifier notifier;
    std::unique_ptr<service::CaseService> service;
    explicit Desk(const QString &path)
        : db(storage::Database::open(path).value()),
          service(std::make_unique<service::CaseService>(*db, calendar::WorkCalendar::builtIn(), notifier))
    {
    }
};

// With ECOCLAIM_SHOTS set (a folder), the dialogs as drawn are saved there as PNG — for looking at them
// under a real X server (QT_QPA_PLATFORM=xcb); the checks do not depend on it.
void shot(QWidget &w, const char *name)
{
    const QString folder = qEnvironmentVariable("ECOCLAIM_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(folder + u'/' + QString::fromLatin1(name) + u".png"_s);
}

void clickOk(QDialog &d)
{
    auto *buttons = d.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void choose(QComboBox *combo, const QString &data)
{
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}
} // namespace

class TestAccountsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CaseTestbed> bed;

    // The administrator (the first account) and a caseworker of 金山区.
    void populate()
    {
        bed->caseAt(Stage::Verification);
        service::Accounts accounts(bed->service());
        service::NewAccount admin{u"lim"_s, u"林主任"_s, Role::Admin, {}, {}, adminPassword};
        QVERIFY(accounts.add(admin, u"setup"_s));
        QVERIFY(accounts.signIn(u"lim"_s, adminPassword));
        service::NewAccount cw{u"zhang"_s, u"张伟"_s, Role::Caseworker, u"district_ecology"_s, u"310116"_s, password};
        QVERIFY(accounts.add(cw, u"setup"_s));
    }

private Q_SLOTS:
    void init() { bed = std::make_unique<test::CaseTestbed>(); }
    void cleanup() { bed.reset(); }

    void signInDialogSaysWhatWentWrong()
    {
        ECOCLAIM_SQLITE_ONLY("a desk's passwords; on a server the server checks them when connecting");
        populate();
        Desk desk(bed->path());
        QCOMPARE(desk.service->access().mode(), service::Access::Mode::SignInRequired);
        ui::SignInDialog dialog(*desk.service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *login = dialog.findChild<QLineEdit *>(u"login"_s);
        auto *pw = dialog.findChild<QLineEdit *>(u"password"_s);
        auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
        QVERIFY(login && pw && problem);
        QCOMPARE(pw->echoMode(), QLineEdit::Password);
        QVERIFY(!problem->isVisible());

        // An unknown login and a wrong password: the same words, in the dialog, which stays open.
        test::typeInto(login, u"nobody"_s);
        test::typeInto(pw, password);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->isVisible());
        const QString unknown = problem->text();
        QCOMPARE(unknown, u"The login or the password is not right."_s);
        QVERIFY(pw->text().isEmpty()); // typed again for the next try
        shot(dialog, "signin-wrong");
        login->clear();
        test::typeInto(login, u"zhang"_s);
        for (int i = 0; i < service::Accounts::attemptsBeforeLock; ++i) {
            test::typeInto(pw, u"wrong-password"_s);
            clickOk(dialog);
            QCOMPARE(problem->text(), unknown);
        }
        QCOMPARE(desk.service->access().mode(), service::Access::Mode::SignInRequired);
        // Locked: the right password learns of it, and the dialog still waits.
        test::typeInto(pw, password);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(u"locked"_s), qPrintable(problem->text()));
        shot(dialog, "signin-locked");
        QCOMPARE(desk.service->access().mode(), service::Access::Mode::SignInRequired);
        // Another person signs in on the same dialog.
        login->clear();
        test::typeInto(login, u"lim"_s);
        test::typeInto(pw, adminPassword);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(desk.service->access().mode(), service::Access::Mode::SignedIn);
        QCOMPARE(desk.service->access().account()->login, u"lim"_s);
    }

    void administratorsPageKeepsAccounts()
    {
        ECOCLAIM_SQLITE_ONLY("a desk's accounts (a server's logins are added on the owner's connection)");
        populate();
        ui::AccountsDialog page(bed->service());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableWidget *>(u"accounts"_s);
        auto *problem = page.findChild<QLabel *>(u"problem"_s);
        QVERIFY(table && problem);
        QCOMPARE(table->rowCount(), 2);

        auto fill = [&](const QString &again) {
            page.findChild<QLineEdit *>(u"newLogin"_s)->setText(u"wang"_s);
            test::typeInto(page.findChild<QLineEdit *>(u"newName"_s), u"王芳"_s);
            choose(page.findChild<QComboBox *>(u"newAccountRole"_s), u"caseworker"_s);
            choose(page.findChild<QComboBox *>(u"newUnit"_s), u"district_water"_s);
            choose(page.findChild<QComboBox *>(u"newDistrict"_s), u"310115"_s);
            test::typeInto(page.findChild<QLineEdit *>(u"newPassword"_s), u"Water-2026-pd"_s);
            test::typeInto(page.findChild<QLineEdit *>(u"newPasswordAgain"_s), again);
        };
        // Passwords that differ: said on the page, nothing added.
        const auto before = test::contentFingerprint(bed->database().connection());
        fill(u"Water-2026-px"_s);
        QTest::mouseClick(page.findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"differ"_s), qPrintable(problem->text()));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(test::contentFingerprint(bed->database().connection()), before);

        page.findChild<QLineEdit *>(u"newName"_s)->clear();
        fill(u"Water-2026-pd"_s);
        QTest::mouseClick(page.findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        QCOMPARE(table->rowCount(), 3);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == u"wang")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 1)->text(), u"王芳"_s);
        QCOMPARE(table->item(row, 4)->text(), u"浦东新区"_s);
        shot(page, "accounts-added");

        // The role of the selected account, then disabling it.
        table->selectRow(row);
        choose(page.findChild<QComboBox *>(u"newRole"_s), u"unit_head"_s);
        QTest::mouseClick(page.findChild<QPushButton *>(u"setRole"_s), Qt::LeftButton);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        table->selectRow(row);
        QTest::mouseClick(page.findChild<QPushButton *>(u"disable"_s), Qt::LeftButton);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        auto listed = service::Accounts(bed->service()).list().value();
        const auto wang = std::find_if(listed.begin(), listed.end(), [](const Account &a) { return a.login == u"wang"; });
        QVERIFY(wang != listed.end());
        QCOMPARE(wang->role, Role::UnitHead);
        QVERIFY(wang->disabled);
        shot(page, "accounts-disabled");
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT command, actor FROM audit_log WHERE command IN ('add_account', 'set_account_role', "
                       "'disable_account') AND payload LIKE '%wang%' ORDER BY id"_s));
        QStringList trail;
        while (q.next())
            trail << q.value(0).toString() + u'/' + q.value(1).toString();
        QCOMPARE(trail, (QStringList{u"add_account/lim"_s, u"set_account_role/lim"_s, u"disable_account/lim"_s}));

        // A caseworker's page: the list and every change refused with the service's words.
        Desk desk(bed->path());
        QVERIFY(service::Accounts(*desk.service).signIn(u"zhang"_s, password));
        ui::AccountsDialog theirs(*desk.service);
        auto *theirProblem = theirs.findChild<QLabel *>(u"problem"_s);
        QVERIFY(theirProblem->text().contains(u"administrator"_s));
        QCOMPARE(theirs.findChild<QTableWidget *>(u"accounts"_s)->rowCount(), 0);
        theirs.findChild<QLineEdit *>(u"newLogin"_s)->setText(u"li"_s);
        theirs.findChild<QLineEdit *>(u"newName"_s)->setText(u"李强"_s);
        theirs.findChild<QLineEdit *>(u"newPassword"_s)->setText(u"Li-pass-2026"_s);
        theirs.findChild<QLineEdit *>(u"newPasswordAgain"_s)->setText(u"Li-pass-2026"_s);
        QTest::mouseClick(theirs.findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
        QVERIFY2(theirProblem->text().contains(u"administrator"_s), qPrintable(theirProblem->text()));
        // (the caseworker's sign-in is audited, so the accounts table is what must not change)
        QSqlQuery a(bed->database().connection());
        QVERIFY(a.exec(u"SELECT count(*) FROM accounts"_s) && a.next());
        QCOMPARE(a.value(0).toInt(), 3);
    }
};

QTEST_MAIN(TestAccountsUi)
#include "tst_accountsui.moc"
