// The demo catalog (resources/catalog/demo-catalog.json) is a valid catalog of a city service
// hall: it parses without issues, is big enough to exercise the workbench, its bundles (一件事)
// span departments and ask shared fields once, and it survives an export/import round trip.
// A few small inline catalogs check that the parser reports where and why a file is rejected.
#include "core/catalog/CatalogJson.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <climits>

using namespace ow::core;

namespace {

QString describe(const QList<CatalogIssue> &issues)
{
    QStringList lines;
    for (const CatalogIssue &issue : issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

int countId(const QList<FieldSchema> &fields, const QString &id)
{
    return int(std::count_if(fields.cbegin(), fields.cend(),
                             [&](const FieldSchema &f) { return f.id == id; }));
}

int countId(const QList<MaterialRequirement> &materials, const QString &id)
{
    return int(std::count_if(materials.cbegin(), materials.cend(),
                             [&](const MaterialRequirement &m) { return m.id == id; }));
}

template <typename T> const T *findId(const QList<T> &list, const QString &id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

const Bundle *bundleNamed(const Catalog &catalog, const QString &name)
{
    for (const Bundle &b : catalog.bundles()) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

// A small valid catalog; each negative test changes one spot of it. Line numbers matter:
// MKT-001 is on line 9, its first field on line 12, its material on line 16, TAX-001 on
// line 19, the bundle on line 25.
const char kSmallCatalog[] = R"({
  "format": "onewindow-catalog",
  "version": 1,
  "departments": [
    {"id": "market", "name": "市场监督管理局"},
    {"id": "tax", "name": "税务局"}
  ],
  "matters": [
    {"basicCode": "000118001000", "implementationCode": "MKT-001", "name": "企业设立登记",
     "type": "licensing", "department": "market", "statutoryDays": 3, "promisedDays": 1,
     "fields": [
       {"id": "enterprise_name", "label": "企业名称", "type": "text", "required": true},
       {"id": "agent", "label": "办理方式", "type": "choice", "options": ["false", "true"]}
     ],
     "materials": [
       {"id": "power_of_attorney", "name": "授权委托书",
        "condition": {"field": "agent", "equals": true}}
     ]},
    {"basicCode": "000124001000", "implementationCode": "TAX-001", "name": "税务登记信息确认",
     "type": "confirmation", "department": "tax", "immediate": true,
     "fields": [{"id": "enterprise_name", "label": "企业名称", "type": "text"},
                {"id": "taxpayer_kind", "label": "纳税人类型", "type": "text"}]}
  ],
  "bundles": [
    {"code": "YJS-001", "name": "企业开办一件事", "matters": ["MKT-001", "TAX-001"]}
  ]
}
)";

} // namespace

class TestDemoCatalog : public QObject
{
    Q_OBJECT

private:
    QByteArray m_raw;
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        QFile file(ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_raw = file.readAll();
        const CatalogParseResult result = CatalogJson::parse(m_raw);
        QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
        m_catalog = result.catalog;
    }

    void parsesWithoutIssues()
    {
        const CatalogParseResult result = CatalogJson::parse(m_raw);
        QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
    }

    void isBigEnough()
    {
        QVERIFY2(m_catalog.matters().size() >= 60,
                 qPrintable(QString::number(m_catalog.matters().size())));
        QVERIFY(m_catalog.departments().size() >= 8);
        QVERIFY(m_catalog.bundles().size() >= 5);
        // Every department publishes something, every matter belongs to a department.
        QSet<QString> used;
        for (const Matter &m : m_catalog.matters()) {
            QVERIFY2(m_catalog.department(m.departmentId), qPrintable(m.name));
            used.insert(m.departmentId);
        }
        for (const Department &d : m_catalog.departments())
            QVERIFY2(used.contains(d.id), qPrintable(d.name));
    }

    void codesAreUniqueAndLookedUp()
    {
        QSet<QString> codes;
        for (const Matter &m : m_catalog.matters()) {
            QVERIFY2(!codes.contains(m.implementationCode), qPrintable(m.implementationCode));
            codes.insert(m.implementationCode);
            QVERIFY(m.implementationCode.size() <= 64);
            QVERIFY(!m.basicCode.isEmpty());
            QCOMPARE(m_catalog.matter(m.implementationCode), &m);
        }
    }

    void timeLimitsFollowTheGuides()
    {
        int immediate = 0;
        for (const Matter &m : m_catalog.matters()) {
            if (m.immediate) {
                ++immediate;
                // 即办件: done at the counter, no day limit.
                QVERIFY2(m.statutoryDays == 0 && m.promisedDays == 0, qPrintable(m.name));
            } else {
                QVERIFY2(m.promisedDays > 0, qPrintable(m.name));
                QVERIFY2(m.statutoryDays == 0 || m.promisedDays <= m.statutoryDays,
                         qPrintable(m.name));
            }
            QVERIFY2(!m.fees.isEmpty() && !m.legalBasis.isEmpty(), qPrintable(m.name));
            QVERIFY2(!m.fields.isEmpty() && !m.materials.isEmpty(), qPrintable(m.name));
        }
        QVERIFY(immediate >= 20);
        QVERIFY(immediate < m_catalog.matters().size());
    }

    void bundlesSpanDepartments()
    {
        for (const Bundle &b : m_catalog.bundles()) {
            QVERIFY2(b.matterCodes.size() >= 2, qPrintable(b.name));
            QSet<QString> departments;
            for (const QString &code : b.matterCodes) {
                const Matter *m = m_catalog.matter(code);
                QVERIFY2(m, qPrintable(b.name + u' ' + code));
                departments.insert(m->departmentId);
            }
            QVERIFY2(departments.size() >= 2, qPrintable(b.name));
        }
    }

    // A field id means the same thing everywhere: same type (and, for choices, the same
    // options), so that any future bundle may merge it.
    void sharedFieldIdsAreConsistent()
    {
        QHash<QString, const FieldSchema *> first;
        QHash<QString, int> uses;
        for (const Matter &m : m_catalog.matters()) {
            for (const FieldSchema &f : m.fields) {
                ++uses[f.id];
                const FieldSchema *seen = first.value(f.id);
                if (!seen) {
                    first.insert(f.id, &f);
                    continue;
                }
                QVERIFY2(seen->type == f.type, qPrintable(m.name + u' ' + f.id));
                QCOMPARE(seen->options.size(), f.options.size());
                for (qsizetype i = 0; i < f.options.size(); ++i)
                    QCOMPARE(seen->options[i].value, f.options[i].value);
            }
        }
        const QStringList widelyShared = {QStringLiteral("applicant_name"),
                                          QStringLiteral("id_number"),
                                          QStringLiteral("phone"),
                                          QStringLiteral("address"),
                                          QStringLiteral("enterprise_name"),
                                          QStringLiteral("credit_code"),
                                          QStringLiteral("legal_representative")};
        for (const QString &id : widelyShared)
            QVERIFY2(uses.value(id) >= 3, qPrintable(id));
        QCOMPARE(first.value(QStringLiteral("id_number"))->type, FieldType::ResidentId);
        QCOMPARE(first.value(QStringLiteral("credit_code"))->type, FieldType::CreditCode);
        QCOMPARE(first.value(QStringLiteral("phone"))->type, FieldType::Phone);
        QCOMPARE(first.value(QStringLiteral("address"))->type, FieldType::Address);
    }

    // The parser accepts only the prefill sources and verification kinds docs/catalog-format.md
    // lists; the demo uses every verification kind, and prefills most fields.
    void usesOnlyDocumentedVocabulary()
    {
        const QSet<QString> applicantSources = {QStringLiteral("applicant.name"),
                                                QStringLiteral("applicant.phone"),
                                                QStringLiteral("applicant.address"),
                                                QStringLiteral("applicant.id_number"),
                                                QStringLiteral("applicant.credit_code"),
                                                QStringLiteral("applicant.legal_representative")};
        const QSet<QString> verifications = {
            QStringLiteral("identity"),           QStringLiteral("legal-person"),
            QStringLiteral("business-licence"),   QStringLiteral("marriage"),
            QStringLiteral("property-unit"),      QStringLiteral("investment-project"),
            QStringLiteral("household-register"), QStringLiteral("social-insurance"),
            QStringLiteral("tax-clearance")};
        QSet<QString> verificationsUsed;
        int commitments = 0;
        int prefilled = 0;
        for (const Matter &m : m_catalog.matters()) {
            for (const FieldSchema &f : m.fields) {
                if (f.prefill.isEmpty())
                    continue;
                ++prefilled;
                // "case.<id>" reads the same field of the applicant's last case.
                QVERIFY2(applicantSources.contains(f.prefill)
                             || f.prefill == QStringLiteral("case.") + f.id,
                         qPrintable(m.name + u' ' + f.id + u' ' + f.prefill));
            }
            for (const MaterialRequirement &r : m.materials) {
                if (r.commitmentAllowed)
                    ++commitments;
                if (r.verification.isEmpty())
                    continue;
                QVERIFY2(verifications.contains(r.verification),
                         qPrintable(m.name + u' ' + r.id + u' ' + r.verification));
                verificationsUsed.insert(r.verification);
            }
        }
        QCOMPARE(verificationsUsed, verifications);
        QVERIFY(commitments >= 10);
        QVERIFY(prefilled >= 100);
    }

    void roundTripKeepsEverything()
    {
        const QByteArray exported = CatalogJson::serialize(m_catalog);
        const CatalogParseResult again = CatalogJson::parse(exported);
        QVERIFY2(again.ok(), qPrintable(describe(again.issues)));
        const Catalog &c = again.catalog;
        QCOMPARE(c.departments().size(), m_catalog.departments().size());
        QCOMPARE(c.matters().size(), m_catalog.matters().size());
        QCOMPARE(c.bundles().size(), m_catalog.bundles().size());
        for (qsizetype i = 0; i < c.departments().size(); ++i) {
            QCOMPARE(c.departments()[i].id, m_catalog.departments()[i].id);
            QCOMPARE(c.departments()[i].name, m_catalog.departments()[i].name);
        }
        for (qsizetype i = 0; i < c.matters().size(); ++i) {
            const Matter &a = m_catalog.matters()[i];
            const Matter &b = c.matters()[i];
            QCOMPARE(b.implementationCode, a.implementationCode);
            QCOMPARE(b.basicCode, a.basicCode);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.departmentId, a.departmentId);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.immediate, a.immediate);
            QCOMPARE(b.statutoryDays, a.statutoryDays);
            QCOMPARE(b.promisedDays, a.promisedDays);
            QCOMPARE(b.keywords, a.keywords);
            QCOMPARE(b.fields.size(), a.fields.size());
            QCOMPARE(b.materials.size(), a.materials.size());
            for (qsizetype j = 0; j < a.materials.size(); ++j) {
                QCOMPARE(b.materials[j].id, a.materials[j].id);
                QCOMPARE(b.materials[j].condition.toJson(), a.materials[j].condition.toJson());
                QCOMPARE(b.materials[j].commitmentAllowed, a.materials[j].commitmentAllowed);
                QCOMPARE(b.materials[j].reuseValidDays, a.materials[j].reuseValidDays);
            }
        }
        for (qsizetype i = 0; i < c.bundles().size(); ++i) {
            QCOMPARE(c.bundles()[i].code, m_catalog.bundles()[i].code);
            QCOMPARE(c.bundles()[i].name, m_catalog.bundles()[i].name);
            QCOMPARE(c.bundles()[i].matterCodes, m_catalog.bundles()[i].matterCodes);
        }
        // Exporting the re-imported catalog gives the same bytes: nothing is lost or invented.
        QCOMPARE(CatalogJson::serialize(c), exported);
    }

