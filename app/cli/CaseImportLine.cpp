#include "CaseImportLine.h"

#include "core/accounts/AccountRules.h"
#include "core/form/PhoneNumber.h"
#include "core/validation/CreditCode.h"
#include "core/validation/DivisionCode.h"
#include "core/validation/DivisionTable.h"
#include "core/validation/ResidentId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace ow::cli {
namespace {

using core::ApplicantKind;
using core::ApplicantProfile;
using core::PersonRef;
using core::Provenance;

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text.left(64));
}

// Reads the members of one JSON object strictly: unknown keys and values of the wrong type are
// errors. The first problem is kept and later reads do nothing, so a caller checks once.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, QString *error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }
    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }
    // The member as the file's author wrote it: "applicant.phone".
    QString name(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void allowOnly(const QStringList &known)
    {
        for (auto it = m_object.begin(); it != m_object.end() && !failed(); ++it) {
            if (!known.contains(it.key()))
                fail(CaseImportLine::tr("unknown key %1 (known keys: %2)")
                         .arg(quoted(name(it.key())), known.join(QStringLiteral(", "))));
        }
    }

    bool has(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    // Absent or null: empty.
    QString text(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (failed() || v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(CaseImportLine::tr("%1 must be a text string").arg(quoted(name(key))));
            return {};
        }
        return v.toString();
    }

    QString requiredText(const QString &key)
    {
        const QString value = text(key);
        if (!failed() && value.trimmed().isEmpty())
            fail(CaseImportLine::tr("%1 is missing").arg(quoted(name(key))));
        return value;
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (failed() || v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(CaseImportLine::tr("%1 must be a JSON object").arg(quoted(name(key))));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QJsonArray> array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (failed() || v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isArray()) {
            fail(CaseImportLine::tr("%1 must be a JSON list").arg(quoted(name(key))));
            return std::nullopt;
        }
        return v.toArray();
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    QString *m_error;
};

// A phone number or division code as the clerk's screen stores it; empty stays empty.
QString checkedPhone(ObjectReader &reader, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty() || reader.failed())
        return {};
    const core::ValidationResult phone = core::PhoneNumberValidator::validate(value);
    if (!phone.valid)
        reader.fail(CaseImportLine::tr("%1: %2").arg(quoted(reader.name(key)), phone.reason));
    return phone.normalized;
}

// Valid ID numbers in their normalized form (upper-case X, full-width digits folded, old
// 15-digit numbers converted); invalid ones as given, for the service to name the reason.
QString normalizedResidentId(const QString &value, QDate today)
{
    const core::ResidentIdResult id = core::ResidentIdValidator::validate(value, today);
    return id.valid ? id.normalized : value;
}

PersonRef readPerson(ObjectReader &parent, const QString &key, const QJsonObject &object,
                     QDate today)
{
    QString error;
    ObjectReader r(object, parent.name(key), &error);
    r.allowOnly({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("phone")});
    PersonRef person;
    person.name = r.text(QStringLiteral("name")).trimmed();
    person.idNumber = normalizedResidentId(r.text(QStringLiteral("id")).trimmed(), today);
    person.phone = checkedPhone(r, QStringLiteral("phone"), r.text(QStringLiteral("phone")));
    if (!error.isEmpty())
        parent.fail(error);
    return person;
}

ApplicantProfile readApplicant(ObjectReader &line, const QJsonObject &object,
                               const CaseImportDefaults &defaults)
{
    QString error;
    ObjectReader r(object, QStringLiteral("applicant"), &error);
    r.allowOnly({QStringLiteral("kind"), QStringLiteral("identifier"), QStringLiteral("name"),
                 QStringLiteral("phone"), QStringLiteral("address"), QStringLiteral("division"),
                 QStringLiteral("legalRepresentative"), QStringLiteral("sources")});
    ApplicantProfile a;
    const QString identifier = r.requiredText(QStringLiteral("identifier")).trimmed();
    const QString kind = r.text(QStringLiteral("kind"));
    const core::CreditCodeResult code = core::CreditCodeValidator::validate(identifier);
    if (kind.isEmpty()) {
        // Without a kind, a valid credit code names an organization and anything else a person.
        a.kind = code.valid ? ApplicantKind::Organization : ApplicantKind::Person;
    } else if (const auto k = core::applicantKindFromKey(kind)) {
        a.kind = *k;
    } else {
        r.fail(CaseImportLine::tr("%1 must be one of: %2")
                   .arg(quoted(r.name(QStringLiteral("kind"))),
                        QStringLiteral("person, organization")));
    }
    if (a.kind == ApplicantKind::Organization)
        a.identifier = code.valid ? code.normalized : identifier;
    else
        a.identifier = normalizedResidentId(identifier, defaults.today);
    a.name = r.text(QStringLiteral("name")).trimmed();
    a.phone = checkedPhone(r, QStringLiteral("phone"), r.text(QStringLiteral("phone")));
    a.address = r.text(QStringLiteral("address")).trimmed();
    if (const QString division = r.text(QStringLiteral("division")).trimmed();
        !division.isEmpty() && !r.failed()) {
        const core::DivisionCodeResult d =
            core::DivisionCodeValidator::validate(division, core::DivisionTable::builtIn());
        if (d.valid)
            a.divisionCode = d.normalized;
        else
            r.fail(CaseImportLine::tr("%1: %2").arg(quoted(r.name(QStringLiteral("division"))),
                                                    d.reason));
    }
    if (const auto rep = r.object(QStringLiteral("legalRepresentative")))
        a.legalRepresentative =
            readPerson(r, QStringLiteral("legalRepresentative"), *rep, defaults.today);
    if (const auto sources = r.object(QStringLiteral("sources"))) {
        for (auto it = sources->begin(); it != sources->end() && !r.failed(); ++it) {
            if (!it.value().isObject())
                r.fail(CaseImportLine::tr("%1 must be a JSON object")
                           .arg(quoted(r.name(QStringLiteral("sources.") + it.key()))));
            else
                a.provenance.insert(it.key(), Provenance::fromJson(it.value().toObject()));
        }
    }
    // What the file does not trace elsewhere came from this import, line and date.
    const Provenance imported{Provenance::Kind::Import, defaults.source, defaults.today};
    const QList<std::pair<QString, bool>> given{
        {QStringLiteral("name"), !a.name.isEmpty()},
        {QStringLiteral("phone"), !a.phone.isEmpty()},
        {QStringLiteral("address"), !a.address.isEmpty()},
        {QStringLiteral("division"), !a.divisionCode.isEmpty()},
        {QStringLiteral("legalRepresentative"), !a.legalRepresentative.isEmpty()}};
    for (const auto &[field, present] : given) {
        if (present && !a.provenance.contains(field))
            a.provenance.insert(field, imported);
    }
    if (!error.isEmpty())
        line.fail(error);
    return a;
}

QList<core::MaterialDecision> readMaterials(ObjectReader &line, const QJsonArray &list)
{
    QList<core::MaterialDecision> decisions;
    QSet<QString> seen;
    QStringList dispositions;
    for (const core::MaterialDisposition d :
         {core::MaterialDisposition::Paper, core::MaterialDisposition::Scanned,
          core::MaterialDisposition::Reused, core::MaterialDisposition::Verified,
          core::MaterialDisposition::Commitment, core::MaterialDisposition::Missing,
          core::MaterialDisposition::Incorrect})
        dispositions << core::materialDispositionKey(d);
    for (qsizetype i = 0; i < list.size() && !line.failed(); ++i) {
        const QString path = QStringLiteral("materials[%1]").arg(i);
        if (!list.at(i).isObject()) {
            line.fail(CaseImportLine::tr("%1 must be a JSON object").arg(quoted(path)));
            break;
        }
        const QJsonObject object = list.at(i).toObject();
        QString error;
        ObjectReader r(object, path, &error);
        r.allowOnly(
            {QStringLiteral("id"), QStringLiteral("disposition"), QStringLiteral("detail")});
        core::MaterialDecision d;
        d.materialId = r.requiredText(QStringLiteral("id")).trimmed();
        const QString disposition = r.requiredText(QStringLiteral("disposition"));
        d.detail = r.text(QStringLiteral("detail")).trimmed();
        if (const auto known = core::materialDispositionFromKey(disposition))
            d.disposition = *known;
        else
            r.fail(CaseImportLine::tr("%1 must be one of: %2")
                       .arg(quoted(r.name(QStringLiteral("disposition"))),
                            dispositions.join(QStringLiteral(", "))));
        if (!r.failed() && seen.contains(d.materialId))
            r.fail(CaseImportLine::tr("the material %1 is listed twice").arg(quoted(d.materialId)));
        seen.insert(d.materialId);
        if (!error.isEmpty())
            line.fail(error);
        decisions.append(d);
    }
    return decisions;
}

} // namespace

CaseImportLineResult CaseImportLine::parse(const QByteArray &line,
                                           const CaseImportDefaults &defaults)
{
    CaseImportLineResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON (at character %1): %2")
                           .arg(parseError.offset + 1)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("a line must be one JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    ObjectReader r(object, QString(), &result.error);
    r.allowOnly({QStringLiteral("applicant"), QStringLiteral("agent"), QStringLiteral("subject"),
                 QStringLiteral("answers"), QStringLiteral("materials"), QStringLiteral("outcome"),
                 QStringLiteral("reason"), QStringLiteral("legalBasis"), QStringLiteral("clerk"),
                 QStringLiteral("window")});
    core::AcceptanceRequest &request = result.request;

    const auto applicant = r.object(QStringLiteral("applicant"));
    if (!applicant && !r.failed())
        r.fail(tr("%1 is missing").arg(quoted(QStringLiteral("applicant"))));
    if (applicant)
        request.applicant = readApplicant(r, *applicant, defaults);
    if (const auto agent = r.object(QStringLiteral("agent")))
        request.agent = readPerson(r, QStringLiteral("agent"), *agent, defaults.today);
    request.subjectCode = r.requiredText(QStringLiteral("subject")).trimmed();
    if (const auto answers = r.object(QStringLiteral("answers")))
        request.answers = answers->toVariantMap();
    if (const auto materials = r.array(QStringLiteral("materials")))
        request.materials = readMaterials(r, *materials);

    const QString outcome = r.text(QStringLiteral("outcome"));
    if (const auto known = core::caseOutcomeFromKey(outcome)) {
        request.outcome = *known;
    } else if (!outcome.isEmpty()) {
        r.fail(tr("%1 must be one of: %2")
                   .arg(quoted(QStringLiteral("outcome")),
                        QStringLiteral("accepted, notice, refused")));
    }
    request.reason = r.text(QStringLiteral("reason")).trimmed();
    request.legalBasis = r.text(QStringLiteral("legalBasis")).trimmed();

    // The clerk is recorded on the case and as the actor of its audit entry: a login's form.
    const QString clerk =
        r.has(QStringLiteral("clerk")) ? r.text(QStringLiteral("clerk")) : defaults.clerk;
    request.clerk = core::AccountRules::normalizeLogin(clerk);
    if (const QString why = core::AccountRules::checkLogin(request.clerk);
        !why.isEmpty() && !r.failed())
        r.fail(tr("%1: %2").arg(quoted(QStringLiteral("clerk")), why));
    const QString window =
        r.has(QStringLiteral("window")) ? r.text(QStringLiteral("window")) : defaults.window;
    request.windowName = window.trimmed();
    if (request.windowName.isEmpty() && !r.failed())
        r.fail(tr("no window: give --window NAME or a \"window\" key"));
    if (const QString why = core::AccountRules::checkWindowName(request.windowName);
        !why.isEmpty() && !r.failed())
        r.fail(tr("%1: %2").arg(quoted(QStringLiteral("window")), why));
    return result;
}

} // namespace ow::cli
