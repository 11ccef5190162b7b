#pragma once
// Correcting a recorded step (issue 16 part 1): a date or a field of a step already on file — the
// verification's start, an appraisal's institution, a round's record, a judgment's number — put right
// by the command `correct_record` with the reason on record, never by editing a row in place.
//
// The records and fields that may be corrected are a table (recordcorrection.cpp). Each field is
// checked exactly as the command that recorded it checks it (its type, choices, length, "not in the
// future"), then against the other dates of its record (a verification cannot conclude before it
// started) and the day the clue was received. What decides the case's route — whether damage was
// found, a ruling's outcome, an evaluation passed — is not correctable here: the step is taken again.
// The deadlines follow from the corrected dates (the service recomputes them after every command).

#include "core/domain/casefile.h"
#include "core/domain/catalogue.h"
#include "core/domain/lifecycle.h"
#include "core/domain/result.h"

namespace ecoclaim::domain {

// The kinds of record that can be corrected (choices of `record`) and every correctable field of any
// of them (choices of `field`, labelled as the recording command labels them).
const QList<Choice> &correctableRecords();
const QList<Choice> &correctableFields();

// What a correction writes: one column of one row, the value as stored.
struct RecordCorrection
{
    QString table;     // e.g. "verifications"
    QString keyColumn; // "case_id" for a record a case has once, else "id"
    qint64 key = 0;
    QString column;    // e.g. "started_on"; money in fen columns ("awarded_fen")
    QVariant value;    // typed as the recording command types it (QDate, qint64 fen, QString…)
    QString recordText; // "the verification", "appraisal 2" — for the timeline
};

// Resolves and checks `record`, `number`, `field` and `value` of a correct_record input against the
// case file. Every problem at once, each naming the field it is about.
Result<RecordCorrection> resolveRecordCorrection(const CaseFile &file, const CommandInput &input);

} // namespace ecoclaim::domain
