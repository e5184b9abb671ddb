#pragma once

// Reading printed documents back with Debian's tools, as a person checking them would:
// pdftotext and pdftoppm (poppler-utils) and zbarimg (zbar-tools). See scripts/setup.sh.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ow::test {

struct ToolRun
{
    bool ok = false;
    QByteArray out;
    QString err;
};

inline ToolRun runTool(const QString &tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        return {false, {}, tool + QStringLiteral(" is not installed")};
    QProcess p;
    p.start(path, arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {false, {}, tool + QStringLiteral(" did not finish")};
    }
    const bool ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return {ok, p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

inline bool hasTool(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

// The text of a PDF's pages (all when `page` is 0), as pdftotext extracts it.
inline QString pdfText(const QString &pdfPath, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    args << pdfPath << QStringLiteral("-");
    const ToolRun r = runTool(QStringLiteral("pdftotext"), args);
    return r.ok ? QString::fromUtf8(r.out) : QString();
}

// One page of a PDF as a PNG file at `dpi`; the PNG's path, or empty on failure.
inline QString rasterPage(const QString &pdfPath, const QString &outputRoot, int dpi, int page = 1)
{
    const ToolRun r =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                 QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), QStringLiteral("-singlefile"), pdfPath, outputRoot});
    const QString png = outputRoot + QStringLiteral(".png");
    return r.ok && QFile::exists(png) ? png : QString();
}

// The QR codes zbarimg reads in an image, one text per line.
inline QString decodeQr(const QString &imagePath)
{
    const ToolRun r = runTool(QStringLiteral("zbarimg"),
                              {QStringLiteral("--raw"), QStringLiteral("-q"), imagePath});
    return r.ok ? QString::fromUtf8(r.out).trimmed() : QString();
}

} // namespace ow::test
