#include "core/domain/bureaurules.h"

namespace ecoclaim::domain {

namespace {
BureauRules &current()
{
    static BureauRules rules;
    return rules;
}
} // namespace

const BureauRules &bureauRules() { return current(); }

void setBureauRules(const BureauRules &rules) { current() = rules; }

} // namespace ecoclaim::domain
