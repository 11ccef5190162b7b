#include "ui/myworkview.h"
#include "ui/fitwidth.h"

#include "core/domain/catalogue.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/casefile/casefileview.h"
#include "ui/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
enum Column { Section, Due, Case, What, Article, Action, PutOff, ColumnCount };
}

MyWorkView::MyWorkView(service::CaseService &service, std::function<CaseFileView *(qint64)> openCase, QDate asOf, QWidget *parent)
    : QWidget(parent), m_service(service), m_openCase(std::move(openCase)), m_asOf(new QDateEdit(asOf, this)),
      m_district(new QComboBox(this)), m_unit(new QComboBox(this)), m_showSnoozed(new QCheckBox(tr("Show items put off"), this)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(u"myWork"_s);
    m_asOf->setObjectName(u"myWorkAsOf"_s);
    m_asOf->setCalendarPopup(true);
    m_district->setObjectName(u"myWorkDistrict"_s);
    m_district->addItem(tr("All districts"), QString());
    for (const domain::District &d : domain::districts())
        m_district->addItem(d.displayName(), d.code);
    m_unit->setObjectName(u"myWorkUnit"_s);
    m_unit->addItem(tr("All units"), QString());
    for (const domain::Department &d : domain::departments())
        m_unit->addItem(d.displayName(), d.key);
    m_showSnoozed->setObjectName(u"myWorkShowSnoozed"_s);
    keepNarrow(m_district, 10); // ui/fitwidth.h: the bar fits 1024 pixels in English
    keepNarrow(m_unit, 12);

    m_table->setObjectName(u"myWorkTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Due"), tr("Case"), tr("What is to be done"), tr("Article"),
                                        tr("Action that settles it"), tr("Put off")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(Section, 120);
    m_table->horizontalHeader()->resizeSection(Due, 110);
    m_table->horizontalHeader()->resizeSection(Case, 140);
    m_table->horizontalHeader()->resizeSection(Article, 90);
    m_table->horizontalHeader()->resizeSection(Action, 200);
    m_table->horizontalHeader()->resizeSection(PutOff, 160);
    widenToTitles(m_table->horizontalHeader());
    fitDateColumn(m_table, Due);

    auto *doIt = new QPushButton(tr("&Do it"), this);
    doIt->setObjectName(u"myWorkDoIt"_s);
    doIt->setToolTip(tr("Open the case and the step that settles the item (Enter)"));
    auto *putOff = new QPushButton(tr("&Put off…"), this);
    putOff->setObjectName(u"myWorkPutOff"_s);
    putOff->setToolTip(tr("Put the item off until a later day, with the reason (recorded in the audit log)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(new QLabel(tr("District"), this));
    bar->addWidget(m_district);
    bar->addWidget(new QLabel(tr("Unit"), this));
    bar->addWidget(m_unit);
    bar->addWidget(m_showSnoozed);
    bar->addStretch(1);
    bar->addWidget(doIt);
    bar->addWidget(putOff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &MyWorkView::refresh);
    connect(m_district, &QComboBox::currentIndexChanged, this, &MyWorkView::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MyWorkView::refresh);
    connect(m_showSnoozed, &QCheckBox::toggled, this, &MyWorkView::refresh);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &i) { settle(i.row()); });
    connect(doIt, &QPushButton::clicked, this, [this] { settle(m_table->currentRow()); });
    connect(putOff, &QPushButton::clicked, this, &MyWorkView::askSnooze);
    service::CaseNotifier &notifier = m_service.notifier();
    connect(&notifier, &service::CaseNotifier::caseChanged, this, &MyWorkView::refresh);
    connect(&notifier, &service::CaseNotifier::caseAdded, this, &MyWorkView::refresh);
    connect(&notifier, &service::CaseNotifier::casesReset, this, &MyWorkView::refresh);
    refresh();
}

