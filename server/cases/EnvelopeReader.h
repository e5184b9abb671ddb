#pragma once

#include "CaseRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace ow::hub {

// A case as a `case.submitted` envelope brings it (the payload AcceptanceService writes to the
// workstation's outbox), checked like user input.
struct IncomingCase
{
    CaseRecord record;   // what the hub stores in hub_case / hub_case_step (not yet numbered)
    QJsonObject payload; // the case object as sent, kept whole
};

struct IncomingEnvelope
{
    QString givenId; // the id as sent, echoed in the answer (empty when it was not text)
    QString id;      // the id in canonical form (lower-case UUID); empty when it is not a UUID
    QString type;    // as sent, at most 64 characters
    std::optional<IncomingCase> incoming; // set when the envelope is acceptable
    QString rejection;                    // translated reason; empty when acceptable
};

// Reads one element of POST /envelopes. Never fails on any input: what is not a well-formed
// `case.submitted` envelope comes back with a rejection reason. Checks only the envelope itself
// (no storage): duplicates and receipt numbers taken by other cases are CaseIntake's business.
class EnvelopeReader final
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeReader)

public:
    static constexpr int MaxSteps = 100;
    static constexpr int MaxCodeLength = 64;
    static constexpr int MaxTextLength = 4000;

    // `today`: the hub's date, for the resident ID check and "accepted in the future".
    explicit EnvelopeReader(QDate today)
        : m_today(today)
    {}

    IncomingEnvelope read(const QJsonValue &value) const;

    // The canonical (lower-case, no braces) form of a UUID, or empty.
    static QString canonicalUuid(const QString &text);

private:
    std::optional<IncomingCase> readCase(const QJsonObject &c, QString *why) const;
    bool readSteps(const QJsonValue &value, IncomingCase *incoming, QString *why) const;
    bool readApplicant(const QJsonValue &value, QString *why) const;

    QDate m_today;
};

} // namespace ow::hub
