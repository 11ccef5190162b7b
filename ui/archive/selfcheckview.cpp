#include "ui/archive/selfcheckview.h"

#include "core/archive/selfcheck.h"
#include "core/service/caseservice.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

SelfCheckView::SelfCheckView(service::CaseService &service, const QString &caseNumber, QWidget *parent)
    : QWidget(parent), m_service(service), m_case(caseNumber)
{
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    auto *again = new QPushButton(tr("Check again"), this);
    connect(again, &QPushButton::clicked, this, &SelfCheckView::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_list);
    layout->addWidget(again, 0, Qt::AlignLeft);
    refresh();
}

QString SelfCheckView::verdict() const { return m_verdict->text(); }

void SelfCheckView::refresh()
{
    auto file = m_service.reader().caseFile(m_case);
    if (!file) {
        m_list->clear();
        m_verdict->setText(file.errorString());
        return;
    }
    showFor(file.value(), QDate::currentDate());
}

void SelfCheckView::showFor(const domain::CaseFile &file, QDate today)
{
    m_list->clear();
    const archive::SelfCheck check = archive::archiveSelfCheck(file, today);
    if (check.archived)
        m_verdict->setText(tr("The case is archived: its file is frozen (Art. 42)."));
    else if (check.ready())
        m_verdict->setText(tr("Nothing is missing: the case file can be archived."));
    else
        m_verdict->setText(tr("The case file cannot be archived yet. Missing:"));
    for (const domain::Problem &p : check.missing.list())
        m_list->addItem(p.article.isNull() ? p.message : tr("%1 (%2)", "a problem and its article").arg(p.message, p.article.toString()));
}

} // namespace ecoclaim::ui
