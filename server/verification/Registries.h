#pragma once

#include "RegistryFile.h"
#include "RegistryRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace ow::hub {

struct RegistryData;

// The hub's reference registries for shared-data verification (共享核验): persons, companies,
// marriages, property units, investment projects and tax records, read from one directory of
// JSON files (resources/registries/README.md describes them; the demo data ships there).
//
// Loading is all or nothing: every *.json file of the directory is read and checked strictly
// (each record, each identifier with the core validators, every reference between the
// registries, each of the six registries exactly once); with any problem load() returns false
// with every problem located by file and line, and the registries keep what they held.
//
// Reading is safe from several threads at once; load() is not, and is meant for start-up.
// The record pointers returned stay valid until the next successful load().
class Registries
{
    Q_DECLARE_TR_FUNCTIONS(Registries)

public:
    Registries();
    ~Registries();
    Registries(const Registries &) = delete;
    Registries &operator=(const Registries &) = delete;

    // `today` bounds the dates of the past (birth dates, registrations, payments).
    bool load(const QString &directory, QDate today, QList<RegistryIssue> *issues);
    bool isLoaded() const;

    // The authority a registry names as its source, e.g. "省人口基础信息库"; empty before load().
    QString source(RegistryKind registry) const;
    qsizetype recordCount(RegistryKind registry) const;

    // Look-ups by normalized identifier; null when not on record.
    const PersonRecord *person(const QString &idNumber) const;
    const CompanyRecord *company(const QString &creditCode) const;
    const PropertyUnitRecord *propertyUnit(const QString &unitNumber) const;
    const ProjectRecord *project(const QString &projectCode) const;
    // The person's most recent marriage (subsisting or ended), null when never married.
    const MarriageRecord *latestMarriage(const QString &idNumber) const;
    // The most recently declared taxes on a transfer of the unit, null when none.
    const TaxRecord *latestTaxRecord(const QString &unitNumber) const;

private:
    std::shared_ptr<const RegistryData> d;
};

} // namespace ow::hub
