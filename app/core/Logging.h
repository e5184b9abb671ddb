#pragma once

#include <QLoggingCategory>

namespace ow::core {

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcValidation)

// Debug output of every "ow.*" category is off unless verbose is set; warnings always show.
// QT_LOGGING_RULES in the environment still wins, as Qt documents.
void configureLogging(bool verbose);

} // namespace ow::core
