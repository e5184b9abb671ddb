#include "DeptCommand.h"

#include "CommandLine.h"
#include "DeptHubSession.h"
#include "PasswordInput.h"

#include "core/applicant/Applicant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ow::cli {
namespace {

constexpr int MaxPage = 500; // the hub's largest page of cases
constexpr int MaxListed = 100000;

const QStringList &actions()
{
    static const QStringList all{QStringLiteral("approve"), QStringLiteral("complete"),
                                 QStringLiteral("reject"),  QStringLiteral("supplement"),
                                 QStringLiteral("suspend"), QStringLiteral("resume"),
                                 QStringLiteral("extend")};
    return all;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// The work of one `dept` invocation once logged in.
class DeptRun
{
public:
    DeptRun(DeptHubSession &hub, CliContext &context, bool json)
        : m_hub(hub)
        , m_context(context)
        , m_json(json)
    {}

    int list(const QString &status, int limit);
    int show(const QString &caseRef);
    int act(const QString &caseRef, const QString &position, const QString &action,
            const QString &opinion, const QString &days);

private:
    // The case id of a case id or receipt number; empty after printing why there is none.
    QString resolve(const QString &caseRef);
    int fail(const QString &message);
    void printCaseLine(const QJsonObject &c);
    void printStep(const QJsonObject &s);
    void printJson(const QJsonObject &o);

    DeptHubSession &m_hub;
    CliContext &m_context;
    bool m_json;
};

QString statusName(const QString &key)
{
    if (key == u"pending")
        return DeptCommand::tr("pending");
    if (key == u"in_progress")
        return DeptCommand::tr("in progress");
    if (key == u"approved")
        return DeptCommand::tr("approved");
    if (key == u"completed")
        return DeptCommand::tr("completed");
    if (key == u"rejected")
        return DeptCommand::tr("rejected");
    if (key == u"supplement")
        return DeptCommand::tr("waiting for a supplement");
    if (key == u"suspended")
        return DeptCommand::tr("suspended");
    if (key == u"notice")
        return DeptCommand::tr("one-time notice");
    if (key == u"refused")
        return DeptCommand::tr("refused");
    return key;
}

QString actionName(const QString &key)
{
    if (key == u"received")
        return DeptCommand::tr("received from the window");
    if (key == u"approve")
        return DeptCommand::tr("approved");
    if (key == u"complete")
        return DeptCommand::tr("completed");
    if (key == u"reject")
        return DeptCommand::tr("rejected");
    if (key == u"supplement")
        return DeptCommand::tr("supplement requested");
    if (key == u"suspend")
        return DeptCommand::tr("suspended");
    if (key == u"resume")
        return DeptCommand::tr("resumed");
    if (key == u"extend")
        return DeptCommand::tr("extended");
    return key;
}

int DeptRun::fail(const QString &message)
{
    m_context.err << message << Qt::endl;
    return ExitFailure;
}

void DeptRun::printJson(const QJsonObject &o)
{
    m_context.out << QString::fromUtf8(QJsonDocument(o).toJson());
}

void DeptRun::printCaseLine(const QJsonObject &c)
{
    m_context.out << DeptCommand::tr("%1  %2  due %3  %4  (case %5)")
                         .arg(c.value(u"receipt").toString(),
                              statusName(c.value(u"status").toString()),
                              orDash(c.value(u"deadline").toString()),
                              c.value(u"subject").toString(), c.value(u"id").toString())
                  << Qt::endl;
}

void DeptRun::printStep(const QJsonObject &s)
{
    QString line = DeptCommand::tr("  step %1: %2 at %3 — %4, due %5")
                       .arg(s.value(u"position").toInt())
                       .arg(s.value(u"matter").toString(), s.value(u"department").toString(),
                            statusName(s.value(u"status").toString()),
                            orDash(s.value(u"deadline").toString()));
    if (s.value(u"extendedDays").toInt() > 0)
        line += DeptCommand::tr(" (extended by %n working day(s))", nullptr,
                                s.value(u"extendedDays").toInt());
    if (!s.value(u"suspendedOn").toString().isEmpty())
        line += DeptCommand::tr(" (suspended since %1)").arg(s.value(u"suspendedOn").toString());
    if (!s.value(u"opinion").toString().isEmpty())
        line += DeptCommand::tr(" — “%1”").arg(s.value(u"opinion").toString());
    m_context.out << line << Qt::endl;
}

int DeptRun::list(const QString &status, int limit)
{
    QJsonArray all;
    qint64 after = 0;
    while (all.size() < limit) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"),
                           QString::number(std::min<qsizetype>(MaxPage, limit - all.size())));
        if (after > 0)
            query.addQueryItem(QStringLiteral("after"), QString::number(after));
        if (!status.isEmpty())
            query.addQueryItem(QStringLiteral("status"), status);
        const DeptHubSession::Reply page =
            m_hub.call("GET", QStringLiteral("/cases?") + query.toString(QUrl::FullyEncoded));
        if (!page.ok())
            return fail(page.error);
        for (const QJsonValue &c : page.body.value(u"cases").toArray())
            all.append(c);
        after = page.body.value(u"next").toInteger();
        if (after <= 0)
            break;
    }
    if (m_json) {
        printJson({{QStringLiteral("cases"), all}});
        return ExitOk;
    }
    for (const QJsonValue &value : std::as_const(all)) {
        const QJsonObject c = value.toObject();
        printCaseLine(c);
        for (const QJsonValue &s : c.value(u"steps").toArray())
            printStep(s.toObject());
    }
    m_context.out << DeptCommand::tr("%n case(s)", nullptr, int(all.size())) << Qt::endl;
    return ExitOk;
}

