#pragma once

#include <QString>
#include <QVariant>

namespace ow::core {

// Qt SQL binds a null QString as SQL NULL; NOT NULL text columns take "" for "no text".
inline QVariant sqlText(const QString &value)
{
    return QVariant(value.isNull() ? QString(QLatin1String("")) : value);
}

} // namespace ow::core
