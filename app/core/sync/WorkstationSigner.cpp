#include "WorkstationSigner.h"

#include "../BackgroundWorkstation.h"

#include <QCoroFuture>

namespace ow::core {

HubClient::Signer workstationSigner(BackgroundWorkstation &background)
{
    BackgroundWorkstation *worker = &background;
    return [worker](QByteArray message) -> QCoro::Task<QByteArray> {
        // Only `worker` (copied before the first suspension) and the parameter are used, so the
        // coroutine does not depend on the lambda object outliving it.
        QFuture<QByteArray> signature = worker->run<QByteArray>(
            [message](Workstation &ws) { return ws.keys().signingKey().sign(message); });
        co_return co_await signature;
    };
}

} // namespace ow::core
