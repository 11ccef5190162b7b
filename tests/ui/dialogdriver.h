#pragma once
// Driving the command dialogs as a caseworker does: ASCII typed key by key, Chinese committed as an
// input method does it (QTest::keyClicks takes Latin-1 only), dates typed section by section, list
// entries chosen, OK clicked, message boxes answered.

#include "ui/commanddialog/commanddialog.h"
#include "ui/commanddialog/fieldeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace ecoclaim::test {

inline void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(w, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(w, &commit);
        }
    }
}

// An optional date is ticked first; then year, month and day are typed into their sections.
inline void typeDate(ui::CommandDialog &d, const QString &key, QDate date)
{
    using namespace Qt::StringLiterals;
    auto *edit = d.findChild<QDateEdit *>(key);
    QVERIFY2(edit, qPrintable(key));
    if (auto *given = d.findChild<QCheckBox *>(key + u"_given"_s); given && !given->isChecked())
        QTest::mouseClick(given, Qt::LeftButton, {}, QPoint(2, given->height() / 2));
    QVERIFY(edit->isEnabled());
    edit->setFocus();
    // Each section as the field writes it: 2026-11-28, 2026年11月28日 or 28 Nov 2026 (ui/datefields.h).
    const QString format = edit->displayFormat();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, date.toString(u"yyyy"_s));
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    if (format.contains(u"MMM"_s)) { // a month by name: stepped to with the arrow keys
        for (int step = edit->date().month(); step != date.month(); step += date.month() > step ? 1 : -1)
            QTest::keyClick(edit, date.month() > step ? Qt::Key_Up : Qt::Key_Down);
    } else {
        QTest::keyClicks(edit, date.toString(u"MM"_s));
    }
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, date.toString(u"dd"_s));
    QCOMPARE(edit->date(), date);
}

inline void choose(ui::CommandDialog &d, const QString &key, const QVariant &data)
{
    auto *combo = d.findChild<QComboBox *>(key);
    QVERIFY2(combo, qPrintable(key));
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(key));
    combo->setCurrentIndex(i);
}

// Fills one field whatever its widget: a date, a list entry, or text.
inline void fill(ui::CommandDialog &d, const QString &key, const QVariant &value)
{
    QWidget *w = d.findChild<QWidget *>(key);
    QVERIFY2(w, qPrintable(key));
    if (qobject_cast<QDateEdit *>(w))
        typeDate(d, key, value.toDate());
    else if (qobject_cast<QComboBox *>(w))
        choose(d, key, value);
    else
        typeInto(w, value.toString());
}

inline void clickOk(ui::CommandDialog &d)
{
    QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Answers the next message box with `button` as soon as it shows.
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}

} // namespace ecoclaim::test
