// KeyedHash: RFC 4231 vectors for HMAC-SHA256, HMAC-SM3 against the HMAC definition built on
// Sm3 and against `openssl mac`, key rules, constant-time verify.
#include "core/crypto/KeyedHash.h"
#include "core/crypto/Sm3.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ow::core;
using Algorithm = KeyedHash::Algorithm;

Q_DECLARE_METATYPE(KeyedHash::Algorithm)

namespace {

// RFC 2104 spelled out with SM3 (64-byte block): independent of OpenSSL's HMAC code.
QByteArray referenceHmacSm3(QByteArray key, const QByteArray &message)
{
    if (key.size() > 64)
        key = Sm3::hash(key);
    key = key.leftJustified(64, '\0');
    QByteArray inner = key, outer = key;
    for (int i = 0; i < 64; ++i) {
        inner[i] = char(inner[i] ^ 0x36);
        outer[i] = char(outer[i] ^ 0x5c);
    }
    return Sm3::hash(outer + Sm3::hash(inner + message));
}

} // namespace

class TestCryptoKeyedHash : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        QByteArray key4;
        for (int i = 1; i <= 25; ++i)
            key4.append(char(i));
        // RFC 4231 test cases 1, 4 and 6.
        QTest::newRow("rfc4231 #1")
            << Algorithm::HmacSha256 << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b"
                          "881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("rfc4231 #4") << Algorithm::HmacSha256 << key4 << QByteArray(50, '\xcd')
                                    << QByteArray("82558a389a443c0ea4cc819899f2083a"
                                                  "85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("rfc4231 #6")
            << Algorithm::HmacSha256 << QByteArray(131, '\xaa')
            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        // HMAC-SM3 has no RFC vectors; this one is from `openssl mac -digest SM3 HMAC` and is
        // cross-checked against the reference construction below.
        QTest::newRow("sm3 0b x20")
            << Algorithm::HmacSm3 << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("51b00d1fb49832bfb01c3ce27848e59f"
                          "871d9ba938dc563b338ca964755cce70");
    }

    void vectors()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        KeyedHash hash(algorithm);
        QCOMPARE(hash.algorithm(), algorithm);
        QVERIFY2(hash.setKey(key), qPrintable(hash.errorString()));
        QCOMPARE(hash.hash(data).toHex(), mac);
        QVERIFY(hash.verify(data, QByteArray::fromHex(mac)));
        if (algorithm == Algorithm::HmacSm3)
            QCOMPARE(referenceHmacSm3(key, data).toHex(), mac);
    }

    void hmacSm3MatchesDefinition_data()
    {
        QTest::addColumn<int>("keySize");
        QTest::addColumn<int>("dataSize");
        for (int keySize : {16, 32, 63, 64, 65, 200})
            for (int dataSize : {0, 1, 64, 1000})
                QTest::addRow("key %d data %d", keySize, dataSize) << keySize << dataSize;
    }

    void hmacSm3MatchesDefinition()
    {
        QFETCH(int, keySize);
        QFETCH(int, dataSize);
        QByteArray key, data;
        for (int i = 0; i < keySize; ++i)
            key.append(char(i * 7 + 3));
        for (int i = 0; i < dataSize; ++i)
            data.append(char(i * 13 + 1));
        KeyedHash hash; // HMAC-SM3 by default
        QCOMPARE(hash.algorithm(), Algorithm::HmacSm3);
        QVERIFY(hash.setKey(key));
        QCOMPARE(hash.hash(data).toHex(), referenceHmacSm3(key, data).toHex());
    }

    void matchesOpensslCli()
    {
        const QString openssl = QStandardPaths::findExecutable("openssl");
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        const QByteArray key =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f1011121314151617"
                                "18191a1b1c1d1e1f");
        const QByteArray id = "11010519491231002X";
        QProcess process;
        process.start(openssl, {"mac", "-digest", "SM3", "-macopt",
                                "hexkey:" + QString::fromLatin1(key.toHex()), "HMAC"});
        process.write(id);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        KeyedHash hash;
        QVERIFY(hash.setKey(key));
        QCOMPARE(hash.hash(id).toHex(), process.readAllStandardOutput().trimmed().toLower());
    }

    void residentIdLookup()
    {
        // The same normalized ID always finds the same row; another ID or key does not.
        const QByteArray key(32, '\x5a');
        KeyedHash a, b, other;
        QVERIFY(a.setKey(key));
        QVERIFY(b.setKey(key));
        QVERIFY(other.setKey(QByteArray(32, '\x5b')));
        const QByteArray id = "11010519491231002X";
        QCOMPARE(a.hash(id), b.hash(id));
        QCOMPARE(a.hash(id).size(), KeyedHash::HashSize);
        QVERIFY(a.hash(id) != a.hash("11010519491231003X"));
        QVERIFY(a.hash(id) != other.hash(id));
        QVERIFY(!a.hash(id).contains("1101"));
    }

    void keysAreChecked()
    {
        KeyedHash hash;
        QVERIFY(!hash.hasKey());
        QVERIFY(hash.hash("x").isEmpty());
        QVERIFY(!hash.verify("x", QByteArray(32, '\0')));
        QVERIFY(!hash.setKey("Jefe")); // RFC 4231 #2's key: too short for OneWindow
        QVERIFY(!hash.setKey(QByteArray(KeyedHash::MinimumKeySize - 1, 'k')));
        QVERIFY(!hash.setKey(QByteArrayView()));
        QVERIFY(!hash.errorString().isEmpty());
        QVERIFY(hash.setKey(QByteArray(KeyedHash::MinimumKeySize, 'k')));
        QVERIFY(hash.hasKey());
        QVERIFY(!hash.setKey("short"));
        QVERIFY(!hash.hasKey()); // a failed setKey leaves no key behind
    }

    void verifyRejects_data()
    {
        QTest::addColumn<QByteArray>("expected");
        KeyedHash hash;
        QVERIFY(hash.setKey(QByteArray(32, 'k')));
        const QByteArray good = hash.hash("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << good.chopped(1);
        QTest::newRow("long") << good + 'x';
        QByteArray flipped = good;
        flipped[31] = char(flipped[31] ^ 1);
        QTest::newRow("last bit") << flipped;
        QTest::newRow("hex text") << good.toHex();
    }

    void verifyRejects()
    {
        QFETCH(QByteArray, expected);
        KeyedHash hash;
        QVERIFY(hash.setKey(QByteArray(32, 'k')));
        QVERIFY(!hash.verify("data", expected));
        QVERIFY(!hash.errorString().isEmpty());
        QVERIFY(hash.verify("data", hash.hash("data")));
    }
};

QTEST_GUILESS_MAIN(TestCryptoKeyedHash)
#include "tst_crypto_keyedhash.moc"
