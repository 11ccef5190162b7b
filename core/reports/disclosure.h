#pragma once
// The disclosure text of a case (信息公开, Art. 35 ¶2: agreements, judgments, the use of funds and the
// restoration effect are made public): basic facts, appraisal, consultation, agreement or judgment, use
// of funds, restoration effect — composed from the case file and passed through the Redactor
// (reports/redaction.h) so that no personal data remains; each replacement is listed for the person who
// reviews the text before it is issued. Issuing (`ecoclaim-cli disclosure CASE --issue`, the window's
// Reports ▸ Disclosure text) files the PDF on the case through the command add_evidence: stored under its
// SHA-256, audited and on the timeline; the title carries the SHA-256 of the text itself.

#include "core/domain/casefile.h"
#include "core/reports/redaction.h"

#include <QJsonObject>

namespace ecoclaim::service {
class CaseReader;
}

namespace ecoclaim::reports {

struct DisclosureSection
{
    QString heading;
    QStringList paragraphs;
};

struct Disclosure
{
    QString caseNo, title;
    QList<DisclosureSection> sections;
    QList<Replacement> replacements;
    QString reviewedBy; // set when issued

    QString text() const;       // the plain text, as the .txt holds it (UTF-8)
    QString textSha256() const; // hex SHA-256 of text() in UTF-8
    QJsonObject toJson() const; // {case_no, title, sections, replacements, sha256}
};

// `extraNames`: natural persons the reviewer adds (a witness named in a summary…), masked like the parties.
Disclosure composeDisclosure(const domain::CaseFile &file, const QStringList &extraNames = {});
domain::Result<Disclosure> composeDisclosure(const service::CaseReader &reader, const QString &caseRef, const QStringList &extraNames = {});

domain::Result<int> writeDisclosurePdf(const Disclosure &disclosure, const QString &path); // pages written
domain::Status writeDisclosureText(const Disclosure &disclosure, const QString &path);

// The add_evidence command that files an issued disclosure's PDF on its case.
QJsonObject issueDisclosureCommand(const Disclosure &disclosure, const QString &pdfPath, QDate issuedOn);

} // namespace ecoclaim::reports
