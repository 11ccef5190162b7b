#pragma once
// The papers EcoClaim prints, as data: what each is called on the page, the article it rests on, how it
// is numbered, which part of the case file it speaks about (its subject) and in which stages it makes
// sense. The wording of the papers is not here but in resources/papers/<id>.mustache, which a unit can
// adapt; the data each template receives is assembled by paperdata.h. docs/papers.md lists the fields.

#include "core/domain/article.h"
#include "core/domain/stage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ecoclaim::documents {

// Which part of the case a paper concerns; it is part of the paper's identity in the register, so a
// notice to each liable party, or a record of each round, has its own versions.
enum class PaperSubject {
    Case,      // ""
    Party,     // "party:N" — N is the liable party's number in the case (1, 2, …)
    Round,     // "round:N" — the N-th consultation round
    Appraisal, // "appraisal:N" — the N-th appraisal commissioned
};

struct PaperType
{
    QString id;            // "consultation_notice" — stored in documents.paper_type, used by the CLI
    QString chinese;       // 生态环境损害赔偿磋商告知书 — the title printed and filed
    QString numberCode;    // 磋告 — between the unit's prefix and 〔year〕; empty: no number
    domain::ArticleRef article;
    PaperSubject subject = PaperSubject::Case;
    QList<domain::Stage> stages; // where the paper makes sense (offered first in the window)
    QStringList needs;     // the case data it is filled from, in the caseworker's words (Chinese)
    QStringList parameters; // what the caseworker gives when generating it (CLI --param key=value)

    bool isNumbered() const { return !numberCode.isEmpty(); }
    // The paper's name in the window's language (papertypenames.cpp): the official Chinese title in
    // Chinese, an English name in English. What is printed and filed is always `chinese`.
    QString displayName() const;
    bool makesSenseIn(domain::Stage stage) const { return stages.contains(stage); }
};

// In the order of the case file (reference.md §2.11).
const QList<PaperType> &paperTypes();
const PaperType *findPaperType(QStringView id);

// "party:2" for the second liable party; the subject's number, or 0 when `subject` is not of `kind`.
QString subjectKey(PaperSubject kind, int number);
int subjectNumber(PaperSubject kind, const QString &subject);

} // namespace ecoclaim::documents
