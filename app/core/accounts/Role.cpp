#include "Role.h"

#include <QLocale>

namespace ow::core {

QString RoleNames::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QStringList RoleNames::keyList(Roles roles)
{
    QStringList list;
    for (const Role role : all()) {
        if (roles.testFlag(role))
            list << key(role);
    }
    return list;
}

QString RoleNames::keys(Roles roles)
{
    return keyList(roles).join(u',');
}

QString RoleNames::displayNames(Roles roles)
{
    QStringList names;
    for (const Role role : all()) {
        if (roles.testFlag(role))
            names << displayName(role);
    }
    return QLocale().createSeparatedList(names);
}

std::optional<Roles> RoleNames::parse(const QString &text, QString *error)
{
    Roles roles;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString wanted = part.trimmed().toLower();
        bool known = false;
        for (const Role role : all()) {
            if (wanted == key(role)) {
                roles |= role;
                known = true;
            }
        }
        if (!known) {
            if (error)
                *error =
                    tr("Unknown role “%1”; use clerk, supervisor or admin.").arg(part.trimmed());
            return std::nullopt;
        }
    }
    if (!roles) {
        if (error)
            *error = tr("Give at least one role: clerk, supervisor or admin.");
        return std::nullopt;
    }
    return roles;
}

} // namespace ow::core
