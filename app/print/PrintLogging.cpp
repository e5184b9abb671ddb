#include "PrintLogging.h"

namespace ow::print {
Q_LOGGING_CATEGORY(lcPrint, "ow.print")
} // namespace ow::print
