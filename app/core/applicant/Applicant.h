#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ow::core {

enum class ApplicantKind {
    Person,       // 自然人, identified by resident ID
    Organization, // 法人或其他组织, identified by unified social credit code
};

// Where a piece of applicant data came from, shown beside pre-filled fields.
struct Provenance
{
    enum class Kind {
        Clerk,       // typed at the counter
        CardReader,  // 身份证读卡器
        EarlierCase, // an earlier case of this applicant (reference = its receipt number)
        SharedData,  // 共享数据 (reference = the register)
        Import,      // a bulk import
    };
    Kind kind = Kind::Clerk;
    QString reference;
    QDate date;

    QString describe() const;       // translated, with the date: "身份证读卡 · 2026-11-20"
    QString describeSource() const; // the same without the date
    QJsonObject toJson() const;
    static Provenance fromJson(const QJsonObject &o);
};

class ProvenanceText
{
    Q_DECLARE_TR_FUNCTIONS(Provenance)
    friend struct Provenance;
};

// A natural person referred to by an applicant: the legal representative (法定代表人) of an
// organization or the handling agent (经办人) who came to the counter.
struct PersonRef
{
    QString name;
    QString idNumber; // normalized resident ID
    QString phone;
    bool isEmpty() const { return name.isEmpty() && idNumber.isEmpty() && phone.isEmpty(); }
    QJsonObject toJson() const;
    static PersonRef fromJson(const QJsonObject &o);
};

// What the workstation knows about an applicant. Every field may carry its provenance (keyed by
// the field name: "name", "phone", "address", …). Stored sealed; see PersonalDataVault.
struct ApplicantProfile
{
    ApplicantKind kind = ApplicantKind::Person;
    QString identifier; // normalized resident ID or credit code: the applicant's key
    QString name;       // person's name or organization's name; may hold non-BMP characters
    QString phone;
    QString address;
    QString divisionCode;
    PersonRef legalRepresentative; // organizations
    QHash<QString, Provenance> provenance;

    QJsonObject toJson() const;
    static ApplicantProfile fromJson(const QJsonObject &o);

    // Field by field: a non-empty value of `newer` replaces this one's, with its provenance.
    void mergeFrom(const ApplicantProfile &newer);
    // The identifier as a clerk should see it unless the step needs the full number.
    QString maskedIdentifier() const;
    // Values for the applicant.* prefill sources of docs/catalog-format.md, empty ones left out.
    QHash<QString, QString> prefillValues() const;
};

QString applicantKindKey(ApplicantKind kind);
std::optional<ApplicantKind> applicantKindFromKey(const QString &key);

} // namespace ow::core
