#include "UnihanPinyin.h"

#include <QHash>

#include <array>
#include <optional>

namespace ow::tools {
namespace {

// Unihan fields with Mandarin readings, in the order their readings are preferred.
enum class Field { Mandarin, Tghz2013, Xhc1983, HanyuPinyin, Count };

std::optional<Field> fieldOf(QByteArrayView name)
{
    if (name == "kMandarin")
        return Field::Mandarin;
    if (name == "kTGHZ2013")
        return Field::Tghz2013;
    if (name == "kXHC1983")
        return Field::Xhc1983;
    if (name == "kHanyuPinyin")
        return Field::HanyuPinyin;
    return std::nullopt;
}

// "U+4E0D" → 0x4E0D; nothing for anything that is not a code point in the CJK planes 0–3.
std::optional<char32_t> codePointOf(QByteArrayView field)
{
    if (!field.startsWith("U+") || field.size() < 6 || field.size() > 8)
        return std::nullopt;
    bool ok = false;
    const uint value = field.sliced(2).toUInt(&ok, 16);
    if (!ok || value > 0x3FFFF)
        return std::nullopt;
    return char32_t(value);
}

// The readings of one field value. kMandarin lists readings separated by spaces; the
// dictionary fields list "location:reading[,reading…]" entries separated by spaces.
QStringList rawReadings(Field field, const QString &value)
{
    QStringList result;
    const QStringList tokens = value.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (field == Field::Mandarin) {
            result << token;
            continue;
        }
        const qsizetype colon = token.indexOf(u':');
        if (colon < 0)
            continue;
        result << token.sliced(colon + 1).split(u',', Qt::SkipEmptyParts);
    }
    return result;
}

} // namespace

QString tonelessPinyin(QStringView reading)
{
    const QString decomposed = reading.toString().normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c >= u'a' && c <= u'z') {
            out.append(c);
        } else if (c >= u'A' && c <= u'Z') {
            out.append(c.toLower());
        } else if (c == QChar(0x0308)) { // combining diaeresis: ü
            if (!out.endsWith(u'u'))
                return {};
            out.back() = u'v';
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // tone marks, the circumflex of ê
        } else {
            return {};
        }
    }
    return out;
}

UnihanPinyin parseUnihanReadings(QByteArrayView text)
{
    UnihanPinyin result;
    using PerField = std::array<QStringList, std::size_t(Field::Count)>;
    QMap<char32_t, PerField> collected;

    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;

        const qsizetype tab1 = line.indexOf('\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
        if (tab2 < 0) {
            result.problems << QStringLiteral("line %1: not three tab-separated fields")
                                   .arg(lineNumber);
            continue;
        }
        const auto field = fieldOf(line.sliced(tab1 + 1, tab2 - tab1 - 1));
        if (!field)
            continue;
        const auto cp = codePointOf(line.first(tab1));
        if (!cp) {
            result.problems << QStringLiteral("line %1: bad code point").arg(lineNumber);
            continue;
        }
        const QString value = QString::fromUtf8(line.sliced(tab2 + 1));
        collected[*cp][std::size_t(*field)] << rawReadings(*field, value);
    }

    QHash<QString, QString> tonelessOf; // a few thousand distinct spellings, 150,000 uses
    for (auto it = collected.cbegin(); it != collected.cend(); ++it) {
        QStringList readings;
        for (const QStringList &perField : it.value()) {
            for (const QString &raw : perField) {
                auto cached = tonelessOf.constFind(raw);
                if (cached == tonelessOf.cend())
                    cached = tonelessOf.insert(raw, tonelessPinyin(raw));
                const QString &plain = *cached;
                if (plain.isEmpty()) {
                    result.problems << QStringLiteral("U+%1: unreadable reading %2")
                                           .arg(uint(it.key()), 4, 16, QLatin1Char('0'))
                                           .arg(raw);
                    continue;
                }
                QStringList spellings{plain};
                if (plain.contains(u'v'))
                    spellings << QString(plain).replace(u'v', u'u');
                for (const QString &s : spellings) {
                    if (!readings.contains(s))
                        readings << s;
                }
            }
        }
        if (!readings.isEmpty())
            result.readings.insert(it.key(), readings);
    }
    return result;
}

} // namespace ow::tools
