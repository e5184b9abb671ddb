#pragma once

#include <QLoggingCategory>

namespace ow::print {
Q_DECLARE_LOGGING_CATEGORY(lcPrint)
} // namespace ow::print
