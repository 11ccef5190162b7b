#pragma once
// The words a synthetic case is composed from: Shanghai towns and roads by district, company names,
// people, pollutants, what was done, where it landed (reference.md §7 and §8.3: dumping of waste and
// mud, sewage leaks and discharges over the limit, felled trees and illegal fishing dominate). A
// deterministic random source picks from them, so one seed always writes the same database.
//
// Not user-visible text of the program: it is the *content* of made-up case files, in Chinese because
// the case files are; nothing here goes through tr().

#include <QList>
#include <QString>
#include <QStringList>

namespace ecoclaim::generator {

// splitmix64: small, fast, and the same sequence on every platform and compiler (std distributions
// are not), so a seed gives the same database everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next();
    int below(int n); // 0 … n-1
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(int percent) { return below(100) < percent; }
    template<typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

struct Place
{
    QString districtCode, district, town, road; // road with its number: "漕泾镇合展路1288号"
    QString address() const;                     // "上海市金山区漕泾镇合展路1288号"
};

struct Offence
{
    QString behaviour; // 非法倾倒
    QString matter;    // 含油污泥
    QString medium;    // 土壤
};

namespace words {

Place place(Random &r, const QString &districtCode);
QString companyName(Random &r);
QString personName(Random &r);
Offence offence(Random &r);
QString title(Random &r, const Place &p, const QString &party, const Offence &o);
// A description of about 200 characters, built from sentences of what was found, when and how much.
QString description(Random &r, const Place &p, const QString &party, const Offence &o);
QString appraisalInstitution(Random &r);
QString court(Random &r, const QString &districtCode);
QString expert(Random &r);

// Credit code and resident ID with their real check characters (GB 32100, GB 11643).
QString creditCode(Random &r, const QString &districtCode);
QString residentId(Random &r, const QString &districtCode);

} // namespace words
} // namespace ecoclaim::generator
