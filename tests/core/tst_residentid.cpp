#include "core/validation/ResidentId.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ow::core;

class TestResidentId : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 23};

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("sex");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("legacy");

        const int male = int(Sex::Male), female = int(Sex::Female);
        const int mainland = int(ResidentIdResult::Kind::Mainland);
        // GB 11643-1999's own example number.
        QTest::newRow("gb11643 example") << "11010519491231002X" << "11010519491231002X"
                                         << QDate(1949, 12, 31) << female << mainland << false;
        QTest::newRow("lowercase x") << "11010519491231002x" << "11010519491231002X"
                                     << QDate(1949, 12, 31) << female << mainland << false;
        QTest::newRow("born before 1900") << "440524188001010014" << "440524188001010014"
                                          << QDate(1880, 1, 1) << male << mainland << false;
        QTest::newRow("29 february of a leap year")
            << "110105200002290013" << "110105200002290013" << QDate(2000, 2, 29) << male
            << mainland << false;
        QTest::newRow("surrounding spaces") << "  110105199003071239\t" << "110105199003071239"
                                            << QDate(1990, 3, 7) << male << mainland << false;
        QTest::newRow("ideographic space inside")
            << QStringLiteral("110105\u3000199003071239") << "110105199003071239"
            << QDate(1990, 3, 7) << male << mainland << false;
        QTest::newRow("full-width digits and x")
            << QStringLiteral("１１０１０５１９４９１２３１００２ｘ") << "11010519491231002X"
            << QDate(1949, 12, 31) << female << mainland << false;
        QTest::newRow("15-digit legacy") << "110105491231002" << "11010519491231002X"
                                         << QDate(1949, 12, 31) << female << mainland << true;
        QTest::newRow("unknown area code accepted")
            << "110105198001010008" << "110105198001010008" << QDate(1980, 1, 1) << female
            << mainland << false;
        QTest::newRow("hong kong residence permit")
            << "810000199408230021" << "810000199408230021" << QDate(1994, 8, 23) << female
            << int(ResidentIdResult::Kind::HongKongMacaoResident) << false;
        QTest::newRow("taiwan residence permit")
            << "830000199001011234" << "830000199001011234" << QDate(1990, 1, 1) << male
            << int(ResidentIdResult::Kind::TaiwanResident) << false;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(int, sex);
        QFETCH(int, kind);
        QFETCH(bool, legacy);

        const ResidentIdResult r = ResidentIdValidator::validate(input, m_today);
        QVERIFY2(r.valid, qPrintable(r.reason));
        QCOMPARE(r.normalized, normalized);
        QVERIFY(r.reason.isEmpty());
        QCOMPARE(r.birthDate, birth);
        QCOMPARE(int(r.sex), sex);
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.convertedFromLegacy, legacy);
        QCOMPARE(r.divisionCode, normalized.left(6));
        QCOMPARE(r.warnings.isEmpty(), !legacy);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonMentions");

        QTest::newRow("empty") << "" << "";
        QTest::newRow("only spaces") << "   \u3000 " << "";
        QTest::newRow("wrong check character") << "110105194912310021" << "X";
        QTest::newRow("typo in body") << "11010519491231003X" << "";
        QTest::newRow("february 30") << "110105194902300021" << "19490230";
        QTest::newRow("29 february 1900") << "110105190002290011" << "19000229";
        QTest::newRow("month 13") << "110105199013010011" << "19901301";
        QTest::newRow("future birth") << "110105202801010011" << "2028-01-01";
        QTest::newRow("too early") << "110105170001010011" << "1700";
        QTest::newRow("17 characters") << "11010519491231002" << "17";
        QTest::newRow("19 characters") << "11010519491231002X1" << "";
        QTest::newRow("16 characters") << "1101051949123100" << "16";
        QTest::newRow("X in the middle") << "1101051949X231002X" << "X";
        QTest::newRow("15 digits ending in X") << "11010549123100X" << "X";
        QTest::newRow("letter") << "11010519491231002A" << "A";
        QTest::newRow("hyphen") << "110105-19491231-002X" << "-";
        QTest::newRow("chinese") << QStringLiteral("身份证号码") << QStringLiteral("身");
        QTest::newRow("emoji") << QStringLiteral("11010519491231002\U0001F600") << "";
        QTest::newRow("control character") << QStringLiteral("1101051949\u00071231002X")
                                           << "U+0007";
        QTest::newRow("legacy invalid date") << "110105490230002" << "19490230";
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonMentions);
        const ResidentIdResult r = ResidentIdValidator::validate(input, m_today);
        QVERIFY(!r.valid);
        QVERIFY(r.normalized.isEmpty());
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(!r.birthDate.isValid());
        if (!reasonMentions.isEmpty())
            QVERIFY2(r.reason.contains(reasonMentions), qPrintable(r.reason));
    }

    void checkCharacterMatchesStandard()
    {
        QCOMPARE(ResidentIdValidator::checkCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(ResidentIdValidator::checkCharacter(u"44052418800101001"), QChar(u'4'));
    }

    void hugeInputIsRejectedQuickly()
    {
        const QString huge(10'000'000, QLatin1Char('1'));
        const ResidentIdResult r = ResidentIdValidator::validate(huge, m_today);
        QVERIFY(!r.valid);
        QVERIFY(!r.reason.isEmpty());
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(int(rng.bounded(40)), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(rng.bounded(256));
            const QString s = QString::fromUtf8(bytes);
            const ResidentIdResult r = ResidentIdValidator::validate(s, m_today);
            QCOMPARE(r.valid, !r.normalized.isEmpty());
            QCOMPARE(r.valid, r.reason.isEmpty());
        }
    }

    void loneSurrogatesNeverCrash()
    {
        QString s = QStringLiteral("1101051949");
        s.append(QChar(0xD842)); // high surrogate without its pair
        QVERIFY(!ResidentIdValidator::validate(s, m_today).valid);
        s = QString(QChar(0xDFB7));
        QVERIFY(!ResidentIdValidator::validate(s, m_today).valid);
    }

    void masking()
    {
        QCOMPARE(maskResidentId(QStringLiteral("11010519491231002X")),
                 QStringLiteral("110105********002X"));
        QCOMPARE(maskResidentId(QStringLiteral("123")), QStringLiteral("***"));
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
