#include "IdentifierInput.h"

#include <QChar>
#include <QList>

namespace ow::core {

FoldedIdentifier foldIdentifierInput(QStringView raw)
{
    FoldedIdentifier result;
    if (raw.size() > kMaxIdentifierInput) {
        result.tooLong = true;
        return result;
    }
    result.text.reserve(raw.size());
    for (const char32_t c : raw.toUcs4()) {
        if (c == 0x3000 || QChar::isSpace(c))
            continue;
        char32_t folded = c;
        if (c >= 0xFF01 && c <= 0xFF5E) // full-width forms of ASCII 0x21..0x7E
            folded = c - 0xFF01 + 0x21;
        if (folded >= U'a' && folded <= U'z')
            folded = folded - U'a' + U'A';
        result.text.append(QString::fromUcs4(&folded, 1));
    }
    return result;
}

QString describeCharacter(char32_t ucs4)
{
    if (ucs4 < 0x20 || ucs4 == 0x7F || (ucs4 >= 0x80 && ucs4 < 0xA0) || ucs4 > 0x10FFFF
        || (ucs4 >= 0xD800 && ucs4 <= 0xDFFF)) {
        return QStringLiteral("U+%1").arg(quint32(ucs4), 4, 16, QLatin1Char('0')).toUpper();
    }
    return QStringLiteral("“%1”").arg(QString::fromUcs4(&ucs4, 1));
}

QString describeCharacterAt(const QString &text, qsizetype index)
{
    const QChar c = text.at(index);
    const bool pair = c.isHighSurrogate() && index + 1 < text.size()
                      && text.at(index + 1).isLowSurrogate();
    return describeCharacter(pair ? QChar::surrogateToUcs4(c, text.at(index + 1)) : c.unicode());
}

} // namespace ow::core
