#include "ui/help/helppages.h"

#include "core/domain/article.h"
#include "core/domain/rulestext.h"
#include "core/domain/stage.h"
#include "ui/help/articlelinks.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui::help {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Help)
};

// "第十九条" / "Art. 19" as a link to its page.
QString cite(int n)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(articleLink(n), domain::art(n).toString().toHtmlEscaped());
}

QString cites(const QList<int> &numbers)
{
    QStringList out;
    for (int n : numbers)
        out << cite(n);
    return out.join(u"、"_s);
}

struct Step
{
    domain::Stage stage;
    QString text;
    QList<int> articles; // a QList: an initializer_list member would outlive the array it points to
};
} // namespace

QString guideHtml()
{
    using domain::Stage;
    const QList<Step> steps{
        {Stage::Clue, Tr::tr("A clue is registered (Ctrl+N) with its channel and the site; EcoClaim warns when a case about "
                             "the same site or party already exists. Clues are screened and handed to the unit in charge."),
         {9, 12}},
        {Stage::Verification, Tr::tr("The unit verifies the clue: whether damage occurred, who caused it, whether the rules apply. "
                                     "The conclusion decides: file the case, transfer it, or not initiate a claim."),
         {13, 4}},
        {Stage::NotInitiated, Tr::tr("Where one of the grounds of Art. 14 holds (already compensated, a judgment covers it, minor "
                                     "damage…), the claim is not initiated — a decision of the bureau, with its written reasons."),
         {14}},
        {Stage::Investigation, Tr::tr("Once filed, the damage is investigated (evidence, site records) and appraised by an "
                                      "institution or experts; the appraisal report fixes the amount claimed."),
         {15, 16, 17}},
        {Stage::Consultation, Tr::tr("The liable parties are invited to consult: the notice is served at least five working days "
                                     "before the meeting (the reply slip and the 送达回证 go with it); at most three rounds within "
                                     "ninety days."),
         {18, 19, 20, 21, 22}},
        {Stage::Agreement, Tr::tr("A consultation that succeeds ends in a compensation agreement, which may be confirmed by a "
                                  "court; payments are recorded against it, instalment by instalment."),
         {23, 24, 34}},
        {Stage::Litigation, Tr::tr("Where consultation fails (refused, no reply, the time limit passed), the bureau sues; the "
                                   "judgment is then enforced."),
         {25, 26}},
        {Stage::Restoration, Tr::tr("Damage that can be restored is restored — by the liable party, a third party or the "
                                    "department — or an alternative restoration is chosen."),
         {27, 28}},
        {Stage::Evaluation, Tr::tr("When the restoration is finished its effect is evaluated; an effect short of the goal "
                                   "sends the case back to restoration."),
         {29}},
        {Stage::Terminated, Tr::tr("A claim that can no longer go on is terminated, with the reason on record."), {14, 15}},
        {Stage::Closed, Tr::tr("A case whose duties are fulfilled is closed; the information is published and reported."),
         {30, 35, 36}},
        {Stage::Archived, Tr::tr("The closed case is archived as one volume (the pre-archive self-check lists what is missing); an "
                                 "archived case is read-only."),
         {42}},
    };
    QString html = u"<h2>%1</h2><p>%2</p>"_s.arg(
        Tr::tr("Guide to the procedure").toHtmlEscaped(),
        Tr::tr("A case moves from stage to stage by the steps the rules allow. In a case, the next step is the button at "
               "the top (Ctrl+Return); a step the rules do not allow yet is refused with the article it rests on — "
               "click the article, or press F1, to read it here.").toHtmlEscaped());
    for (const Step &s : steps)
        html += u"<h3>%1</h3><p>%2 <span style=\"color:#555\">%3</span></p>"_s.arg(
            domain::stageDisplayName(s.stage).toHtmlEscaped(), s.text.toHtmlEscaped(), cites(s.articles));
    return html;
}

QString articleHtml(int number)
{
    const domain::RulesArticle *a = domain::rulesArticle(number);
    if (!a)
        return {};
    QString body;
    for (const QString &line : a->text.split(u'\n'))
        body += u"<p>%1</p>"_s.arg(line.toHtmlEscaped());
    QStringList around;
    if (domain::rulesArticle(number - 1))
        around << u"<a href=\"%1\">← %2</a>"_s.arg(articleLink(number - 1), domain::art(number - 1).toString().toHtmlEscaped());
    if (domain::rulesArticle(number + 1))
        around << u"<a href=\"%1\">%2 →</a>"_s.arg(articleLink(number + 1), domain::art(number + 1).toString().toHtmlEscaped());
    return u"<p style=\"color:#555\">《上海市生态环境损害赔偿工作实施细则》（沪环规〔2024〕5号）　%1</p>"
           "<h2>第%2条【%3】</h2>%4<p>%5</p><hr><p style=\"color:#555\">%6</p>"_s
        .arg(a->chapter.toHtmlEscaped(), domain::chineseNumeral(a->number), a->heading.toHtmlEscaped(), body,
             around.join(u"　"_s),
             Tr::tr("The Chinese original is the final word.").toHtmlEscaped());
}

QString shortcutsHtml()
{
    const QList<QPair<QString, QString>> keys{
        {u"F1"_s, Tr::tr("Help: the article a refusal cites, or this guide")},
        {u"Ctrl+N"_s, Tr::tr("Register a new clue")},
        {u"Ctrl+F"_s, Tr::tr("Search the case list")},
        {u"Ctrl+Shift+L"_s, Tr::tr("Clear the search and the filters")},
        {Tr::tr("Enter / Ctrl+O"), Tr::tr("Open the selected case")},
        {u"Ctrl+W"_s, Tr::tr("Close the case tab")},
        {u"Ctrl+L"_s, Tr::tr("Back to the case list")},
        {u"Ctrl+Return"_s, Tr::tr("The next step of the open case")},
        {u"Alt+A"_s, Tr::tr("The other actions of the open case")},
        {u"F5"_s, Tr::tr("Refresh")},
        {u"Ctrl+D"_s, Tr::tr("Show or hide the deadlines")},
        {u"Ctrl+P"_s, Tr::tr("A paper for the selected cases")},
        {u"Ctrl+E"_s, Tr::tr("Export the case archive")},
        {u"Ctrl+,"_s, Tr::tr("Settings")},
        {u"Ctrl+Q"_s, Tr::tr("Quit")},
    };
    QString rows;
    for (const auto &[key, what] : keys)
        rows += u"<tr><td style=\"padding:3px 16px 3px 0\"><b>%1</b></td><td>%2</td></tr>"_s.arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    return u"<h2>%1</h2><table>%2</table>"_s.arg(Tr::tr("Keyboard shortcuts").toHtmlEscaped(), rows);
}

QString aboutHtml()
{
    return u"<h2>EcoClaim %1</h2><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        QCoreApplication::applicationVersion().toHtmlEscaped(),
        Tr::tr("生态环境损害赔偿案件办理系统 — the desktop tool of the caseworkers who handle ecological-environment "
               "damage compensation cases in Shanghai.").toHtmlEscaped(),
        Tr::tr("It follows 《上海市生态环境损害赔偿工作实施细则》 (沪环规〔2024〕5号, in force from 10 April 2024 to 9 April "
               "2029); the full text is under \"The rules\".").toHtmlEscaped(),
        Tr::tr("Every step of a case is also a command of ecoclaim-cli, through the same core; see the manual pages "
               "ecoclaim(1) and ecoclaim-cli(1).").toHtmlEscaped());
}

} // namespace ecoclaim::ui::help
