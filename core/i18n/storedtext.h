#pragma once
// Texts the program wrote into the database in the language of the desk that ran the command — a
// timeline event's summary ("Payment received: 120,000.00 yuan" / "收到赔偿金：120,000.00元"), a deadline's
// explanation — shown in the language of the desk that reads them. The stored text stays as it is (it is
// the record); only what the window shows is translated: the text is matched against the messages of the
// given translation contexts, in English (their source) and in Chinese (the compiled zh_CN translation,
// read from its .qm file), and written again from the other language's form with the same values. Values
// that are ISO dates are written as the language writes dates (core/domain/dateformat.h's forms). A text no
// message matches is returned unchanged.

#include <QString>
#include <QStringList>

namespace ecoclaim::i18n {

QString storedTextShown(const QString &stored, const QStringList &contexts);

} // namespace ecoclaim::i18n
