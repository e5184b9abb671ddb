#include "PdfSeal.h"

#include "DocumentSeal.h"

#include <QStringList>

namespace ow::core {
namespace {

constexpr QByteArrayView OpenTag{"<ow:seal>"};
constexpr QByteArrayView CloseTag{"</ow:seal>"};

QByteArray xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray PdfSeal::xmpMetadata(const QString &sealText, const QString &title,
                                const QString &documentNumber)
{
    QByteArray xmp;
    xmp += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
           "    xmlns:ow=\"https://onewindow.invalid/ns/document-seal/1/\">\n"
           "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    xmp += xmlText(title);
    xmp += "</rdf:li></rdf:Alt></dc:title>\n"
           "   <dc:identifier>";
    xmp += xmlText(documentNumber);
    xmp += "</dc:identifier>\n"
           "   <xmp:CreatorTool>OneWindow</xmp:CreatorTool>\n"
           "   ";
    xmp += OpenTag;
    xmp += xmlText(sealText);
    xmp += CloseTag;
    xmp += "\n"
           "  </rdf:Description>\n"
           " </rdf:RDF>\n"
           "</x:xmpmeta>\n"
           "<?xpacket end=\"r\"?>";
    return xmp;
}

PdfSeal::Extraction PdfSeal::extract(QByteArrayView pdf)
{
    QStringList found;
    bool damaged = false;
    qsizetype from = 0;
    while (from < pdf.size()) {
        const qsizetype open = pdf.indexOf(OpenTag, from);
        if (open < 0)
            break;
        const qsizetype start = open + OpenTag.size();
        // A seal is short: look for its end only as far as the longest seal reaches.
        const QByteArrayView window = pdf.sliced(
            start, qMin(pdf.size() - start, DocumentSeal::MaximumTextSize + CloseTag.size() + 2));
        const qsizetype length = window.indexOf(CloseTag);
        if (length < 0) {
            damaged = true;
            from = start;
            continue;
        }
        const QString text = QString::fromLatin1(window.first(length)).trimmed();
        if (text.isEmpty())
            damaged = true;
        else if (!found.contains(text))
            found.append(text);
        from = start + length + CloseTag.size();
    }

    Extraction result;
    if (found.size() == 1) {
        result.text = found.constFirst();
    } else if (found.size() > 1) {
        result.error = tr("The PDF holds %1 different document seals: it was changed after "
                          "OneWindow wrote it.")
                           .arg(found.size());
    } else if (damaged) {
        result.error = tr("The document seal in the PDF is damaged.");
    } else {
        result.error = tr("The PDF has no OneWindow document seal: it was not written by "
                          "OneWindow, or it was saved again by another program.");
    }
    return result;
}

} // namespace ow::core
