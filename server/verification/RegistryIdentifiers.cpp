#include "RegistryIdentifiers.h"

#include "core/validation/IdentifierInput.h"

#include <QRegularExpression>

namespace ow::hub {
namespace {

using core::ValidationResult;

constexpr qsizetype kUnitNumberSize = 28;

ValidationResult invalid(const QString &reason)
{
    ValidationResult result;
    result.reason = reason;
    return result;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ValidationResult RegistryIdentifiers::propertyUnitNumber(QStringView input)
{
    const core::FoldedIdentifier folded = core::foldIdentifierInput(input);
    const QString &text = folded.text;
    if (folded.tooLong || text.isEmpty())
        return invalid(tr("Enter the 28-character real estate unit number."));
    if (text.size() != kUnitNumberSize)
        return invalid(
            tr("A real estate unit number has 28 characters; this one has %1.").arg(text.size()));
    if (!allDigits(QStringView(text).first(6)))
        return invalid(tr("A real estate unit number begins with the six digits of its county."));
    if (!allDigits(QStringView(text).sliced(6, 6)))
        return invalid(tr("Characters 7 to 12 of a real estate unit number are the six digits "
                          "of its cadastral zone and sub-zone."));
    const QChar ownership = text.at(12);
    if (ownership != u'G' && ownership != u'J' && ownership != u'Z')
        return invalid(tr("Character 13 of a real estate unit number is G (state-owned land), J "
                          "(collective land) or Z (disputed), not %1.")
                           .arg(core::describeCharacterAt(text, 12)));
    const QChar parcelType = text.at(13);
    if (parcelType < u'A' || parcelType > u'Z')
        return invalid(tr("Character 14 of a real estate unit number is the letter of the "
                          "parcel's type, not %1.")
                           .arg(core::describeCharacterAt(text, 13)));
    if (!allDigits(QStringView(text).sliced(14, 5)))
        return invalid(tr("Characters 15 to 19 of a real estate unit number are the five digits "
                          "of the parcel."));
    const QChar fixture = text.at(19);
    if (fixture != u'F' && fixture != u'L' && fixture != u'Q' && fixture != u'W')
        return invalid(tr("Character 20 of a real estate unit number is F (building), L (trees), "
                          "Q (other fixture) or W (none), not %1.")
                           .arg(core::describeCharacterAt(text, 19)));
    const QStringView fixtureNumber = QStringView(text).sliced(20);
    if (!allDigits(fixtureNumber))
        return invalid(tr("A real estate unit number ends in eight digits: the building and "
                          "the unit in it."));
    if (fixture == u'W' && fixtureNumber != u"00000000")
        return invalid(tr("A real estate unit without fixtures (W) ends in eight zeros."));
    ValidationResult result;
    result.valid = true;
    result.normalized = text;
    return result;
}

ValidationResult RegistryIdentifiers::projectCode(QStringView input)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{6})-(\\d{2})-(\\d{2})-(\\d{6})$"));
    core::FoldedIdentifier folded = core::foldIdentifierInput(input);
    if (folded.tooLong || folded.text.isEmpty())
        return invalid(tr("Enter the project code, such as 2019-130100-47-01-000123."));
    // Chinese input methods produce the full-width hyphen; the code has only ASCII hyphens.
    folded.text.replace(QChar(0xFF0D), u'-');
    const auto match = pattern.match(folded.text);
    if (!match.hasMatch())
        return invalid(tr("A project code looks like 2019-130100-47-01-000123: year, division, "
                          "industry, type and serial number joined by hyphens."));
    const int year = match.captured(1).toInt();
    if (year < 2000 || year > 2099)
        return invalid(tr("The project code's year %1 is not possible.").arg(year));
    const QString type = match.captured(4);
    if (type != u"01" && type != u"02" && type != u"03")
        return invalid(
            tr("The project code's type %1 is not 01 (审批), 02 (核准) or 03 (备案).").arg(type));
    ValidationResult result;
    result.valid = true;
    result.normalized = folded.text;
    return result;
}

int RegistryIdentifiers::projectApprovalIndex(QStringView normalizedCode)
{
    if (!projectCode(normalizedCode).valid)
        return -1;
    return normalizedCode.sliced(15, 2).toInt() - 1; // yyyy-DDDDDD-II-TT-…
}

QString RegistryIdentifiers::comparableName(QStringView name)
{
    static constexpr char16_t kDots[] = {u'\u2022', u'\u30FB', u'\uFF0E', u'\u2027',
                                         u'\uFF65', u'\u22C5', u'.'};
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace())
            continue;
        const bool dot =
            std::find(std::begin(kDots), std::end(kDots), c.unicode()) != std::end(kDots);
        result.append(dot ? QChar(0x00B7) : c);
    }
    return result.normalized(QString::NormalizationForm_C);
}

} // namespace ow::hub
