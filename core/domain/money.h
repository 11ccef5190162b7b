#pragma once
// Money: an amount of renminbi as a whole number of fen (分). Compensation amounts, costs and payments are
// added, compared and printed on legal papers, so they are never floating point: 0.1 + 0.2 must be 0.30.
// A plain value type, cheap to copy, no allocation.
//
// Text forms:
//  * toYuanString()  "1,234.56"  — screens and papers (the ¥ sign, when wanted, is the template's);
//  * toYuanPlain()   "1234.56"   — files, CSV, the command line;
//  * toChineseUppercase()  "人民币壹仟贰佰叁拾肆元伍角陆分" — the 大写 line of agreements and notices,
//    following 中国人民银行《正确填写票据和结算凭证的基本规定》 (reference.md §5.2). Where the rules
//    leave a 零 optional, EcoClaim always uses one convention:
//      - a 0 in the 元 place (with a non-zero 元 part) before a non-zero 角 is written: 元零角
//        (1,680.32 → 壹仟陆佰捌拾元零叁角贰分; 107,000.53 → 壹拾万柒仟元零伍角叁分);
//      - a section (万/亿) boundary is crossed without 零 when the next section starts with a
//        non-zero 仟 (107,000 → 壹拾万柒仟), and with one 零 otherwise — the next section starts
//        lower (2,079,700 → 贰佰零柒万…) or a whole section is empty (1,000,000,001 → 壹拾亿零壹元整);
//      - 整 only after 元, never after 角 or 分 (0.50 → 人民币伍角); a leading ten is 壹拾;
//      - amounts under one yuan have no 元 part (0.05 → 人民币伍分); zero is 人民币零元整.
//    A negative amount has no 大写 form on a paper: toChineseUppercase() returns an empty string.

#include "core/domain/result.h"

#include <QString>
#include <QStringView>

#include <compare>

namespace ecoclaim::domain {

class Money
{
public:
    // The largest amount parseYuan() accepts: 9,999,999,999,999,999.99 yuan. Far above any case, and
    // far enough below the qint64 limit that adding a few such amounts cannot overflow.
    static constexpr qint64 maxFen = 999'999'999'999'999'999;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    friend constexpr Money operator+(Money a, Money b) { return a += b; }
    friend constexpr Money operator-(Money a, Money b) { return a -= b; }
    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr bool operator==(Money, Money) = default;

    // Reads an amount in yuan as a caseworker types it or a spreadsheet writes it: "1234", "1,234.5",
    // "1234.56", "¥1,234.56", "￥１２３４.５６元" (full-width digits, ¥/￥ sign, trailing 元, blanks
    // around). Thousands separators, when used, must group three digits. Refuses empty text, a sign,
    // more than two decimals, anything else and amounts above maxFen. `field` is the name the caseworker
    // knows the field by (e.g. the translated label "Amount claimed"): the problem carries it, and its
    // message starts with it ("Amount claimed: “12,34”: thousands separators must group three digits…").
    static Result<Money> parseYuan(QStringView text, const QString &field = {});

    QString toYuanString() const; // "1,234.56", "-5.00"
    QString toYuanPlain() const;  // "1234.56", "-5.00"
    QString toChineseUppercase() const;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace ecoclaim::domain
