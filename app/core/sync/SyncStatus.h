#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ow::core {

// What the status bar shows about sync: online or not, how much is waiting, since when, and
// what went wrong last. Emitted by SyncEngine whenever any of it changes.
struct SyncStatus
{
    bool enrolled = false; // a hub is configured
    bool online = false;   // the last call reached the hub and it answered
    bool syncing = false;  // a cycle is running
    int queued = 0;        // envelopes not yet sent (or being sent)
    int failed = 0;        // envelopes that failed and will be retried
    int rejected = 0;      // envelopes the hub refused (a person must look at them)
    QDateTime oldestUnsent; // created_at of the oldest envelope not yet confirmed; null if none
    QDateTime lastSuccess;  // end of the last cycle that completed without a failure
    QString lastError;      // translated; empty after a clean cycle
    qint64 cursor = 0;

    bool operator==(const SyncStatus &) const = default;
};

// What one cycle did, for `onewindow-cli sync once|watch` and the log.
struct SyncCycleReport
{
    QDateTime startedAt;
    QDateTime finishedAt;
    bool reachedHub = false;
    bool pulledToEnd = false; // the change feed said "no more"
    int confirmed = 0;        // envelopes the hub accepted (or already had)
    int rejected = 0;         // envelopes the hub refused in this cycle
    int failed = 0;           // envelopes that will be retried
    int applied = 0;          // changes applied
    int skipped = 0;          // changes refused (see sync_skipped_change)
    int verified = 0;         // verifications answered
    bool receiptBlockGranted = false;
    QStringList rejections;   // "receipt: reason" per refused envelope, translated
    QString error;            // translated; the first failure of the cycle

    // Everything due was confirmed, the feed was pulled to its end, nothing failed.
    bool complete() const
    {
        return reachedHub && pulledToEnd && error.isEmpty() && failed == 0 && rejected == 0;
    }
};

} // namespace ow::core

Q_DECLARE_METATYPE(ow::core::SyncStatus)
Q_DECLARE_METATYPE(ow::core::SyncCycleReport)
