#include "SyncEngine.h"

#include "ChangeApplier.h"
#include "EventsListener.h"
#include "HubClient.h"
#include "OutboxStore.h"
#include "SyncLog.h"
#include "SyncSettings.h"
#include "VerificationStore.h"
#include "WorkstationSigner.h"

#include "../Clock.h"
#include "../cases/ReceiptNumberBlocks.h"

#include <QCoroSignal>

#include <utility>

namespace ow::core {
namespace {

class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

// Every awaited call below is first made into a named task and then awaited in a statement of
// its own. GCC 12 destroys some temporaries of a co_await full-expression twice (a lambda
// converted to the std::function parameter of onDatabase, for one) — a use-after-free that
// AddressSanitizer reports at once.

// Verifications asked per cycle at most, so that a long backlog does not hold the cycle (and
// the push of new cases behind it) for long; the rest follow in the next cycles.
constexpr int MaxVerificationsPerCycle = 200;
constexpr int VerificationBatch = 50;

} // namespace

SyncEngine::SyncEngine(BackgroundWorkstation &background, const Clock &clock, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_background(background)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_hub(new HubClient(clock, this))
{
    qRegisterMetaType<ow::core::SyncStatus>();
    qRegisterMetaType<ow::core::SyncCycleReport>();
    m_options.batchSize = std::clamp(m_options.batchSize, 1, OutboxStore::MaxBatch);
    m_options.pageLimit = std::clamp(m_options.pageLimit, 1, 5000);
    m_options.receiptBlockSize = std::clamp(m_options.receiptBlockSize, 1, 10000);
    m_hub->setTimeout(m_options.timeout);
    m_events = new EventsListener(*m_hub, SyncBackoff(m_options.random), this);
    connect(m_events, &EventsListener::changesAvailable, this, [this](qint64 cursor) {
        if (cursor > m_knownCursor)
            syncNow();
    });
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    // Coroutines still waiting (on the network or the database) see this and end without
    // touching the engine; the hub client cancels its requests as it goes.
    *m_alive = false;
    m_timer.stop();
    delete m_events;
    m_events = nullptr;
    delete m_hub;
    m_hub = nullptr;
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_stopping = false;
    m_timer.start(m_options.interval);
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    m_stopping = true;
    m_again = false;
    m_timer.stop();
    m_events->stop();
    m_hub->abortAll();
}

void SyncEngine::syncNowByRequest()
{
    m_requested = true;
    syncNow();
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    QCoro::connect(runCycle(), this, [](const SyncCycleReport &) {});
}

QCoro::Task<SyncCycleReport> SyncEngine::runCycle()
{
    const std::shared_ptr<bool> alive = m_alive;
    while (m_running) {
        co_await qCoro(this, &SyncEngine::cycleFinished);
        if (!*alive)
            co_return SyncCycleReport{};
    }
    co_return co_await cycle();
}

template<typename T>
QCoro::Task<std::optional<T>> SyncEngine::onDatabase(std::function<T(Workstation &)> work)
{
    // Not run (nullopt) when the background thread could not open the workstation.
    QFuture<std::optional<T>> future = m_background.run<std::optional<T>>(
        [work = std::move(work)](Workstation &ws) -> std::optional<T> { return work(ws); });
    co_return co_await future;
}

void SyncEngine::noteHubError(SyncCycleReport *report, const HubError &error)
{
    // A cancelled call says nothing about the hub, but the cycle did not complete either.
    if (error.kind != HubError::Kind::Cancelled)
        m_online = error.reachedHub();
    if (report && report->error.isEmpty())
        report->error = error.message;
    if (report && error.reachedHub())
        report->reachedHub = true;
}

bool SyncEngine::stopped(SyncCycleReport *report) const
{
    if (m_stopping && report->error.isEmpty())
        report->error = EngineText::tr("Sync was stopped.");
    return m_stopping;
}

void SyncEngine::noteStorageError(SyncCycleReport *report, const QString &message)
{
    const QString text = message.isEmpty() ? m_background.openError() : message;
    qCWarning(lcSync).noquote() << "sync stopped by the workstation database:" << text;
    if (report->error.isEmpty())
        report->error = text.isEmpty() ? EngineText::tr("The workstation database failed.") : text;
}

void SyncEngine::publish(const SyncStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}

QCoro::Task<SyncStatus> SyncEngine::refreshStatus()
{
    const std::shared_ptr<bool> alive = m_alive;
    struct Snapshot
    {
        OutboxCounts counts;
        SyncSettings settings;
        bool ok = false;
    };
    auto snapshotTask = onDatabase<Snapshot>([](Workstation &ws) {
            Snapshot s;
            StorageError countError;
            StorageError settingsError;
            s.counts = OutboxStore(ws.database(), ws.vault()).counts(&countError);
            s.settings = SyncSettings::read(ws.database(), &settingsError);
            s.ok = !countError && !settingsError;
            return s;
        });
    const std::optional<Snapshot> snapshot = co_await snapshotTask;
    if (!*alive)
        co_return SyncStatus{};
    SyncStatus s = m_status;
    s.syncing = m_running;
    if (snapshot && snapshot->ok) {
        s.enrolled = snapshot->settings.isEnrolled();
        s.queued = snapshot->counts.queued;
        s.failed = snapshot->counts.failed;
        s.rejected = snapshot->counts.rejected;
        s.oldestUnsent = snapshot->counts.oldestUnsent;
        s.lastSuccess = snapshot->settings.lastSuccess;
        s.lastError = snapshot->settings.lastError;
        s.cursor = snapshot->settings.cursor;
        m_knownCursor = std::max(m_knownCursor, s.cursor);
    }
    s.online = s.enrolled && m_online;
    publish(s);
    // A copy: GCC 12 moves from a data member named in co_return, emptying the engine's status.
    co_return SyncStatus(m_status);
}

QCoro::Task<std::optional<SyncSettings>> SyncEngine::configure(SyncCycleReport *report)
{
    const std::shared_ptr<bool> alive = m_alive;
    struct Read
    {
        SyncSettings settings;
        QString error;
    };
    auto readTask = onDatabase<Read>([](Workstation &ws) {
        Read r;
        StorageError e;
        r.settings = SyncSettings::read(ws.database(), &e);
        r.error = e.message;
        return r;
    });
    const std::optional<Read> read = co_await readTask;
    if (!*alive)
        co_return std::nullopt;
    if (!read || !read->error.isEmpty()) {
        noteStorageError(report, read ? read->error : QString());
        co_return std::nullopt;
    }
    if (!read->settings.isEnrolled()) {
        if (report->error.isEmpty())
            report->error = EngineText::tr("This workstation is not enrolled at a hub; enrol it "
                                           "with “onewindow-cli sync enrol”.");
        m_online = false;
        co_return std::nullopt;
    }
    m_hub->setHubUrl(read->settings.hubUrl);
    m_hub->setWorkstation(read->settings.stationId, workstationSigner(m_background));
    m_knownCursor = std::max(m_knownCursor, read->settings.cursor);
    if (m_options.liveEvents && m_started)
        m_events->start();
    co_return read->settings;
}

QCoro::Task<SyncCycleReport> SyncEngine::cycle()
{
    const std::shared_ptr<bool> alive = m_alive;
    SyncCycleReport report;
    report.startedAt = m_clock.now();
    m_running = true;
    {
        SyncStatus s = m_status;
        s.syncing = true;
        publish(s);
    }
    const std::optional<SyncSettings> settings = co_await configure(&report);
    if (!*alive)
        co_return report;
    bool go = settings.has_value();
    if (go) {
        auto tokenTask = m_hub->ensureToken();
        const HubError e = co_await tokenTask;
        if (!*alive)
            co_return report;
        if (e) {
            noteHubError(&report, e);
            go = false;
        } else {
            report.reachedHub = true;
        }
    }
    if (go)
        go = co_await push(&report);
    if (!*alive)
        co_return report;
    if (go)
        go = co_await pull(&report, settings->cursor, settings->hubPublicKeyPem);
    if (!*alive)
        co_return report;
    if (go)
        go = co_await resolveVerifications(&report, settings->hubPublicKeyPem);
    if (!*alive)
        co_return report;
    if (go && !stopped(&report))
        go = co_await topUpReceipts(&report);
    if (!*alive)
        co_return report;
    if (go && report.error.isEmpty())
        m_online = true;

    report.finishedAt = m_clock.now();
    if (settings) {
        const QDateTime success = report.error.isEmpty() ? report.finishedAt : QDateTime();
        const QString error = report.error;
        const QDateTime now = report.finishedAt;
        auto outcomeTask = onDatabase<QString>([success, error, now](Workstation &ws) {
            const StorageError e = SyncSettings::writeOutcome(ws.database(), success, error, now);
            return e ? e.message + QStringLiteral(" (") + e.detail + QLatin1Char(')') : QString();
        });
        const std::optional<QString> written = co_await outcomeTask;
        if (!*alive)
            co_return report;
        if (!written || !written->isEmpty())
            qCWarning(lcSync).noquote() << "the outcome of the cycle was not recorded:"
                                        << written.value_or(m_background.openError());
    }
    m_running = false;
    co_await refreshStatus();
    if (!*alive)
        co_return report;
    qCInfo(lcSync).noquote() << "cycle:" << report.confirmed << "confirmed," << report.rejected
                             << "rejected," << report.failed << "failed," << report.applied
                             << "changes," << report.verified << "verified"
                             << (report.error.isEmpty() ? QString() : report.error);
    emit cycleFinished(report);
    if (m_again && *alive) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    }
    co_return report;
}

QCoro::Task<bool> SyncEngine::push(SyncCycleReport *report)
{
    const std::shared_ptr<bool> alive = m_alive;
    const bool requested = std::exchange(m_requested, false);
    qint64 after = 0;
    for (;;) {
        if (stopped(report))
            co_return false;
        const QString requestId = HubClient::newRequestId();
        const QDateTime now = m_clock.now();
        const int limit = m_options.batchSize;
        const bool ignoreBackoff = m_options.ignoreBackoff || requested;
        auto claimTask = onDatabase<OutboxClaim>(
            [limit, after, requestId, now, ignoreBackoff](Workstation &ws) {
                return OutboxStore(ws.database(), ws.vault())
                    .claimDue(limit, after, requestId, now, ignoreBackoff);
            });
        const std::optional<OutboxClaim> claim = co_await claimTask;
        if (!*alive)
            co_return false;
        if (!claim || claim->error) {
            noteStorageError(report, claim ? claim->error.message : QString());
            co_return false;
        }
        report->rejected += claim->unreadable;
        if (claim->envelopes.isEmpty() && (claim->unreadable == 0 || claim->lastSeq <= after))
            co_return true;
        after = claim->lastSeq;
        if (claim->envelopes.isEmpty())
            continue;

        QList<QJsonObject> envelopes;
        envelopes.reserve(claim->envelopes.size());
        for (const OutboxEnvelope &e : claim->envelopes)
            envelopes.append(e.toHub());
        auto pushTask = m_hub->pushEnvelopes(envelopes, requestId);
        const HubResult<QList<HubEnvelopeResult>> sent = co_await pushTask;
        if (!*alive)
            co_return false;

        QList<OutboxOutcome> outcomes;
        if (!sent.ok()) {
            noteHubError(report, sent.error);
            for (const OutboxEnvelope &e : claim->envelopes)
                outcomes.append({e.seq, OutboxOutcome::State::Failed, sent.error.message});
            report->failed += int(outcomes.size());
        } else {
            for (qsizetype i = 0; i < sent.value.size(); ++i) {
                const HubEnvelopeResult &r = sent.value.at(i);
                const OutboxEnvelope &e = claim->envelopes.at(i);
                if (r.outcome == HubEnvelopeResult::Outcome::Rejected) {
                    const QString reason =
                        r.reason.isEmpty() ? EngineText::tr("refused by the hub without a reason")
                                           : r.reason;
                    outcomes.append({e.seq, OutboxOutcome::State::Rejected, reason});
                    ++report->rejected;
                    report->rejections.append(
                        QStringLiteral("%1: %2").arg(
                            e.sealedContent.value(u"case").toObject().value(u"receipt").toString(),
                            reason));
                } else {
                    outcomes.append({e.seq, OutboxOutcome::State::Confirmed, {}});
                    ++report->confirmed;
                }
            }
        }
        const QDateTime recordedAt = m_clock.now();
        auto recordTask = onDatabase<StorageError>(
            [outcomes, requestId, recordedAt](Workstation &ws) {
                return OutboxStore(ws.database(), ws.vault()).record(outcomes, requestId, recordedAt);
            });
        const std::optional<StorageError> recorded = co_await recordTask;
        if (!*alive)
            co_return false;
        if (!recorded || *recorded) {
            noteStorageError(report, recorded ? recorded->message : QString());
            co_return false;
        }
        if (!sent.ok())
            // Stop pushing while the hub fails; whether the cycle goes on depends on whether
            // the hub is there at all.
            co_return sent.error.reachedHub();
    }
}

QCoro::Task<bool> SyncEngine::pull(SyncCycleReport *report, qint64 cursor, QByteArray hubKey)
{
    const std::shared_ptr<bool> alive = m_alive;
    bool catalog = false;
    bool calendar = false;
    QStringList statuses;
    QStringList answered;
    bool ok = true;
    for (;;) {
        if (stopped(report)) {
            ok = false;
            break;
        }
        auto pageTask = m_hub->changes(cursor, m_options.pageLimit);
        const HubResult<HubChangesPage> page = co_await pageTask;
        if (!*alive)
            co_return false;
        if (!page.ok()) {
            noteHubError(report, page.error);
            ok = page.error.reachedHub();
            break;
        }
        const QDateTime now = m_clock.now();
        const HubChangesPage value = page.value;
        auto applyTask = onDatabase<ChangeApplyResult>(
            [value, hubKey, now](Workstation &ws) {
                return ChangeApplier(ws.database(), ws.vault()).apply(value, hubKey, now);
            });
        const std::optional<ChangeApplyResult> applied = co_await applyTask;
        if (!*alive)
            co_return false;
        if (!applied || applied->error) {
            noteStorageError(report, applied ? applied->error.message : QString());
            ok = false;
            break;
        }
        report->applied += applied->applied;
        report->skipped += applied->skipped;
        catalog = catalog || applied->catalogChanged;
        calendar = calendar || applied->calendarChanged;
        statuses += applied->statusChangedCases;
        answered += applied->answeredCases;
        const qint64 previous = cursor;
        cursor = applied->cursor;
        m_knownCursor = std::max(m_knownCursor, cursor);
        if (!page.value.more) {
            report->pulledToEnd = true;
            break;
        }
        if (cursor <= previous) {
            if (report->error.isEmpty())
                report->error = EngineText::tr("The hub says more changes follow but its cursor "
                                               "does not move; pulling stopped.");
            break;
        }
    }
    if (catalog)
        emit catalogChanged();
    if (calendar)
        emit calendarChanged();
    if (!statuses.isEmpty())
        emit caseStatusesChanged(statuses);
    if (!answered.isEmpty()) {
        answered.removeDuplicates();
        emit verificationsAnswered(answered);
    }
    co_return ok;
}

QCoro::Task<bool> SyncEngine::resolveVerifications(SyncCycleReport *report, QByteArray hubKey)
{
    const std::shared_ptr<bool> alive = m_alive;
    QStringList answered;
    bool ok = true;
    int asked = 0;
    while (ok && asked < MaxVerificationsPerCycle) {
        const QDateTime now = m_clock.now();
        auto dueTask = onDatabase<QList<PendingVerification>>([now](Workstation &ws) {
                StorageError e;
                QList<PendingVerification> list =
                    VerificationStore(ws.database(), ws.vault()).due(VerificationBatch, now, &e);
                return e ? QList<PendingVerification>{} : list;
            });
        const std::optional<QList<PendingVerification>> due = co_await dueTask;
        if (!*alive)
            co_return false;
        if (!due || due->isEmpty())
            break;
        for (const PendingVerification &v : *due) {
            if (stopped(report)) {
                ok = false;
                break;
            }
            ++asked;
            auto answerTask = m_hub->verify(v.hubKind, v.subject, v.caseId);
            const HubResult<HubSignedAnswer> answer = co_await answerTask;
            if (!*alive)
                co_return false;
            const QDateTime at = m_clock.now();
            QString failure;
            if (!answer.ok()) {
                noteHubError(nullptr, answer.error);
                failure = answer.error.message;
                if (!answer.error.reachedHub()) {
                    noteHubError(report, answer.error);
                    ok = false;
                }
            }
            const HubSignedAnswer signedAnswer = answer.value;
            auto recordAnswerTask = onDatabase<QString>(
                [v, signedAnswer, hubKey, failure, at](Workstation &ws) {
                    VerificationStore store(ws.database(), ws.vault());
                    QString why = failure;
                    StorageError e;
                    if (why.isEmpty())
                        e = store.record(v.caseId, signedAnswer, hubKey, &why);
                    if (!e && !why.isEmpty())
                        e = store.recordFailure(v.caseId, v.kind, why, at);
                    return e ? e.message : why;
                });
            const std::optional<QString> refusal = co_await recordAnswerTask;
            if (!*alive)
                co_return false;
            if (refusal && refusal->isEmpty()) {
                ++report->verified;
                answered.append(v.caseId);
            }
            if (!ok)
                break;
        }
    }
    if (!answered.isEmpty()) {
        answered.removeDuplicates();
        emit verificationsAnswered(answered);
    }
    co_return ok;
}

QCoro::Task<bool> SyncEngine::topUpReceipts(SyncCycleReport *report)
{
    const std::shared_ptr<bool> alive = m_alive;
    auto remainingTask = onDatabase<qint64>([](Workstation &ws) {
        StorageError e;
        const qint64 n = ReceiptNumberBlocks(ws.database()).remaining(&e);
        return e ? qint64(-1) : n;
    });
    const std::optional<qint64> remaining = co_await remainingTask;
    if (!*alive)
        co_return false;
    if (!remaining || *remaining < 0) {
        noteStorageError(report, QString());
        co_return false;
    }
    if (*remaining >= m_options.receiptThreshold)
        co_return true;
    auto blockTask = m_hub->receiptBlock(m_options.receiptBlockSize);
    const HubResult<HubReceiptBlock> block = co_await blockTask;
    if (!*alive)
        co_return false;
    if (!block.ok()) {
        noteHubError(report, block.error);
        co_return block.error.reachedHub();
    }
    const HubReceiptBlock b = block.value;
    const QDateTime now = m_clock.now();
    auto grantTask = onDatabase<QString>([b, now](Workstation &ws) {
        return ReceiptNumberBlocks(ws.database())
            .grant(b.prefix, b.first, b.last, QStringLiteral("hub"), now)
            .message;
    });
    const std::optional<QString> granted = co_await grantTask;
    if (!*alive)
        co_return false;
    if (!granted || !granted->isEmpty()) {
        if (report->error.isEmpty())
            report->error = EngineText::tr("The hub's receipt block %1 %2–%3 could not be "
                                           "granted: %4")
                                .arg(b.prefix)
                                .arg(b.first)
                                .arg(b.last)
                                .arg(granted.value_or(m_background.openError()));
        co_return true;
    }
    report->receiptBlockGranted = true;
    co_return true;
}

QCoro::Task<HubResult<ImmediateVerification>> SyncEngine::verify(QString hubKind,
                                                                 QJsonObject subject)
{
    const std::shared_ptr<bool> alive = m_alive;
    HubResult<ImmediateVerification> result;
    SyncCycleReport scratch;
    const std::optional<SyncSettings> settings = co_await configure(&scratch);
    if (!*alive)
        co_return result;
    if (!settings) {
        result.error = HubError::make(HubError::Kind::NotEnrolled, scratch.error);
        co_return result;
    }
    auto answerTask = m_hub->verify(hubKind, subject, {});
    const HubResult<HubSignedAnswer> answer = co_await answerTask;
    if (!*alive)
        co_return result;
    if (!answer.ok()) {
        noteHubError(nullptr, answer.error);
        result.error = answer.error;
        co_return result;
    }
    QString why;
    std::optional<VerificationAnswer> parsed;
    if (VerificationAnswer::verifySignature(answer.value.answer, answer.value.signature,
                                            settings->hubPublicKeyPem, &why))
        parsed = VerificationAnswer::fromJson(answer.value.answer, &why);
    if (!parsed) {
        result.error = HubError::badAnswer(why, QString(), 200);
        co_return result;
    }
    result.value = {*parsed, answer.value};
    co_return result;
}

} // namespace ow::core
