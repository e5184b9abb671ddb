#include "core/validation/IdentifierInput.h"

#include <QTest>

using namespace ow::core;

class TestIdentifierInput : public QObject
{
    Q_OBJECT

private slots:
    void folding_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("folded");
        QTest::newRow("plain") << "ABC123" << "ABC123";
        QTest::newRow("lower case") << "abc" << "ABC";
        QTest::newRow("ascii spaces and tabs") << " 12 3\t\n" << "123";
        QTest::newRow("ideographic space") << QStringLiteral("\u300012\u30003") << "123";
        QTest::newRow("no-break space") << QStringLiteral("1\u00A02") << "12";
        QTest::newRow("full-width digits") << QStringLiteral("０１２３４５６７８９") << "0123456789";
        QTest::newRow("full-width letters") << QStringLiteral("ＡＢｘｙ") << "ABXY";
        QTest::newRow("full-width hyphen") << QStringLiteral("１－２") << "1-2";
        QTest::newRow("hanzi kept") << QStringLiteral("身份") << QStringLiteral("身份");
        QTest::newRow("outside BMP kept") << QStringLiteral("𠮷1") << QStringLiteral("𠮷1");
    }

    void folding()
    {
        QFETCH(QString, raw);
        QFETCH(QString, folded);
        const FoldedIdentifier f = foldIdentifierInput(raw);
        QVERIFY(!f.tooLong);
        QCOMPARE(f.text, folded);
    }

    void tooLong()
    {
        const QString raw(kMaxIdentifierInput + 1, QLatin1Char('1'));
        const FoldedIdentifier f = foldIdentifierInput(raw);
        QVERIFY(f.tooLong);
        QVERIFY(f.text.isEmpty());
    }

    void describe()
    {
        QCOMPARE(describeCharacter(U'A'), QStringLiteral("“A”"));
        QCOMPARE(describeCharacter(U'\a'), QStringLiteral("U+0007"));
        QCOMPARE(describeCharacter(0x20BB7), QStringLiteral("“𠮷”"));
        QCOMPARE(describeCharacter(0xD800), QStringLiteral("U+D800"));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierInput)
#include "tst_identifierinput.moc"
