#pragma once

#include <QString>

namespace ow::test {

// Where the build put the OneWindow binaries (onewindow, onewindow-cli, …).
QString binaryPath(const QString &name);
// A file in the source tree, e.g. "translations/onewindow_ui_zh_CN.ts".
QString sourcePath(const QString &relative);

} // namespace ow::test
