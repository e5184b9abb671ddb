#include "SyncStatusWidget.h"

#include "core/Clock.h"
#include "core/sync/SyncEngine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace ow::ui {

namespace {

QString age(qint64 seconds)
{
    if (seconds < 60)
        return SyncStatusWidget::tr("under a minute");
    if (seconds < 3600)
        return SyncStatusWidget::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return SyncStatusWidget::tr("%n h", nullptr, int(seconds / 3600));
    return SyncStatusWidget::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace

SyncStatusWidget::SyncStatusWidget(core::SyncEngine *engine, const core::Clock &clock,
                                   QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_label(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_syncNow);

    auto *action = new QAction(tr("Sync now"), this);
    action->setObjectName(QStringLiteral("actionSyncNow"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(tr("Send waiting cases and fetch what changed at the hub now "
                          "(Ctrl+Shift+S)"));
    m_syncNow->setDefaultAction(action);
    m_syncNow->setAutoRaise(true);

    if (!m_engine) {
        m_label->setText(tr("Hub: not configured — this workstation works on its own"));
        m_label->setToolTip(tr("An administrator connects it with "
                               "“onewindow-cli sync enrol --hub URL”."));
        action->setEnabled(false);
        m_syncNow->hide();
        return;
    }
    connect(action, &QAction::triggered, m_engine, &core::SyncEngine::syncNowByRequest);
    connect(m_engine, &core::SyncEngine::statusChanged, this, &SyncStatusWidget::show);
    // The age of the oldest waiting case grows even when nothing else changes.
    m_ageTimer->setInterval(30 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &SyncStatusWidget::refreshText);
    m_ageTimer->start();
    show(m_engine->status());
}

QString SyncStatusWidget::describe(const core::SyncStatus &status, const QDateTime &now)
{
    if (!status.enrolled)
        return tr("Hub: not configured — this workstation works on its own");
    QStringList parts;
    if (status.syncing)
        parts.append(tr("Hub: syncing…"));
    else
        parts.append(status.online ? tr("Hub: online") : tr("Hub: offline"));
    if (status.queued > 0) {
        QString waiting = tr("%n case(s) waiting to upload", nullptr, status.queued);
        if (status.oldestUnsent.isValid())
            waiting += tr(", oldest %1").arg(age(status.oldestUnsent.secsTo(now)));
        parts.append(waiting);
    } else {
        parts.append(tr("all cases uploaded"));
    }
    if (status.rejected > 0)
        parts.append(tr("%n refused by the hub — see the case list", nullptr, status.rejected));
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusWidget::show(const core::SyncStatus &status)
{
    m_status = status;
    refreshText();
}

void SyncStatusWidget::refreshText()
{
    m_label->setText(describe(m_status, m_clock.now()));
    QString tip;
    if (m_status.lastSuccess.isValid())
        tip = tr("Last complete sync: %1").arg(
            QLocale().toString(m_status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    if (!m_status.lastError.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Last problem: %1")
                                                                          .arg(m_status.lastError);
    m_label->setToolTip(tip);
    const bool bad = !m_status.online || m_status.rejected > 0;
    m_label->setStyleSheet(bad ? QStringLiteral("color: #b45309;") : QString());
}

} // namespace ow::ui
