// SymmetricCipher: sealed personal data round-trips, and every kind of tampering, wrong key,
// wrong associated data and truncation fails cleanly. The golden values were made
// independently with Python's `cryptography` (AESGCM) from the documented format.
#include "core/crypto/SymmetricCipher.h"

#include <QTest>

using namespace ow::core;
using Algorithm = SymmetricCipher::Algorithm;

namespace {

QByteArray testKey()
{
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(char(i));
    return key;
}

const QByteArray Aad = "resident.id_number#42";

} // namespace

class TestCryptoCipher : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        QTest::newRow("empty") << QByteArray() << Aad;
        QTest::newRow("empty, no aad") << QByteArray() << QByteArray();
        QTest::newRow("resident id") << QByteArray("11010519491231002X") << Aad;
        QTest::newRow("chinese name") << QString::fromUtf8("欧阳娜娜").toUtf8() << Aad;
        QTest::newRow("non-BMP") << QString::fromUtf8("𠮷野家 𠮷").toUtf8() << Aad;
        QTest::newRow("binary with NULs") << QByteArray("\0\1\0\xff", 4) << QByteArray("\0", 1);
        QTest::newRow("one block") << QByteArray(16, 'a') << Aad;
        QTest::newRow("1 MiB") << QByteArray(1 << 20, 'z') << Aad;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        SymmetricCipher cipher;
        QVERIFY2(cipher.setKey(Algorithm::Aes256Gcm, testKey()), qPrintable(cipher.errorString()));

        const QByteArray sealed = cipher.seal(plaintext, aad);
        QVERIFY2(!sealed.isEmpty(), qPrintable(cipher.errorString()));
        QCOMPARE(sealed.size(), plaintext.size() + SymmetricCipher::Overhead);
        QCOMPARE(quint8(sealed[0]), SymmetricCipher::FormatVersion);
        QCOMPARE(quint8(sealed[1]), quint8(Algorithm::Aes256Gcm));
        if (plaintext.size() >= 8)
            QVERIFY(!sealed.contains(plaintext.left(8)));

        const std::optional<QByteArray> opened = cipher.open(sealed, aad);
        QVERIFY2(opened.has_value(), qPrintable(cipher.errorString()));
        QCOMPARE(*opened, plaintext);
        QCOMPARE(QString::fromUtf8(*opened), QString::fromUtf8(plaintext));

        // A second cipher object with the same key opens it too.
        SymmetricCipher other;
        QVERIFY(other.setKey(Algorithm::Aes256Gcm, testKey()));
        QCOMPARE(other.open(sealed, aad).value_or("<failed>"), plaintext);
    }

    void noncesAreFresh()
    {
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        const QByteArray a = cipher.seal("same", Aad);
        const QByteArray b = cipher.seal("same", Aad);
        QVERIFY(a != b);
        QVERIFY(a.mid(2, SymmetricCipher::NonceSize) != b.mid(2, SymmetricCipher::NonceSize));
    }

    // Independently produced (Python cryptography, AESGCM with AAD = header ‖ associated data).
    void goldenValuesOpen_data()
    {
        QTest::addColumn<QByteArray>("sealedHex");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("name with 𠮷")
            << QByteArray("0101f0e1d2c3b4a5968778695a4b0a643e0114026b032d6559ef53e1eeda285bb19f8350"
                          "ee43dc71107127d1cd963b1fe657")
            << Aad << QString::fromUtf8("居民身份证 𠮷").toUtf8();
        QTest::newRow("empty") << QByteArray("0101f0e1d2c3b4a5968778695a4b12a719b57b479caef48869"
                                             "8c2cdc2470")
                               << QByteArray() << QByteArray();
    }

    void goldenValuesOpen()
    {
        QFETCH(QByteArray, sealedHex);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, plaintext);
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        const std::optional<QByteArray> opened = cipher.open(QByteArray::fromHex(sealedHex), aad);
        QVERIFY2(opened.has_value(), qPrintable(cipher.errorString()));
        QCOMPARE(*opened, plaintext);
    }

    void everyTamperedByteFails()
    {
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        const QByteArray sealed = cipher.seal(QString::fromUtf8("张三 𠮷").toUtf8(), Aad);
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray tampered = sealed;
                tampered[i] = char(tampered[i] ^ (1 << bit));
                QVERIFY2(!cipher.open(tampered, Aad).has_value(),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
                QVERIFY(!cipher.errorString().isEmpty());
            }
        }
        QVERIFY(cipher.open(sealed, Aad).has_value());
    }

    void truncatedOrExtendedFails()
    {
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        const QByteArray sealed = cipher.seal("11010519491231002X", Aad);
        for (qsizetype size = 0; size < sealed.size(); ++size)
            QVERIFY2(!cipher.open(sealed.left(size), Aad).has_value(),
                     qPrintable(QString::number(size)));
        QVERIFY(!cipher.open(sealed + '\0', Aad).has_value());
        QVERIFY(!cipher.open(sealed.mid(1), Aad).has_value());
        QVERIFY(!cipher.open(QByteArrayView(), Aad).has_value());
    }

    void wrongKeyFails()
    {
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        const QByteArray sealed = cipher.seal("secret", Aad);

        SymmetricCipher other;
        const QByteArray otherKey = SymmetricCipher::generateKey(Algorithm::Aes256Gcm);
        QCOMPARE(otherKey.size(), 32);
        QVERIFY(other.setKey(Algorithm::Aes256Gcm, otherKey));
        QVERIFY(!other.open(sealed, Aad).has_value());

        QByteArray almost = testKey();
        almost[31] = char(almost[31] ^ 1);
        QVERIFY(other.setKey(Algorithm::Aes256Gcm, almost));
        QVERIFY(!other.open(sealed, Aad).has_value());
    }

    void wrongAssociatedDataFails_data()
    {
        QTest::addColumn<QByteArray>("aad");
        QTest::newRow("other row") << QByteArray("resident.id_number#43");
        QTest::newRow("other column") << QByteArray("resident.phone#42");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix") << Aad.chopped(1);
        QTest::newRow("extended") << Aad + '2';
    }

    void wrongAssociatedDataFails()
    {
        QFETCH(QByteArray, aad);
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        const QByteArray sealed = cipher.seal("11010519491231002X", Aad);
        QVERIFY(!cipher.open(sealed, aad).has_value());
        QVERIFY(cipher.open(sealed, Aad).has_value());
    }

    void headerIsChecked()
    {
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        QByteArray sealed = cipher.seal("x", Aad);
        QByteArray version = sealed;
        version[0] = 2;
        QVERIFY(!cipher.open(version, Aad).has_value());
        QVERIFY(cipher.errorString().contains("version"));
        QByteArray algorithm = sealed;
        algorithm[1] = char(Algorithm::Sm4Gcm);
        QVERIFY(!cipher.open(algorithm, Aad).has_value());
        QVERIFY(cipher.errorString().contains("algorithm"));
    }

    void keysAreChecked()
    {
        SymmetricCipher cipher;
        QVERIFY(!cipher.hasKey());
        QVERIFY(cipher.seal("x", Aad).isEmpty());
        QVERIFY(!cipher.open(QByteArray(40, 'a'), Aad).has_value());
        QVERIFY(!cipher.setKey(Algorithm::Aes256Gcm, QByteArray(31, 'k')));
        QVERIFY(!cipher.setKey(Algorithm::Aes256Gcm, QByteArray(33, 'k')));
        QVERIFY(!cipher.setKey(Algorithm::Aes256Gcm, QByteArray()));
        QVERIFY(!cipher.setKey(Algorithm(0), QByteArray(32, 'k')));
        QVERIFY(!cipher.setKey(Algorithm(77), QByteArray(32, 'k')));
        QVERIFY(!cipher.hasKey());
        QVERIFY(!cipher.errorString().isEmpty());

        // A failed setKey drops the previous key rather than silently keeping it.
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        QVERIFY(!cipher.setKey(Algorithm::Aes256Gcm, QByteArray(5, 'k')));
        QVERIFY(!cipher.hasKey());
        QVERIFY(cipher.seal("x", Aad).isEmpty());

        QCOMPARE(SymmetricCipher::keySize(Algorithm::Aes256Gcm), 32);
        QCOMPARE(SymmetricCipher::keySize(Algorithm::Sm4Gcm), 16);
        QVERIFY(SymmetricCipher::generateKey(Algorithm(0)).isEmpty());
        QVERIFY(SymmetricCipher::isAvailable(Algorithm::Aes256Gcm));
    }

    void garbageNeverCrashes()
    {
        SymmetricCipher cipher;
        QVERIFY(cipher.setKey(Algorithm::Aes256Gcm, testKey()));
        for (int size : {0, 1, 29, 30, 31, 64, 1000}) {
            QVERIFY(!cipher.open(QByteArray(size, '\0'), Aad).has_value());
            QVERIFY(!cipher.open(QByteArray(size, '\x01'), Aad).has_value());
            QVERIFY(!cipher.open(QByteArray(size, '\xff'), Aad).has_value());
        }
    }

    // SM4-GCM arrived in OpenSSL 3.2; Debian 12 ships 3.0.
    void sm4Gcm()
    {
        SymmetricCipher cipher;
        const QByteArray key = SymmetricCipher::generateKey(Algorithm::Sm4Gcm);
        QCOMPARE(key.size(), 16);
        if (!SymmetricCipher::isAvailable(Algorithm::Sm4Gcm)) {
            QVERIFY(!cipher.setKey(Algorithm::Sm4Gcm, key));
            QVERIFY(cipher.errorString().contains("SM4-GCM"));
            QVERIFY(!cipher.hasKey());
            QSKIP("this OpenSSL does not provide SM4-GCM");
        }
        QVERIFY2(cipher.setKey(Algorithm::Sm4Gcm, key), qPrintable(cipher.errorString()));
        const QByteArray sealed = cipher.seal(QString::fromUtf8("𠮷").toUtf8(), Aad);
        QCOMPARE(quint8(sealed[1]), quint8(Algorithm::Sm4Gcm));
        QCOMPARE(cipher.open(sealed, Aad).value_or("<failed>"), QString::fromUtf8("𠮷").toUtf8());
        QVERIFY(!cipher.open(sealed, "other").has_value());

        SymmetricCipher aes;
        QVERIFY(aes.setKey(Algorithm::Aes256Gcm, testKey()));
        QVERIFY(!aes.open(sealed, Aad).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCryptoCipher)
#include "tst_crypto_cipher.moc"
