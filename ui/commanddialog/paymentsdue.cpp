#include "ui/commanddialog/paymentsdue.h"

#include "core/domain/paymentschedule.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::ui::PaymentsDue)
};

QTableWidgetItem *item(const QString &text, bool number, bool bold = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont f = i->font();
        f.setBold(true);
        i->setFont(f);
    }
    return i;
}
} // namespace

QWidget *makePaymentsDue(const domain::CaseFile &file, QWidget *parent)
{
    const QList<domain::ScheduleLine> lines = domain::paymentSchedule(file);
    if (lines.isEmpty())
        return nullptr;
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 8);
    auto *title = new QLabel(Tr::tr("<b>Due, paid and owed</b> (payments count against the earliest instalment first)"), box);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *table = new QTableWidget(int(lines.size()) + 1, 5, box);
    table->setObjectName(u"instalmentsDue"_s);
    table->setHorizontalHeaderLabels({Tr::tr("Instalment"), Tr::tr("Due on"), Tr::tr("Due (yuan)"), Tr::tr("Paid (yuan)"), Tr::tr("Owed (yuan)")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not through the figures
    domain::Money due, paid;
    for (int r = 0; r < lines.size(); ++r) {
        const domain::ScheduleLine &l = lines.at(r);
        const bool open = l.owed().fen() > 0;
        table->setItem(r, 0, item(l.label(), false));
        table->setItem(r, 1, item(l.dueOn.isValid() ? l.dueOn.toString(Qt::ISODate) : QString(), false));
        table->setItem(r, 2, item(l.due.toYuanString(), true));
        table->setItem(r, 3, item(l.paid.toYuanString(), true));
        table->setItem(r, 4, item(l.owed().toYuanString(), true, open));
        due += l.due;
        paid += l.paid;
    }
    const int total = int(lines.size());
    table->setItem(total, 0, item(Tr::tr("Total"), false, true));
    table->setItem(total, 1, item(QString(), false));
    table->setItem(total, 2, item(due.toYuanString(), true, true));
    table->setItem(total, 3, item(paid.toYuanString(), true, true));
    table->setItem(total, 4, item(domain::Money::fromFen(due.fen() - paid.fen()).toYuanString(), true, true));
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
    // As tall as its rows: the dialog's own scroll area scrolls, never the table inside it.
    int h = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        h += table->rowHeight(r);
    table->setFixedHeight(h);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(table);
    return box;
}

} // namespace ecoclaim::ui
