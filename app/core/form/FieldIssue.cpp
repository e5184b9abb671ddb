#include "FieldIssue.h"

namespace ow::core {

QString fieldIdOfPath(const QString &fieldPath)
{
    const qsizetype bracket = fieldPath.indexOf(u'[');
    return bracket < 0 ? fieldPath : fieldPath.left(bracket);
}

} // namespace ow::core
