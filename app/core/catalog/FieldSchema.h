#pragma once

#include "Condition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

// The kinds of input the form engine renders. Each kind validates its own answers
// (ResidentId and CreditCode through the identifier validators, Address with a division code).
enum class FieldType {
    Text,
    Number,
    Money,       // yuan with two decimals
    Date,
    Choice,      // one of `options`
    MultiChoice, // several of `options`
    ResidentId,
    CreditCode,
    Phone,
    Address,     // division code + detail
    Group,       // repeated group of `children`, e.g. several right holders
    Attachment,  // a scanned file
};

std::optional<FieldType> fieldTypeFromKey(const QString &key);
QString fieldTypeKey(FieldType type);

struct FieldOption
{
    QString value; // stored
    QString label; // shown
};

// One field of a matter's declarative form. Ids are shared across matters on purpose: a bundle
// asks a field that several of its matters need only once (same id, same type).
struct FieldSchema
{
    QString id;    // [a-z][a-z0-9_]*, unique within its matter (or group)
    QString label; // shown to the clerk, as published in the service guide
    FieldType type = FieldType::Text;
    bool required = false;
    QString help;
    QList<FieldOption> options; // Choice / MultiChoice
    int maxLength = 0;          // Text; 0 = the engine's default
    std::optional<double> minimum;
    std::optional<double> maximum;
    // Where a value can be pre-filled from, e.g. "applicant.name", "applicant.phone",
    // "applicant.address" or "case.<field id>" (the same field in the applicant's last case).
    QString prefill;
    Condition condition;         // when the field applies; always when empty
    QList<FieldSchema> children; // Group
    int minItems = 0;            // Group
    int maxItems = 0;            // Group; 0 = unlimited
    QString sharesField;         // Group: id of the child whose values must sum to 100 (%)
};

} // namespace ow::core
