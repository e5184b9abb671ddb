#include "Applicant.h"

#include "../validation/ResidentId.h"

#include <QJsonArray>

namespace ow::core {
namespace {

const QHash<Provenance::Kind, QString> &provenanceKeys()
{
    static const QHash<Provenance::Kind, QString> keys{
        {Provenance::Kind::Clerk, QStringLiteral("clerk")},
        {Provenance::Kind::CardReader, QStringLiteral("card")},
        {Provenance::Kind::EarlierCase, QStringLiteral("case")},
        {Provenance::Kind::SharedData, QStringLiteral("shared")},
        {Provenance::Kind::Import, QStringLiteral("import")},
    };
    return keys;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString Provenance::describe() const
{
    const QString what = describeSource();
    if (!date.isValid())
        return what;
    return ProvenanceText::tr("%1 · %2").arg(what, date.toString(Qt::ISODate));
}

QString Provenance::describeSource() const
{
    QString what;
    switch (kind) {
    case Kind::Clerk:
        what = ProvenanceText::tr("entered at the counter");
        break;
    case Kind::CardReader:
        what = ProvenanceText::tr("ID card reader");
        break;
    case Kind::EarlierCase:
        what = ProvenanceText::tr("case %1").arg(reference);
        break;
    case Kind::SharedData:
        what = ProvenanceText::tr("shared data: %1").arg(reference);
        break;
    case Kind::Import:
        what = ProvenanceText::tr("import %1").arg(reference);
        break;
    }
    return what;
}

QJsonObject Provenance::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), provenanceKeys().value(kind)}};
    if (!reference.isEmpty())
        o.insert(QStringLiteral("ref"), reference);
    if (date.isValid())
        o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    return o;
}

Provenance Provenance::fromJson(const QJsonObject &o)
{
    Provenance p;
    p.kind = provenanceKeys().key(str(o, "kind"), Kind::Clerk);
    p.reference = str(o, "ref");
    p.date = QDate::fromString(str(o, "date"), Qt::ISODate);
    return p;
}

QJsonObject PersonRef::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("id"), idNumber},
            {QStringLiteral("phone"), phone}};
}

PersonRef PersonRef::fromJson(const QJsonObject &o)
{
    return {str(o, "name"), str(o, "id"), str(o, "phone")};
}

QString applicantKindKey(ApplicantKind kind)
{
    return kind == ApplicantKind::Person ? QStringLiteral("person")
                                         : QStringLiteral("organization");
}

std::optional<ApplicantKind> applicantKindFromKey(const QString &key)
{
    if (key == QLatin1String("person"))
        return ApplicantKind::Person;
    if (key == QLatin1String("organization"))
        return ApplicantKind::Organization;
    return std::nullopt;
}

QJsonObject ApplicantProfile::toJson() const
{
    QJsonObject sources;
    for (auto it = provenance.cbegin(); it != provenance.cend(); ++it)
        sources.insert(it.key(), it.value().toJson());
    QJsonObject o{{QStringLiteral("kind"), applicantKindKey(kind)},
                  {QStringLiteral("identifier"), identifier},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("phone"), phone},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("division"), divisionCode},
                  {QStringLiteral("sources"), sources}};
    if (!legalRepresentative.isEmpty())
        o.insert(QStringLiteral("legalRepresentative"), legalRepresentative.toJson());
    return o;
}

ApplicantProfile ApplicantProfile::fromJson(const QJsonObject &o)
{
    ApplicantProfile p;
    p.kind = applicantKindFromKey(str(o, "kind")).value_or(ApplicantKind::Person);
    p.identifier = str(o, "identifier");
    p.name = str(o, "name");
    p.phone = str(o, "phone");
    p.address = str(o, "address");
    p.divisionCode = str(o, "division");
    p.legalRepresentative =
        PersonRef::fromJson(o.value(QLatin1String("legalRepresentative")).toObject());
    const QJsonObject sources = o.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        p.provenance.insert(it.key(), Provenance::fromJson(it.value().toObject()));
    return p;
}

void ApplicantProfile::mergeFrom(const ApplicantProfile &newer)
{
    const auto take = [&](QString &mine, const QString &theirs, const QString &field) {
        if (theirs.isEmpty() || theirs == mine)
            return;
        mine = theirs;
        if (newer.provenance.contains(field))
            provenance.insert(field, newer.provenance.value(field));
        else
            provenance.remove(field);
    };
    take(name, newer.name, QStringLiteral("name"));
    take(phone, newer.phone, QStringLiteral("phone"));
    take(address, newer.address, QStringLiteral("address"));
    take(divisionCode, newer.divisionCode, QStringLiteral("division"));
    if (!newer.legalRepresentative.isEmpty()) {
        legalRepresentative = newer.legalRepresentative;
        if (newer.provenance.contains(QStringLiteral("legalRepresentative")))
            provenance.insert(QStringLiteral("legalRepresentative"),
                              newer.provenance.value(QStringLiteral("legalRepresentative")));
    }
}

QString ApplicantProfile::maskedIdentifier() const
{
    if (kind == ApplicantKind::Person)
        return maskResidentId(identifier);
    return identifier; // credit codes are public (公示) and not masked
}

QHash<QString, QString> ApplicantProfile::prefillValues() const
{
    QHash<QString, QString> values;
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            values.insert(QLatin1String(key), value);
    };
    put("applicant.name", name);
    put(kind == ApplicantKind::Person ? "applicant.id_number" : "applicant.credit_code",
        identifier);
    put("applicant.phone", phone);
    put("applicant.address", address);
    put("applicant.legal_representative", legalRepresentative.name);
    return values;
}

} // namespace ow::core
