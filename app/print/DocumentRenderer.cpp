#include "DocumentRenderer.h"

#include "DocumentBody.h"
#include "DocumentFonts.h"
#include "DocumentText.h"
#include "PrintLogging.h"
#include "QrCode.h"

#include "core/documents/DocumentSeal.h"
#include "core/documents/PdfSeal.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

#include <utility>

namespace ow::print {
namespace {

// Page geometry in millimetres from the top left corner of an A4 sheet.
constexpr qreal SideMargin = 20;
constexpr qreal HeaderTop = 12;
constexpr qreal QrSide = 28;
constexpr qreal TitleTop = 20;
constexpr qreal NumberTop = 31;
constexpr qreal HeaderRule = 50;
constexpr qreal BodyTop = 53;
constexpr qreal BodyBottomGap = 19; // from the bottom edge
constexpr qreal FooterRuleGap = 16;
constexpr qreal FooterTextGap = 14.5;

const QColor Grey(0x44, 0x44, 0x44);

// Paints the pages of one document on one device.
class PagePainter
{
public:
    PagePainter(QPainter &painter, const PageMetrics &metrics, QSizeF page,
                const core::OutcomeDocument &document, const QrCode &qr)
        : m_painter(painter)
        , m_m(metrics)
        , m_page(page)
        , m_document(document)
        , m_qr(qr)
    {}

    QRectF bodyRect() const
    {
        const qreal left = m_m.mm(SideMargin);
        const qreal top = m_m.mm(BodyTop);
        return {left, top, m_page.width() - 2 * left,
                m_page.height() - top - m_m.mm(BodyBottomGap)};
    }

    void header(int page)
    {
        const qreal left = m_m.mm(SideMargin);
        const qreal right = m_page.width() - left;
        const QRectF qrRect(right - m_m.mm(QrSide), m_m.mm(HeaderTop), m_m.mm(QrSide),
                            m_m.mm(QrSide));
        m_qr.draw(m_painter, qrRect);

        m_painter.save();
        m_painter.setPen(Grey);
        m_painter.setFont(documentFont(7.5));
        const QRectF under(qrRect.left() - m_m.mm(8), qrRect.bottom() + m_m.mm(1.5),
                           qrRect.width() + m_m.mm(16), m_m.mm(4));
        m_painter.drawText(under, Qt::AlignHCenter | Qt::AlignTop, m_document.documentNumber);
        m_painter.drawText(under.translated(0, m_m.mm(3.5)), Qt::AlignHCenter | Qt::AlignTop,
                           DocumentText::qrCaption());
        m_painter.setFont(documentFont(9));
        m_painter.drawText(
            QRectF(left, m_m.mm(HeaderTop), qrRect.left() - left - m_m.mm(5), m_m.mm(5)),
            Qt::AlignLeft | Qt::AlignTop, m_document.hallName);
        m_painter.restore();

        const QRectF line(left, 0, right - left, m_m.mm(12));
        m_painter.setPen(Qt::black);
        m_painter.setFont(documentFont(20, true));
        m_painter.drawText(line.translated(0, m_m.mm(TitleTop)), Qt::AlignHCenter | Qt::AlignTop,
                           page == 0 ? DocumentText::title(m_document.kind)
                                     : DocumentText::continuedTitle(m_document.kind));
        m_painter.setFont(documentFont(10.5));
        m_painter.drawText(line.translated(0, m_m.mm(NumberTop)), Qt::AlignHCenter | Qt::AlignTop,
                           DocumentText::numberLine(m_document.documentNumber));
        rule(m_m.mm(HeaderRule), 0.4);
    }

    void body(QTextDocument &body, int page)
    {
        const QRectF area = bodyRect();
        m_painter.save();
        m_painter.setClipRect(area);
        m_painter.translate(area.left(), area.top() - page * area.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * area.height(), area.width(), area.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        body.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }

    void footer(int page, int pages)
    {
        const qreal left = m_m.mm(SideMargin);
        const qreal width = m_page.width() - 2 * left;
        rule(m_page.height() - m_m.mm(FooterRuleGap), 0.2);
        const QRectF line(left, m_page.height() - m_m.mm(FooterTextGap), width, m_m.mm(5));
        m_painter.save();
        m_painter.setPen(Grey);
        m_painter.setFont(documentFont(8.5));
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignTop,
                           DocumentText::contactLine(m_document.hallContact, m_document.hallPhone));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignTop,
                           DocumentText::pageOf(page + 1, pages));
        m_painter.restore();
    }

private:
    void rule(qreal y, qreal widthMm)
    {
        const qreal left = m_m.mm(SideMargin);
        m_painter.save();
        m_painter.setPen(QPen(Qt::black, m_m.mm(widthMm)));
        m_painter.drawLine(QPointF(left, y), QPointF(m_page.width() - left, y));
        m_painter.restore();
    }

