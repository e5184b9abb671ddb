#include "DecimalText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ow::core {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace

QString DecimalText::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // ０-９
            out.append(QChar(char16_t(u - 0xFF10 + u'0')));
        else if (u == 0xFF0E || u == 0x3002) // ． and the ideographic full stop 。
            out.append(u'.');
        else if (u == 0xFF0D || u == 0x2212) // － and the minus sign
            out.append(u'-');
        else if (u == 0xFF0B) // ＋
            out.append(u'+');
        else
            out.append(c);
    }
    return out.trimmed();
}

std::optional<DecimalText> DecimalText::parse(QStringView text)
{
    // Cheap bound before any work: nothing this long is a number we accept.
    if (text.size() > 2 * (kMaxIntegerDigits + kMaxDecimals) + 8)
        return std::nullopt;
    const QString s = fold(text);
    if (s.isEmpty())
        return std::nullopt;
    DecimalText d;
    QStringView rest(s);
    if (rest.front() == u'+' || rest.front() == u'-') {
        d.m_negative = rest.front() == u'-';
        rest = rest.mid(1);
    }
    const qsizetype point = rest.indexOf(u'.');
    const QStringView integer = point < 0 ? rest : rest.left(point);
    const QStringView fraction = point < 0 ? QStringView() : rest.mid(point + 1);
    if (integer.isEmpty() || integer.size() > kMaxIntegerDigits || !allDigits(integer))
        return std::nullopt;
    if (point >= 0
        && (fraction.isEmpty() || fraction.size() > kMaxDecimals || !allDigits(fraction)))
        return std::nullopt;
    d.m_integer = integer.toString();
    d.m_fraction = fraction.toString();
    // "-0" and "-0.00" are zero, not negative.
    const QString digits = d.m_integer + d.m_fraction;
    const bool zero =
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c == u'0'; });
    if (zero)
        d.m_negative = false;
    d.m_text = (d.m_negative ? QStringLiteral("-") : QString()) % d.m_integer
               % (d.m_fraction.isEmpty() ? QString() : QStringLiteral(".") % d.m_fraction);
    return d;
}

QString DecimalText::fromDouble(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString DecimalText::formatHundredths(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    // Work with the magnitude as unsigned so the most negative value cannot overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(hundredths) : quint64(hundredths);
    QString text = QString::number(magnitude / 100);
    const quint64 cents = magnitude % 100;
    if (cents != 0) {
        text += QStringLiteral(".%1").arg(cents, 2, 10, QLatin1Char('0'));
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return negative ? QStringLiteral("-") + text : text;
}

double DecimalText::toDouble() const
{
    return m_text.toDouble();
}

std::optional<qint64> DecimalText::hundredths() const
{
    if (m_fraction.size() > 2)
        return std::nullopt;
    // At most 15 integer digits, so the value fits comfortably in 64 bits.
    const qint64 whole = m_integer.toLongLong();
    const QString padded = m_fraction + QStringLiteral("00");
    const qint64 cents = padded.left(2).toLongLong();
    const qint64 value = whole * 100 + cents;
    return m_negative ? -value : value;
}

} // namespace ow::core
