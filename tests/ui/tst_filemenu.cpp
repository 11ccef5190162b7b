// File ▸ Open another database…, New database file…, Load the demo case set… (issue 16 part 7), driven
// through the functions the menu's actions call (ui/filemenu.h) with the launcher of the next window
// captured: a new file is a real, migrated database (its schema version counted from the migration files
// here), an existing file is never overwritten, an empty (0-byte) file is started over, the demo set goes into
// an empty database or else into a new file (its cases counted from the demo script here). Also: the first
// start's checks (no name, network file systems), the default export folder that exists, a failed export
// that says why, and the CLI's words for an empty file.

#include "core/domain/outputfile.h"
#include "core/reports/pdfwriting.h"
#include "core/service/databasefiles.h"
#include "core/storage/migrations.h"
#include "ui/filemenu.h"
#include "ui/firststartdialog.h"

#include "casetestbed.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QLineEdit>
#include <QMenuBar>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
// The cases the demo script registers, counted from the script itself.
int demoCaseCount()
{
    QFile script(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/resources/demo/demo-cases.jsonl"_s);
    if (!script.open(QIODevice::ReadOnly))
        qFatal("demo script missing");
    int n = 0;
    for (const QByteArray &line : script.readAll().split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith('#')
            && QJsonDocument::fromJson(line).object().value(u"cmd"_s).toString() == u"register_clue"_s)
            ++n;
    return n;
}

int migrationCount()
{
    return int(QDir(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/resources/migrations/sqlite"_s).entryList({u"*.sql"_s}, QDir::Files).size());
}

// Looks at a database file with plain Qt SQL: {schema version, cases}; {-1, -1} when it is no database.
QPair<int, int> lookAt(const QString &path)
{
    QPair<int, int> seen{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            if (auto v = storage::schemaVersion(db))
                seen.first = v.value();
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM cases"_s) && q.next())
                seen.second = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"look"_s);
    return seen;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A window with the menu, whose next window is only recorded.
struct Window
{
    QMainWindow window;
    ui::DatabaseMenu *menu;
    QList<QStringList> launched;
    explicit Window(service::CaseService &service) : menu(new ui::DatabaseMenu(service, &window))
    {
        menu->setToday(test::CaseTestbed::today());
        menu->setLauncher([this](const QStringList &arguments) {
            launched << arguments;
            return true;
        });
        QMenu *file = window.menuBar()->addMenu(u"File"_s);
        menu->addTo(file);
        window.show();
    }
};
} // namespace

class TestFileMenu : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // Settings and the documents folder of this test only.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + u"/data"_s).toUtf8());
    }

    void menuHasTheThreeActions()
    {
        test::CaseTestbed bed;
        Window w(bed.service());
        for (const char *name : {"openDatabase", "newDatabase", "loadDemo"})
            QVERIFY2(w.window.findChild<QAction *>(QString::fromLatin1(name)), name);
    }

    void newDatabaseFileIsMigratedAndOpened()
    {
        test::CaseTestbed bed;
        Window w(bed.service());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bureau/new.db"_s); // its folder is made too
        auto made = w.menu->createAndSwitch(path, false);
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        QCOMPARE(lookAt(path), qMakePair(migrationCount(), 0));
        QCOMPARE(w.launched, (QList<QStringList>{{u"--db"_s, QFileInfo(path).absoluteFilePath()}}));
        QVERIFY(!w.window.isVisible()); // this window closed; the new one opens the new file
        QCOMPARE(ui::FirstStartDialog::rememberedPath(), QFileInfo(path).absoluteFilePath());
    }

    void anExistingFileIsNeverOverwritten()
    {
        test::CaseTestbed bed;
        Window w(bed.service());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the caseworker's own notes, not a database");
        f.close();
        const QByteArray before = bytesOf(path);
        auto made = w.menu->createAndSwitch(path, true);
        QVERIFY(!made.ok());
        QVERIFY2(made.errorString().contains(u"already exists"_s), qPrintable(made.errorString()));
        QCOMPARE(bytesOf(path), before);
        QVERIFY(w.launched.isEmpty());
        QVERIFY(w.window.isVisible());
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void anEmptyFileIsStartedOver()
    {
        test::CaseTestbed bed;
        Window w(bed.service());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"killed.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(service::isEmptyFile(path));
        auto made = w.menu->createAndSwitch(path, false);
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        QCOMPARE(lookAt(path), qMakePair(migrationCount(), 0));
    }

    void demoGoesIntoAnEmptyDatabase()
    {
        test::CaseTestbed bed;
        Window w(bed.service());
        QSignalSpy added(&bed.notifier(), &service::CaseNotifier::caseAdded); // the list follows it
        auto loaded = w.menu->loadDemo({});
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.value(), demoCaseCount());
        QCOMPARE(bed.service().reader().caseCount().value(), qint64(demoCaseCount()));
        QVERIFY(added.count() >= demoCaseCount());
        QVERIFY(w.launched.isEmpty()); // the same window shows them
        QVERIFY(w.window.isVisible());
    }

    void demoGoesIntoANewFileWhenTheDatabaseHoldsCases()
    {
        test::CaseTestbed bed;
        const QString caseNo = bed.caseAt(domain::Stage::Verification);
        QVERIFY(!caseNo.isEmpty());
        const auto before = bed.snapshot();
        Window w(bed.service());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        auto loaded = w.menu->loadDemo(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.value(), demoCaseCount());
        QCOMPARE(lookAt(path), qMakePair(migrationCount(), demoCaseCount()));
        QCOMPARE(bed.snapshot(), before); // this database unchanged
        QCOMPARE(w.launched, (QList<QStringList>{{u"--db"_s, QFileInfo(path).absoluteFilePath()}}));
    }

    void suggestedDemoPathIsFree()
    {
        const QString first = ui::DatabaseMenu::suggestedDemoPath();
        QVERIFY(first.endsWith(u"/ecoclaim-demo.db"_s));
        QVERIFY(QDir().mkpath(QFileInfo(first).absolutePath()));
        QFile taken(first);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("x");
        taken.close();
        QVERIFY(ui::DatabaseMenu::suggestedDemoPath().endsWith(u"/ecoclaim-demo-2.db"_s));
        QFile::remove(first);
    }

    void networkSharesAreRefusedForAFile()
    {
        for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p"})
            QVERIFY2(service::isNetworkFileSystem(type), type);
        for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "vfat"})
            QVERIFY2(!service::isNetworkFileSystem(type), type);
        QTemporaryDir dir;
        QVERIFY(!service::isNetworkFileSystem(service::fileSystemTypeOf(dir.filePath(u"not/yet/there.db"_s))));
        QVERIFY(!service::fileSystemTypeOf(dir.filePath(u"not/yet/there.db"_s)).isEmpty());
        QVERIFY(service::checkDatabaseFileLocation(dir.filePath(u"x.db"_s)).ok());
    }

    void firstStartSaysWhatIsMissingAndStaysOpen()
    {
        ui::FirstStartDialog dialog{QString()};
        dialog.show();
        auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
        QVERIFY(problem);
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        QTemporaryDir dir;
        dialog.findChild<QLineEdit *>(u"databasePath"_s)->setText(dir.filePath(u"desk.db"_s));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void defaultExportFolderExists()
    {
        const QString expected = QDir(m_home.path()).filePath(u"Documents/EcoClaim"_s);
        QVERIFY(!QFileInfo::exists(expected));
        QCOMPARE(domain::defaultExportFolder(), expected);
        QVERIFY(QFileInfo(expected).isDir());
        QCOMPARE(domain::defaultExportPath(u"a.zip"_s), expected + u"/a.zip"_s);
    }

    void aFailedExportSaysWhy()
    {
        QTemporaryDir dir;
        QCOMPARE(domain::outputFileTrouble(dir.filePath(u"fine.pdf"_s)), QString());
        const QString missing = domain::outputFileTrouble(dir.filePath(u"no-such-folder/list.pdf"_s));
        QVERIFY2(missing.contains(u"does not exist"_s) && missing.contains(u"no-such-folder"_s), qPrintable(missing));
        QVERIFY(domain::outputFileTrouble(dir.path()).contains(u"is a folder"_s));
        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(domain::outputFileTrouble(dir.filePath(u"plain/list.pdf"_s)).contains(u"not a folder"_s));
        // A PDF export (the deadline list, the reports) says the reason, and writes nothing.
        auto written = reports::writeHtmlPdf(u"<p>x</p>"_s, dir.filePath(u"no-such-folder/list.pdf"_s), u"t"_s, false);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorString().contains(u"does not exist"_s), qPrintable(written.errorString()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no-such-folder"_s)));
    }

    void theCliSaysHowToStartOverInAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"killed.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString cli = QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s;
        QVERIFY2(QFileInfo(cli).isExecutable(), "ecoclaim-cli is not built");
        QProcess list;
        list.start(cli, {u"--lang"_s, u"en"_s, u"--db"_s, path, u"case"_s, u"list"_s});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 1);
        const QString said = QString::fromUtf8(list.readAllStandardError());
        QVERIFY2(said.contains(u"empty file"_s) && said.contains(u"ecoclaim-cli --db %1 init"_s.arg(path)), qPrintable(said));
        QCOMPARE(QFileInfo(path).size(), 0); // refused: not changed
        QProcess init;
        init.start(cli, {u"--db"_s, path, u"init"_s});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        QCOMPARE(lookAt(path), qMakePair(migrationCount(), 0));
    }
};

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
