#pragma once
// Internal to the filler (paperdata*.cpp): the helpers that turn case data into final text, and the
// per-paper fillers of the consultation notice and the agreement (paperfill_claim.cpp).

#include "core/documents/paperdata.h"
#include "core/domain/catalogue.h"

namespace ecoclaim::documents::fill {

using namespace Qt::StringLiterals;

inline QVariantList paragraphs(const QString &text)
{
    QVariantList list;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    return list;
}

// A value printed inside a sentence: without the full stop or semicolon the caseworker typed at its
// end (the template supplies the punctuation).
inline QString bare(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && QStringView(u"。；，、;,.").contains(text.back()))
        text.chop(1);
    return text;
}

inline QDate parameterDate(const QJsonObject &parameters, const QString &key)
{
    return QDate::fromString(parameters.value(key).toString(), Qt::ISODate);
}

inline QString choiceText(const QList<domain::Choice> &list, const QString &key)
{
    const domain::Choice *c = domain::findChoice(list, key);
    return c ? c->chinese : key;
}

// Collects values and remembers what is missing.
class Filler
{
public:

    // The value, or — when empty — the field is noted as missing and a visible placeholder returned
    // (only ever printed in a draft).
    QString need(const QString &label, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            return value;
        if (!m_missing.contains(label))
            m_missing << label;
        return u"【待补："_s + label + u"】"_s;
    }
    QString need(const QString &label, QDate date) { return need(label, chineseDate(date)); }
    QStringList missing() const { return m_missing; }
    // Values that are there but contradict each other (a notice dated after its meeting).
    void conflict(const QString &text) { m_conflicts << text; }
    QStringList conflicts() const { return m_conflicts; }

private:
    QStringList m_missing, m_conflicts;
};

// How the unit speaks of itself in its papers: 我局, 我委 (a 委员会), else 本单位.
inline QString selfReference(const QString &unitName)
{
    if (unitName.endsWith(u"局"))
        return u"我局"_s;
    if (unitName.endsWith(u"委员会") || unitName.endsWith(u"委"))
        return u"我委"_s;
    return u"本单位"_s;
}

// 一 … 二十 for the number of copies of an agreement.
inline QString chineseCount(int n)
{
    static const QStringList digits{u"零"_s, u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"七"_s, u"八"_s, u"九"_s};
    if (n < 10)
        return digits.at(qMax(n, 0));
    if (n < 20)
        return u"十"_s + (n % 10 ? digits.at(n % 10) : QString());
    return QString::number(n);
}

// The latest paper of this type and subject on file that was not superseded.
inline const domain::FiledPaper *currentPaper(const domain::CaseFile &file, const QString &type, const QString &subject)
{
    const domain::FiledPaper *found = nullptr;
    for (const domain::FiledPaper &p : file.papers)
        if (p.paperType == type && p.subject == subject && !p.draft && p.isCurrent())
            found = &p;
    return found;
}

// What a paper to a reporter says happened to the report: the case's real outcome so far.
QString outcomeForReporter(const domain::CaseFile &file, const QString &self);

// The consultation notice and its service receipt: dates (the served notice's, else the caseworker's),
// time and place of the meeting, the addressee; the issue day checked against them (Art. 19).
void fillNotice(const domain::CaseFile &file, const PaperInput &input, const domain::Party *party, Filler &f,
                QVariantMap &v, PaperData &out);

// The agreement (Art. 23) and the application for its judicial confirmation (Art. 24).
void fillAgreement(const domain::CaseFile &file, const PaperInput &input, const domain::Appraisal *appraisal,
                   const QStringList &partyNames, Filler &f, QVariantMap &v, PaperData &out);

// The papers to the court and the procuratorate of the second reading (paperfill_court.cpp): the
// application for enforcement (Art. 24 ¶2), the statement of claim (Art. 25 ¶1) and the letter to the
// procuratorate (Art. 33).
void fillEnforcement(const domain::CaseFile &file, const PaperInput &input, Filler &f, QVariantMap &v, PaperData &out);
void fillStatementOfClaim(const domain::CaseFile &file, const PaperInput &input, Filler &f, QVariantMap &v, PaperData &out);
void fillProcuratorateLetter(const domain::CaseFile &file, Filler &f, QVariantMap &v);

} // namespace ecoclaim::documents::fill
