#pragma once
// Registering a clue (Ctrl+N): the register_clue command dialog, plus a warning when the search index
// already holds a case about the same site, with the same party (typed in a look-up field that is not
// stored — parties are added with their codes after registering) or the same title — the same
// pollution is often reported through two of the eleven channels (Art. 12 ¶2).

#include "ui/commanddialog/commanddialog.h"

class QLineEdit;
class QTimer;

namespace ecoclaim::ui {

class NewClueDialog : public CommandDialog
{
    Q_OBJECT
public:
    NewClueDialog(service::CaseService &service, QDate today = QDate::currentDate(), QWidget *parent = nullptr);

    // The warning shown now ("" when no similar case was found).
    QString similarCasesWarning() const;
    // Looks for similar cases at once (the dialog waits for a pause in typing).
    void checkForSimilarCases();

protected:
    bool hasTypedSomething() const override;

private:
    service::CaseService &m_service;
    QLineEdit *m_partyProbe; // not part of the command: only looked up
    QLabel *m_warning;
    QTimer *m_debounce;
};

} // namespace ecoclaim::ui
