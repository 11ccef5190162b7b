#include "core/domain/textrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
// Translations of this file live in the context ecoclaim::TextRules (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::TextRules)
};

QString codePoint(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}
} // namespace

int characterCount(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString withUnixLineEnds(QString text)
{
    return text.replace(u"\r\n"_s, u"\n"_s);
}

QString textProblem(QStringView text, const QString &label, TextShape shape, int maxCharacters)
{
    int position = 0; // in characters, 1-based for the message
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t full = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
            if ((full & 0xfffe) == 0xfffe) // the noncharacters U+1FFFE, U+1FFFF … of every plane
                return Tr::tr("%1: character %2 (%3) is not a character.").arg(label).arg(position).arg(codePoint(full));
            continue;
        }
        if (c.isSurrogate())
            return Tr::tr("%1: character %2 is half of a UTF-16 pair (a broken or forged text); write the text again.")
                .arg(label).arg(position);
        const char16_t u = c.unicode();
        if (u == 0xfffd)
            return Tr::tr("%1: character %2 is U+FFFD, what invalid UTF-8 becomes; the text was not valid UTF-8.")
                .arg(label).arg(position);
        if (u == 0xfffe || u == 0xffff)
            return Tr::tr("%1: character %2 (%3) is not a character.").arg(label).arg(position).arg(codePoint(u));
        const bool allowedBreak = shape == TextShape::Paragraphs && (u == u'\n' || u == u'\t');
        if ((u < 0x20 && !allowedBreak) || (u >= 0x7f && u <= 0x9f)) {
            if (u == u'\n' || u == u'\t' || u == u'\r')
                return Tr::tr("%1: character %2 is a line break or tab; this field is one line.").arg(label).arg(position);
            return Tr::tr("%1: character %2 is the control character %3, which text may not hold.")
                .arg(label).arg(position).arg(codePoint(u));
        }
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return Tr::tr("%1: character %2 (%3) reverses the direction of the text shown, so what is read differs "
                          "from what is stored; it is not accepted.")
                .arg(label).arg(position).arg(codePoint(u));
    }
    if (position > maxCharacters)
        return Tr::tr("%1 is %2 characters long; at most %3 are accepted.").arg(label).arg(position).arg(maxCharacters);
    return {};
}

} // namespace ecoclaim::domain
