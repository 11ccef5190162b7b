#include "core/reports/redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Disclosure)
};

bool isHan(QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }

// What a removed item reads as in the published text.
QString removedText(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::Name: return {};
    case PersonalKind::IdNumber: return Tr::tr("[ID number removed]");
    case PersonalKind::CreditCode: return Tr::tr("[credit code removed]");
    case PersonalKind::Phone: return Tr::tr("[telephone removed]");
    case PersonalKind::Address: return Tr::tr("[address removed]");
    case PersonalKind::BankAccount: return Tr::tr("[account removed]");
    case PersonalKind::Plate: return Tr::tr("[plate number removed]");
    }
    return {};
}

bool isNaturalPerson(const domain::Party &p) { return p.kind == u"person" || p.kind == u"individual_business"; }

// The names (2–4 Han characters) written in a contact field such as "李四 13800138000" or "王五（配偶）".
QStringList namesIn(const QString &text)
{
    QStringList names;
    static const QRegularExpression han(u"(?<![\\x{4E00}-\\x{9FFF}])[\\x{4E00}-\\x{9FFF}]{2,4}(?![\\x{4E00}-\\x{9FFF}])"_s);
    static const QStringList notNames{u"配偶"_s, u"父亲"_s, u"母亲"_s, u"子女"_s, u"律师"_s, u"近亲属"_s, u"辩护人"_s, u"联系人"_s,
                                      u"电话"_s, u"手机"_s, u"本人"_s, u"匿名"_s, u"代理人"_s, u"家属"_s};
    for (auto it = han.globalMatch(text); it.hasNext();) {
        const QString n = it.next().captured();
        if (!notNames.contains(n) && !n.endsWith(u"律师"_s) && !n.contains(u"公司"_s))
            names << n;
    }
    return names;
}
} // namespace

QString personalKindName(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::Name: return Tr::tr("Name");
    case PersonalKind::IdNumber: return Tr::tr("ID number");
    case PersonalKind::CreditCode: return Tr::tr("Credit code");
    case PersonalKind::Phone: return Tr::tr("Telephone");
    case PersonalKind::Address: return Tr::tr("Address");
    case PersonalKind::BankAccount: return Tr::tr("Bank account");
    case PersonalKind::Plate: return Tr::tr("Plate number");
    }
    return {};
}

QString surnameOf(const QString &name)
{
    if (name.size() < 2 || name.size() > 4 || !std::all_of(name.begin(), name.end(), isHan))
        return {};
    static const QStringList compound{u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s, u"尉迟"_s, u"公孙"_s,
                                      u"慕容"_s, u"令狐"_s, u"长孙"_s, u"宇文"_s, u"司徒"_s, u"夏侯"_s, u"轩辕"_s, u"端木"_s,
                                      u"独孤"_s, u"南宫"_s, u"西门"_s, u"百里"_s, u"呼延"_s, u"澹台"_s, u"公冶"_s, u"申屠"_s};
    if (name.size() >= 3 && compound.contains(name.left(2)))
        return name.left(2);
    return name.left(1);
}

