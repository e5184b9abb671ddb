#pragma once

#include "ModuleRegistry.h"

#include "../catalog/Catalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ow::core {

// What the domain modules say about one application (a matter or a bundle with its answers), for
// the acceptance screen and for AcceptanceService, which must agree: the screen shows exactly
// the problems that would stop acceptance. Modules not involved in the subject are not asked.
struct ModuleVerdict
{
    QList<ModuleIssue> issues;               // module validation (validate): the form is not done
    QList<ModuleIssue> blocking;             // from verification answers (assess): cannot accept
    QList<MaterialRequirement> extraMaterials; // parsed from the modules' extraMaterials
    QList<ModuleVerification> verifications;   // to run; see `unanswered`
    QList<ModuleVerification> unanswered;      // those with no answer among the given ones
    bool ok() const { return issues.isEmpty() && blocking.isEmpty(); }
};

// The modules' part of an application. Stateless; cheap to construct.
class ModuleApplication final
{
    Q_DECLARE_TR_FUNCTIONS(ModuleApplication)

public:
    ModuleApplication(const ModuleRegistry &registry, const Catalog &catalog);

    // `answers`: the merged form's normalized answers. `verificationAnswers`: the hub's answer
    // objects known for this application (VerificationAnswer::toJson form); an answer is matched
    // to a requested verification by kind and subject.
    ModuleVerdict evaluate(const ApplicationSubject &subject, const QVariantMap &answers,
                           const QList<QJsonObject> &verificationAnswers) const;

    // The department steps the modules plan (ModuleStep, working days) for the subject's module
    // matters; matters no module plans keep the default (one step at their department).
    // Empty when no module is involved.
    QList<ModuleStep> steps(const ApplicationSubject &subject, const QVariantMap &answers) const;

    // case.modules of the envelope: {"<module id>": {"version": "…", "data": {…}}} for every
    // module involved; empty when none.
    QJsonObject hubPayload(const ApplicationSubject &subject, const QVariantMap &answers) const;

private:
    const ModuleRegistry &m_registry;
    const Catalog &m_catalog;
};

} // namespace ow::core
