#include "CaseIntake.h"

#include "EnvelopeReader.h"
#include "StepWorkflow.h"

#include "../HubContext.h"
#include "../storage/HubDatabase.h"

#include "core/Clock.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {

// Any number will do as long as every hub process uses the same one.
constexpr qint64 IntakeLockKey = 0x4f57494e; // "OWIN"

const QString Accepted = QStringLiteral("accepted");
const QString Duplicate = QStringLiteral("duplicate");
const QString Rejected = QStringLiteral("rejected");

// The statements of one batch, prepared once and run for every envelope.
class IntakeStatements
{
public:
    explicit IntakeStatements(const QSqlDatabase &db)
        : findEnvelope(db)
        , findCase(db)
        , findReceipt(db)
        , insertEnvelope(db)
        , insertCase(db)
        , insertStep(db)
        , insertEvent(db)
    {}

    bool prepare(QString *error)
    {
        const std::pair<QSqlQuery *, const char *> all[] = {
            {&findEnvelope, "SELECT outcome, reason FROM hub_envelope WHERE id = ?"},
            {&findCase, "SELECT 1 FROM hub_case WHERE id = ?"},
            {&findReceipt, "SELECT 1 FROM hub_case WHERE receipt_number = ?"},
            {&insertEnvelope, "INSERT INTO hub_envelope (id, station_id, type, outcome, reason, "
                              "received_at) VALUES (?, ?, ?, ?, ?, ?)"},
            {&insertCase, "INSERT INTO hub_case (id, receipt_number, station_id, window_name, "
                          "clerk, outcome, status, subject_code, is_bundle, accepted_on, deadline, "
                          "created_at, received_at, updated_at, payload, intake_seq) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&insertStep, "INSERT INTO hub_case_step (case_id, position, matter_code, "
                          "department_id, status, working_days, deadline, suspended_on, "
                          "extended_days, opinion, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, '', ?)"},
            {&insertEvent, "INSERT INTO hub_case_event (case_id, position, action, actor, opinion, "
                           "at, detail) VALUES (?, NULL, 'received', ?, '', ?, ?)"},
        };
        for (const auto &[query, sql] : all) {
            query->setForwardOnly(true);
            if (!query->prepare(QString::fromLatin1(sql))) {
                *error = query->lastError().text();
                return false;
            }
        }
        return true;
    }

    QSqlQuery findEnvelope;
    QSqlQuery findCase;
    QSqlQuery findReceipt;
    QSqlQuery insertEnvelope;
    QSqlQuery insertCase;
    QSqlQuery insertStep;
    QSqlQuery insertEvent;
};

// Runs a prepared statement with `values`; false with `error` set when it fails. Qt binds a
// null QString as SQL NULL, and every text column here is NOT NULL: texts go in as '' instead
// (an invalid QVariant still means NULL).
bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// Whether a single-row lookup found its row; `error` set when it failed.
bool exists(QSqlQuery &q, const QString &key, QString *error)
{
    if (!run(q, {key}, error))
        return false;
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace

QJsonObject CaseIntake::Answer::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("outcome"), outcome}};
    if (outcome == Rejected)
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

