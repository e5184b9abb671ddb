#include "EventsListener.h"

#include "HubAnswers.h"
#include "HubClient.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace ow::core {

EventsListener::EventsListener(HubClient &hub, SyncBackoff backoff, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_backoff(std::move(backoff))
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &EventsListener::open);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_connected = true;
        emit connectedChanged(true);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_connected) {
            m_connected = false;
            emit connectedChanged(false);
        }
        scheduleReopen();
    });
    // A refused or failed handshake may end without disconnected(): reopen on errors too
    // (scheduleReopen ignores the second of the two).
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            scheduleReopen();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventsListener::onText);
}

EventsListener::~EventsListener()
{
    *m_alive = false;
    m_running = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void EventsListener::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    open();
}

void EventsListener::stop()
{
    m_running = false;
    m_reopen.stop();
    m_socket->close();
}

void EventsListener::scheduleReopen()
{
    if (!m_running || m_reopen.isActive() || m_opening)
        return;
    ++m_failures;
    const qint64 delay = m_backoff.delayMs(m_failures);
    qCDebug(lcSync) << "live events: reconnecting in" << delay << "ms";
    m_reopen.start(std::chrono::milliseconds(std::max<qint64>(delay, 100)));
}

void EventsListener::open()
{
    if (!m_running || m_opening || m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    m_opening = true;
    const std::shared_ptr<bool> alive = m_alive;
    // The URL carries a token that may need renewing first, which is a network call.
    auto task = m_hub.eventsUrl();
    QCoro::connect(std::move(task), this, [this, alive](const HubResult<QUrl> &url) {
        if (!*alive)
            return;
        m_opening = false;
        if (!m_running)
            return;
        if (!url.ok()) {
            scheduleReopen();
            return;
        }
        m_socket->open(url.value);
    });
}

void EventsListener::onText(const QString &message)
{
    if (message.size() > 4096)
        return;
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (const auto cursor = HubAnswers::wholeNumber(o.value(u"cursor"), 0,
                                                    HubAnswers::MaxExactInteger))
        emit changesAvailable(*cursor);
}

} // namespace ow::core
