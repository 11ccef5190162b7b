#pragma once
// The write half of each command: what rows a command adds or changes once the lifecycle table has
// allowed it. Handlers only write; all checking happened before (domain/lifecycle.cpp). Each returns
// the one-line summary shown on the timeline.

#include "core/domain/lifecycle.h"
#include "core/storage/caserepository.h"
#include "core/storage/contenthash.h"

#include <QHash>

namespace ecoclaim::service {

// A file put into the store before the command's transaction (add_evidence), recorded by its handler.
struct StoredUpload
{
    storage::ContentDigest digest;
    QString mediaType, originalName;
    int pages = 0; // counted for PDFs
};

struct PaperWork;

struct HandlerContext
{
    storage::CaseRowWriter &repository; // the writing half: only the service has one
    const domain::CaseFile &file;       // as it was before the command
    const domain::CommandInput &input;
    qint64 caseId = 0;                  // set by register_clue for a new case
    QList<storage::Change> changes;
    QString summary;                    // for the timeline; defaults to the command's title
    bool searchTextChanged = false;     // title, parties, site or description touched
    const StoredUpload *upload = nullptr; // the command's file, already in the store
    QString actor;
    PaperWork *papers = nullptr;        // issue_paper / supersede_paper: the composer and what was rendered
    QList<qint64> papersFiled;          // the documents a paper command filed (or found unchanged)
    std::optional<domain::Stage> stageAfter; // a handler that sets the stage itself (take_back_step)
};

using Handler = domain::Status (*)(HandlerContext &);

// All handlers by command name; a test checks that every command of the table has one.
const QHash<QString, Handler> &handlers();

// Copies the given input fields (present ones only) into column values, money as fen.
QVariantMap columnsFrom(const domain::CommandInput &input, std::initializer_list<std::pair<const char *, const char *>> fieldToColumn);

void registerIntakeHandlers(QHash<QString, Handler> &map);
void registerClaimHandlers(QHash<QString, Handler> &map);
void registerEnforcementHandlers(QHash<QString, Handler> &map); // handlers_enforcement.cpp
void registerRecordHandlers(QHash<QString, Handler> &map);      // handlers_records.cpp (issue 14)
void registerPaperHandlers(QHash<QString, Handler> &map); // handlers_papers.cpp
void registerCorrectionHandlers(QHash<QString, Handler> &map); // handlers_corrections.cpp (issue 16)
void registerTakeBackHandler(QHash<QString, Handler> &map);    // handlers_takeback.cpp (issue 16)

} // namespace ecoclaim::service
