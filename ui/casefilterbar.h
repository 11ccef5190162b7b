#pragma once
// The filters above the case list: stage, district, handling unit, overdue only, major cases only.
// Writes them into a CaseListFilter (core answers the query) and remembers them between sessions.

#include "core/domain/caselistpage.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace ecoclaim::ui {

class CaseFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    // Sets the stage, district, unit, overdue and major parts of `filter`; leaves the rest.
    void applyTo(domain::CaseListFilter &filter) const;
    void save() const;    // QSettings list/filter/*
    void restore();       // without emitting changed()
    void clear();

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_stage, *m_district, *m_unit;
    QCheckBox *m_overdue, *m_major;
};

} // namespace ecoclaim::ui
