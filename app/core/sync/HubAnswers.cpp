#include "HubAnswers.h"

#include <QJsonArray>

#include <cmath>

namespace ow::core {
namespace {

// Reads keys of one object, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonObject &o, QString *why)
        : m_o(o)
        , m_why(why)
    {}

    bool ok() const { return m_ok; }

    void fail(const QString &reason)
    {
        if (m_ok && m_why)
            *m_why = reason;
        m_ok = false;
    }

    QString text(QStringView key, bool required = true, int maxLength = 100000)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(HubAnswers::tr("“%1” is missing").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(HubAnswers::tr("“%1” is not text").arg(key));
            return {};
        }
        const QString s = v.toString();
        if (required && s.isEmpty())
            fail(HubAnswers::tr("“%1” is empty").arg(key));
        if (s.size() > maxLength)
            fail(HubAnswers::tr("“%1” is too long").arg(key));
        return s;
    }

    qint64 number(QStringView key, qint64 minimum, qint64 maximum)
    {
        const auto n = HubAnswers::wholeNumber(m_o.value(key), minimum, maximum);
        if (!n) {
            fail(HubAnswers::tr("“%1” is not a whole number from %2 to %3")
                     .arg(key)
                     .arg(minimum)
                     .arg(maximum));
            return 0;
        }
        return *n;
    }

    bool boolean(QStringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isBool())
            fail(HubAnswers::tr("“%1” is not true or false").arg(key));
        return v.toBool();
    }

    QDateTime instant(QStringView key)
    {
        const QString s = text(key);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (m_ok && !t.isValid())
            fail(HubAnswers::tr("“%1” is not an ISO-8601 time").arg(key));
        return t.toUTC();
    }

private:
    const QJsonObject &m_o;
    QString *m_why;
    bool m_ok = true;
};

} // namespace

std::optional<qint64> HubAnswers::wholeNumber(const QJsonValue &v, qint64 minimum, qint64 maximum)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < -double(MaxExactInteger)
        || d > double(MaxExactInteger))
        return std::nullopt;
    const qint64 n = qint64(d);
    if (n < minimum || n > maximum)
        return std::nullopt;
    return n;
}

std::optional<HubToken> HubAnswers::token(const QJsonObject &o, QString *why)
{
    Reader r(o, why);
    HubToken t;
    t.token = r.text(u"token", true, 8192).toLatin1();
    t.expiresAt = r.instant(u"expiresAt");
    if (!r.ok())
        return std::nullopt;
    return t;
}

std::optional<HubLogin> HubAnswers::login(const QJsonObject &o, QString *why)
{
    const auto t = token(o, why);
    if (!t)
        return std::nullopt;
    Reader r(o, why);
    HubLogin l;
    l.token = *t;
    l.role = r.text(u"role");
    l.department = r.text(u"department", false);
    l.displayName = r.text(u"displayName", false);
    if (!r.ok())
        return std::nullopt;
    return l;
}

std::optional<HubEnrolment> HubAnswers::enrolment(const QJsonObject &o, QString *why)
{
    Reader r(o, why);
    HubEnrolment e;
    e.stationId = r.text(u"stationId", true, 64);
    e.window = r.text(u"window", true, 64);
    e.hubPublicKeyPem = r.text(u"hubPublicKey", true, 8192).toUtf8();
    e.hubKeyId = r.text(u"hubKeyId", true, 64);
    if (!r.ok())
        return std::nullopt;
    return e;
}

