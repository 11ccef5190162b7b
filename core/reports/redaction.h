#pragma once
// The redactor of the disclosure text (Art. 35 ¶2, reports/disclosure.h): built from a case's own party
// data, it masks natural persons' names as surname + 某 (甲, 乙 … after it when two masked persons share a
// surname), leaves companies and institutions named, and removes the ID numbers, addresses of natural
// persons, telephone numbers, bank accounts and plate numbers it knows from the parties (and the reporter),
// then those it finds by pattern (reports/personaldata.h), and an address written after 住址/家住/现住/
// 户籍地. Every replacement is logged for the reviewer, with how often it was made.

#include "core/domain/casefile.h"
#include "core/reports/personaldata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ecoclaim::reports {

struct Replacement
{
    PersonalKind kind = PersonalKind::Name;
    QString original, replacement;
    bool fromPartyData = false; // false: found by pattern, or named by the reviewer
    int count = 0;
};

QString personalKindName(PersonalKind kind); // translated: "Name", "ID number" …

class Redactor
{
public:
    // `extraNames`: further natural persons the reviewer named (a witness in a summary…), masked like parties.
    explicit Redactor(const domain::CaseFile &file, const QStringList &extraNames = {});

    QString redact(const QString &text); // also adds to the log
    const QList<Replacement> &log() const { return m_log; }
    // A natural person's name as it is shown (张某, 张某甲); a company's as it is.
    QString partyName(const domain::Party &party) const;

private:
    struct Known
    {
        QString text, replacement;
        PersonalKind kind;
    };
    void note(PersonalKind kind, const QString &original, const QString &replacement, bool fromPartyData);
    void addPerson(const QString &name);

    QList<Known> m_known; // longest first when applied
    QHash<QString, QString> m_masks; // a natural person's full name → its mask
    QList<Replacement> m_log;
};

// The surname of a Chinese name (复姓 such as 欧阳, 司马 take two characters); empty when `name` is not 2–4 Han characters.
QString surnameOf(const QString &name);

} // namespace ecoclaim::reports
