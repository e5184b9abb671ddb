#pragma once

#include "core/sync/SyncStatus.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace ow::core {
class Clock;
class SyncEngine;
} // namespace ow::core

namespace ow::ui {

// The status bar's account of sync, honest about offline: online/offline, how many cases wait
// to go up and since when, refused ones (a person must look), the last error, and "Sync now"
// (Ctrl+Shift+S). Without an engine (workstation not enrolled) it says the workstation works
// on its own.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(core::SyncEngine *engine, const core::Clock &clock, QWidget *parent = nullptr);

    // The text the label shows for `status` at `now` (public for tests).
    static QString describe(const core::SyncStatus &status, const QDateTime &now);

private:
    void show(const core::SyncStatus &status);
    void refreshText();

    core::SyncEngine *m_engine;
    const core::Clock &m_clock;
    core::SyncStatus m_status;
    QLabel *m_label;
    QToolButton *m_syncNow;
    QTimer *m_ageTimer;
};

} // namespace ow::ui