QString DeptRun::resolve(const QString &caseRef)
{
    if (isUuid(caseRef))
        return caseRef.toLower();
    // A receipt number: the hub looks cases up by id, so find it among the visible cases.
    qint64 after = 0;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(MaxPage));
        if (after > 0)
            query.addQueryItem(QStringLiteral("after"), QString::number(after));
        const DeptHubSession::Reply page =
            m_hub.call("GET", QStringLiteral("/cases?") + query.toString(QUrl::FullyEncoded));
        if (!page.ok()) {
            fail(page.error);
            return {};
        }
        for (const QJsonValue &c : page.body.value(u"cases").toArray()) {
            if (c.toObject().value(u"receipt").toString() == caseRef)
                return c.toObject().value(u"id").toString();
        }
        after = page.body.value(u"next").toInteger();
    } while (after > 0);
    fail(DeptCommand::tr("No case with the id or receipt number %1 is visible to you.")
             .arg(caseRef));
    return {};
}

int DeptRun::show(const QString &caseRef)
{
    const QString id = resolve(caseRef);
    if (id.isEmpty())
        return ExitFailure;
    const DeptHubSession::Reply reply = m_hub.call("GET", QStringLiteral("/cases/") + id);
    if (!reply.ok())
        return fail(reply.error);
    const QJsonObject &c = reply.body;
    if (m_json) {
        printJson(c);
        return ExitOk;
    }
    const core::ApplicantProfile applicant =
        core::ApplicantProfile::fromJson(c.value(u"applicant").toObject());
    QTextStream &out = m_context.out;
    out << DeptCommand::tr("receipt: %1").arg(c.value(u"receipt").toString()) << Qt::endl
        << DeptCommand::tr("case: %1").arg(c.value(u"id").toString()) << Qt::endl
        << DeptCommand::tr("subject: %1").arg(c.value(u"subject").toString()) << Qt::endl
        << DeptCommand::tr("applicant: %1 %2").arg(applicant.name, applicant.maskedIdentifier())
        << Qt::endl
        << DeptCommand::tr("accepted: %1 at %2 by %3 (station %4)")
               .arg(c.value(u"acceptedOn").toString(), c.value(u"window").toString(),
                    c.value(u"clerk").toString(), c.value(u"station").toString())
        << Qt::endl
        << DeptCommand::tr("status: %1").arg(statusName(c.value(u"status").toString())) << Qt::endl
        << DeptCommand::tr("deadline: %1").arg(orDash(c.value(u"deadline").toString())) << Qt::endl;
    for (const QJsonValue &s : c.value(u"steps").toArray())
        printStep(s.toObject());
    out << DeptCommand::tr("history:") << Qt::endl;
    for (const QJsonValue &value : c.value(u"history").toArray()) {
        const QJsonObject e = value.toObject();
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(e.value(u"at").toString(), e.value(u"actor").toString(),
                                actionName(e.value(u"action").toString()));
        if (e.contains(u"position"))
            line += DeptCommand::tr(" (step %1)").arg(e.value(u"position").toInt());
        if (!e.value(u"opinion").toString().isEmpty())
            line += DeptCommand::tr(" — “%1”").arg(e.value(u"opinion").toString());
        out << line << Qt::endl;
    }
    return ExitOk;
}

