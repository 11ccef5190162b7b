#include "ui/reportsmenu.h"
#include "core/domain/outputfile.h"

#include "core/reports/annualreport.h"
#include "core/reports/reportoutput.h"
#include "core/reports/supervisionledger.h"
#include "core/service/caseservice.h"
#include "ui/reportview.h"
#include "ui/disclosuredialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::ReportsMenu)
};

// Asks where to save; the XLSX goes beside the PDF under the same name. Empty: cancelled.
QString askPdfPath(QWidget *parent, const QString &title, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, title, domain::defaultExportPath(suggested), Tr::tr("PDF (*.pdf)"));
}

QString xlsxBeside(const QString &pdf)
{
    QString xlsx = pdf;
    xlsx.replace(QRegularExpression(u"\\.pdf$"_s), u".xlsx"_s);
    return xlsx == pdf ? pdf + u".xlsx"_s : xlsx;
}

void showOutcome(QWidget *parent, const QString &title, const domain::Problems &problems, const QString &pdf)
{
    if (!problems.isEmpty()) {
        QMessageBox::warning(parent, title, problems.toString());
        return;
    }
    QMessageBox::information(parent, title, Tr::tr("Saved %1 and %2.").arg(pdf, xlsxBeside(pdf)));
}

// The report in the window (its numbers lead to their cases), saved as PDF and XLSX from there.
// The annual report opens on last year (due by 31 January, Art. 36 ¶2); the screening results on this
// year so far (Art. 36 ¶1 asks for them "as required": the period is the caseworker's to choose).
void showReport(QWidget *parent, service::CaseService &service, reports::ReportKind kind,
                const std::function<void(qint64)> &openCase)
{
    const QDate today = QDate::currentDate();
    auto *view = kind == reports::ReportKind::Annual
                     ? new ReportView(service, kind, QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31), openCase, parent)
                     : new ReportView(service, kind, QDate(today.year(), 1, 1), today, openCase, parent);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    view->showReport();
}

void supervisionLedger(QWidget *parent, service::CaseService &service)
{
    const QString title = Tr::tr("Supervision ledger of major cases (Art. 39)");
    const QString pdf = askPdfPath(parent, title, Tr::tr("major-case-ledger-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (pdf.isEmpty())
        return;
    const QString xlsx = xlsxBeside(pdf);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    domain::Problems problems;
    auto ledger = reports::supervisionLedger(service.reader(), {});
    if (!ledger)
        problems = ledger.problems();
    else if (auto pages = reports::writeLedgerPdf(ledger.value(), {}, pdf); !pages)
        problems = pages.problems();
    else if (auto s = reports::writeLedgerSheets(ledger.value(), xlsx, {}); !s)
        problems = s.problems();
    QApplication::restoreOverrideCursor();
    showOutcome(parent, title, problems, pdf);
}
void disclosure(QWidget *parent, service::CaseService &service)
{
    bool ok = false;
    const QString caseNo = QInputDialog::getText(parent, Tr::tr("Disclosure text (Art. 35)"), Tr::tr("Case number:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || caseNo.isEmpty())
        return;
    DisclosureDialog dialog(service, caseNo, parent);
    dialog.exec();
}
} // namespace

void addReportsMenu(QMenuBar *bar, QWidget *parent, service::CaseService &service, std::function<void(qint64)> openCase)
{
    QMenu *menu = bar->addMenu(Tr::tr("&Reports"));
    menu->setObjectName(u"reportsMenu"_s);
    menu->addAction(Tr::tr("&Annual report…"), parent,
                    [parent, &service, openCase] { showReport(parent, service, reports::ReportKind::Annual, openCase); })
        ->setObjectName(u"annualReport"_s);
    menu->addAction(Tr::tr("&Clue screening results…"), parent,
                    [parent, &service, openCase] { showReport(parent, service, reports::ReportKind::Screening, openCase); })
        ->setObjectName(u"screeningReport"_s);
    menu->addAction(Tr::tr("&Supervision ledger of major cases…"), parent, [parent, &service] { supervisionLedger(parent, service); })
        ->setObjectName(u"supervisionLedger"_s);
    menu->addAction(Tr::tr("&Disclosure text of a case…"), parent, [parent, &service] { disclosure(parent, service); })
        ->setObjectName(u"disclosure"_s);
}

} // namespace ecoclaim::ui
