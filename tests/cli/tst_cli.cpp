// Drives the real onewindow-cli binary as an administrator's script would.
#include "support/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::test::CliRun;
using ow::test::runCli;

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("valid id") << QStringList{"validate", "id", "11010519491231002X"} << 0;
        QTest::newRow("invalid id") << QStringList{"validate", "id", "110105194912310021"} << 1;
        QTest::newRow("legacy id") << QStringList{"validate", "id", "110105491231002"} << 0;
        QTest::newRow("valid credit code")
            << QStringList{"validate", "credit-code", "914403001922038216"} << 0;
        QTest::newRow("invalid credit code")
            << QStringList{"validate", "credit-code", "914403001922038217"} << 1;
        QTest::newRow("valid division") << QStringList{"validate", "division", "440305"} << 0;
        QTest::newRow("unknown but well-formed division")
            << QStringList{"validate", "division", "440399"} << 0;
        QTest::newRow("invalid division") << QStringList{"validate", "division", "44030"} << 1;
        QTest::newRow("empty value") << QStringList{"validate", "id", ""} << 1;
        QTest::newRow("unknown kind") << QStringList{"validate", "passport", "E12345678"} << 2;
        QTest::newRow("missing value") << QStringList{"validate", "id"} << 2;
        QTest::newRow("extra value") << QStringList{"validate", "id", "1", "2"} << 2;
        QTest::newRow("unknown option") << QStringList{"validate", "--frobnicate", "id", "1"} << 2;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("version") << QStringList{"version"} << 0;
        QTest::newRow("help") << QStringList{"--help"} << 0;
        QTest::newRow("validate help") << QStringList{"validate", "--help"} << 0;
        QTest::newRow("help before command") << QStringList{"--help", "validate"} << 0;
        QTest::newRow("db help") << QStringList{"db", "--help"} << 0;
        QTest::newRow("version help") << QStringList{"version", "--help"} << 0;
        QTest::newRow("db without action") << QStringList{"db"} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run r = runCli(arguments);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                                .arg(r.exitCode)
                                .arg(r.out, r.err)));
        if (exitCode == 2)
            QVERIFY2(r.err.contains(u"--help"), qPrintable(r.err));
    }

    void idJson()
    {
        const Run r = runCli({"validate", "id", " 11010519491231002x ", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"valid").toBool(), true);
        QCOMPARE(o.value(u"normalized").toString(), QStringLiteral("11010519491231002X"));
        QVERIFY(o.value(u"reason").isNull());
        QCOMPARE(o.value(u"birthDate").toString(), QStringLiteral("1949-12-31"));
        QCOMPARE(o.value(u"sex").toString(), QStringLiteral("female"));
        QCOMPARE(o.value(u"divisionCode").toString(), QStringLiteral("110105"));
        QCOMPARE(o.value(u"divisionName").toString(), QStringLiteral("北京市朝阳区"));
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("resident-id-card"));
    }

    void legacyIdJson()
    {
        const Run r = runCli({"validate", "id", "110105491231002", "--json"});
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"normalized").toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(o.value(u"convertedFromLegacy").toBool(), true);
    }

    void invalidJsonHasReason()
    {
        const Run r = runCli({"validate", "id", "110105194902300021", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"valid").toBool(), false);
        QVERIFY(o.value(u"normalized").isNull());
        QVERIFY(o.value(u"reason").toString().contains(u"19490230"));
    }

    void creditCodeJson()
    {
        const Run r = runCli({"validate", "credit-code", "914403001922038216", "--json"});
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"valid").toBool(), true);
        QCOMPARE(o.value(u"organizationCode").toString(), QStringLiteral("19220382-1"));
        QCOMPARE(o.value(u"divisionName").toString(), QStringLiteral("广东省深圳市"));
        QCOMPARE(o.value(u"organizationType").toString(), QStringLiteral("Enterprise"));
    }

    void divisionJson()
    {
        const Run r = runCli({"validate", "division", "440305", "--json"});
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"divisionName").toString(), QStringLiteral("广东省深圳市南山区"));
        QCOMPARE(o.value(u"level").toString(), QStringLiteral("county"));
        QCOMPARE(o.value(u"inTable").toBool(), true);
        const Run unknown = runCli({"validate", "division", "440399", "--json"});
        QCOMPARE(json(unknown).value(u"inTable").toBool(), false);
        QCOMPARE(json(unknown).value(u"valid").toBool(), true);
    }

    void humanOutputIsOneLineInTheChosenLanguage()
    {
        const Run en = runCli({"validate", "id", "110105194912310021"});
        QVERIFY2(en.out.startsWith(u"invalid: "), qPrintable(en.out));
        QCOMPARE(en.out.count(u'\n'), 1);
        const Run zh = runCli({"validate", "id", "110105194912310021"}, QStringLiteral("zh_CN"));
        QCOMPARE(zh.exitCode, 1);
        QVERIFY2(zh.out.startsWith(u"无效"), qPrintable(zh.out));
        const Run zhValid = runCli({"validate", "id", "11010519491231002X"}, QStringLiteral("zh_CN"));
        QVERIFY2(zhValid.out.contains(u"女"), qPrintable(zhValid.out));
        QVERIFY(zhValid.out.contains(u"北京市朝阳区"));
    }

    void unsupportedLanguageIsAUsageError()
    {
        const Run r = runCli({"version"}, QStringLiteral("fr"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"fr"));
    }

    void versionListsComponents()
    {
        const Run r = runCli({"version", "--json"});
        const QJsonObject o = json(r);
        for (const char *key : {"OneWindow", "Qt", "OpenSSL", "SQLite"})
            QVERIFY2(!o.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(o.value(u"OpenSSL").toString().startsWith(u"OpenSSL 3"));
    }

    void databaseStatusAndMigrateUseDataDir()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("station"));
        Run r = runCli({"--data-dir", dataDir, "db", "status"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"not created"), qPrintable(r.out));
        r = runCli({"db", "migrate", "--data-dir", dataDir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"up to date"), qPrintable(r.out));
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/workstation.sqlite")));
        r = runCli({"--data-dir", dataDir, "db", "status"});
        QVERIFY2(r.out.contains(u"up to date"), qPrintable(r.out));
    }

    void brokenDatabaseIsReportedNotDeleted()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("workstation.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const Run r = runCli({"--data-dir", dir.path(), "db", "migrate"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a OneWindow database"), qPrintable(r.err));
        QVERIFY(f.exists());
        QCOMPARE(f.size(), qint64(14));
    }

    void dataDirThatIsAFileIsReported()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("plainfile")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = runCli({"--data-dir", f.fileName(), "db", "status"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"not a directory"));
    }

    void hostileInputIsHandled()
    {
        const Run huge = runCli({"validate", "id", QString(100000, QLatin1Char('9'))});
        QCOMPARE(huge.exitCode, 1);
        const Run control = runCli({"validate", "credit-code", QStringLiteral("\x01\x02\x7f")});
        QCOMPARE(control.exitCode, 1);
        QVERIFY(control.out.contains(u"U+0001"));
        const Run rare = runCli({"validate", "id", QStringLiteral("𠮷")});
        QCOMPARE(rare.exitCode, 1);
        QVERIFY2(rare.out.contains(QStringLiteral("𠮷")), qPrintable(rare.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
