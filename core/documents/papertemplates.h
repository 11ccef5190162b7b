#pragma once
// The wording of each paper: resources/papers/<type>.mustache (HTML for QTextDocument), compiled in
// and read from ":/papers/", unless the unit's template folder holds its own <type>.mustache. Filled
// with Debian's header-only kainjow Mustache (a well-kept template language, not a home-made one):
// {{name}} is HTML-escaped, so text typed by a caseworker can never become markup.

#include "core/domain/result.h"

#include <QString>
#include <QVariantMap>

namespace ecoclaim::documents {

// The template's text: <overrideFolder>/<typeId>.mustache if present, else the built-in one.
domain::Result<QString> paperTemplate(const QString &typeId, const QString &overrideFolder = {});

// Fills `templateText` with `values` (paperdata.h); a template that does not parse is a problem naming it.
// Partials (resources/papers/_NAME.mustache, or the unit folder's) are available as {{> NAME}}.
domain::Result<QString> renderTemplate(const QString &templateText, const QVariantMap &values, const QString &name = {},
                                       const QString &overrideFolder = {});

} // namespace ecoclaim::documents
