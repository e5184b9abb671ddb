// Finding a document's seal text in the XMP metadata of a PDF, without a PDF parser.
#include "core/documents/DocumentSeal.h"
#include "core/documents/PdfSeal.h"

#include <QTest>

using ow::core::PdfSeal;

namespace {

const QString Seal = QStringLiteral("OW1|R|W01-2026-000123|20261123|YJS4403000001|20261208|"
                                    "0123456789abcdef|")
                     + QString(86, u'A');

// A stand-in for a PDF: some objects, the metadata stream, more objects.
QByteArray pdfWith(const QByteArray &metadata)
{
    return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Type /Metadata "
           "/Subtype /XML /Length "
           + QByteArray::number(metadata.size()) + " >>\nstream\n" + metadata
           + "\nendstream\nendobj\n3 0 obj\n<< /Filter /FlateDecode "
             ">>\nstream\n\x78\x9c\x01\xff<ow:\nendstream\nendobj\n%%EOF\n";
}

} // namespace

class TestDocumentSealPdf : public QObject
{
    Q_OBJECT

private slots:
    void xmpPacketIsWellFormed()
    {
        const QByteArray xmp =
            PdfSeal::xmpMetadata(Seal, QStringLiteral("受理回执"), QStringLiteral("W01-1"));
        QVERIFY(xmp.startsWith("<?xpacket begin="));
        QVERIFY(xmp.endsWith("<?xpacket end=\"r\"?>"));
        QVERIFY(xmp.contains("<ow:seal>" + Seal.toLatin1() + "</ow:seal>"));
        QVERIFY(xmp.contains(QStringLiteral("受理回执").toUtf8()));
        QVERIFY(xmp.contains("xmlns:ow=\"https://onewindow.invalid/ns/document-seal/1/\""));
    }

    void xmpEscapesMarkup()
    {
        const QByteArray xmp =
            PdfSeal::xmpMetadata(Seal, QStringLiteral("a<b&c"), QStringLiteral("</ow:seal>"));
        QVERIFY(xmp.contains("a&lt;b&amp;c"));
        QCOMPARE(xmp.count("</ow:seal>"), 1);
        QCOMPARE(PdfSeal::extract(pdfWith(xmp)).text, Seal);
    }

    void extractsTheSeal()
    {
        const QByteArray pdf = pdfWith(PdfSeal::xmpMetadata(Seal, QStringLiteral("受理回执"),
                                                            QStringLiteral("W01-2026-000123")));
        const PdfSeal::Extraction e = ow::core::extractSealFromPdf(pdf);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text, Seal);
        QVERIFY(e.error.isEmpty());
    }

    void sameSealTwiceIsFine()
    {
        // E.g. a PDF saved incrementally with its metadata unchanged.
        const QByteArray xmp = PdfSeal::xmpMetadata(Seal, QStringLiteral("t"), QStringLiteral("n"));
        QCOMPARE(PdfSeal::extract(pdfWith(xmp) + pdfWith(xmp)).text, Seal);
    }

    void noSeal()
    {
        const PdfSeal::Extraction e = PdfSeal::extract(pdfWith("<x:xmpmeta/>"));
        QVERIFY(!e.ok());
        QVERIFY(!e.error.isEmpty());
        QVERIFY(!PdfSeal::extract(QByteArray()).ok());
        QVERIFY(!PdfSeal::extract("%PDF-1.4\n").ok());
    }

    void twoDifferentSealsAreRefused()
    {
        QString other = Seal;
        other.replace(QStringLiteral("000123"), QStringLiteral("000999"));
        const QByteArray pdf =
            pdfWith(PdfSeal::xmpMetadata(Seal, QStringLiteral("t"), QStringLiteral("n")))
            + pdfWith(PdfSeal::xmpMetadata(other, QStringLiteral("t"), QStringLiteral("n")));
        const PdfSeal::Extraction e = PdfSeal::extract(pdf);
        QVERIFY(!e.ok());
        QVERIFY(e.error.contains(u'2'));
    }

    void damagedSeal_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("no end") << pdfWith("<ow:seal>OW1|R|W01");
        QTest::newRow("empty") << pdfWith("<ow:seal></ow:seal>");
        QTest::newRow("end too far") << pdfWith("<ow:seal>" + QByteArray(1000, 'A') + "</ow:seal>");
        QTest::newRow("truncated file") << QByteArray("%PDF-1.4\n<ow:seal>OW1|R|");
        QTest::newRow("tag at the very end") << QByteArray("%PDF-1.4\n<ow:seal>");
    }

    void damagedSeal()
    {
        QFETCH(QByteArray, pdf);
        const PdfSeal::Extraction e = PdfSeal::extract(pdf);
        QVERIFY(!e.ok());
        QVERIFY(!e.error.isEmpty());
    }

    void hugeInputWithoutSeal()
    {
        QByteArray big(8 * 1024 * 1024, 'x');
        for (qsizetype i = 0; i < big.size(); i += 4096)
            big.replace(i, 9, "<ow:seal>");
        QVERIFY(!PdfSeal::extract(big).ok());
    }
};

QTEST_GUILESS_MAIN(TestDocumentSealPdf)
#include "tst_documentseal_pdf.moc"