    QPainter &m_painter;
    PageMetrics m_m;
    QSizeF m_page;
    const core::OutcomeDocument &m_document;
    const QrCode &m_qr;
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

DocumentRenderer::DocumentRenderer(core::OutcomeDocument document, QString sealText)
    : m_document(std::move(document))
    , m_sealText(std::move(sealText))
{}

QString DocumentRenderer::documentTitle() const
{
    return QStringLiteral("%1 %2").arg(DocumentText::title(m_document.kind),
                                       m_document.documentNumber);
}

bool DocumentRenderer::render(QPagedPaintDevice &device, QString *error) const
{
    const core::SealVerification seal = core::DocumentSeal::parse(m_sealText);
    if (!seal.fields) {
        setError(error, tr("The document's seal is not valid: %1").arg(seal.reason));
        return false;
    }
    if (seal.fields->documentNumber != m_document.documentNumber
        || seal.fields->kind != m_document.kind) {
        setError(error, tr("The seal belongs to another document (%1), not to %2.")
                            .arg(seal.fields->documentNumber, m_document.documentNumber));
        return false;
    }
    QString qrError;
    const QrCode qr = QrCode::encode(m_sealText.toLatin1(), &qrError);
    if (qr.isNull()) {
        setError(error, qrError);
        return false;
    }
    static const bool fontsChecked = [] {
        if (!documentFontsInstalled()) {
            qCWarning(lcPrint) << "Document fonts missing; install fonts-dejavu-core and"
                               << "fonts-noto-cjk. Wanted:" << documentFontFamilies();
        }
        return true;
    }();
    Q_UNUSED(fontsChecked)

    QPainter painter;
    if (!painter.begin(&device)) {
        setError(error, tr("Printing could not start."));
        return false;
    }
    const PageMetrics metrics{qreal(device.logicalDpiY())};
    const QPageLayout layout = device.pageLayout();
    const int dpi = device.logicalDpiY();
    const QRect full = layout.fullRectPixels(dpi);
    // Work in page coordinates whatever margins the device keeps.
    painter.translate(-QPointF(layout.paintRectPixels(dpi).topLeft()));

    PagePainter pages(painter, metrics, full.size(), m_document, qr);
    QTextDocument body;
    body.documentLayout()->setPaintDevice(&device);
    buildDocumentBody(body, m_document, seal.fields->keyId);
    body.setPageSize(pages.bodyRect().size());
    const int pageCount = body.pageCount();

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            setError(error, tr("Page %1 could not be started.").arg(page + 1));
            return false;
        }
        pages.header(page);
        pages.body(body, page);
        pages.footer(page, pageCount);
    }
    if (!painter.end()) {
        setError(error, tr("The document could not be finished."));
        return false;
    }
    return true;
}

bool DocumentRenderer::writePdf(QIODevice *device, QString *error) const
{
    if (!device || !device->isWritable()) {
        setError(error, tr("There is nowhere to write the PDF."));
        return false;
    }
    QPdfWriter writer(device);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(documentTitle());
    writer.setCreator(QStringLiteral("OneWindow"));
    writer.setDocumentXmpMetadata(core::PdfSeal::xmpMetadata(
        m_sealText, DocumentText::title(m_document.kind), m_document.documentNumber));
    return render(writer, error);
}

bool DocumentRenderer::writePdf(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("The PDF %1 cannot be written: %2").arg(fileName, file.errorString()));
        return false;
    }
    if (!writePdf(&file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, tr("The PDF %1 cannot be written: %2").arg(fileName, file.errorString()));
        return false;
    }
    return true;
}

QByteArray DocumentRenderer::toPdf(QString *error) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!writePdf(&buffer, error))
        return {};
    buffer.close();
    return pdf;
}

bool DocumentRenderer::print(QPrinter &printer, QString *error) const
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(documentTitle());
    return render(printer, error);
}

} // namespace ow::print
