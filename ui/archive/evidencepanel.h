#pragma once
// The Evidence section of one case file: the files added to it (title, kind, date, pages, size, who
// added them), added through a dialog or by dropping files on the list, opened from a read-only copy
// (the stored original is never handed to an editor). Reads the case file and the bytes through the
// service's CaseReader; re-reads when CaseNotifier says its case changed, unless the case file view
// that holds it hands it the case instead (setFollowsNotifier(false)).

#include "core/domain/casefile.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    EvidencePanel(service::CaseService &service, const QString &caseNumber, QWidget *parent = nullptr);

    void reload(); // reads the case, then showFor()
    void showFor(const domain::CaseFile &file);
    void setFollowsNotifier(bool follows) { m_follows = follows; }
    // Opens the dialog for each file in turn (drag-and-drop ends here).
    void addFiles(const QStringList &paths);
    QTreeWidget *list() const { return m_list; }

signals:
    void evidenceAdded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openSelected();

    service::CaseService &m_service;
    QString m_case;
    qint64 m_caseId = 0; // known once read
    bool m_follows = true;
    QTreeWidget *m_list;
    QPushButton *m_add, *m_open;
    bool m_archived = false;
};

} // namespace ecoclaim::ui
