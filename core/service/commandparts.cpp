#include "core/service/commandparts.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

namespace {
// The commands whose preconditions or handler read evidence, papers (and their services) or liability
// shares. Found by reading core/domain/lifecycle_*.cpp and core/service/handlers_*.cpp for every use of
// CaseFile::evidence, papers and shares and the helpers over them (materialOnFile, hasEvidenceOf,
// paperOnFile, dependantsOf, shareOf); the check described in commandparts.h guards the list.
const QSet<QString> &commandsReadingTheVolume()
{
    static const QSet<QString> commands{
        u"archive_case"_s,           // 第四十二条: the investigation, appraisal, consultation… material on file; services proved
        u"issue_paper"_s,            // the paper of this type and subject already issued (handlers_papers.cpp)
        u"supersede_paper"_s,        // the current numbered paper to supersede
        u"serve_paper"_s,            // the paper served, its printed dates, the receipt among the evidence
        u"record_liability_share"_s, // the shares on the same basis within the whole
        u"remove_party"_s,           // papers addressed to the party, its share
    };
    return commands;
}

QSet<QString> &declaredWrongly()
{
    static QSet<QString> commands;
    return commands;
}
} // namespace

storage::CaseRepository::Parts partsReadBy(const QString &command)
{
    if (commandsReadingTheVolume().contains(command) && !declaredWrongly().contains(command))
        return storage::CaseRepository::Parts::ForCommands;
    return storage::CaseRepository::Parts::ForDeadlines;
}

WrongPartsDeclarationForTest::WrongPartsDeclarationForTest(const QString &command)
    : m_command(command)
{
    declaredWrongly().insert(command);
}

WrongPartsDeclarationForTest::~WrongPartsDeclarationForTest()
{
    declaredWrongly().remove(m_command);
}

} // namespace ecoclaim::service
