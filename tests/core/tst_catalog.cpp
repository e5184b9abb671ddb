// Conditions, bundle merging and the workstation's catalog cache.
#include "core/catalog/CatalogJson.h"
#include "core/storage/CatalogRepository.h"
#include "core/storage/WorkstationDatabase.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

Condition condition(const char *json)
{
    Condition c;
    QString error;
    const bool ok = Condition::fromJson(QJsonDocument::fromJson(json).object(), &c, &error);
    if (!ok)
        qWarning() << error;
    return c;
}

Catalog smallCatalog()
{
    QFile f(ow::test::sourcePath("tests/data/catalog-small.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return CatalogJson::parse(f.readAll()).catalog;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QVariantMap>("answers");
        QTest::addColumn<bool>("expected");
        const QVariantMap married{{"marital_status", "married"}, {"price", 1500000.0}};
        QTest::newRow("equals") << R"({"field":"marital_status","equals":"married"})" << married << true;
        QTest::newRow("equals other") << R"({"field":"marital_status","equals":"single"})" << married << false;
        QTest::newRow("missing answer equals nothing")
            << R"({"field":"agent","equals":"yes"})" << married << false;
        QTest::newRow("in") << R"({"field":"marital_status","in":["divorced","married"]})" << married << true;
        QTest::newRow("greaterThan") << R"({"field":"price","greaterThan":1000000})" << married << true;
        QTest::newRow("lessThan") << R"({"field":"price","lessThan":1000000})" << married << false;
        QTest::newRow("isSet") << R"({"field":"price","isSet":true})" << married << true;
        QTest::newRow("not set") << R"({"field":"agent","isSet":false})" << married << true;
        QTest::newRow("blank text is not set")
            << R"({"field":"agent","isSet":true})" << QVariantMap{{"agent", "  "}} << false;
        QTest::newRow("all") << R"({"all":[{"field":"price","greaterThan":1},{"field":"marital_status","equals":"married"}]})"
                             << married << true;
        QTest::newRow("any") << R"({"any":[{"field":"price","lessThan":1},{"field":"marital_status","equals":"married"}]})"
                             << married << true;
        QTest::newRow("not") << R"({"not":{"field":"marital_status","equals":"married"}})" << married << false;
        QTest::newRow("multi-choice contains")
            << R"({"field":"kinds","equals":"b"})" << QVariantMap{{"kinds", QStringList{"a", "b"}}} << true;
        QTest::newRow("number compared with text answer")
            << R"({"field":"price","greaterThan":5})" << QVariantMap{{"price", "abc"}} << false;
    }

    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(QVariantMap, answers);
        QFETCH(bool, expected);
        const Condition c = ::condition(condition.toUtf8().constData());
        QVERIFY(!c.isAlways());
        QCOMPARE(c.evaluate(answers), expected);
        // Round trip through JSON keeps the meaning.
        Condition again;
        QString error;
        QVERIFY(Condition::fromJson(c.toJson(), &again, &error));
        QCOMPARE(again.evaluate(answers), expected);
    }

    void badConditions_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("not an object") << R"(["field"])";
        QTest::newRow("no field") << R"({"equals":"x"})";
        QTest::newRow("no operator") << R"({"field":"x"})";
        QTest::newRow("in needs array") << R"({"field":"x","in":"a"})";
        QTest::newRow("greaterThan needs number") << R"({"field":"x","greaterThan":"5"})";
        QTest::newRow("empty all") << R"({"all":[]})";
        QTest::newRow("bad child") << R"({"any":[{"field":"x"}]})";
    }

    void badConditions()
    {
        QFETCH(QString, json);
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        Condition c;
        QString error;
        QVERIFY(!Condition::fromJson(value, &c, &error));
        QVERIFY(!error.isEmpty());
    }

    void bundleAsksSharedFieldsOnce()
    {
        const Catalog catalog = smallCatalog();
        QCOMPARE(catalog.matters().size(), 3);
        const Bundle *bundle = catalog.bundle("B-START");
        QVERIFY(bundle);
        const MergedApplication merged = catalog.mergedApplication(bundle->matterCodes);
        QStringList ids;
        for (const FieldSchema &f : merged.fields)
            ids << f.id;
        QCOMPARE(ids.count("enterprise_name"), 1);
        QVERIFY(ids.contains("seal_count"));
        QVERIFY(ids.contains("invoice_kind"));
        QStringList materialIds;
        const MaterialRequirement *identity = nullptr;
        for (const MaterialRequirement &m : merged.materials) {
            materialIds << m.id;
            if (m.id == u"identity")
                identity = &m;
        }
        QCOMPARE(materialIds.count("identity"), 1);
        QVERIFY(identity);
        QCOMPARE(identity->copies, 2);        // the larger count
        QCOMPARE(identity->reuseValidDays, 0); // the tax office never reuses it
        QCOMPARE(merged.matterCodes, bundle->matterCodes);
    }

    void mergedConditionsApplyWhenAnyMatterNeedsIt()
    {
        const Catalog base = smallCatalog();
        QList<Matter> matters = base.matters();
        MaterialRequirement attorney;
        attorney.id = "power_of_attorney";
        attorney.name = "授权委托书";
        // The seal filing asks for it only for several seals; the tax office always.
        Condition manySeals;
        QString error;
        QVERIFY(Condition::fromJson(QJsonDocument::fromJson(R"({"field":"seal_count","greaterThan":3})")
                                        .object(),
                                    &manySeals, &error));
        attorney.condition = manySeals;
        matters[1].materials.append(attorney);
        const auto find = [](const MergedApplication &m) {
            for (const MaterialRequirement &r : m.materials) {
                if (r.id == u"power_of_attorney")
                    return r;
            }
            return MaterialRequirement{};
        };
        Catalog catalog(base.departments(), matters, base.bundles());
        MaterialRequirement merged = find(catalog.mergedApplication({"T-MARKET-001", "T-POLICE-001"}));
        QVERIFY(!merged.condition.isAlways());
        QVERIFY(merged.condition.evaluate({{"agent", "yes"}}));
        QVERIFY(merged.condition.evaluate({{"seal_count", 5}}));
        QVERIFY(!merged.condition.evaluate({{"agent", "no"}, {"seal_count", 1}}));

        attorney.condition = Condition();
        matters[2].materials.append(attorney);
        catalog = Catalog(base.departments(), matters, base.bundles());
        merged = find(catalog.mergedApplication({"T-MARKET-001", "T-POLICE-001", "T-TAX-001"}));
        QVERIFY(merged.condition.isAlways());
    }

    void conditionalMaterialFollowsTheForm()
    {
        const Catalog catalog = smallCatalog();
        const Matter *m = catalog.matter("T-MARKET-001");
        QVERIFY(m);
        const auto attorney = std::find_if(m->materials.cbegin(), m->materials.cend(),
                                           [](const auto &r) { return r.id == u"power_of_attorney"; });
        QVERIFY(attorney != m->materials.cend());
        QVERIFY(!attorney->condition.evaluate({{"agent", "no"}}));
        QVERIFY(attorney->condition.evaluate({{"agent", "yes"}}));
    }

    void repositoryReplacesAtomically()
    {
        QTemporaryDir dir;
        StorageError error;
        const auto db = WorkstationDatabase::open(dir.filePath("w.sqlite"), &error);
        QVERIFY2(db, qPrintable(error.detail));
        CatalogRepository repo(*db);
        QCOMPARE(repo.info(&error).matterCount, 0);
        QVERIFY(repo.load(&error).matters().isEmpty());

        const Catalog catalog = smallCatalog();
        const QDateTime when(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QVERIFY(!repo.replaceAll(catalog, "catalog-small.json", when));
        const auto info = repo.info(&error);
        QCOMPARE(info.matterCount, 3);
        QCOMPARE(info.bundleCount, 1);
        QCOMPARE(info.departmentCount, 3);
        QCOMPARE(info.source, QStringLiteral("catalog-small.json"));
        QCOMPARE(info.importedAt, when);

        const Catalog loaded = repo.load(&error);
        QVERIFY(!error);
        QCOMPARE(CatalogJson::serialize(loaded), CatalogJson::serialize(catalog));

        // A catalog that violates the schema (matter of an unknown department) is rolled back
        // whole: the previous catalog stays.
        QList<Matter> matters = catalog.matters();
        matters.last().departmentId = "nowhere";
        const Catalog broken(catalog.departments(), matters, catalog.bundles());
        QVERIFY(repo.replaceAll(broken, "broken.json", when).isError());
        QCOMPARE(repo.info(&error).source, QStringLiteral("catalog-small.json"));
        QCOMPARE(repo.load(&error).matters().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