    void enterpriseBundleAsksSharedFieldsOnce()
    {
        const Bundle *b = bundleNamed(m_catalog, QStringLiteral("企业开办一件事"));
        QVERIFY(b);
        QVERIFY(b->matterCodes.size() >= 5);
        const MergedApplication merged = m_catalog.mergedApplication(b->matterCodes);
        QCOMPARE(merged.matterCodes, b->matterCodes);

        qsizetype fieldsOfAllMatters = 0;
        qsizetype materialsOfAllMatters = 0;
        int licenceCopies = 0;
        int licenceReuse = INT_MAX;
        for (const QString &code : b->matterCodes) {
            const Matter *m = m_catalog.matter(code);
            fieldsOfAllMatters += m->fields.size();
            materialsOfAllMatters += m->materials.size();
            if (const MaterialRequirement *licence =
                    findId(m->materials, QStringLiteral("business_licence"))) {
                licenceCopies = std::max(licenceCopies, licence->copies);
                licenceReuse = std::min(licenceReuse, licence->reuseValidDays);
            }
        }
        QVERIFY(merged.fields.size() < fieldsOfAllMatters);
        QVERIFY(merged.materials.size() < materialsOfAllMatters);

        // Asked once although several departments need them.
        for (const char *id : {"enterprise_name", "legal_representative", "legal_rep_id_number",
                               "phone", "credit_code", "business_address", "bank_name",
                               "bank_account", "agent", "agent_name"})
            QVERIFY2(countId(merged.fields, QLatin1String(id)) == 1, id);
        QSet<QString> ids;
        for (const FieldSchema &f : merged.fields) {
            QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
            ids.insert(f.id);
        }
        // The first matter's definition is kept, except that required wins: the tax matter
        // (asked first) leaves the bank account optional, social insurance requires it.
        const QString taxCode = b->matterCodes.at(2);
        QCOMPARE(m_catalog.matter(taxCode)->name,
                 QStringLiteral("新办纳税人涉税事项（税务登记信息确认）"));
        QVERIFY(
            !findId(m_catalog.matter(taxCode)->fields, QStringLiteral("bank_account"))->required);
        QVERIFY(findId(merged.fields, QStringLiteral("bank_account"))->required);

        // One business licence, one legal representative's ID, one power of attorney.
        for (const char *id : {"business_licence", "legal_rep_id", "power_of_attorney", "agent_id"})
            QVERIFY2(countId(merged.materials, QLatin1String(id)) == 1, id);
        const MaterialRequirement *licence =
            findId(merged.materials, QStringLiteral("business_licence"));
        QCOMPARE(licence->copies, licenceCopies);
        QCOMPARE(licence->copies, 2); // the provident fund centre wants two copies
        QCOMPARE(licence->reuseValidDays, licenceReuse);
        QCOMPARE(licence->verification, QStringLiteral("business-licence"));
    }

