#include "ui/accounts/approvalspanel.h"
#include "core/domain/dateformat.h"

#include "core/domain/lifecycle.h"
#include "core/service/caseservice.h"
#include "core/service/casenotifier.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::ui {

namespace {
// Who may press the buttons: the unit head (the service checks the case's unit), or anyone on a database
// without accounts. The service decides in the end; this only spares others buttons that always refuse.
bool mayDecide(const service::CaseService &service)
{
    const auto &access = service.access();
    if (access.mode() == service::Access::Mode::Open)
        return true;
    return access.account() && access.account()->role == Role::UnitHead;
}

QString localTime(const QString &stored)
{
    QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t.isValid() ? domain::displayTimestamp(t) : stored;
}
} // namespace

ApprovalsPanel::ApprovalsPanel(service::CaseService &service, qint64 caseId, QDate today, QWidget *parent)
    : QWidget(parent), m_service(service), m_caseId(caseId), m_today(today)
{
    setObjectName(u"approvals"_s);
    m_title = new QLabel(this);
    m_title->setStyleSheet(u"font-weight: bold;"_s);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"approvalsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Decision proposed"), tr("Proposed by"), tr("Proposed at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (m_caseId != 0) {
        m_table->hideColumn(0); // the case is the page's
        m_table->setMaximumHeight(110);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"refusalReason"_s);
    m_reason->setPlaceholderText(tr("Reason for refusing (required to refuse)"));
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(u"approve"_s);
    m_refuse = new QPushButton(tr("Refuse"), this);
    m_refuse->setObjectName(u"refuse"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"approvalMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(m_caseId ? 4 : 0, 4, m_caseId ? 4 : 0, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    const bool decides = mayDecide(m_service);
    m_reason->setVisible(decides);
    m_approve->setVisible(decides);
    m_refuse->setVisible(decides);
    if (m_caseId != 0)
        setStyleSheet(u"ecoclaim--ui--ApprovalsPanel { background: #fff8e1; }"_s);
    setAttribute(Qt::WA_StyledBackground);

    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPanel::approveSelected);
    connect(m_refuse, &QPushButton::clicked, this, &ApprovalsPanel::refuseSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_proposals.size())
            Q_EMIT caseActivated(m_proposals.at(row).caseId);
    });
    connect(&m_service.notifier(), &service::CaseNotifier::caseChanged, this, [this](qint64 id) {
        if (m_caseId == 0 || id == m_caseId)
            reload();
    });
    reload();
}

void ApprovalsPanel::reload()
{
    auto pending = m_service.reader().proposals(true);
    m_proposals.clear();
    if (pending)
        for (const Proposal &p : pending.value())
            if (m_caseId == 0 || p.caseId == m_caseId)
                m_proposals << p;
    m_table->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const Proposal &p = m_proposals.at(row);
        const CommandSpec *spec = findCommand(p.command);
        const QStringList cells{p.caseNumber, spec ? spec->titleText() : p.command,
                                m_service.reader().person(p.proposedBy).nameWithLogin(), localTime(p.proposedAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    if (!m_proposals.isEmpty() && m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(0);
    const bool decides = mayDecide(m_service);
    m_title->setText(m_proposals.isEmpty() ? tr("No decision is waiting for approval.")
                     : decides ? tr("Waiting for your approval: %n decision(s)", nullptr, int(m_proposals.size()))
                               : tr("Waiting for the unit head's approval: %n decision(s)", nullptr, int(m_proposals.size())));
    m_approve->setEnabled(!m_proposals.isEmpty());
    m_refuse->setEnabled(!m_proposals.isEmpty());
    if (m_caseId != 0)
        setVisible(!m_proposals.isEmpty() || !m_message->isHidden());
    if (!pending)
        tell(pending.errorString(), true);
}

qint64 ApprovalsPanel::selectedProposal() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    return row < m_proposals.size() ? m_proposals.at(row).id : 0;
}

void ApprovalsPanel::approveSelected()
{
    const qint64 id = selectedProposal();
    if (id == 0)
        return;
    auto outcome = m_service.approve(id, {}, m_today); // the same call as `ecoclaim-cli approval approve`
    if (!outcome) {
        tell(outcome.errorString(), true);
        return;
    }
    tell(tr("Approved: %1 — %2").arg(outcome->caseNumber, outcome->summary), false);
    reload(); // the notifier told the case too; a panel over every case reloads here
}

void ApprovalsPanel::refuseSelected()
{
    const qint64 id = selectedProposal();
    if (id == 0)
        return;
    // The service requires the reason (and says so): the panel asks it, never refuses on its own.
    auto refused = m_service.refuseProposal(id, m_reason->text(), {}); // as `ecoclaim-cli approval refuse`
    if (!refused) {
        tell(refused.errorString(), true);
        m_reason->setFocus();
        return;
    }
    m_reason->clear();
    tell(tr("Proposal %1 refused.").arg(id), false);
    reload();
}

void ApprovalsPanel::tell(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b00020;"_s : u"color: #1b5e20;"_s);
    m_message->setVisible(!text.isEmpty());
    if (m_caseId != 0)
        setVisible(true);
}

ApprovalsDialog::ApprovalsDialog(service::CaseService &service, QWidget *parent)
    : QDialog(parent), m_panel(new ApprovalsPanel(service, 0, QDate::currentDate(), this))
{
    setWindowTitle(tr("Approvals"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &ApprovalsPanel::caseActivated, this, &ApprovalsDialog::caseActivated);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(close);
    resize(760, 420);
}

void addApprovalsAction(QMenu *menu, service::CaseService &service, QWidget *parent, std::function<void(qint64)> openCase)
{
    if (!service.access().account())
        return;
    QAction *action = menu->addAction(ApprovalsDialog::tr("&Approvals…"), parent, [&service, parent, openCase] {
        ApprovalsDialog dialog(service, parent);
        QObject::connect(&dialog, &ApprovalsDialog::caseActivated, &dialog, [&dialog, openCase](qint64 caseId) {
            dialog.accept();
            openCase(caseId);
        });
        dialog.exec();
    });
    action->setObjectName(u"approvals"_s);
}

} // namespace ecoclaim::ui
