#pragma once
// Which encoding a CSV file is in (issue 13 part 6): UTF-8 with a byte-order mark, UTF-8 without one, or
// GB18030 (what Excel for Chinese Windows saves as "CSV"). Detected, never guessed silently: a file that is
// valid UTF-8 is read as UTF-8; one that is not, as GB18030 when every byte of it decodes as such; anything
// else is refused with the place of the first broken byte. The caller says which was used.

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace ecoclaim::importing {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8 with BOM", "UTF-8", "GB18030"
};

domain::Result<DecodedText> decodeText(const QByteArray &bytes);

} // namespace ecoclaim::importing
