#pragma once
// The one dialog for every lifecycle command: built from the command's CommandSpec (fields, article,
// preconditions), it asks exactly what the command needs, checks each field as it is typed, and on OK
// hands the command to CaseService::execute. A refusal keeps the dialog open with everything typed, puts
// each field's problem under that field and lists every unmet precondition with its article; the dialog
// grows by what it shows rather than squeezing the form, and as the caseworker corrects a field the
// command is checked again (CaseService::check) so a problem fixed clears at once (issue 16 ¶5). The
// payment dialog shows what is due, paid and owed per instalment. Commands that end a claim or a case
// ask for confirmation first.

#include "core/domain/casefile.h"
#include "core/domain/lifecycle.h"
#include "core/service/caseservice.h"

#include <QDialog>
#include <QJsonObject>
#include <QSet>

class QLabel;
class QDialogButtonBox;
class QFormLayout;
class QScrollArea;
class QVBoxLayout;

namespace ecoclaim::ui {

class FieldEditor;

class CommandDialog : public QDialog
{
    Q_OBJECT
public:
    // `file` is the case the command is for; null for register_clue (a new case). `today` is the day the
    // command is judged on.
    CommandDialog(service::CaseService &service, const domain::CommandSpec &spec, const domain::CaseFile *file,
                  QDate today = QDate::currentDate(), QWidget *parent = nullptr);

    const domain::CommandSpec &spec() const { return m_spec; }
    // The command as typed so far.
    QJsonObject command() const;
    // After Accepted: what the service did.
    const service::CommandOutcome &outcome() const { return m_outcome; }
    FieldEditor *editor(const QString &key) const;
    // The refusal shown now (empty when none): one line per unmet precondition, with its article.
    QString refusalText() const;
    // Whether the command ends a claim or a case for good (asks for confirmation before executing).
    static bool isIrreversible(const domain::CommandSpec &spec);

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    QFormLayout *form() const { return m_form; }        // for dialogs that add a row (new clue)
    QVBoxLayout *extraArea() const { return m_extra; }  // under the form
    virtual bool hasTypedSomething() const;

private:
    void showRefusal(const domain::Problems &problems);
    // Shows `problems` in the refusal box and under their fields (empty: the box hides).
    void showProblems(const QList<domain::Problem> &problems);
    // After a refusal: the command checked again as typed now; the problems that are gone clear.
    void recheck();
    // Grows the dialog so that what a refusal added does not take room from the form.
    void growFor(int formBefore, int viewportBefore);
    // Fills the fields with the case file's current values (a correction; `chosen`: the payment or party).
    void fillFromFile(const QJsonObject &chosen);

    service::CaseService &m_service;
    const domain::CommandSpec &m_spec;
    std::optional<domain::CaseFile> m_file;
    QDate m_today;
    QList<FieldEditor *> m_editors;
    QFormLayout *m_form;
    QLabel *m_refusal;
    QWidget *m_formWidget = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<domain::Problem> m_shown; // the problems of the last refusal still standing
    QSet<QString> m_watched;        // the fields the last refusal named: checked again as they are edited
    QVBoxLayout *m_extra;
    QDialogButtonBox *m_buttons;
    service::CommandOutcome m_outcome;
};

} // namespace ecoclaim::ui
