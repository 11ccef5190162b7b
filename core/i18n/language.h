#pragma once
// Which language EcoClaim speaks. Simplified Chinese is the default — it is what a Shanghai caseworker
// reads; English is complete as well. The choice is a setting ("language": "zh_CN" | "en"), and
// ECOCLAIM_LANG or --lang override it for one run.

#include <QString>

class QCoreApplication;

namespace ecoclaim::i18n {

// Installs the translators for `language` ("zh_CN", "en"; empty: the saved setting, else zh_CN).
// Returns the language actually installed.
QString installTranslators(QCoreApplication &app, QString language = {});

QString savedLanguage();
void saveLanguage(const QString &language);

} // namespace ecoclaim::i18n
