#include "ui/commanddialog/commanddialog.h"
#include "ui/help/articlelinks.h"

#include "core/domain/valuesonfile.h"
#include "core/service/commandcheck.h"

#include "ui/commanddialog/fieldeditor.h"
#include "ui/commanddialog/paymentsdue.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

CommandDialog::CommandDialog(service::CaseService &service, const domain::CommandSpec &spec, const domain::CaseFile *file,
                             QDate today, QWidget *parent)
    : QDialog(parent), m_service(service), m_spec(spec), m_today(today), m_refusal(new QLabel(this)),
      m_extra(new QVBoxLayout), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (file)
        m_file = *file;
    setObjectName(u"commandDialog_"_s + spec.name);
    setWindowTitle(file ? tr("%1 — %2").arg(spec.titleText(), file->number) : spec.titleText());

    auto *heading = new QLabel(this);
    QString head = u"<b>%1</b>"_s.arg(spec.titleText().toHtmlEscaped());
    if (!spec.article.isNull())
        head += u"　"_s + tr("Rests on %1").arg(spec.article.toString()).toHtmlEscaped();
    if (file)
        head += u"<br>%1　%2"_s.arg(file->number.toHtmlEscaped(), file->title.toHtmlEscaped());
    heading->setText(head);
    heading->setWordWrap(true);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const domain::FieldSpec &f : spec.fields) {
        auto *editor = new FieldEditor(f, m_file ? &*m_file : nullptr, today, this);
        auto *label = new QLabel(f.required ? u"%1 *"_s.arg(f.labelText()) : f.labelText(), this);
        label->setBuddy(editor->input());
        if (!f.article.isNull())
            label->setToolTip(tr("Asked by %1").arg(f.article.toString()));
        form->addRow(label, editor);
        m_editors << editor;
    }
    auto *formWidget = new QWidget(this);
    m_formWidget = formWidget;
    auto *formLayout = new QVBoxLayout(formWidget);
    // Issue 16 ¶5: the payment dialog shows what is due, paid and owed per instalment before the amount is typed.
    int dueHeight = 0;
    if (m_file && spec.name == u"record_payment")
        if (QWidget *due = makePaymentsDue(*m_file, formWidget)) {
            formLayout->addWidget(due);
            dueHeight = due->sizeHint().height();
        }
    formLayout->addLayout(form);
    formLayout->addLayout(m_extra);
    formLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form wraps; it never scrolls sideways

    m_refusal->setObjectName(u"refusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::RichText);
    m_refusal->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; padding: 6px; }"_s);
    m_refusal->hide();
    // The article a refusal cites is a link to its text in Help (F1 opens it too: ui/help/articlelinks.h).
    m_refusal->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_refusal, &QLabel::linkActivated, this, [this](const QString &href) { openArticleLink(href, this); });

    m_buttons->button(QDialogButtonBox::Ok)->setText(isIrreversible(spec) ? tr("Execute…") : tr("Execute"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommandDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommandDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);

    // A correction starts from what the case file holds now (core/domain/valuesonfile.h): the case's
    // details at once; a payment's or a party's as soon as it is chosen.
    if (m_file) {
        fillFromFile({});
        for (const char *chooser : {"payment", "party"})
            if (FieldEditor *e = editor(QString::fromLatin1(chooser)))
                connect(e, &FieldEditor::edited, this, [this, e] {
                    if (!e->isEmpty())
                        fillFromFile(QJsonObject{{e->spec().key, e->value()}});
                });
    }

    // After a refusal, every edit checks the command again: a problem fixed clears at once.
    for (FieldEditor *e : std::as_const(m_editors))
        connect(e, &FieldEditor::edited, this, &CommandDialog::recheck);

    // Tab goes through the fields in the table's order (the order they were made in), then the buttons.
    if (!m_editors.isEmpty())
        m_editors.first()->setFocus();
    const int rows = int(m_editors.size());
    // At most 760 px, and never taller than the screen (a 1024 × 700 desk): the form scrolls instead.
    int tallest = 760;
    if (const QScreen *screen = this->screen())
        tallest = std::max(260, std::min(tallest, screen->availableGeometry().height() - 40));
    resize(640, qBound(260, 160 + rows * 46 + dueHeight, tallest));
}

bool CommandDialog::isIrreversible(const domain::CommandSpec &spec)
{
    // A decision that ends the clue, the claim or the case: not undone by another command.
    return spec.to && (domain::isEndStage(*spec.to) || *spec.to == domain::Stage::Terminated || *spec.to == domain::Stage::Closed);
}

void CommandDialog::fillFromFile(const QJsonObject &chosen)
{
    const QJsonObject values = domain::valuesOnFile(m_spec.name, *m_file, chosen);
    for (FieldEditor *e : m_editors)
        if (values.contains(e->spec().key))
            e->setInitialValue(values.value(e->spec().key));
}

FieldEditor *CommandDialog::editor(const QString &key) const
{
    for (FieldEditor *e : m_editors)
        if (e->spec().key == key)
            return e;
    return nullptr;
}

