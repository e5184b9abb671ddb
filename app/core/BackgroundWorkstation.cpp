#include "BackgroundWorkstation.h"

#include "Logging.h"

#include <openssl/crypto.h>

namespace ow::core {

BackgroundWorkstation::BackgroundWorkstation(DataDirectory directory)
    : m_directory(std::move(directory))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the one thread keeps its connection for the whole run
}

BackgroundWorkstation::~BackgroundWorkstation()
{
    // Close the connection on the thread that opened it. Not QFuture::waitForFinished: that
    // may take a task that has not started yet and run it on the waiting thread itself.
    // OpenSSL's state of the thread (its random generator, seeded for the keys and ciphers) is
    // released here as well: QThreadPool's wait returns before the thread's own exit handlers
    // have run, so a process ending right after could otherwise end with it still allocated.
    m_pool.start([this] {
        m_workstation.reset();
        OPENSSL_thread_stop();
    });
    m_pool.waitForDone();
}

QString BackgroundWorkstation::openError() const
{
    return m_openError;
}

Workstation *BackgroundWorkstation::workstation()
{
    if (!m_workstation && m_openError.isEmpty()) {
        QString error;
        m_workstation = Workstation::open(m_directory, &error);
        if (!m_workstation) {
            m_openError = error;
            qCWarning(lcStorage) << "background workstation cannot open:" << error;
        }
    }
    return m_workstation.get();
}

} // namespace ow::core
