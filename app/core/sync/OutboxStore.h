#pragma once

#include "SyncBackoff.h"

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::core {

class PersonalDataVault;

// One outbox row opened for sending.
struct OutboxEnvelope
{
    qint64 seq = 0;
    QString envelopeId; // the client UUID the hub applies at most once
    QString kind;       // "case.submitted"
    QString caseId;
    QJsonObject sealedContent; // what AcceptanceService sealed: {envelope, type, case}
    int attempts = 0;

    // The envelope as POST /envelopes takes it: {id, type, payload: {case}}.
    QJsonObject toHub() const;
};

struct OutboxClaim
{
    QList<OutboxEnvelope> envelopes; // now in state 'sending'
    int unreadable = 0;              // rows whose payload did not open: marked rejected
    qint64 lastSeq = 0;              // the highest seq looked at; the next claim starts after it
    StorageError error;
};

// What the hub (or the attempt to reach it) said about one envelope.
struct OutboxOutcome
{
    enum class State { Confirmed, Rejected, Failed };
    qint64 seq = 0;
    State state = State::Failed;
    QString reason; // Rejected: the hub's reason, shown to the clerk; Failed: the error
};

struct OutboxCounts
{
    int queued = 0;   // waiting for their first try, or being sent
    int failed = 0;   // tried, will be tried again
    int rejected = 0; // refused by the hub; a person has to look at them
    int confirmed = 0;
    QDateTime oldestUnsent; // created_at of the oldest row not yet confirmed or rejected; null if none
};

// An envelope the hub refused, for the list a clerk or administrator reads.
struct RejectedEnvelope
{
    qint64 seq = 0;
    QString envelopeId;
    QString receiptNumber; // of its case; empty when the row has no case
    QString reason;
    QDateTime createdAt;
};

// The outbox table (sql/workstation/0005_cases.sql) as the sync engine drains it. Synchronous
// and on one connection: the engine calls it through BackgroundWorkstation. Row states:
//   queued → sending → confirmed | rejected | failed (→ sending again once next_attempt_at
//   has passed). A row left 'sending' by a crash or a kill is due again at once: the hub applies
//   each envelope id at most once, so sending it twice is safe, losing it is not.
class OutboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    static constexpr int MaxBatch = 200;

    OutboxStore(Database &database, PersonalDataVault &vault, SyncBackoff backoff = SyncBackoff{})
        : m_db(database)
        , m_vault(vault)
        , m_backoff(std::move(backoff))
    {}

    // Marks up to `limit` due rows with seq > afterSeq 'sending' under `requestId` and returns
    // them opened, oldest first, in one transaction. Due: queued, sending (left by a crash), or
    // failed with next_attempt_at <= now — or failed at all with `ignoreBackoff` (a person
    // asked to sync now; the backoff only spaces the automatic retries).
    OutboxClaim claimDue(int limit, qint64 afterSeq, const QString &requestId,
                         const QDateTime &now, bool ignoreBackoff = false);

    // Records the outcome of every row of one batch in one transaction. Failed rows get
    // attempts + 1, next_attempt_at = now + backoff and the error; every row keeps requestId.
    [[nodiscard]] StorageError record(const QList<OutboxOutcome> &outcomes,
                                      const QString &requestId, const QDateTime &now);
    // The same failure for every row of a batch the hub never answered properly.
    [[nodiscard]] StorageError recordFailure(const QList<OutboxEnvelope> &batch,
                                             const QString &error, const QString &requestId,
                                             const QDateTime &now);

    OutboxCounts counts(StorageError *error) const;
    QList<RejectedEnvelope> rejected(int limit, StorageError *error) const;

private:
    Database &m_db;
    PersonalDataVault &m_vault;
    SyncBackoff m_backoff;
};

} // namespace ow::core