std::optional<CaseIntake::Result> CaseIntake::apply(const QJsonArray &envelopes,
                                                    const Caller &caller, QString *error)
{
    error->clear();
    // Everything about the envelopes themselves is settled before the transaction starts.
    const EnvelopeReader reader(m_hub.clock.today());
    QList<IncomingEnvelope> incoming;
    incoming.reserve(envelopes.size());
    for (const QJsonValue &value : envelopes)
        incoming.append(reader.read(value));

    const QString now = m_hub.now();
    QSqlDatabase db = m_hub.db.connection();
    HubTransaction tx(m_hub.db);
    if (!tx.begin(error))
        return std::nullopt;
    // PostgreSQL: one batch at a time across hub processes (SQLite's BEGIN IMMEDIATE already
    // does this), so the checks below stay true until commit and intake numbers are handed out
    // in commit order.
    if (m_hub.db.dialect() == HubDatabase::Dialect::Postgres) {
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(IntakeLockKey))) {
            *error = lock.lastError().text();
            return std::nullopt;
        }
    }
    IntakeStatements st(db);
    if (!st.prepare(error))
        return std::nullopt;
    qint64 seq = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(intake_seq), 0) FROM hub_case"))
            || !q.next()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        seq = q.value(0).toLongLong();
    }

    Result result;
    QHash<QString, Answer> again; // envelope id → what a second arrival in this batch gets
    QSet<QString> batchCases;
    QSet<QString> batchReceipts;
    for (const IncomingEnvelope &e : std::as_const(incoming)) {
        Answer answer{e.givenId, Rejected, e.rejection};
        if (e.id.isEmpty()) { // without a usable id there is nothing to remember it by
            result.answers.append(answer);
            continue;
        }
        if (const auto it = again.constFind(e.id); it != again.constEnd()) {
            result.answers.append(Answer{e.givenId, it->outcome, it->reason});
            continue;
        }
        if (!run(st.findEnvelope, {e.id}, error))
            return std::nullopt;
        if (st.findEnvelope.next()) {
            const bool wasAccepted = st.findEnvelope.value(0).toString() == Accepted;
            answer.outcome = wasAccepted ? Duplicate : Rejected;
            answer.reason = wasAccepted ? QString() : st.findEnvelope.value(1).toString();
            st.findEnvelope.finish();
            again.insert(e.id, answer);
            result.answers.append(answer);
            continue;
        }
        st.findEnvelope.finish();

        if (answer.reason.isEmpty()) {
            const CaseRecord &r = e.incoming->record;
            const bool caseKnown = batchCases.contains(r.id) || exists(st.findCase, r.id, error);
            if (!error->isEmpty())
                return std::nullopt;
            const bool receiptKnown =
                !caseKnown
                && (batchReceipts.contains(r.receipt) || exists(st.findReceipt, r.receipt, error));
            if (!error->isEmpty())
                return std::nullopt;
            if (caseKnown)
                answer.reason =
                    tr("The case %1 has already reached the hub in another envelope.").arg(r.id);
            else if (receiptKnown)
                answer.reason =
                    tr("The receipt number %1 already belongs to another case.").arg(r.receipt);
        }
        const bool accept = answer.reason.isEmpty();
        if (!run(st.insertEnvelope,
                 {e.id, caller.station, e.type, accept ? Accepted : Rejected, answer.reason, now},
                 error))
            return std::nullopt;
        if (!accept) {
            again.insert(e.id, answer);
            result.answers.append(answer);
            continue;
        }

        const CaseRecord &r = e.incoming->record;
        // A notice or a refusal keeps its outcome as its status: it has no steps to follow.
        const QDate deadline = StepWorkflow::caseDeadline(r.steps);
        const QString status = r.steps.isEmpty() ? r.outcome : StepWorkflow::caseStatus(r.steps);
        const QVariant noDate; // NULL
        if (!run(st.insertCase,
                 {r.id, r.receipt, caller.station, r.window, r.clerk, r.outcome, status, r.subject,
                  int(r.bundle), isoDateOrEmpty(r.acceptedOn),
                  deadline.isValid() ? QVariant(isoDateOrEmpty(deadline)) : noDate, r.createdAt,
                  now, now,
                  QString::fromUtf8(
                      QJsonDocument(e.incoming->payload).toJson(QJsonDocument::Compact)),
                  ++seq},
                 error))
            return std::nullopt;
        for (const CaseStepRecord &s : r.steps) {
            if (!run(st.insertStep,
                     {r.id, s.position, s.matter, s.department, s.status, s.workingDays,
                      isoDateOrEmpty(s.deadline), now},
                     error))
                return std::nullopt;
        }
        const QJsonObject detail{{QStringLiteral("envelope"), e.id},
                                 {QStringLiteral("clerk"), r.clerk},
                                 {QStringLiteral("window"), r.window}};
        if (!run(st.insertEvent,
                 {r.id, caller.station, now,
                  QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                 error))
            return std::nullopt;
        batchCases.insert(r.id);
        batchReceipts.insert(r.receipt);
        again.insert(e.id, Answer{e.givenId, Duplicate, {}});
        answer.outcome = Accepted;
        result.answers.append(answer);
    }
    if (!tx.commit(error))
        return std::nullopt;
    return result;
}

} // namespace ow::hub
