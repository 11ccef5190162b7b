#pragma once
// The register of a case file's papers (卷内文件), read side: every version of every paper with its number,
// date, the SHA-256 of its PDF and ODT bytes (kept in the file store beside the database,
// storage/filestore.h), whether it is frozen (served or signed) or superseded, and its services, so any
// version can be reprinted byte for byte.
//
// Every change of the register is a command through CaseService::execute (core/domain/lifecycle_papers.cpp:
// issue_paper, supersede_paper, serve_paper; handlers in handlers_papers.cpp): one transaction, the
// timeline event and the audit entry, like every other change of a case.

#include "core/domain/casefile.h"
#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>

#include <functional>

namespace ecoclaim::service {

class CaseService;

// One row of the register.
struct FiledPaper
{
    qint64 id = 0, caseId = 0;
    QString caseNumber, paperType, subject, docNo, title;
    int version = 0;
    QDate datedOn;
    bool draft = false;
    QString pdfSha256, odtSha256;
    int pages = 0;
    QString createdBy, createdAt;
    QJsonObject parameters;
    QString contentSha256, frozen, supersedeReason;
    qint64 supersededBy = 0;
    bool isCurrent() const { return supersededBy == 0; }
};

struct PaperService
{
    qint64 id = 0, documentId = 0;
    QString method; // direct, mail, left, electronic, public_notice (catalogue serviceMethods)
    QDate servedOn;
    QString recipient;
    qint64 proofEvidenceId = 0; // 0: none
    QString note, recordedBy, recordedAt;
};

class PaperRegister
{
public:
    explicit PaperRegister(CaseService &service);
    Q_DISABLE_COPY_MOVE(PaperRegister)

    domain::Result<QList<FiledPaper>> papersOf(qint64 caseId) const; // by type, subject, version
    domain::Result<FiledPaper> paper(qint64 documentId) const;
    domain::Result<QList<PaperService>> servicesOf(qint64 documentId) const;

    // Art. 42: nothing is added to an archived case file. Empty when papers may be added.
    static domain::Problems closedVolume(const domain::CaseFile &file);

    // The path of the file store beside this database.
    QString storeRoot() const;
    // The stored bytes of a version ("pdf" or "odt"), checked against their hash.
    domain::Result<QByteArray> bytesOf(const FiledPaper &paper, const QString &format) const;

private:
    CaseService &m_service;
};

// The consultation notice's paper type: served only through serve_consultation_notice.
inline constexpr char16_t consultationNoticeType[] = u"consultation_notice";

} // namespace ecoclaim::service
