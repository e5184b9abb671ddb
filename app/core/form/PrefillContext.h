#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>

namespace ow::core {

// A value the workbench already knows for a form field, and where it comes from, so the clerk
// confirms it rather than types it (DESIGN: "pre-filled fields show their source").
struct PrefillValue
{
    QVariant value;
    QString source; // translated, shown to the clerk, e.g. "身份证读卡" or "办件 W01-2026-000012"
    QDate date; // when the source recorded the value; may be null
};

// Keyed by a field's `prefill` key ("applicant.name", "applicant.id_number", "case.<field id>",
// …). The form engine only looks keys up; it gives no key a meaning of its own.
using PrefillContext = QHash<QString, PrefillValue>;

} // namespace ow::core
