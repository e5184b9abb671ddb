#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ow::core {

// A number as the clerk wrote it, read exactly: Number and Money answers are decimal text so an
// amount like 0.10 yuan or a share of 33.33 % never passes through binary floating point on its
// way to a check. Accepts an optional sign, up to 15 integer digits and up to 12 decimals;
// full-width digits, sign and point (as typed with a Chinese input method) are folded first.
class DecimalText
{
public:
    static constexpr int kMaxIntegerDigits = 15;
    static constexpr int kMaxDecimals = 12;

    // nullopt when `text` is not such a number (including empty, "1e5", "1,000", ".5").
    static std::optional<DecimalText> parse(QStringView text);
    // Full-width digits, signs and points to ASCII, surrounding white space removed; the input
    // is otherwise kept so a message can show what was typed.
    static QString fold(QStringView text);
    // The shortest text for a double that reads back as the same number, never in exponent
    // form; empty for NaN and infinities.
    static QString fromDouble(double value);
    // 3333 → "33.33", 6000 → "60", -5 → "-0.05".
    static QString formatHundredths(qint64 hundredths);

    QString text() const { return m_text; } // canonical: "-12.5" for "－１２．５"
    double toDouble() const;
    int decimals() const { return int(m_fraction.size()); }
    bool isNegative() const { return m_negative; }
    // The value in hundredths, when it has at most two decimals.
    std::optional<qint64> hundredths() const;

private:
    QString m_text;
    QString m_integer;
    QString m_fraction;
    bool m_negative = false;
};

} // namespace ow::core
