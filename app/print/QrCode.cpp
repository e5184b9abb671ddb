#include "QrCode.h"

#include <QPainter>
#include <QTransform>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace ow::print {
namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode QrCode::encode(const QByteArray &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QrCode();
    };
    if (text.isEmpty())
        return fail(tr("There is no text to put into the QR code."));
    if (text.contains('\0'))
        return fail(tr("The QR code text contains a NUL byte."));

    errno = 0;
    // QR_MODE_8 hint: bytes outside the numeric and alphanumeric sets are encoded as they are;
    // case-sensitive, so lower-case letters stay lower-case.
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return fail(tr("The text is too long for a QR code (%1 bytes).").arg(text.size()));
        return fail(tr("The QR code could not be made (error %1).").arg(errno));
    }
    if (code->width <= 0 || code->version < 1 || code->version > 40)
        return fail(tr("The QR code library returned an invalid symbol."));

    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::toImage(int scale) const
{
    if (isNull() || scale < 1)
        return {};
    const int side = (m_size + 2 * QuietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + QuietZone) * scale + dx, (y + QuietZone) * scale + dy, 1);
            }
        }
    }
    return image;
}

QPainterPath QrCode::path(const QRectF &target) const
{
    if (isNull() || target.isEmpty())
        return {};
    // One rectangle per horizontal run of dark modules, in module units so that every corner
    // is a whole number and simplified() merges the runs exactly into outlines without seams.
    QPainterPath modules;
    modules.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            modules.addRect(start, y, x - start, 1);
        }
    }
    const qreal module = qMin(target.width(), target.height()) / m_size;
    QTransform toTarget;
    toTarget.translate(target.left(), target.top());
    toTarget.scale(module, module);
    return toTarget.map(modules.simplified());
}

void QrCode::draw(QPainter &painter, const QRectF &target, const QColor &color) const
{
    if (isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path(target));
    painter.restore();
}

} // namespace ow::print
