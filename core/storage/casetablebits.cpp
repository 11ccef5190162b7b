#include "core/storage/casetablebits.h"

namespace ecoclaim::storage {

int bitOfTable(QStringView table)
{
    if (table == u"instalments")
        table = u"agreements";
    else if (table == u"document_services")
        table = u"documents";
    for (std::size_t bit = 0; bit < tablesWithBits.size(); ++bit)
        if (table == QStringView(tablesWithBits.at(bit)))
            return int(bit);
    return -1;
}

} // namespace ecoclaim::storage
