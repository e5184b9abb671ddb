#pragma once

#include "core/documents/OutcomeDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPagedPaintDevice;
class QPrinter;

namespace ow::print {

// Lays an outcome document out on A4 pages: the title of its kind, the hall and the document
// number, the sealed QR code (top right of every page, its number under it), the applicant
// block, the letter with its tables, the issuer's block and a footer with the page number.
// Text is Chinese (DocumentText); fonts come from DocumentFonts.
//
// `sealText` is the document's DocumentSeal text: it must belong to this document (same kind
// and number). PDFs also carry it in their XMP metadata (PdfSeal) so that the file itself can
// be verified. Needs a QGuiApplication (fonts); paints on the calling thread.
class DocumentRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    DocumentRenderer(core::OutcomeDocument document, QString sealText);

    // PDF into an open, writable device.
    bool writePdf(QIODevice *device, QString *error = nullptr) const;
    // PDF file, written atomically (nothing is left behind on failure).
    bool writePdf(const QString &fileName, QString *error = nullptr) const;
    // PDF bytes; empty on failure.
    QByteArray toPdf(QString *error = nullptr) const;

    // To a printer the caller set up (e.g. with QPrintDialog). Sets A4 portrait and the job's
    // name; keeps everything else the user chose.
    bool print(QPrinter &printer, QString *error = nullptr) const;

    // Paints every page onto a paged device already set to A4 (what the functions above use).
    bool render(QPagedPaintDevice &device, QString *error = nullptr) const;

private:
    QString documentTitle() const;

    core::OutcomeDocument m_document;
    QString m_sealText;
};

} // namespace ow::print
