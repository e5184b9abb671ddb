#include "CaseCommand.h"

#include "CaseImport.h"
#include "CommandLine.h"

#include "core/Workstation.h"
#include "core/applicant/ApplicantRepository.h"
#include "core/cases/CaseRepository.h"
#include "core/sync/CaseHubStatusStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

QJsonObject summaryJson(const core::CaseSummary &c)
{
    return {{QStringLiteral("receipt"), c.receiptNumber},
            {QStringLiteral("outcome"), core::caseOutcomeKey(c.outcome)},
            {QStringLiteral("status"), core::caseStatusKey(c.status)},
            {QStringLiteral("subject"), c.subjectCode},
            {QStringLiteral("subjectName"), c.subjectName},
            {QStringLiteral("createdAt"), c.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("deadline"),
             c.deadline.isValid() ? c.deadline.toString(Qt::ISODate) : QString()},
            {QStringLiteral("clerk"), c.clerk},
            {QStringLiteral("window"), c.windowName}};
}

} // namespace

QString CaseCommand::summary() const
{
    return tr("List the cases of this workstation, show one, or import a backlog.");
}

int CaseCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list: the newest cases, newest first.\nshow RECEIPT: one case with its steps and "
           "materials (ID numbers masked).\nimport FILE: accept the cases of a JSON Lines file, "
           "one per line, as at the counter (format: docs/case-import.md); bad lines are "
           "reported as FILE:LINE and skipped. Exit status 0 when every line was imported, 1 "
           "when some were not, 2 when the file cannot be read."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many cases (list)."),
                                   tr("count"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (list, show)."));
    const QCommandLineOption clerk(
        QStringLiteral("clerk"),
        tr("Login recorded as the accepting clerk of imported cases, unless a line names one "
           "(import; default: import)."),
        tr("login"), QStringLiteral("import"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        tr("Window recorded on imported cases, unless a line names one (import; default: this "
           "workstation's window, or the one it was enrolled for)."),
        tr("name"));
    parser.addOptions({limit, json, clerk, window});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show or import."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool list = action == u"list" && positional.size() == 1;
    const bool show = action == u"show" && positional.size() == 2;
    const bool import = action == u"import" && positional.size() == 2;
    if (!list && !show && !import)
        return CommandLine::usageError(
            context, name(), tr("Give one action: list, show RECEIPT, or import FILE."));
    if (import && (parser.isSet(limit) || parser.isSet(json)))
        return CommandLine::usageError(context, name(),
                                       tr("--limit and --json do not apply to import."));
    if (!import && (parser.isSet(clerk) || parser.isSet(window)))
        return CommandLine::usageError(context, name(),
                                       tr("--clerk and --window apply to import only."));
    if (import)
        return CaseImport::run({positional.at(1), parser.value(clerk), parser.value(window)},
                               context);
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1 || count > 100000)
        return CommandLine::usageError(context, name(),
                                       tr("--limit takes a number from 1 to 100000."));

    QString openError;
    const auto ws =
        core::Workstation::open(core::DataDirectory::resolve(context.dataDir), &openError);
    if (!ws) {
        context.err << openError << Qt::endl;
        return ExitFailure;
    }
    core::CaseRepository cases(ws->database(), ws->vault());
    core::StorageError error;
    if (list) {
        const QList<core::CaseSummary> found = cases.recent(count, &error);
        if (error) {
            context.err << error.message << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const core::CaseSummary &c : found)
                array.append(summaryJson(c));
            context.out << QString::fromUtf8(QJsonDocument(array).toJson());
            return ExitOk;
        }
        for (const core::CaseSummary &c : found) {
            context.out << QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(c.receiptNumber,
                                    c.createdAt.toLocalTime().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm")),
                                    core::CaseText::statusName(c.status),
                                    c.deadline.isValid() ? c.deadline.toString(Qt::ISODate)
                                                         : QStringLiteral("-"),
                                    c.subjectName)
                        << Qt::endl;
        }
        context.out << tr("%n case(s)", nullptr, int(found.size())) << Qt::endl;
        return ExitOk;
    }

    const auto detail = cases.findByReceipt(positional.at(1), &error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    if (!detail) {
        context.err << tr("No case has the receipt number %1.").arg(positional.at(1)) << Qt::endl;
        return ExitFailure;
    }
    const auto applicant = core::ApplicantRepository(ws->database(), ws->vault())
                               .findById(detail->applicantId, &error);
    const QString applicantText =
        applicant ? QStringLiteral("%1 %2").arg(applicant->profile.name,
                                                applicant->profile.maskedIdentifier())
                  : QString();
    // What the departments did since, as the hub last reported it (sync).
    const std::optional<core::CaseHubStatus> hub =
        core::CaseHubStatusStore(ws->database()).find(detail->summary.id, &error);
    if (parser.isSet(json)) {
        QJsonObject o = summaryJson(detail->summary);
        o.insert(QStringLiteral("applicant"), applicantText);
        QJsonArray steps;
        for (const core::CaseStep &s : detail->steps)
            steps.append(
                QJsonObject{{QStringLiteral("matter"), s.matterName},
                            {QStringLiteral("department"), s.departmentId},
                            {QStringLiteral("status"), core::stepStatusKey(s.status)},
                            {QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("steps"), steps);
        QJsonArray materials;
        for (const core::CaseMaterialRecord &m : detail->materials)
            materials.append(QJsonObject{
                {QStringLiteral("name"), m.name},
                {QStringLiteral("disposition"), core::materialDispositionKey(m.disposition)},
                {QStringLiteral("detail"), m.detail}});
        o.insert(QStringLiteral("materials"), materials);
        if (hub)
            o.insert(QStringLiteral("hub"),
                     QJsonObject{{QStringLiteral("status"), hub->status},
                                 {QStringLiteral("deadline"), hub->deadline.toString(Qt::ISODate)},
                                 {QStringLiteral("steps"), hub->stepsJson()},
                                 {QStringLiteral("seq"), hub->seq}});
        context.out << QString::fromUtf8(QJsonDocument(o).toJson());
        return ExitOk;
    }
    const core::CaseSummary &c = detail->summary;
    context.out << tr("receipt: %1").arg(c.receiptNumber) << Qt::endl
                << tr("subject: %1").arg(c.subjectName) << Qt::endl
                << tr("applicant: %1").arg(applicantText) << Qt::endl
                << tr("status: %1").arg(core::CaseText::statusName(c.status)) << Qt::endl
                << tr("deadline: %1")
                       .arg(c.deadline.isValid() ? c.deadline.toString(Qt::ISODate)
                                                 : QStringLiteral("-"))
                << Qt::endl;
    for (const core::CaseStep &s : detail->steps)
        context.out << tr("  step %1: %2 (%3) — %4, due %5")
                           .arg(s.position)
                           .arg(s.matterName, s.departmentId,
                                core::CaseText::stepStatusName(s.status),
                                s.deadline.toString(Qt::ISODate))
                    << Qt::endl;
    for (const core::CaseMaterialRecord &m : detail->materials)
        context.out
            << tr("  material: %1 — %2").arg(m.name, core::CaseText::dispositionName(m.disposition))
            << Qt::endl;
    if (!hub) {
        context.out << tr("at the hub: no news yet (not synced, or no department has acted)")
                    << Qt::endl;
        return ExitOk;
    }
    context.out << tr("at the hub: %1, due %2 (as of %3)")
                       .arg(hub->status,
                            hub->deadline.isValid() ? hub->deadline.toString(Qt::ISODate)
                                                    : QStringLiteral("-"),
                            QLocale().toString(hub->appliedAt.toLocalTime(), QLocale::ShortFormat))
                << Qt::endl;
    for (const core::HubCaseStep &s : hub->steps)
        context.out << tr("  step %1 (%2): %3, due %4%5")
                           .arg(s.position)
                           .arg(s.department, s.status, s.deadline.toString(Qt::ISODate),
                                s.opinion.isEmpty() ? QString() : QStringLiteral(" — “%1”").arg(s.opinion))
                    << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
