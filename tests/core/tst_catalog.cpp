// Catalog import (what a file must satisfy, and where and why it is rejected), conditions,
// bundle merging and the workstation's catalog cache.
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

// A valid catalog that uses every part of the format; each row of TestCatalog::rejects changes
// one spot of it, and must get exactly one issue.
const char kStrictCatalog[] = R"({
  "format": "onewindow-catalog",
  "version": 1,
  "departments": [
    {"id": "market", "name": "市场监督管理局"},
    {"id": "police", "name": "公安局"},
    {"id": "tax", "name": "税务局"}
  ],
  "matters": [
    {"basicCode": "000118001000", "implementationCode": "MKT-001", "name": "有限责任公司设立登记",
     "type": "licensing", "department": "market", "statutoryDays": 3, "promisedDays": 1,
     "fees": "不收费", "keywords": ["开公司"],
     "fields": [
       {"id": "enterprise_name", "label": "企业名称", "type": "text", "required": true, "maxLength": 100},
       {"id": "registered_capital", "label": "注册资本（万元）", "type": "number", "minimum": 0, "maximum": 1000000},
       {"id": "agent", "label": "办理方式", "type": "choice", "required": true,
        "options": [{"value": "false", "label": "本人办理"}, {"value": "true", "label": "委托代理人办理"}]},
       {"id": "agent_name", "label": "代理人姓名", "type": "text", "prefill": "case.agent_name",
        "condition": {"field": "agent", "equals": true}},
       {"id": "phone", "label": "联系电话", "type": "phone", "prefill": "applicant.phone"},
       {"id": "shareholders", "label": "股东", "type": "group", "minItems": 1, "maxItems": 50,
        "sharesField": "share_ratio",
        "fields": [
          {"id": "holder_kind", "label": "股东类型", "type": "choice", "options": ["person", "company"]},
          {"id": "holder_name", "label": "股东名称", "type": "text"},
          {"id": "holder_id_number", "label": "身份证号码", "type": "resident-id",
           "condition": {"field": "holder_kind", "equals": "person"}},
          {"id": "share_ratio", "label": "出资比例（%）", "type": "number", "minimum": 0, "maximum": 100}
        ]}
     ],
     "materials": [
       {"id": "application_form", "name": "公司登记（备案）申请书", "copies": 1},
       {"id": "legal_rep_id", "name": "法定代表人身份证件", "form": "copy", "verification": "identity", "reuseValidDays": 365},
       {"id": "power_of_attorney", "name": "授权委托书", "commitmentAllowed": false,
        "condition": {"all": [{"field": "agent", "in": [true]}, {"field": "registered_capital", "greaterThan": 0}]}}
     ]},
    {"basicCode": "000107008000", "implementationCode": "POL-001", "name": "公章刻制备案",
     "type": "filing", "department": "police", "immediate": true, "keywords": ["刻章"],
     "fields": [
       {"id": "enterprise_name", "label": "企业名称", "type": "text", "required": true},
       {"id": "agent", "label": "办理方式", "type": "choice", "options": ["false", "true"]},
       {"id": "seal_kinds", "label": "印章种类", "type": "multi-choice", "options": ["official", "finance"]}
     ]}
  ],
  "bundles": [
    {"code": "YJS-001", "name": "企业开办一件事", "description": "设立登记与公章刻制一次办", "keywords": ["企业开办"], "matters": ["MKT-001", "POL-001"]}
  ]
}
)";

