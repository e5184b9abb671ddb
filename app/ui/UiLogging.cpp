#include "UiLogging.h"

namespace ow::ui {
Q_LOGGING_CATEGORY(lcUi, "ow.ui")
} // namespace ow::ui
