// Every context of translations/*.ts is one the program asks for at run time.
//
// lupdate decides a message's context by reading the source, the program by running it; where they
// disagree the translation exists but is never found, and the Chinese window shows English. That
// happened: several files of one namespace each declared a `struct Tr` of a different context, and
// lupdate filed some of their messages under "Tr"; file-local `tr()` helpers were filed under their
// namespace ("ecoclaim::storage"). The contexts the program asks for are read here from the sources
// independently of lupdate: Q_DECLARE_TR_FUNCTIONS(X), QCoreApplication::translate("X", …),
// QT_TRANSLATE_NOOP("X", …) and the classes with Q_OBJECT (context = namespace::Class).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(ECOCLAIM_SOURCE_DIR);

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The contexts the running program asks for, found in the program's sources.
QSet<QString> askedContexts()
{
    QSet<QString> asked;
    static const QRegularExpression declared(uR"(Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\))"_s);
    // translate("X", …) and the marks QT_TRANSLATE_NOOP("X", …) whose context is asked later.
    static const QRegularExpression translated(uR"re((?:translate|QT_TRANSLATE_NOOP3?)\(\s*"([\w:]+)")re"_s);
    static const QRegularExpression qobjectClass(uR"(class\s+(\w+)\b[^;{]*\{\s*Q_OBJECT)"_s);
    static const QRegularExpression namespaceOpen(uR"(namespace\s+([\w:]+)\s*\{)"_s);
    for (const QString &folder : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(sourceDir + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString text = readAll(it.next());
            for (auto m = declared.globalMatch(text); m.hasNext();)
                asked.insert(m.next().captured(1));
            for (auto m = translated.globalMatch(text); m.hasNext();)
                asked.insert(m.next().captured(1));
            // A Q_OBJECT class's context is its full name; the namespace is the last one opened before it.
            for (auto m = qobjectClass.globalMatch(text); m.hasNext();) {
                const auto c = m.next();
                QString ns;
                for (auto n = namespaceOpen.globalMatch(text.left(c.capturedStart())); n.hasNext();)
                    ns = n.next().captured(1);
                asked.insert(ns.isEmpty() ? c.captured(1) : ns + u"::"_s + c.captured(1));
            }
        }
    }
    return asked;
}

QStringList contextsOf(const QString &tsPath)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    QXmlStreamReader xml(&f);
    bool inContext = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"context")
            inContext = true;
        else if (xml.isStartElement() && xml.name() == u"message")
            inContext = false;
        else if (xml.isStartElement() && xml.name() == u"name" && inContext)
            names << xml.readElementText();
    }
    return names;
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT
private slots:
    void theScannerFindsKnownContexts();
    void everyContextIsAskedFor_data();
    void everyContextIsAskedFor();
};

// The scanner itself must see the three kinds, or the check below would pass on an empty set.
void TestTranslationContexts::theScannerFindsKnownContexts()
{
    const QSet<QString> asked = askedContexts();
    QVERIFY(asked.contains(u"ecoclaim::Storage"_s));           // Q_DECLARE_TR_FUNCTIONS
    QVERIFY(asked.contains(u"ecoclaim::Window"_s));            // QApplication::translate in app/window
    QVERIFY(asked.contains(u"ecoclaim::ui::MainWindow"_s));    // Q_OBJECT
    QVERIFY(!asked.contains(u"Tr"_s));
    QVERIFY(!asked.contains(u"ecoclaim::storage"_s));
}

void TestTranslationContexts::everyContextIsAskedFor_data()
{
    QTest::addColumn<QString>("ts");
    QTest::newRow("zh_CN") << u"ecoclaim_zh_CN.ts"_s;
    QTest::newRow("en") << u"ecoclaim_en.ts"_s;
}

void TestTranslationContexts::everyContextIsAskedFor()
{
    QFETCH(QString, ts);
    const QStringList contexts = contextsOf(sourceDir + u"/translations/"_s + ts);
    QVERIFY2(contexts.size() > 20, qPrintable(u"%1 contexts read from %2"_s.arg(contexts.size()).arg(ts)));
    const QSet<QString> asked = askedContexts();
    QStringList neverAsked;
    for (const QString &c : contexts)
        if (!asked.contains(c))
            neverAsked << c;
    QVERIFY2(neverAsked.isEmpty(),
             qPrintable(u"contexts no code asks for (their translations are never shown): "_s + neverAsked.join(u", "_s)));
}

QTEST_APPLESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
