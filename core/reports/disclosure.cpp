#include "core/reports/disclosure.h"

#include "core/documents/officiallayout.h"
#include "core/domain/catalogue.h"
#include "core/service/casereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Disclosure)
};

QString iso(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : Tr::tr("(no date)"); }
QString yuan(const domain::Money &m) { return Tr::tr("%1 yuan").arg(m.toYuanString()); }

QString choiceName(const QList<domain::Choice> &list, const QString &key)
{
    const domain::Choice *c = domain::findChoice(list, key);
    return c ? c->displayName() : key;
}

void addIf(QStringList &paragraphs, const QString &label, const QString &text)
{
    if (!text.trimmed().isEmpty())
        paragraphs << label + text.trimmed();
}

DisclosureSection basicFacts(const domain::CaseFile &f)
{
    DisclosureSection s{Tr::tr("I. Basic facts"), {}};
    const domain::District *d = domain::findDistrict(f.districtCode);
    s.paragraphs << Tr::tr("Case %1, %2 (%3); clue received on %4.").arg(f.number, f.title, d ? d->displayName() : f.districtCode, iso(f.receivedOn));
    addIf(s.paragraphs, Tr::tr("Site: "), f.site);
    addIf(s.paragraphs, Tr::tr("Facts: "), f.description);
    QStringList parties;
    for (const domain::Party &p : f.parties)
        parties << p.name;
    if (!parties.isEmpty())
        s.paragraphs << Tr::tr("Liable parties: %1.").arg(parties.join(u"、"_s));
    if (f.verification)
        addIf(s.paragraphs, Tr::tr("Preliminary verification: "), f.verification->finding);
    if (f.investigation) {
        addIf(s.paragraphs, Tr::tr("Scope of the damage: "), f.investigation->scope);
        addIf(s.paragraphs, Tr::tr("Degree of the damage: "), f.investigation->degree);
        addIf(s.paragraphs, Tr::tr("Causation: "), f.investigation->causation);
    }
    return s;
}

DisclosureSection appraisal(const domain::CaseFile &f)
{
    DisclosureSection s{Tr::tr("II. Appraisal"), {}};
    const domain::Appraisal *a = f.completedAppraisal();
    if (!a) {
        s.paragraphs << Tr::tr("No appraisal has been completed.");
        return s;
    }
    s.paragraphs << Tr::tr("%1 (%2) completed the appraisal on %3; damage quantified at %4.")
                        .arg(a->institution, choiceName(domain::appraisalModes(), a->mode), iso(a->completedOn), yuan(a->amounts.total()));
    addIf(s.paragraphs, Tr::tr("Damage determined: "), a->damageDetermination);
    addIf(s.paragraphs, Tr::tr("Extent of the loss: "), a->lossScope);
    addIf(s.paragraphs, Tr::tr("Causation: "), a->causation);
    addIf(s.paragraphs, Tr::tr("Quantification: "), a->quantification);
    return s;
}

DisclosureSection consultation(const domain::CaseFile &f)
{
    DisclosureSection s{Tr::tr("III. Consultation"), {}};
    if (f.rounds.isEmpty()) {
        s.paragraphs << Tr::tr("No consultation round has been held.");
    } else {
        s.paragraphs << Tr::tr("%n consultation round(s) held.", nullptr, int(f.rounds.size()));
        for (const domain::ConsultationRound &r : f.rounds)
            addIf(s.paragraphs, Tr::tr("Round %1 (%2): ").arg(r.number).arg(iso(r.heldOn)), r.summary);
    }
    if (!f.agreements.isEmpty())
        s.paragraphs << Tr::tr("Result: agreement reached.");
    else if (!f.consultationFailures.isEmpty() || !f.litigations.isEmpty())
        s.paragraphs << Tr::tr("Result: no agreement was reached.");
    return s;
}

