#pragma once

// The interface a domain plugin (modules/<name>/) implements. Header-only and Qt Core types only:
// a plugin links Qt6::Core and this header, never onewindow-core itself, so the workbench, the
// command-line client and the hub load the same plugin file. Everything a module hands over is
// checked by the host like user input (its catalog goes through the catalog parser; a module
// whose contribution is invalid is skipped with the reason).
//
// Versioning: the IID carries the interface version. A plugin's JSON metadata (Q_PLUGIN_METADATA
// FILE) says which interface version it was built for; the loader reads it before loading the
// library and skips a plugin whose version differs from MatterModuleInterfaceVersion.
//
// Metadata (docs/modules.md):
//   {"id": "property", "name": "不动产登记", "nameEn": "Property registration",
//    "version": "1.0.0", "interfaceVersion": 1,
//    "dependencies": [{"id": "…", "version": "1.0.0"}]}
// id: [a-z][a-z0-9_-]{0,31}; version: MAJOR.MINOR.PATCH; a dependency is met by a loaded module
// of that id with the same MAJOR and a version not older than the one named.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtPlugin>

namespace ow::core {

inline constexpr int MatterModuleInterfaceVersion = 1;

// One problem a module finds in an application: the form field it concerns (a field id of the
// merged form; empty for the application as a whole) and a message for the clerk in the UI
// language.
struct ModuleIssue
{
    QString field;
    QString message;
};

// A shared-data verification (共享核验) the module wants run for an application, e.g.
// {"property_unit", {"unitNumber": "…"}}. Kinds are the hub's (docs/api/protocol.md) or one a
// module answers itself on the hub (MatterModule::hubChecks).
struct ModuleVerification
{
    QString kind;
    QJsonObject subject;
    QString purpose; // for the clerk: why it is asked, e.g. "不动产单元查封、抵押状态"
};

// One department step of a case. Several steps may belong to one matter (a project stage is one
// matter with parallel steps at several departments); the steps of a case run in parallel.
struct ModuleStep
{
    QString matterCode;   // implementation code of the matter the step belongs to
    QString departmentId; // a department of the merged catalog
    QString name;         // e.g. "消防设计审查"; empty: the matter's name
    int workingDays = 0;  // the step's time limit; 0 for a step done at once
};

// What a module concludes once the verification answers are in.
struct ModuleAssessment
{
    QList<ModuleIssue> blocking; // the application cannot be accepted (e.g. a seized unit)
    QJsonArray extraMaterials;   // material objects in catalog format (docs/catalog-format.md)
                                 // that the answers make necessary (e.g. mortgagee's consent)
};

// A check the module answers itself on the hub from one of the hub's reference registries, e.g.
// business: {"enterprise_name", "companies", "企业名称自主申报系统"}.
struct ModuleHubCheck
{
    QString kind;     // [a-z][a-z0-9_]*, not one of the hub's own kinds
    QString registry; // registry file name without .json in the hub's registries directory
    QString source;   // the source named in the signed answer
};

class MatterModule
{
public:
    virtual ~MatterModule() = default;

    // The module's part of the catalog, in the catalog file format (docs/catalog-format.md):
    // {"format": "onewindow-catalog", "version": 1, "departments": […], "matters": […],
    //  "bundles": […]}. A matter or bundle whose code is already in the catalog replaces it: the
    // module is the authority for its domain. Departments may repeat the hall's.
    virtual QJsonObject catalog() const = 0;

    // Implementation codes of the matters this module owns; the host routes the calls below to
    // the module that owns a case's matters. Must match the matters of catalog().
    virtual QStringList matterCodes() const = 0;

    // Custom field checks, named in the catalog as "validator": "<module id>.<name>". Returns a
    // message for the clerk when `value` is not acceptable, or an empty string when it is (an
    // empty value is the generic engine's business: required or not).
    virtual QStringList fieldValidators() const = 0; // names without the module prefix
    virtual QString checkField(const QString &validator, const QString &value) const = 0;

