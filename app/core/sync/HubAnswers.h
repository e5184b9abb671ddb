#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// The answers of the hub's API (docs/api/protocol.md) as the workstation uses them, each read
// strictly: a missing key, a value of another type, a number that is not a whole number in
// range, an unknown outcome — the whole answer is refused with a translated reason and nothing
// of it is used.

struct HubToken
{
    QByteArray token;
    QDateTime expiresAt; // UTC
};

struct HubLogin
{
    HubToken token;
    QString role;
    QString department;
    QString displayName;
};

struct HubEnrolment
{
    QString stationId;
    QString window;
    QByteArray hubPublicKeyPem;
    QString hubKeyId;
};

struct HubChange
{
    qint64 seq = 0;
    QString kind; // department, matter, bundle, calendar, case.status, verification, …
    QString key;
    QJsonObject body;
};

struct HubChangesPage
{
    QList<HubChange> changes; // seq strictly increasing, all after the `since` asked for
    qint64 cursor = 0;
    bool more = false;
};

struct HubReceiptBlock
{
    QString prefix;
    qint64 first = 0;
    qint64 last = 0;
};

struct HubEnvelopeResult
{
    enum class Outcome { Accepted, Duplicate, Rejected };
    QString id;
    Outcome outcome = Outcome::Rejected;
    QString reason;
};

// A signed verification answer as received: the answer object exactly as the hub sent it (the
// signature covers its canonical JSON) and the base64 signature beside it.
struct HubSignedAnswer
{
    QJsonObject answer;
    QByteArray signature;
};

class HubAnswers
{
    Q_DECLARE_TR_FUNCTIONS(HubAnswers)

public:
    // Seq numbers are JSON numbers; beyond 2^53 a double no longer holds every whole number.
    static constexpr qint64 MaxExactInteger = (qint64(1) << 53);

    static std::optional<HubToken> token(const QJsonObject &o, QString *why);
    static std::optional<HubLogin> login(const QJsonObject &o, QString *why);
    static std::optional<HubEnrolment> enrolment(const QJsonObject &o, QString *why);
    static std::optional<HubChangesPage> changes(const QJsonObject &o, qint64 since, int limit,
                                                 QString *why);
    static std::optional<HubReceiptBlock> receiptBlock(const QJsonObject &o, QString *why);
    // The results must name exactly the envelopes sent, in the same order.
    static std::optional<QList<HubEnvelopeResult>> envelopeResults(const QJsonObject &o,
                                                                   const QStringList &sentIds,
                                                                   QString *why);
    static std::optional<HubSignedAnswer> signedAnswer(const QJsonObject &o, QString *why);

    // A whole number in [minimum, maximum] (JSON numbers are doubles); nothing otherwise.
    static std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 minimum, qint64 maximum);
};

} // namespace ow::core
