// DocumentRenderer: the four outcome documents as PDFs and on a printer, read back with
// pdftotext / pdftoppm / zbarimg, and their seals found in the PDF and verified.
#include "print/PdfTools.h"
#include "print/SampleDocument.h"

#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/documents/PdfSeal.h"
#include "print/DocumentFonts.h"
#include "print/DocumentRenderer.h"

#include <QFile>
#include <QPrinter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ow::core::DocumentSeal;
using ow::core::OutcomeDocument;
using ow::core::SealVerification;
using ow::print::DocumentRenderer;
using Kind = OutcomeDocument::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

// pdftotext output, with compatibility characters folded: Qt 6.4's PDF writer maps some
// glyphs of Noto CJK back to their Kangxi radical (⼀ U+2F00 for 一), which NFKC undoes.
QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private:
    ow::core::Sm2Key m_key;
    QString m_keyId;
    QTemporaryDir m_dir;

    QString sealOf(const OutcomeDocument &d)
    {
        const ow::core::SealResult r =
            DocumentSeal::seal(d, ow::test::SampleSubjectCode, m_key, m_keyId);
        if (!r.ok())
            qWarning() << r.error;
        return r.text;
    }

    // Renders `d` to a PDF file; its path, or empty on failure.
    QString writePdf(const OutcomeDocument &d, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!DocumentRenderer(d, sealOf(d)).writePdf(path, &error)) {
            qWarning() << error;
            return {};
        }
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_key.generate());
        m_keyId = DocumentSeal::keyIdOf(m_key);
        QVERIFY2(ow::test::hasTool(QStringLiteral("pdftotext"))
                     && ow::test::hasTool(QStringLiteral("pdftoppm")),
                 "pdftotext and pdftoppm (Debian poppler-utils, see scripts/setup.sh) are needed");
    }

    void fontsCoverRareCharacters()
    {
        QVERIFY(ow::print::documentFontsInstalled());
        const QStringList families = ow::print::documentFontFamilies();
        QVERIFY(families.contains(QStringLiteral("Noto Sans CJK SC")));
        const QRawFont cjk = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(cjk.isValid());
        QVERIFY(cjk.supportsCharacter(0x20BB7)); // 𠮷
        QVERIFY(cjk.supportsCharacter(0x5F20));  // 张
    }

    void rendersEachKind_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("receipt") << Kind::Receipt << QStringLiteral("受理回执")
                                 << QStringList{QStringLiteral("企业设立登记"),
                                                QStringLiteral("区市场监督管理局"),
                                                QStringLiteral("原件已核验"),
                                                QStringLiteral("2026年11月26日")};
        QTest::newRow("notice") << Kind::OneTimeNotice << QStringLiteral("一次性告知书")
                                << QStringList{QStringLiteral("需要补正的全部内容"),
                                               QStringLiteral("需提供全体股东签字的原件1份"),
                                               QStringLiteral("行政许可法")};
        QTest::newRow("refusal") << Kind::Refusal << QStringLiteral("不予受理通知书")
                                 << QStringList{QStringLiteral("不属于本机关职权范围"),
                                                QStringLiteral("第三十二条"),
                                                QStringLiteral("行政复议")};
        QTest::newRow("commitment")
            << Kind::CommitmentLetter << QStringLiteral("告知承诺书")
            << QStringList{QStringLiteral("住所使用证明"), QStringLiteral("30日内补交"),
                           QStringLiteral("承诺人（签字）")};
    }

    void rendersEachKind()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, title);
        QFETCH(QStringList, mustContain);
        const OutcomeDocument d = ow::test::sampleDocument(kind);
        const QString path = writePdf(d, QStringLiteral("%1.pdf").arg(int(kind)));
        QVERIFY(!path.isEmpty());
        QVERIFY(readAll(path).startsWith("%PDF-"));

        const QString text = normalized(ow::test::pdfText(path));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        QVERIFY2(text.contains(d.documentNumber), qPrintable(text));
        QVERIFY2(text.contains(normalized(title)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("110105********002X")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("张")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("企业开办一件事")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("深圳市南山区政务服务中心")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0755-12345678")), qPrintable(text));
        QVERIFY2(text.contains(m_keyId), qPrintable(text));
        for (const QString &s : mustContain) {
            QVERIFY2(text.contains(normalized(s)),
                     qPrintable(s + QStringLiteral(" missing in:\n") + text));
        }

        // Qt 6.4's PDF writer maps glyphs back to text only through the BMP (QFontSubset's
        // reverse cmap stops at U+FFFF), so 𠮷 is drawn but not extractable. If this starts to
        // pass, Qt was fixed: drop the expectation.
        QEXPECT_FAIL("", "Qt 6.4 QPdfWriter cannot map characters outside the BMP to text",
                     Continue);
        QVERIFY(text.contains(ow::test::SampleApplicant));
    }

    void rareCharacterIsDrawn()
    {
        // 𠮷 is not extractable (see above), so look at the page: the name drawn with 𠮷
        // differs both from the name without it and from a character no font has (which Qt
        // draws as a missing-glyph box, or not at all).
        OutcomeDocument d = ow::test::sampleDocument(Kind::Receipt);
        const QString seal = sealOf(d);
        QStringList pngs;
        const QStringList names{QStringLiteral("张𠮷"), QStringLiteral("张"),
                                QStringLiteral("张") + QString::fromUcs4(U"\U0010FFFD", 1)};
        for (qsizetype i = 0; i < names.size(); ++i) {
            d.applicantName = names.at(i);
            const QString pdf = m_dir.filePath(QStringLiteral("name%1.pdf").arg(i));
            QString error;
            QVERIFY2(DocumentRenderer(d, seal).writePdf(pdf, &error), qPrintable(error));
            const QString png =
                ow::test::rasterPage(pdf, m_dir.filePath(QStringLiteral("name%1").arg(i)), 100);
            QVERIFY(!png.isEmpty());
            pngs.append(png);
        }
        const QImage drawn(pngs.at(0));
        QVERIFY(!drawn.isNull());
        QVERIFY(drawn != QImage(pngs.at(1)));
        QVERIFY(drawn != QImage(pngs.at(2)));
    }

    void sealIsFoundInThePdfAndVerifies_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("receipt") << Kind::Receipt;
        QTest::newRow("notice") << Kind::OneTimeNotice;
        QTest::newRow("refusal") << Kind::Refusal;
        QTest::newRow("commitment") << Kind::CommitmentLetter;
    }

    void sealIsFoundInThePdfAndVerifies()
    {
        QFETCH(Kind, kind);
        const OutcomeDocument d = ow::test::sampleDocument(kind);
        const QString seal = sealOf(d);
        QString error;
        const QByteArray pdf = DocumentRenderer(d, seal).toPdf(&error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));

        const ow::core::PdfSeal::Extraction found = ow::core::extractSealFromPdf(pdf);
        QVERIFY2(found.ok(), qPrintable(found.error));
        QCOMPARE(found.text, seal);
        const SealVerification v = DocumentSeal::verify(found.text, m_key);
        QVERIFY2(v.isValid(), qPrintable(v.reason));
        QCOMPARE(v.fields->kind, kind);
        QCOMPARE(v.fields->documentNumber, d.documentNumber);
        QCOMPARE(v.fields->issuedOn, d.issuedAt.date());
        QCOMPARE(v.fields->deadline, d.deadline);
    }

    void tamperedPdfSealFails()
    {
        const OutcomeDocument d = ow::test::sampleDocument(Kind::Receipt);
        QByteArray pdf = DocumentRenderer(d, sealOf(d)).toPdf();
        QVERIFY(!pdf.isEmpty());
        // Change one byte of the number inside the sealed metadata: 000123 → 000124.
        const qsizetype at = pdf.indexOf("<ow:seal>OW1|R|W01-2026-000123|");
        QVERIFY(at >= 0);
        const qsizetype digit = at + qsizetype(qstrlen("<ow:seal>OW1|R|W01-2026-00012"));
        QCOMPARE(pdf.at(digit), '3');
        pdf[digit] = '4';
        const ow::core::PdfSeal::Extraction found = ow::core::extractSealFromPdf(pdf);
        QVERIFY(found.ok());
        const SealVerification v = DocumentSeal::verify(found.text, m_key);
        QVERIFY(!v.isValid());
        QCOMPARE(v.status, SealVerification::Status::BadSignature);
    }

    void qrCodeOnThePageDecodes()
    {
        if (!ow::test::hasTool(QStringLiteral("zbarimg")))
            QSKIP("zbarimg (Debian zbar-tools) is not installed");
        const OutcomeDocument d = ow::test::sampleDocument(Kind::Receipt);
        const QString seal = sealOf(d);
        const QString pdf = m_dir.filePath(QStringLiteral("qr.pdf"));
        QVERIFY(DocumentRenderer(d, seal).writePdf(pdf));
        // 150 dpi: about what a phone camera sees of a 28 mm code.
        const QString png = ow::test::rasterPage(pdf, m_dir.filePath(QStringLiteral("qr")), 150);
        QVERIFY(!png.isEmpty());
        const QString decoded = ow::test::decodeQr(png);
        QCOMPARE(decoded, seal);
        QVERIFY(DocumentSeal::verify(decoded, m_key).isValid());
    }

    void longNoticeRunsOverPages()
    {
        OutcomeDocument d = ow::test::sampleDocument(Kind::OneTimeNotice);
        d.noticeItems.clear();
        for (int i = 1; i <= 60; ++i) {
            d.noticeItems.append(
                {QStringLiteral("补正材料%1").arg(i),
                 QStringLiteral("需提供原件1份并加盖公章，复印件注明“与原件一致”")});
        }
        const QString path = writePdf(d, QStringLiteral("long.pdf"));
        QVERIFY(!path.isEmpty());
        // 页 comes back as the radical ⻚ (U+2EDA, which NFKC leaves alone): match any character.
        const QRegularExpression footer(QStringLiteral("第(\\d+)\\S 共(\\d+)\\S"));
        const QString first = normalized(ow::test::pdfText(path, 1));
        QRegularExpressionMatch m = footer.match(first);
        QVERIFY2(m.hasMatch(), qPrintable(first));
        QCOMPARE(m.captured(1), QStringLiteral("1"));
        const int pages = m.captured(2).toInt();
        QVERIFY(pages >= 2);
        const QString second = normalized(ow::test::pdfText(path, 2));
        QVERIFY2(second.contains(normalized(QStringLiteral("一次性告知书（续"))),
                 qPrintable(second));
        QVERIFY(second.contains(d.documentNumber));
        m = footer.match(second);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1), QStringLiteral("2"));
        QCOMPARE(m.captured(2).toInt(), pages);
        const QString all = normalized(ow::test::pdfText(path));
        QVERIFY(all.contains(QStringLiteral("补正材料2")));
        QVERIFY(all.contains(QStringLiteral("补正材料60")));
        QVERIFY(ow::core::extractSealFromPdf(readAll(path)).ok());
    }

    void printsToAPrinter()
    {
        const OutcomeDocument d = ow::test::sampleDocument(Kind::Refusal);
        const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QString error;
        QVERIFY2(DocumentRenderer(d, sealOf(d)).print(printer, &error), qPrintable(error));
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        const QString text = normalized(ow::test::pdfText(path));
        QVERIFY2(text.contains(QStringLiteral("不予受理通知书")), qPrintable(text));
        QVERIFY2(text.contains(d.documentNumber), qPrintable(text));
    }

    void refusesASealOfAnotherDocument()
    {
        const OutcomeDocument receipt = ow::test::sampleDocument(Kind::Receipt);
        const OutcomeDocument notice = ow::test::sampleDocument(Kind::OneTimeNotice);
        QString error;
        QVERIFY(DocumentRenderer(receipt, sealOf(notice)).toPdf(&error).isEmpty());
        QVERIFY(error.contains(notice.documentNumber));
        error.clear();
        QVERIFY(DocumentRenderer(receipt, QStringLiteral("not a seal")).toPdf(&error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void failedFileWriteLeavesNothing()
    {
        const OutcomeDocument d = ow::test::sampleDocument(Kind::Receipt);
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/receipt.pdf"));
        QString error;
        QVERIFY(!DocumentRenderer(d, sealOf(d)).writePdf(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!DocumentRenderer(d, sealOf(d)).writePdf(static_cast<QIODevice *>(nullptr)));
    }
};

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
