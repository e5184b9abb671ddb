#include "VerificationService.h"

#include "RegistryIdentifiers.h"

#include "core/Clock.h"
#include "core/crypto/CanonicalJson.h"
#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/sync/VerificationAnswer.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentId.h"

#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace ow::hub {
namespace {

using core::VerificationAnswer;
using Result = VerificationAnswer::Result;

constexpr qsizetype kMaxNameLength = 64;

// What one kind's look-up found, before it is dated, signed and sent.
struct Finding
{
    QString error; // translated; the request is malformed
    RegistryKind registry = RegistryKind::Persons;
    QJsonObject subject; // normalized
    Result result = Result::NotFound;
    QJsonObject facts;
};

class Lookup
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)

public:
    Lookup(const Registries &registries, QDate today, const QString &kind,
           const QJsonObject &subject)
        : m_registries(registries)
        , m_today(today)
        , m_kind(kind)
        , m_subject(subject)
    {}

    Finding identity();
    Finding legalPerson();
    Finding businessLicence();
    Finding marriage();
    Finding propertyUnit();
    Finding investmentProject();
    Finding taxPaid();

private:
    // The subject's members, exactly `keys`, each text; false with m_error set otherwise.
    bool readSubject(std::initializer_list<QStringView> keys);
    QString value(QStringView key) const { return m_subject.value(key).toString(); }
    QString residentId(QStringView key);
    QString creditCode();
    QString unitNumber();
    Finding failure() const { return Finding{m_error, {}, {}, Result::NotFound, {}}; }
    // A well-formed request about `subject` in `registry`: not found until the look-up says.
    static Finding lookedUp(RegistryKind registry, QJsonObject subject)
    {
        return Finding{{}, registry, std::move(subject), Result::NotFound, {}};
    }

    const Registries &m_registries;
    QDate m_today;
    QString m_kind;
    QJsonObject m_subject;
    QString m_error;
};

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString yuan(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

bool Lookup::readSubject(std::initializer_list<QStringView> keys)
{
    QStringList expected;
    for (const QStringView key : keys)
        expected.append(key.toString());
    for (auto it = m_subject.begin(); it != m_subject.end(); ++it) {
        if (!expected.contains(it.key())) {
            m_error = tr("A %1 verification does not take “%2”; its subject has: %3.")
                          .arg(m_kind, it.key().left(64), expected.join(QStringLiteral(", ")));
            return false;
        }
    }
    for (const QString &key : std::as_const(expected)) {
        const QJsonValue v = m_subject.value(key);
        if (v.isUndefined()) {
            m_error = tr("The subject of a %1 verification needs “%2”.").arg(m_kind, key);
            return false;
        }
        if (!v.isString()) {
            m_error = tr("“%1” of the subject must be text.").arg(key);
            return false;
        }
    }
    return true;
}

QString Lookup::residentId(QStringView key)
{
    const auto checked = core::ResidentIdValidator::validate(value(key), m_today);
    if (!checked.valid)
        m_error = checked.reason;
    return checked.normalized;
}

QString Lookup::creditCode()
{
    const auto checked = core::CreditCodeValidator::validate(value(u"creditCode"));
    if (!checked.valid)
        m_error = checked.reason;
    return checked.normalized;
}

QString Lookup::unitNumber()
{
    const auto checked = RegistryIdentifiers::propertyUnitNumber(value(u"unitNumber"));
    if (!checked.valid)
        m_error = checked.reason;
    return checked.normalized;
}

Finding Lookup::identity()
{
    if (!readSubject({u"idNumber", u"name"}))
        return failure();
    const QString idNumber = residentId(u"idNumber");
    if (idNumber.isEmpty())
        return failure();
    const QString name = value(u"name").trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        m_error = tr("Enter the name as on the ID card (1 to %1 characters).").arg(kMaxNameLength);
        return failure();
    }

    Finding f = lookedUp(RegistryKind::Persons, QJsonObject{{QStringLiteral("idNumber"), idNumber},
                                                            {QStringLiteral("name"), name}});
    const PersonRecord *person = m_registries.person(idNumber);
    if (!person)
        return f;
    const bool nameMatches = RegistryIdentifiers::comparableName(name)
                             == RegistryIdentifiers::comparableName(person->name);
    f.facts.insert(QStringLiteral("nameMatches"), nameMatches);
    if (nameMatches)
        f.facts.insert(QStringLiteral("deceased"), person->deceased);
    f.result = nameMatches && !person->deceased ? Result::Passed : Result::Failed;
    return f;
}

