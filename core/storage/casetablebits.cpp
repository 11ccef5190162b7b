#include "core/storage/casetablebits.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

QSet<QString> tablesWithoutRows(qint64 tablesWithRows)
{
    QSet<QString> empty;
    for (std::size_t bit = 0; bit < tablesWithBits.size(); ++bit)
        if ((tablesWithRows & (qint64(1) << bit)) == 0)
            empty.insert(QString::fromUtf16(tablesWithBits.at(bit)));
    if (empty.contains(u"agreements"_s))
        empty.insert(u"instalments"_s);
    if (empty.contains(u"documents"_s))
        empty.insert(u"document_services"_s);
    return empty;
}

} // namespace ecoclaim::storage
