#pragma once
// What the report-view suites (tst_reportwindow, tst_screeningview) share: clues registered through the
// real service with what the test knows of them (to compute the expected cases behind a figure on its own),
// and the figure cell of a report table found by its row label and column title.

#include "tests/service/casetestbed.h"

#include <QDate>
#include <QHeaderView>
#include <QJsonObject>
#include <QTableWidget>

namespace ecoclaim::test {

struct RegisteredClue
{
    QString number, district, channel;
    QDate received;
};

// Registers a clue of the district's ecology bureau; returns what the test needs to count it itself.
inline RegisteredClue registerClue(CaseTestbed &bed, const QString &title, const QString &district, const QString &channel,
                                   QDate received)
{
    using namespace Qt::StringLiterals;
    const QJsonObject c{{u"cmd"_s, u"register_clue"_s}, {u"title"_s, title}, {u"district"_s, district},
                        {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, channel},
                        {u"received_on"_s, received.toString(Qt::ISODate)}};
    return RegisteredClue{bed.apply(c), district, channel, received};
}

// The row of `table` whose label (in one line: the view breaks long labels, the whole label is the
// header item's accessible text) is `label`, or -1; the column titled `title`, or -1.
inline int reportRow(const QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r)->data(Qt::AccessibleTextRole).toString() == label)
            return r;
    return -1;
}
inline int reportColumn(const QTableWidget *table, const QString &title)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == title)
            return c;
    return -1;
}

} // namespace ecoclaim::test
