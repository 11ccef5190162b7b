// Measures candidate faces for the papers (issue 11, docs/papers.md "Fonts"): for each family given (or
// every installed CJK family), the share of the rules' text it covers (QRawFont), the Kangxi-radical
// look-alikes pdftotext extracts from a PDF set in it (docs/PITFALLS.md §11: Noto CJK gives ⾏ for 行), whether
// U+3000 survives, and whether pdffonts reports the face embedded. Not a CTest test:
//   build/bin/measure_paperfonts RULES.txt [FAMILY | FONT_FILE …]
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: measure_paperfonts RULES.txt [FAMILY…]\n");
        return 2;
    }
    QFile rules(QString::fromLocal8Bit(argv[1]));
    if (!rules.open(QIODevice::ReadOnly))
        return 1;
    QString text = QString::fromUtf8(rules.readAll()).left(9000);
    text.remove(u'\r');
    text += u"\n附件：1．磋商意见回执\n\u3000\u3000\u30002．鉴定评估报告（副本）\n"_s;
    QStringList families;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        // A font file (a face fontconfig does not see, e.g. texlive's Fandol): loaded for this run.
        if (QFile::exists(arg)) {
            const int id = QFontDatabase::addApplicationFont(arg);
            families << QFontDatabase::applicationFontFamilies(id);
        } else {
            families << arg;
        }
    }
    if (families.isEmpty())
        for (const QString &f : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
            families << f;
    QSet<QChar> distinct;
    for (QChar c : text)
        if (c.unicode() > 0x2E7F)
            distinct.insert(c);
    QTemporaryDir dir;
    std::printf("family\tcovered\tof\tradicals\tideographic_space\tembedded\n");
    for (const QString &family : families) {
        QFont font(family);
        font.setPointSize(16);
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
        int covered = 0;
        for (QChar c : distinct)
            covered += raw.supportsCharacter(c) ? 1 : 0;
        const QString pdf = dir.filePath(u"probe.pdf"_s);
        {
            QPdfWriter writer(pdf);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            QTextDocument doc;
            doc.setDefaultFont(font);
            doc.setPlainText(text);
            doc.print(&writer);
        }
        const QString extracted = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        int radicals = 0;
        for (QChar c : extracted)
            radicals += c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF ? 1 : 0;
        const bool space = extracted.contains(QChar(0x3000));
        const QStringList fonts = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        bool embedded = !fonts.isEmpty();
        for (const QString &line : fonts)
            embedded = embedded && line.contains(u" yes "_s);
        std::printf("%s\t%d\t%d\t%d\t%s\t%s\n", qPrintable(family), covered, int(distinct.size()), radicals,
                    space ? "kept" : "lost", embedded ? "yes" : "no");
    }
    return 0;
}
