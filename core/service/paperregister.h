#pragma once
// The papers of a case file (卷内文件): every paper EcoClaim generates is filed here with its number,
// date, version and the SHA-256 of its PDF and ODT bytes (kept in the file store beside the database,
// storage/filestore.h), so any version can be reprinted byte for byte. Regenerating a paper files a new
// version and keeps the old ones; the number of a paper stays the same across its versions.
//
// Filing is one BEGIN IMMEDIATE transaction, like a lifecycle command: the case is read, refused if
// archived (Art. 42: the volume is closed), the number is taken from the yearly series of the paper type
// and unit, the paper is rendered with that number (the renderer is core/documents' — this layer only
// sees bytes), the bytes are stored, the row written, and the timeline event and audit entry recorded
// (caseevent.h). A failure anywhere leaves no row and no number used.
//
// Service (送达) of a paper is recorded here too — except the consultation notice, whose service is the
// lifecycle command serve_consultation_notice (it starts the 90-day clock of Art. 22 and checks the lead
// of Art. 19); core/documents routes it there so there is one service date, not two.

#include "core/domain/casefile.h"
#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>

#include <functional>

namespace ecoclaim::service {

class CaseService;

// What is asked for: which paper of which case, and how it is numbered.
struct PaperRequest
{
    QString caseReference; // id or case number
    QString paperType;     // key of core/documents/papertypes.h
    QString subject;       // which party, notice or round the paper concerns ("" for the case)
    QString title;         // 《…》 as filed
    QString numberPrefix;  // "沪浦环损磋告"; empty: the paper carries no number
    bool draft = false;    // a marked draft: filed, never numbered
    QDate datedOn;         // 成文日期
    QJsonObject parameters; // what the caseworker gave for this paper (meeting day, place…)
};

// The number and version the renderer prints.
struct PaperNumbering
{
    QString docNo; // 沪浦环损磋告〔2025〕3号, or empty
    int version = 1;
    QDate datedOn;
};

struct PaperBytes
{
    QByteArray pdf, odt;
    int pages = 0;
};

using PaperRenderer = std::function<domain::Result<PaperBytes>(const domain::CaseFile &, const PaperNumbering &)>;

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

    // Renders (through `render`, called once inside the transaction) and files a new version.
    domain::Result<FiledPaper> file(const PaperRequest &request, const PaperRenderer &render, const QString &actor);

    domain::Result<QList<FiledPaper>> papersOf(qint64 caseId) const; // by type, subject, version
    domain::Result<FiledPaper> paper(qint64 documentId) const;
    domain::Result<QList<PaperService>> servicesOf(qint64 documentId) const;

    // Records the service of a filed paper (not the consultation notice: see above). The date may not
    // lie in the future or before the paper's date.
    domain::Result<PaperService> recordService(const PaperService &service, const QString &actor, QDate today);

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
