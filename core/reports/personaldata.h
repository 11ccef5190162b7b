#pragma once
// Personal data in free text, found by pattern and checked where the number carries a check digit, for
// the disclosure text of Art. 35 ¶2 (reports/disclosure.h): resident ID numbers (GB 11643-1999, 18 digits,
// ISO 7064 MOD 11-2), unified social credit codes (GB 32100-2015, MOD 31), mainland mobile numbers,
// landline numbers with their area code, bank card numbers (16–19 digits, Luhn) and numbers written after
// 账号/账户/卡号, and motor-vehicle plate numbers (GA 36). A number that looks right but fails its check is
// not taken for an ID (the same 18 characters may be a paper's number) — the reviewer sees the rest.

#include <QList>
#include <QString>

namespace ecoclaim::reports {

enum class PersonalKind { Name, IdNumber, CreditCode, Phone, Address, BankAccount, Plate };

struct PersonalMatch
{
    qsizetype start = 0, length = 0;
    PersonalKind kind = PersonalKind::IdNumber;
};

bool isResidentIdNumber(QStringView text);   // GB 11643: 17 digits and a check character 0–9/X
bool isCreditCode(QStringView text);         // GB 32100: 18 characters of 0–9 A–Y (no I O Z S V), last a check
bool passesLuhn(QStringView digits);         // bank card numbers (ISO/IEC 7812)

// Every match in `text`, in order, not overlapping.
QList<PersonalMatch> findPersonalData(const QString &text);

} // namespace ecoclaim::reports
