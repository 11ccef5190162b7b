#pragma once
// ecoclaim-cli verbs over cases: init, case list, case show, apply, audit verify.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runInit(const Options &options);
int runCaseList(const Options &options, QStringList args);
int runCaseShow(const Options &options, QStringList args);
int runApply(const Options &options, QStringList args);
int runAuditVerify(const Options &options);
int runAuditShow(const Options &options, QStringList args); // auditverb.cpp: a case's trail in words
int runDemo(const Options &options);
int runGenerate(const Options &options, QStringList args); // generateverb.cpp
int runBackup(const Options &options, QStringList args);   // backupverb.cpp
int runSettings(const Options &options, QStringList args); // settingsverbs.cpp: the bureau's settings
int runUser(const Options &options, QStringList args);     // userverbs.cpp: accounts
int runApproval(const Options &options, QStringList args); // approvalverbs.cpp: decisions awaiting the unit head

} // namespace ecoclaim::cli
