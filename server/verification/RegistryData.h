#pragma once

// Internal to server/verification: what Registries holds once every file is read, and the
// readers that fill it (one per registry, in RegistryParsers*.cpp). Registries.h is the
// public face.
#include "RegistryFile.h"
#include "RegistryRecords.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace ow::hub {

struct RegistryData
{
    std::array<QString, kRegistryCount> sources; // the authority named by each file
    QHash<QString, PersonRecord> persons;        // by resident ID number
    QHash<QString, CompanyRecord> companies;     // by credit code
    QList<MarriageRecord> marriages;
    QHash<QString, QList<qsizetype>> marriagesByPerson; // indexes into marriages, oldest first
    QHash<QString, PropertyUnitRecord> propertyUnits;   // by unit number
    QHash<QString, ProjectRecord> projects;             // by project code
    QList<TaxRecord> taxRecords;
    QHash<QString, QList<qsizetype>> taxRecordsByUnit; // indexes into taxRecords, oldest first
};

namespace registry_parsers {

// Each reader checks every record of its file strictly (unknown members, types, identifiers
// with the core validators, references to the registries read before) and stores the sound
// ones; problems go to the file's issue list. `today` bounds dates of the past.
void readPersons(RegistryFile &file, QDate today, RegistryData &data);
void readCompanies(RegistryFile &file, QDate today, RegistryData &data);
// Also checks each living person's marital status in `personsFile` against the marriages.
void readMarriages(RegistryFile &file, RegistryFile &personsFile, QDate today, RegistryData &data);
void readPropertyUnits(RegistryFile &file, QDate today, RegistryData &data);
void readProjects(RegistryFile &file, RegistryData &data);
void readTaxRecords(RegistryFile &file, QDate today, RegistryData &data);

// A resident ID number as written in a registry: valid and in its normalized spelling.
QString residentId(RecordReader &reader, QStringView key, QDate today);
// A credit code as written in a registry: valid and in its normalized spelling.
QString creditCode(RecordReader &reader, QStringView key);
// One of `names` (the file's spelling of an enumeration); -1 after reporting an issue.
int choice(RecordReader &reader, QStringView key, std::span<const QStringView> names);

} // namespace registry_parsers
} // namespace ow::hub
