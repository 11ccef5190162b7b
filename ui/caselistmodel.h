#pragma once
// The case list as a table model that reads pages by key through the service's reader (casereader.h)
// as the view scrolls (canFetchMore/fetchMore): each page is a short finished query, the rows are kept
// here, never a SQL model left half-fetched (docs/ARCHITECTURE.md, "Storage").

#include "core/domain/caselistpage.h"
#include "core/domain/result.h"

#include <QAbstractTableModel>

namespace ecoclaim::service {
class CaseReader;
}

namespace ecoclaim::ui {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Title, District, Unit, Stage, Parties, NextDeadline, Claimed, LastChange, ColumnCount };

    explicit CaseListModel(const service::CaseReader &reader, QObject *parent = nullptr);

    void setRequest(const domain::CaseListRequest &request); // resets and reads the first page
    const domain::CaseListRequest &request() const { return m_request; }
    qint64 totalCount() const { return m_total; }
    qint64 caseIdAt(const QModelIndex &index) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

public Q_SLOTS:
    void reload();

private:
    domain::Result<QList<domain::CaseRow>> readPage(); // the page after the rows held

    const service::CaseReader &m_reader;
    domain::CaseListRequest m_request;
    QList<domain::CaseRow> m_rows;
    bool m_atEnd = false;
    bool m_changing = false; // a reset or an insertion is being announced
    qint64 m_total = 0;
    QString m_error;
};

} // namespace ecoclaim::ui
