#pragma once

#include "HubAnswers.h"
#include "HubError.h"
#include "SyncBackoff.h"
#include "SyncStatus.h"
#include "VerificationAnswer.h"

#include "../BackgroundWorkstation.h"

#include <QObject>
#include <QTimer>

#include <QCoroFuture>
#include <QCoroTask>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ow::core {

class Clock;
class EventsListener;
class HubClient;
struct SyncSettings;

// A verification answered at once (the acceptance screen asking while the applicant waits).
struct ImmediateVerification
{
    VerificationAnswer answer;
    HubSignedAnswer evidence; // keep with the case: the hub's signed answer as received
};

// The workstation's sync engine: drains the outbox to the hub, pulls what changed there
// (catalog, calendars, case status, verification answers), resolves pending verifications and
// keeps the window supplied with receipt numbers. Lives on the GUI thread and never blocks it:
// network calls are QCoro coroutines, database work runs on BackgroundWorkstation's thread.
//
// A cycle: token → push every due outbox row in batches of ≤ 200 → pull changes until the hub
// says there are no more → pending verifications → a receipt block when the window runs low.
// Cycles run at start(), every `interval`, on syncNow(), and when the hub's live events say
// there is something new. One cycle at a time; a request during a cycle runs one more after it.
// Offline is a normal state: a failure only records the error and schedules retries.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds interval = std::chrono::seconds(60);
        std::chrono::milliseconds timeout = std::chrono::seconds(20); // per request
        int batchSize = 200;          // envelopes per POST /envelopes (the hub takes ≤ 500)
        int pageLimit = 2000;         // changes per GET /changes (the hub gives ≤ 5000)
        int receiptThreshold = 500;   // ask for a block when fewer numbers remain
        int receiptBlockSize = 5000;
        bool liveEvents = true;       // listen on /events between cycles
        // A person asked for these cycles (`sync once`): failed rows are sent at once instead
        // of waiting out their backoff, which is there to space the automatic retries.
        bool ignoreBackoff = false;
        SyncBackoff::Random random;   // jitter source; default QRandomGenerator
    };

    SyncEngine(BackgroundWorkstation &background, const Clock &clock, Options options,
               QObject *parent = nullptr);
    SyncEngine(BackgroundWorkstation &background, const Clock &clock, QObject *parent = nullptr)
        : SyncEngine(background, clock, Options{}, parent)
    {}
    ~SyncEngine() override;

    // Runs a first cycle now, then every interval, and listens to live events.
    void start();
    // No more cycles; what is in flight is cancelled (its rows stay due and are sent later).
    void stop();
    // A cycle as soon as possible (after the running one, if any). Also call it after an
    // acceptance so the new envelope leaves at once and the queued count updates.
    void syncNow();
    // A person asked ("Sync now"): like syncNow(), and rows waiting out their retry backoff go
    // too — backoff spaces the automatic retries, not the ones a clerk asks for.
    void syncNowByRequest();
    // One cycle, awaited: waits for a running cycle to end first.
    QCoro::Task<SyncCycleReport> runCycle();

    // Re-reads the counts and settings and emits statusChanged when anything differs.
    QCoro::Task<SyncStatus> refreshStatus();
    SyncStatus status() const { return m_status; }

    // An immediate shared-data check while the applicant waits. `hubKind` as the protocol
    // names it (identity, legal_person, …). Fails (never blocks) when offline: the caller then
    // records the verification as pending and the engine asks later.
    QCoro::Task<HubResult<ImmediateVerification>> verify(QString hubKind, QJsonObject subject);

    HubClient &hub() { return *m_hub; }

signals:
    void statusChanged(const ow::core::SyncStatus &status);
    void cycleFinished(const ow::core::SyncCycleReport &report);
    void catalogChanged();  // the cached catalog has new items: reload it
    void calendarChanged(); // hub calendar years changed: reload the working-day calendar
    void caseStatusesChanged(const QStringList &caseIds);
    void verificationsAnswered(const QStringList &caseIds);

private:
    template<typename T>
    QCoro::Task<std::optional<T>> onDatabase(std::function<T(Workstation &)> work);

    QCoro::Task<SyncCycleReport> cycle();
    QCoro::Task<std::optional<SyncSettings>> configure(SyncCycleReport *report);
    QCoro::Task<bool> push(SyncCycleReport *report);
    QCoro::Task<bool> pull(SyncCycleReport *report, qint64 cursor, QByteArray hubKey);
    QCoro::Task<bool> resolveVerifications(SyncCycleReport *report, QByteArray hubKey);
    QCoro::Task<bool> topUpReceipts(SyncCycleReport *report);
    void noteHubError(SyncCycleReport *report, const HubError &error);
    void noteStorageError(SyncCycleReport *report, const QString &message);
    bool stopped(SyncCycleReport *report) const; // after stop(): notes it in the report
    void publish(const SyncStatus &status);

    BackgroundWorkstation &m_background;
    const Clock &m_clock;
    Options m_options;
    HubClient *m_hub = nullptr;
    EventsListener *m_events = nullptr;
    QTimer m_timer;
    SyncStatus m_status;
    bool m_online = false; // the last call reached the hub
    bool m_running = false;
    bool m_again = false;
    bool m_requested = false; // the next cycle ignores backoff (syncNowByRequest)
    bool m_started = false;
    bool m_stopping = false;
    qint64 m_knownCursor = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace ow::core
