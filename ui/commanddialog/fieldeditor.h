#pragma once
// One input of a command dialog, made from the FieldSpec of the lifecycle table: the widget that suits
// the field's type (a date edit with a calendar, an amount in 元 with its 大写 beside it, a list from the
// catalogue, a credit code or ID number checked as it is typed) and the message under it. The editor
// knows how to turn what was typed into the JSON value the command expects; the rules themselves stay
// in core — the checks here are the same core functions the service runs again.

#include "core/domain/casefile.h"
#include "core/domain/lifecycle.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace ecoclaim::ui {

class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    // `file` (may be null) gives the parties a Party field chooses from; `today` bounds past dates.
    FieldEditor(const domain::FieldSpec &spec, const domain::CaseFile *file, QDate today, QWidget *parent = nullptr);

    const domain::FieldSpec &spec() const { return m_spec; }
    // The value for the command, or an undefined QJsonValue when nothing was given.
    QJsonValue value() const;
    // What is wrong with the typed text now ("" when nothing): checked as the caseworker types.
    QString typingProblem() const;
    bool isEmpty() const { return value().isUndefined(); }
    // Fills the field with what the case file holds now (a correction starts from the current values);
    // the value then counts as unchanged until the caseworker changes it.
    void setInitialValue(const QJsonValue &value);
    // Filled with the value on file and not changed since: the command does not send it again.
    bool isUnchanged() const { return !m_initial.isUndefined() && value() == m_initial; }
    // Shows a message under the field (a problem the service reported for it); empty clears it.
    void showProblem(const QString &message);
    QWidget *input() const { return m_input; }

Q_SIGNALS:
    void edited();

private:
    void build(const domain::CaseFile *file);
    void buildChoice(const QList<QPair<QString, QVariant>> &items);
    void updateFeedback();

    domain::FieldSpec m_spec;
    QDate m_today;
    QWidget *m_input = nullptr;
    QCheckBox *m_given = nullptr; // an optional date: whether it is given
    QLabel *m_hint = nullptr;    // 大写 of an amount
    QLabel *m_message = nullptr; // what is wrong
    QJsonValue m_initial = QJsonValue::Undefined; // the value on file it was filled with
};

} // namespace ecoclaim::ui
