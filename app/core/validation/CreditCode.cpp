#include "CreditCode.h"

#include "IdentifierInput.h"

#include <array>

namespace ow::core {
namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

struct OrganizationType
{
    char authority;
    char type;
    const char *name;
};

// GB 32100-2015 appendix A: registration authority (first character) and organization type
// (second character). Names are translated at display time.
constexpr const char *kContext = "CreditCodeValidator";
constexpr std::array<OrganizationType, 12> kAuthorities = {{
    {'1', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Institutional establishment")},
    {'2', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Foreign affairs")},
    {'3', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Justice administration")},
    {'4', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Culture")},
    {'5', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Civil affairs")},
    {'6', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Tourism")},
    {'7', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Religious affairs")},
    {'8', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Trade unions")},
    {'9', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Market regulation (industry and commerce)")},
    {'A', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Central Military Commission establishment")},
    {'N', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Agriculture")},
    {'Y', 0, QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
}};
constexpr std::array<OrganizationType, 30> kTypes = {{
    {'1', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Government agency")},
    {'1', '2', QT_TRANSLATE_NOOP("CreditCodeValidator", "Public institution")},
    {'1', '3', QT_TRANSLATE_NOOP("CreditCodeValidator", "Mass organization under central establishment")},
    {'1', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'2', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Resident office of a foreign news agency")},
    {'2', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'3', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Law firm")},
    {'3', '2', QT_TRANSLATE_NOOP("CreditCodeValidator", "Notary office")},
    {'3', '3', QT_TRANSLATE_NOOP("CreditCodeValidator", "Grassroots legal service office")},
    {'3', '4', QT_TRANSLATE_NOOP("CreditCodeValidator", "Judicial appraisal institution")},
    {'3', '5', QT_TRANSLATE_NOOP("CreditCodeValidator", "Arbitration commission")},
    {'3', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'4', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Foreign cultural centre in China")},
    {'4', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'5', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Social organization")},
    {'5', '2', QT_TRANSLATE_NOOP("CreditCodeValidator", "Private non-enterprise unit")},
    {'5', '3', QT_TRANSLATE_NOOP("CreditCodeValidator", "Foundation")},
    {'5', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'6', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Resident office of a foreign tourism authority")},
    {'6', '2', QT_TRANSLATE_NOOP("CreditCodeValidator", "Resident office of a Hong Kong, Macao or Taiwan tourism authority")},
    {'6', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'7', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Venue for religious activities")},
    {'7', '2', QT_TRANSLATE_NOOP("CreditCodeValidator", "Religious college")},
    {'7', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'8', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Grassroots trade union")},
    {'8', '9', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
    {'9', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Enterprise")},
    {'9', '2', QT_TRANSLATE_NOOP("CreditCodeValidator", "Individual business")},
    {'9', '3', QT_TRANSLATE_NOOP("CreditCodeValidator", "Farmers' specialized cooperative")},
    {'Y', '1', QT_TRANSLATE_NOOP("CreditCodeValidator", "Other")},
}};

int alphabetIndex(QChar c)
{
    return int(kAlphabet.indexOf(c));
}

CreditCodeResult invalid(QString reason)
{
    CreditCodeResult r;
    r.reason = std::move(reason);
    return r;
}

} // namespace

QChar CreditCodeValidator::checkCharacter(QStringView body)
{
    if (body.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int v = alphabetIndex(body[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet[check];
}

QChar CreditCodeValidator::organizationCodeCheckCharacter(QStringView body)
{
    if (body.size() != 8)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const QChar c = body[i];
        int v = -1;
        if (c >= u'0' && c <= u'9')
            v = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            v = c.unicode() - u'A' + 10;
        if (v < 0)
            return {};
        sum += v * kOrgWeights[size_t(i)];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QLatin1Char(char('0' + check));
}

CreditCodeResult CreditCodeValidator::validate(QStringView input)
{
    const FoldedIdentifier folded = foldIdentifierInput(input);
    if (folded.tooLong)
        return invalid(tr("This is far too long for a unified social credit code, which has 18 "
                          "characters."));
    const QString &s = folded.text;
    if (s.isEmpty())
        return invalid(tr("Enter a unified social credit code."));

    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (alphabetIndex(c) >= 0)
            continue;
        switch (c.unicode()) {
        case u'I':
            return invalid(tr("Credit codes never contain the letter I; perhaps it is the digit 1."));
        case u'O':
            return invalid(tr("Credit codes never contain the letter O; perhaps it is the digit 0."));
        case u'S':
            return invalid(tr("Credit codes never contain the letter S; perhaps it is the digit 5."));
        case u'V':
            return invalid(tr("Credit codes never contain the letter V; perhaps it is the letter U."));
        case u'Z':
            return invalid(tr("Credit codes never contain the letter Z; perhaps it is the digit 2."));
        default:
            break;
        }
        return invalid(tr("A credit code contains only digits and capital letters other than "
                          "I, O, S, V and Z; %1 is not allowed.")
                           .arg(describeCharacterAt(s, i)));
    }
    if (s.size() != 18) {
        return invalid(tr("A unified social credit code has 18 characters; this one has %n.",
                          nullptr, int(s.size())));
    }
    const QChar expected = checkCharacter(QStringView(s).left(17));
    if (s.at(17) != expected) {
        return invalid(tr("The last character should be %1 for the characters before it; one of "
                          "the characters was probably mistyped.")
                           .arg(expected));
    }

    CreditCodeResult r;
    r.valid = true;
    r.normalized = s;
    r.divisionCode = s.mid(2, 6);
    r.organizationCode = s.mid(8, 8) + QLatin1Char('-') + s.at(16);

    const char authority = char(s.at(0).unicode());
    const char type = char(s.at(1).unicode());
    bool authorityKnown = false;
    for (const auto &a : kAuthorities) {
        if (a.authority == authority) {
            r.registrationAuthority = QCoreApplication::translate(kContext, a.name);
            authorityKnown = true;
        }
    }
    for (const auto &t : kTypes) {
        if (t.authority == authority && t.type == type)
            r.organizationType = QCoreApplication::translate(kContext, t.name);
    }
    if (!authorityKnown) {
        r.warnings << tr("The first character, %1, is not a registration authority listed in "
                         "GB 32100; check the code with the applicant's licence.")
                          .arg(s.at(0));
    } else if (r.organizationType.isEmpty()) {
        r.warnings << tr("The organization type %1 is not listed in GB 32100 for this "
                         "registration authority.")
                          .arg(s.left(2));
    }
    // Codes issued to bodies without a former organization code may carry other digits here,
    // so a mismatch is worth a look but does not make the credit code invalid.
    const QChar orgCheck = organizationCodeCheckCharacter(QStringView(s).mid(8, 8));
    if (orgCheck.isNull() || orgCheck != s.at(16)) {
        r.warnings << tr("The embedded organization code %1 fails its own check (GB 11714).")
                          .arg(r.organizationCode);
    }
    return r;
}

} // namespace ow::core
