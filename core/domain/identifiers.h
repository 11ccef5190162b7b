#pragma once
// Checks of the two identifiers a party record carries: the 统一社会信用代码 of a company or other
// organisation (GB 32100-2015) and the 居民身份证号码 of a natural person (GB 11643-1999). Both end in
// a check character, so most typing slips are caught before an agreement or a court filing names the
// wrong party.
//
// Case policy: the validators accept only the canonical spelling — capital letters, ASCII, no blanks —
// because the stored code is also the key for finding a party again; "91310000…h" and "…H" must not
// become two parties. Forms and importers call normalizedCreditCode() / normalizedResidentId() first
// (blanks dropped, full-width folded, letters capitalised); the check*() functions name a lower-case
// letter as such, so a caller that forgot gets a helpful message rather than "invalid character".
//
// Only the check character, the character set and (for identity cards) the birth date are checked; the
// region codes and the 登记管理部门/机构类别 codes are not, since new codes are issued over time.

#include "core/domain/result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace ecoclaim::domain {

// 18 characters from 0-9 A-H J-N P-R T-U W-Y, the last one the GB 32100 check character.
bool isValidCreditCode(QStringView code);
// Empty when valid; otherwise one problem (for `field`) saying exactly what is wrong: wrong length,
// a lower-case letter, a character never used (I O Z S V…), or "check character should be X, not Y".
Problems checkCreditCode(QStringView code, const QString &field);
// The check character for the first 17 characters, or a null QChar when they are not 17 valid ones.
QChar creditCodeCheckCharacter(QStringView first17);
// Drops blanks, folds full-width characters, capitalises. Does not validate.
QString normalizedCreditCode(QStringView text);

// 17 digits and a check character (0-9 or X, GB 11643 ISO 7064 MOD 11-2); the birth date in places
// 7-14 must be a calendar date, not after `today` and not before 1850 (the standard's own example
// holder was born in 1880).
bool isValidResidentId(QStringView id, QDate today = QDate::currentDate());
Problems checkResidentId(QStringView id, const QString &field, QDate today = QDate::currentDate());
QChar residentIdCheckCharacter(QStringView first17);
// The birth date written in the number (places 7-14), or an invalid QDate.
QDate residentIdBirthDate(QStringView id);
QString normalizedResidentId(QStringView text);

} // namespace ecoclaim::domain
