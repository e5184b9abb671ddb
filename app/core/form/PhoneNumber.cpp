#include "PhoneNumber.h"

#include "core/validation/IdentifierInput.h"

#include <QRegularExpression>

namespace ow::core {
namespace {

// Dashes as they arrive from documents and input methods.
bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63;
}

// Spaces, brackets and dashes dropped; "转" (extension) and any dash become a single '-'.
QString simplify(const QString &folded)
{
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == 0xFF08 || u == 0xFF09)
            continue;
        if (isDash(u) || u == u'转') {
            if (!out.endsWith(u'-'))
                out.append(u'-');
            continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace

ValidationResult PhoneNumberValidator::validate(QStringView input)
{
    ValidationResult r;
    if (input.size() > kMaxInput) {
        r.reason = tr("This is far too long for a telephone number.");
        return r;
    }
    const FoldedIdentifier folded = foldIdentifierInput(input);
    QString s = simplify(folded.text);
    if (s.isEmpty()) {
        r.reason = tr("Enter a telephone number.");
        return r;
    }
    if (s.startsWith(u'+'))
        s.remove(0, 1);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if ((s.at(i) >= u'0' && s.at(i) <= u'9') || s.at(i) == u'-')
            continue;
        r.reason = tr("A telephone number contains only digits and “-”; %1 is not allowed.")
                       .arg(describeCharacterAt(s, i));
        return r;
    }
    // The country code in front of a mobile number: +86 138…, 0086 138…
    const QString digitsOnly = QString(s).remove(u'-');
    for (const QString &prefix : {QStringLiteral("0086"), QStringLiteral("86")}) {
        if (digitsOnly.startsWith(prefix) && digitsOnly.size() == prefix.size() + 11
            && digitsOnly.at(prefix.size()) == u'1') {
            s = digitsOnly.mid(prefix.size());
            break;
        }
    }
    if (s.startsWith(u'-'))
        s.remove(0, 1);

    if (s.startsWith(u'1')) {
        static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
        const QString digits = QString(s).remove(u'-');
        if (mobile.match(digits).hasMatch()) {
            r.valid = true;
            r.normalized = digits;
            return r;
        }
        if (digits.size() != 11)
            r.reason =
                tr("A mobile number has 11 digits; this one has %n.", nullptr, int(digits.size()));
        else
            r.reason = tr("A mobile number begins with 13 to 19.");
        return r;
    }
    if (s.startsWith(u'0')) {
        // Area code, local number, optional extension; the area code's length is fixed by its
        // second digit, so "075586001234" splits unambiguously.
        QString digits = s;
        QString extension;
        const QStringList parts = s.split(u'-', Qt::SkipEmptyParts);
        if (parts.size() == 3) {
            digits = parts.at(0) + parts.at(1);
            extension = parts.at(2);
        } else if (parts.size() <= 2) {
            digits = parts.join(QString());
        } else {
            digits.clear();
        }
        const int areaLength =
            (digits.startsWith(QStringLiteral("01")) || digits.startsWith(QStringLiteral("02")))
                ? 3
                : 4;
        static const QRegularExpression area(QStringLiteral("^(010|02[0-9]|0[3-9][0-9]{2})$"));
        static const QRegularExpression local(QStringLiteral("^[2-9][0-9]{6,7}$"));
        static const QRegularExpression ext(QStringLiteral("^[0-9]{1,6}$"));
        const QString areaCode = digits.left(areaLength);
        const QString number = digits.mid(areaLength);
        if (area.match(areaCode).hasMatch() && local.match(number).hasMatch()
            && (extension.isEmpty() || ext.match(extension).hasMatch())) {
            r.valid = true;
            r.normalized = areaCode + QStringLiteral("-") + number
                           + (extension.isEmpty() ? QString() : QStringLiteral("-") + extension);
            return r;
        }
        r.reason = tr("A landline number is an area code and 7 or 8 digits, e.g. 0755-86001234.");
        return r;
    }
    r.reason = tr("Enter a mobile number (11 digits) or a landline number with its area code, "
                  "e.g. 0755-86001234.");
    return r;
}

} // namespace ow::core
