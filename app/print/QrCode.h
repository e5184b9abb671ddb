#pragma once

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;

namespace ow::print {

// A QR code (ISO/IEC 18004) made by libqrencode: error correction level M (about 15 % of the
// symbol may be damaged), the smallest version that holds the text, byte mode where needed.
// A plain value: the module matrix, dark or light, row by row.
class QrCode final
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // Light modules a reader needs around the symbol, on every side.
    static constexpr int QuietZone = 4;

    QrCode() = default;

    // Null, with a translated `error`, when the text is empty, contains a NUL byte or is too
    // long for any QR code version at level M.
    static QrCode encode(const QByteArray &text, QString *error = nullptr);

    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; } // 1–40
    int size() const { return m_size; }       // modules per side, without the quiet zone
    bool isDark(int x, int y) const;          // false outside the symbol

    // Black modules on white, `scale` pixels per module, with the quiet zone; Format_Mono.
    QImage toImage(int scale = 1) const;
    // The dark modules as one outline filling `target` (the symbol without its quiet zone).
    QPainterPath path(const QRectF &target) const;
    // Draws the symbol as vector shapes into `target`, without anti-aliasing so that module
    // edges stay sharp on paper. The caller keeps QuietZone modules of white around `target`.
    void draw(QPainter &painter, const QRectF &target, const QColor &color = Qt::black) const;

private:
    int m_version = 0;
    int m_size = 0;
    QList<bool> m_modules; // m_size × m_size, row-major
};

} // namespace ow::print
