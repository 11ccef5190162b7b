#include "core/documents/papertemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
// Translations of this file live in the context ecoclaim::Papers (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Papers)
};

namespace mustache = kainjow::mustache;

mustache::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object{mustache::data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            // An empty text is left out, so {{#x}}…{{/x}} skips it (Mustache counts any string as true).
            if (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())
                continue;
            object.set(it.key().toStdString(), toData(it.value()));
        }
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list{mustache::data::type::list};
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return mustache::data{value.toBool()};
    default:
        return mustache::data{value.toString().toStdString()};
    }
}
} // namespace

domain::Result<QString> paperTemplate(const QString &typeId, const QString &overrideFolder)
{
    const QString fileName = typeId + u".mustache"_s;
    QString path = u":/papers/"_s + fileName;
    if (!overrideFolder.isEmpty() && QFile::exists(QDir(overrideFolder).filePath(fileName)))
        path = QDir(overrideFolder).filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Problem{u"template"_s, Tr::tr("The template %1 cannot be read.").arg(path), {}};
    return QString::fromUtf8(file.readAll());
}

domain::Result<QString> renderTemplate(const QString &templateText, const QVariantMap &values, const QString &name,
                                       const QString &overrideFolder)
{
    mustache::mustache tmpl{templateText.toStdString()};
    if (!tmpl.is_valid())
        return domain::Problem{u"template"_s, Tr::tr("The template %1 is not valid Mustache: %2")
                                                  .arg(name, QString::fromStdString(tmpl.error_message())), {}};
    mustache::data data = toData(values);
    // Partials shared by the papers: resources/papers/_NAME.mustache is {{> NAME}} (a unit's folder may
    // replace it too).
    for (const char *partial : {"amount_table"}) {
        auto text = paperTemplate(u"_"_s + QString::fromLatin1(partial), overrideFolder);
        if (!text)
            return text.problems();
        const std::string body = text.value().toStdString();
        data.set(partial, mustache::partial{[body]() { return body; }});
    }
    const std::string html = tmpl.render(data);
    if (!tmpl.error_message().empty())
        return domain::Problem{u"template"_s, Tr::tr("The template %1 could not be filled: %2")
                                                  .arg(name, QString::fromStdString(tmpl.error_message())), {}};
    return QString::fromStdString(html);
}

} // namespace ecoclaim::documents