DisclosureSection agreementOrJudgment(const domain::CaseFile &f)
{
    DisclosureSection s{Tr::tr("IV. Agreement or judgment"), {}};
    for (const domain::Agreement &a : f.agreements) {
        s.paragraphs << Tr::tr("Compensation agreement signed on %1: %2 in total.").arg(iso(a.signedOn), yuan(a.amounts.total()));
        addIf(s.paragraphs, Tr::tr("Restoration agreed: "), a.restorationTerms);
    }
    for (const domain::Confirmation &c : f.confirmations)
        if (c.confirmed)
            s.paragraphs << (*c.confirmed ? Tr::tr("%1 confirmed the agreement on %2 (%3).") : Tr::tr("%1 refused to confirm the agreement on %2 (%3)."))
                                .arg(c.court, iso(c.ruledOn), c.rulingNo);
    for (const domain::Litigation &l : f.litigations) {
        s.paragraphs << Tr::tr("Claim brought before %1 on %2.").arg(l.court, iso(l.filedOn));
        if (l.judgedOn.isValid())
            s.paragraphs << Tr::tr("Judgment %1 of %2: %3 awarded.").arg(l.judgmentNo, iso(l.judgedOn), yuan(l.awarded));
        addIf(s.paragraphs, Tr::tr("Judgment: "), l.judgmentSummary);
    }
    if (s.paragraphs.isEmpty())
        s.paragraphs << Tr::tr("No agreement has been signed and no judgment given.");
    return s;
}

DisclosureSection useOfFunds(const domain::CaseFile &f)
{
    DisclosureSection s{Tr::tr("V. Use of funds"), {}};
    s.paragraphs << Tr::tr("Paid: %1.").arg(yuan(f.amountPaid()));
    for (const domain::Payment &p : f.payments) {
        QString line = Tr::tr("%1: %2 paid by %3").arg(iso(p.paidOn), yuan(p.amount), p.payer);
        if (!p.category.isEmpty())
            line += Tr::tr(" (%1)").arg(choiceName(domain::compensationCategories(), p.category));
        if (!p.note.trimmed().isEmpty())
            line += u"；"_s + p.note.trimmed();
        s.paragraphs << line;
    }
    return s;
}

DisclosureSection restorationEffect(const domain::CaseFile &f)
{
    DisclosureSection s{Tr::tr("VI. Restoration effect"), {}};
    if (f.restoration) {
        const domain::Restoration &r = *f.restoration;
        s.paragraphs << Tr::tr("Restoration started on %1 by %2.").arg(iso(r.startedOn), r.executorName.isEmpty() ? r.executor : r.executorName);
        if (r.completedOn.isValid())
            s.paragraphs << Tr::tr("Restoration reported complete on %1.").arg(iso(r.completedOn));
        addIf(s.paragraphs, Tr::tr("Completion report: "), r.completionReport);
    }
    for (const domain::Evaluation &e : f.evaluations) {
        s.paragraphs << (e.passed ? Tr::tr("Evaluation of %1 by %2: passed.") : Tr::tr("Evaluation of %1 by %2: not passed.")).arg(iso(e.evaluatedOn), e.evaluator);
        addIf(s.paragraphs, Tr::tr("Targets achieved: "), e.achievement);
        addIf(s.paragraphs, Tr::tr("Effect: "), e.effect);
    }
    if (s.paragraphs.isEmpty())
        s.paragraphs << Tr::tr("Restoration has not started.");
    return s;
}
} // namespace

QString Disclosure::text() const
{
    QString t = title + u"\n\n"_s;
    for (const DisclosureSection &s : sections) {
        t += s.heading + u'\n';
        for (const QString &p : s.paragraphs)
            t += p + u'\n';
        t += u'\n';
    }
    if (!reviewedBy.isEmpty())
        t += Tr::tr("Reviewed by: %1").arg(reviewedBy) + u'\n';
    return t;
}

