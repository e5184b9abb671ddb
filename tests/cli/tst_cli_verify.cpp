// Drives `onewindow-cli verify-receipt` (the real binary) on PDFs and QR texts, as someone
// checking a receipt offline would.
#include "print/SampleDocument.h"
#include "support/CliRunner.h"

#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/security/WorkstationKeys.h"
#include "print/DocumentRenderer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using ow::core::DocumentSeal;
using ow::core::OutcomeDocument;
using ow::test::CliRun;
using ow::test::runCli;

namespace {

QByteArray describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.out, r.err)
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ow::core::Sm2Key m_key;
    QString m_keyId;
    QString m_seal;
    QString m_pdf;
    QString m_publicKey;
    QString m_otherPublicKey;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_key.generate());
        m_keyId = DocumentSeal::keyIdOf(m_key);
        const OutcomeDocument d = ow::test::sampleDocument(OutcomeDocument::Kind::Receipt);
        const ow::core::SealResult sealed =
            DocumentSeal::seal(d, ow::test::SampleSubjectCode, m_key, m_keyId);
        QVERIFY2(sealed.ok(), qPrintable(sealed.error));
        m_seal = sealed.text;

        m_pdf = path(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(ow::print::DocumentRenderer(d, m_seal).writePdf(m_pdf, &error), qPrintable(error));
        m_publicKey = path(QStringLiteral("window.pem"));
        QVERIFY(writeFile(m_publicKey, m_key.exportPublicKeyPem()));
        ow::core::Sm2Key other;
        QVERIFY(other.generate());
        m_otherPublicKey = path(QStringLiteral("other.pem"));
        QVERIFY(writeFile(m_otherPublicKey, other.exportPublicKeyPem()));
    }

    void validPdf()
    {
        const CliRun r = runCli({"verify-receipt", m_pdf, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.startsWith(QStringLiteral("VALID")), describe(r));
        QVERIFY(r.out.contains(QStringLiteral("acceptance receipt")));
        QVERIFY(r.out.contains(QStringLiteral("W01-2026-000123")));
        QVERIFY(r.out.contains(QStringLiteral("2026-11-23")));
        QVERIFY(r.out.contains(ow::test::SampleSubjectCode));
        QVERIFY(r.out.contains(QStringLiteral("2026-11-26")));
        QVERIFY(r.out.contains(m_keyId));
        QVERIFY2(r.err.isEmpty(), describe(r));
    }

    void validText()
    {
        const CliRun r = runCli({"verify-receipt", m_seal, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains(QStringLiteral("W01-2026-000123")));
    }

    void validTextFile()
    {
        // What a scanner saved: the QR text and a line end.
        const QString file = path(QStringLiteral("scanned.txt"));
        QVERIFY(writeFile(file, m_seal.toLatin1() + "\n"));
        const CliRun r = runCli({"verify-receipt", file, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 0, describe(r));
    }

    void json()
    {
        const CliRun r = runCli({"verify-receipt", m_pdf, "--public-key", m_publicKey, "--json"});
        QVERIFY2(r.exitCode == 0, describe(r));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"valid").toBool(), true);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("valid"));
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("pdf"));
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("receipt"));
        QCOMPARE(o.value(u"documentNumber").toString(), QStringLiteral("W01-2026-000123"));
        QCOMPARE(o.value(u"issued").toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(o.value(u"subjectCode").toString(), ow::test::SampleSubjectCode);
        QCOMPARE(o.value(u"deadline").toString(), QStringLiteral("2026-11-26"));
        QCOMPARE(o.value(u"keyId").toString(), m_keyId);
    }

    void tamperedText()
    {
        QString tampered = m_seal;
        tampered.replace(QStringLiteral("|20261126|"), QStringLiteral("|20261231|"));
        QVERIFY(tampered != m_seal);
        const CliRun r = runCli({"verify-receipt", tampered, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.out.startsWith(QStringLiteral("INVALID")), describe(r));
        QVERIFY(r.out.contains(QStringLiteral("2026-12-31"))); // shown as a claim

        const CliRun json =
            runCli({"verify-receipt", tampered, "--public-key", m_publicKey, "--json"});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"valid").toBool(true), false);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("bad-signature"));
        QVERIFY(!o.value(u"reason").toString().isEmpty());
    }

    void tamperedPdf()
    {
        QByteArray pdf = readFile(m_pdf);
        const qsizetype at = pdf.indexOf("|W01-2026-000123|20261123|");
        QVERIFY(at >= 0);
        pdf.replace(at, 26, "|W01-2026-000123|20261122|");
        const QString file = path(QStringLiteral("tampered.pdf"));
        QVERIFY(writeFile(file, pdf));
        const CliRun r = runCli({"verify-receipt", file, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY(r.out.startsWith(QStringLiteral("INVALID")));
    }

    void garbageText()
    {
        const CliRun r = runCli({"verify-receipt", "OW1|R|garbage", "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY(r.out.startsWith(QStringLiteral("INVALID")));
    }

    void wrongKey()
    {
        const CliRun r = runCli({"verify-receipt", m_pdf, "--public-key", m_otherPublicKey});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY(r.out.contains(m_keyId));
    }

    void pdfWithoutSeal()
    {
        const QString file = path(QStringLiteral("plain.pdf"));
        {
            QPdfWriter writer(file);
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("受理回执 W01-2026-000123"));
        }
        const CliRun r = runCli({"verify-receipt", file, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY(r.out.startsWith(QStringLiteral("INVALID")));
    }

    void usageErrors()
    {
        CliRun r = runCli({"verify-receipt"});
        QVERIFY2(r.exitCode == 2, describe(r));
        r = runCli({"verify-receipt", m_pdf, m_pdf, "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 2, describe(r));
        r = runCli(
            {"verify-receipt", path(QStringLiteral("missing.pdf")), "--public-key", m_publicKey});
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY(!r.err.isEmpty());
        r = runCli({"verify-receipt", m_pdf, "--public-key", path(QStringLiteral("none.pem"))});
        QVERIFY2(r.exitCode == 2, describe(r));
        r = runCli({"verify-receipt", m_pdf, "--public-key", m_pdf}); // not a key
        QVERIFY2(r.exitCode == 2, describe(r));
        r = runCli({"verify-receipt", m_pdf, "--no-such-option"});
        QVERIFY2(r.exitCode == 2, describe(r));
        r = runCli({"verify-receipt", "--help"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains(QStringLiteral("--public-key")));
    }

    void workstationKey()
    {
        // Without --public-key the workstation's own key (in --data-dir) checks the seal.
        const QString dataDir = path(QStringLiteral("station"));
        QVERIFY(QDir().mkpath(dataDir));
        QString error;
        const auto keys = ow::core::WorkstationKeys::openOrCreate(dataDir, &error);
        QVERIFY2(keys, qPrintable(error));
        const ow::core::SealResult sealed =
            DocumentSeal::seal(ow::test::sampleDocument(OutcomeDocument::Kind::Refusal),
                               ow::test::SampleSubjectCode, keys->signingKey(), keys->keyId());
        QVERIFY2(sealed.ok(), qPrintable(sealed.error));

        CliRun r = runCli({"--data-dir", dataDir, "verify-receipt", sealed.text});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains(QStringLiteral("notice of refusal")));
        // A receipt of another window does not verify with this workstation's key.
        r = runCli({"--data-dir", dataDir, "verify-receipt", m_pdf});
        QVERIFY2(r.exitCode == 1, describe(r));
    }

    void noWorkstationKeyYet()
    {
        const QString dataDir = path(QStringLiteral("fresh"));
        QVERIFY(QDir().mkpath(dataDir));
        const CliRun r = runCli({"--data-dir", dataDir, "verify-receipt", m_seal});
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY(r.err.contains(QStringLiteral("--public-key")));
        // Checking never creates a key.
        QVERIFY(!QFile::exists(
            QDir(dataDir).filePath(QLatin1String(ow::core::WorkstationKeys::FileName))));
    }

    void chineseMessages()
    {
        const CliRun r = runCli({"verify-receipt", m_seal, "--public-key", m_publicKey},
                                QStringLiteral("zh_CN"));
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains(QStringLiteral("W01-2026-000123")));
    }
};

QTEST_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
