#pragma once
// The cases behind one bar of the statistics page: number, title, district, unit, stage, claim; a double
// click (or Enter) opens the case in the window.

#include "core/domain/caselistpage.h"

#include <QDialog>

class QTableWidget;

namespace ecoclaim::ui {

class BarCasesDialog : public QDialog
{
    Q_OBJECT
public:
    BarCasesDialog(const QString &heading, const QList<domain::CaseRow> &rows, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QList<qint64> caseIds() const { return m_ids; }

Q_SIGNALS:
    void caseActivated(qint64 caseId);

private:
    QTableWidget *m_table;
    QList<qint64> m_ids;
};

} // namespace ecoclaim::ui
