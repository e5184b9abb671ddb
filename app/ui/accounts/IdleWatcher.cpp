#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace ow::ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setIdleMinutes(int minutes)
{
    setInterval(std::chrono::minutes(qMax(0, minutes)));
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_timer.isActive())
        start();
}

void IdleWatcher::start()
{
    if (m_interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_sinceInput.start();
    m_timer.start(m_interval);
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

void IdleWatcher::check()
{
    const std::chrono::milliseconds idleFor(m_sinceInput.elapsed());
    if (idleFor < m_interval) {
        m_timer.start(m_interval - idleFor); // input came meanwhile: sleep for the rest
        return;
    }
    emit idle();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        if (m_timer.isActive())
            m_sinceInput.restart(); // cheap: the timer itself is only rearmed when it wakes
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ow::ui
