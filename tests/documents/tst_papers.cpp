// Every paper for the demo cases (37 cases over all stages): filled, laid out, written as PDF/A and
// ODT, and read back with the tools a caseworker's computer has.
#include "tests/documents/paperchecks.h"

#include "core/service/casenotifier.h"
#include "core/documents/officiallayout.h"
#include "core/documents/paperoffice.h"
#include "core/documents/papertemplates.h"
#include "core/documents/papertypes.h"
#include "core/service/demoset.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::documents;
using namespace ecoclaim::test;

class TestPapers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    service::CaseNotifier m_notifier;
    std::unique_ptr<service::CaseService> m_service;
    std::unique_ptr<PaperOffice> m_office;
    QList<domain::CaseFile> m_cases;

    // What the caseworker gives when generating papers that need it.
    static PaperOptions options(bool draft = false)
    {
        PaperOptions o;
        o.parameters = {{u"meeting_place"_s, u"区生态环境局三楼会议室"_s}, {u"meeting_time"_s, u"上午9时30分"_s},
                        {u"meeting_on"_s, u"2026-12-21"_s}, {u"reply_due_on"_s, u"2026-12-14"_s},
                        {u"court"_s, u"上海市第三中级人民法院"_s}, {u"place"_s, u"区生态环境局三楼会议室"_s},
                        {u"recorder"_s, u"周某"_s}};
        o.draft = draft;
        o.datedOn = QDate(2026, 11, 30);
        return o;
    }

    const domain::CaseFile *firstCase(const std::function<bool(const domain::CaseFile &)> &test) const
    {
        for (const domain::CaseFile &c : m_cases)
            if (test(c))
                return &c;
        return nullptr;
    }

    // Every character of the laid-out text is in the PDF's text layer, none as a radical look-alike.
    static void verifyExtraction(const LaidOutPaper &layout, const QByteArray &pdf)
    {
        auto doc = paperDocument(layout.html, nullptr);
        QString source = squeezed(doc->toPlainText());
        source.remove(QChar(0x00A0));
        source.remove(QChar(0x3000)); // a space: a position on the page, not a glyph in the text layer
        const QString extracted = squeezed(pdfText(pdf));
        QCOMPARE(radicalCount(extracted), 0);
        QMap<QChar, int> counts;
        for (QChar c : extracted)
            ++counts[c];
        QString lost;
        for (QChar c : source)
            if (--counts[c] < 0)
                lost += c;
        QVERIFY2(lost.isEmpty(), qPrintable(u"not in the PDF's text: "_s + lost.left(40)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"papers.db"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        m_service = std::make_unique<service::CaseService>(*m_db, calendar::WorkCalendar::builtIn(), m_notifier);
        auto report = service::loadDemoSet(*m_service, QDate(2026, 11, 30));
        QVERIFY2(report, qPrintable(report.errorString()));
        for (int id = 1;; ++id) {
            auto file = m_service->caseFile(QString::number(id));
            if (!file)
                break;
            m_cases << file.value();
        }
        QCOMPARE(m_cases.size(), 37);
        m_office = std::make_unique<PaperOffice>(*m_service, settingsWithContacts());
    }

    void typesAreData()
    {
        QCOMPARE(paperTypes().size(), 12);
        for (const PaperType &t : paperTypes()) {
            QVERIFY(!t.chinese.isEmpty());
            QVERIFY(!t.article.isNull());
            QVERIFY2(paperTemplate(t.id).ok(), qPrintable(t.id));
        }
        QVERIFY(!findPaperType(u"no_such_paper"));
        QCOMPARE(subjectNumber(PaperSubject::Party, u"party:3"_s), 3);
        QCOMPARE(subjectNumber(PaperSubject::Round, u"party:3"_s), 0);
    }

    // A draft of every paper can be made for every case; every paper is complete for some case, and
    // its PDF (A4, fonts embedded, text exact) and ODT are written.
    void everyTemplateRendersForDemoCases()
    {
        for (const PaperType &t : paperTypes()) {
            int complete = 0;
            const domain::CaseFile *example = nullptr;
            for (const domain::CaseFile &c : m_cases) {
                auto draft = m_office->compose(c, t.id, options(true));
                QVERIFY2(draft, qPrintable(t.id + u" draft for "_s + c.number + u": "_s + draft.errorString()));
                auto final = m_office->compose(c, t.id, options());
                if (final) {
                    ++complete;
                    example = example ? example : &c;
                    QVERIFY(!final->layout.html.contains(u"待补"_s));
                } else {
                    for (const domain::Problem &p : final.problems().list()) // a field missing, or a notice dated after its service
                        QVERIFY2(p.field == u"missing"_s || p.field == u"issued_on"_s, qPrintable(p.message));
                }
            }
            if (t.id == u"service_receipt")
                continue; // needs a filed notice: tst_paperregister
            QVERIFY2(complete > 0, qPrintable(t.id));
            auto rendered = m_office->compose(*example, t.id, options());
            QVERIFY(rendered);
            int pages = 0;
            auto pdf = paperPdf(rendered->layout, &pages);
            QVERIFY2(pdf, qPrintable(pdf.errorString()));
            QVERIFY(pages >= 1);
            QVERIFY(pdf->startsWith("%PDF-"));
            const QString info = pdfInfo(pdf.value());
            QVERIFY2(info.contains(u"595.276 x 841.89 pts (A4)"_s) || info.contains(u"595 x 842 pts (A4)"_s), qPrintable(info));
            QVERIFY2(info.contains(u"Pages:           %1"_s.arg(pages)), qPrintable(info));
            // pdffonts: a header, a rule, one line per font; the "emb" column must say yes.
            const QStringList fontLines = pdfFonts(pdf.value()).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(fontLines.size() > 2);
            const qsizetype emb = fontLines.first().indexOf(u" emb "_s) + 1;
            QVERIFY(emb > 0);
            for (const QString &line : fontLines.mid(2))
                QVERIFY2(line.mid(emb, 3) == u"yes", qPrintable(u"font not embedded: "_s + line));
            verifyExtraction(rendered->layout, pdf.value());
            const QString text = squeezed(pdfText(pdf.value()));
            QVERIFY(text.contains(squeezed(t.chinese)));
            QVERIFY(text.contains(u"—1—"_s)); // page number
            if (t.id != u"report_reply")
                QVERIFY2(text.contains(example->number), qPrintable(t.id));
            auto odt = paperOdt(rendered->layout);
            QVERIFY(odt);
            const QString content = squeezed(odtContent(odt.value()));
            QVERIFY2(content.contains(squeezed(t.chinese)), qPrintable(t.id));
            // A word processor sets Chinese with the Asian font properties, on the GB/T 9704 page.
            const QString xml = odtEntry(odt.value(), u"content.xml"_s);
            // …by the names office machines know, this machine's face last (issue 11).
            QVERIFY(xml.contains(u"style:font-family-asian=\"仿宋_GB2312;FangSong_GB2312;仿宋;FangSong;%1\""_s.arg(paperFonts().body)));
            QVERIFY(xml.contains(u"style:parent-style-name=\"Zhengwen\""_s)); // 正文
            QVERIFY(xml.contains(u"style:parent-style-name=\"Biaoti\""_s));   // 标题
            QVERIFY(xml.contains(u"style:font-size-asian=\"16pt\""_s));
            QVERIFY(!xml.contains(u"\"100pt\""_s)); // tables as wide as the type area, not 100 pt
            const QString styles = odtEntry(odt.value(), u"styles.xml"_s);
            QVERIFY(styles.contains(u"fo:page-width=\"210mm\""_s) && styles.contains(u"fo:margin-top=\"37mm\""_s)
                    && styles.contains(u"fo:margin-left=\"28mm\""_s));
            QVERIFY(styles.contains(u"style:display-name=\"正文\""_s) && styles.contains(u"fo:line-height=\"28.95pt\""_s));
            QVERIFY(styles.contains(u"<text:page-number"_s)); // "— N —" in the footer
            QVERIFY(odtEntry(odt.value(), u"META-INF/manifest.xml"_s).contains(u"styles.xml"_s));
            QCOMPARE(odtEntry(odt.value(), u"mimetype"_s), u"application/vnd.oasis.opendocument.text"_s);
        }
    }

    // The notice of a case in consultation: what the liable party must read is in the text layer.
    void consultationNotice()
    {
        const domain::CaseFile *c = firstCase([](const domain::CaseFile &f) {
            return f.stage == domain::Stage::Consultation && f.completedAppraisal() && !f.parties.isEmpty();
        });
        QVERIFY(c);
        const domain::ConsultationNotice *served = nullptr;
        for (const domain::ConsultationNotice &n : c->notices)
            if (n.partyId == c->parties.first().id)
                served = &n;
        PaperOptions o = options();
        if (served)
            o.datedOn = served->servedOn; // a served notice was issued by the day it was served
        auto rendered = m_office->compose(*c, u"consultation_notice"_s, o);
        QVERIFY2(rendered, qPrintable(rendered.errorString()));
        auto pdf = paperPdf(rendered->layout);
        QVERIFY(pdf);
        auto odt = paperOdt(rendered->layout);
        QVERIFY(odt);
        const domain::Amounts amounts = c->completedAppraisal()->amounts;
        const QDate meeting = served ? served->meetingOn : QDate(2026, 12, 21);
        const QDate reply = served ? served->replyDueOn : QDate(2026, 12, 14);
        for (const QString &text : {squeezed(pdfText(pdf.value())), squeezed(odtContent(odt.value()))}) {
            QVERIFY(text.contains(c->number));
            QVERIFY(text.contains(c->parties.first().name));
            QVERIFY(text.contains(amounts.total().toYuanString()));
            QVERIFY(text.contains(amounts.total().toChineseUppercase()));
            QVERIFY(text.contains(amounts.restorationCosts.toYuanString()));
            QVERIFY(text.contains(chineseDate(meeting)));
            QVERIFY(text.contains(chineseDate(reply)));
            QVERIFY(text.contains(u"磋商意见回执"_s));
            QVERIFY(text.contains(u"第二十五条"_s)); // no reply counts as refusal → suit
        }
    }

    // The agreement: the five categories of Art. 5 in figures and in 大写, the instalments.
    void compensationAgreement()
    {
        const domain::CaseFile *c = firstCase([](const domain::CaseFile &f) {
            return f.agreement.has_value() && !f.agreement->instalments.isEmpty() && f.stage != domain::Stage::Archived;
        });
        QVERIFY(c);
        auto rendered = m_office->compose(*c, u"compensation_agreement"_s, options());
        QVERIFY2(rendered, qPrintable(rendered.errorString()));
        auto pdf = paperPdf(rendered->layout);
        QVERIFY(pdf);
        auto odt = paperOdt(rendered->layout);
        QVERIFY(odt);
        const domain::Amounts &a = c->agreement->amounts;
        for (const QString &text : {squeezed(pdfText(pdf.value())), squeezed(odtContent(odt.value()))}) {
            for (domain::Money m : {a.interimLoss, a.permanentLoss, a.assessmentCosts, a.restorationCosts, a.preventionCosts, a.total()}) {
                QVERIFY(text.contains(m.toYuanString()));
                QVERIFY(text.contains(m.toChineseUppercase()));
            }
            for (const domain::Instalment &i : c->agreement->instalments) {
                QVERIFY(text.contains(chineseDate(i.dueOn)));
                QVERIFY(text.contains(i.amount.toChineseUppercase()));
            }
            for (const domain::Party &p : c->parties)
                QVERIFY(text.contains(p.name));
            QVERIFY(text.contains(u"司法确认"_s));
        }
    }

    // Art. 21 ¶2: a refusal to sign is written on the record by the host.
    void recordWithRefusalToSign()
    {
        const domain::CaseFile *c = firstCase([](const domain::CaseFile &f) {
            for (const domain::ConsultationRound &r : f.rounds)
                if (!r.allSigned)
                    return true;
            return false;
        });
        QVERIFY(c);
        int refused = 0;
        QString note;
        for (const domain::ConsultationRound &r : c->rounds)
            if (!r.allSigned) {
                refused = r.number;
                note = r.refusalNote;
            }
        PaperOptions o = options();
        o.subject = subjectKey(PaperSubject::Round, refused);
        o.parameters.insert(u"place"_s, u"区生态环境局三楼会议室"_s); // the record states place and recorder (Art. 21 ¶2)
        o.parameters.insert(u"recorder"_s, u"周某"_s);
        auto rendered = m_office->compose(*c, u"consultation_record"_s, o);
        QVERIFY2(rendered, qPrintable(rendered.errorString()));
        auto pdf = paperPdf(rendered->layout);
        QVERIFY(pdf);
        const QString text = squeezed(pdfText(pdf.value()));
        QVERIFY(text.contains(u"第%1次磋商"_s.arg(refused)));
        QVERIFY(text.contains(u"主持人说明"_s));
        QVERIFY(text.contains(squeezed(note).left(12)));
        QVERIFY(text.contains(u"第二十一条第二款"_s));
    }

    // Missing data is named, never printed blank; a draft is marked.
    void missingFieldsAreNamed()
    {
        const domain::CaseFile *c = firstCase([](const domain::CaseFile &f) {
            return f.stage == domain::Stage::Investigation && !f.parties.isEmpty();
        });
        QVERIFY(c);
        PaperOptions bare;
        bare.datedOn = QDate(2026, 11, 30);
        auto refused = m_office->compose(*c, u"consultation_notice"_s, bare);
        QVERIFY(!refused);
        const QString message = refused.errorString();
        QVERIFY2(message.contains(u"磋商地点"_s) && message.contains(u"磋商日期"_s) && message.contains(u"答复期限"_s), qPrintable(message));
        QCOMPARE(refused.problems().first().article, domain::art(19));
        bare.draft = true;
        auto draft = m_office->compose(*c, u"consultation_notice"_s, bare);
        QVERIFY(draft);
        auto pdf = paperPdf(draft->layout);
        QVERIFY(pdf);
        const QString text = squeezed(pdfText(pdf.value()));
        QVERIFY(text.contains(u"草稿"_s));
        QVERIFY(text.contains(u"【待补：磋商地点】"_s));
        QVERIFY(!m_office->compose(*c, u"no_such_paper"_s, bare));
    }

    // A unit's own template replaces the built-in one.
    void unitTemplateFolder()
    {
        QTemporaryDir folder;
        QFile custom(folder.filePath(u"report_reply.mustache"_s));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("<html><body><p class=\"title\">本单位答复</p><p>{{reporter}}：{{case.number}}</p></body></html>");
        custom.close();
        PaperSettings settings = settingsWithContacts(); // a reply goes out: it carries the contact
        settings.templateFolder = folder.path();
        PaperOffice office(*m_service, settings);
        const domain::CaseFile *c = firstCase([](const domain::CaseFile &f) { return !f.reporter.isEmpty(); });
        QVERIFY(c);
        auto rendered = office.compose(*c, u"report_reply"_s, options());
        QVERIFY(rendered);
        QVERIFY(rendered->layout.html.contains(u"本单位答复"_s));
        QVERIFY(rendered->layout.html.contains(c->number));
        // A broken template is a problem naming it, not a crash.
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("{{#unclosed}}");
        custom.close();
        auto broken = office.compose(*c, u"report_reply"_s, options());
        QVERIFY(!broken);
        QVERIFY(broken.errorString().contains(u"report_reply"_s));
    }

    // What a caseworker types is text, never markup.
    void valuesAreEscaped()
    {
        auto html = renderTemplate(u"<p>{{x}}</p>"_s, {{u"x"_s, u"<b>A&B</b>"_s}});
        QVERIFY(html);
        QCOMPARE(html.value(), u"<p>&lt;b&gt;A&amp;B&lt;/b&gt;</p>"_s);
    }

    // 22 lines of 28 characters; a signature that would stand alone on a page takes the last two lines of
    // text with it — the grid is never squeezed (issue 11).
    void lineGridAndLoneSignature()
    {
        const QString line = QString(26, QChar(u'环')); // with the two-character indent: one full line
        auto paper = [&](int bodyLines, bool signature) {
            QString html = u"<html><body>"_s;
            for (int i = 0; i < bodyLines; ++i)
                html += u"<p>"_s + line + u"</p>"_s;
            if (signature)
                html += u"<p class=\"gap\">&nbsp;</p><p class=\"gap\">&nbsp;</p><table align=\"right\"><tr><td><a name=\"keep\">上海市金山区生态环境局</a></td></tr>"
                        "<tr><td>2026年3月1日</td></tr></table>"_s;
            html += u"</body></html>"_s;
            int pages = 0;
            auto pdf = paperPdf(LaidOutPaper{html, u"grid"_s, false}, &pages);
            return std::pair{pages, pdf ? pdfText(pdf.value()) : QString()};
        };
        // 22 full lines fill a page exactly: the 23rd starts the next.
        const auto full = paper(22, false);
        QCOMPARE(full.first, 1);
        QVERIFY(full.second.contains(line + u"\n"_s)); // 28 characters to the line, none wrapped
        QCOMPARE(paper(23, false).first, 2);
        {
            // …and a 29th character does not fit: a 27-character paragraph (with its indent) wraps.
            int pages = 0;
            auto pdf = paperPdf(LaidOutPaper{u"<p>"_s + QString(27, QChar(u'保')) + u"</p>"_s, u"grid"_s, false}, &pages);
            QVERIFY(pdf);
            QVERIFY(!pdfText(pdf.value()).contains(QString(27, QChar(u'保'))));
            QVERIFY(squeezed(pdfText(pdf.value())).contains(QString(27, QChar(u'保'))));
        }
        // A full page and then only the signature: the last two lines of text go down with it.
        const auto lone = paper(22, true);
        QCOMPARE(lone.first, 2);
        const QStringList sheets = lone.second.split(u'\f');
        QVERIFY(sheets.size() >= 2);
        QCOMPARE(sheets.at(1).count(line), 2);
        QVERIFY(sheets.at(1).contains(u"上海市金山区生态环境局"_s));
        QCOMPARE(sheets.at(0).count(line), 20);
        // Far too long to pull back: the text goes on, with more than the signature on the last page.
        const auto longer = paper(30, true);
        QCOMPARE(longer.first, 2);
    }

    void fontsExtractExactly()
    {
        const PaperFonts fonts = paperFonts();
        for (const QString &family : {fonts.body, fonts.title, fonts.heading, fonts.kai})
            QVERIFY2(!family.contains(u"Noto"_s), qPrintable(family)); // docs/PITFALLS.md §11
    }

    // A unit speaks of itself as it is: 我局, or 我委 for a 委员会 (静安区建设管理委 in the demo).
    void unitSpeaksOfItself()
    {
        const domain::CaseFile *c = firstCase([](const domain::CaseFile &f) { return f.unit == u"district_housing"; });
        QVERIFY(c);
        PaperInput input;
        input.type = findPaperType(u"report_reply");
        input.unit = PaperSettings::defaultsFor(c->districtCode, c->unit);
        input.datedOn = QDate(2026, 11, 30);
        QCOMPARE(input.unit.unitName, u"上海市静安区建设和管理委员会"_s);
        const PaperData data = fillPaper(*c, input);
        QCOMPARE(data.values.value(u"unit"_s).toMap().value(u"self"_s).toString(), u"我委"_s);
        QVERIFY(data.values.value(u"handling"_s).toList().first().toString().contains(u"我委已于"_s));
    }

    void dates()
    {
        QCOMPARE(chineseDate(QDate(2025, 3, 6)), u"2025年3月6日"_s);
        QCOMPARE(chineseDate(QDate()), QString());
    }

    // A reading tool that is not there fails the check instead of passing it on empty text: with no
    // pdftotext or unzip on PATH, each helper records a failure (expected here, so the test passes only
    // if the failure really happens).
    void missingToolFailsTheCheck_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::newRow("pdftotext") << u"pdftotext"_s;
        QTest::newRow("unzip") << u"unzip"_s;
    }
    void missingToolFailsTheCheck()
    {
        QFETCH(QString, tool);
        QTemporaryDir emptyPath;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(emptyPath.path()));
        QEXPECT_FAIL("", "the tool is missing: the check must fail", Continue);
        const QString text = tool == u"pdftotext" ? pdfText(QByteArray("%PDF-1.4\n%%EOF\n")) : odtContent(QByteArray("PK"));
        qputenv("PATH", path);
        QVERIFY(text.isEmpty());
    }
};

QTEST_MAIN(TestPapers)
#include "tst_papers.moc"
