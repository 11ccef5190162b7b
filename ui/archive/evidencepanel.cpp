#include "ui/archive/evidencepanel.h"
#include "core/domain/dateformat.h"

#include "core/domain/evidencekinds.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/archive/evidencedialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

EvidencePanel::EvidencePanel(service::CaseService &service, const QString &caseNumber, QWidget *parent)
    : QWidget(parent), m_service(service), m_case(caseNumber)
{
    setAcceptDrops(true);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Title"), tr("Kind"), tr("Dated"), tr("Pages"), tr("Size"), tr("Added by"), tr("Added")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setAcceptDrops(false); // the panel takes the drop
    m_add = new QPushButton(tr("Add a file…"), this);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(u"openEvidence"_s); // the case page's right-click menu clicks it (ui/casefile/casemenus.h)
    connect(m_add, &QPushButton::clicked, this, [this] { addFiles({QString()}); });
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &EvidencePanel::openSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(&m_service.notifier(), &service::CaseNotifier::caseChanged, this, [this](qint64 id) {
        if (m_follows && id == m_caseId)
            reload();
    });
    reload();
}

void EvidencePanel::reload()
{
    auto file = m_service.reader().caseFile(m_case);
    if (!file) {
        m_list->clear();
        return;
    }
    showFor(file.value());
}

void EvidencePanel::showFor(const domain::CaseFile &file)
{
    m_caseId = file.id;
    m_list->clear();
    // Art. 42: an archived file is frozen; the service refuses, the panel says so up front.
    m_archived = file.stage == domain::Stage::Archived;
    m_add->setEnabled(!m_archived);
    m_add->setToolTip(m_archived ? tr("The case is archived: its file can no longer change (Art. 42).") : QString());
    const QLocale locale;
    for (const domain::EvidenceItem &e : file.evidence) {
        const domain::Choice *kind = domain::findChoice(domain::evidenceKinds(), e.kind);
        auto *item = new QTreeWidgetItem(m_list, {e.title, kind ? kind->displayName() : e.kind, domain::displayDate(e.datedOn),
                                                  e.pages > 0 ? QString::number(e.pages) : QString(), locale.formattedDataSize(e.size),
                                                  e.addedBy, domain::displayTimestamp(e.addedAt)});
        item->setData(0, Qt::UserRole, e.sha256);
        item->setData(0, Qt::UserRole + 1, e.originalName);
        item->setToolTip(0, u"SHA-256 %1"_s.arg(e.sha256));
    }
    m_open->setEnabled(!file.evidence.isEmpty());
}

void EvidencePanel::addFiles(const QStringList &paths)
{
    if (m_archived)
        return;
    bool added = false;
    for (const QString &path : paths) {
        EvidenceDialog dialog(m_service, m_case, path, this);
        if (dialog.exec() == QDialog::Accepted)
            added = true;
    }
    if (added)
        emit evidenceAdded(); // the list follows the notifier
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_archived && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Let the drag finish before a modal dialog opens.
    QMetaObject::invokeMethod(this, [this, paths] { addFiles(paths); }, Qt::QueuedConnection);
}

void EvidencePanel::openSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    // A read-only copy under its original name (so the viewer knows its type); the stored file stays untouched.
    auto bytes = m_service.reader().evidenceBytes(m_caseId, item->data(0, Qt::UserRole).toString());
    if (!bytes)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/ecoclaim-open"_s;
    QDir().mkpath(folder);
    const QString path = folder + u'/' + item->data(0, Qt::UserRole).toString().left(8) + u'-'
        + item->data(0, Qt::UserRole + 1).toString();
    QFile copy(path);
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        copy.write(bytes.value());
        copy.close();
        copy.setPermissions(QFileDevice::ReadOwner);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

} // namespace ecoclaim::ui
