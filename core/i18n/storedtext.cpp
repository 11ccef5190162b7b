#include "core/i18n/storedtext.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QtEndian>

#include <optional>

using namespace Qt::StringLiterals;

namespace ecoclaim::i18n {

namespace {
struct Form
{
    QString text;              // with %1, %2… (%L1 and %n read as %1 and the count)
    QRegularExpression match;  // the whole text, each placeholder a group
    QList<int> groups;         // placeholder number of each group
    QString longestLiteral;    // a quick test before the expression
};

struct Message
{
    Form english, chinese;
};

// The .qm format (Qt's translator file): a 16-byte magic, then blocks of (tag, 32-bit length); the
// messages block holds records of tagged fields ending with tag 1.
enum : uchar { BlockMessages = 0x69, TagEnd = 1, TagTranslation = 3, TagObsolete1 = 5, TagSourceText = 6, TagContext = 7, TagComment = 8 };

const QRegularExpression placeholder(u"%L?(\\d|n)"_s);

Form formOf(const QString &text)
{
    Form f{text, {}, {}, {}};
    QString pattern = u"^"_s;
    qsizetype last = 0;
    auto literal = [&](qsizetype from, qsizetype to) {
        const QString piece = text.mid(from, to - from);
        if (piece.size() > f.longestLiteral.size())
            f.longestLiteral = piece;
        pattern += QRegularExpression::escape(piece);
    };
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        literal(last, m.capturedStart());
        f.groups << (m.captured(1) == u"n" ? 0 : m.captured(1).toInt());
        pattern += u"(.+?)"_s;
        last = m.capturedEnd();
    }
    literal(last, text.size());
    f.match = QRegularExpression(pattern + u'$', QRegularExpression::DotMatchesEverythingOption);
    return f;
}

QString readUtf8(const char *p, quint32 n) { return QString::fromUtf8(p, n); }

// Every message of `contexts` in the compiled Chinese translation, with its English source.
QList<Message> readMessages(const QStringList &contexts)
{
    QList<Message> out;
    QFile qm(u":/i18n/ecoclaim_zh_CN.qm"_s);
    if (!qm.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = qm.readAll();
    const char *data = all.constData();
    qsizetype at = 16;
    while (at + 5 <= all.size()) {
        const uchar tag = uchar(data[at]);
        const quint32 length = qFromBigEndian<quint32>(data + at + 1);
        const qsizetype start = at + 5, end = start + length;
        if (end > all.size())
            break;
        if (tag == BlockMessages) {
            QString source, context, translation;
            for (qsizetype p = start; p < end;) {
                const uchar field = uchar(data[p++]);
                if (field == TagEnd) {
                    if (contexts.contains(context) && !source.isEmpty() && !translation.isEmpty())
                        out << Message{formOf(source), formOf(translation)};
                    source.clear(), context.clear(), translation.clear();
                    continue;
                }
                if (field == TagObsolete1)
                    continue;
                if (p + 4 > end)
                    break;
                quint32 n = qFromBigEndian<quint32>(data + p);
                p += 4;
                if (n == 0xffffffffu)
                    n = 0;
                if (p + n > end)
                    break;
                if (field == TagTranslation) { // big-endian UTF-16
                    translation.resize(n / 2);
                    for (quint32 i = 0; i < n / 2; ++i)
                        translation[i] = QChar(qFromBigEndian<quint16>(data + p + 2 * i));
                }
                else if (field == TagSourceText)
                    source = readUtf8(data + p, n);
                else if (field == TagContext)
                    context = readUtf8(data + p, n);
                p += n;
            }
        }
        at = end;
    }
    return out;
}

const QList<Message> &messagesOf(const QStringList &contexts)
{
    static QMutex lock;
    static QHash<QString, QList<Message>> cache;
    const QMutexLocker locked(&lock);
    const QString key = contexts.join(u'|');
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, readMessages(contexts));
    return *it;
}

QString dateShown(QDate d, bool chinese)
{
    return chinese ? d.toString(u"yyyy年M月d日"_s) : QLocale(QLocale::English).toString(d, u"d MMM yyyy"_s);
}

// Every ISO date inside a value (a whole value, or one inside "Paid on: 2026-04-10 → 2026-04-11") written the
// language's way; a case number (2026-310118-0002) is no date.
QString datesShown(const QString &value, bool chinese)
{
    static const QRegularExpression iso(u"(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d-])"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = iso.globalMatch(value); it.hasNext();) {
        const auto m = it.next();
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        out += value.mid(last, m.capturedStart() - last) + (d.isValid() ? dateShown(d, chinese) : m.captured(1));
        last = m.capturedEnd();
    }
    return out + value.mid(last);
}

// `to` with its placeholders filled from what `from` matched in `stored`; empty when it does not match.
std::optional<QString> rewrite(const QString &stored, const Form &from, const Form &to, bool chinese)
{
    if (from.groups.isEmpty() ? stored != from.text : !stored.contains(from.longestLiteral))
        return std::nullopt;
    const auto m = from.match.match(stored);
    if (!m.hasMatch())
        return std::nullopt;
    QHash<int, QString> values;
    for (int g = 0; g < from.groups.size(); ++g)
        values.insert(from.groups.at(g), datesShown(m.captured(g + 1), chinese));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(to.text); it.hasNext();) {
        const auto p = it.next();
        out += to.text.mid(last, p.capturedStart() - last);
        const int number = p.captured(1) == u"n" ? 0 : p.captured(1).toInt();
        out += values.contains(number) ? values.value(number) : p.captured(0);
        last = p.capturedEnd();
    }
    return out + to.text.mid(last);
}
} // namespace

QString storedTextShown(const QString &stored, const QStringList &contexts)
{
    if (stored.isEmpty())
        return stored;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    // The message whose fixed words cover most of the text wins ("%1" alone would match anything).
    std::optional<QString> best;
    qsizetype bestWords = 0;
    for (const Message &m : messagesOf(contexts)) {
        for (const Form *from : {&m.english, &m.chinese}) {
            const qsizetype words = from->text.size() - from->groups.size() * 2;
            if (words <= bestWords || words < 2)
                continue;
            if (auto shown = rewrite(stored, *from, chinese ? m.chinese : m.english, chinese)) {
                best = shown;
                bestWords = words;
            }
        }
    }
    return best.value_or(stored);
}

} // namespace ecoclaim::i18n
