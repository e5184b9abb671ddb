// QrCode: libqrencode's symbols as a module matrix, an image and a vector outline.
#include "print/PdfTools.h"
#include "print/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using ow::print::QrCode;

namespace {

const QByteArray SealLike =
    "OW1|R|W01-2026-000123|20261123|YJS4403000001|20261208|"
    "0f1e2d3c4b5a6978|"
    "Qm9ndXMgc2lnbmF0dXJlIGJ1dCB0aGUgcmlnaHQgc2l6ZSBmb3IgdGhpcyB0ZXN0IG9ubHkgLS0tLS0tLS0tLQ";

// A finder pattern: a 7×7 dark ring, a light ring, a 3×3 dark centre.
bool hasFinderAt(const QrCode &qr, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesASeal()
    {
        QString error;
        const QrCode qr = QrCode::encode(SealLike, &error);
        QVERIFY2(!qr.isNull(), qPrintable(error));
        QVERIFY(qr.version() >= 1 && qr.version() <= 40);
        QCOMPARE(qr.size(), 17 + 4 * qr.version());
        // Small enough to print at 28 mm with modules a phone reads easily.
        QVERIFY(qr.version() <= 10);
        QVERIFY(hasFinderAt(qr, 0, 0));
        QVERIFY(hasFinderAt(qr, qr.size() - 7, 0));
        QVERIFY(hasFinderAt(qr, 0, qr.size() - 7));
        QVERIFY(!qr.isDark(-1, 0));
        QVERIFY(!qr.isDark(0, qr.size()));
    }

    void longerTextNeedsALargerVersion()
    {
        const QrCode small = QrCode::encode("OW1");
        const QrCode large = QrCode::encode(QByteArray(500, 'a'));
        QVERIFY(!small.isNull() && !large.isNull());
        QVERIFY(small.version() < large.version());
    }

    void refusesWhatItCannotEncode()
    {
        QString error;
        QVERIFY(QrCode::encode(QByteArray(), &error).isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(QrCode::encode(QByteArray("OW1\0|R", 6), &error).isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        // Level M holds at most 2331 bytes.
        QVERIFY(QrCode::encode(QByteArray(4000, 'x'), &error).isNull());
        QVERIFY(error.contains(QStringLiteral("4000")));
        QVERIFY(QrCode().isNull());
        QVERIFY(QrCode().toImage().isNull());
    }

    void imageHasTheQuietZone()
    {
        const QrCode qr = QrCode::encode(SealLike);
        const int scale = 3;
        const QImage image = qr.toImage(scale);
        const int side = (qr.size() + 2 * QrCode::QuietZone) * scale;
        QCOMPARE(image.size(), QSize(side, side));
        const QRgb white = qRgb(255, 255, 255);
        const QRgb black = qRgb(0, 0, 0);
        for (int i = 0; i < side; ++i) {
            QCOMPARE(image.pixel(i, 0), white);
            QCOMPARE(image.pixel(0, i), white);
            QCOMPARE(image.pixel(i, side - 1), white);
            QCOMPARE(image.pixel(side - 1, i), white);
        }
        const int origin = QrCode::QuietZone * scale;
        QCOMPARE(image.pixel(origin, origin), black);                         // finder ring
        QCOMPARE(image.pixel(origin + scale, origin + scale), white);         // light ring
        QCOMPARE(image.pixel(origin + 3 * scale, origin + 3 * scale), black); // centre
    }

    void pathCoversTheDarkModules()
    {
        const QrCode qr = QrCode::encode(SealLike);
        // Fractional positions and module sizes, as on a 1200 dpi page.
        const qreal module = 2.37;
        const QRectF target(10.3, 20.7, qr.size() * module, qr.size() * module);
        const QPainterPath path = qr.path(target);
        QVERIFY(!path.isEmpty());
        QVERIFY(target.contains(path.boundingRect()));
        for (int y = 0; y < qr.size(); ++y) {
            for (int x = 0; x < qr.size(); ++x) {
                const QPointF centre(target.left() + (x + 0.5) * module,
                                     target.top() + (y + 0.5) * module);
                QCOMPARE(path.contains(centre), qr.isDark(x, y));
            }
        }
    }

    void drawingMatchesTheImage()
    {
        // The vector drawing, rasterised at whole pixels per module, is the image exactly.
        const QrCode qr = QrCode::encode(SealLike);
        const int scale = 5;
        const QImage expected = qr.toImage(scale).convertToFormat(QImage::Format_RGB32);
        QImage drawn(expected.size(), QImage::Format_RGB32);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            const qreal origin = QrCode::QuietZone * scale;
            qr.draw(painter, QRectF(origin, origin, qr.size() * scale, qr.size() * scale));
        }
        QCOMPARE(drawn, expected);
    }

    void zbarReadsItBack()
    {
        if (!ow::test::hasTool(QStringLiteral("zbarimg")))
            QSKIP("zbarimg (Debian zbar-tools) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(QrCode::encode(SealLike).toImage(4).save(png));
        QCOMPARE(ow::test::decodeQr(png), QString::fromLatin1(SealLike));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
