#pragma once
// What a correcting command's fields hold now, from the case file (issue 16): the "correct the case
// details" dialog opens with the case's current values filled in, and the payment and party
// corrections with the chosen payment's or party's. Values are as the command takes them (dates ISO,
// money in yuan, choices by key, a party by its number), so a field left as it was is not sent again.

#include "core/domain/casefile.h"

#include <QJsonObject>

namespace ecoclaim::domain {

// The current values of `command`'s fields for `file`. `chosen` names the record a correction is about
// ({"payment": 2}, {"party": 1}); an empty object when the command corrects nothing or none is chosen.
QJsonObject valuesOnFile(const QString &command, const CaseFile &file, const QJsonObject &chosen = {});

} // namespace ecoclaim::domain