void MyWorkView::refresh()
{
    service::WorkQuery query;
    query.asOf = m_asOf->date();
    query.districtCode = m_district->currentData().toString();
    query.unit = m_unit->currentData().toString();
    query.includeSnoozed = m_showSnoozed->isChecked();
    auto items = m_service.reader().myWork(query);
    m_items = items ? items.value() : QList<service::WorkItem>{};
    m_summary->setText(items ? tr("%n item(s) to do", nullptr, int(m_items.size())) : items.errorString());
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const service::WorkItem &w = m_items.at(r);
        // A deadline's item is "kind — explanation", the explanation as stored: shown in this desk's language.
        const qsizetype dash = w.what.indexOf(u" — "_s);
        const QString what = dash < 0 ? w.what : w.what.left(dash + 3) + shownExplanation(w.what.mid(dash + 3));
        const QStringList cells{service::workSectionName(w.section), w.due.isValid() ? formatDate(w.due) : QString(),
                                w.caseNumber, w.title.isEmpty() ? what : u"%1\n%2"_s.arg(what, w.title), shownArticle(w.article),
                                w.actionText,
                                w.snoozedUntil.isValid() ? tr("until %1: %2").arg(formatDate(w.snoozedUntil), w.snoozeReason) : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (w.section == service::WorkSection::Overdue && c <= Due)
                cell->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeRowsToContents();
}

bool MyWorkView::settle(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const service::WorkItem w = m_items.at(row);
    if (w.action == u"approve") {
        // A decision waiting for approval (issue 17 ¶4): approve it, or refuse it with the reason.
        QMessageBox box(QMessageBox::Question, tr("Decision waiting for approval"), w.what, QMessageBox::Cancel, this);
        QPushButton *approve = box.addButton(tr("Approve"), QMessageBox::AcceptRole);
        QPushButton *refuse = box.addButton(tr("Refuse…"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == approve) {
            auto done = m_service.approve(w.proposalId, m_service.actorFor({}), m_asOf->date());
            if (!done)
                QMessageBox::warning(this, tr("Approve"), done.errorString());
            return bool(done);
        }
        if (box.clickedButton() == refuse) {
            const QString reason = QInputDialog::getText(this, tr("Refuse"), tr("Why is the decision refused?"));
            if (reason.trimmed().isEmpty())
                return false;
            auto s = m_service.refuseProposal(w.proposalId, reason, m_service.actorFor({}));
            if (!s)
                QMessageBox::warning(this, tr("Refuse"), s.errorString());
            return bool(s);
        }
        return false;
    }
    CaseFileView *view = m_openCase ? m_openCase(w.caseId) : nullptr;
    if (!view || w.action.isEmpty())
        return view != nullptr;
    return view->runCommand(w.action);
}

QString MyWorkView::snooze(int row, QDate until, const QString &reason)
{
    if (row < 0 || row >= m_items.size())
        return tr("Choose an item first.");
    const service::WorkItem &w = m_items.at(row);
    auto s = service::snoozeWorkItem(m_service, QString::number(w.caseId), w.key, until, reason, m_service.actorFor({}),
                                     m_asOf->date());
    return s ? QString() : s.errorString(); // the notifier refreshes the list
}

void MyWorkView::askSnooze()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"putOffDialog"_s);
    dialog.setWindowTitle(tr("Put off"));
    auto *until = new QDateEdit(m_asOf->date().addDays(1), &dialog);
    until->setObjectName(u"until"_s);
    until->setCalendarPopup(true);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(u"reason"_s);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(u"color: #b00020;"_s);
    error->setWordWrap(true);
    error->hide();
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(m_items.at(row).what, &dialog));
    form->addRow(tr("Until"), until);
    form->addRow(tr("Reason"), reason);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString refusal = snooze(row, until->date(), reason->text());
        if (refusal.isEmpty()) {
            dialog.accept();
            return;
        }
        error->setText(refusal);
        error->show();
        dialog.adjustSize(); // the dialog grows for the message instead of squeezing its fields
    });
    connect(reason, &QLineEdit::textChanged, error, &QWidget::hide); // the error clears once fixed
    dialog.exec();
}

void addMyWorkPage(QMenu *viewMenu, QTabWidget *tabs, service::CaseService &service, std::function<CaseFileView *(qint64)> openCase)
{
    QAction *show = viewMenu->addAction(QCoreApplication::translate("ecoclaim::ui::MyWorkView", "&My work"));
    show->setObjectName(u"showMyWork"_s);
    show->setShortcut(QKeySequence(QCoreApplication::translate("ecoclaim::ui::MyWorkView", "Ctrl+Shift+W")));
    QObject::connect(show, &QAction::triggered, tabs, [tabs, &service, openCase] {
        for (int i = 0; i < tabs->count(); ++i)
            if (qobject_cast<MyWorkView *>(tabs->widget(i))) {
                tabs->setCurrentIndex(i);
                return;
            }
        auto *page = new MyWorkView(service, openCase, QDate::currentDate(), tabs);
        tabs->setCurrentIndex(tabs->addTab(page, QCoreApplication::translate("ecoclaim::ui::MyWorkView", "My work")));
    });
}

} // namespace ecoclaim::ui
