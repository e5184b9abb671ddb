#include "CatalogCommand.h"

#include "CommandLine.h"
#include "WorkstationAccess.h"

#include "core/Clock.h"
#include "core/catalog/CatalogJson.h"
#include "core/search/CatalogSearch.h"
#include "core/storage/CatalogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ow::cli {

namespace {
constexpr qint64 kMaxCatalogBytes = 256 * 1024 * 1024;
}

QString CatalogCommand::summary() const
{
    return tr("Import, export or describe the matter catalog of this workstation.");
}

int CatalogCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("import FILE: replace the workstation's catalog with a catalog file (JSON, see "
           "docs/catalog-format.md); a file with any error is rejected whole and changes "
           "nothing.\nexport [FILE]: write the catalog as JSON to FILE or standard output.\n"
           "info: how many matters, bundles and departments, and where they came from.\n"
           "search QUERY: the matters and bundles a clerk would find by typing QUERY (hanzi, "
           "pinyin initials or full pinyin, or a code), best first."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many results (search)."),
                                   tr("count"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (search)."));
    parser.addOptions({limit, json});
    parser.addPositionalArgument(QStringLiteral("action"), tr("import, export, info or search."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The catalog file."),
                                 QStringLiteral("[file]"));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"import" && positional.size() == 2)
        return importFile(positional.at(1), context);
    if (action == u"export" && positional.size() <= 2)
        return exportTo(positional.value(1), context);
    if (action == u"info" && positional.size() == 1)
        return info(context);
    if (action == u"search" && positional.size() == 2) {
        bool ok = false;
        const int count = parser.value(limit).toInt(&ok);
        if (!ok || count < 1 || count > 1000)
            return CommandLine::usageError(
                context, name(), tr("--limit takes a number from 1 to 1000."));
        return search(positional.at(1), count, parser.isSet(json), context);
    }
    return CommandLine::usageError(
        context, name(), tr("Give one action: import FILE, export [FILE], info or search QUERY."));
}

int CatalogCommand::importFile(const QString &path, CliContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitFailure;
    }
    if (file.size() > kMaxCatalogBytes) {
        context.err << tr("%1 is larger than a catalog can be (256 MB).").arg(path) << Qt::endl;
        return ExitFailure;
    }
    const core::CatalogParseResult parsed = core::CatalogJson::parse(file.readAll());
    if (!parsed.ok()) {
        for (const core::CatalogIssue &issue : parsed.issues)
            context.err << path << u':' << u' ' << issue.toString() << Qt::endl;
        context.err << tr("The catalog was not imported; nothing was changed.") << Qt::endl;
        return ExitFailure;
    }
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::CatalogRepository repository(*db);
    const core::StorageError error = repository.replaceAll(
        parsed.catalog, QFileInfo(path).fileName(), core::Clock::system().now());
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("Imported %1 matters, %2 bundles and %3 departments from %4.")
                       .arg(parsed.catalog.matters().size())
                       .arg(parsed.catalog.bundles().size())
                       .arg(parsed.catalog.departments().size())
                       .arg(path)
                << Qt::endl;
    return ExitOk;
}

int CatalogCommand::exportTo(const QString &path, CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::StorageError error;
    const core::Catalog catalog = core::CatalogRepository(*db).load(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    const QByteArray json = core::CatalogJson::serialize(catalog);
    if (path.isEmpty() || path == u"-") {
        context.out << QString::fromUtf8(json);
        context.out.flush();
        return ExitOk;
    }
    QSaveFile file(path); // all or nothing: a half-written export never replaces a good one
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        context.err << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("Exported %1 matters to %2.").arg(catalog.matters().size()).arg(path)
                << Qt::endl;
    return ExitOk;
}

int CatalogCommand::info(CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::StorageError error;
    const auto info = core::CatalogRepository(*db).info(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("matters: %1").arg(info.matterCount) << Qt::endl
                << tr("bundles: %1").arg(info.bundleCount) << Qt::endl
                << tr("departments: %1").arg(info.departmentCount) << Qt::endl;
    if (!info.source.isEmpty())
        context.out << tr("imported from %1 at %2")
                           .arg(info.source, info.importedAt.toLocalTime().toString(Qt::ISODate))
                    << Qt::endl;
    return ExitOk;
}

int CatalogCommand::search(const QString &query, int limit, bool json, CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::StorageError error;
    const core::CatalogRepository repository(*db);
    const core::Catalog catalog = repository.load(&error);
    const auto usage = error ? QHash<QString, int>{} : repository.usage(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    const QList<core::CatalogHit> hits = core::CatalogSearch(catalog).search(query, limit, usage);
    if (json) {
        QJsonArray array;
        for (const core::CatalogHit &h : hits) {
            array.append(QJsonObject{
                {QStringLiteral("kind"), h.kind == core::CatalogHit::Kind::Bundle
                                             ? QStringLiteral("bundle")
                                             : QStringLiteral("matter")},
                {QStringLiteral("code"), h.code},
                {QStringLiteral("name"), h.name},
                {QStringLiteral("department"), h.departmentName},
                {QStringLiteral("score"), h.score}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                    << Qt::endl;
    } else {
        for (const core::CatalogHit &h : hits) {
            const QString where = h.kind == core::CatalogHit::Kind::Bundle ? tr("one thing")
                                                                            : h.departmentName;
            context.out << h.code << u'\t' << h.name << u'\t' << where << Qt::endl;
        }
        if (hits.isEmpty())
            context.err << tr("No matter or bundle matches “%1”.").arg(query) << Qt::endl;
    }
    return hits.isEmpty() ? ExitFailure : ExitOk;
}

} // namespace ow::cli
