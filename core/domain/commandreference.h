#pragma once
// The command vocabulary as a Markdown reference, generated from the lifecycle table so that it can
// never drift from what the service enforces: docs/commands.md is this text (a test compares them),
// and `ecoclaim-cli commands` prints it in the current language.

#include <QString>

namespace ecoclaim::domain {

QString commandReferenceMarkdown();

} // namespace ecoclaim::domain
