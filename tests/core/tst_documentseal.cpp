// The SM2 seal of outcome documents: its text format, sealing and verification.
#include "core/crypto/Sm2Key.h"
#include "core/crypto/Sm3.h"
#include "core/documents/DocumentSeal.h"

#include <QRandomGenerator>
#include <QTest>

using ow::core::DocumentSeal;
using ow::core::OutcomeDocument;
using ow::core::SealVerification;
using ow::core::Sm2Key;
using Status = SealVerification::Status;
using Kind = OutcomeDocument::Kind;

Q_DECLARE_METATYPE(Status)
Q_DECLARE_METATYPE(Kind)

namespace {

const QString SubjectCode = QStringLiteral("11440300007543032W4000107008000");

OutcomeDocument receipt()
{
    OutcomeDocument d;
    d.kind = Kind::Receipt;
    d.documentNumber = QStringLiteral("W01-2026-000123");
    d.issuedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15));
    d.deadline = QDate(2026, 12, 8);
    d.applicantName = QStringLiteral("张𠮷");
    d.subjectName = QStringLiteral("企业开办一件事");
    return d;
}

QByteArray describe(const SealVerification &v)
{
    return QStringLiteral("status %1: %2").arg(int(v.status)).arg(v.reason).toUtf8();
}

// The eight fields of a seal text.
QStringList fieldsOf(const QString &text)
{
    return text.split(u'|');
}

} // namespace

class TestDocumentSeal : public QObject
{
    Q_OBJECT

private:
    Sm2Key m_key;
    Sm2Key m_otherKey;
    QString m_keyId;

