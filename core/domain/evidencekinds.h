#pragma once
// The kinds of material a case file holds (Art. 42: 调查材料、鉴定意见或评估报告、磋商情况材料、赔偿协议或
// 裁判文书、修复工作材料), as a catalogue list for the evidence a caseworker adds. The pre-archive
// self-check asks for the first five groups by these keys.
//
// Keys: investigation, enforcement_record, police_opinion, procuratorate_opinion, monitoring_report (the
// evidence of Art. 15 ¶2–4, counted as investigation materials), appraisal, consultation, agreement, judgment, restoration, payment_proof,
// service_proof, photo, other

#include "core/domain/catalogue.h"

namespace ecoclaim::domain {

const QList<Choice> &evidenceKinds();

} // namespace ecoclaim::domain
