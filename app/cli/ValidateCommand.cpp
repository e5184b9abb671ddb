#include "ValidateCommand.h"

#include "CommandLine.h"

#include "core/Clock.h"
#include "core/validation/CreditCode.h"
#include "core/validation/DivisionCode.h"
#include "core/validation/ResidentId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

using namespace ow::core;

QJsonObject baseJson(const ValidationResult &r)
{
    return {{QStringLiteral("valid"), r.valid},
            {QStringLiteral("normalized"), r.valid ? QJsonValue(r.normalized) : QJsonValue()},
            {QStringLiteral("reason"), r.valid ? QJsonValue() : QJsonValue(r.reason)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

QString levelKey(Division::Level level)
{
    switch (level) {
    case Division::Level::Province:
        return QStringLiteral("province");
    case Division::Level::Prefecture:
        return QStringLiteral("prefecture");
    case Division::Level::County:
        break;
    }
    return QStringLiteral("county");
}

QString kindKey(ResidentIdResult::Kind kind)
{
    switch (kind) {
    case ResidentIdResult::Kind::Mainland:
        return QStringLiteral("resident-id-card");
    case ResidentIdResult::Kind::HongKongMacaoResident:
        return QStringLiteral("hk-macao-residence-permit");
    case ResidentIdResult::Kind::TaiwanResident:
        return QStringLiteral("taiwan-residence-permit");
    case ResidentIdResult::Kind::Unknown:
        break;
    }
    return {};
}

QString divisionNameFor(const QString &code)
{
    const DivisionTable &table = DivisionTable::builtIn();
    // An ID keeps the area of issue forever; a code no longer in the table still has a
    // province or prefecture that is.
    QString name = table.fullName(code);
    if (name.isEmpty())
        name = table.fullName(code.left(4) + QStringLiteral("00"));
    if (name.isEmpty())
        name = table.fullName(code.left(2) + QStringLiteral("0000"));
    return name;
}

} // namespace

QString ValidateCommand::summary() const
{
    return tr("Check a resident ID number, unified social credit code or division code.");
}

int ValidateCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks an identifier and prints whether it is valid, its normalized form and what "
           "can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("kind"), tr("id, credit-code or division."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The value to check."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return CommandLine::usageError(context, name(),
                                       tr("Give the kind of identifier and one value."));
    }
    const QString kind = positional.at(0);
    const QString value = positional.at(1);

    QJsonObject object;
    QString line;
    bool valid = false;
    if (kind == u"id") {
        const ResidentIdResult r = ResidentIdValidator::validate(value, Clock::system().today());
        valid = r.valid;
        object = baseJson(r);
        if (r.valid) {
            const QString divisionName = divisionNameFor(r.divisionCode);
            object.insert(QStringLiteral("birthDate"), r.birthDate.toString(Qt::ISODate));
            object.insert(QStringLiteral("sex"),
                          r.sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female"));
            object.insert(QStringLiteral("divisionCode"), r.divisionCode);
            object.insert(QStringLiteral("divisionName"), divisionName);
            object.insert(QStringLiteral("kind"), kindKey(r.kind));
            object.insert(QStringLiteral("convertedFromLegacy"), r.convertedFromLegacy);
            line = tr("%1: born %2, %3, %4, %5")
                             .arg(r.normalized, r.birthDate.toString(Qt::ISODate),
                                  ResidentIdValidator::sexName(r.sex),
                                  divisionName.isEmpty() ? r.divisionCode : divisionName,
                                  ResidentIdValidator::kindName(r.kind));
        }
        if (!r.valid)
            line = r.reason;
    } else if (kind == u"credit-code") {
        const CreditCodeResult r = CreditCodeValidator::validate(value);
        valid = r.valid;
        object = baseJson(r);
        if (r.valid) {
            const QString divisionName = divisionNameFor(r.divisionCode);
            object.insert(QStringLiteral("registrationAuthority"), r.registrationAuthority);
            object.insert(QStringLiteral("organizationType"), r.organizationType);
            object.insert(QStringLiteral("divisionCode"), r.divisionCode);
            object.insert(QStringLiteral("divisionName"), divisionName);
            object.insert(QStringLiteral("organizationCode"), r.organizationCode);
            line = tr("%1: %2, %3, registered in %4")
                             .arg(r.normalized,
                                  r.registrationAuthority.isEmpty() ? tr("unknown authority")
                                                                    : r.registrationAuthority,
                                  r.organizationType.isEmpty() ? tr("unknown type")
                                                               : r.organizationType,
                                  divisionName.isEmpty() ? r.divisionCode : divisionName);
        } else {
            line = r.reason;
        }
    } else if (kind == u"division") {
        const DivisionCodeResult r = DivisionCodeValidator::validate(value, DivisionTable::builtIn());
        valid = r.valid;
        object = baseJson(r);
        if (r.valid) {
            object.insert(QStringLiteral("inTable"), r.inTable);
            object.insert(QStringLiteral("level"), levelKey(r.level));
            object.insert(QStringLiteral("name"), r.inTable ? QJsonValue(r.name) : QJsonValue());
            object.insert(QStringLiteral("divisionName"),
                          r.inTable ? QJsonValue(r.fullName) : QJsonValue());
            line = r.inTable ? tr("%1: %2 (%3)").arg(r.normalized, r.fullName.isEmpty()
                                                                              ? r.name
                                                                              : r.fullName,
                                                          DivisionCodeValidator::levelName(r.level))
                                   : tr("%1: well formed, %2").arg(r.normalized,
                                                                   DivisionCodeValidator::levelName(
                                                                       r.level));
        } else {
            line = r.reason;
        }
    } else {
        return CommandLine::usageError(
            context, name(), tr("Unknown kind “%1”; use id, credit-code or division.").arg(kind));
    }

    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                    << Qt::endl;
    } else {
        context.out << (valid ? tr("valid: %1") : tr("invalid: %1")).arg(line) << Qt::endl;
        for (const QJsonValue &w : object.value(QStringLiteral("warnings")).toArray())
            context.out << tr("warning: %1").arg(w.toString()) << Qt::endl;
    }
    return valid ? ExitOk : ExitFailure;
}

} // namespace ow::cli
