#include "AccountRules.h"

#include <QRegularExpression>

namespace ow::core {
namespace {

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

bool hasControlCharacters(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

} // namespace

QString AccountRules::normalizeLogin(const QString &login)
{
    return login.trimmed().toLower();
}

QByteArray AccountRules::passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

QString AccountRules::checkLogin(const QString &login)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A[a-z0-9._-]{%1,%2}\\z").arg(MinimumLoginLength).arg(MaximumLoginLength));
    if (login.isEmpty())
        return tr("Enter a login.");
    if (!pattern.match(login).hasMatch())
        return tr("A login has %1 to %2 characters: lower-case letters a–z, digits, dot, "
                  "underscore or hyphen.")
            .arg(MinimumLoginLength)
            .arg(MaximumLoginLength);
    return {};
}

QString AccountRules::checkDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter the clerk's name.");
    if (codePoints(name) > MaximumNameLength)
        return tr("A name has at most %1 characters.").arg(MaximumNameLength);
    if (hasControlCharacters(name))
        return tr("The name contains control characters.");
    return {};
}

QString AccountRules::checkWindowName(const QString &window)
{
    if (codePoints(window) > MaximumWindowLength)
        return tr("A window name has at most %1 characters.").arg(MaximumWindowLength);
    if (hasControlCharacters(window))
        return tr("The window name contains control characters.");
    return {};
}

QString AccountRules::checkPassword(const QString &password, const QString &login)
{
    const qsizetype length = codePoints(password);
    if (length < MinimumPasswordLength)
        return tr("A password has at least %1 characters.").arg(MinimumPasswordLength);
    if (length > MaximumPasswordLength)
        return tr("A password has at most %1 characters.").arg(MaximumPasswordLength);
    if (!login.isEmpty() && password.trimmed().compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password must not be the login.");
    return {};
}

} // namespace ow::core
