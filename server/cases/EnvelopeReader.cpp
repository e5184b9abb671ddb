#include "EnvelopeReader.h"

#include "core/calendar/CalendarFile.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace ow::hub {

namespace {

const QString CaseSubmitted = QStringLiteral("case.submitted");

// Receipt numbers as workstations print them: "<station>-<year>-<number>".
bool isReceiptNumber(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

// A non-empty text without surrounding spaces of at most `max` characters.
std::optional<QString> code(const QJsonObject &o, QStringView key, int max)
{
    const QJsonValue v = o.value(key);
    const QString text = v.toString();
    if (!v.isString() || text.isEmpty() || text.size() > max || text.trimmed() != text)
        return std::nullopt;
    return text;
}

// An optional text (absent or null: empty) of at most `max` characters.
std::optional<QString> optionalText(const QJsonObject &o, QStringView key, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString() || v.toString().size() > max)
        return std::nullopt;
    return v.toString();
}

std::optional<int> wholeNumber(const QJsonValue &v, int min, int max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < min || d > max)
        return std::nullopt;
    return int(d);
}

} // namespace

QString EnvelopeReader::canonicalUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch() ? text.toLower() : QString();
}

IncomingEnvelope EnvelopeReader::read(const QJsonValue &value) const
{
    IncomingEnvelope e;
    if (!value.isObject()) {
        e.rejection = tr("An envelope must be a JSON object.");
        return e;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (id.isString())
        e.givenId = id.toString().left(100);
    e.id = canonicalUuid(e.givenId);
    e.type = o.value(QStringLiteral("type")).toString().left(MaxCodeLength);
    if (e.id.isEmpty()) {
        e.rejection = tr("The envelope id must be a UUID (8-4-4-4-12 hexadecimal digits).");
        return e;
    }
    if (e.type != CaseSubmitted) {
        e.rejection =
            tr("Unknown envelope type \"%1\": this hub takes case.submitted.").arg(e.type);
        return e;
    }
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    const QJsonValue caseValue = payload.toObject().value(QStringLiteral("case"));
    if (!payload.isObject() || !caseValue.isObject()) {
        e.rejection = tr("The envelope has no payload.case object.");
        return e;
    }
    e.incoming = readCase(caseValue.toObject(), &e.rejection);
    return e;
}

std::optional<IncomingCase> EnvelopeReader::readCase(const QJsonObject &c, QString *why) const
{
    IncomingCase in;
    CaseRecord &r = in.record;
    in.payload = c;
    r.id = canonicalUuid(c.value(QStringLiteral("id")).toString());
    if (r.id.isEmpty()) {
        *why = tr("case.id must be a UUID.");
        return std::nullopt;
    }
    const auto receipt = code(c, u"receipt", MaxCodeLength);
    if (!receipt || !isReceiptNumber(*receipt)) {
        *why = tr("case.receipt must be a receipt number (letters, digits and '-', at most %1).")
                   .arg(MaxCodeLength);
        return std::nullopt;
    }
    r.receipt = *receipt;
    r.outcome = c.value(QStringLiteral("outcome")).toString();
    const QString status = c.value(QStringLiteral("status")).toString();
    const bool accepted = r.outcome == QLatin1String("accepted");
    if (!accepted && r.outcome != QLatin1String("notice")
        && r.outcome != QLatin1String("refused")) {
        *why = tr("case.outcome must be accepted, notice or refused.");
        return std::nullopt;
    }
    const bool statusFits =
        accepted ? (status == QLatin1String("in_progress") || status == QLatin1String("completed"))
                 : status == r.outcome;
    if (!statusFits) {
        *why = tr("case.status \"%1\" does not fit the outcome %2.")
                   .arg(status.left(MaxCodeLength), r.outcome);
        return std::nullopt;
    }
    const auto subject = code(c, u"subject", MaxCodeLength);
    const auto clerk = code(c, u"clerk", MaxCodeLength);
    const auto window = code(c, u"window", MaxCodeLength);
    if (!subject || !clerk || !window) {
        *why = tr("case.subject, case.clerk and case.window must be given (at most %1 "
                  "characters each).")
                   .arg(MaxCodeLength);
        return std::nullopt;
    }
    r.subject = *subject;
    r.clerk = *clerk;
    r.window = *window;
    const QJsonValue bundle = c.value(QStringLiteral("bundle"));
    if (!bundle.isBool() && !bundle.isUndefined()) {
        *why = tr("case.bundle must be true or false.");
        return std::nullopt;
    }
    r.bundle = bundle.toBool(false);

    const QDateTime createdAt =
        QDateTime::fromString(c.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    r.acceptedOn = core::CalendarFile::parseDate(c.value(QStringLiteral("acceptedOn")).toString());
    const QString deadline = c.value(QStringLiteral("deadline")).toString();
    if (!createdAt.isValid()) {
        *why = tr("case.createdAt must be an ISO-8601 time.");
        return std::nullopt;
    }
    if (!r.acceptedOn.isValid()) {
        *why = tr("case.acceptedOn must be a date written YYYY-MM-DD.");
        return std::nullopt;
    }
    // A day of slack for a workstation clock a little ahead; a later date is a broken clock.
    if (r.acceptedOn > m_today.addDays(1)) {
        *why = tr("case.acceptedOn %1 is in the future.").arg(isoDateOrEmpty(r.acceptedOn));
        return std::nullopt;
    }
    if (!deadline.isEmpty() && !core::CalendarFile::parseDate(deadline).isValid()) {
        *why = tr("case.deadline must be empty or a date written YYYY-MM-DD.");
        return std::nullopt;
    }
    r.createdAt = createdAt.toUTC().toString(Qt::ISODateWithMs);

    if (!readApplicant(c.value(QStringLiteral("applicant")), why))
        return std::nullopt;
    for (const char *key : {"agent", "answers"}) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject()) {
            *why = tr("case.%1 must be a JSON object.").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    const QJsonValue materials = c.value(QStringLiteral("materials"));
    if (!materials.isUndefined() && !materials.isNull()) {
        bool ok = materials.isArray();
        for (const QJsonValue &m : materials.toArray())
            ok = ok && m.isObject() && m.toObject().value(QStringLiteral("id")).isString();
        if (!ok) {
            *why = tr("case.materials must be a list of objects with an id.");
            return std::nullopt;
        }
    }
    if (!optionalText(c, u"reason", MaxTextLength)
        || !optionalText(c, u"legalBasis", MaxTextLength)) {
        *why = tr("case.reason and case.legalBasis must be text of at most %1 characters.")
                   .arg(MaxTextLength);
        return std::nullopt;
    }
    if (!readSteps(c.value(QStringLiteral("steps")), &in, why))
        return std::nullopt;
    return in;
}

bool EnvelopeReader::readApplicant(const QJsonValue &value, QString *why) const
{
    const QJsonObject a = value.toObject();
    const QString kind = a.value(QStringLiteral("kind")).toString();
    const QString identifier = a.value(QStringLiteral("identifier")).toString();
    const auto name = code(a, u"name", 200);
    if (!value.isObject() || !name
        || (kind != QLatin1String("person") && kind != QLatin1String("organization"))) {
        *why = tr("case.applicant must be an object with kind (person or organization), "
                  "identifier and name.");
        return false;
    }
    // The identifier as the clerk's screen stores it: valid and already normalized.
    if (kind == QLatin1String("person")) {
        const core::ResidentIdResult id = core::ResidentIdValidator::validate(identifier, m_today);
        if (!id.valid || id.normalized != identifier) {
            *why = tr("case.applicant.identifier is not a valid resident ID number in normalized "
                      "form%1")
                       .arg(id.reason.isEmpty() ? QStringLiteral(".")
                                                : QString(QStringLiteral(": ") + id.reason));
            return false;
        }
    } else {
        const core::CreditCodeResult id = core::CreditCodeValidator::validate(identifier);
        if (!id.valid || id.normalized != identifier) {
            *why = tr("case.applicant.identifier is not a valid unified social credit code in "
                      "normalized form%1")
                       .arg(id.reason.isEmpty() ? QStringLiteral(".")
                                                : QString(QStringLiteral(": ") + id.reason));
            return false;
        }
    }
    return true;
}

bool EnvelopeReader::readSteps(const QJsonValue &value, IncomingCase *incoming, QString *why) const
{
    CaseRecord &r = incoming->record;
    const bool accepted = r.outcome == QLatin1String("accepted");
    const QJsonArray steps = value.toArray();
    if (!value.isArray()) {
        *why = tr("case.steps must be a list.");
        return false;
    }
    if (accepted && steps.isEmpty()) {
        *why = tr("An accepted case needs its department steps (case.steps is empty).");
        return false;
    }
    // A one-time notice or a refusal accepts nothing: no department has anything to do.
    if (!accepted && !steps.isEmpty()) {
        *why = tr("A case with the outcome %1 has no department steps.").arg(r.outcome);
        return false;
    }
    if (steps.size() > MaxSteps) {
        *why = tr("A case has at most %1 steps.").arg(MaxSteps);
        return false;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        CaseStepRecord s;
        const auto position = wholeNumber(o.value(QStringLiteral("position")), 1, MaxSteps);
        if (!steps.at(i).isObject() || position != int(i) + 1) {
            *why = tr("case.steps[%1]: positions must be 1, 2, 3 … in order.").arg(i);
            return false;
        }
        s.position = *position;
        const auto matter = code(o, u"matter", MaxCodeLength);
        const auto department = code(o, u"department", MaxCodeLength);
        if (!matter || !department) {
            *why = tr("Step %1 needs its matter and department codes.").arg(s.position);
            return false;
        }
        s.matter = *matter;
        s.department = *department;
        s.status = o.value(QStringLiteral("status")).toString();
        // Only departments decide; a workstation sends steps still to do, or done on the spot.
        if (s.status != QLatin1String("pending") && s.status != QLatin1String("in_progress")
            && s.status != QLatin1String("completed")) {
            *why = tr("Step %1: a new case's step is pending, in_progress or completed, not "
                      "\"%2\".")
                       .arg(s.position)
                       .arg(s.status.left(MaxCodeLength));
            return false;
        }
        const auto workingDays = wholeNumber(o.value(QStringLiteral("workingDays")), 0, 10000);
        s.deadline = core::CalendarFile::parseDate(o.value(QStringLiteral("deadline")).toString());
        if (!workingDays) {
            *why =
                tr("Step %1: workingDays must be a whole number from 0 to 10000.").arg(s.position);
            return false;
        }
        s.workingDays = *workingDays;
        if (!s.deadline.isValid() || s.deadline < r.acceptedOn) {
            *why = tr("Step %1: the deadline must be a date written YYYY-MM-DD, not before the "
                      "acceptance date.")
                       .arg(s.position);
            return false;
        }
        r.steps.append(s);
    }
    return true;
}

} // namespace ow::hub
