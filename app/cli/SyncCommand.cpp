#include "SyncCommand.h"

#include "CommandLine.h"
#include "PasswordInput.h"
#include "SyncSignalWatch.h"

#include "core/BackgroundWorkstation.h"
#include "core/Clock.h"
#include "core/Workstation.h"
#include "core/accounts/StationIdentity.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/sync/HubClient.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/WorkstationEnrolment.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoroTask>

namespace ow::cli {
namespace {

constexpr char PasswordVariable[] = "OW_HUB_PASSWORD";

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QStringLiteral("-");
}

// Deferred deletions of the coroutines' helpers (future watchers, replies) posted while a
// nested loop ran; processed before the command returns so nothing is left behind.
void flushDeferredDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

QString SyncCommand::summary() const
{
    return tr("Enrol at the hub, show the sync state, or sync now.");
}

QString SyncCommand::describe(const core::SyncCycleReport &report)
{
    QString line = tr("%1  sent %2, refused %3, to retry %4; %5 changes applied (%6 skipped); "
                      "%7 verified")
                       .arg(localTime(report.finishedAt))
                       .arg(report.confirmed)
                       .arg(report.rejected)
                       .arg(report.failed)
                       .arg(report.applied)
                       .arg(report.skipped)
                       .arg(report.verified);
    if (report.receiptBlockGranted)
        line += tr("; new receipt block");
    line += report.complete() ? tr(" — up to date") : tr(" — %1").arg(report.error.isEmpty()
                                                                        ? tr("not complete")
                                                                        : report.error);
    return line;
}

int SyncCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "enrol: register this workstation at a hub (an administrator's password from %1 or "
        "standard input).\nstatus: what waits to be sent, what was refused, the last error.\n"
        "once: one sync cycle; exit 0 when everything due was confirmed and pulled.\n"
        "watch: sync until interrupted (Ctrl+C), one line per cycle.")
                                         .arg(QLatin1String(PasswordVariable)));
    const QCommandLineOption hub(QStringLiteral("hub"), tr("The hub's address (enrol)."),
                                 tr("url"));
    const QCommandLineOption station(QStringLiteral("station"),
                                     tr("This workstation's station id (enrol)."), tr("id"));
    const QCommandLineOption window(QStringLiteral("window"), tr("The window's name (enrol)."),
                                    tr("name"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The hub administrator (enrol)."),
                                  tr("login"));
    const QCommandLineOption blockSize(QStringLiteral("block-size"),
                                       tr("Receipt numbers to ask for at enrolment."), tr("count"),
                                       QStringLiteral("5000"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (status)."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Seconds between cycles (watch)."), tr("seconds"),
                                      QStringLiteral("30"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for each answer of the hub."),
                                     tr("seconds"), QStringLiteral("20"));
    parser.addOptions({hub, station, window, user, blockSize, json, interval, timeout});
    parser.addPositionalArgument(QStringLiteral("action"), tr("enrol, status, once or watch."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || !QStringList{QStringLiteral("enrol"), QStringLiteral("status"), QStringLiteral("once"),
                        QStringLiteral("watch")}
                .contains(action))
        return CommandLine::usageError(context, name(),
                                       tr("Give one action: enrol, status, once or watch."));
    const auto seconds = [&](const QCommandLineOption &option, int minimum, int maximum,
                             int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= minimum && *value <= maximum;
    };
    int timeoutSeconds = 0;
    if (!seconds(timeout, 1, 600, &timeoutSeconds))
        return CommandLine::usageError(context, name(),
                                       tr("--timeout takes a number of seconds from 1 to 600."));
    if (action == u"enrol")
        return enrol(parser, context);
    if (action == u"status")
        return status(parser.isSet(json), context);
    if (action == u"once")
        return once(timeoutSeconds, context);
    int intervalSeconds = 0;
    if (!seconds(interval, 1, 86400, &intervalSeconds))
        return CommandLine::usageError(context, name(),
                                       tr("--interval takes a number of seconds from 1 to 86400."));
    return watch(intervalSeconds, timeoutSeconds, context);
}

int SyncCommand::enrol(const QCommandLineParser &parser, CliContext &context)
{
    const QString hubText = parser.value(QStringLiteral("hub"));
    const QString admin = parser.value(QStringLiteral("user"));
    if (hubText.isEmpty() || admin.isEmpty())
        return CommandLine::usageError(context, name(),
                                       tr("enrol needs --hub URL and --user ADMIN."));
    const QUrl hubUrl = QUrl::fromUserInput(hubText);
    if (!core::HubClient::isUsableHubUrl(hubUrl))
        return CommandLine::usageError(
            context, name(), tr("“%1” is not a hub address; give one like http://hub:8080.")
                                 .arg(hubText));
    bool ok = false;
    const int block = parser.value(QStringLiteral("block-size")).toInt(&ok);
    if (!ok || block < 1 || block > 10000)
        return CommandLine::usageError(context, name(),
                                       tr("--block-size takes a number from 1 to 10000."));

    // Defaults from what the workstation already knows: its earlier enrolment, its window.
    QString stationId = parser.value(QStringLiteral("station"));
    QString windowName = parser.value(QStringLiteral("window"));
    {
        QString openError;
        const auto ws =
            core::Workstation::open(core::DataDirectory::resolve(context.dataDir), &openError);
        if (!ws) {
            context.err << openError << Qt::endl;
            return ExitFailure;
        }
        core::StorageError error;
        const core::SyncSettings current = core::SyncSettings::read(ws->database(), &error);
        if (stationId.isEmpty())
            stationId = current.stationId;
        if (windowName.isEmpty())
            windowName = current.windowName;
        if (windowName.isEmpty())
            windowName = core::StationIdentity::read(ws->database()).windowName;
    }
    if (stationId.isEmpty())
        return CommandLine::usageError(context, name(),
                                       tr("Give this workstation's station id with --station."));
    if (!core::WorkstationEnrolment::isValidStationId(stationId))
        return CommandLine::usageError(
            context, name(),
            tr("“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or "
               "ending with '-'.")
                .arg(stationId));
    if (windowName.isEmpty())
        windowName = stationId;

    int exitCode = ExitFailure;
    const std::optional<QString> password =
        PasswordInput::readExisting(PasswordVariable, context, &exitCode);
    if (!password)
        return exitCode;

    core::BackgroundWorkstation background(core::DataDirectory::resolve(context.dataDir));
    core::HubClient client(core::Clock::system());
    core::EnrolmentRequest request{hubUrl, stationId, windowName, admin, *password, block};
    const core::EnrolmentResult result = QCoro::waitFor(core::WorkstationEnrolment::enrol(
        background, client, core::Clock::system(), request));
    flushDeferredDeletes();
    if (!result.ok()) {
        context.err << result.error << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("Enrolled at %1 as station %2 (window %3).")
                       .arg(hubUrl.toString(), result.enrolment.stationId,
                            result.enrolment.window)
                << Qt::endl
                << tr("Hub key: %1").arg(result.enrolment.hubKeyId) << Qt::endl
                << tr("Receipt numbers %1 to %2 granted.")
                       .arg(core::ReceiptNumberBlocks::format(result.block.prefix,
                                                              result.block.first),
                            core::ReceiptNumberBlocks::format(result.block.prefix,
                                                              result.block.last))
                << Qt::endl;
    return ExitOk;
}

int SyncCommand::status(bool json, CliContext &context)
{
    QString openError;
    const auto ws = core::Workstation::open(core::DataDirectory::resolve(context.dataDir),
                                            &openError);
    if (!ws) {
        context.err << openError << Qt::endl;
        return ExitFailure;
    }
    core::StorageError error;
    const core::SyncSettings settings = core::SyncSettings::read(ws->database(), &error);
    core::OutboxStore outbox(ws->database(), ws->vault());
    const core::OutboxCounts counts = error ? core::OutboxCounts{} : outbox.counts(&error);
    const QList<core::RejectedEnvelope> rejected =
        error ? QList<core::RejectedEnvelope>{} : outbox.rejected(20, &error);
    const qint64 left = error ? 0 : core::ReceiptNumberBlocks(ws->database()).remaining(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    const QDateTime now = core::Clock::system().now();
    const qint64 age = counts.oldestUnsent.isValid() ? counts.oldestUnsent.secsTo(now) : -1;
    if (json) {
        QJsonArray refused;
        for (const core::RejectedEnvelope &r : rejected)
            refused.append(QJsonObject{{QStringLiteral("receipt"), r.receiptNumber},
                                       {QStringLiteral("envelope"), r.envelopeId},
                                       {QStringLiteral("reason"), r.reason}});
        const QJsonObject o{
            {QStringLiteral("enrolled"), settings.isEnrolled()},
            {QStringLiteral("hubUrl"), settings.hubUrl.toString()},
            {QStringLiteral("stationId"), settings.stationId},
            {QStringLiteral("window"), settings.windowName},
            {QStringLiteral("queued"), counts.queued},
            {QStringLiteral("failed"), counts.failed},
            {QStringLiteral("rejected"), counts.rejected},
            {QStringLiteral("confirmed"), counts.confirmed},
            {QStringLiteral("oldestUnsent"),
             counts.oldestUnsent.isValid() ? counts.oldestUnsent.toUTC().toString(Qt::ISODate)
                                           : QString()},
            {QStringLiteral("oldestUnsentAgeSeconds"), age},
            {QStringLiteral("cursor"), settings.cursor},
            {QStringLiteral("lastSuccess"),
             settings.lastSuccess.isValid() ? settings.lastSuccess.toUTC().toString(Qt::ISODate)
                                            : QString()},
            {QStringLiteral("lastError"), settings.lastError},
            {QStringLiteral("receiptNumbersLeft"), left},
            {QStringLiteral("rejections"), refused}};
        context.out << QString::fromUtf8(QJsonDocument(o).toJson());
        return ExitOk;
    }
    if (settings.isEnrolled())
        context.out << tr("hub: %1 (station %2, window %3)")
                           .arg(settings.hubUrl.toString(), settings.stationId,
                                settings.windowName)
                    << Qt::endl;
    else
        context.out << tr("hub: not enrolled (onewindow-cli sync enrol)") << Qt::endl;
    context.out << tr("queued: %1, failed (will retry): %2, refused: %3, confirmed: %4")
                       .arg(counts.queued)
                       .arg(counts.failed)
                       .arg(counts.rejected)
                       .arg(counts.confirmed)
                << Qt::endl;
    if (age >= 0)
        context.out << tr("oldest unsent: %1 (%2 minutes ago)")
                           .arg(localTime(counts.oldestUnsent))
                           .arg(age / 60)
                    << Qt::endl;
    else
        context.out << tr("oldest unsent: none") << Qt::endl;
    context.out << tr("cursor: %1").arg(settings.cursor) << Qt::endl
                << tr("last success: %1").arg(localTime(settings.lastSuccess)) << Qt::endl
                << tr("last error: %1")
                       .arg(settings.lastError.isEmpty() ? QStringLiteral("-")
                                                         : settings.lastError)
                << Qt::endl
                << tr("receipt numbers left: %1").arg(left) << Qt::endl;
    for (const core::RejectedEnvelope &r : rejected)
        context.out << tr("  refused %1: %2")
                           .arg(r.receiptNumber.isEmpty() ? r.envelopeId : r.receiptNumber,
                                r.reason)
                    << Qt::endl;
    return ExitOk;
}

int SyncCommand::once(int timeoutSeconds, CliContext &context)
{
    core::BackgroundWorkstation background(core::DataDirectory::resolve(context.dataDir));
    core::SyncEngine::Options options;
    options.liveEvents = false;
    options.timeout = std::chrono::seconds(timeoutSeconds);
    options.ignoreBackoff = true; // someone asked for this sync now: failed rows go too
    core::SyncCycleReport report;
    {
        core::SyncEngine engine(background, core::Clock::system(), options);
        report = QCoro::waitFor(engine.runCycle());
    }
    flushDeferredDeletes();
    context.out << describe(report) << Qt::endl;
    for (const QString &rejection : std::as_const(report.rejections))
        context.err << tr("refused by the hub: %1").arg(rejection) << Qt::endl;
    if (report.complete())
        return ExitOk;
    context.err << (report.error.isEmpty() ? tr("Sync did not complete.") : report.error)
                << Qt::endl;
    return ExitFailure;
}

int SyncCommand::watch(int intervalSeconds, int timeoutSeconds, CliContext &context)
{
    core::BackgroundWorkstation background(core::DataDirectory::resolve(context.dataDir));
    core::SyncEngine::Options options;
    options.interval = std::chrono::seconds(intervalSeconds);
    options.timeout = std::chrono::seconds(timeoutSeconds);
    {
        core::SyncEngine engine(background, core::Clock::system(), options);
        QEventLoop loop;
        bool stopping = false;
        QObject::connect(&engine, &core::SyncEngine::cycleFinished, &loop,
                         [&](const core::SyncCycleReport &report) {
                             context.out << describe(report) << Qt::endl;
                             if (stopping)
                                 loop.quit();
                         });
        SyncSignalWatch interrupts;
        if (!interrupts.isActive()) {
            context.err << tr("Cannot watch for Ctrl+C; not starting.") << Qt::endl;
            return ExitFailure;
        }
        QObject::connect(&interrupts, &SyncSignalWatch::triggered, &loop, [&] {
            if (stopping)
                return;
            stopping = true;
            const bool inCycle = engine.status().syncing;
            engine.stop(); // cancels what is in flight; the cycle then ends at once
            if (!inCycle)
                loop.quit();
        });
        engine.start();
        loop.exec();
    }
    flushDeferredDeletes();
    context.err << tr("Stopped.") << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