Finding Lookup::legalPerson()
{
    if (!readSubject({u"creditCode"}))
        return failure();
    const QString code = creditCode();
    if (code.isEmpty())
        return failure();
    Finding f =
        lookedUp(RegistryKind::Companies, QJsonObject{{QStringLiteral("creditCode"), code}});
    const CompanyRecord *company = m_registries.company(code);
    if (!company)
        return f;
    f.facts = QJsonObject{
        {QStringLiteral("name"), company->name},
        {QStringLiteral("status"), kCompanyStatusNames[int(company->status)].toString()},
        {QStringLiteral("legalRepresentative"), company->legalRepresentative},
        {QStringLiteral("registeredCapital"), company->registeredCapital},
    };
    f.result = company->status == CompanyRecord::Status::Active ? Result::Passed : Result::Failed;
    return f;
}

Finding Lookup::businessLicence()
{
    if (!readSubject({u"creditCode"}))
        return failure();
    const QString code = creditCode();
    if (code.isEmpty())
        return failure();
    Finding f =
        lookedUp(RegistryKind::Companies, QJsonObject{{QStringLiteral("creditCode"), code}});
    const CompanyRecord *company = m_registries.company(code);
    if (!company)
        return f;
    const bool withinTerm = company->termFrom <= m_today
                            && (!company->termUntil.isValid() || m_today <= company->termUntil);
    f.facts = QJsonObject{
        {QStringLiteral("name"), company->name},
        {QStringLiteral("licenceNumber"), company->creditCode},
        {QStringLiteral("type"), company->type},
        {QStringLiteral("status"), kCompanyStatusNames[int(company->status)].toString()},
        {QStringLiteral("legalRepresentative"), company->legalRepresentative},
        {QStringLiteral("address"), company->address},
        {QStringLiteral("registrationAuthority"), company->registrationAuthority},
        {QStringLiteral("establishedOn"), dateValue(company->establishedOn)},
        {QStringLiteral("termFrom"), dateValue(company->termFrom)},
        {QStringLiteral("termUntil"), dateValue(company->termUntil)},
        {QStringLiteral("withinTerm"), withinTerm},
    };
    f.result = company->status == CompanyRecord::Status::Active && withinTerm ? Result::Passed
                                                                              : Result::Failed;
    return f;
}

Finding Lookup::marriage()
{
    if (!readSubject({u"idNumber"}))
        return failure();
    const QString idNumber = residentId(u"idNumber");
    if (idNumber.isEmpty())
        return failure();
    Finding f =
        lookedUp(RegistryKind::Marriages, QJsonObject{{QStringLiteral("idNumber"), idNumber}});
    const PersonRecord *person = m_registries.person(idNumber);
    if (!person)
        return f;
    f.facts = QJsonObject{
        {QStringLiteral("status"), kMaritalStatusNames[int(person->maritalStatus)].toString()},
        {QStringLiteral("deceased"), person->deceased},
    };
    if (const MarriageRecord *last = m_registries.latestMarriage(idNumber)) {
        const QString spouseId = last->spouseOf(idNumber);
        const PersonRecord *spouse = m_registries.person(spouseId);
        f.facts.insert(QStringLiteral("spouseName"), spouse ? spouse->name : QString());
        f.facts.insert(QStringLiteral("spouseIdNumber"), core::maskResidentId(spouseId));
        f.facts.insert(QStringLiteral("certificateNumber"), last->certificateNumber);
        f.facts.insert(QStringLiteral("registeredOn"), dateValue(last->registeredOn));
        f.facts.insert(QStringLiteral("registrationOffice"), last->office);
        f.facts.insert(QStringLiteral("endedOn"), dateValue(last->endedOn));
    }
    f.result = !person->deceased && person->maritalStatus == PersonRecord::MaritalStatus::Married
                   ? Result::Passed
                   : Result::Failed;
    return f;
}

