#include "DivisionCode.h"

#include "IdentifierInput.h"

namespace ow::core {

DivisionCodeResult DivisionCodeValidator::validate(QStringView input, const DivisionTable &table)
{
    DivisionCodeResult r;
    const FoldedIdentifier folded = foldIdentifierInput(input);
    if (folded.tooLong) {
        r.reason = tr("This is far too long for a division code, which has 6 digits.");
        return r;
    }
    const QString &s = folded.text;
    if (s.isEmpty()) {
        r.reason = tr("Enter a six-digit administrative division code.");
        return r;
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c >= u'0' && c <= u'9')
            continue;
        r.reason = tr("A division code contains only digits; %1 is not allowed.")
                       .arg(describeCharacterAt(s, i));
        return r;
    }
    if (s.size() != 6) {
        r.reason = tr("A division code has 6 digits; this one has %n.", nullptr, int(s.size()));
        return r;
    }
    if (s.startsWith(QStringLiteral("00")) || s.at(0) == u'0' || s.at(0) == u'9') {
        r.reason = tr("%1 does not begin with a province code (11 to 82).").arg(s);
        return r;
    }
    const bool midZeroTailNonZero = s.mid(2, 2) == u"00" && s.mid(4, 2) != u"00";
    if (midZeroTailNonZero) {
        r.reason = tr("%1 names a county without a prefecture (digits 3-4 are 00).").arg(s);
        return r;
    }

    r.valid = true;
    r.normalized = s;
    r.level = DivisionTable::levelOf(s);
    if (const auto d = table.find(s)) {
        r.inTable = true;
        r.name = d->name;
        r.fullName = table.fullName(s);
    } else {
        r.warnings << tr("%1 is well formed but not in the current division table; it may be an "
                         "older or newer code.")
                          .arg(s);
    }
    return r;
}

QString DivisionCodeValidator::levelName(Division::Level level)
{
    switch (level) {
    case Division::Level::Province:
        return tr("province level");
    case Division::Level::Prefecture:
        return tr("prefecture level");
    case Division::Level::County:
        return tr("county level");
    }
    return {};
}

} // namespace ow::core
