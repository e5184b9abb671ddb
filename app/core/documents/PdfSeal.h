#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace ow::core {

// Carrying a document's seal text inside the PDFs OneWindow writes, so that the PDF itself can
// be checked without scanning its QR code. The text sits in the PDF's XMP metadata packet as
// <ow:seal>…</ow:seal> (namespace https://onewindow.invalid/ns/document-seal/1/); Qt writes that
// packet uncompressed, and a seal text never contains "<", so finding it needs no PDF parser.
// The PDF is not trusted for anything else: what is found must still pass DocumentSeal::verify.
class PdfSeal final
{
    Q_DECLARE_TR_FUNCTIONS(PdfSeal)

public:
    struct Extraction
    {
        QString text;  // the seal text; empty on failure
        QString error; // translated; set on failure
        bool ok() const { return !text.isEmpty(); }
    };

    // A complete XMP packet (for QPdfWriter::setDocumentXmpMetadata) with the document's title,
    // its number and the seal text.
    static QByteArray xmpMetadata(const QString &sealText, const QString &title,
                                  const QString &documentNumber);

    // The one seal text in `pdf`. Fails when there is none, when it is damaged, or when the
    // file holds several different ones (a PDF edited after it was written).
    static Extraction extract(QByteArrayView pdf);
};

// The seal text of a PDF written by OneWindow (PdfSeal::extract).
inline PdfSeal::Extraction extractSealFromPdf(const QByteArray &pdf)
{
    return PdfSeal::extract(pdf);
}

} // namespace ow::core
