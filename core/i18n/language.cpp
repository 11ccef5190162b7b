#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ecoclaim::i18n {

QString savedLanguage()
{
    return QSettings().value(u"language"_s, u"zh_CN"_s).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(u"language"_s, language);
}

QString installTranslators(QCoreApplication &app, QString language)
{
    if (language.isEmpty())
        language = qEnvironmentVariable("ECOCLAIM_LANG");
    if (language.isEmpty())
        language = savedLanguage();
    if (language != u"en"_s)
        language = u"zh_CN"_s;
    QLocale::setDefault(QLocale(language == u"en"_s ? u"en_GB"_s : u"zh_CN"_s));

    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/ecoclaim_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (dialog buttons, context menus) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Translations not yet merged into the .ts files (translations/pending/*.tsv, compiled by
    // scripts/screenshots.sh) can be previewed on top: the translator installed last is asked first.
    if (const QString extra = qEnvironmentVariable("ECOCLAIM_EXTRA_QM"); !extra.isEmpty() && language != u"en"_s) {
        auto *pending = new QTranslator(&app);
        if (pending->load(extra))
            QCoreApplication::installTranslator(pending);
    }
    return language;
}

} // namespace ecoclaim::i18n