QJsonObject CommandDialog::command() const
{
    QJsonObject c{{u"cmd"_s, m_spec.name}};
    if (m_file)
        c.insert(u"case"_s, m_file->number);
    for (FieldEditor *e : m_editors) {
        const QJsonValue v = e->value();
        if (!v.isUndefined() && !e->isUnchanged()) // a value on file left as it was is not corrected
            c.insert(e->spec().key, v);
    }
    return c;
}

bool CommandDialog::hasTypedSomething() const
{
    for (FieldEditor *e : m_editors)
        if (!e->isEmpty() && !e->isUnchanged() && e->spec().type != domain::FieldType::Date)
            return true;
    return false;
}

QString CommandDialog::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void CommandDialog::accept()
{
    // What is wrong as typed is said before anything is sent: the first such field gets the focus.
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (!e->typingProblem().isEmpty()) {
            e->input()->setFocus();
            return;
        }
    }
    if (isIrreversible(m_spec)) {
        const auto answer = QMessageBox::question(
            this, m_spec.titleText(),
            tr("“%1” cannot be undone. Execute it now?").arg(m_spec.titleText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto result = m_service.execute(command(), service::defaultActor(), m_today);
    if (!result) {
        showRefusal(result.problems()); // the dialog stays open, everything typed kept
        return;
    }
    m_outcome = result.value();
    QDialog::accept();
}

void CommandDialog::reject()
{
    if (hasTypedSomething()) {
        const auto answer = QMessageBox::question(this, m_spec.titleText(), tr("Discard what you typed?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void CommandDialog::showRefusal(const domain::Problems &problems)
{
    const int formBefore = m_formWidget->sizeHint().height();
    const int viewportBefore = m_scroll->viewport()->height();
    m_watched.clear();
    for (const domain::Problem &p : problems.list())
        if (!p.field.isEmpty())
            m_watched.insert(p.field);
    showProblems(problems.list());
    growFor(formBefore, viewportBefore);
    for (const domain::Problem &p : problems.list())
        if (FieldEditor *e = p.field.isEmpty() ? nullptr : editor(p.field)) {
            e->input()->setFocus();
            break;
        }
}

void CommandDialog::showProblems(const QList<domain::Problem> &problems)
{
    m_shown = problems;
    for (FieldEditor *e : std::as_const(m_editors))
        e->showProblem(e->typingProblem());
    QStringList lines;
    domain::Problems cited;
    for (const domain::Problem &p : problems) {
        // What is wrong as typed is said first; else what the service said of the field.
        if (FieldEditor *e = p.field.isEmpty() ? nullptr : editor(p.field); e && e->typingProblem().isEmpty())
            e->showProblem(p.toString());
        lines << u"<li>%1</li>"_s.arg(problemHtml(p));
        cited.add(p);
    }
    citeOnWidget(m_refusal, cited);
    if (problems.isEmpty()) {
        m_refusal->hide();
        m_refusal->clear();
        return;
    }
    m_refusal->setText(u"<b>%1</b><ul style=\"margin-left: -20px\">%2</ul>"_s.arg(
        tr("Not executed — the rules still require:").toHtmlEscaped(), lines.join(QString())));
    m_refusal->show();
}

void CommandDialog::recheck()
{
    if (m_shown.isEmpty() && m_watched.isEmpty())
        return; // nothing refused yet: the fields' own checks as typed are enough
    const domain::Problems now = service::checkCommand(m_service, command(), m_today);
    // A field the refusal named is watched: its problems as they stand now (gone once it is right, back
    // while it is still wrong, through every keystroke). A problem of no field stays while it is still
    // said. Other new problems wait for Execute: the caseworker is still typing.
    QList<domain::Problem> still;
    for (const domain::Problem &p : now.list()) {
        bool keep = !p.field.isEmpty() && m_watched.contains(p.field);
        for (const domain::Problem &shown : std::as_const(m_shown))
            keep = keep || (p.field.isEmpty() && shown.field.isEmpty() && p.message == shown.message);
        if (keep)
            still << p;
    }
    showProblems(still);
}

void CommandDialog::growFor(int formBefore, int viewportBefore)
{
    // The refusal box and the messages under the fields are added room, not room taken from the form:
    // the dialog grows by them, as far as the screen allows (then the form scrolls).
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    const int width = box ? box->contentsRect().width() : m_refusal->width();
    int grow = m_refusal->isHidden() ? 0 : m_refusal->heightForWidth(width) + (box ? box->spacing() : 6);
    const int formNow = m_formWidget->sizeHint().height();
    if (formBefore <= viewportBefore) // the form fitted: what the messages add to it is shown too
        grow += std::max(0, std::min(formNow, viewportBefore + formNow - formBefore) - viewportBefore);
    if (grow <= 0)
        return;
    int height = this->height() + grow;
    if (const QScreen *screen = this->screen()) {
        const QRect free = screen->availableGeometry();
        height = std::min(height, free.height() - 40);
        if (isVisible() && y() + height > free.bottom() - 40)
            move(x(), std::max(free.top(), free.bottom() - 40 - height));
    }
    if (height > this->height())
        resize(this->width(), height);
}

} // namespace ecoclaim::ui
