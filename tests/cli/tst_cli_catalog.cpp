// onewindow-cli catalog import/export/info against a scratch data directory.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ow::test::runCli;

class TestCliCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("station")); }
    static QString smallCatalog() { return ow::test::sourcePath("tests/data/catalog-small.json"); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private slots:
    void importThenInfo()
    {
        auto r = runCli({"--data-dir", dataDir(), "catalog", "import", smallCatalog()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("3 matters, 1 bundles and 3 departments"), qPrintable(r.out));
        r = runCli({"--data-dir", dataDir(), "catalog", "info"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("matters: 3"));
        QVERIFY(r.out.contains("bundles: 1"));
        QVERIFY(r.out.contains("catalog-small.json"));
    }

    void exportRoundTrips()
    {
        const QString exported = m_dir.filePath("exported.json");
        auto r = runCli({"--data-dir", dataDir(), "catalog", "export", exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The export imports again, into a fresh workstation, with the same content.
        const QString other = m_dir.filePath("other");
        r = runCli({"--data-dir", other, "catalog", "import", exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto a = runCli({"--data-dir", dataDir(), "catalog", "export"});
        const auto b = runCli({"--data-dir", other, "catalog", "export"});
        QCOMPARE(a.exitCode, 0);
        QVERIFY(!a.out.isEmpty());
        QCOMPARE(a.out, b.out);
        const QJsonObject root = QJsonDocument::fromJson(a.out.toUtf8()).object();
        QCOMPARE(root.value("format").toString(), QStringLiteral("onewindow-catalog"));
        QVERIFY(a.out.contains(QStringLiteral("企业开办一件事")));
    }

    void badFileIsRejectedWholeWithLineAndPath()
    {
        QFile f(smallCatalog());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        // An unknown department and a promised limit longer than the statutory one.
        json.replace("\"department\": \"tax\"", "\"department\": \"finance\"");
        json.replace("\"promisedDays\": 1,\n      \"fees\": \"不收费\",\n      \"legalBasis\"",
                     "\"promisedDays\": 30,\n      \"fees\": \"不收费\",\n      \"legalBasis\"");
        const QString bad = writeFile("bad.json", json);
        const auto r = runCli({"--data-dir", dataDir(), "catalog", "import", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("matters[2].department"), qPrintable(r.err));
        QVERIFY2(r.err.contains("finance"), qPrintable(r.err));
        QVERIFY2(r.err.contains("matters[0].promisedDays"), qPrintable(r.err));
        QVERIFY2(r.err.contains("line "), qPrintable(r.err));
        QVERIFY(r.err.contains("nothing was changed"));
        // The catalog imported before is still there.
        const auto info = runCli({"--data-dir", dataDir(), "catalog", "info"});
        QVERIFY(info.out.contains("matters: 3"));
    }

    // The stricter rules of docs/catalog-format.md: a misspelt key is not silently lost, a
    // bundle does not list a matter twice; each problem is named with its line and path, and
    // the workstation keeps its catalog.
    void strictRulesNameLineAndPath()
    {
        QFile f(smallCatalog());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        json.replace("\"commitmentAllowed\": true", "\"comitmentAllowed\": true");
        json.replace(R"(["T-MARKET-001", "T-POLICE-001", "T-TAX-001"])",
                     R"(["T-MARKET-001", "T-POLICE-001", "T-TAX-001", "T-POLICE-001"])");
        const QString bad = writeFile("strict.json", json);
        const auto lineOf = [&json](const QByteArray &text) {
            return int(json.left(json.indexOf(text)).count('\n')) + 1;
        };
        const auto r = runCli({"--data-dir", dataDir(), "catalog", "import", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("strict.json: line %1, "
                                               "matters[0].materials[3].comitmentAllowed: unknown "
                                               "key (did you mean “commitmentAllowed”?)")
                                    .arg(lineOf("comitmentAllowed"))),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line %1, bundles[0].matters: “T-POLICE-001” is "
                                               "listed twice")
                                    .arg(lineOf("B-START"))),
                 qPrintable(r.err));
        QVERIFY(r.err.contains("nothing was changed"));
        const auto info = runCli({"--data-dir", dataDir(), "catalog", "info"});
        QVERIFY(info.out.contains("matters: 3"));
        QVERIFY(info.out.contains("catalog-small.json"));
    }

    void syntaxErrorNamesTheLine()
    {
        const QString bad = writeFile("syntax.json", "{\n  \"format\": \"onewindow-catalog\",\n"
                                                     "  \"version\": 1,\n  \"matters\": [,]\n}\n");
        const auto r = runCli({"--data-dir", dataDir(), "catalog", "import", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 4"), qPrintable(r.err));
    }

    void garbageAndMissingFiles()
    {
        const QString binary = writeFile("binary.json", QByteArray("\x00\xff\xfe garbage", 12));
        auto r = runCli({"--data-dir", dataDir(), "catalog", "import", binary});
        QCOMPARE(r.exitCode, 1);
        r = runCli({"--data-dir", dataDir(), "catalog", "import", m_dir.filePath("missing.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.json"));
        r = runCli({"--data-dir", dataDir(), "catalog"});
        QCOMPARE(r.exitCode, 2);
        r = runCli({"--data-dir", dataDir(), "catalog", "import"});
        QCOMPARE(r.exitCode, 2);
    }

    void searchFindsByPinyinAndCode()
    {
        auto r = runCli({"--data-dir", dataDir(), "catalog", "search", "yzkz"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("T-POLICE-001\t印章刻制备案")), qPrintable(r.out));
        r = runCli({"--data-dir", dataDir(), "catalog", "search", QStringLiteral("企业开办"), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value("kind").toString(), QStringLiteral("bundle"));
        QCOMPARE(hits.first().toObject().value("code").toString(), QStringLiteral("B-START"));
        r = runCli({"--data-dir", dataDir(), "catalog", "search", "t-tax"});
        QVERIFY2(r.out.startsWith(QStringLiteral("T-TAX-001")), qPrintable(r.out));
        r = runCli({"--data-dir", dataDir(), "catalog", "search", "zzzzz"});
        QCOMPARE(r.exitCode, 1);
        r = runCli({"--data-dir", dataDir(), "catalog", "search", "fp", "--limit", "0"});
        QCOMPARE(r.exitCode, 2);
    }

    void chineseMessages()
    {
        const QString bad = writeFile("empty.json", "{}");
        const auto r = runCli({"--data-dir", dataDir(), "catalog", "import", bad}, "zh_CN");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("未导入")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