Finding Lookup::propertyUnit()
{
    if (!readSubject({u"unitNumber"}))
        return failure();
    const QString number = unitNumber();
    if (number.isEmpty())
        return failure();
    Finding f =
        lookedUp(RegistryKind::PropertyUnits, QJsonObject{{QStringLiteral("unitNumber"), number}});
    const PropertyUnitRecord *unit = m_registries.propertyUnit(number);
    if (!unit)
        return f;
    QJsonArray owners;
    for (const PartyRef &owner : unit->owners) {
        QJsonObject o{{QStringLiteral("name"), owner.name}, {QStringLiteral("share"), owner.share}};
        if (!owner.idNumber.isEmpty())
            o.insert(QStringLiteral("idNumber"), core::maskResidentId(owner.idNumber));
        else
            o.insert(QStringLiteral("creditCode"), owner.creditCode);
        owners.append(o);
    }
    f.facts = QJsonObject{
        {QStringLiteral("status"), kPropertyStatusNames[int(unit->status)].toString()},
        {QStringLiteral("mortgagee"), textOrNull(unit->mortgagee)},
        {QStringLiteral("seizedBy"), textOrNull(unit->seizedBy)},
        {QStringLiteral("owners"), owners},
        {QStringLiteral("area"), unit->area},
        {QStringLiteral("usage"), unit->usage},
        {QStringLiteral("address"), unit->address},
        {QStringLiteral("certificateNumber"), unit->certificateNumber},
    };
    // A mortgage is a fact for the clerk, not a reason to refuse (带押过户 is allowed);
    // a seizure (查封) blocks any registration on the unit.
    f.result = unit->status == PropertyUnitRecord::Status::Seized ? Result::Failed : Result::Passed;
    return f;
}

Finding Lookup::investmentProject()
{
    if (!readSubject({u"projectCode"}))
        return failure();
    const auto checked = RegistryIdentifiers::projectCode(value(u"projectCode"));
    if (!checked.valid) {
        m_error = checked.reason;
        return failure();
    }
    Finding f = lookedUp(RegistryKind::InvestmentProjects,
                         QJsonObject{{QStringLiteral("projectCode"), checked.normalized}});
    const ProjectRecord *project = m_registries.project(checked.normalized);
    if (!project)
        return f;
    const CompanyRecord *owner = m_registries.company(project->ownerCreditCode);
    f.facts = QJsonObject{
        {QStringLiteral("name"), project->name},
        {QStringLiteral("approvalType"), project->approvalType},
        {QStringLiteral("ownerCreditCode"), project->ownerCreditCode},
        {QStringLiteral("ownerName"), owner ? owner->name : QString()},
        {QStringLiteral("stage"), project->stage},
        {QStringLiteral("status"),
         project->cancelled ? QStringLiteral("cancelled") : QStringLiteral("active")},
        {QStringLiteral("totalInvestment"), project->totalInvestment},
        {QStringLiteral("location"), project->location},
    };
    f.result = project->cancelled ? Result::Failed : Result::Passed;
    return f;
}

Finding Lookup::taxPaid()
{
    if (!readSubject({u"unitNumber"}))
        return failure();
    const QString number = unitNumber();
    if (number.isEmpty())
        return failure();
    Finding f =
        lookedUp(RegistryKind::TaxRecords, QJsonObject{{QStringLiteral("unitNumber"), number}});
    const TaxRecord *record = m_registries.latestTaxRecord(number);
    if (!record)
        return f;
    QJsonArray taxes;
    qint64 total = 0;
    for (const TaxItem &item : record->taxes) {
        taxes.append(QJsonObject{{QStringLiteral("type"), item.type},
                                 {QStringLiteral("amount"), item.amount}});
        total += item.cents;
    }
    f.facts = QJsonObject{
        {QStringLiteral("status"),
         record->paid ? QStringLiteral("paid") : QStringLiteral("unpaid")},
        {QStringLiteral("taxpayerName"), record->taxpayer.name},
        {QStringLiteral("declaredOn"), dateValue(record->declaredOn)},
        {QStringLiteral("paidOn"), dateValue(record->paidOn)},
        {QStringLiteral("voucherNumber"), textOrNull(record->voucherNumber)},
        {QStringLiteral("taxes"), taxes},
        {QStringLiteral("total"), yuan(total)},
    };
    if (!record->taxpayer.idNumber.isEmpty())
        f.facts.insert(QStringLiteral("taxpayerIdNumber"),
                       core::maskResidentId(record->taxpayer.idNumber));
    else
        f.facts.insert(QStringLiteral("taxpayerCreditCode"), record->taxpayer.creditCode);
    f.result = record->paid ? Result::Passed : Result::Failed;
    return f;
}

