#include "ResidentId.h"

#include "IdentifierInput.h"

#include <array>

namespace ow::core {
namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[] = "10X98765432";
constexpr int kEarliestBirthYear = 1800;

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

ResidentIdResult invalid(QString reason)
{
    ResidentIdResult r;
    r.reason = std::move(reason);
    return r;
}

} // namespace

QChar ResidentIdValidator::checkCharacter(QStringView body)
{
    Q_ASSERT(body.size() == 17 && allDigits(body));
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (body[i].unicode() - u'0') * kWeights[size_t(i)];
    return QLatin1Char(kCheckCharacters[sum % 11]);
}

ResidentIdResult ResidentIdValidator::validate(QStringView input, QDate today)
{
    const FoldedIdentifier folded = foldIdentifierInput(input);
    if (folded.tooLong)
        return invalid(tr("This is far too long for a resident ID number, which has 18 characters."));
    const QString &s = folded.text;
    if (s.isEmpty())
        return invalid(tr("Enter a resident ID number."));

    // Name the first character that can never appear, so the clerk sees what to fix.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool isDigit = c >= u'0' && c <= u'9';
        if (isDigit)
            continue;
        if (c == u'X') {
            if (i == s.size() - 1 && s.size() == 18)
                continue;
            return invalid(tr("The letter X may only be the last of 18 characters."));
        }
        return invalid(tr("A resident ID number contains only digits and, as its last character, "
                          "the letter X; %1 is not allowed.")
                           .arg(describeCharacterAt(s, i)));
    }

    QString full;
    bool legacy = false;
    if (s.size() == 15) {
        // First-generation number: area(6) + YYMMDD + sequence(3); the century is always 19.
        legacy = true;
        full = s.left(6) + QStringLiteral("19") + s.mid(6, 9);
        full.append(checkCharacter(full));
    } else if (s.size() == 18) {
        full = s;
    } else {
        return invalid(tr("A resident ID number has 18 characters (or 15 for the old format); "
                          "this one has %n.",
                          nullptr, int(s.size())));
    }

    const QStringView dateDigits = QStringView(full).mid(6, 8);
    const QDate birth = QDate::fromString(dateDigits.toString(), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid()) {
        return invalid(tr("The birth date in the number, %1, is not a real calendar date.")
                           .arg(dateDigits.toString()));
    }
    if (birth.year() < kEarliestBirthYear) {
        return invalid(tr("The birth year in the number, %1, is too early to be real.")
                           .arg(birth.year()));
    }
    if (today.isValid() && birth > today) {
        return invalid(tr("The birth date in the number, %1, lies in the future.")
                           .arg(birth.toString(Qt::ISODate)));
    }

    const QChar expected = checkCharacter(QStringView(full).left(17));
    if (!legacy && full.at(17) != expected) {
        return invalid(tr("The last character should be %1 for the digits before it; one of the "
                          "characters was probably mistyped.")
                           .arg(expected));
    }

    ResidentIdResult r;
    r.valid = true;
    r.normalized = full;
    r.birthDate = birth;
    r.sex = (full.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    r.divisionCode = full.left(6);
    r.convertedFromLegacy = legacy;
    const QStringView area = QStringView(full).left(2);
    if (area == u"81" || area == u"82")
        r.kind = ResidentIdResult::Kind::HongKongMacaoResident;
    else if (area == u"83")
        r.kind = ResidentIdResult::Kind::TaiwanResident;
    else
        r.kind = ResidentIdResult::Kind::Mainland;
    if (legacy) {
        r.warnings << tr("Old 15-digit number, converted to the 18-character form %1.")
                          .arg(full);
    }
    return r;
}

QString ResidentIdValidator::kindName(ResidentIdResult::Kind kind)
{
    switch (kind) {
    case ResidentIdResult::Kind::Mainland:
        return tr("Resident identity card");
    case ResidentIdResult::Kind::HongKongMacaoResident:
        return tr("Residence permit for Hong Kong and Macao residents");
    case ResidentIdResult::Kind::TaiwanResident:
        return tr("Residence permit for Taiwan residents");
    case ResidentIdResult::Kind::Unknown:
        break;
    }
    return {};
}

QString ResidentIdValidator::sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return tr("male");
    case Sex::Female:
        return tr("female");
    case Sex::Unknown:
        break;
    }
    return {};
}

QString maskResidentId(const QString &normalized)
{
    if (normalized.size() != 18)
        return QString(normalized.size(), QLatin1Char('*'));
    return normalized.left(6) + QString(8, QLatin1Char('*')) + normalized.right(4);
}

} // namespace ow::core
