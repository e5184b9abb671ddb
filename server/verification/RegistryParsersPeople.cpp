// Persons and marriages, and the identifier checks every registry reader shares.
#include "RegistryData.h"

#include "core/validation/CreditCode.h"
#include "core/validation/ResidentId.h"

#include <QRegularExpression>

#include <algorithm>

namespace ow::hub::registry_parsers {
namespace {

using core::CreditCodeValidator;
using core::ResidentIdValidator;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Registries)
};

constexpr QStringView kPersonKeys[] = {u"idNumber", u"name",          u"nation",
                                       u"address",  u"maritalStatus", u"status"};
constexpr QStringView kPersonStatuses[] = {u"normal", u"deceased"};
constexpr QStringView kMarriageKeys[] = {u"certificateNumber", u"partyA", u"partyB",
                                         u"registeredOn",      u"office", u"endedOn",
                                         u"endReason"};
constexpr QStringView kEndReasons[] = {u"divorce", u"death"};

// What the marriages say a living person's status is.
PersonRecord::MaritalStatus derivedStatus(const RegistryData &data, const QString &idNumber)
{
    const QList<qsizetype> own = data.marriagesByPerson.value(idNumber);
    if (own.isEmpty())
        return PersonRecord::MaritalStatus::Unmarried;
    const MarriageRecord &last = data.marriages.at(own.constLast());
    switch (last.end) {
    case MarriageRecord::End::None:
        return PersonRecord::MaritalStatus::Married;
    case MarriageRecord::End::Divorce:
        return PersonRecord::MaritalStatus::Divorced;
    case MarriageRecord::End::Death:
        break;
    }
    return PersonRecord::MaritalStatus::Widowed;
}

void checkMaritalStatuses(RegistryFile &personsFile, const RegistryData &data)
{
    QList<const PersonRecord *> persons;
    for (const PersonRecord &person : data.persons)
        persons.append(&person);
    std::sort(persons.begin(), persons.end(),
              [](const PersonRecord *a, const PersonRecord *b) { return a->line < b->line; });
    for (const PersonRecord *person : persons) {
        const auto derived = derivedStatus(data, person->idNumber);
        if (person->deceased || person->maritalStatus == derived)
            continue;
        const QJsonArray &records = personsFile.records();
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).toObject().value(u"idNumber").toString() != person->idNumber)
                continue;
            personsFile.issue(personsFile.keyLine(i, u"maritalStatus"),
                              QStringLiteral("records[%1].maritalStatus").arg(i),
                              Tr::tr("The marital status “%1” contradicts the marriage registry, "
                                     "which says “%2”.")
                                  .arg(kMaritalStatusNames[int(person->maritalStatus)].toString(),
                                       kMaritalStatusNames[int(derived)].toString()));
            break;
        }
    }
}

} // namespace

QString residentId(RecordReader &reader, QStringView key, QDate today)
{
    const QString text = reader.text(key, 32);
    if (text.isEmpty())
        return {};
    const auto result = ResidentIdValidator::validate(text, today);
    if (!result.valid) {
        reader.issue(key, result.reason);
        return {};
    }
    if (result.normalized != text) {
        reader.issue(key, Tr::tr("Write the ID number as %1.").arg(result.normalized));
        return {};
    }
    return text;
}

QString creditCode(RecordReader &reader, QStringView key)
{
    const QString text = reader.text(key, 32);
    if (text.isEmpty())
        return {};
    const auto result = CreditCodeValidator::validate(text);
    if (!result.valid) {
        reader.issue(key, result.reason);
        return {};
    }
    if (result.normalized != text) {
        reader.issue(key, Tr::tr("Write the credit code as %1.").arg(result.normalized));
        return {};
    }
    return text;
}

int choice(RecordReader &reader, QStringView key, std::span<const QStringView> names)
{
    const QString text = reader.text(key, 32);
    if (text.isEmpty())
        return -1;
    const auto it = std::find(names.begin(), names.end(), text);
    if (it == names.end()) {
        QStringList allowed;
        for (const QStringView name : names)
            allowed.append(name.toString());
        reader.issue(key, Tr::tr("“%1” is not one of: %2.").arg(text, allowed.join(u", ")));
        return -1;
    }
    return int(it - names.begin());
}

void readPersons(RegistryFile &file, QDate today, RegistryData &data)
{
    for (qsizetype i = 0; i < file.records().size(); ++i) {
        RecordReader r(file, i);
        if (!r.ok())
            continue;
        r.allowOnly(kPersonKeys);
        PersonRecord person;
        person.idNumber = residentId(r, u"idNumber", today);
        person.name = r.text(u"name", 64);
        person.nation = r.text(u"nation", 16);
        person.address = r.text(u"address");
        const int marital = choice(r, u"maritalStatus", kMaritalStatusNames);
        person.maritalStatus = PersonRecord::MaritalStatus(std::max(marital, 0));
        person.deceased = choice(r, u"status", kPersonStatuses) == 1;
        person.line = r.line();
        if (!person.idNumber.isEmpty() && data.persons.contains(person.idNumber)) {
            r.issue(u"idNumber", Tr::tr("The ID number appears twice (first at line %1).")
                                     .arg(data.persons.value(person.idNumber).line));
        }
        if (r.ok())
            data.persons.insert(person.idNumber, person);
    }
}

