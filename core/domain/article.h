#pragma once
// A reference to the provision a rule rests on: 第N条第M款第K项 of the Shanghai rules
// (《上海市生态环境损害赔偿工作实施细则》) unless `source` names another instrument.
// Refusals and catalogue entries carry one, so the caseworker always sees why.

#include <QString>

namespace ecoclaim::domain {

struct ArticleRef
{
    int article = 0;   // 第N条; 0 = no article
    int paragraph = 0; // 第M款 (0 = whole article)
    int item = 0;      // 第K项 (0 = none)
    QString source;    // empty: the Shanghai rules; otherwise e.g. "民法典"

    bool isNull() const { return article == 0; }
    // "第十八条第二项" in Chinese, "Art. 18(2)" in English — follows the loaded translation.
    QString toString() const;
    // Always the Chinese form, for papers and archives.
    QString toChinese() const;
    friend bool operator==(const ArticleRef &, const ArticleRef &) = default;
};

// Convenience constructors that read like the rules: art(18, 0, 2) == 第十八条第二项.
inline ArticleRef art(int article, int paragraph = 0, int item = 0)
{
    return ArticleRef{article, paragraph, item, {}};
}

// 1 → 一, 18 → 十八, 46 → 四十六, 250 → 二百五十 (articles of the rules and of the laws they cite; up to 999).
QString chineseNumeral(int n);

} // namespace ecoclaim::domain
