#include "ui/casefile/casefileheader.h"

#include "core/domain/catalogue.h"
#include "core/domain/deadlinekinds.h"
#include "core/domain/nextstep.h"
#include "ui/format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

CaseFileHeader::CaseFileHeader(QWidget *parent)
    : QWidget(parent), m_number(new QLabel(this)), m_title(new QLabel(this)), m_stage(new QLabel(this)),
      m_deadline(new QLabel(this)), m_where(new QLabel(this)), m_actions(new QHBoxLayout), m_more(new QToolButton(this))
{
    m_title->setObjectName(u"caseTitle"_s);
    m_stage->setObjectName(u"caseStage"_s);
    m_deadline->setObjectName(u"nextDeadline"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The deadline and the district · unit wrap rather than widen the window (English unit names run to 60
    // characters; the page fits 1024 pixels, issue 16 part 8).
    m_deadline->setWordWrap(true);
    m_where->setWordWrap(true);
    m_stage->setStyleSheet(u"QLabel { background: #e3f2fd; color: #0d47a1; border-radius: 3px; padding: 2px 8px; }"_s);

    m_more->setObjectName(u"otherActions"_s);
    m_more->setText(tr("Other actions"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(new QMenu(m_more));
    m_more->setToolTip(tr("Every other command the rules allow at this stage (Alt+A)"));

    auto *facts = new QHBoxLayout;
    facts->addWidget(m_number);
    facts->addWidget(m_stage);
    facts->addWidget(m_deadline);
    facts->addWidget(m_where, 1);
    m_actions->addStretch();
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addLayout(m_actions, 1);
    actionsRow->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    layout->addLayout(actionsRow);
}

void CaseFileHeader::show(const domain::CaseFile &f, QDate today, const QHash<QString, QList<domain::Requirement>> &missing)
{
    m_number->setText(u"<b>%1</b>"_s.arg(f.number.toHtmlEscaped()));
    m_title->setText(f.title);
    m_stage->setText(domain::stageDisplayName(f.stage));
    const domain::District *district = domain::findDistrict(f.districtCode);
    const domain::Department *unit = domain::findDepartment(f.unit);
    m_where->setText(u"%1 · %2"_s.arg(district ? district->displayName() : f.districtCode, unit ? unit->displayName() : f.unit));
    if (f.nextDeadlineOn.isValid()) {
        const domain::DeadlineKind *kind = domain::findDeadlineKind(f.nextDeadlineKind);
        const bool overdue = f.nextDeadlineOn < today;
        m_deadline->setText(tr("Next deadline: %1 %2%3")
                                .arg(kind ? kind->displayName() : f.nextDeadlineKind, formatDate(f.nextDeadlineOn),
                                     overdue ? tr(" (overdue)") : QString()));
        m_deadline->setStyleSheet(overdue ? u"color: #c62828; font-weight: bold;"_s : QString());
    } else {
        m_deadline->clear();
    }

    // Rebuild the actions from the table: nothing is hard-wired to a stage here.
    // A command run from one of these buttons or menu entries is still on the stack when the case
    // changes and this is called again: the old ones leave the header now and are deleted later.
    while (m_actions->count() > 1) {
        QLayoutItem *item = m_actions->takeAt(0);
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    QMenu *menu = m_more->menu();
    for (QAction *a : menu->actions()) {
        menu->removeAction(a);
        if (QMenu *group = a->menu()) { // a part of the case: its actions go with it
            group->setParent(nullptr);
            group->deleteLater();
        } else {
            a->setParent(nullptr);
            a->deleteLater();
        }
    }
    if (f.stage == domain::Stage::Archived) {
        auto *readOnly = new QLabel(tr("Archived — read only (%1)").arg(domain::art(42).toString()), this);
        readOnly->setObjectName(u"readOnly"_s);
        readOnly->setStyleSheet(u"color: #555; font-style: italic;"_s);
        m_actions->insertWidget(0, readOnly);
        m_more->setEnabled(false);
        return;
    }
    int position = 0;
    QSet<QString> onButtons;
    for (const domain::CommandSpec *spec : domain::nextSteps(f, today)) {
        // Blocked: first the step that unblocks it, from the table's preconditions (nextstep.h).
        if (const QList<domain::Requirement> still = missing.value(spec->name); !still.isEmpty()) {
            const domain::Unblocking u = domain::unblockingStep(*spec, f, today);
            if (u.step && !onButtons.contains(u.step->name)) {
                auto *first = new QPushButton(tr("%1 (needed before “%2”)").arg(u.step->titleText(), spec->titleText()), this);
                first->setObjectName(u"action_"_s + u.step->name);
                first->setProperty("unblocks", spec->name);
                QStringList lines{tr("“%1” is blocked:").arg(spec->titleText())};
                for (const domain::Requirement &r : u.because)
                    lines << u"• "_s + r.problem.toString();
                lines << tr("This step records what is missing.");
                first->setToolTip(lines.join(u'\n'));
                QFont bold = first->font();
                bold.setBold(true);
                first->setFont(bold);
                connect(first, &QPushButton::clicked, this, [this, name = u.step->name] { Q_EMIT commandRequested(name); });
                m_actions->insertWidget(position++, first);
                onButtons.insert(u.step->name);
            }
        }
        if (onButtons.contains(spec->name))
            continue;
        auto *button = new QPushButton(spec->titleText(), this);
        button->setObjectName(u"action_"_s + spec->name);
        const QList<domain::Requirement> still = missing.value(spec->name);
        if (!still.isEmpty()) {
            QStringList lines{tr("Still required:")};
            for (const domain::Requirement &r : still)
                lines << u"• "_s + r.problem.toString();
            button->setToolTip(lines.join(u'\n'));
            // Still clickable: what the probe cannot judge (the dates to be typed) the dialog will.
            button->setText(u"⚠ "_s + spec->titleText());
            button->setProperty("ready", false);
        }
        connect(button, &QPushButton::clicked, this, [this, name = spec->name] { Q_EMIT commandRequested(name); });
        m_actions->insertWidget(position++, button);
        onButtons.insert(spec->name);
    }
    // The other commands, grouped by the part of the case they concern (nextstep.h), in the table's order.
    QHash<QString, QList<const domain::CommandSpec *>> byGroup;
    for (const domain::CommandSpec *spec : domain::commandsAvailableIn(f.stage))
        if (!onButtons.contains(spec->name))
            byGroup[domain::actionGroupOf(spec->name).key] << spec;
    for (const domain::ActionGroup &group : domain::actionGroups()) {
        const QList<const domain::CommandSpec *> specs = byGroup.value(group.key);
        if (specs.isEmpty())
            continue;
        QMenu *sub = menu->addMenu(group.titleText());
        sub->setObjectName(u"group_"_s + group.key);
        for (const domain::CommandSpec *spec : specs) {
            QAction *a = sub->addAction(spec->titleText());
            a->setObjectName(u"action_"_s + spec->name);
            connect(a, &QAction::triggered, this, [this, name = spec->name] { Q_EMIT commandRequested(name); });
        }
    }
    m_more->setEnabled(!menu->isEmpty());
}

void CaseFileHeader::triggerNextStep()
{
    // The first step the rules allow now, else the first step (its dialog will say what is missing).
    QPushButton *first = nullptr;
    for (int i = 0; i < m_actions->count(); ++i) {
        auto *b = qobject_cast<QPushButton *>(m_actions->itemAt(i)->widget());
        if (!b)
            continue;
        if (b->property("ready").isNull()) {
            b->click();
            return;
        }
        if (!first)
            first = b;
    }
    if (first)
        first->click();
}

void CaseFileHeader::showOtherActions()
{
    if (m_more->isEnabled())
        m_more->showMenu();
}

} // namespace ecoclaim::ui
