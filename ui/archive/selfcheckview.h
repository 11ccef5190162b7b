#pragma once
// The pre-archive self-check of one case (Art. 42): what archiving would be refused for now, one line
// each with its article, or that the case is ready (or already archived). Refresh after any change.

#include "core/domain/casefile.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class SelfCheckView : public QWidget
{
    Q_OBJECT
public:
    SelfCheckView(service::CaseService &service, const QString &caseNumber, QWidget *parent = nullptr);
    void refresh(); // reads the case, then showFor()
    void showFor(const domain::CaseFile &file, QDate today);
    QListWidget *list() const { return m_list; }
    QString verdict() const;

private:
    service::CaseService &m_service;
    QString m_case;
    QLabel *m_verdict;
    QListWidget *m_list;
};

} // namespace ecoclaim::ui
