#include "ui/commanddialog/commanddialog.h"
#include "ui/help/articlelinks.h"

#include "core/domain/valuesonfile.h"

#include "ui/commanddialog/fieldeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    auto *formLayout = new QVBoxLayout(formWidget);
    formLayout->addLayout(form);
    formLayout->addLayout(m_extra);
    formLayout->addStretch();
    auto *scroll = new QScrollArea(this);
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

    // Tab goes through the fields in the table's order (the order they were made in), then the buttons.
    if (!m_editors.isEmpty())
        m_editors.first()->setFocus();
    const int rows = int(m_editors.size());
    resize(640, qBound(260, 160 + rows * 46, 760));
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
    return m_refusal->isVisible() ? m_refusal->text() : QString();
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
    for (FieldEditor *e : std::as_const(m_editors))
        e->showProblem(e->typingProblem());
    QStringList lines;
    FieldEditor *first = nullptr;
    for (const domain::Problem &p : problems.list()) {
        FieldEditor *e = p.field.isEmpty() ? nullptr : editor(p.field);
        if (e) {
            e->showProblem(p.toString());
            if (!first)
                first = e;
        }
        lines << u"<li>%1</li>"_s.arg(problemHtml(p));
    }
    m_refusal->setText(u"<b>%1</b><ul style=\"margin-left: -20px\">%2</ul>"_s.arg(
        tr("Not executed — the rules still require:").toHtmlEscaped(), lines.join(QString())));
    citeOnWidget(m_refusal, problems);
    m_refusal->show();
    if (first)
        first->input()->setFocus();
}

} // namespace ecoclaim::ui
