#pragma once

#include "Registries.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutex>
#include <QString>

namespace ow::core {
class Clock;
class Sm2Key;
} // namespace ow::core

namespace ow::hub {

// Answers shared-data verification requests (共享核验, docs/api/protocol.md "Shared-data
// verification") from the reference registries, signed with the hub's SM2 key; independent of
// HTTP (the route POST /api/v1/verifications hands kind and subject here).
//
// Kinds, subjects and what "passed" means:
//   identity {idNumber, name}     the person is on record under that name and alive;
//                                 facts: nameMatches, deceased (only when the name matches —
//                                 a wrong name learns nothing more about the number)
//   legal_person {creditCode}     on record and 存续; facts: name, status, legalRepresentative,
//                                 registeredCapital
//   business_licence {creditCode} on record, 存续 and today within the term of operation;
//                                 facts: name, licenceNumber (= credit code since 三证合一),
//                                 type, status, legalRepresentative, address,
//                                 registrationAuthority, establishedOn, termFrom, termUntil
//                                 (null: 长期), withinTerm
//   marriage {idNumber}           a subsisting marriage; facts: status (unmarried, married,
//                                 divorced, widowed), deceased and, for anyone ever married,
//                                 the last marriage: spouseName, spouseIdNumber (masked),
//                                 certificateNumber, registeredOn, registrationOffice, endedOn
//                                 (null while it subsists). not_found: no such person
//   property_unit {unitNumber}    not seized: a normal unit passes, and so does a mortgaged one
//                                 (a mortgage does not stop a registration, e.g. 带押过户 — the
//                                 facts carry the mortgagee for the clerk); a seized (查封) unit
//                                 fails. facts: status, mortgagee, seizedBy, owners [{name,
//                                 idNumber masked | creditCode, share}], area, usage, address,
//                                 certificateNumber
//   investment_project {projectCode} on record and not cancelled; facts: name, approvalType,
//                                 ownerCreditCode, ownerName, stage, status, totalInvestment,
//                                 location
//   tax_paid {unitNumber}         the taxes of the unit's latest transfer are paid; facts:
//                                 status, taxpayerName, taxpayerIdNumber (masked) or
//                                 taxpayerCreditCode, declaredOn, paidOn, voucherNumber, taxes
//                                 [{type, amount}], total. not_found: no transfer on record
// not_found always has empty facts unless said otherwise. The answer's subject is the request's
// subject normalized (e.g. the 18-digit ID number), so the signature binds what was checked.
//
// Thread-safe: answer() may run on several threads at once (signing is serialized); the
// registries, key and clock must outlive the service.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)

public:
    struct Outcome
    {
        enum class Status {
            Answered,   // answer and signature are set
            BadRequest, // the request is wrong (unknown kind, malformed subject): 400
            Unavailable // the hub cannot answer now (no registries, no signing key): 503
        };

        Status status = Status::Unavailable;
        QJsonObject answer;
        QString signature; // base64 of the DER SM2 signature over canonicalJson(answer)
        QString error;     // translated; set unless answered

        bool answered() const { return status == Status::Answered; }
        // The response body: {"answer": …, "signature": …}.
        QJsonObject toJson() const;
    };

    VerificationService(const Registries &registries, const core::Sm2Key &hubKey,
                        const core::Clock &clock);

    Outcome answer(const QString &kind, const QJsonObject &subject) const;

    // DocumentSeal::keyIdOf of the hub key; empty for a null key.
    const QString &keyId() const { return m_keyId; }

private:
    const Registries &m_registries;
    const core::Sm2Key &m_hubKey;
    const core::Clock &m_clock;
    QString m_keyId;
    mutable QMutex m_signing; // Sm2Key is used by one thread at a time
};

} // namespace ow::hub
