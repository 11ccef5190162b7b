#include "ui/casefile/casemenus.h"

#include "core/domain/lifecycle.h"
#include "core/domain/outputfile.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/archive/archivedialogs.h"
#include "ui/archive/evidencepanel.h"
#include "ui/casefile/casefileheader.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/casesection.h"
#include "ui/papers/documentssection.h"
#include "ui/papers/paperbatchdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
// The nearest ancestor of `w` (itself included) that is a T, below `top`.
template <typename T>
T *enclosing(QWidget *w, QWidget *top)
{
    for (; w && w != top; w = w->parentWidget())
        if (auto *t = qobject_cast<T *>(w))
            return t;
    return nullptr;
}

QWidget *namedAncestor(QWidget *w, QWidget *top, const QString &name)
{
    for (; w && w != top; w = w->parentWidget())
        if (w->objectName() == name)
            return w;
    return nullptr;
}

// A read-only copy of `bytes` in the temporary folder under `name`, opened with the desktop's viewer
// (as the evidence panel opens a file: the stored bytes are never handed to an editor).
void openCopy(const QByteArray &bytes, const QString &name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/ecoclaim-open"_s;
    QDir().mkpath(folder);
    QFile copy(folder + u'/' + name);
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    copy.write(bytes);
    copy.close();
    copy.setPermissions(QFileDevice::ReadOwner);
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy.fileName()));
}

void say(QWidget *parent, const QString &title, const QString &text, QMessageBox::Icon icon)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(u"caseMenuMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

CaseMenus::CaseMenus(CaseFileView *view, service::CaseService &service) : QObject(view), m_view(view), m_service(service)
{
    setObjectName(u"caseMenus"_s);
}

CaseMenus *CaseMenus::install(CaseFileView *view, service::CaseService &service)
{
    auto *menus = new CaseMenus(view, service);
    view->installEventFilter(menus);
    return menus;
}

bool CaseMenus::eventFilter(QObject *watched, QEvent *event)
{
    // A right click that no part of the page took (a line edit keeps its own menu) arrives at the page.
    if (watched != m_view || event->type() != QEvent::ContextMenu)
        return false;
    auto *e = static_cast<QContextMenuEvent *>(event);
    QWidget *clicked = m_view->childAt(e->pos());
    // The row under the pointer becomes the current one, as a left click would make it.
    if (auto *tree = enclosing<QTreeWidget>(clicked, m_view)) {
        if (QTreeWidgetItem *item = tree->itemAt(tree->viewport()->mapFrom(m_view, e->pos())))
            tree->setCurrentItem(item);
    } else if (auto *table = enclosing<QTableView>(clicked, m_view)) {
        const QModelIndex index = table->indexAt(table->viewport()->mapFrom(m_view, e->pos()));
        if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), {}))
            table->selectRow(index.row());
    }
    QMenu *menu = menuFor(clicked ? clicked : m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(e->globalPos());
    return true;
}

QMenu *CaseMenus::menuFor(QWidget *clicked)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(u"caseContextMenu"_s);
    if (QWidget *papers = namedAncestor(clicked, m_view, u"papers"_s))
        addPaperActions(menu, papers);
    else if (auto *evidence = enclosing<EvidencePanel>(clicked, m_view))
        addEvidenceActions(menu, evidence);
    else if (QWidget *timeline = namedAncestor(clicked, m_view, u"timelineView"_s))
        addTimelineActions(menu, timeline);
    else if (auto *section = enclosing<CaseSection>(clicked, m_view))
        addSectionActions(menu, section);
    if (!menu->isEmpty())
        menu->addSeparator();
    addCaseActions(menu);
    return menu;
}

void CaseMenus::addPaperActions(QMenu *menu, QWidget *papers)
{
    auto *section = enclosing<DocumentsSection>(papers, m_view);
    if (!section)
        return;
    const qint64 id = section->selectedDocument();
    QStyle *style = m_view->style();
    QAction *open = menu->addAction(style->standardIcon(QStyle::SP_FileIcon), tr("Open the filed PDF"), section, [section, id] {
        // The PDF exactly as filed (the same bytes "Save as PDF" writes), in a read-only copy.
        auto bytes = section->office().reprint(id, u"pdf"_s);
        if (bytes)
            openCopy(bytes.value(), u"paper-%1.pdf"_s.arg(id));
    });
    open->setObjectName(u"paperOpen"_s);
    menu->addAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("Save as PDF…"), section, [section] { section->saveSelected(u"pdf"_s); })
        ->setObjectName(u"paperSavePdf"_s);
    menu->addAction(tr("Save as ODT…"), section, [section] { section->saveSelected(u"odt"_s); })->setObjectName(u"paperSaveOdt"_s);
    for (const auto &[button, text, name] : {std::tuple{u"serve"_s, tr("Record service…"), u"paperServe"_s},
                                             std::tuple{u"supersede"_s, tr("Correct under a new number…"), u"paperSupersede"_s}}) {
        auto *b = section->findChild<QPushButton *>(button);
        if (!b)
            continue;
        QAction *a = menu->addAction(text, b, &QPushButton::click);
        a->setObjectName(name);
        a->setEnabled(b->isEnabled());
    }
    for (QAction *a : menu->actions())
        if (a->objectName() != u"paperServe" && a->objectName() != u"paperSupersede")
            a->setEnabled(id != 0);
    menu->addSeparator();
    menu->addAction(tr("Preview the paper chosen in the form…"), section, &DocumentsSection::preview)->setObjectName(u"paperPreview"_s);
    menu->addAction(style->standardIcon(QStyle::SP_DialogApplyButton), tr("Print the paper chosen in the form…"), section, &DocumentsSection::print)
        ->setObjectName(u"paperPrint"_s);
}

