#include "casepageshots.h"

#include "core/domain/caselistpage.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/casefile/casefileview.h"
#include "ui/commanddialog/commanddialog.h"
#include "ui/commanddialog/fieldeditor.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecoclaim {

namespace {
// The first case in the list with an agreement in instalments and money still owed.
qint64 caseWithInstalments(const service::CaseReader &reader)
{
    for (const domain::Stage stage : {domain::Stage::Agreement, domain::Stage::Restoration, domain::Stage::Evaluation, domain::Stage::Litigation}) {
        domain::CaseListRequest request;
        request.filter.stage = stage;
        request.sort = domain::CaseSort::CaseNumber;
        request.descending = false;
        request.limit = 200;
        auto rows = reader.casePage(request);
        if (!rows)
            continue;
        for (const auto &row : rows.value()) {
            auto file = reader.caseFile(row.id);
            if (!file || file->outstanding().fen() == 0)
                continue;
            for (const domain::Agreement &a : file->agreements)
                if (a.instalments.size() > 1)
                    return row.id;
        }
    }
    return 0;
}
} // namespace

bool renderCasePageShots(service::CaseService &service, ui::MainWindow &window,
                         const std::function<bool(QWidget *, const QString &)> &save, const QString &suffix)
{
    const qint64 id = caseWithInstalments(service.reader());
    if (!id)
        return false;
    ui::CaseFileView *view = window.openCase(id);
    bool ok = save(&window, u"case-page-tabs"_s + suffix);
    view->showSection(u"agreement"_s); // a tab's jump
    ok &= save(&window, u"case-page-agreement"_s + suffix);

    // The payment dialog: what is due, paid and owed per instalment; then refused for too much.
    const domain::CaseFile &file = view->caseFile();
    ui::CommandDialog payment(service, *domain::findCommand(u"record_payment"), &file, QDate::currentDate(), &window);
    payment.show();
    ok &= save(&payment, u"dialog-payment"_s + suffix);
    auto *amount = qobject_cast<QLineEdit *>(payment.editor(u"amount"_s)->input());
    amount->setText(domain::Money::fromFen(file.outstanding().fen() + 100'000).toYuanPlain());
    payment.accept(); // refused: the dialog grows by the message
    ok &= save(&payment, u"dialog-payment-refused"_s + suffix);
    payment.hide();

    // A payment of the smallest instalment still owed, done: the status bar says so.
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::CommandDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        qobject_cast<QLineEdit *>(d->editor(u"amount"_s)->input())->setText(u"10000"_s);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    view->runCommand(u"record_payment"_s);
    ok &= save(&window, u"case-page-status"_s + suffix);
    return ok;
}

} // namespace ecoclaim
