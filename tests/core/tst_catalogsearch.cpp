// Catalog search as a clerk types: names by hanzi or pinyin, codes, keywords, and this
// window's usage — over the demo catalog shipped in resources/.
#include "core/catalog/CatalogJson.h"
#include "core/search/CatalogSearch.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ow::core;

namespace {

Matter matter(const QString &code, const QString &basicCode, const QString &name,
              const QString &department, const QStringList &keywords = {})
{
    Matter m;
    m.implementationCode = code;
    m.basicCode = basicCode;
    m.name = name;
    m.departmentId = department;
    m.keywords = keywords;
    return m;
}

// A small catalog whose names differ in exactly the ways the ranking rules look at.
Catalog rankingCatalog()
{
    const QList<Department> departments{{"police", QStringLiteral("公安局")},
                                        {"realestate", QStringLiteral("不动产登记中心")},
                                        {"civil", QStringLiteral("民政局")}};
    const QList<Matter> matters{
        matter("P-001", "000107007000", QStringLiteral("居民身份证补领"), "police",
               {QStringLiteral("身份证丢了")}),
        matter("P-002", "000107006000", QStringLiteral("居民身份证换领"), "police",
               {QStringLiteral("身份证到期")}),
        matter("C-001", "000110001000", QStringLiteral("身份证明开具"), "civil"),
        matter("P-003", "000107010000", QStringLiteral("临时居民身份证申领"), "police"),
        matter("R-001", "000114003000", QStringLiteral("不动产登记资料查询"), "realestate"),
        matter("R-002", "000114002000", QStringLiteral("抵押权注销登记"), "realestate"),
        matter("P-004", "000107005000", QStringLiteral("长期居住证申领"), "police"),
        matter("P-005", "000107011000", QStringLiteral("港澳通行证重新申领"), "police"),
        matter("P-006", "000107002001", QStringLiteral("户口迁移（市内迁移）"), "police"),
        matter("P-007", "000107002000", QStringLiteral("户口迁移"), "police"),
        matter("C-002", "000110002000", QStringLiteral("消除不安定因素"), "civil"),
        matter("C-003", "000110003000", QStringLiteral("不安定因素排查"), "civil"),
        matter("C-004", "000110004000", QStringLiteral("城市八达通"), "civil"),
        matter("C-005", "000110005000", QStringLiteral("八一勋章"), "civil"),
        matter("4403001001", "000199001000", QStringLiteral("代码甲"), "civil"),
        matter("44030010010", "000199002000", QStringLiteral("代码乙"), "civil"),
    };
    Bundle bundle;
    bundle.code = "YJS-005";
    bundle.name = QStringLiteral("二手房转移登记及水电气联动过户");
    bundle.keywords = {QStringLiteral("二手房过户")};
    bundle.matterCodes = {"R-001", "R-002"};
    return Catalog(departments, matters, {bundle});
}

QStringList names(const QList<CatalogHit> &hits)
{
    QStringList result;
    for (const CatalogHit &h : hits)
        result << h.name;
    return result;
}

QStringList split(const QString &names)
{
    return names.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

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
        QTest::newRow("hanzi substring")
            << QStringLiteral("身份证补") << QStringLiteral("居民身份证补领");
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

    // The ranking rules of CatalogSearch.h, as the order of whole result lists.
    void ranksByMatchQuality_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // the names, best first, space separated

        // The name starts with the hanzi, then a keyword does, then the hanzi elsewhere.
        QTest::newRow("hanzi: prefix, keyword, elsewhere")
            << QStringLiteral("身份证")
            << QStringLiteral("身份证明开具 居民身份证补领 居民身份证换领 临时居民身份证申领");
        QTest::newRow("hanzi: prefix before elsewhere")
            << QStringLiteral("居民身份证")
            << QStringLiteral("居民身份证补领 居民身份证换领 临时居民身份证申领");
        // The whole name first, although the catalog lists the longer name first.
        QTest::newRow("hanzi: whole name first")
            << QStringLiteral("户口迁移") << QStringLiteral("户口迁移 户口迁移（市内迁移）");
        // Full pinyin (八 ba) before initials from the start (不安 b-a) before initials
        // elsewhere; nearer the start first.
        QTest::newRow("full pinyin, initials at the start, initials elsewhere")
            << "ba" << QStringLiteral("八一勋章 城市八达通 不安定因素排查 消除不安定因素");
        // 二手房转移… has s-f-z (手房转) nearer its start than 居民身份证… has 身份证, but their
        // keywords start with 身份证. Initials at the start of a name still come first; among
        // names with initials elsewhere, nearer the start first.
        QTest::newRow("sfz: keywords beat initials elsewhere")
            << "sfz"
            << QStringLiteral("身份证明开具 居民身份证补领 居民身份证换领 "
                              "二手房转移登记及水电气联动过户 临时居民身份证申领");
        // The department 不动产登记中心 brings its other matters, after the names.
        QTest::newRow("bdcdj: the name, then the department's matters")
            << "bdcdj" << QStringLiteral("不动产登记资料查询 抵押权注销登记");
        QTest::newRow("mixed initials and hanzi")
            << QStringLiteral("bdc登记") << QStringLiteral("不动产登记资料查询");
        QTest::newRow("polyphone 长 (chang)") << "cqjzz" << QStringLiteral("长期居住证申领");
        QTest::newRow("polyphone 长 (zhang)") << "zqjzz" << QStringLiteral("长期居住证申领");
        QTest::newRow("polyphone 重 (chong)") << "cxsl" << QStringLiteral("港澳通行证重新申领");
        QTest::newRow("polyphone 重 (zhong)") << "zxsl" << QStringLiteral("港澳通行证重新申领");
        QTest::newRow("not a subsequence") << "bdcdx" << QString();
        // Codes: the code typed in full first, then codes it begins; basic codes too.
        QTest::newRow("exact code before longer code")
            << "4403001001" << QStringLiteral("代码甲 代码乙");
        QTest::newRow("code typed in full") << "44030010010" << QStringLiteral("代码乙");
        QTest::newRow("basic code prefix")
            << "0001100"
            << QStringLiteral("身份证明开具 消除不安定因素 不安定因素排查 城市八达通 八一勋章");
        QTest::newRow("too short for a code") << "440" << QString();
    }

