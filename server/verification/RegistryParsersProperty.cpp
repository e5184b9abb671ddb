// Property units and the taxes paid on their transfer.
#include "RegistryData.h"

#include "RegistryIdentifiers.h"

#include "core/validation/DivisionTable.h"

#include <QRegularExpression>

namespace ow::hub::registry_parsers {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Registries)
};

constexpr QStringView kUnitKeys[] = {
    u"unitNumber", u"certificateNumber", u"address",  u"usage", u"area",
    u"status",     u"mortgagee",         u"seizedBy", u"owners"};
constexpr QStringView kOwnerKeys[] = {u"name", u"idNumber", u"creditCode", u"share"};
constexpr QStringView kTaxpayerKeys[] = {u"name", u"idNumber", u"creditCode"};
constexpr QStringView kTaxRecordKeys[] = {u"unitNumber", u"taxpayer",      u"declaredOn", u"status",
                                          u"paidOn",     u"voucherNumber", u"taxes"};
constexpr QStringView kTaxKeys[] = {u"type", u"amount"};
constexpr QStringView kTaxStatuses[] = {u"unpaid", u"paid"};

// A unit number of a registry file: valid, normalized, of a county in the division table.
QString unitNumber(RecordReader &r)
{
    const QString text = r.text(u"unitNumber", 32);
    if (text.isEmpty())
        return {};
    const auto checked = RegistryIdentifiers::propertyUnitNumber(text);
    if (!checked.valid) {
        r.issue(u"unitNumber", checked.reason);
        return {};
    }
    if (checked.normalized != text) {
        r.issue(u"unitNumber", Tr::tr("Write the unit number as %1.").arg(checked.normalized));
        return {};
    }
    if (!core::DivisionTable::builtIn().find(text.first(6))) {
        r.issue(u"unitNumber",
                Tr::tr("%1 is not a division in the division code table.").arg(text.first(6)));
        return {};
    }
    return text;
}

// An owner or taxpayer: a person of the persons registry or a legal person of the companies
// registry, named as there.
PartyRef party(RecordReader &r, const RegistryData &data, QDate today, bool withShare)
{
    r.allowOnly(withShare ? std::span<const QStringView>(kOwnerKeys)
                          : std::span<const QStringView>(kTaxpayerKeys));
    PartyRef result;
    result.name = r.text(u"name", 100);
    if (withShare)
        result.share = r.text(u"share", 16);
    const bool person = r.object().contains(u"idNumber");
    if (person == r.object().contains(u"creditCode")) {
        r.issue({}, Tr::tr("Give either “idNumber” (a person) or “creditCode” (a legal person)."));
        return result;
    }
    QString registeredName;
    if (person) {
        result.idNumber = residentId(r, u"idNumber", today);
        if (result.idNumber.isEmpty())
            return result;
        if (!data.persons.contains(result.idNumber)) {
            r.issue(u"idNumber", Tr::tr("No person with the ID number %1 is in the persons "
                                        "registry.")
                                     .arg(result.idNumber));
            return result;
        }
        registeredName = data.persons.value(result.idNumber).name;
    } else {
        result.creditCode = creditCode(r, u"creditCode");
        if (result.creditCode.isEmpty())
            return result;
        if (!data.companies.contains(result.creditCode)) {
            r.issue(u"creditCode", Tr::tr("No legal person with the credit code %1 is in the "
                                          "companies registry.")
                                       .arg(result.creditCode));
            return result;
        }
        registeredName = data.companies.value(result.creditCode).name;
    }
    if (!result.name.isEmpty() && result.name != registeredName)
        r.issue(u"name", Tr::tr("The registry names %1 “%2”, not “%3”.")
                             .arg(person ? result.idNumber : result.creditCode, registeredName,
                                  result.name));
    return result;
}

// Yuan with exactly two decimals, e.g. "80433.00"; -1 after reporting an issue.
qint64 cents(RecordReader &r, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9]\\d{0,11})\\.(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        r.issue(u"amount", Tr::tr("An amount is written in yuan with two decimals, such as "
                                  "80433.00."));
        return -1;
    }
    return match.captured(1).toLongLong() * 100 + match.captured(2).toInt();
}

} // namespace

