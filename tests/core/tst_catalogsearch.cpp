// Catalog search as a clerk types: names by hanzi or pinyin, codes, keywords, and this
// window's usage — over the demo catalog shipped in resources/.
#include "core/catalog/CatalogJson.h"
#include "core/search/CatalogSearch.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace ow::core;

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static QStringList names(const QList<CatalogHit> &hits)
    {
        QStringList result;
        for (const CatalogHit &h : hits)
            result << h.name;
        return result;
    }

private slots:
    void initTestCase()
    {
        QFile f(ow::test::sourcePath("resources/catalog/demo-catalog.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CatalogParseResult parsed = CatalogJson::parse(f.readAll());
        QVERIFY(parsed.ok());
        m_catalog = parsed.catalog;
    }

    void findsTheWayClerksType_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("hanzi substring") << QStringLiteral("身份证补") << QStringLiteral("居民身份证补领");
        QTest::newRow("initials from the start") << "jmsfzhl" << QStringLiteral("居民身份证换领");
        QTest::newRow("full pinyin") << "shenfenzhengbuling" << QStringLiteral("居民身份证补领");
        QTest::newRow("mixed") << QStringLiteral("jmsfz补") << QStringLiteral("居民身份证补领");
        QTest::newRow("bundle by name") << "qykb" << QStringLiteral("企业开办一件事");
        QTest::newRow("upper case and spaces") << "QY KB" << QStringLiteral("企业开办一件事");
    }

    void findsTheWayClerksType()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        const CatalogSearch search(m_catalog);
        const QList<CatalogHit> hits = search.search(query, 10);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().name, expectedFirst);
    }

    void negativeQueriesFindNothing()
    {
        const CatalogSearch search(m_catalog);
        QVERIFY(!names(search.search(u"bdcdj", 10)).filter(QStringLiteral("不动产登记")).isEmpty());
        QVERIFY(names(search.search(u"bdcdx", 10)).filter(QStringLiteral("不动产登记")).isEmpty());
        QVERIFY(search.search(u"qqqqqq", 10).isEmpty());
        QVERIFY(search.search(QStringLiteral("\x01\x02"), 10).isEmpty());
    }

    void codesMatchAsPrefixes()
    {
        const CatalogSearch search(m_catalog);
        const Matter &m = m_catalog.matters().at(5);
        QList<CatalogHit> hits = search.search(m.implementationCode, 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().code, m.implementationCode);
        QVERIFY(hits.first().byCode);
        hits = search.search(m.basicCode, 50);
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
                            [&](const CatalogHit &h) { return h.code == m.implementationCode; }));
    }

    void usageRanksThisWindowsMattersFirst()
    {
        const CatalogSearch search(m_catalog);
        const QList<CatalogHit> plain = search.search(u"sfz", 10);
        QVERIFY(plain.size() >= 2);
        // The window uses the second hit daily: it moves up.
        const QString favourite = plain.at(1).code;
        const QList<CatalogHit> ranked = search.search(u"sfz", 10, {{favourite, 15}});
        QCOMPARE(ranked.first().code, favourite);
        // An empty query lists only what this window used, most used first.
        const QList<CatalogHit> recent =
            search.search(u"", 10, {{plain.at(0).code, 1}, {favourite, 3}});
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.first().code, favourite);
        QVERIFY(search.search(u"", 10).isEmpty());
    }

    void limitIsHonoured()
    {
        const CatalogSearch search(m_catalog);
        QCOMPARE(search.search(u"d", 3).size(), 3);
        QVERIFY(search.search(u"d", 0).isEmpty());
        QCOMPARE(search.size(), m_catalog.matters().size() + m_catalog.bundles().size());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