    void ranksByMatchQuality()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const CatalogSearch search(rankingCatalog());
        QCOMPARE(names(search.search(query, 20)), split(expected));
    }

    void exactCodeBeatsNames()
    {
        QList<Matter> matters = rankingCatalog().matters();
        // A name that happens to contain the code.
        matters.append(
            matter("Z-001", "000199009000", QStringLiteral("4403001001号事项"), "civil"));
        const CatalogSearch search(Catalog(rankingCatalog().departments(), matters, {}));
        const QList<CatalogHit> hits = search.search(u"4403001001", 5);
        QCOMPARE(hits.first().name, QStringLiteral("代码甲"));
        QVERIFY(hits.first().byCode);
    }

    // Usage reorders hits that match equally well, above position; it never lifts a hit over
    // a better match.
    void usageIsStrongButDoesNotOverride()
    {
        const CatalogSearch search(rankingCatalog());
        // Same tier (the name starts with the hanzi): the used one first.
        QCOMPARE(names(search.search(QStringLiteral("居民身份证"), 20, {{"P-002", 1}})),
                 split(QStringLiteral("居民身份证换领 居民身份证补领 临时居民身份证申领")));
        // Used daily, but the hanzi are not at its start: it stays below the prefix matches.
        QCOMPARE(names(search.search(QStringLiteral("居民身份证"), 20, {{"P-003", 500}})),
                 split(QStringLiteral("居民身份证补领 居民身份证换领 临时居民身份证申领")));
        // Usage beats position: initials elsewhere, 八达通 nearer the start of its name.
        QCOMPARE(names(search.search(u"ba", 20, {{"C-004", 3}})).first(),
                 QStringLiteral("城市八达通"));
        // More used first; an exact code stays first whatever the usage.
        QCOMPARE(
            names(search.search(QStringLiteral("居民身份证"), 20, {{"P-001", 2}, {"P-002", 5}}))
                .first(),
            QStringLiteral("居民身份证换领"));
        QCOMPARE(names(search.search(u"4403001001", 20, {{"44030010010", 20}})).first(),
                 QStringLiteral("代码甲"));
    }

    void hitsSayHowTheyMatched()
    {
        const CatalogSearch search(rankingCatalog());
        QList<CatalogHit> hits = search.search(u"sfz", 20);
        QCOMPARE(hits.at(0).code, QStringLiteral("C-001"));
        QVERIFY(!hits.at(0).byKeyword);
        QCOMPARE(hits.at(1).code, QStringLiteral("P-001"));
        QVERIFY(hits.at(1).byKeyword);
        QCOMPARE(hits.at(1).keyword, QStringLiteral("身份证丢了"));
        // The name's own match is still highlighted: 身份证 in 居民身份证补领.
        QCOMPARE(hits.at(1).highlightStart, 2);
        QCOMPARE(hits.at(1).highlightLength, 3);
        hits = search.search(u"bdcdj", 20);
        QCOMPARE(hits.size(), 2);
        QVERIFY(!hits.at(0).byDepartment);
        QVERIFY(hits.at(1).byDepartment);
        QCOMPARE(hits.at(1).highlightLength, 0);
        QVERIFY(hits.at(0).score > hits.at(1).score);
    }

    // The cases clerks report, over the demo catalog.
    void demoCatalogRanksWhatClerksMean()
    {
        const CatalogSearch search(m_catalog);
        QStringList found = names(search.search(u"sfz", 10));
        QVERIFY2(found.size() >= 3, qPrintable(found.join(u' ')));
        QCOMPARE(
            QSet<QString>(found.cbegin(), found.cbegin() + 2),
            (QSet<QString>{QStringLiteral("居民身份证补领"), QStringLiteral("居民身份证换领")}));
        QVERIFY(found.indexOf(QStringLiteral("二手房转移登记及水电气联动过户")) > 1);
        found = names(search.search(u"bdcdj", 10));
        QCOMPARE(found.first(), QStringLiteral("不动产登记资料查询"));
        // The rest are matters of the 不动产登记中心.
        for (const CatalogHit &h : search.search(u"bdcdj", 10))
            QCOMPARE(h.departmentName, QStringLiteral("不动产登记中心（自然资源局）"));
        QCOMPARE(names(search.search(QStringLiteral("bdc登记"), 10)).first(),
                 QStringLiteral("不动产登记资料查询"));
        QVERIFY(names(search.search(u"bdcdx", 10)).isEmpty());
    }

    // Keeping only the best `limit` hits, and not matching names that could not reach them,
    // gives the first hits of the whole ranking.
    void limitedSearchIsTheStartOfTheWholeRanking()
    {
        const CatalogSearch search(m_catalog);
        const CatalogSearch::Usage usage{{m_catalog.matters().at(3).implementationCode, 4},
                                         {m_catalog.matters().at(40).implementationCode, 1},
                                         {m_catalog.bundles().at(0).code, 2}};
        const auto codes = [](const QList<CatalogHit> &hits) {
            QStringList result;
            for (const CatalogHit &h : hits)
                result << h.code + u':' + QString::number(h.score);
            return result;
        };
        for (const QString &query :
             {QStringLiteral("s"),     QStringLiteral("sh"),     QStringLiteral("b"),
              QStringLiteral("d"),     QStringLiteral("z"),      QStringLiteral("zh"),
              QStringLiteral("j"),     QStringLiteral("jz"),     QStringLiteral("sfz"),
              QStringLiteral("bdcdj"), QStringLiteral("shebao"), QStringLiteral("gjj"),
              QStringLiteral("yb"),    QStringLiteral("dengji"), QStringLiteral("登记"),
              QStringLiteral("证"),    QStringLiteral("身份证"), QStringLiteral("bdc登记"),
              QStringLiteral("1144"),  QStringLiteral("0001"),   QStringLiteral("（"),
              QStringLiteral("x")}) {
            for (const CatalogSearch::Usage &u : {CatalogSearch::Usage(), usage}) {
                const QList<CatalogHit> all = search.search(query, int(search.size()), u);
                for (const int limit : {1, 2, 5, 10, 30}) {
                    QCOMPARE(codes(search.search(query, limit, u)), codes(all.mid(0, limit)));
                }
            }
        }
    }

    // PinyinMatcher::bound, which the search uses to skip names, never promises less than
    // match() finds.
    void boundCoversEveryMatch()
    {
        const PinyinTable &table = PinyinTable::builtIn();
        const auto initials = [&table](QStringView text) {
            QString result;
            for (const QChar c : text) {
                const QStringList readings = table.readings(c.unicode());
                result += readings.isEmpty() ? QString(c) : readings.first().left(1);
            }
            return result;
        };
        const auto full = [&table](QStringView text) {
            QString result;
            for (const QChar c : text) {
                const QStringList readings = table.readings(c.unicode());
                result += readings.isEmpty() ? QString(c) : readings.last();
            }
            return result;
        };
        QStringList queries;
        for (const Matter &m : m_catalog.matters()) {
            const QString &n = m.name;
            for (qsizetype i = 0; i + 3 <= n.size(); i += 4) {
                queries << n.mid(i, 2) << initials(n.mid(i, 3)) << full(n.mid(i, 2))
                        << full(n.mid(i, 2)).chopped(1) << initials(n.mid(i, 1)) + n.at(i + 1);
            }
        }
        queries.removeDuplicates();
        int matched = 0;
        std::vector<PinyinMatcher> matchers;
        for (const Matter &m : m_catalog.matters())
            matchers.emplace_back(m.name, table);
        for (const QString &text : std::as_const(queries)) {
            const PinyinQuery query(text, table);
            for (const PinyinMatcher &matcher : matchers) {
                for (const PinyinOrder order :
                     {PinyinOrder::InitialsFirst, PinyinOrder::FullPinyinFirst}) {
                    const auto match = matcher.match(query, order);
                    if (!match)
                        continue;
                    ++matched;
                    const auto bound = matcher.bound(query);
                    const QString context = matcher.name() + u' ' + text;
                    QVERIFY2(bound, qPrintable(context));
                    switch (match->kind) {
                    case PinyinMatchKind::Substring:
                        QVERIFY2(bound->substring, qPrintable(context));
                        break;
                    case PinyinMatchKind::FullPinyin:
                        QVERIFY2(bound->fullPinyin, qPrintable(context));
                        break;
                    case PinyinMatchKind::InitialsPrefix:
                    case PinyinMatchKind::Initials:
                        QVERIFY2(bound->initials, qPrintable(context));
                        break;
                    case PinyinMatchKind::Mixed:
                        break;
                    }
                    if (match->start <= matcher.firstWordStart())
                        QVERIFY2(bound->atStart, qPrintable(context));
                    QVERIFY2(match->start >= bound->minStart, qPrintable(context));
                }
            }
        }
        QVERIFY(matched > 1000);
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
