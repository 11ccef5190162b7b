#pragma once
// What a person may type into a text field, for every field at once: how long it may be and which
// characters it may hold. The limits belong to the field TYPES of the command vocabulary (lifecycle.h),
// so a field added to the lifecycle table gets them without a line of its own; docs/commands.md states
// each field's limit.
//
//   one line (FieldType::Text)        ≤ 200 characters   titles, names, places, courts, numbers
//   paragraphs (FieldType::LongText)  ≤ 20,000           findings, descriptions, terms, records
//   a list of text (FieldType::TextList) ≤ 100 items of ≤ 200 characters each
//   the actor recorded in the audit log ≤ 100
//
// Characters are counted as Unicode code points (一 is one character, as is 𠀀 outside the BMP).
// Refused, with the field's name: invalid UTF-8 (it reaches a QString as U+FFFD), lone surrogates
// (QJsonDocument lets "\ud800" through, and it cannot be written back as UTF-8: the audit log and the
// stored row would differ), NUL and every other control character (C0, DEL, C1) except newline and tab
// in paragraphs, and the invisible format characters that make a text display differently from what
// is stored (bidirectional overrides and isolates, U+202A–U+202E, U+2066–U+2069) or are no characters
// at all (U+FFFE, U+FFFF). A paragraph's Windows line ends (CR LF) are stored as newlines.

#include <QString>

namespace ecoclaim::domain {

inline constexpr int oneLineLimit = 200;
inline constexpr int paragraphLimit = 20000;
inline constexpr int listItemLimit = 200;
inline constexpr int listLengthLimit = 100;
inline constexpr int actorLimit = 100;

enum class TextShape { OneLine, Paragraphs };

// Number of characters (code points) as the limits count them.
int characterCount(QStringView text);

// Empty when `text` may be stored as it is; otherwise one translated sentence naming `label` and what
// is wrong (where: "character 12"). Checks the characters and the length.
QString textProblem(QStringView text, const QString &label, TextShape shape, int maxCharacters);

// CR LF → LF (a paragraph typed on Windows); any other CR stays and is refused by textProblem.
QString withUnixLineEnds(QString text);

} // namespace ecoclaim::domain
