#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow::core {

// Why a call to the hub did not give a usable answer. Every failure of the network or of the
// hub ends here — never in an exception or a crash — and nothing is applied from a call that
// failed.
struct HubError
{
    enum class Kind {
        None,
        NotEnrolled,  // no hub URL / station configured on this workstation
        Unreachable,  // connection refused, host not found, TLS failure, connection dropped
        Timeout,      // no complete answer within the transfer timeout
        Unauthorized, // 401: bad credentials, token refused, workstation not enrolled there
        Refused,      // another 4xx: the hub understood and said no (code/message say why)
        HubFailure,   // 5xx: the hub could not do it now
        BadAnswer,    // a 2xx whose body is not the documented JSON (garbage, truncated, …)
        Cancelled,    // the client stopped (shutdown)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;      // the hub's error code (bad_request, locked, …) when it gave one
    QString message;   // translated, for the clerk or the administrator
    QString requestId; // X-Request-Id of the call, to find it in the hub's log

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // Whether the hub was reached at all (for the online/offline indicator).
    bool reachedHub() const
    {
        return kind == Kind::None || kind == Kind::Unauthorized || kind == Kind::Refused
            || kind == Kind::HubFailure || kind == Kind::BadAnswer;
    }

    static HubError make(Kind kind, const QString &message, const QString &requestId = {},
                         int httpStatus = 0, const QString &code = {});
    // "the hub answered with something that is not …": a BadAnswer with the detail.
    static HubError badAnswer(const QString &detail, const QString &requestId, int httpStatus);
};

class HubErrorText
{
    Q_DECLARE_TR_FUNCTIONS(HubError)
    friend struct HubError;
    friend class HubClient;
};

// A value from the hub, or why there is none.
template<typename T>
struct HubResult
{
    T value{};
    HubError error;
    bool ok() const { return !error.isError(); }
};

} // namespace ow::core
