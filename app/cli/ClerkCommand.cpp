#include "ClerkCommand.h"

#include "CliActor.h"
#include "CommandLine.h"
#include "PasswordInput.h"
#include "WorkstationAccess.h"

#include "core/Clock.h"
#include "core/accounts/AccountRules.h"
#include "core/accounts/ClerkDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const core::ClerkAccount &a, const QDateTime &now)
{
    const bool locked = a.lockedUntil.isValid() && a.lockedUntil > now;
    return QJsonObject{
        {QStringLiteral("login"), a.login},
        {QStringLiteral("name"), a.displayName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(core::RoleNames::keyList(a.roles))},
        {QStringLiteral("window"), a.windowName},
        {QStringLiteral("disabled"), a.disabled},
        {QStringLiteral("lockedUntil"), locked ? QJsonValue(iso(a.lockedUntil)) : QJsonValue()},
        {QStringLiteral("lastLogin"),
         a.lastLoginAt.isValid() ? QJsonValue(iso(a.lastLoginAt)) : QJsonValue()},
        {QStringLiteral("created"), iso(a.createdAt)},
        {QStringLiteral("updated"), iso(a.updatedAt)}};
}

int report(const core::ChangeResult &result, const QString &done, CliContext &context)
{
    if (!result.ok()) {
        context.err << result.message << Qt::endl;
        return ExitFailure;
    }
    context.out << done << Qt::endl;
    return ExitOk;
}

} // namespace

QString ClerkCommand::summary() const
{
    return tr("Add, list and change the clerk accounts of this workstation.");
}

int ClerkCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("add LOGIN --name NAME --role ROLES [--window W]: create an account; the password is "
           "read from standard input with --password-stdin, otherwise asked for twice.\n"
           "list [--json]: every account with its roles and state.\n"
           "passwd LOGIN: set a new password (this also ends a lockout).\n"
           "disable LOGIN, enable LOGIN: stop or allow log-ins.\n"
           "roles LOGIN ROLES: replace the account's roles.\n"
           "ROLES is a comma-separated list of clerk, supervisor and admin."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("The clerk's name as printed on receipts (add)."), tr("name"));
    const QCommandLineOption roleOption({QStringLiteral("role"), QStringLiteral("roles")},
                                        tr("Roles, e.g. clerk,supervisor (add)."), tr("roles"));
    const QCommandLineOption windowOption(
        QStringLiteral("window"), tr("The window the clerk usually serves (add)."), tr("window"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         tr("Read the password from the first line of standard "
                                            "input (add, passwd)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (list)."));
    parser.addOptions({nameOption, roleOption, windowOption, stdinOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add, list, passwd, disable, enable or roles."));
    parser.addPositionalArgument(QStringLiteral("login"), tr("The account's login."),
                                 QStringLiteral("[login]"));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString login = positional.value(1);
    if (action == u"add" && positional.size() == 2)
        return add(login, parser, context);
    if (action == u"list" && positional.size() == 1)
        return list(parser.isSet(jsonOption), context);
    if (action == u"passwd" && positional.size() == 2)
        return passwd(login, parser.isSet(stdinOption), context);
    if ((action == u"disable" || action == u"enable") && positional.size() == 2)
        return setDisabled(login, action == u"disable", context);
    if (action == u"roles" && positional.size() == 3)
        return setRoles(login, positional.at(2), context);
    return CommandLine::usageError(context, name(),
                                   tr("Give one action: add LOGIN, list, passwd LOGIN, disable "
                                      "LOGIN, enable LOGIN or roles LOGIN ROLES."));
}

int ClerkCommand::add(const QString &login, const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("role")))
        return CommandLine::usageError(context, name(), tr("clerk add needs --name and --role."));
    QString why;
    const std::optional<core::Roles> roles =
        core::RoleNames::parse(parser.value(QStringLiteral("role")), &why);
    if (!roles)
        return CommandLine::usageError(context, name(), why);
    int exitCode = ExitFailure;
    const std::optional<QString> password =
        PasswordInput::readNew(parser.isSet(QStringLiteral("password-stdin")), context, &exitCode);
    if (!password)
        return exitCode;
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::ClerkDirectory directory(*db);
    const core::ClerkDirectory::NewAccount account{login, parser.value(QStringLiteral("name")),
                                                   *roles, parser.value(QStringLiteral("window"))};
    const core::ChangeResult result =
        directory.add(account, *password, cliActor(), core::Clock::system().now());
    return report(result,
                  tr("Added %1 (%2) with the roles %3.")
                      .arg(core::AccountRules::normalizeLogin(login), account.displayName.trimmed(),
                           core::RoleNames::displayNames(*roles)),
                  context);
}

int ClerkCommand::list(bool json, CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::StorageError error;
    const QList<core::ClerkAccount> accounts = core::ClerkDirectory(*db).list(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    const QDateTime now = core::Clock::system().now();
    if (json) {
        QJsonArray array;
        for (const core::ClerkAccount &a : accounts)
            array.append(toJson(a, now));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                    << Qt::endl;
        return ExitOk;
    }
    for (const core::ClerkAccount &a : accounts) {
        QString state = a.disabled ? tr("disabled") : tr("enabled");
        if (a.lockedUntil.isValid() && a.lockedUntil > now)
            state += u' '
                     + tr("(locked until %1)")
                           .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        context.out << a.login << u'\t' << a.displayName << u'\t' << core::RoleNames::keys(a.roles)
                    << u'\t' << (a.windowName.isEmpty() ? QStringLiteral("-") : a.windowName)
                    << u'\t' << state << Qt::endl;
    }
    if (accounts.isEmpty())
        context.err << tr("No accounts yet; create the first administrator with “onewindow-cli "
                          "clerk add LOGIN --name NAME --role admin”.")
                    << Qt::endl;
    return ExitOk;
}

int ClerkCommand::passwd(const QString &login, bool fromStdin, CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::ClerkDirectory directory(*db);
    core::StorageError error;
    if (!directory.find(login, &error)) {
        context.err << (error ? error.message
                              : tr("There is no account “%1”.")
                                    .arg(core::AccountRules::normalizeLogin(login)))
                    << Qt::endl;
        return ExitFailure;
    }
    int exitCode = ExitFailure;
    const std::optional<QString> password = PasswordInput::readNew(fromStdin, context, &exitCode);
    if (!password)
        return exitCode;
    return report(
        directory.setPassword(login, *password, cliActor(), core::Clock::system().now()),
        tr("The password of %1 was changed.").arg(core::AccountRules::normalizeLogin(login)),
        context);
}

int ClerkCommand::setDisabled(const QString &login, bool disabled, CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::ClerkDirectory directory(*db);
    return report(
        directory.setDisabled(login, disabled, cliActor(), core::Clock::system().now()),
        disabled ? tr("%1 can no longer log in.").arg(core::AccountRules::normalizeLogin(login))
                 : tr("%1 can log in again.").arg(core::AccountRules::normalizeLogin(login)),
        context);
}

int ClerkCommand::setRoles(const QString &login, const QString &roleText, CliContext &context)
{
    QString why;
    const std::optional<core::Roles> roles = core::RoleNames::parse(roleText, &why);
    if (!roles)
        return CommandLine::usageError(context, name(), why);
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::ClerkDirectory directory(*db);
    return report(
        directory.setRoles(login, *roles, cliActor(), core::Clock::system().now()),
        tr("%1 now has the roles %2.")
            .arg(core::AccountRules::normalizeLogin(login), core::RoleNames::displayNames(*roles)),
        context);
}

} // namespace ow::cli
