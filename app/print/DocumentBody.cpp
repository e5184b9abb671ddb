#include "DocumentBody.h"

#include "DocumentFonts.h"
#include "DocumentText.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QList>
#include <QPaintDevice>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace ow::print {
namespace {

using core::OutcomeDocument;
using Kind = OutcomeDocument::Kind;

constexpr qreal BodyPointSize = 11;
constexpr qreal TablePointSize = 9.5;
constexpr qreal SmallPointSize = 8.5;
constexpr qreal RuleMm = 0.2; // table rules

struct ParagraphStyle
{
    qreal pointSize = BodyPointSize;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignJustify;
    bool indent = false; // first line indented by two characters, as Chinese letters are
    qreal topMm = 0;
    qreal bottomMm = 1.5;
    QColor color = Qt::black;
};

struct Column
{
    QString header;
    qreal percent;
};

// Appends paragraphs and tables to a QTextDocument, one after the other.
class BodyBuilder
{
public:
    BodyBuilder(QTextDocument &document, const PageMetrics &metrics, qreal devicePoint)
        : m_cursor(&document)
        , m_metrics(metrics)
        , m_devicePoint(devicePoint)
    {
        // The document starts with one empty block; keep it tiny, since the first thing
        // appended may be a table, which goes after it.
        QTextBlockFormat first;
        first.setLineHeight(0, QTextBlockFormat::FixedHeight);
        QTextCharFormat tiny;
        tiny.setFont(documentFont(1));
        m_cursor.setBlockFormat(first);
        m_cursor.setBlockCharFormat(tiny);
    }

    void paragraph(const QString &text, const ParagraphStyle &style = {})
    {
        QTextBlockFormat block;
        block.setAlignment(style.alignment);
        block.setTopMargin(m_metrics.mm(style.topMm));
        block.setBottomMargin(m_metrics.mm(style.bottomMm));
        block.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        if (style.indent) // the layout does not scale indents: device pixels
            block.setTextIndent(m_devicePoint * 2 * style.pointSize);
        const QTextCharFormat chars = charFormat(style.pointSize, style.bold, style.color);
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
        m_cursor.insertText(text, chars);
    }

    void heading(const QString &text)
    {
        paragraph(DocumentText::sectionHeading(++m_section, text),
                  {.bold = true, .alignment = Qt::AlignLeft, .topMm = 2.5, .bottomMm = 1});
    }

    // A table with a shaded header row (repeated on each page) and ruled cells.
    void table(const QList<Column> &columns, const QList<QStringList> &rows)
    {
        QTextTableFormat format = tableFormat(columns, true);
        format.setHeaderRowCount(1);
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), format);
        // With collapsed borders the rules between cells are the cells' own.
        QTextTableCellFormat ruled;
        ruled.setBorder(m_metrics.mm(RuleMm));
        ruled.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        ruled.setBorderBrush(Qt::black);
        QTextTableCellFormat header = ruled;
        header.setBackground(QColor(0xee, 0xee, 0xee));
        for (int c = 0; c < columns.size(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            cell.setFormat(header);
            fillCell(cell, columns.at(c).header, true, Qt::AlignHCenter);
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns.size(); ++c) {
                QTextTableCell cell = table->cellAt(r + 1, c);
                cell.setFormat(ruled);
                fillCell(cell, rows.at(r).value(c), false,
                         c == 0 ? Qt::AlignHCenter : Qt::AlignLeft);
            }
        }
        afterTable();
    }

    // The applicant block: label–value pairs, two pairs a row, without rules. A pair whose
    // label is followed by an empty second pair spans the whole row.
    void labelTable(const QList<QStringList> &rows)
    {
        const QList<Column> columns{{{}, 13}, {{}, 37}, {{}, 13}, {{}, 37}};
        QTextTable *table = m_cursor.insertTable(int(rows.size()), 4, tableFormat(columns, false));
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            fillCell(table->cellAt(r, 0), row.value(0), true, Qt::AlignLeft);
            fillCell(table->cellAt(r, 1), row.value(1), false, Qt::AlignLeft);
            if (row.size() <= 2) {
                table->mergeCells(r, 1, 1, 3);
                continue;
            }
            fillCell(table->cellAt(r, 2), row.value(2), true, Qt::AlignLeft);
            fillCell(table->cellAt(r, 3), row.value(3), false, Qt::AlignLeft);
        }
        afterTable();
    }

