// Companies and other legal persons, and investment projects.
#include "RegistryData.h"

#include "RegistryIdentifiers.h"

namespace ow::hub::registry_parsers {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Registries)
};

constexpr QStringView kCompanyKeys[] = {u"creditCode",
                                        u"name",
                                        u"type",
                                        u"status",
                                        u"legalRepresentative",
                                        u"registeredCapital",
                                        u"establishedOn",
                                        u"address",
                                        u"registrationAuthority",
                                        u"licence"};
constexpr QStringView kLicenceKeys[] = {u"termFrom", u"termUntil"};

constexpr QStringView kProjectKeys[] = {u"projectCode",     u"name",    u"approvalType",
                                        u"ownerCreditCode", u"stage",   u"status",
                                        u"totalInvestment", u"location"};
// The fourth part of a project code: 01 审批, 02 核准, 03 备案.
constexpr QStringView kApprovalTypes[] = {u"审批", u"核准", u"备案"};
// The four stages of the construction project approval reform (工程建设项目审批制度改革).
constexpr QStringView kProjectStages[] = {u"立项用地规划许可", u"工程建设许可", u"施工许可",
                                          u"竣工验收"};
constexpr QStringView kProjectStatuses[] = {u"active", u"cancelled"};

} // namespace

void readCompanies(RegistryFile &file, QDate today, RegistryData &data)
{
    for (qsizetype i = 0; i < file.records().size(); ++i) {
        RecordReader r(file, i);
        if (!r.ok())
            continue;
        r.allowOnly(kCompanyKeys);
        CompanyRecord company;
        company.line = r.line();
        company.creditCode = creditCode(r, u"creditCode");
        company.name = r.text(u"name", 100);
        company.type = r.text(u"type", 64);
        company.status =
            CompanyRecord::Status(std::max(choice(r, u"status", kCompanyStatusNames), 0));
        company.legalRepresentative = r.text(u"legalRepresentative", 64);
        company.registeredCapital = r.text(u"registeredCapital", 64);
        company.establishedOn = r.date(u"establishedOn");
        if (company.establishedOn > today)
            r.issue(u"establishedOn", Tr::tr("The company is established in the future."));
        company.address = r.text(u"address");
        company.registrationAuthority = r.text(u"registrationAuthority", 100);
        RecordReader licence(r, r.object().value(u"licence"),
                             r.path() + QStringLiteral(".licence"));
        if (licence.ok()) {
            licence.allowOnly(kLicenceKeys);
            company.termFrom = licence.date(u"termFrom");
            company.termUntil = licence.optionalDate(u"termUntil");
            if (company.termUntil.isValid() && company.termUntil < company.termFrom)
                licence.issue(u"termUntil", Tr::tr("The term of operation ends before it begins."));
        }
        if (!company.creditCode.isEmpty() && data.companies.contains(company.creditCode))
            r.issue(u"creditCode", Tr::tr("The credit code appears twice (first at line %1).")
                                       .arg(data.companies.value(company.creditCode).line));
        if (r.ok() && licence.ok())
            data.companies.insert(company.creditCode, company);
    }
}

void readProjects(RegistryFile &file, RegistryData &data)
{
    for (qsizetype i = 0; i < file.records().size(); ++i) {
        RecordReader r(file, i);
        if (!r.ok())
            continue;
        r.allowOnly(kProjectKeys);
        ProjectRecord project;
        project.line = r.line();
        const QString code = r.text(u"projectCode", 32);
        if (!code.isEmpty()) {
            const auto checked = RegistryIdentifiers::projectCode(code);
            if (!checked.valid)
                r.issue(u"projectCode", checked.reason);
            else if (checked.normalized != code)
                r.issue(u"projectCode",
                        Tr::tr("Write the project code as %1.").arg(checked.normalized));
            else if (data.projects.contains(code))
                r.issue(u"projectCode", Tr::tr("The project code appears twice (first at line %1).")
                                            .arg(data.projects.value(code).line));
            project.projectCode = code;
        }
        project.name = r.text(u"name", 100);
        const int approval = choice(r, u"approvalType", kApprovalTypes);
        if (approval >= 0) {
            project.approvalType = kApprovalTypes[approval].toString();
            if (r.ok() && RegistryIdentifiers::projectApprovalIndex(code) != approval)
                r.issue(u"approvalType", Tr::tr("The project code says the project is not “%1”.")
                                             .arg(project.approvalType));
        }
        project.ownerCreditCode = creditCode(r, u"ownerCreditCode");
        if (!project.ownerCreditCode.isEmpty() && !data.companies.contains(project.ownerCreditCode))
            r.issue(u"ownerCreditCode",
                    Tr::tr("No legal person with the credit code %1 is in the companies registry.")
                        .arg(project.ownerCreditCode));
        const int stage = choice(r, u"stage", kProjectStages);
        if (stage >= 0)
            project.stage = kProjectStages[stage].toString();
        project.cancelled = choice(r, u"status", kProjectStatuses) == 1;
        project.totalInvestment = r.text(u"totalInvestment", 32);
        project.location = r.text(u"location");
        if (r.ok())
            data.projects.insert(project.projectCode, project);
    }
}

} // namespace ow::hub::registry_parsers