    QString sealed(const OutcomeDocument &d = receipt(), const QString &code = SubjectCode)
    {
        const ow::core::SealResult r = DocumentSeal::seal(d, code, m_key, m_keyId);
        if (!r.ok())
            qWarning() << r.error;
        return r.text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_key.generate());
        QVERIFY(m_otherKey.generate());
        m_keyId = DocumentSeal::keyIdOf(m_key);
    }

    void keyIdIsTheStartOfSm3OverThePublicPoint()
    {
        QCOMPARE(m_keyId.size(), DocumentSeal::KeyIdSize);
        const QByteArray expected = ow::core::Sm3::hash(m_key.publicKeyRaw()).left(8).toHex();
        QCOMPARE(m_keyId, QString::fromLatin1(expected));
        // The public half alone has the same id.
        Sm2Key publicOnly;
        QVERIFY(publicOnly.importPublicKeyPem(m_key.exportPublicKeyPem()));
        QCOMPARE(DocumentSeal::keyIdOf(publicOnly), m_keyId);
        QVERIFY(DocumentSeal::keyIdOf(m_otherKey) != m_keyId);
        QVERIFY(DocumentSeal::keyIdOf(Sm2Key()).isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QChar>("code");
        QTest::addColumn<QDate>("deadline");
        QTest::newRow("receipt") << Kind::Receipt << QChar(u'R') << QDate(2026, 12, 8);
        QTest::newRow("notice") << Kind::OneTimeNotice << QChar(u'N') << QDate();
        QTest::newRow("refusal") << Kind::Refusal << QChar(u'X') << QDate();
        QTest::newRow("commitment") << Kind::CommitmentLetter << QChar(u'C') << QDate(2027, 1, 4);
    }

    void roundTrip()
    {
        QFETCH(Kind, kind);
        QFETCH(QChar, code);
        QFETCH(QDate, deadline);
        OutcomeDocument d = receipt();
        d.kind = kind;
        d.deadline = deadline;
        const QString text = sealed(d);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.size() <= DocumentSeal::MaximumTextSize);

        const QStringList fields = fieldsOf(text);
        QCOMPARE(fields.size(), 8);
        QCOMPARE(fields.at(0), QStringLiteral("OW1"));
        QCOMPARE(fields.at(1), QString(code));
        QCOMPARE(fields.at(2), QStringLiteral("W01-2026-000123"));
        QCOMPARE(fields.at(3), QStringLiteral("20261123"));
        QCOMPARE(fields.at(4), SubjectCode);
        QCOMPARE(fields.at(5),
                 deadline.isValid() ? deadline.toString(u"yyyyMMdd") : QStringLiteral("-"));
        QCOMPARE(fields.at(6), m_keyId);
        QCOMPARE(fields.at(7).size(), DocumentSeal::SignatureTextSize);

        const SealVerification v = DocumentSeal::verify(text, m_key);
        QVERIFY2(v.isValid(), describe(v));
        QVERIFY(v.reason.isEmpty());
        QVERIFY(v.fields.has_value());
        QCOMPARE(v.fields->kind, kind);
        QCOMPARE(v.fields->documentNumber, d.documentNumber);
        QCOMPARE(v.fields->issuedOn, QDate(2026, 11, 23));
        QCOMPARE(v.fields->subjectCode, SubjectCode);
        QCOMPARE(v.fields->deadline, deadline);
        QCOMPARE(v.fields->keyId, m_keyId);
    }

    void verifiesWithThePublicKeyAlone()
    {
        Sm2Key publicOnly;
        QVERIFY(publicOnly.importPublicKeyPem(m_key.exportPublicKeyPem()));
        const SealVerification v = DocumentSeal::verify(sealed(), publicOnly);
        QVERIFY2(v.isValid(), describe(v));
    }

    void signaturesDifferEachTimeButAllVerify()
    {
        // SM2 signatures are randomised: two seals of one document differ and both verify.
        const QString a = sealed();
        const QString b = sealed();
        QVERIFY(a != b);
        QCOMPARE(a.left(a.lastIndexOf(u'|')), b.left(b.lastIndexOf(u'|')));
        QVERIFY(DocumentSeal::verify(a, m_key).isValid());
        QVERIFY(DocumentSeal::verify(b, m_key).isValid());
    }

    void scannerWhiteSpaceIsIgnored()
    {
        const QString text = sealed();
        QVERIFY(DocumentSeal::verify(text + QStringLiteral("\r\n"), m_key).isValid());
        QVERIFY(DocumentSeal::verify(QStringLiteral("  ") + text, m_key).isValid());
    }

    void tamperedField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<Status>("status");
        QTest::newRow("kind R→N") << 1 << "N" << Status::BadSignature;
        QTest::newRow("kind R→X") << 1 << "X" << Status::BadSignature;
        QTest::newRow("number") << 2 << "W01-2026-000124" << Status::BadSignature;
        QTest::newRow("number, case") << 2 << "w01-2026-000123" << Status::BadSignature;
        QTest::newRow("issue date") << 3 << "20261124" << Status::BadSignature;
        QTest::newRow("subject") << 4 << "11440300007543032W4000107008001" << Status::BadSignature;
        QTest::newRow("deadline later") << 5 << "20261231" << Status::BadSignature;
        QTest::newRow("deadline removed") << 5 << "-" << Status::BadSignature;
        QTest::newRow("key id") << 6 << "0123456789abcdef" << Status::OtherKey;
        QTest::newRow("version") << 0 << "OW2" << Status::UnsupportedVersion;
        QTest::newRow("not a seal") << 0 << "XX1" << Status::Malformed;
    }

    void tamperedField()
    {
        QFETCH(int, field);
        QFETCH(QString, replacement);
        QFETCH(Status, status);
        QStringList fields = fieldsOf(sealed());
        fields[field] = replacement;
        const SealVerification v = DocumentSeal::verify(fields.join(u'|'), m_key);
        QVERIFY(!v.isValid());
        QCOMPARE(v.status, status);
        QVERIFY(!v.reason.isEmpty());
    }

    void tamperedSignature()
    {
        const QString text = sealed();
        const qsizetype start = text.lastIndexOf(u'|') + 1;
        // Every character of the signature, changed to another base64url character.
        for (qsizetype i = start; i < text.size(); ++i) {
            QString changed = text;
            changed[i] = text.at(i) == u'A' ? u'B' : u'A';
            const SealVerification v = DocumentSeal::verify(changed, m_key);
            QVERIFY2(!v.isValid(), qPrintable(QStringLiteral("position %1").arg(i)));
        }
    }

    void signatureHasOneSpelling()
    {
        // 86 base64url characters carry 516 bits for 512: the last character's four spare bits
        // must be zero, or one signature would have sixteen spellings.
        const QString text = sealed();
        const QChar last = text.back();
        static const QString alphabet =
            QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        const qsizetype value = alphabet.indexOf(last);
        QCOMPARE(value % 16, 0);
        for (int spare = 1; spare < 16; ++spare) {
            QString changed = text;
            changed.back() = alphabet.at(value + spare);
            const SealVerification v = DocumentSeal::verify(changed, m_key);
            QCOMPARE(v.status, Status::Malformed);
        }
    }

    void everySingleCharacterChangeFails()
    {
        const QString text = sealed();
        static const QString replacements = QStringLiteral("0A-a|_.9zZ");
        for (qsizetype i = 0; i < text.size(); ++i) {
            for (const QChar r : replacements) {
                if (r == text.at(i))
                    continue;
                QString changed = text;
                changed[i] = r;
                const SealVerification v = DocumentSeal::verify(changed, m_key);
                QVERIFY2(!v.isValid(),
                         qPrintable(QStringLiteral("position %1 → %2").arg(i).arg(r)));
            }
        }
    }

    void fieldsCannotBeShifted()
    {
        // Moving a separator (e.g. into the number) makes another, unsigned, text.
        const QString text = sealed();
        QString shifted = text;
        shifted.replace(QStringLiteral("W01-2026"), QStringLiteral("W01|2026"));
        QVERIFY(!DocumentSeal::verify(shifted, m_key).isValid());
        QVERIFY(!DocumentSeal::verify(text + u'|', m_key).isValid());
        QVERIFY(!DocumentSeal::verify(u'|' + text, m_key).isValid());
        QVERIFY(!DocumentSeal::verify(text + QStringLiteral("|extra"), m_key).isValid());
    }

    void wrongKeyFails()
    {
        const QString text = sealed();
        SealVerification v = DocumentSeal::verify(text, m_otherKey);
        QCOMPARE(v.status, Status::OtherKey);
        QVERIFY(v.reason.contains(m_keyId));
        QVERIFY(v.fields.has_value()); // what it claims is still shown

        // Claiming the other key's id does not help: the signature is not by that key.
        QStringList fields = fieldsOf(text);
        fields[6] = DocumentSeal::keyIdOf(m_otherKey);
        v = DocumentSeal::verify(fields.join(u'|'), m_otherKey);
        QCOMPARE(v.status, Status::BadSignature);

        v = DocumentSeal::verify(text, Sm2Key());
        QCOMPARE(v.status, Status::NoKey);
    }

    void sealedByOtherKeyFailsWithThisKey()
    {
        const ow::core::SealResult r = DocumentSeal::seal(receipt(), SubjectCode, m_otherKey,
                                                          DocumentSeal::keyIdOf(m_otherKey));
        QVERIFY(r.ok());
        QVERIFY(DocumentSeal::verify(r.text, m_otherKey).isValid());
        QCOMPARE(DocumentSeal::verify(r.text, m_key).status, Status::OtherKey);
    }

    void truncatedFails()
    {
        const QString text = sealed();
        for (qsizetype n = 0; n < text.size(); ++n) {
            const SealVerification v = DocumentSeal::verify(text.left(n), m_key);
            QVERIFY2(!v.isValid(), qPrintable(QString::number(n)));
            QVERIFY(!v.reason.isEmpty());
        }
    }

    void garbageFails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("separators") << QStringLiteral("|||||||");
        QTest::newRow("tag only") << QStringLiteral("OW1");
        QTest::newRow("empty fields") << QStringLiteral("OW1|||||||");
        QTest::newRow("url") << QStringLiteral("https://example.invalid/receipt?id=1");
        QTest::newRow("nul") << QStringLiteral("OW1|R|W01") + QChar(u'\0')
                                    + QStringLiteral("|20261123|A|-|0123456789abcdef|x");
        QTest::newRow("hanzi") << QStringLiteral("OW1|R|受理|20261123|A|-|0123456789abcdef|x");
        QTest::newRow("bad date") << QStringLiteral("OW1|R|W01|20260230|A|-|0123456789abcdef|")
                                         + QString(86, u'A');
        QTest::newRow("bad deadline")
            << QStringLiteral("OW1|R|W01|20260228|A|2026-3-1|0123456789abcdef|")
                   + QString(86, u'A');
        QTest::newRow("upper-case key id")
            << QStringLiteral("OW1|R|W01|20260228|A|-|0123456789ABCDEF|") + QString(86, u'A');
        QTest::newRow("short signature")
            << QStringLiteral("OW1|R|W01|20260228|A|-|0123456789abcdef|") + QString(85, u'A');
        QTest::newRow("padded signature")
            << QStringLiteral("OW1|R|W01|20260228|A|-|0123456789abcdef|") + QString(84, u'A')
                   + QStringLiteral("==");
        QTest::newRow("huge") << QString(1024 * 1024, u'A');
        QTest::newRow("huge seal-like") << QStringLiteral("OW1|R|") + QString(100000, u'|');
    }

    void garbageFails()
    {
        QFETCH(QString, text);
        const SealVerification v = DocumentSeal::verify(text, m_key);
        QVERIFY(!v.isValid());
        QCOMPARE(v.status, Status::Malformed);
        QVERIFY(!v.reason.isEmpty());
        QVERIFY(!v.fields.has_value());
    }

    void randomInputNeverVerifies()
    {
        QRandomGenerator random(20261123); // fixed seed: the same inputs every run
        const QString text = sealed();
        for (int i = 0; i < 2000; ++i) {
            QString input;
            const int length = int(random.bounded(300));
            for (int j = 0; j < length; ++j)
                input += QChar(char16_t(random.bounded(i % 2 ? 0x80 : 0x10000)));
            QVERIFY(!DocumentSeal::verify(input, m_key).isValid());
            // Random bytes spliced into a real seal.
            QString spliced = text;
            const qsizetype at = random.bounded(text.size());
            spliced.insert(at, input.left(3));
            if (spliced != text)
                QVERIFY(!DocumentSeal::verify(spliced, m_key).isValid());
        }
    }

    void parseReadsWithoutAKey()
    {
        const ow::core::SealVerification v = DocumentSeal::parse(sealed());
        QVERIFY(!v.isValid()); // read, not checked
        QCOMPARE(v.status, Status::NoKey);
        QVERIFY(v.fields.has_value());
        QCOMPARE(v.fields->keyId, m_keyId);
        QCOMPARE(v.fields->documentNumber, QStringLiteral("W01-2026-000123"));
    }

    void sealRefusesWhatItCannotSeal_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty number") << QString() << SubjectCode;
        QTest::newRow("separator in number") << QStringLiteral("W01|2026") << SubjectCode;
        QTest::newRow("space in number") << QStringLiteral("W01 2026") << SubjectCode;
        QTest::newRow("hanzi number") << QStringLiteral("受理-1") << SubjectCode;
        QTest::newRow("long number") << QString(41, u'1') << SubjectCode;
        QTest::newRow("empty code") << QStringLiteral("W01-1") << QString();
        QTest::newRow("separator in code") << QStringLiteral("W01-1") << QStringLiteral("A|B");
        QTest::newRow("long code") << QStringLiteral("W01-1") << QString(65, u'A');
    }

    void sealRefusesWhatItCannotSeal()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        OutcomeDocument d = receipt();
        d.documentNumber = number;
        const ow::core::SealResult r = DocumentSeal::seal(d, code, m_key, m_keyId);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void longestFieldsStillFit()
    {
        OutcomeDocument d = receipt();
        d.documentNumber = QString(DocumentSeal::MaximumDocumentNumberSize, u'9');
        const QString text = sealed(d, QString(DocumentSeal::MaximumSubjectCodeSize, u'Z'));
        QVERIFY(!text.isEmpty());
        QVERIFY(text.size() <= DocumentSeal::MaximumTextSize);
        QVERIFY(DocumentSeal::verify(text, m_key).isValid());
    }

    void sealNeedsAPrivateKeyItsIdAndADate()
    {
        Sm2Key publicOnly;
        QVERIFY(publicOnly.importPublicKeyPem(m_key.exportPublicKeyPem()));
        QVERIFY(!DocumentSeal::seal(receipt(), SubjectCode, publicOnly, m_keyId).ok());
        QVERIFY(!DocumentSeal::seal(receipt(), SubjectCode, Sm2Key(), QString()).ok());
        QVERIFY(
            !DocumentSeal::seal(receipt(), SubjectCode, m_key, DocumentSeal::keyIdOf(m_otherKey))
                 .ok());
        OutcomeDocument undated = receipt();
        undated.issuedAt = QDateTime();
        QVERIFY(!DocumentSeal::seal(undated, SubjectCode, m_key, m_keyId).ok());
    }
};

QTEST_GUILESS_MAIN(TestDocumentSeal)
#include "tst_documentseal.moc"