int DeptRun::act(const QString &caseRef, const QString &position, const QString &action,
                 const QString &opinion, const QString &days)
{
    const QString id = resolve(caseRef);
    if (id.isEmpty())
        return ExitFailure;
    QJsonObject body{{QStringLiteral("action"), action}, {QStringLiteral("opinion"), opinion}};
    if (!days.isEmpty())
        body.insert(QStringLiteral("days"), days.toInt());
    const DeptHubSession::Reply reply =
        m_hub.call("POST", QStringLiteral("/cases/%1/steps/%2").arg(id, position), body);
    if (!reply.ok())
        return fail(reply.error);
    const QJsonObject &c = reply.body;
    if (m_json) {
        printJson(c);
        return ExitOk;
    }
    for (const QJsonValue &s : c.value(u"steps").toArray()) {
        if (QString::number(s.toObject().value(u"position").toInt()) == position)
            printStep(s.toObject());
    }
    m_context.out << DeptCommand::tr("Case %1 is now %2, due %3.")
                         .arg(c.value(u"receipt").toString(),
                              statusName(c.value(u"status").toString()),
                              orDash(c.value(u"deadline").toString()))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QString DeptCommand::summary() const
{
    return tr("Work on department steps at the hub: list cases, show one, act on a step.");
}

int DeptCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list: the cases with a step of your department (an administrator sees all).\n"
           "show CASE: one case with its steps and history.\n"
           "act CASE POSITION ACTION: act on step POSITION of the case; ACTION is approve, "
           "complete, reject, supplement, suspend, resume or extend (reject, supplement, "
           "suspend and extend need --opinion; extend needs --days).\n"
           "CASE is a case id or a receipt number. The password is read from OW_HUB_PASSWORD, "
           "else from standard input. Exit status 0 on success, 1 when the hub refused or "
           "could not be reached."));
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 tr("The hub's address, e.g. http://127.0.0.1:8470."), tr("url"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Your hub account."), tr("name"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        tr("Only cases with this status: in_progress, completed, rejected, supplement, "
           "suspended, notice or refused (list)."),
        tr("status"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most this many cases (list; default 100)."), tr("count"),
                                   QStringLiteral("100"));
    const QCommandLineOption opinion(QStringLiteral("opinion"),
                                     tr("Your opinion, told to the applicant (act)."), tr("text"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  tr("Working days added by extend, 1 to 60 (act)."), tr("days"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the hub's JSON answer."));
    parser.addOptions({hub, user, status, limit, opinion, days, json});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show or act."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const bool list = command == u"list" && positional.size() == 1;
    const bool show = command == u"show" && positional.size() == 2;
    const bool act = command == u"act" && positional.size() == 4;
    if (!list && !show && !act)
        return CommandLine::usageError(
            context, name(), tr("Give one of: list, show CASE, act CASE POSITION ACTION."));
    if (!parser.isSet(hub) || !parser.isSet(user))
        return CommandLine::usageError(context, name(), tr("Give --hub URL and --user NAME."));
    if (!list && (parser.isSet(status) || parser.isSet(limit)))
        return CommandLine::usageError(context, name(),
                                       tr("--status and --limit go with list only."));
    if (!act && (parser.isSet(opinion) || parser.isSet(days)))
        return CommandLine::usageError(context, name(),
                                       tr("--opinion and --days go with act only."));
    bool limitOk = false;
    const int count = parser.value(limit).toInt(&limitOk);
    if (!limitOk || count < 1 || count > MaxListed)
        return CommandLine::usageError(context, name(),
                                       tr("--limit takes a number from 1 to %1.").arg(MaxListed));
    int position = 0;
    if (act) {
        bool positionOk = false;
        position = positional.at(2).toInt(&positionOk);
        if (!positionOk || position < 1)
            return CommandLine::usageError(context, name(),
                                           tr("POSITION is the step's number: 1, 2, 3 …"));
        if (!actions().contains(positional.at(3)))
            return CommandLine::usageError(
                context, name(),
                tr("ACTION must be one of: %1.").arg(actions().join(QStringLiteral(", "))));
        bool daysOk = !parser.isSet(days);
        if (parser.isSet(days))
            parser.value(days).toInt(&daysOk);
        if (!daysOk)
            return CommandLine::usageError(context, name(), tr("--days takes a whole number."));
    }
    QString urlError;
    const std::optional<QUrl> api = DeptHubSession::apiUrl(parser.value(hub), &urlError);
    if (!api)
        return CommandLine::usageError(context, name(), urlError);

    int exitCode = ExitFailure;
    const std::optional<QString> password =
        PasswordInput::readExisting("OW_HUB_PASSWORD", context, &exitCode);
    if (!password)
        return exitCode;
    DeptHubSession session(*api);
    const DeptHubSession::Reply login = session.logIn(parser.value(user), *password);
    if (!login.ok()) {
        context.err << login.error << Qt::endl;
        return ExitFailure;
    }
    DeptRun run(session, context, parser.isSet(json));
    if (list)
        return run.list(parser.value(status), count);
    if (show)
        return run.show(positional.at(1));
    return run.act(positional.at(1), QString::number(position), positional.at(3),
                   parser.value(opinion), parser.value(days));
}

} // namespace ow::cli