    void propertyBundleAsksThePropertyOnce()
    {
        const Bundle *b = bundleNamed(m_catalog, QStringLiteral("二手房转移登记及水电气联动过户"));
        QVERIFY(b);
        QSet<QString> departments;
        for (const QString &code : b->matterCodes)
            departments.insert(m_catalog.matter(code)->departmentId);
        for (const char *d : {"housing", "tax", "realestate", "water", "power", "gas"})
            QVERIFY2(departments.contains(QLatin1String(d)), d);
        const MergedApplication merged = m_catalog.mergedApplication(b->matterCodes);
        for (const char *id : {"property_address", "property_certificate_no", "transaction_price",
                               "seller_name", "seller_id_number", "applicant_name", "id_number"})
            QVERIFY2(countId(merged.fields, QLatin1String(id)) == 1, id);
        for (const char *id : {"property_certificate", "purchase_contract", "id_card"})
            QVERIFY2(countId(merged.materials, QLatin1String(id)) == 1, id);
        const MaterialRequirement *certificate =
            findId(merged.materials, QStringLiteral("property_certificate"));
        QCOMPARE(certificate->verification, QStringLiteral("property-unit"));
    }

    void smallCatalogIsValid()
    {
        const CatalogParseResult result = CatalogJson::parse(kSmallCatalog);
        QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
        QCOMPARE(result.catalog.matters().size(), 2);
        QCOMPARE(result.catalog.bundles().size(), 1);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        // Every "TAX-001" becomes "MKT-001": only the duplicate is reported, at the duplicate's
        // line (not again as a matter the bundle lists twice).
        QTest::newRow("duplicate implementationCode")
            << QByteArray(R"("TAX-001")") << QByteArray(R"("MKT-001")")
            << "matters[1].implementationCode" << 19 << "used twice";
        QTest::newRow("unknown department")
            << QByteArray(R"("department": "tax")") << QByteArray(R"("department": "finance")")
            << "matters[1].department" << 19 << "not a department";
        QTest::newRow("promisedDays > statutoryDays")
            << QByteArray(R"("promisedDays": 1)") << QByteArray(R"("promisedDays": 5)")
            << "matters[0].promisedDays" << 9 << "cannot exceed";
        QTest::newRow("not immediate without promisedDays")
            << QByteArray(R"(, "promisedDays": 1)") << QByteArray() << "matters[0].promisedDays"
            << 9 << "needs a promised time limit";
        // Conditions are checked per matter; the issue carries the matter's line.
        QTest::newRow("condition naming an unknown field")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "agnet", "equals": true})")
            << "matters[0].materials[0].condition" << 9 << "agnet";
        QTest::newRow("condition naming a field of another matter")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "taxpayer_kind", "equals": "general"})")
            << "matters[0].materials[0].condition" << 9 << "taxpayer_kind";
        QTest::newRow("bundle with one matter")
            << QByteArray(R"(["MKT-001", "TAX-001"])") << QByteArray(R"(["MKT-001"])")
            << "bundles[0].matters" << 25 << "at least two";
        QTest::newRow("bundle naming an unknown matter")
            << QByteArray(R"(["MKT-001", "TAX-001"])") << QByteArray(R"(["MKT-001", "TAX-999"])")
            << "bundles[0].matters" << 25 << "TAX-999";
        QTest::newRow("shared field with two types")
            << QByteArray(R"({"id": "enterprise_name", "label": "企业名称", "type": "text"})")
            << QByteArray(R"({"id": "enterprise_name", "label": "企业名称", "type": "number"})")
            << "bundles[0].matters" << 25 << "enterprise_name";
        QTest::newRow("field id with capitals")
            << QByteArray(
                   R"({"id": "enterprise_name", "label": "企业名称", "type": "text", "required": true})")
            << QByteArray(
                   R"({"id": "EnterpriseName", "label": "企业名称", "type": "text", "required": true})")
            << "matters[0].fields[0].id" << 12 << "lower-case";
        QTest::newRow("unknown field type")
            << QByteArray(R"("type": "choice")") << QByteArray(R"("type": "dropdown")")
            << "matters[0].fields[1].type" << 13 << "dropdown";
        QTest::newRow("choice without options")
            << QByteArray(R"(, "options": ["false", "true"])") << QByteArray()
            << "matters[0].fields[1].options" << 13 << "at least one option";
        QTest::newRow("unknown material form")
            << QByteArray(R"("name": "授权委托书",)")
            << QByteArray(R"("name": "授权委托书", "form": "scan",)")
            << "matters[0].materials[0].form" << 16 << "original";
        QTest::newRow("unknown matter type")
            << QByteArray(R"("type": "licensing")") << QByteArray(R"("type": "levy")")
            << "matters[0].type" << 9 << "levy";
        QTest::newRow("wrong format")
            << QByteArray(R"("onewindow-catalog")") << QByteArray(R"("catalog")") << "format" << 0
            << "onewindow-catalog";
    }

    void rejects()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, reason);

        QByteArray json(kSmallCatalog);
        QVERIFY2(json.contains(from), from.constData());
        json.replace(from, to);
        const CatalogParseResult result = CatalogJson::parse(json);
        QVERIFY(!result.ok());
        // A rejected file gives nothing: the catalog stays empty.
        QVERIFY(result.catalog.matters().isEmpty());
        QVERIFY(result.catalog.departments().isEmpty());
        QVERIFY2(result.issues.size() == 1, qPrintable(describe(result.issues)));
        const CatalogIssue &issue = result.issues.first();
        QCOMPARE(issue.path, path);
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
        QCOMPARE(issue.line, line);
        QVERIFY(issue.toString().contains(path));
    }

    void badJsonReportsItsLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");

        QTest::newRow("bare word")
            << QByteArray(R"("immediate": true)") << QByteArray(R"("immediate": yes)") << 20;
        QTest::newRow("missing comma in a list")
            << QByteArray(R"(["false", "true"])") << QByteArray(R"(["false" "true"])") << 13;
        QTest::newRow("trailing comma") << QByteArray(R"(["MKT-001", "TAX-001"]})")
                                        << QByteArray(R"(["MKT-001", "TAX-001"],})") << 25;
        // A missing comma at the end of a line is noticed at the next token.
        QTest::newRow("missing comma at end of line")
            << QByteArray(R"("promisedDays": 1,)") << QByteArray(R"("promisedDays": 1)") << 11;
    }

    void badJsonReportsItsLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);

        QByteArray json(kSmallCatalog);
        QVERIFY2(json.contains(from), from.constData());
        json.replace(from, to);
        const CatalogParseResult result = CatalogJson::parse(json);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().path, QStringLiteral("$"));
        QCOMPARE(result.issues.first().line, line);
        QVERIFY(result.catalog.matters().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoCatalog)
#include "tst_democatalog.moc"
