#include "TestPaths.h"

#include <QDir>

namespace ow::test {

QString binaryPath(const QString &name)
{
    return QDir(QStringLiteral(OW_BIN_DIR)).filePath(name);
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(OW_SOURCE_DIR)).filePath(relative);
}

} // namespace ow::test
