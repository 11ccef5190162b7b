#pragma once
// The bureau's own numbers the rules leave to it (issue 14): how soon a failed consultation goes to
// court, the threshold of a simple case, how soon a reporter is answered. They are bureau settings in
// the database (service/bureausettings.h: suit_deadline_days, simple_case_threshold,
// reporter_reply_days); the service reads them inside each command's transaction and hands them to the
// rules (RuleContext::rules) and to the deadline catalogue. A value never set is the default below.
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

} // namespace ecoclaim::domain