private:
    QTextCharFormat charFormat(qreal pointSize, bool bold, const QColor &color) const
    {
        QTextCharFormat format;
        format.setFont(documentFont(pointSize, bold));
        format.setForeground(color);
        return format;
    }

    QTextTableFormat tableFormat(const QList<Column> &columns, bool ruled) const
    {
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (const Column &c : columns)
            widths.append(QTextLength(QTextLength::PercentageLength, c.percent));
        format.setColumnWidthConstraints(widths);
        format.setCellSpacing(0);
        format.setCellPadding(m_metrics.mm(ruled ? 1 : 0.6));
        format.setBorder(ruled ? m_metrics.mm(RuleMm) : 0);
        format.setBorderStyle(ruled ? QTextFrameFormat::BorderStyle_Solid
                                    : QTextFrameFormat::BorderStyle_None);
        format.setBorderBrush(Qt::black);
        format.setBorderCollapse(true);
        format.setTopMargin(m_metrics.mm(1));
        format.setBottomMargin(m_metrics.mm(1.5));
        return format;
    }

    void fillCell(const QTextTableCell &cell, const QString &text, bool bold,
                  Qt::Alignment alignment) const
    {
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(alignment);
        // One fixed line height for every cell, whatever font a line falls back to (digits
        // come from DejaVu, Chinese from Noto CJK), so that the cells of a row break across
        // pages at the same line and a row's number never parts from its text.
        block.setLineHeight(m_metrics.pt(TablePointSize * 1.45), QTextBlockFormat::FixedHeight);
        // Only the text gets a character format: the cell's first block character carries the
        // cell's own format (borders, background).
        cursor.setBlockFormat(block);
        cursor.insertText(text, charFormat(TablePointSize, bold, Qt::black));
    }

    void afterTable()
    {
        // A table is followed by an empty block; the next paragraph fills it.
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
    }

    QTextCursor m_cursor;
    PageMetrics m_metrics; // for format lengths, which the layout scales to the device
    qreal m_devicePoint;   // one point in device pixels
    bool m_reuseBlock = false;
    int m_section = 0;
};

// QTextDocument's layout scales most lengths of formats (margins, paddings, borders, fixed line
// heights; not text indents) from the screen's resolution to its paint device's, so they are
// given in "screen pixels". How many device pixels one of them is, measured on the layout.
qreal formatLengthScale(QTextDocument &body)
{
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(body.documentLayout()->paintDevice());
    constexpr qreal Probe = 1000;
    probe.setDocumentMargin(Probe);
    probe.setPlainText(QStringLiteral("x"));
    const qreal top = probe.documentLayout()->blockBoundingRect(probe.firstBlock()).top();
    return top > 0 ? top / Probe : 1;
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? DocumentText::none() : text;
}

QList<QStringList> applicantRows(const OutcomeDocument &d)
{
    using namespace DocumentText;
    QList<QStringList> rows;
    rows.append(
        {applicantLabel(), orNone(d.applicantName), idNumberLabel(), orNone(d.applicantIdMasked)});
    if (!d.agentName.isEmpty())
        rows.append({agentLabel(), d.agentName});
    rows.append({subjectLabel(), orNone(d.subjectName)});
    rows.append({windowLabel(), orNone(d.windowName), clerkLabel(), orNone(d.clerkName)});
    rows.append({issuedLabel(d.kind), DocumentText::dateTime(d.issuedAt)});
    return rows;
}

void addMatters(BodyBuilder &body, const OutcomeDocument &d)
{
    using namespace DocumentText;
    if (d.matters.isEmpty())
        return;
    bool withTimes = false;
    for (const core::OutcomeMatterLine &m : d.matters)
        withTimes = withTimes || m.deadline.isValid() || m.promisedDays > 0;
    body.heading(mattersHeading());
    QList<QStringList> rows;
    int n = 0;
    for (const core::OutcomeMatterLine &m : d.matters) {
        QStringList row{QString::number(++n), orNone(m.name), orNone(m.department)};
        if (withTimes)
            row << workingDays(m.promisedDays) << DocumentText::date(m.deadline);
        rows.append(row);
    }
    if (withTimes) {
        body.table({{numberColumn(), 7},
                    {matterColumn(), 32},
                    {departmentColumn(), 22},
                    {promisedColumn(), 15},
                    {deadlineColumn(), 24}},
                   rows);
    } else {
        body.table({{numberColumn(), 8}, {matterColumn(), 56}, {departmentColumn(), 36}}, rows);
    }
}