std::optional<HubChangesPage> HubAnswers::changes(const QJsonObject &o, qint64 since, int limit,
                                                  QString *why)
{
    Reader r(o, why);
    HubChangesPage page;
    const QJsonValue list = o.value(u"changes");
    if (!list.isArray()) {
        r.fail(tr("“changes” is not a list"));
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > limit) {
        r.fail(tr("more changes than asked for"));
        return std::nullopt;
    }
    qint64 previous = since;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            r.fail(tr("change %1 is not an object").arg(i));
            return std::nullopt;
        }
        const QJsonObject c = array.at(i).toObject();
        Reader item(c, why);
        HubChange change;
        change.seq = item.number(u"seq", 1, MaxExactInteger);
        change.kind = item.text(u"kind", true, 64);
        change.key = item.text(u"key", true, 256);
        const QJsonValue body = c.value(u"body");
        if (item.ok() && !body.isObject())
            item.fail(tr("its body is not an object"));
        if (item.ok() && change.seq <= previous)
            item.fail(tr("its seq %1 does not follow %2").arg(change.seq).arg(previous));
        if (!item.ok()) {
            if (why)
                *why = tr("change %1: %2").arg(i).arg(*why);
            return std::nullopt;
        }
        change.body = body.toObject();
        previous = change.seq;
        page.changes.append(std::move(change));
    }
    page.cursor = r.number(u"cursor", 0, MaxExactInteger);
    page.more = r.boolean(u"more");
    if (r.ok() && page.cursor < previous)
        r.fail(tr("the cursor %1 is behind the changes it returns").arg(page.cursor));
    if (r.ok() && page.more && page.changes.isEmpty())
        // "more" with nothing in the page would make the workstation ask again forever.
        r.fail(tr("“more” without any change"));
    if (!r.ok())
        return std::nullopt;
    return page;
}

std::optional<HubReceiptBlock> HubAnswers::receiptBlock(const QJsonObject &o, QString *why)
{
    Reader r(o, why);
    HubReceiptBlock b;
    b.prefix = r.text(u"prefix", true, 32);
    b.first = r.number(u"first", 1, MaxExactInteger);
    b.last = r.number(u"last", 1, MaxExactInteger);
    if (r.ok() && b.last < b.first)
        r.fail(tr("the block ends before it starts"));
    if (!r.ok())
        return std::nullopt;
    return b;
}

std::optional<QList<HubEnvelopeResult>>
HubAnswers::envelopeResults(const QJsonObject &o, const QStringList &sentIds, QString *why)
{
    Reader r(o, why);
    const QJsonValue list = o.value(u"results");
    if (!list.isArray()) {
        r.fail(tr("“results” is not a list"));
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    if (array.size() != sentIds.size()) {
        r.fail(tr("%1 results for %2 envelopes").arg(array.size()).arg(sentIds.size()));
        return std::nullopt;
    }
    QList<HubEnvelopeResult> results;
    results.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            r.fail(tr("result %1 is not an object").arg(i));
            return std::nullopt;
        }
        const QJsonObject item = array.at(i).toObject();
        Reader ir(item, why);
        HubEnvelopeResult result;
        result.id = ir.text(u"id", true, 64);
        const QString outcome = ir.text(u"outcome", true, 32);
        result.reason = ir.text(u"reason", false, 4000);
        if (ir.ok() && result.id != sentIds.at(i))
            ir.fail(tr("result %1 names another envelope").arg(i));
        if (outcome == u"accepted")
            result.outcome = HubEnvelopeResult::Outcome::Accepted;
        else if (outcome == u"duplicate")
            result.outcome = HubEnvelopeResult::Outcome::Duplicate;
        else if (outcome == u"rejected")
            result.outcome = HubEnvelopeResult::Outcome::Rejected;
        else if (ir.ok())
            ir.fail(tr("result %1 has the unknown outcome “%2”").arg(i).arg(outcome.left(32)));
        if (!ir.ok())
            return std::nullopt;
        results.append(std::move(result));
    }
    return results;
}

std::optional<HubSignedAnswer> HubAnswers::signedAnswer(const QJsonObject &o, QString *why)
{
    Reader r(o, why);
    const QJsonValue answer = o.value(u"answer");
    if (!answer.isObject()) {
        r.fail(tr("“answer” is not an object"));
        return std::nullopt;
    }
    HubSignedAnswer a;
    a.answer = answer.toObject();
    a.signature = r.text(u"signature", true, 512).toLatin1();
    if (!r.ok())
        return std::nullopt;
    return a;
}

} // namespace ow::core
