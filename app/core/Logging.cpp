#include "Logging.h"

namespace ow::core {

Q_LOGGING_CATEGORY(lcCore, "ow.core")
Q_LOGGING_CATEGORY(lcStorage, "ow.storage")
Q_LOGGING_CATEGORY(lcValidation, "ow.validation")

void configureLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("ow.*.debug=true")
                                             : QStringLiteral("ow.*.debug=false"));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-debug}D%{endif}%{if-info}I%{endif}"
        "%{if-warning}W%{endif}%{if-critical}C%{endif}%{if-fatal}F%{endif} "
        "%{category}: %{message}"));
}

} // namespace ow::core
