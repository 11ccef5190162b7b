#include "core/storage/pdfpages.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Pdf)
};
} // namespace

int pdfPageCount(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF-"))
        return 0;
    // Latin-1 keeps every byte one character, so binary streams cannot break the patterns.
    const QString text = QString::fromLatin1(bytes);
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    int pages = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages;
    if (pages > 0)
        return pages;
    static const QRegularExpression count(u"/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b"_s);
    for (auto it = count.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        pages = std::max(pages, (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt());
    }
    return pages;
}

QString pdfStructureProblem(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF-"))
        return Tr::tr("it does not start with a PDF header");
    const QByteArray tail = bytes.right(1024);
    if (!tail.contains("%%EOF"))
        return Tr::tr("it has no end-of-file marker (truncated?)");
    if (!tail.contains("startxref"))
        return Tr::tr("it has no cross-reference pointer");
    if (pdfPageCount(bytes) < 1)
        return Tr::tr("no page could be found in it");
    return {};
}

} // namespace ecoclaim::storage