QString describe(const QList<CatalogIssue> &issues)
{
    QStringList lines;
    for (const CatalogIssue &issue : issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

// 1-based line of the first occurrence of `text`; 0 for an empty text.
int lineOf(const QByteArray &json, const QByteArray &text)
{
    if (text.isEmpty())
        return 0;
    const qsizetype at = json.indexOf(text);
    return at < 0 ? -1 : int(json.left(at).count('\n')) + 1;
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

    void strictCatalogIsValid()
    {
        const CatalogParseResult result = CatalogJson::parse(kStrictCatalog);
        QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
        QCOMPARE(result.catalog.matters().size(), 2);
        // What the writer writes, the reader takes back: no key the reader rejects.
        const CatalogParseResult again = CatalogJson::parse(CatalogJson::serialize(result.catalog));
        QVERIFY2(again.ok(), qPrintable(describe(again.issues)));
        QCOMPARE(CatalogJson::serialize(again.catalog), CatalogJson::serialize(result.catalog));
    }

    // Each row: replace `from` by `to` in kStrictCatalog; the file is rejected with exactly one
    // issue at `path`, whose reason contains `reason`, on the line where `at` first occurs
    // in the changed file (no `at`: line 0).
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("at");
        QTest::addColumn<QString>("reason");

        // Unknown keys, each with its path, and a suggestion for a near miss.
        QTest::newRow("misspelt field key")
            << QByteArray(R"("required": true, "maxLength": 100)")
            << QByteArray(R"("requried": true, "maxLength": 100)")
            << "matters[0].fields[0].requried" << QByteArray(R"("requried")")
            << "unknown key (did you mean “required”?)";
        QTest::newRow("misspelt material key")
            << QByteArray(R"("commitmentAllowed": false)")
            << QByteArray(R"("comitmentAllowed": false)")
            << "matters[0].materials[2].comitmentAllowed" << QByteArray(R"("comitmentAllowed")")
            << "did you mean “commitmentAllowed”";
        QTest::newRow("misspelt matter key")
            << QByteArray(R"("immediate": true, "keywords")")
            << QByteArray(R"("immediate": true, "keyword")") << "matters[1].keyword"
            << QByteArray(R"("keyword")") << "did you mean “keywords”";
        QTest::newRow("unknown top-level key")
            << QByteArray(R"("bundles": [)") << QByteArray(R"("bundels": [)") << "bundels"
            << QByteArray(R"("bundels")") << "did you mean “bundles”";
        QTest::newRow("unknown department key")
            << QByteArray(R"({"id": "police", "name": "公安局"})")
            << QByteArray(R"({"id": "police", "name": "公安局", "address": "一楼"})")
            << "departments[1].address" << QByteArray(R"("address")") << "unknown key";
        QTest::newRow("misspelt bundle key")
            << QByteArray(R"("description":)") << QByteArray(R"("descripton":)")
            << "bundles[0].descripton" << QByteArray(R"("descripton")")
            << "did you mean “description”";
        QTest::newRow("misspelt option key")
            << QByteArray(R"({"value": "false", "label": "本人办理"})")
            << QByteArray(R"({"value": "false", "lable": "本人办理"})")
            << "matters[0].fields[2].options[0].lable" << QByteArray(R"("lable")")
            << "did you mean “label”";
        QTest::newRow("unknown condition key")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "agent", "equals": true, "note": "委托"})")
            << "matters[0].fields[3].condition.note" << QByteArray(R"("note")") << "unknown key";

        // Conditions: which fields they may name, and what they may compare.
        QTest::newRow("group field condition naming an unknown field")
            << QByteArray(R"({"field": "holder_kind", "equals": "person"})")
            << QByteArray(R"({"field": "holder_type", "equals": "person"})")
            << "matters[0].fields[5].fields[2].condition" << QByteArray(R"("MKT-001")")
            << "“holder_type”, which is not a field of this group";
        QTest::newRow("group field condition naming a top-level field")
            << QByteArray(R"({"field": "holder_kind", "equals": "person"})")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << "matters[0].fields[5].fields[2].condition" << QByteArray(R"("MKT-001")")
            << "“agent”, which is not a field of this group";
        QTest::newRow("condition naming a group's field")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "share_ratio", "greaterThan": 50})")
            << "matters[0].fields[3].condition" << QByteArray(R"("MKT-001")")
            << "“share_ratio”, which is not a field of this matter";
        QTest::newRow("condition value that is not an option")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "agent", "equals": "yes"})")
            << "matters[0].fields[3].condition" << QByteArray(R"("MKT-001")")
            << "“yes” is not an option of “agent”";
        QTest::newRow("condition value in a list that is not an option")
            << QByteArray(R"({"field": "holder_kind", "equals": "person"})")
            << QByteArray(R"({"field": "holder_kind", "in": ["person", "persn"]})")
            << "matters[0].fields[5].fields[2].condition" << QByteArray(R"("MKT-001")")
            << "“persn” is not an option of “holder_kind”";
        QTest::newRow("number comparison with a text field")
            << QByteArray(R"({"field": "registered_capital", "greaterThan": 0})")
            << QByteArray(R"({"field": "enterprise_name", "greaterThan": 0})")
            << "matters[0].materials[2].condition" << QByteArray(R"("MKT-001")")
            << "cannot be compared with a number";
        QTest::newRow("condition with two operators")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "agent", "equals": true, "isSet": true})")
            << "matters[0].fields[3].condition" << QByteArray(R"("agent_name")")
            << "several operators (equals, isSet)";
        QTest::newRow("isSet that is not true or false")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "agent", "isSet": "yes"})")
            << "matters[0].fields[3].condition.isSet" << QByteArray(R"("agent_name")")
            << "true or false";
        QTest::newRow("empty in") << QByteArray(R"({"field": "agent", "in": [true]})")
                                  << QByteArray(R"({"field": "agent", "in": []})")
                                  << "matters[0].materials[2].condition.all[0].in"
                                  << QByteArray(R"("power_of_attorney")") << "non-empty list";
        QTest::newRow("field depending on itself")
            << QByteArray(R"({"field": "agent", "equals": true})")
            << QByteArray(R"({"field": "agent_name", "isSet": true})")
            << "matters[0].fields[3].condition" << QByteArray(R"("MKT-001")")
            << "depends on itself: agent_name → agent_name";

        // Bundles.
        QTest::newRow("bundle listing a matter twice")
            << QByteArray(R"(["MKT-001", "POL-001"])")
            << QByteArray(R"(["MKT-001", "POL-001", "MKT-001"])") << "bundles[0].matters"
            << QByteArray(R"("YJS-001")") << "“MKT-001” is listed twice";
        QTest::newRow("shared choice with other options")
            << QByteArray(R"("options": ["false", "true"])")
            << QByteArray(R"("options": ["false", "true", "unknown"])") << "bundles[0].matters"
            << QByteArray(R"("YJS-001")") << "“agent” has different options";

        // Time limits.
        QTest::newRow("immediate matter with a promised limit")
            << QByteArray(R"("immediate": true,)")
            << QByteArray(R"("immediate": true, "promisedDays": 2,)") << "matters[1].promisedDays"
            << QByteArray(R"("POL-001")") << "no day limit";
        QTest::newRow("immediate matter with a statutory limit")
            << QByteArray(R"("immediate": true,)")
            << QByteArray(R"("immediate": true, "statutoryDays": 20,)")
            << "matters[1].statutoryDays" << QByteArray(R"("POL-001")") << "no day limit";

        // Fields.
        QTest::newRow("minItems above maxItems")
            << QByteArray(R"("minItems": 1, "maxItems": 50)")
            << QByteArray(R"("minItems": 60, "maxItems": 50)") << "matters[0].fields[5].minItems"
            << QByteArray(R"("shareholders")") << "maxItems (50)";
        QTest::newRow("options not a list")
            << QByteArray(R"("options": ["person", "company"])")
            << QByteArray(R"("options": "person, company")")
            << "matters[0].fields[5].fields[0].options" << QByteArray(R"("holder_kind")")
            << "must be a list of options";
        QTest::newRow("empty options")
            << QByteArray(R"("options": ["official", "finance"])") << QByteArray(R"("options": [])")
            << "matters[1].fields[2].options" << QByteArray(R"("seal_kinds")")
            << "at least one option";
        QTest::newRow("option that is neither text nor object")
            << QByteArray(R"(["official", "finance"])") << QByteArray(R"(["official", 2])")
            << "matters[1].fields[2].options[1]" << QByteArray(R"("seal_kinds")")
            << "must be a text or an object";
        QTest::newRow("option listed twice")
            << QByteArray(R"(["official", "finance"])") << QByteArray(R"(["official", "official"])")
            << "matters[1].fields[2].options[1]" << QByteArray(R"("seal_kinds")")
            << "“official” is listed twice";
        QTest::newRow("options on a text field")
            << QByteArray(R"("maxLength": 100})")
            << QByteArray(R"("maxLength": 100, "options": ["a"]})")
            << "matters[0].fields[0].options" << QByteArray(R"("options": ["a"])")
            << "applies only to choice and multi-choice fields";
        QTest::newRow("sharesField naming no field of the group")
            << QByteArray(R"("sharesField": "share_ratio")")
            << QByteArray(R"("sharesField": "share")") << "matters[0].fields[5].sharesField"
            << QByteArray(R"("shareholders")") << "“share” is not a field of this group";
        QTest::newRow("sharesField naming a text field")
            << QByteArray(R"("sharesField": "share_ratio")")
            << QByteArray(R"("sharesField": "holder_name")") << "matters[0].fields[5].sharesField"
            << QByteArray(R"("shareholders")") << "“holder_name” is not a number field";
        QTest::newRow("sharesField outside a group")
            << QByteArray(R"("maxLength": 100})")
            << QByteArray(R"("maxLength": 100, "sharesField": "x"})")
            << "matters[0].fields[0].sharesField" << QByteArray(R"("sharesField": "x")")
            << "applies only to group fields";
        QTest::newRow("field id used twice in a group")
            << QByteArray(R"({"id": "holder_name", "label": "股东名称")")
            << QByteArray(R"({"id": "holder_kind", "label": "股东名称")")
            << "matters[0].fields[5].fields[1].id"
            << QByteArray(R"("holder_kind", "label": "股东名称")") << "“holder_kind” is used twice";
        QTest::newRow("group in a group")
            << QByteArray(R"({"id": "holder_name", "label": "股东名称", "type": "text"})")
            << QByteArray(R"({"id": "holder_name", "label": "股东名称", "type": "group", )"
                          R"("fields": [{"id": "part", "label": "部分", "type": "text"}]})")
            << "matters[0].fields[5].fields[1].type" << QByteArray(R"("holder_name")")
            << "cannot contain another group";
        QTest::newRow("minimum that is not a number")
            << QByteArray(R"("minimum": 0, "maximum": 1000000)")
            << QByteArray(R"("minimum": "0", "maximum": 1000000)") << "matters[0].fields[1].minimum"
            << QByteArray(R"("registered_capital")") << "must be a number";
        QTest::newRow("minimum above maximum")
            << QByteArray(R"("minimum": 0, "maximum": 1000000)")
            << QByteArray(R"("minimum": 10, "maximum": 1)") << "matters[0].fields[1].maximum"
            << QByteArray(R"("registered_capital")") << "less than the minimum";
        QTest::newRow("maxLength on a number")
            << QByteArray(R"("maximum": 1000000})")
            << QByteArray(R"("maximum": 1000000, "maxLength": 9})")
            << "matters[0].fields[1].maxLength" << QByteArray(R"("maxLength": 9)")
            << "applies only to text fields";

        // Prefill sources.
        QTest::newRow("prefill that is no source")
            << QByteArray(R"("prefill": "applicant.phone")")
            << QByteArray(R"("prefill": "applicant.mobile")") << "matters[0].fields[4].prefill"
            << QByteArray(R"("phone")") << "“applicant.mobile” is not a prefill source";
        QTest::newRow("prefill from another field of the last case")
            << QByteArray(R"("prefill": "case.agent_name")")
            << QByteArray(R"("prefill": "case.agent")") << "matters[0].fields[3].prefill"
            << QByteArray(R"("agent_name")") << "case.agent_name";
        QTest::newRow("prefill that does not fit the type")
            << QByteArray(R"("prefill": "applicant.phone")")
            << QByteArray(R"("prefill": "applicant.id_number")") << "matters[0].fields[4].prefill"
            << QByteArray(R"("phone")") << "cannot fill a field of type phone";

        // Materials.
        QTest::newRow("negative copies")
            << QByteArray(R"("copies": 1)") << QByteArray(R"("copies": -1)")
            << "matters[0].materials[0].copies" << QByteArray(R"("application_form")")
            << "from 1 to 99";
        QTest::newRow("negative reuseValidDays")
            << QByteArray(R"("reuseValidDays": 365)") << QByteArray(R"("reuseValidDays": -30)")
            << "matters[0].materials[1].reuseValidDays" << QByteArray(R"("legal_rep_id")")
            << "from 0 to 3650";
        QTest::newRow("unknown verification kind")
            << QByteArray(R"("verification": "identity")")
            << QByteArray(R"("verification": "identiy")") << "matters[0].materials[1].verification"
            << QByteArray(R"("legal_rep_id")") << "“identiy” is not a verification kind";

        // Departments and keywords.
        QTest::newRow("department id with spaces")
            << QByteArray(R"({"id": "tax")") << QByteArray(R"({"id": "Tax Office")")
            << "departments[2].id" << QByteArray(R"("Tax Office")") << "lower-case";
        QTest::newRow("empty keyword")
            << QByteArray(R"(["刻章"])") << QByteArray(R"(["刻章", " "])")
            << "matters[1].keywords[1]" << QByteArray(R"("POL-001")") << "must not be empty";
    }

    void rejects()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QFETCH(QByteArray, at);
        QFETCH(QString, reason);

        QByteArray json(kStrictCatalog);
        QVERIFY2(json.count(from) == 1, from.constData());
        json.replace(from, to);
        const CatalogParseResult result = CatalogJson::parse(json);
        // A rejected file gives nothing.
        QVERIFY(result.catalog.matters().isEmpty());
        QVERIFY(result.catalog.departments().isEmpty());
        QVERIFY2(result.issues.size() == 1, qPrintable(describe(result.issues)));
        const CatalogIssue &issue = result.issues.first();
        QCOMPARE(issue.path, path);
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
        QCOMPARE(issue.line, lineOf(json, at));
    }

    // The cache reads its rows with the same rules: a row that breaks one is not a matter.
    void matterFromJsonChecksTheSameRules()
    {
        const QJsonObject root = QJsonDocument::fromJson(kStrictCatalog).object();
        QJsonObject matter = root.value("matters").toArray().at(0).toObject();
        QList<CatalogIssue> issues;
        CatalogJson::matterFromJson(matter, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        matter.insert("promisedDay", 2);
        CatalogJson::matterFromJson(matter, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("matter.promisedDay"));
        QCOMPARE(issues.first().line, 0);
    }

    void everyProblemIsReported()
    {
        QByteArray json(kStrictCatalog);
        json.replace(R"("required": true, "maxLength": 100)",
                     R"("requried": true, "maxLength": 100)");
        json.replace(R"("copies": 1)", R"("copies": 0)");
        json.replace(R"(["MKT-001", "POL-001"])", R"(["MKT-001", "POL-001", "POL-001"])");
        const CatalogParseResult result = CatalogJson::parse(json);
        QStringList paths;
        for (const CatalogIssue &issue : result.issues)
            paths << issue.path;
        QCOMPARE(paths, (QStringList{"matters[0].fields[0].requried",
                                     "matters[0].materials[0].copies", "bundles[0].matters"}));
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