    // Rules across fields and matters for an application of `subjectCode` (a matter or a bundle
    // code) whose merged form has these answers (the normalized answers the form engine keeps:
    // group answers are QVariantList of QVariantMap). Empty when everything holds.
    virtual QList<ModuleIssue> validate(const QString &subjectCode,
                                        const QVariantMap &answers) const = 0;

    // Verifications to run for this application; empty when none (yet: e.g. no unit number).
    virtual QList<ModuleVerification> verifications(const QString &subjectCode,
                                                    const QVariantMap &answers) const = 0;

    // What the answers of those verifications mean for the application. `answers` of the form;
    // `verificationAnswers` the hub's answer objects ({kind, subject, result, facts, …}) of the
    // verifications that have been answered (possibly none, e.g. offline).
    virtual ModuleAssessment assess(const QString &subjectCode, const QVariantMap &answers,
                                    const QList<QJsonObject> &verificationAnswers) const = 0;

    // The department steps of an application of `subjectCode`, covering the module's matters in
    // it; empty: one step per matter at its department with its time limit (the default).
    virtual QList<ModuleStep> steps(const QString &subjectCode,
                                    const QVariantMap &answers) const = 0;

    // The domain data the case carries to the hub besides the generic case, e.g. the property
    // unit number, parties and shares in a normalized form: the envelope's
    // case.modules.<module id>.data. An optional "linkKey" string links the cases of one thing
    // across several submissions (e.g. the investment project code across the four stages).
    virtual QJsonObject hubPayload(const QString &subjectCode,
                                   const QVariantMap &answers) const = 0;

    // On the hub, when every step of a case of this module is done: the result it issues, or an
    // empty object when the case issues none. `finishedCase` is the hub's case view (GET
    // /cases/{id}: id, receipt, subject, applicant, answers, steps, module, …). The object:
    //   {"kind": "property_certificate", "title": "不动产权证书", "number": "…",
    //    "holder": "…", "lines": [{"label": "…", "value": "…"}, …], "sealQr": false}
    // The hub seals it (SM2) and sends it to the accepting workstation. With "sealQr": true the
    // hub adds "qr": an OW1 seal text of kind L (docs/receipt-seal.md) whose document number is
    // "number", signed with the hub's key — e.g. the business licence's 企业身份码, checked offline
    // with `onewindow-cli verify-receipt`.
    virtual QJsonObject result(const QJsonObject &finishedCase) const = 0;

    // For the workbench's case view: rich text (a Qt HTML subset) describing a case of this
    // module beyond the generic steps (e.g. a project's stage and whole-process clock), or
    // empty. `caseView` (built by the workstation with its working-day calendar):
    //   {"case": {"id", "receipt", "subjectCode", "subjectName", "status", "acceptedOn",
    //             "deadline", "answers": {…}, "modules": {…the envelope's case.modules…}},
    //    "steps": [{"position", "matterCode", "name", "departmentId", "departmentName",
    //               "status", "workingDays", "deadline", "remainingWorkingDays"}],
    //    "results": [result objects as issued, each with "moduleId"],
    //    "linked": [{"receipt", "subjectCode", "subjectName", "acceptedOn", "status",
    //                "elapsedWorkingDays"}],   // earlier cases with the same linkKey
    //    "elapsedWorkingDays": n, "today": "yyyy-MM-dd"}
    // Dates are "yyyy-MM-dd"; remainingWorkingDays is negative when overdue.
    virtual QString describeCase(const QJsonObject &caseView) const = 0;

    // Checks this module answers on the hub (see ModuleHubCheck); empty for most modules.
    virtual QList<ModuleHubCheck> hubChecks() const = 0;
    // The answer to one of them: {"result": "passed|failed|not_found", "facts": {…}} from the
    // registry's records (the JSON array of the registry file). Empty object when `subject` is
    // malformed; then `error` says why (for the clerk).
    virtual QJsonObject answerHubCheck(const QString &kind, const QJsonObject &subject,
                                       const QJsonArray &registry, QString *error) const = 0;
};

} // namespace ow::core

#define OW_MATTER_MODULE_IID "cn.gov.onewindow.MatterModule/1"
Q_DECLARE_INTERFACE(ow::core::MatterModule, OW_MATTER_MODULE_IID)
