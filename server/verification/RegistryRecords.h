#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace ow::hub {

// The records of the hub's reference registries (resources/registries/README.md describes the
// files). Plain values; Registries owns them. `line` is where the record starts in its file, so
// that problems found across files can still point at a line.

// The registries, in the order they are read: each may refer to those before it.
enum class RegistryKind {
    Persons,            // persons.json
    Companies,          // companies.json
    Marriages,          // marriages.json
    PropertyUnits,      // property-units.json
    InvestmentProjects, // investment-projects.json
    TaxRecords,         // tax-records.json
};
inline constexpr int kRegistryCount = 6;
// The "registry" value of each file; index = RegistryKind.
inline constexpr QStringView kRegistryNames[kRegistryCount] = {
    u"persons",        u"companies",           u"marriages",
    u"property-units", u"investment-projects", u"tax-records"};

// How the files and the answers spell the enumerations below; index = the enum's value.
inline constexpr QStringView kMaritalStatusNames[] = {u"unmarried", u"married", u"divorced",
                                                      u"widowed"};
inline constexpr QStringView kCompanyStatusNames[] = {u"存续", u"吊销", u"注销"};
inline constexpr QStringView kPropertyStatusNames[] = {u"normal", u"seized", u"mortgaged"};

struct PersonRecord // 省人口基础信息库
{
    enum class MaritalStatus {
        Unmarried,
        Married,
        Divorced,
        Widowed
    };

    QString idNumber; // normalized 18-character form
    QString name;
    QString nation;
    QString address;
    MaritalStatus maritalStatus = MaritalStatus::Unmarried;
    bool deceased = false; // 死亡注销: the record is kept, the person no longer verifies
    int line = 0;
};

struct MarriageRecord // 婚姻登记信息
{
    enum class End {
        None,
        Divorce,
        Death
    };

    QString certificateNumber; // J<division>-<year>-<serial>
    QString partyA;            // resident ID numbers of both spouses
    QString partyB;
    QDate registeredOn;
    QString office;
    QDate endedOn; // invalid while the marriage subsists
    End end = End::None;
    int line = 0;

    QString spouseOf(const QString &idNumber) const { return idNumber == partyA ? partyB : partyA; }
};

struct CompanyRecord // 市场主体登记信息
{
    enum class Status {
        Active,
        Revoked,
        Deregistered
    }; // 存续, 吊销, 注销

    QString creditCode; // also the business licence number since 三证合一 (2015)
    QString name;
    QString type;
    Status status = Status::Active;
    QString legalRepresentative;
    QString registeredCapital; // as registered, e.g. "1000万元人民币"
    QDate establishedOn;
    QString address;
    QString registrationAuthority;
    QDate termFrom;  // 营业期限自
    QDate termUntil; // 营业期限至; invalid: 长期 (no end)
    int line = 0;
};

// An owner of a property unit or the taxpayer of a transfer: a person or a legal person.
struct PartyRef
{
    QString name;
    QString idNumber;   // set for a person
    QString creditCode; // set for a legal person
    QString share;      // "共同共有", "50%", …; empty for a taxpayer
};

struct PropertyUnitRecord // 不动产登记信息
{
    enum class Status {
        Normal,
        Seized,
        Mortgaged
    }; // 正常, 查封, 抵押

    QString unitNumber; // 28 characters, GB/T 37346
    QString certificateNumber;
    QString address;
    QString usage;
    double area = 0; // m²
    Status status = Status::Normal;
    QString mortgagee; // set when mortgaged
    QString seizedBy;  // set when seized
    QList<PartyRef> owners;
    int line = 0;
};

struct ProjectRecord // 投资项目在线审批监管平台
{
    QString projectCode; // 2019-130100-47-01-000123
    QString name;
    QString approvalType; // 审批, 核准, 备案 (the code's fourth part 01, 02, 03)
    QString ownerCreditCode;
    QString stage;
    bool cancelled = false;
    QString totalInvestment;
    QString location;
    int line = 0;
};

struct TaxItem
{
    QString type;   // 契税, 印花税, …
    QString amount; // yuan with two decimals, as written
    qint64 cents = 0;
};

struct TaxRecord // 税收征管信息: the taxes declared for one property transfer
{
    QString unitNumber;
    PartyRef taxpayer;
    QDate declaredOn;
    bool paid = false;
    QDate paidOn;          // set when paid
    QString voucherNumber; // 完税凭证号, set when paid
    QList<TaxItem> taxes;
    int line = 0;
};

} // namespace ow::hub
