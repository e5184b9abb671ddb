#pragma once

#include <QString>
#include <QStringView>

namespace ow::core {

// Clerks paste identifiers from documents, chat windows and Chinese input methods. Before a
// validator looks at the characters, the input is folded: surrounding and inner white space
// (including the ideographic space U+3000) removed, full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ)
// mapped to ASCII, letters upper-cased. Anything else is kept so the validator can name it.
struct FoldedIdentifier
{
    QString text;
    bool tooLong = false; // the raw input is far longer than any identifier; text is empty
};

// Raw inputs longer than this are rejected without further work.
inline constexpr qsizetype kMaxIdentifierInput = 256;

FoldedIdentifier foldIdentifierInput(QStringView raw);

// A printable rendering of the first character no identifier may contain, for messages:
// "“I”", or "U+0007" for control characters.
QString describeCharacter(char32_t ucs4);
// The same for the character at `index` of `text`, joining a surrogate pair.
QString describeCharacterAt(const QString &text, qsizetype index);

} // namespace ow::core