void CaseMenus::addEvidenceActions(QMenu *menu, QWidget *panel)
{
    auto *evidence = qobject_cast<EvidencePanel *>(panel);
    const QTreeWidgetItem *item = evidence->list()->currentItem();
    const QString sha = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (auto *openButton = evidence->findChild<QPushButton *>(u"openEvidence"_s)) {
        QAction *open = menu->addAction(m_view->style()->standardIcon(QStyle::SP_FileIcon), tr("Open"), openButton, &QPushButton::click);
        open->setObjectName(u"evidenceOpen"_s);
        open->setEnabled(item);
    }
    QAction *check = menu->addAction(tr("Check against its fingerprint"), this, [this, sha] { checkEvidence(sha); });
    check->setObjectName(u"evidenceVerify"_s);
    check->setEnabled(item);
    QAction *copy = menu->addAction(tr("Copy the SHA-256 fingerprint"), this, [sha] { QGuiApplication::clipboard()->setText(sha); });
    copy->setObjectName(u"evidenceCopyHash"_s);
    copy->setEnabled(item);
}

void CaseMenus::checkEvidence(const QString &sha256)
{
    // The reader hands out a file's bytes only when they still match the fingerprint taken when it was added.
    auto bytes = m_service.reader().evidenceBytes(m_view->caseId(), sha256);
    if (bytes)
        say(m_view, tr("Evidence checked"),
            tr("The file is intact: its %1 match the SHA-256 fingerprint %2 recorded when it was added.")
                .arg(QLocale().formattedDataSize(bytes->size()), sha256),
            QMessageBox::Information);
    else
        say(m_view, tr("Evidence checked"), bytes.errorString(), QMessageBox::Warning);
}

void CaseMenus::addTimelineActions(QMenu *menu, QWidget *table)
{
    auto *view = qobject_cast<QTableView *>(table);
    if (!view)
        return;
    QAction *copy = menu->addAction(m_view->style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Copy the rows selected"), this, [view] {
        // One line per row, its columns separated by tabs (pastes into a spreadsheet as cells).
        QStringList lines;
        QModelIndexList rows = view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        const QAbstractItemModel *model = view->model();
        for (const QModelIndex &row : rows) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c) {
                // The last column (the changes) shortens long lists; its tooltip holds all of them.
                const QModelIndex cell = model->index(row.row(), c);
                const QString whole = c == model->columnCount() - 1 ? cell.data(Qt::ToolTipRole).toString() : QString();
                cells << QString(whole.isEmpty() ? cell.data().toString() : whole).replace(u'\n', u"; "_s);
            }
            lines << cells.join(u'\t');
        }
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    copy->setObjectName(u"timelineCopy"_s);
    copy->setEnabled(view->selectionModel() && view->selectionModel()->hasSelection());
}

void CaseMenus::addSectionActions(QMenu *menu, QWidget *sectionWidget)
{
    auto *section = qobject_cast<CaseSection *>(sectionWidget);
    menu->addAction(tr("Copy this part's text"), this, [section] { QGuiApplication::clipboard()->setText(section->contentText()); })
        ->setObjectName(u"sectionCopy"_s);
    if (section->objectName() == u"parties" && m_view->caseFile().stage != domain::Stage::Archived) {
        // The same dialogs as the header's "Other actions" (CaseFileView::runCommand).
        for (const auto &[command, name] : {std::pair{u"add_party"_s, u"partyAdd"_s}, std::pair{u"correct_party"_s, u"partyCorrect"_s}})
            if (const domain::CommandSpec *spec = domain::findCommand(command))
                menu->addAction(spec->titleText() + u"…"_s, m_view, [view = m_view, command] { view->runCommand(command); })
                    ->setObjectName(name);
    }
}

void CaseMenus::addCaseActions(QMenu *menu)
{
    QStyle *style = m_view->style();
    CaseFileHeader *header = m_view->header();
    const bool archived = m_view->caseFile().stage == domain::Stage::Archived;
    QAction *next = menu->addAction(style->standardIcon(QStyle::SP_ArrowForward), tr("Next step"), header, &CaseFileHeader::triggerNextStep);
    next->setObjectName(u"caseNextStep"_s);
    next->setShortcut(QKeySequence(tr("Ctrl+Return")));
    next->setEnabled(!archived);
    QAction *more = menu->addAction(tr("Other actions…"), header, &CaseFileHeader::showOtherActions);
    more->setObjectName(u"caseOtherActions"_s);
    more->setShortcut(QKeySequence(tr("Alt+A")));
    more->setEnabled(!archived);
    menu->addSeparator();
    // The main window's Papers and Export entries, for this case (ui/mainwindow_volume.cpp).
    menu->addAction(style->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Papers for this case…"), m_view, [this] {
            PaperBatchDialog dialog(m_service, {m_view->caseId()}, m_view);
            dialog.exec();
        })->setObjectName(u"casePapers"_s);
    menu->addAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("Export the case archive…"), m_view, [this] {
            ArchiveExportDialog dialog(m_service, m_view->caseFile().number, m_view);
            dialog.exec();
        })->setObjectName(u"caseExport"_s);
    menu->addAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("Open the export folder"), m_view, [] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(domain::defaultExportFolder()));
        })->setObjectName(u"caseOpenFolder"_s);
}

} // namespace ecoclaim::ui
