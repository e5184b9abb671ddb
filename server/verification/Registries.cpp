#include "Registries.h"

#include "RegistryData.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <functional>
#include <initializer_list>
#include <list>

namespace ow::hub {
namespace {

template <typename Record>
const Record *find(const QHash<QString, Record> &records, const QString &key)
{
    const auto it = records.constFind(key);
    return it == records.constEnd() ? nullptr : &it.value();
}

} // namespace

Registries::Registries() = default;
Registries::~Registries() = default;

bool Registries::load(const QString &directory, QDate today, QList<RegistryIssue> *issues)
{
    QList<RegistryIssue> found;
    const QDir dir(directory);
    const QStringList names =
        dir.exists() ? dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
                     : QStringList();
    if (names.isEmpty())
        found.append({directory, 0, {}, tr("The directory holds no registry files (*.json).")});

    // Every file's envelope first: which registry it is, and that each is there exactly once.
    std::list<RegistryFile> files; // stable addresses for the pointers below
    std::array<RegistryFile *, kRegistryCount> byKind{};
    // A file that cannot be read may be the one of a registry that then seems missing, so
    // missing registries are only reported when every file was read.
    bool unreadable = false;
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            found.append({name, 0, {}, tr("Cannot read the file: %1.").arg(file.errorString())});
            unreadable = true;
            continue;
        }
        if (file.size() > RegistryFile::kMaxFileSize) {
            found.append({name, 0, {},
                          tr("The file is larger than %1 MiB.")
                              .arg(RegistryFile::kMaxFileSize / (1024 * 1024))});
            unreadable = true;
            continue;
        }
        RegistryFile &registryFile = files.emplace_back(name, file.readAll(), &found);
        if (!registryFile.read()) {
            unreadable = true;
            continue;
        }
        const auto kind = std::find(std::begin(kRegistryNames), std::end(kRegistryNames),
                                    registryFile.registry());
        if (kind == std::end(kRegistryNames)) {
            registryFile.issue(
                registryFile.envelopeLine(u"registry"), QStringLiteral("registry"),
                tr("“%1” is not a registry this hub knows.").arg(registryFile.registry()));
            continue;
        }
        RegistryFile *&slot = byKind[std::size_t(kind - std::begin(kRegistryNames))];
        if (slot) {
            registryFile.issue(registryFile.envelopeLine(u"registry"), QStringLiteral("registry"),
                               tr("The registry “%1” is already given by %2.")
                                   .arg(registryFile.registry(), slot->fileName()));
            continue;
        }
        slot = &registryFile;
    }
    for (int k = 0; k < kRegistryCount; ++k) {
        if (!byKind[std::size_t(k)] && !names.isEmpty() && !unreadable)
            found.append(
                {directory,
                 0,
                 {},
                 tr("No file gives the registry “%1”.").arg(kRegistryNames[k].toString())});
    }
    if (!found.isEmpty()) {
        if (issues)
            *issues = found;
        return false;
    }

    // Then the records, each registry after those it refers to.
    auto data = std::make_shared<RegistryData>();
    for (int k = 0; k < kRegistryCount; ++k)
        data->sources[std::size_t(k)] = byKind[std::size_t(k)]->source();
    // A registry whose records had problems is incomplete, so a registry referring to it
    // would only report the same problems again as dangling references: it is not read, and
    // a note says so.
    std::array<bool, kRegistryCount> broken{};
    auto read = [&](RegistryKind kind, std::initializer_list<RegistryKind> needs,
                    const std::function<void(RegistryFile &)> &reader) {
        RegistryFile &file = *byKind[std::size_t(kind)];
        for (const RegistryKind need : needs) {
            if (broken[std::size_t(need)]) {
                broken[std::size_t(kind)] = true;
                found.append({file.fileName(),
                              0,
                              {},
                              tr("Not checked: it refers to the registry in %1, which has "
                                 "problems.")
                                  .arg(byKind[std::size_t(need)]->fileName())});
                return;
            }
        }
        const qsizetype before = found.size();
        reader(file);
        broken[std::size_t(kind)] = found.size() > before;
    };
    using namespace registry_parsers;
    using K = RegistryKind;
    RegistryFile &personsFile = *byKind[std::size_t(K::Persons)];
    read(K::Persons, {}, [&](RegistryFile &f) { readPersons(f, today, *data); });
    read(K::Companies, {}, [&](RegistryFile &f) { readCompanies(f, today, *data); });
    read(K::Marriages, {K::Persons},
         [&](RegistryFile &f) { readMarriages(f, personsFile, today, *data); });
    read(K::PropertyUnits, {K::Persons, K::Companies},
         [&](RegistryFile &f) { readPropertyUnits(f, today, *data); });
    read(K::InvestmentProjects, {K::Companies}, [&](RegistryFile &f) { readProjects(f, *data); });
    read(K::TaxRecords, {K::Persons, K::Companies, K::PropertyUnits},
         [&](RegistryFile &f) { readTaxRecords(f, today, *data); });
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return false;
    d = std::move(data);
    return true;
}

bool Registries::isLoaded() const
{
    return d != nullptr;
}

QString Registries::source(RegistryKind registry) const
{
    return d ? d->sources[std::size_t(registry)] : QString();
}

qsizetype Registries::recordCount(RegistryKind registry) const
{
    if (!d)
        return 0;
    switch (registry) {
    case RegistryKind::Persons:
        return d->persons.size();
    case RegistryKind::Companies:
        return d->companies.size();
    case RegistryKind::Marriages:
        return d->marriages.size();
    case RegistryKind::PropertyUnits:
        return d->propertyUnits.size();
    case RegistryKind::InvestmentProjects:
        return d->projects.size();
    case RegistryKind::TaxRecords:
        break;
    }
    return d->taxRecords.size();
}

const PersonRecord *Registries::person(const QString &idNumber) const
{
    return d ? find(d->persons, idNumber) : nullptr;
}

const CompanyRecord *Registries::company(const QString &creditCode) const
{
    return d ? find(d->companies, creditCode) : nullptr;
}

const PropertyUnitRecord *Registries::propertyUnit(const QString &unitNumber) const
{
    return d ? find(d->propertyUnits, unitNumber) : nullptr;
}

const ProjectRecord *Registries::project(const QString &projectCode) const
{
    return d ? find(d->projects, projectCode) : nullptr;
}

const MarriageRecord *Registries::latestMarriage(const QString &idNumber) const
{
    if (!d)
        return nullptr;
    const auto it = d->marriagesByPerson.constFind(idNumber);
    if (it == d->marriagesByPerson.constEnd() || it->isEmpty())
        return nullptr;
    return &d->marriages.at(it->constLast());
}

const TaxRecord *Registries::latestTaxRecord(const QString &unitNumber) const
{
    if (!d)
        return nullptr;
    const auto it = d->taxRecordsByUnit.constFind(unitNumber);
    if (it == d->taxRecordsByUnit.constEnd() || it->isEmpty())
        return nullptr;
    return &d->taxRecords.at(it->constLast());
}

} // namespace ow::hub
