#pragma once
// The bureau's own numbers the rules leave to it (issue 14): how soon a failed consultation goes to
// court, the threshold of a simple case, how soon a reporter is answered. Read through this one
// function, each with a documented default, so they can be connected to the bureau settings kept in
// the database (issue 12) without touching the rules that use them.
//
// Every default below is a reading, not a number of the Shanghai rules, which say only "及时":
//  * suitDeadlineDays — Art. 25 ¶1 "应当及时向人民法院提起诉讼": 30 days from the day consultation
//    failed (a refusal, the reply period passed, a walk-out, agreement judged impossible, the 90 days
//    or 3 rounds used up);
//  * simpleCaseThresholdFen — Art. 16 ¶2, 21 ¶3, 29 ¶2 "损害较小": damage under 300,000 yuan, the
//    national threshold of 环法规〔2025〕6号 Art. 9 (a province may raise it to 500,000);
//  * reporterReplyDays — Art. 13 ¶3 "及时研究处理和答复": 30 days from receiving the report.

#include "core/domain/money.h"

namespace ecoclaim::domain {

struct BureauRules
{
    int suitDeadlineDays = 30;
    Money simpleCaseThreshold = Money::fromFen(300'000'00);
    int reporterReplyDays = 30;
};

// The rules in force for this program: the defaults above unless setBureauRules() replaced them.
const BureauRules &bureauRules();
// For the bureau settings (and tests): replaces the values every later rule and deadline reads.
void setBureauRules(const BureauRules &rules);

} // namespace ecoclaim::domain
