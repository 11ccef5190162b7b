#pragma once
// The papers of a case as commands (issue_paper, supersede_paper: core/domain/lifecycle_papers.cpp).
// The service never sees a template or a font: the papers module (core/documents) gives it a
// PaperComposer, which plans the papers one command issues (one notice and one receipt per liable party…),
// fills a paper's text for a given number, and lays the text out as PDF and ODT.
//
// Rendering stays out of the write lock: CaseService::execute plans, numbers (as it expects the
// numbers to be), composes and renders every paper before BEGIN IMMEDIATE and puts the bytes into the
// file store. Inside the transaction the handler plans and composes again — filling text is cheap — with
// the numbers really taken; where the text is the same (the usual case: nobody numbered a paper of the
// series in between, the case did not change) the bytes rendered outside are recorded, otherwise the
// paper is rendered again inside the lock (counted in `renderedInLock`, which the benchmark reports). The
// number printed is always the number the transaction took, and a refused command uses no number.

#include "core/domain/casefile.h"
#include "core/domain/lifecycle.h"
#include "core/domain/result.h"
#include "core/domain/contentdigest.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>

class QSqlDatabase; // only passed through: the papers module above never touches SQL

namespace ecoclaim::storage {
class Database;
}

namespace ecoclaim::service {

// One paper a command files.
struct PaperJob
{
    QString paperType, subject; // subject resolved: "party:2", "round:1", "" for the case
    QString title;              // as filed: the paper's Chinese title
    QString numberPrefix;       // "沪奉环损磋告"; empty: the paper carries no number
    bool draft = false;         // a marked draft: never numbered
    QDate datedOn;              // 成文日期 (the act's date, else the day of issue)
    QJsonObject parameters;     // what the paper printed from the caseworker (meeting day, time, place…)
    int accompanies = -1;       // a receipt: the index of the notice job whose number it prints
    QString frozenAs;           // "signed" when the paper records a signed act (the agreement after signing)
    bool correction = false;    // supersedes the paper on file (what was served of that one does not apply)
};

// The number and version a paper is composed with.
struct PaperNumbering
{
    QString docNo; // 沪浦环损磋告〔2025〕3号, or empty
    int version = 1;
    QString accompaniedNo; // for a receipt: the notice's number
    bool operator==(const PaperNumbering &) const = default;
};

// A paper's filled text, ready to be laid out; `sha256` identifies its content (title, text, draft mark).
struct ComposedText
{
    QString html, title;
    bool draft = false;
    QString sha256;
};

struct PaperBytes
{
    QByteArray pdf, odt;
    int pages = 0;
};

class PaperComposer
{
public:
    virtual ~PaperComposer() = default;
    // The papers an issue_paper command files on this case, each with its subject, date, title and
    // prefix; refused (every missing value named) when one cannot be issued.
    virtual domain::Result<QList<PaperJob>> plan(const domain::CaseFile &file, const domain::CommandInput &input) const = 0;
    virtual domain::Result<ComposedText> compose(const domain::CaseFile &file, const PaperJob &job,
                                                 const PaperNumbering &numbering) const = 0;
    virtual domain::Result<PaperBytes> render(const ComposedText &text) const = 0;
};

// A paper rendered before the transaction: the text it was laid out from and its stored bytes.
struct PreparedPaper
{
    PaperNumbering numbering;
    QString contentSha256;
    domain::ContentDigest pdf, odt;
    int pages = 0;
};

// What the service hands the paper handlers (handlers_papers.cpp).
struct PaperWork
{
    const PaperComposer *composer = nullptr;
    const storage::Database *database = nullptr; // whose file store keeps the bytes
    QHash<QString, PreparedPaper> prepared; // by "type|subject"
    int renderedInLock = 0;                 // papers whose text changed under the lock (rendered again)
};

// Renders the papers `input` would issue on `file` before the write transaction (outside the lock) into
// work.prepared; whatever fails here is left for the transaction to do or refuse.
void preparePapers(const QSqlDatabase &db, const domain::CaseFile &file, const domain::CommandInput &input, PaperWork &work);

inline QString paperKey(const QString &type, const QString &subject) { return type + u'|' + subject; }

// 沪浦环损磋告〔2025〕3号: the year in full inside 六角括号, the serial without 第 and without leading
// zeros (GB/T 9704-2012 §7.2.5).
QString documentNumber(const QString &prefix, int year, int serial);

} // namespace ecoclaim::service
