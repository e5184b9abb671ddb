#include "VersionCommand.h"

#include "CommandLine.h"

#include "core/BuildInfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

QString VersionCommand::summary() const
{
    return tr("Print the versions of OneWindow and the libraries it runs on.");
}

int VersionCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(context, name(), tr("This command takes no arguments."));

    const auto versions = core::runtimeVersions();
    if (parser.isSet(json)) {
        QJsonObject object;
        for (const auto &v : versions)
            object.insert(v.component, v.version);
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                    << Qt::endl;
    } else {
        context.out << QStringLiteral("onewindow-cli ") << core::applicationVersion() << Qt::endl;
        for (const auto &v : versions)
            context.out << QStringLiteral("  ") << v.component << QStringLiteral(": ") << v.version << Qt::endl;
    }
    return ExitOk;
}

} // namespace ow::cli
