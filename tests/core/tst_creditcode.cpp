#include "core/validation/CreditCode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ow::core;

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("organizationCode");
        QTest::addColumn<bool>("orgWarning");

        // The example (a Shenzhen enterprise) and GB 32100-2015's own example.
        QTest::newRow("shenzhen enterprise") << "914403001922038216" << "914403001922038216"
                                             << "19220382-1" << false;
        QTest::newRow("gb32100 example") << "91350100M000100Y43" << "91350100M000100Y43"
                                         << "M000100Y-4" << false;
        QTest::newRow("beijing enterprise") << "91110108551385082Q" << "91110108551385082Q"
                                            << "55138508-2" << false;
        QTest::newRow("lowercase") << "91110108551385082q" << "91110108551385082Q"
                                   << "55138508-2" << false;
        QTest::newRow("full-width and spaces")
            << QStringLiteral(" ９１３３００００ＭＡ２７Ｕ０ＢＸ２９ ") << "91330000MA27U0BX29"
            << "MA27U0BX-2" << true; // MA27U0BX's own check character would be 0

        QTest::newRow("organization code check fails: warning only")
            << "914403001922038229" << "914403001922038229" << "19220382-2" << true;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, organizationCode);
        QFETCH(bool, orgWarning);
        const CreditCodeResult r = CreditCodeValidator::validate(input);
        QVERIFY2(r.valid, qPrintable(r.reason));
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.organizationCode, organizationCode);
        QCOMPARE(r.divisionCode, normalized.mid(2, 6));
        const bool hasOrgWarning = r.warnings.join(QString()).contains(u"GB 11714");
        QCOMPARE(hasOrgWarning, orgWarning);
    }

    void derivedNames()
    {
        const CreditCodeResult r = CreditCodeValidator::validate(u"914403001922038216");
        QVERIFY(r.valid);
        QCOMPARE(r.registrationAuthority, QStringLiteral("Market regulation (industry and commerce)"));
        QCOMPARE(r.organizationType, QStringLiteral("Enterprise"));
    }

    void unknownAuthorityIsAWarning()
    {
        // 'B' is a valid character but no registration authority in GB 32100.
        const QString body = QStringLiteral("B1110000000000000");
        const QString code = body + CreditCodeValidator::checkCharacter(body);
        const CreditCodeResult r = CreditCodeValidator::validate(code);
        QVERIFY2(r.valid, qPrintable(r.reason));
        QVERIFY(r.registrationAuthority.isEmpty());
        QVERIFY(!r.warnings.isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("issue's invalid example") << "914403001922038217" << "6";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("17 characters") << "91440300192203821" << "17";
        QTest::newRow("19 characters") << "9144030019220382160" << "19";
        QTest::newRow("letter I") << "91440300I922038216" << "1";
        QTest::newRow("letter O") << "91440300O922038216" << "0";
        QTest::newRow("letter S") << "91440300S922038216" << "5";
        QTest::newRow("letter V") << "91440300V922038216" << "U";
        QTest::newRow("letter Z") << "91440300Z922038216" << "2";
        QTest::newRow("punctuation") << "914403-001922038216" << "-";
        QTest::newRow("chinese") << QStringLiteral("深圳市某某有限公司") << QStringLiteral("深");
        QTest::newRow("swapped characters") << "914403001922032816" << "";
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonMentions);
        const CreditCodeResult r = CreditCodeValidator::validate(input);
        QVERIFY(!r.valid);
        QVERIFY(r.normalized.isEmpty());
        QVERIFY(!r.reason.isEmpty());
        if (!reasonMentions.isEmpty())
            QVERIFY2(r.reason.contains(reasonMentions), qPrintable(r.reason));
    }

    void checkCharacterRejectsMalformedBodies()
    {
        QVERIFY(CreditCodeValidator::checkCharacter(u"123").isNull());
        QVERIFY(CreditCodeValidator::checkCharacter(u"9144030019220382I").isNull());
        QCOMPARE(CreditCodeValidator::organizationCodeCheckCharacter(u"19220382"), QChar(u'1'));
        QVERIFY(CreditCodeValidator::organizationCodeCheckCharacter(u"1922038").isNull());
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator rng(32100);
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -ａ１\u3000");
        for (int i = 0; i < 20000; ++i) {
            QString s;
            const int n = int(rng.bounded(24));
            for (int k = 0; k < n; ++k)
                s.append(alphabet.at(int(rng.bounded(alphabet.size()))));
            const CreditCodeResult r = CreditCodeValidator::validate(s);
            QCOMPARE(r.valid, r.reason.isEmpty());
            if (r.valid) {
                QCOMPARE(r.normalized.size(), 18);
                QCOMPARE(CreditCodeValidator::checkCharacter(QStringView(r.normalized).left(17)),
                         r.normalized.at(17));
            }
        }
        QVERIFY(!CreditCodeValidator::validate(QString(1'000'000, QLatin1Char('9'))).valid);
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
