#pragma once
// Which parts of the case file a command reads before it changes the case (docs/BENCHMARKS.md, P10).
//
// Every command's stage check, field checks, preconditions, handler and the deadline catalogue after it
// read the case file as it was before the command. The volume's records — evidence, papers with their
// services, liability shares — are read by the rules of only a few commands (the material on file when
// archiving, serving and superseding papers, a party's dependants, shares within the whole) and never by
// the deadline catalogue; the timeline by none. The other commands read the file without them
// (CaseRepository::Parts::ForDeadlines), which spares a command about a third of its case read.
//
// A wrong declaration cannot go unnoticed in the tests: with ECOCLAIM_CHECK_READBACK (every suite's
// SQLite run) each command declared not to read the volume is also run on the file read with it, in a
// savepoint rolled back, and the two runs must give the same refusal or the same outcome, written rows,
// deadline rows and case file (CaseService::executeInTransaction); a difference refuses the command.

#include "core/service/caseservice.h"
#include "core/storage/caserepository.h"

#include <QByteArray>
#include <QString>

namespace ecoclaim::service {

// The parts of the case file read before `command`: ForCommands (everything but the timeline) for a
// command whose rules or handler read the volume's records, ForDeadlines for every other command.
storage::CaseRepository::Parts partsReadBy(const QString &command);

// For tst_commandparts only: declares `command` as not reading the volume while the object lives, to
// show that the check above refuses a wrong declaration.
class WrongPartsDeclarationForTest
{
public:
    explicit WrongPartsDeclarationForTest(const QString &command);
    ~WrongPartsDeclarationForTest();
    Q_DISABLE_COPY_MOVE(WrongPartsDeclarationForTest)

private:
    QString m_command;
};

// What a command stored, for the check: the case file read with every part but the timeline and the
// case's deadline rows, as text, with timestamps (the moment each run wrote) left out.
struct StoredByCommand
{
    QByteArray caseFile, deadlines;
};
domain::Status recordStored(const QSqlDatabase &db, qint64 caseId, StoredByCommand &record);

} // namespace ecoclaim::service
