#include "HubError.h"

namespace ow::core {

HubError HubError::make(Kind kind, const QString &message, const QString &requestId,
                        int httpStatus, const QString &code)
{
    HubError e;
    e.kind = kind;
    e.message = message;
    e.requestId = requestId;
    e.httpStatus = httpStatus;
    e.code = code;
    return e;
}

HubError HubError::badAnswer(const QString &detail, const QString &requestId, int httpStatus)
{
    return make(Kind::BadAnswer,
                HubErrorText::tr("The hub's answer could not be used (%1).").arg(detail),
                requestId, httpStatus);
}

} // namespace ow::core