using Handler = Finding (Lookup::*)();
const std::pair<QStringView, Handler> kHandlers[] = {
    {u"identity", &Lookup::identity},
    {u"legal_person", &Lookup::legalPerson},
    {u"business_licence", &Lookup::businessLicence},
    {u"marriage", &Lookup::marriage},
    {u"property_unit", &Lookup::propertyUnit},
    {u"investment_project", &Lookup::investmentProject},
    {u"tax_paid", &Lookup::taxPaid},
};

} // namespace

QJsonObject VerificationService::Outcome::toJson() const
{
    return QJsonObject{{QStringLiteral("answer"), answer},
                       {QStringLiteral("signature"), signature}};
}

VerificationService::VerificationService(const Registries &registries, const core::Sm2Key &hubKey,
                                         const core::Clock &clock)
    : m_registries(registries)
    , m_hubKey(hubKey)
    , m_clock(clock)
    , m_keyId(core::DocumentSeal::keyIdOf(hubKey))
{}

VerificationService::Outcome VerificationService::answer(const QString &kind,
                                                         const QJsonObject &subject) const
{
    Outcome outcome;
    // kHandlers has exactly the kinds of VerificationAnswer::kinds() (the test asks each).
    const auto handler = std::find_if(std::begin(kHandlers), std::end(kHandlers),
                                      [&](const auto &h) { return h.first == kind; });
    if (handler == std::end(kHandlers)) {
        outcome.status = Outcome::Status::BadRequest;
        outcome.error =
            tr("“%1” is not a kind of verification; the hub answers %2.")
                .arg(kind.left(64), VerificationAnswer::kinds().join(QStringLiteral(", ")));
        return outcome;
    }
    if (!m_registries.isLoaded()) {
        outcome.error = tr("The reference registries are not loaded; verification is not "
                           "available.");
        return outcome;
    }
    if (!m_hubKey.hasPrivateKey() || m_keyId.isEmpty()) {
        outcome.error = tr("The hub has no signing key; verification is not available.");
        return outcome;
    }

    // Dates in the registries are the hall's calendar dates, so "today" is the local date;
    // the answer's time is UTC to the second.
    const QDateTime now = m_clock.now();
    Lookup lookup(m_registries, now.date(), kind, subject);
    const Finding finding = (lookup.*(handler->second))();
    if (!finding.error.isEmpty()) {
        outcome.status = Outcome::Status::BadRequest;
        outcome.error = finding.error;
        return outcome;
    }

    VerificationAnswer answer;
    answer.kind = kind;
    answer.subject = finding.subject;
    answer.result = finding.result;
    answer.facts = finding.facts;
    answer.source = m_registries.source(finding.registry);
    const QDateTime utc = now.toUTC();
    answer.answeredAt = QDateTime(
        utc.date(), QTime(utc.time().hour(), utc.time().minute(), utc.time().second()), Qt::UTC);
    answer.keyId = m_keyId;
    const QJsonObject json = answer.toJson();

    QByteArray signature;
    {
        const QMutexLocker lock(&m_signing);
        signature = m_hubKey.sign(core::canonicalJson(json));
    }
    if (signature.isEmpty()) {
        outcome.error = tr("The hub could not sign the answer; verification is not available.");
        return outcome;
    }
    outcome.status = Outcome::Status::Answered;
    outcome.answer = json;
    outcome.signature = QString::fromLatin1(signature.toBase64());
    return outcome;
}

} // namespace ow::hub
