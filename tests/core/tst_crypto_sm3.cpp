// SM3 digest: GB/T 32905-2016 appendix A vectors, incremental use equals one-shot.
#include "core/crypto/Sm3.h"

#include <QTest>

using namespace ow::core;

class TestCryptoSm3 : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        // GB/T 32905-2016 A.1 and A.2.
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e2"
                                           "4167c4875cf2f7a2297da02b8f4ba8e0");
        QTest::newRow("abcd x16 (64 bytes)")
            << QByteArray("abcd").repeated(16)
            << QByteArray("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("1ab21d8355cfa17f8e61194831e81a8f"
                                             "22bec8c728fefb747ed035eb5082aa2b");
    }

    void vectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sm3::hash(message).toHex(), digest);

        Sm3 sm3;
        for (const char c : message)
            QVERIFY(sm3.addData(QByteArrayView(&c, 1)));
        QCOMPARE(sm3.result().toHex(), digest);
        QVERIFY(sm3.errorString().isEmpty());
    }

    void incrementalEqualsOneShot_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 7, 63, 64, 65, 4096})
            QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
    }

    void incrementalEqualsOneShot()
    {
        QFETCH(int, chunk);
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data.append(char(i * 31 + (i >> 8)));
        Sm3 sm3;
        for (qsizetype at = 0; at < data.size(); at += chunk)
            QVERIFY(sm3.addData(
                QByteArrayView(data).sliced(at, qMin<qsizetype>(chunk, data.size() - at))));
        const QByteArray incremental = sm3.result();
        QCOMPARE(incremental.size(), Sm3::DigestSize);
        QCOMPARE(incremental, Sm3::hash(data));
    }

    void resultStartsANewMessage()
    {
        Sm3 sm3;
        QVERIFY(sm3.addData("abc"));
        QCOMPARE(sm3.result(), Sm3::hash("abc"));
        QCOMPARE(sm3.result(), Sm3::hash(QByteArray())); // nothing added since
        QVERIFY(sm3.addData("ab"));
        QVERIFY(sm3.addData("c"));
        QCOMPARE(sm3.result(), Sm3::hash("abc"));
    }

    void resetDropsData()
    {
        Sm3 sm3;
        QVERIFY(sm3.addData("garbage"));
        sm3.reset();
        QVERIFY(sm3.addData("abc"));
        QCOMPARE(sm3.result().toHex(),
                 QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    }

    void emptyAddsAreHarmless()
    {
        Sm3 sm3;
        QVERIFY(sm3.addData(QByteArrayView()));
        QVERIFY(sm3.addData(QByteArray()));
        QVERIFY(sm3.addData("abc"));
        QVERIFY(sm3.addData(""));
        QCOMPARE(sm3.result(), Sm3::hash("abc"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoSm3)
#include "tst_crypto_sm3.moc"