void addMaterials(BodyBuilder &body, const OutcomeDocument &d)
{
    using namespace DocumentText;
    if (d.materials.isEmpty())
        return;
    body.heading(materialsHeading(d.kind));
    QList<QStringList> rows;
    int n = 0;
    for (const core::OutcomeMaterialLine &m : d.materials)
        rows.append({QString::number(++n), orNone(m.name), orNone(m.status)});
    body.table({{numberColumn(), 8}, {materialColumn(), 52}, {materialStatusColumn(), 40}}, rows);
}

void addNoticeItems(BodyBuilder &body, const OutcomeDocument &d)
{
    using namespace DocumentText;
    body.heading(noticeItemsHeading());
    QList<QStringList> rows;
    int n = 0;
    for (const core::OutcomeNoticeItem &item : d.noticeItems)
        rows.append({QString::number(++n), orNone(item.name), orNone(item.whatIsNeeded)});
    body.table({{numberColumn(), 8}, {noticeItemColumn(), 36}, {whatIsNeededColumn(), 56}}, rows);
}

void addKindSections(BodyBuilder &body, const OutcomeDocument &d)
{
    using namespace DocumentText;
    switch (d.kind) {
    case Kind::Receipt:
        addMatters(body, d);
        addMaterials(body, d);
        if (d.deadline.isValid())
            body.paragraph(deadlineLine(d.deadline), {.bold = true, .topMm = 1.5});
        return;
    case Kind::OneTimeNotice:
        addMatters(body, d);
        addNoticeItems(body, d);
        addMaterials(body, d);
        return;
    case Kind::Refusal:
        addMatters(body, d);
        body.heading(reasonHeading());
        body.paragraph(orNone(d.refusalReason), {.indent = true});
        body.heading(legalBasisHeading());
        body.paragraph(orNone(d.legalBasis), {.indent = true});
        return;
    case Kind::CommitmentLetter:
        addMatters(body, d);
        addMaterials(body, d);
        body.heading(commitmentHeading());
        if (!d.commitmentText.trimmed().isEmpty())
            body.paragraph(d.commitmentText, {.indent = true});
        body.paragraph(applicantPledge(), {.indent = true});
        body.paragraph(applicantSignatureLine(),
                       {.alignment = Qt::AlignRight, .topMm = 4, .bottomMm = 3});
        return;
    }
}

} // namespace

void buildDocumentBody(QTextDocument &document, const OutcomeDocument &d, const QString &keyId)
{
    using namespace DocumentText;
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    const qreal deviceDpi = device ? device->logicalDpiY() : 96;
    const PageMetrics metrics{deviceDpi / formatLengthScale(document)};
    document.setDocumentMargin(0);
    document.setDefaultFont(documentFont(BodyPointSize));
    BodyBuilder body(document, metrics, deviceDpi / 72);

    body.labelTable(applicantRows(d));
    body.paragraph(salutation(orNone(d.applicantName)),
                   {.alignment = Qt::AlignLeft, .topMm = 2, .bottomMm = 1});
    body.paragraph(introduction(d), {.indent = true});
    addKindSections(body, d);
    body.paragraph(closing(d.kind), {.indent = true, .topMm = 2});
    if (!d.note.trimmed().isEmpty())
        body.paragraph(noteLine(d.note), {.indent = true});

    const ParagraphStyle issuer{.alignment = Qt::AlignRight, .bottomMm = 0.5};
    ParagraphStyle first = issuer;
    first.topMm = 4;
    body.paragraph(DocumentText::issuer(orNone(d.hallName), d.windowName), first);
    body.paragraph(clerkSignature(orNone(d.clerkName)), issuer);
    body.paragraph(DocumentText::date(d.issuedAt.date()), issuer);
    body.paragraph(sealStatement(keyId), {.pointSize = SmallPointSize,
                                          .alignment = Qt::AlignLeft,
                                          .topMm = 3,
                                          .color = QColor(0x44, 0x44, 0x44)});
}

} // namespace ow::print