Redactor::Redactor(const domain::CaseFile &file, const QStringList &extraNames)
{
    // The natural persons first, so that masks are numbered in the order the parties were added.
    QStringList persons;
    for (const domain::Party &p : file.parties) {
        if (p.kind == u"person")
            persons << p.name.trimmed();
        persons << namesIn(p.representative) << namesIn(p.contact) << namesIn(p.custodyContact);
    }
    persons << namesIn(file.reporter);
    for (const QString &n : extraNames)
        persons << n.trimmed();
    persons.removeAll(QString());
    persons.removeDuplicates();
    QHash<QString, QStringList> bySurname;
    for (const QString &n : persons)
        if (!surnameOf(n).isEmpty())
            bySurname[surnameOf(n)] << n;
    static const QString ordinals = u"甲乙丙丁戊己庚辛壬癸"_s;
    for (const QString &n : persons) {
        const QString surname = surnameOf(n);
        if (surname.isEmpty()) {
            m_masks.insert(n, Tr::tr("[name removed]"));
            continue;
        }
        const QStringList &same = bySurname.value(surname);
        const qsizetype at = same.indexOf(n);
        QString mask = surname + u'某';
        if (same.size() > 1)
            mask += at < ordinals.size() ? QString(ordinals.at(at)) : QString::number(at + 1);
        m_masks.insert(n, mask);
    }
    for (auto it = m_masks.cbegin(); it != m_masks.cend(); ++it)
        m_known << Known{it.key(), it.value(), PersonalKind::Name};

    static const QRegularExpression digits(u"[0-9][0-9 \\-]{5,18}[0-9]"_s);
    for (auto it = digits.globalMatch(file.reporter); it.hasNext();)
        m_known << Known{it.next().captured(), removedText(PersonalKind::Phone), PersonalKind::Phone};
    for (const domain::Party &p : file.parties) {
        if (!p.idNumber.trimmed().isEmpty())
            m_known << Known{p.idNumber.trimmed(), removedText(PersonalKind::IdNumber), PersonalKind::IdNumber};
        if (isNaturalPerson(p) && !p.creditCode.trimmed().isEmpty())
            m_known << Known{p.creditCode.trimmed(), removedText(PersonalKind::CreditCode), PersonalKind::CreditCode};
        // Telephone numbers written in the contact fields, also those no pattern knows (no area code).
        for (const QString &field : {p.contact, p.custodyContact})
            for (auto it = digits.globalMatch(field); it.hasNext();)
                m_known << Known{it.next().captured(), removedText(PersonalKind::Phone), PersonalKind::Phone};
        if (isNaturalPerson(p) && !p.address.trimmed().isEmpty())
            m_known << Known{p.address.trimmed(), removedText(PersonalKind::Address), PersonalKind::Address};
    }
    std::sort(m_known.begin(), m_known.end(), [](const Known &a, const Known &b) { return a.text.size() > b.text.size(); });
}

QString Redactor::partyName(const domain::Party &p) const
{
    return p.kind == u"person" ? m_masks.value(p.name.trimmed(), p.name) : p.name;
}

void Redactor::note(PersonalKind kind, const QString &original, const QString &replacement, bool fromPartyData)
{
    for (Replacement &r : m_log)
        if (r.original == original && r.kind == kind) {
            ++r.count;
            return;
        }
    m_log << Replacement{kind, original, replacement, fromPartyData, 1};
}

QString Redactor::redact(const QString &input)
{
    QString text = input;
    // 1. What the case's own data names, longest first (an address before the name inside it).
    for (const Known &k : m_known) {
        qsizetype at = 0;
        while ((at = text.indexOf(k.text, at)) >= 0) {
            text.replace(at, k.text.size(), k.replacement);
            note(k.kind, k.text, k.replacement, true);
            at += k.replacement.size();
        }
    }
    // 2. An address written after its label.
    static const QRegularExpression address(u"(?:住址|家住|现住|居住地|户籍地|户籍所在地)[:：为在于]?\\s*([^，。；,;\\n（）()\\[\\]]{4,60})"_s);
    for (qsizetype from = 0;;) {
        const auto m = address.match(text, from);
        if (!m.hasMatch())
            break;
        const QString found = m.captured(1);
        const QString by = removedText(PersonalKind::Address);
        if (found == by) {
            from = m.capturedEnd(1);
            continue;
        }
        text.replace(m.capturedStart(1), m.capturedLength(1), by);
        note(PersonalKind::Address, found, by, false);
        from = m.capturedStart(1) + by.size();
    }
    // 3. Numbers found by pattern and check digit, from the end so earlier positions stay valid.
    const QList<PersonalMatch> found = findPersonalData(text);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString original = text.mid(it->start, it->length);
        const QString by = removedText(it->kind);
        text.replace(it->start, it->length, by);
        note(it->kind, original, by, false);
    }
    return text;
}

} // namespace ecoclaim::reports
