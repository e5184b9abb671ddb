#pragma once

#include <QString>
#include <QStringList>

namespace ow::core {

// What every validator answers. Validators never throw on user input and never crash on any
// byte sequence; an invalid input has a reason a clerk understands, in the UI language.
struct ValidationResult
{
    bool valid = false;
    QString normalized;   // the canonical form to store; empty when invalid
    QString reason;       // translated; empty when valid
    QStringList warnings; // translated; things worth a look that do not make the value invalid
};

} // namespace ow::core
