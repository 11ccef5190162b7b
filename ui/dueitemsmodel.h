#pragma once
// The dashboard's rows: what is due, as a table. A thin typed adapter over service::dueItems().

#include "core/service/dashboard.h"

#include <QAbstractTableModel>

namespace ecoclaim::ui {

class DueItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DueOn, Status, CaseNumber, Title, Deadline, Why, Article, ColumnCount };

    explicit DueItemsModel(QObject *parent = nullptr);

    void setItems(QList<service::DueItem> items);
    const QList<service::DueItem> &items() const { return m_items; }
    qint64 caseIdAt(const QModelIndex &index) const;
    int count(service::DueStatus status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<service::DueItem> m_items;
};

} // namespace ecoclaim::ui