void readPropertyUnits(RegistryFile &file, QDate today, RegistryData &data)
{
    for (qsizetype i = 0; i < file.records().size(); ++i) {
        RecordReader r(file, i);
        if (!r.ok())
            continue;
        r.allowOnly(kUnitKeys);
        PropertyUnitRecord unit;
        unit.line = r.line();
        unit.unitNumber = unitNumber(r);
        unit.certificateNumber = r.text(u"certificateNumber", 64);
        unit.address = r.text(u"address");
        unit.usage = r.text(u"usage", 16);
        unit.area = r.positiveNumber(u"area");
        unit.status =
            PropertyUnitRecord::Status(std::max(choice(r, u"status", kPropertyStatusNames), 0));
        unit.mortgagee = r.optionalText(u"mortgagee", 100);
        unit.seizedBy = r.optionalText(u"seizedBy", 100);
        const bool mortgaged = unit.status == PropertyUnitRecord::Status::Mortgaged;
        const bool seized = unit.status == PropertyUnitRecord::Status::Seized;
        if (r.ok() && mortgaged == unit.mortgagee.isEmpty())
            r.issue(u"mortgagee", Tr::tr("A mortgaged unit names its mortgagee; other units "
                                         "have none."));
        if (r.ok() && seized == unit.seizedBy.isEmpty())
            r.issue(u"seizedBy", Tr::tr("A seized unit names who seized it; other units have "
                                        "none."));
        const QJsonArray owners = r.nonEmptyArray(u"owners");
        bool ownersOk = true;
        for (qsizetype k = 0; k < owners.size(); ++k) {
            RecordReader o(r, owners.at(k), r.path() + QStringLiteral(".owners[%1]").arg(k));
            if (o.ok())
                unit.owners.append(party(o, data, today, true));
            ownersOk = ownersOk && o.ok();
        }
        if (!unit.unitNumber.isEmpty() && data.propertyUnits.contains(unit.unitNumber))
            r.issue(u"unitNumber", Tr::tr("The unit number appears twice (first at line %1).")
                                       .arg(data.propertyUnits.value(unit.unitNumber).line));
        if (r.ok() && ownersOk)
            data.propertyUnits.insert(unit.unitNumber, unit);
    }
}

void readTaxRecords(RegistryFile &file, QDate today, RegistryData &data)
{
    for (qsizetype i = 0; i < file.records().size(); ++i) {
        RecordReader r(file, i);
        if (!r.ok())
            continue;
        r.allowOnly(kTaxRecordKeys);
        TaxRecord record;
        record.line = r.line();
        record.unitNumber = unitNumber(r);
        if (!record.unitNumber.isEmpty() && !data.propertyUnits.contains(record.unitNumber))
            r.issue(u"unitNumber",
                    Tr::tr("The unit %1 is not in the property registry.").arg(record.unitNumber));
        RecordReader payer(r, r.object().value(u"taxpayer"),
                           r.path() + QStringLiteral(".taxpayer"));
        if (payer.ok())
            record.taxpayer = party(payer, data, today, false);
        record.declaredOn = r.date(u"declaredOn");
        if (record.declaredOn > today)
            r.issue(u"declaredOn", Tr::tr("The taxes are declared in the future."));
        record.paid = choice(r, u"status", kTaxStatuses) == 1;
        record.paidOn = r.optionalDate(u"paidOn");
        record.voucherNumber = r.optionalText(u"voucherNumber", 32);
        if (r.ok()
            && (record.paid != record.paidOn.isValid()
                || record.paid == record.voucherNumber.isEmpty()))
            r.issue(u"status", Tr::tr("Paid taxes have “paidOn” and “voucherNumber”; unpaid "
                                      "taxes have neither."));
        if (record.paidOn.isValid() && (record.paidOn < record.declaredOn || record.paidOn > today))
            r.issue(u"paidOn", Tr::tr("The taxes cannot be paid before they were declared or "
                                      "in the future."));
        const QJsonArray taxes = r.nonEmptyArray(u"taxes");
        bool taxesOk = true;
        for (qsizetype k = 0; k < taxes.size(); ++k) {
            RecordReader t(r, taxes.at(k), r.path() + QStringLiteral(".taxes[%1]").arg(k));
            if (t.ok()) {
                t.allowOnly(kTaxKeys);
                TaxItem item;
                item.type = t.text(u"type", 32);
                item.amount = t.text(u"amount", 16);
                if (!item.amount.isEmpty())
                    item.cents = cents(t, item.amount);
                record.taxes.append(item);
            }
            taxesOk = taxesOk && t.ok();
        }
        if (!r.ok() || !payer.ok() || !taxesOk)
            continue;
        data.taxRecords.append(record);
        QList<qsizetype> &ofUnit = data.taxRecordsByUnit[record.unitNumber];
        ofUnit.append(data.taxRecords.size() - 1);
        std::sort(ofUnit.begin(), ofUnit.end(), [&](qsizetype a, qsizetype b) {
            return data.taxRecords.at(a).declaredOn < data.taxRecords.at(b).declaredOn;
        });
    }
}

} // namespace ow::hub::registry_parsers
