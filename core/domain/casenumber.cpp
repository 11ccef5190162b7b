#include "core/domain/casenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

std::optional<ProgramCaseNumber> parseProgramCaseNumber(const QString &number)
{
    static const QRegularExpression form(u"^(\\d{4})-(\\d{6})-(\\d{4,})$"_s);
    const auto m = form.match(number);
    if (!m.hasMatch())
        return std::nullopt;
    const int serial = m.captured(3).toInt();
    if (serial <= 0)
        return std::nullopt;
    return ProgramCaseNumber{m.captured(1).toInt(), m.captured(2), serial};
}

int caseNumberYear(const QString &number)
{
    if (const auto p = parseProgramCaseNumber(number))
        return p->year;
    static const QRegularExpression bracketed(u"[〔\\[［(（](\\d{4})[〕\\]］)）]"_s);
    const auto m = bracketed.match(number);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace ecoclaim::domain