QString Disclosure::textSha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject Disclosure::toJson() const
{
    QJsonArray secs, reps;
    for (const DisclosureSection &s : sections)
        secs.append(QJsonObject{{u"heading"_s, s.heading}, {u"paragraphs"_s, QJsonArray::fromStringList(s.paragraphs)}});
    for (const Replacement &r : replacements)
        reps.append(QJsonObject{{u"kind"_s, personalKindName(r.kind)}, {u"original"_s, r.original}, {u"replacement"_s, r.replacement},
                                {u"from_party_data"_s, r.fromPartyData}, {u"count"_s, r.count}});
    return {{u"case_no"_s, caseNo}, {u"title"_s, title}, {u"sections"_s, secs}, {u"replacements"_s, reps}, {u"sha256"_s, textSha256()}};
}

Disclosure composeDisclosure(const domain::CaseFile &file, const QStringList &extraNames)
{
    Redactor redactor(file, extraNames);
    Disclosure d;
    d.caseNo = file.number;
    d.title = redactor.redact(Tr::tr("Public information on case %1: %2").arg(file.number, file.title));
    for (DisclosureSection s : {basicFacts(file), appraisal(file), consultation(file), agreementOrJudgment(file), useOfFunds(file),
                                restorationEffect(file)}) {
        for (QString &p : s.paragraphs)
            p = redactor.redact(p);
        d.sections << s;
    }
    d.replacements = redactor.log();
    return d;
}

domain::Result<Disclosure> composeDisclosure(const service::CaseReader &reader, const QString &caseRef, const QStringList &extraNames)
{
    auto file = reader.caseFile(caseRef);
    if (!file)
        return file.problems();
    return composeDisclosure(file.value(), extraNames);
}

// Context spelled out: lupdate misreads Tr::tr in a function returning domain::… (tst_translationcontexts).
domain::Result<int> writeDisclosurePdf(const Disclosure &d, const QString &path)
{
    QString html = u"<html><body><p class=\"title\">%1</p>"_s.arg(d.title.toHtmlEscaped());
    for (const DisclosureSection &s : d.sections) {
        html += u"<p class=\"h1\">%1</p>"_s.arg(s.heading.toHtmlEscaped()); // GB/T 9704: 一、 in 黑体
        for (const QString &p : s.paragraphs)
            html += u"<p>%1</p>"_s.arg(p.toHtmlEscaped());
    }
    if (!d.reviewedBy.isEmpty())
        html += u"<p>%1</p>"_s.arg(QCoreApplication::translate("ecoclaim::Disclosure", "Reviewed by: %1").arg(d.reviewedBy).toHtmlEscaped());
    html += u"</body></html>"_s;
    int pages = 0;
    auto pdf = documents::paperPdf(documents::LaidOutPaper{html, d.title, d.reviewedBy.isEmpty()}, &pages);
    if (!pdf)
        return pdf.problems();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf.value()) != pdf.value().size() || !f.commit())
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Disclosure", "Cannot write %1: %2").arg(path, f.errorString()), {}};
    return pages;
}

domain::Status writeDisclosureText(const Disclosure &d, const QString &path)
{
    QSaveFile f(path);
    const QByteArray bytes = d.text().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Disclosure", "Cannot write %1: %2").arg(path, f.errorString()), {}};
    return domain::success();
}

QJsonObject issueDisclosureCommand(const Disclosure &d, const QString &pdfPath, QDate issuedOn)
{
    return {{u"cmd"_s, u"add_evidence"_s},
            {u"case"_s, d.caseNo},
            {u"file"_s, QFileInfo(pdfPath).absoluteFilePath()},
            {u"title"_s, Tr::tr("Disclosure text (Art. 35), reviewed by %1; text SHA-256 %2").arg(d.reviewedBy, d.textSha256())},
            {u"kind"_s, u"other"_s},
            {u"dated_on"_s, issuedOn.toString(Qt::ISODate)},
            {u"source"_s, Tr::tr("Disclosure (Art. 35 ¶2)")}};
}

} // namespace ecoclaim::reports
