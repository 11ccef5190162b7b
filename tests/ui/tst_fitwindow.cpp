// The window at 1024 × 700 in English and in Chinese (issue 16 part 8), offscreen, on the demo case set:
// the main window is not wider or taller than that, and no button, header section or one-line label
// in the list, a case page, the day's work, the statistics page and the main dialogs is narrower than its
// own text (tests/ui/fitcheck.h measures each with its font and style).

#include "core/service/demoset.h"
#include "ui/casefile/casefileview.h"
#include "ui/commanddialog/newcluedialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include "casetestbed.h"
#include "fitcheck.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
// The program's translation and locale for one language, as app/i18n installs them; undone on leaving.
class Language
{
public:
    explicit Language(const QString &name)
    {
        QLocale::setDefault(QLocale(name == u"en"_s ? u"en_GB"_s : u"zh_CN"_s));
        if (name != u"en"_s) {
            if (!m_own.load(u":/i18n/ecoclaim_%1.qm"_s.arg(name)))
                qFatal("the %s translation is not compiled in", qPrintable(name));
            QCoreApplication::installTranslator(&m_own);
        }
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QLocale::setDefault(QLocale::c());
    }

private:
    QTranslator m_own;
};

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

qint64 firstCaseAt(const service::CaseReader &reader, domain::Stage stage)
{
    domain::CaseListRequest request;
    request.filter.stage = stage;
    request.sort = domain::CaseSort::CaseNumber;
    request.descending = false;
    request.limit = 1;
    auto rows = reader.casePage(request);
    return rows && !rows.value().isEmpty() ? rows.value().first().id : 0;
}
} // namespace

class FitWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::CaseTestbed> m_bed;

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<test::CaseTestbed>();
        auto loaded = service::loadDemoSet(m_bed->service(), test::CaseTestbed::today());
        QVERIFY2(loaded, qPrintable(loaded.errorString()));
    }

    void mainViews_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void mainViews()
    {
        QFETCH(QString, language);
        Language speaking(language);
        ui::MainWindow window(m_bed->service());
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(u"%1 px wide at least, because of: "_s.arg(window.minimumSizeHint().width())
                            + test::widerThan(&window, 1024).join(u"\n"_s)));
        QVERIFY2(window.minimumSizeHint().height() <= 700, qPrintable(QString::number(window.minimumSizeHint().height())));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        QCOMPARE(window.size(), QSize(1024, 700));
        QStringList clipped = test::clippedTexts(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(u"the list: "_s + clipped.join(u"\n"_s)));

        if (auto *dock = window.findChild<QDockWidget *>(u"deadlinesDock"_s))
            dock->hide();
        for (const domain::Stage stage : {domain::Stage::Consultation, domain::Stage::Verification, domain::Stage::Restoration}) {
            const qint64 id = firstCaseAt(m_bed->service().reader(), stage);
            QVERIFY(id > 0);
            ui::CaseFileView *view = window.openCase(id);
            QVERIFY(view);
            settle();
            QVERIFY2(window.size() == QSize(1024, 700), qPrintable(test::widerThan(&window, 1024).join(u"\n"_s)));
            clipped = test::clippedTexts(&window);
            QVERIFY2(clipped.isEmpty(), qPrintable(u"case %1: "_s.arg(view->caseFile().number) + clipped.join(u"\n"_s)));
        }

        for (const QString &action : {u"showMyWork"_s, u"statistics"_s}) {
            auto *open = window.findChild<QAction *>(action);
            QVERIFY2(open, qPrintable(action));
            open->trigger();
            settle();
            QVERIFY2(window.size() == QSize(1024, 700), qPrintable(test::widerThan(&window, 1024).join(u"\n"_s)));
            clipped = test::clippedTexts(&window);
            QVERIFY2(clipped.isEmpty(), qPrintable(action + u": "_s + clipped.join(u"\n"_s)));
        }
    }

    void dialogs_data() { mainViews_data(); }
    void dialogs()
    {
        QFETCH(QString, language);
        Language speaking(language);
        ui::NewClueDialog clue(m_bed->service(), test::CaseTestbed::today());
        clue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&clue));
        settle();
        QVERIFY2(clue.width() <= 1024 && clue.height() <= 700, qPrintable(u"%1 × %2"_s.arg(clue.width()).arg(clue.height())));
        QStringList clipped = test::clippedTexts(&clue);
        QVERIFY2(clipped.isEmpty(), qPrintable(u"new clue: "_s + clipped.join(u"\n"_s)));

        ui::SettingsDialog settings(m_bed->service());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        settle();
        QVERIFY2(settings.width() <= 1024 && settings.height() <= 700, qPrintable(u"%1 × %2"_s.arg(settings.width()).arg(settings.height())));
        clipped = test::clippedTexts(&settings);
        QVERIFY2(clipped.isEmpty(), qPrintable(u"settings: "_s + clipped.join(u"\n"_s)));
    }
};

QTEST_MAIN(FitWindow)
#include "tst_fitwindow.moc"
