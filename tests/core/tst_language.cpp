#include "core/Language.h"
#include "core/validation/ResidentId.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ow::core;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void choice_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chinese locale") << "zh_CN" << "" << "zh_CN";
        QTest::newRow("taiwan locale is still chinese") << "zh_TW" << "" << "zh_CN";
        QTest::newRow("english locale") << "en_US" << "" << "en";
        QTest::newRow("german locale falls back to english") << "de_DE" << "" << "en";
        QTest::newRow("override en on chinese") << "zh_CN" << "en" << "en";
        QTest::newRow("override zh_CN on english") << "en_GB" << "zh_CN" << "zh_CN";
        QTest::newRow("override zh-CN spelling") << "en_GB" << "zh-CN" << "zh_CN";
        QTest::newRow("override en_US") << "zh_CN" << "en_US" << "en";
        QTest::newRow("unsupported override") << "zh_CN" << "fr" << "";
    }

    void choice()
    {
        QFETCH(QString, locale);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        QCOMPARE(chooseLanguage(QLocale(locale), override), expected);
    }

    void chineseCataloguesTranslateCoreMessages()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")), 1);
        const ResidentIdResult r = ResidentIdValidator::validate(u"", QDate(2026, 1, 1));
        QVERIFY(!r.valid);
        QVERIFY2(r.reason.contains(u"身份证"), qPrintable(r.reason));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
    }

    void englishCataloguesAreInstalled()
    {
        // Remove the Chinese translators installed above.
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), 1);
        const ResidentIdResult r = ResidentIdValidator::validate(u"", QDate(2026, 1, 1));
        QCOMPARE(r.reason, QStringLiteral("Enter a resident ID number."));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
