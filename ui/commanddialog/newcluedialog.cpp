#include "ui/commanddialog/newcluedialog.h"

#include "core/service/casereader.h"
#include "ui/commanddialog/fieldeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
// The search finds text of any length; shorter than this, everything looks similar.
constexpr int MinimumProbe = 3;
} // namespace

NewClueDialog::NewClueDialog(service::CaseService &service, QDate today, QWidget *parent)
    : CommandDialog(service, *domain::findCommand(u"register_clue"), nullptr, today, parent), m_service(service),
      m_partyProbe(new QLineEdit(this)), m_warning(new QLabel(this)), m_debounce(new QTimer(this))
{
    m_warning->setObjectName(u"similarCases"_s);
    m_warning->setWordWrap(true);
    m_warning->setMinimumWidth(200); // wraps: its long line must not widen the form
    m_warning->setStyleSheet(u"QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffd599; padding: 6px; }"_s);
    m_warning->hide();
    m_partyProbe->setObjectName(u"partyProbe"_s);
    m_partyProbe->setPlaceholderText(tr("Only to look for existing cases; add the party after registering"));
    form()->addRow(tr("Liable party named in the clue"), m_partyProbe);
    extraArea()->addWidget(m_warning);

    resize(720, std::min(height(), 660)); // the form scrolls: the dialog fits a 700-pixel-high screen
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &NewClueDialog::checkForSimilarCases);
    for (const QString &key : {u"site"_s, u"title"_s})
        if (FieldEditor *e = editor(key))
            connect(e, &FieldEditor::edited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_partyProbe, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
}

bool NewClueDialog::hasTypedSomething() const
{
    return CommandDialog::hasTypedSomething() || !m_partyProbe->text().trimmed().isEmpty();
}

QString NewClueDialog::similarCasesWarning() const { return m_warning->isVisible() ? m_warning->text() : QString(); }

void NewClueDialog::checkForSimilarCases()
{
    // Probes: the site, the party's name and the title as typed; the search covers the titles, parties,
    // addresses and descriptions of every case (storage/searchindex.h).
    QStringList probes{m_partyProbe->text().trimmed()};
    for (const QString &key : {u"site"_s, u"title"_s})
        if (FieldEditor *e = editor(key))
            probes << e->value().toString().trimmed();
    probes.removeIf([](const QString &p) { return p.size() < MinimumProbe; });
    QStringList lines;
    if (auto rows = m_service.reader().similarCases(probes, 5))
        for (const domain::CaseRow &r : rows.value())
            lines << u"%1　%2（%3）"_s.arg(r.number, r.title, domain::stageDisplayName(r.stage));
    if (lines.isEmpty()) {
        m_warning->hide();
        return;
    }
    m_warning->setText(tr("A case about the same site or party may already exist — check before registering it again:")
                       + u"\n"_s + lines.join(u'\n'));
    m_warning->show();
}

} // namespace ecoclaim::ui
