// SecureRandom: sizes, refusals, and that successive draws differ.
#include "core/crypto/SecureRandom.h"

#include <QSet>
#include <QTest>

using namespace ow::core;

class TestCryptoRandom : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data()
    {
        QTest::addColumn<qsizetype>("n");
        for (qsizetype n : {1, 12, 16, 32, 1000, 1 << 20})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void sizes()
    {
        QFETCH(qsizetype, n);
        QCOMPARE(SecureRandom::bytes(n).size(), n);
    }

    void refusals_data()
    {
        QTest::addColumn<qsizetype>("n");
        QTest::newRow("zero") << qsizetype(0);
        QTest::newRow("negative") << qsizetype(-1);
        QTest::newRow("beyond int") << qsizetype(INT_MAX) + 1;
    }

    void refusals()
    {
        QFETCH(qsizetype, n);
        QVERIFY(SecureRandom::bytes(n).isEmpty());
    }

    void drawsDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(SecureRandom::bytes(16));
        QCOMPARE(seen.size(), 100);
    }

    void looksUniform()
    {
        // A gross sanity check, not a statistical test: every byte value occurs in 64 KiB.
        const QByteArray data = SecureRandom::bytes(1 << 16);
        QSet<char> values(data.cbegin(), data.cend());
        QCOMPARE(values.size(), 256);
    }
};

QTEST_GUILESS_MAIN(TestCryptoRandom)
#include "tst_crypto_random.moc"