void readMarriages(RegistryFile &file, RegistryFile &personsFile, QDate today, RegistryData &data)
{
    static const QRegularExpression certificatePattern(QStringLiteral("^J\\d{6}-\\d{4}-\\d{6}$"));
    QHash<QString, int> certificates; // number → line
    for (qsizetype i = 0; i < file.records().size(); ++i) {
        RecordReader r(file, i);
        if (!r.ok())
            continue;
        r.allowOnly(kMarriageKeys);
        MarriageRecord marriage;
        marriage.line = r.line();
        marriage.certificateNumber = r.text(u"certificateNumber", 32);
        if (!marriage.certificateNumber.isEmpty()) {
            if (!certificatePattern.match(marriage.certificateNumber).hasMatch())
                r.issue(u"certificateNumber",
                        Tr::tr("A marriage certificate number looks like J440304-2001-001187."));
            else if (certificates.contains(marriage.certificateNumber))
                r.issue(u"certificateNumber",
                        Tr::tr("The certificate number appears twice (first at line %1).")
                            .arg(certificates.value(marriage.certificateNumber)));
            certificates.insert(marriage.certificateNumber, marriage.line);
        }
        for (const QStringView key : {QStringView(u"partyA"), QStringView(u"partyB")}) {
            const QString id = residentId(r, key, today);
            if (!id.isEmpty() && !data.persons.contains(id))
                r.issue(
                    key,
                    Tr::tr("No person with the ID number %1 is in the persons registry.").arg(id));
            (key == u"partyA" ? marriage.partyA : marriage.partyB) = id;
        }
        if (!marriage.partyA.isEmpty() && marriage.partyA == marriage.partyB)
            r.issue(u"partyB", Tr::tr("Both spouses have the same ID number."));
        marriage.registeredOn = r.date(u"registeredOn");
        if (marriage.registeredOn > today)
            r.issue(u"registeredOn", Tr::tr("The marriage is registered in the future."));
        marriage.office = r.text(u"office");
        marriage.endedOn = r.optionalDate(u"endedOn");
        const bool hasEndReason = !r.object().value(u"endReason").isNull()
                                  && !r.object().value(u"endReason").isUndefined();
        if (hasEndReason)
            marriage.end = MarriageRecord::End(choice(r, u"endReason", kEndReasons) + 1);
        if (marriage.endedOn.isValid() != hasEndReason)
            r.issue(u"endReason", Tr::tr("A marriage that ended needs both “endedOn” and "
                                         "“endReason”; one that subsists has neither."));
        if (marriage.endedOn.isValid()
            && (marriage.endedOn < marriage.registeredOn || marriage.endedOn > today))
            r.issue(u"endedOn", Tr::tr("The marriage cannot end before it was registered or in "
                                       "the future."));
        if (r.ok() && marriage.end == MarriageRecord::End::Death
            && !data.persons.value(marriage.partyA).deceased
            && !data.persons.value(marriage.partyB).deceased)
            r.issue(u"endReason", Tr::tr("The marriage ended by death, but neither spouse is "
                                         "recorded as deceased."));
        if (!r.ok())
            continue;
        data.marriages.append(marriage);
        data.marriagesByPerson[marriage.partyA].append(data.marriages.size() - 1);
        data.marriagesByPerson[marriage.partyB].append(data.marriages.size() - 1);
    }

    // One marriage at a time: each of a person's marriages began after the previous ended.
    QStringList people = data.marriagesByPerson.keys();
    people.sort(); // problems in a stable order
    for (const QString &person : std::as_const(people)) {
        QList<qsizetype> &own = data.marriagesByPerson[person];
        std::sort(own.begin(), own.end(), [&](qsizetype a, qsizetype b) {
            return data.marriages.at(a).registeredOn < data.marriages.at(b).registeredOn;
        });
        for (qsizetype k = 1; k < own.size(); ++k) {
            const MarriageRecord &before = data.marriages.at(own.at(k - 1));
            const MarriageRecord &after = data.marriages.at(own.at(k));
            if (!before.endedOn.isValid() || before.endedOn > after.registeredOn)
                file.issue(after.line, {},
                           Tr::tr("%1 was registered while the marriage %2 of the same person "
                                  "still subsisted.")
                               .arg(after.certificateNumber, before.certificateNumber));
        }
    }
    checkMaritalStatuses(personsFile, data);
}

} // namespace ow::hub::registry_parsers
