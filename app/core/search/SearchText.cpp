#include "SearchText.h"

#include <QChar>

namespace ow::core {
namespace {

char32_t foldOne(char32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    else if (cp == 0x3000)
        cp = U' ';
    if (cp < 0x80)
        return (cp >= U'A' && cp <= U'Z') ? cp + (U'a' - U'A') : cp;
    cp = QChar::toCaseFolded(cp);
    switch (cp) {
    case 0x00FC: // ü
    case 0x01D6: // ǖ
    case 0x01D8: // ǘ
    case 0x01DA: // ǚ
    case 0x01DC: // ǜ
        return U'v';
    default:
        return cp;
    }
}

bool isDropped(char32_t cp)
{
    if (QChar::isSpace(cp))
        return true;
    const QChar::Category category = QChar::category(cp);
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

} // namespace

std::vector<FoldedChar> foldForSearch(QStringView text)
{
    std::vector<FoldedChar> out;
    out.reserve(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        char32_t cp = c.unicode();
        qsizetype length = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text[i + 1]);
            length = 2;
        } else if (c.isSurrogate()) {
            cp = 0xFFFD;
        }
        cp = foldOne(cp);
        if (!isDropped(cp))
            out.push_back(FoldedChar{cp, i, length});
        i += length;
    }
    return out;
}

bool isSearchSeparator(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

} // namespace ow::core
