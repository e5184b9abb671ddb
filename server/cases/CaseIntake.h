#pragma once

#include "../http/ApiTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace ow::hub {

struct HubContext;

// Case intake (POST /envelopes): a batch of `case.submitted` envelopes from one workstation,
// each applied at most once.
//
// The batch is one transaction, for speed, yet one envelope cannot spoil another: each is read
// and checked completely (its own content, then the hub's memory of envelope ids, case ids and
// receipt numbers) before anything of it is written, so a write can only fail when storage
// fails — and then the whole batch is rolled back and the workstation sends it again.
// Rejections are remembered like acceptances, so a re-sent envelope always gets the answer it
// got the first time: `duplicate` after `accepted`, the same `rejected` reason after `rejected`.
class CaseIntake final
{
    Q_DECLARE_TR_FUNCTIONS(CaseIntake)

public:
    static constexpr int MaxBatch = 500;

    struct Answer
    {
        QString id;      // the envelope id as sent
        QString outcome; // accepted, duplicate, rejected
        QString reason;  // rejected only: translated
        QJsonObject toJson() const;
    };
    struct Result
    {
        QList<Answer> answers; // in request order
    };

    explicit CaseIntake(HubContext &hub)
        : m_hub(hub)
    {}

    // Nothing, with `error` set, when storage failed: then nothing of the batch was written.
    std::optional<Result> apply(const QJsonArray &envelopes, const Caller &caller, QString *error);

private:
    HubContext &m_hub;
};

} // namespace ow::hub
