#pragma once

#include <QLoggingCategory>

namespace ow::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace ow::ui
