// The main window's actions on papers and archives for the cases chosen: the current case tab, or the
// cases selected in the list. The work itself is in ui/papers and ui/archive (and below them in core).

#include "ui/mainwindow.h"

#include "core/service/caseservice.h"
#include "ui/archive/archivedialogs.h"
#include "ui/archive/signingkeydialog.h"
#include "ui/casefile/casefileview.h"
#include "ui/caselistmodel.h"
#include "ui/papers/paperbatchdialog.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

namespace ecoclaim::ui {

QList<qint64> MainWindow::chosenCaseIds() const
{
    if (auto *view = qobject_cast<CaseFileView *>(m_tabs->currentWidget()))
        return {view->caseId()};
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        if (const qint64 id = m_model->caseIdAt(row); id > 0)
            ids << id;
    if (ids.isEmpty())
        if (const qint64 id = m_model->caseIdAt(m_view->currentIndex()); id > 0)
            ids << id;
    return ids;
}

void MainWindow::paperForSeveralCases()
{
    const QList<qint64> ids = chosenCaseIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Papers"), tr("Select one or more cases in the list first."));
        return;
    }
    PaperBatchDialog dialog(m_service, ids, this);
    dialog.exec();
}

void MainWindow::exportArchive()
{
    const QList<qint64> ids = chosenCaseIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Export the case archive"), tr("Select one or more cases in the list first."));
        return;
    }
    // One dialog per case, one after another: each case is one volume with its own ZIP (Art. 42).
    for (const qint64 id : ids) {
        auto file = m_service.reader().caseFile(QString::number(id));
        if (!file.ok())
            continue;
        ArchiveExportDialog dialog(m_service, file->number, this);
        dialog.exec();
        if (dialog.resultText().isEmpty()) // closed without exporting: the caseworker stops the series
            break;
    }
}

void MainWindow::verifyArchive()
{
    ArchiveVerifyDialog dialog(m_service, {}, this);
    dialog.exec();
}

void MainWindow::manageSigningKey()
{
    SigningKeyDialog dialog(m_service, this);
    dialog.exec();
}

} // namespace ecoclaim::ui
