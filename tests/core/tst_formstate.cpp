// The form engine's state: answers, normalization, conditions, prefill and validation.
#include "core/form/FormState.h"
#include "core/validation/DivisionTable.h"
#include "core/validation/ResidentId.h"
#include "support/ManualClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace ow::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 30));

Condition condition(const char *json)
{
    Condition c;
    QString error;
    if (!Condition::fromJson(QJsonDocument::fromJson(json).object(), &c, &error))
        qWarning() << error;
    return c;
}

FieldSchema field(const QString &id, FieldType type, bool required = false)
{
    FieldSchema f;
    f.id = id;
    f.label = id;
    f.type = type;
    f.required = required;
    if (type == FieldType::Choice || type == FieldType::MultiChoice)
        f.options = {{"person", "自然人"}, {"entity", "单位"}, {"𠮷", "𠮷"}};
    return f;
}

FieldSchema holders(const QString &sharesField = "share")
{
    FieldSchema g = field("holders", FieldType::Group, true);
    FieldSchema share = field("share", FieldType::Number, true);
    share.minimum = 0;
    share.maximum = 100;
    g.children = {field("holder_name", FieldType::Text, true), share};
    g.sharesField = sharesField;
    g.minItems = 1;
    g.maxItems = 3;
    return g;
}

QVariantMap holder(const QString &name, const QVariant &share)
{
    return {{"holder_name", name}, {"share", share}};
}

QStringList paths(const FieldIssues &issues)
{
    QStringList result;
    for (const FieldIssue &i : issues)
        result << i.fieldPath;
    return result;
}

QString describe(const FieldIssues &issues)
{
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines << i.fieldPath + ": " + i.message;
    return lines.join("; ");
}

} // namespace

class TestFormState : public QObject
{
    Q_OBJECT

private:
    ow::test::ManualClock m_clock{kNow};
    DivisionTable m_divisions = DivisionTable::fromTsv("440000\t广东省\n440300\t深圳市\n"
                                                       "440305\t南山区\n110000\t北京市\n");

    std::unique_ptr<FormState> form(const QList<FieldSchema> &fields)
    {
        auto state = std::make_unique<FormState>(m_clock, m_divisions);
        state->setFields(fields);
        return state;
    }

private slots:
    void eachTypeValidatesItsAnswers_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, FieldType type, const QVariant &value, bool valid) {
            QTest::newRow(name) << int(type) << value << valid;
        };
        row("text", FieldType::Text, "深圳市某某科技有限公司", true);
        row("text with 𠮷", FieldType::Text, "𠮷野家", true);
        row("text of 200 characters outside the BMP", FieldType::Text, QString("𠮷").repeated(200),
            true);
        row("text of 201 characters", FieldType::Text, QString("a").repeated(201), false);
        row("text with a control character", FieldType::Text, QString("张\x07三"), false);
        row("text with a lone surrogate", FieldType::Text, QString(QChar(0xD842)) + "x", false);
        row("number", FieldType::Number, "12.5", true);
        row("number from a double", FieldType::Number, 12.5, true);
        row("number from an int", FieldType::Number, 7, true);
        row("number full-width", FieldType::Number, "１２．５", true);
        row("number negative", FieldType::Number, "-3", true);
        row("number letters", FieldType::Number, "abc", false);
        row("number exponent", FieldType::Number, "1e5", false);
        row("number thousands separator", FieldType::Number, "1,000", false);
        row("number NaN", FieldType::Number, qQNaN(), false);
        row("money", FieldType::Money, "1280.50", true);
        row("money whole", FieldType::Money, 300, true);
        row("money three decimals", FieldType::Money, "1.234", false);
        row("money negative", FieldType::Money, "-1", false);
        row("date", FieldType::Date, "2026-02-28", true);
        row("date with slashes", FieldType::Date, "2026/3/2", true);
        row("date in Chinese", FieldType::Date, "2026年3月2日", true);
        row("date as QDate", FieldType::Date, QDate(2024, 2, 29), true);
        row("date not real", FieldType::Date, "2026-02-30", false);
        row("date not a date", FieldType::Date, "next Tuesday", false);
        row("choice", FieldType::Choice, "person", true);
        row("choice 𠮷", FieldType::Choice, "𠮷", true);
        row("choice unknown", FieldType::Choice, "robot", false);
        row("multi-choice", FieldType::MultiChoice, QStringList{"person", "entity"}, true);
        row("multi-choice unknown", FieldType::MultiChoice, QStringList{"person", "robot"}, false);
        row("resident id lower-case x", FieldType::ResidentId, "11010519491231002x", true);
        row("resident id bad check", FieldType::ResidentId, "110105194912310021", false);
        row("resident id too short", FieldType::ResidentId, "1101051949", false);
        row("credit code", FieldType::CreditCode, "914403001922038216", true);
        row("credit code bad check", FieldType::CreditCode, "914403001922038217", false);
        row("mobile", FieldType::Phone, "13800138000", true);
        row("mobile with +86 and spaces", FieldType::Phone, "+86 138 0013 8000", true);
        row("landline", FieldType::Phone, "0755-86001234", true);
        row("landline in brackets", FieldType::Phone, "(010) 6123 4567", true);
        row("landline with extension", FieldType::Phone, "0755-86001234转801", true);
        row("mobile too short", FieldType::Phone, "1380013800", false);
        row("mobile 12x", FieldType::Phone, "12800138000", false);
        row("landline without area code", FieldType::Phone, "86001234", false);
        row("phone letters", FieldType::Phone, "call me", false);
        row("address", FieldType::Address,
            QVariantMap{{"division", "440305"}, {"detail", "科技园路1号"}}, true);
        row("address not in table", FieldType::Address,
            QVariantMap{{"division", "440399"}, {"detail", "某路1号"}}, true);
        row("address short code", FieldType::Address,
            QVariantMap{{"division", "44030"}, {"detail", "x"}}, false);
        row("address letters", FieldType::Address,
            QVariantMap{{"division", "44O305"}, {"detail", "x"}}, false);
        row("address detail only", FieldType::Address, QVariantMap{{"detail", "科技园路1号"}},
            false);
        row("attachment", FieldType::Attachment, "/srv/scans/licence.pdf", true);
        row("attachment as URL", FieldType::Attachment, QUrl::fromLocalFile("/srv/scans/a.pdf"),
            true);
    }

    void eachTypeValidatesItsAnswers()
    {
        QFETCH(int, type);
        QFETCH(QVariant, value);
        QFETCH(bool, valid);
        FieldSchema f = field("f", FieldType(type), true);
        if (f.type == FieldType::Number || f.type == FieldType::Money)
            f.maximum = 100000;
        const auto state = form({f});
        QVERIFY(state->setAnswer("f", value));
        const FieldIssues issues = state->validate();
        QVERIFY2(issues.isEmpty() == valid, qPrintable(describe(issues)));
        for (const FieldIssue &issue : issues) {
            QCOMPARE(issue.fieldPath, QString("f"));
            QVERIFY(!issue.message.isEmpty());
        }
    }

    void boundsOfNumbersAndMoney_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("number at minimum") << int(FieldType::Number) << "1" << true;
        QTest::newRow("number below minimum") << int(FieldType::Number) << "0.5" << false;
        QTest::newRow("number at maximum") << int(FieldType::Number) << "10000" << true;
        QTest::newRow("number above maximum") << int(FieldType::Number) << "10000.01" << false;
        QTest::newRow("money at maximum") << int(FieldType::Money) << "10000.00" << true;
        QTest::newRow("money above maximum") << int(FieldType::Money) << "10000.01" << false;
        QTest::newRow("money below minimum") << int(FieldType::Money) << "0.99" << false;
    }

    void boundsOfNumbersAndMoney()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        FieldSchema f = field("n", FieldType(type));
        f.minimum = 1;
        f.maximum = 10000;
        const auto state = form({f});
        state->setAnswer("n", value);
        QCOMPARE(state->validate().isEmpty(), valid);
    }

    void textMaxLengthFollowsTheSchema()
    {
        FieldSchema f = field("name", FieldType::Text);
        f.maxLength = 3;
        const auto state = form({f});
        state->setAnswer("name", "𠮷𠮷𠮷"); // three characters, six UTF-16 code units
        QVERIFY(state->validate().isEmpty());
        state->setAnswer("name", "𠮷𠮷𠮷𠮷");
        QCOMPARE(state->validate().size(), 1);
        QVERIFY(state->validate().first().message.contains("4"));
    }

    void identifiersAreStoredNormalized_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("id lower-case x")
            << int(FieldType::ResidentId) << QVariant("11010519491231002x")
            << QVariant("11010519491231002X");
        QTest::newRow("id full-width with spaces")
            << int(FieldType::ResidentId) << QVariant("１１０１０５ １９４９１２３１００２ｘ")
            << QVariant("11010519491231002X");
        QTest::newRow("id invalid kept as typed")
            << int(FieldType::ResidentId) << QVariant(" 110105x ") << QVariant("110105x");
        QTest::newRow("credit code full-width")
            << int(FieldType::CreditCode) << QVariant("９１４４０３００１９２２０３８２１６")
            << QVariant("914403001922038216");
        QTest::newRow("mobile") << int(FieldType::Phone) << QVariant("+86 138-0013-8000")
                                << QVariant("13800138000");
        QTest::newRow("landline") << int(FieldType::Phone) << QVariant("（0755）86001234")
                                  << QVariant("0755-86001234");
        QTest::newRow("number text")
            << int(FieldType::Number) << QVariant(" ＋１２．５０ ") << QVariant("12.50");
        QTest::newRow("number from double")
            << int(FieldType::Money) << QVariant(0.1) << QVariant("0.1");
        QTest::newRow("date text")
            << int(FieldType::Date) << QVariant("2026/3/2") << QVariant(QDate(2026, 3, 2));
        QTest::newRow("choice from bool")
            << int(FieldType::Choice) << QVariant(true) << QVariant("true");
        QTest::newRow("multi-choice drops blanks and repeats")
            << int(FieldType::MultiChoice) << QVariant(QStringList{"person", " ", "person"})
            << QVariant(QStringList{"person"});
        QTest::newRow("address division full-width")
            << int(FieldType::Address)
            << QVariant(QVariantMap{{"division", "４４０３０５"}, {"detail", " 科技园 "}})
            << QVariant(QVariantMap{{"division", "440305"}, {"detail", "科技园"}});
        QTest::newRow("blank text is no answer")
            << int(FieldType::Text) << QVariant("   ") << QVariant();
    }

    void identifiersAreStoredNormalized()
    {
        QFETCH(int, type);
        QFETCH(QVariant, input);
        QFETCH(QVariant, stored);
        const auto state = form({field("f", FieldType(type))});
        state->setAnswer("f", input);
        QCOMPARE(state->answer("f"), stored);
        QCOMPARE(state->answers().contains("f"), stored.isValid());
    }

    void unknownFieldsAreRefused()
    {
        const auto state = form({field("name", FieldType::Text)});
        QVERIFY(!state->setAnswer("nmae", "x"));
        QVERIFY(state->answers().isEmpty());
        QVERIFY(!state->setGroupRows("name", {}));
        QVERIFY(!state->setGroupCell("name", 0, "x", "y"));
    }

    void requiredOnlyWhenApplicable()
    {
        FieldSchema agent = field("agent", FieldType::Choice, true);
        agent.options = {{"false", "本人办理"}, {"true", "委托代理人办理"}};
        FieldSchema agentName = field("agent_name", FieldType::Text, true);
        agentName.condition = condition(R"({"field": "agent", "equals": true})");
        const auto state = form({agent, agentName});
        QSignalSpy applicability(state.get(), &FormState::applicabilityChanged);

        QVERIFY(!state->isApplicable("agent_name"));
        QCOMPARE(paths(state->validate()), QStringList{"agent"});

        state->setAnswer("agent", "true");
        QVERIFY(state->isApplicable("agent_name"));
        QCOMPARE(applicability.size(), 1);
        QCOMPARE(paths(state->validate()), QStringList{"agent_name"});

        state->setAnswer("agent_name", "𠮷大山");
        QVERIFY(state->validate().isEmpty());
        QCOMPARE(state->applicableAnswers().value("agent_name").toString(), QString("𠮷大山"));

        // Switching back hides the field: its answer stays but no longer counts.
        state->setAnswer("agent", "false");
        QVERIFY(!state->isApplicable("agent_name"));
        QCOMPARE(applicability.size(), 2);
        QCOMPARE(state->answer("agent_name").toString(), QString("𠮷大山"));
        QVERIFY(!state->applicableAnswers().contains("agent_name"));
        state->setAnswer("agent_name", QString("x").repeated(500));
        QVERIFY(state->validate().isEmpty());
        QVERIFY(state->validateField("agent_name").isEmpty());
    }

    void hiddenAnswersDoNotDriveOtherConditions()
    {
        FieldSchema usage = field("usage", FieldType::Choice);
        usage.options = {{"residential", "住宅"}, {"shop", "商铺"}};
        FieldSchema housing = field("housing", FieldType::Choice);
        housing.options = {{"first", "首套"}, {"second", "二套"}};
        housing.condition = condition(R"({"field": "usage", "equals": "residential"})");
        FieldSchema proof = field("proof", FieldType::Attachment, true);
        proof.condition = condition(R"({"field": "housing", "equals": "first"})");
        const auto state = form({usage, housing, proof});
        state->setAnswer("usage", "residential");
        state->setAnswer("housing", "first");
        QVERIFY(state->isApplicable("proof"));
        state->setAnswer("usage", "shop");
        QVERIFY(!state->isApplicable("housing"));
        QVERIFY(!state->isApplicable("proof")); // "housing" is kept but hidden
        QVERIFY(state->validate().isEmpty());
    }

    void shares_data()
    {
        QTest::addColumn<QVariantList>("shares");
        QTest::addColumn<bool>("valid");
        QTest::newRow("60 + 40") << QVariantList{"60", "40"} << true;
        QTest::newRow("60 + 30") << QVariantList{"60", "30"} << false;
        QTest::newRow("60 + 50") << QVariantList{"60", "50"} << false;
        QTest::newRow("33.33 + 33.33 + 33.34") << QVariantList{"33.33", "33.33", "33.34"} << true;
        QTest::newRow("as doubles 33.33 + 33.33 + 33.34")
            << QVariantList{33.33, 33.33, 33.34} << true;
        QTest::newRow("as doubles 0.1 + 0.2 + 99.7") << QVariantList{0.1, 0.2, 99.7} << true;
        QTest::newRow("100") << QVariantList{"100"} << true;
        QTest::newRow("three decimals") << QVariantList{"33.333", "33.333", "33.334"} << false;
        QTest::newRow("full-width") << QVariantList{"５０", "５０．００"} << true;
    }

    void shares()
    {
        QFETCH(QVariantList, shares);
        QFETCH(bool, valid);
        const auto state = form({holders()});
        QList<QVariantMap> rows;
        for (const QVariant &s : shares)
            rows << holder("股东" + QString::number(rows.size()), s);
        QVERIFY(state->setGroupRows("holders", rows));
        const FieldIssues issues = state->validate();
        QVERIFY2(issues.isEmpty() == valid, qPrintable(describe(issues)));
        QCOMPARE(state->shareTotal("holders").isComplete(), valid);
        QCOMPARE(state->shareTotal("holders").rows, shares.size());
    }

    void shareTotalCountsWhatCanBeRead()
    {
        const auto state = form({holders()});
        state->setGroupRows("holders", {holder("甲", "60"), holder("乙", QVariant())});
        const ShareTotal total = state->shareTotal("holders");
        QCOMPARE(total.hundredths, 6000);
        QCOMPARE(total.unreadable, 1);
        QVERIFY(!total.isComplete());
        // The empty share is reported on its cell, not again as a wrong total.
        QCOMPARE(paths(state->validate()), QStringList{"holders[1].share"});
    }

    void groupRowsAndPaths()
    {
        const auto state = form({holders()});
        QCOMPARE(paths(state->validate()), QStringList{"holders"}); // required, no rows

        state->setGroupRows("holders", {holder("甲", "50"), holder("", "150")});
        QCOMPARE(paths(state->validate()),
                 QStringList({"holders[1].holder_name", "holders[1].share", "holders"}));

        QVERIFY(state->setGroupCell("holders", 1, "holder_name", "𠮷"));
        QVERIFY(state->setGroupCell("holders", 1, "share", "50"));
        QVERIFY2(state->validate().isEmpty(), qPrintable(describe(state->validate())));
        QCOMPARE(state->groupRows("holders").at(1).value("holder_name").toString(), QString("𠮷"));
        QVERIFY(!state->setGroupCell("holders", 2, "share", "1"));
        QVERIFY(!state->setGroupCell("holders", 0, "nonsense", "1"));
    }

    void groupItemLimits_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("countIssue");
        QTest::newRow("none, required") << 0 << true << true;
        QTest::newRow("none, optional") << 0 << false << false;
        QTest::newRow("one, below minimum 2") << 1 << false << true;
        QTest::newRow("two") << 2 << true << false;
        QTest::newRow("three, the maximum") << 3 << true << false;
        QTest::newRow("four, over the maximum") << 4 << true << true;
    }

    void groupItemLimits()
    {
        QFETCH(int, rows);
        QFETCH(bool, required);
        QFETCH(bool, countIssue);
        FieldSchema g = holders(QString());
        g.required = required;
        g.minItems = 2;
        g.maxItems = 3;
        const auto state = form({g});
        QList<QVariantMap> list;
        for (int i = 0; i < rows; ++i)
            list << holder("股东", "10");
        state->setGroupRows("holders", list);
        QCOMPARE(paths(state->validate()).contains("holders"), countIssue);
        QCOMPARE(state->validate().isEmpty(), !countIssue);
    }

    void rowConditionsSeeTheRow()
    {
        FieldSchema g = field("members", FieldType::Group);
        FieldSchema kind = field("kind", FieldType::Choice, true);
        FieldSchema code = field("code", FieldType::CreditCode, true);
        code.condition = condition(R"({"field": "kind", "equals": "entity"})");
        g.children = {kind, code};
        const auto state = form({g});
        state->setGroupRows("members", QList<QVariantMap>{QVariantMap{{"kind", "person"}},
                                                          QVariantMap{{"kind", "entity"}}});
        QCOMPARE(paths(state->validate()), QStringList{"members[1].code"});
        QVERIFY(!state->isApplicableInRow("members", 0, code));
        QVERIFY(state->isApplicableInRow("members", 1, code));
        state->setGroupCell("members", 0, "code", "914403001922038216");
        const QVariantList kept = state->applicableAnswers().value("members").toList();
        QVERIFY(!kept.at(0).toMap().contains("code")); // does not apply to a person
    }

    void prefillFillsOnlyEmptyFieldsAndRemembersTheSource()
    {
        FieldSchema name = field("applicant_name", FieldType::Text, true);
        name.prefill = "applicant.name";
        FieldSchema id = field("id_number", FieldType::ResidentId, true);
        id.prefill = "applicant.id_number";
        FieldSchema phone = field("phone", FieldType::Phone, true);
        phone.prefill = "applicant.phone";
        FieldSchema address = field("address", FieldType::Address);
        address.prefill = "case.address";
        const auto state = form({name, id, phone, address});
        state->setAnswer("phone", "13900139000"); // the clerk typed it already

        const QDate cardDate(2026, 11, 20);
        const PrefillContext context{
            {"applicant.name", {"𠮷大山", "身份证读卡", cardDate}},
            {"applicant.id_number", {"11010519491231002x", "身份证读卡", cardDate}},
            {"applicant.phone", {"13800138000", "办件 W01-2026-000012", QDate(2026, 3, 2)}},
            {"case.address",
             {QVariantMap{{"division", "440305"}, {"detail", "科技园路1号"}},
              "办件 W01-2026-000012", QDate(2026, 3, 2)}},
            {"applicant.unused", {"x", "nowhere", {}}},
        };
        QSignalSpy changed(state.get(), &FormState::answerChanged);
        const QStringList filled = state->applyPrefill(context);
        QCOMPARE(filled, QStringList({"applicant_name", "id_number", "address"}));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(state->answer("applicant_name").toString(), QString("𠮷大山"));
        QCOMPARE(state->answer("id_number").toString(), QString("11010519491231002X"));
        QCOMPARE(state->answer("phone").toString(), QString("13900139000"));
        QCOMPARE(state->prefillSource("applicant_name"), QString("身份证读卡"));
        QCOMPARE(state->prefill("id_number")->date, cardDate);
        QCOMPARE(state->prefillSource("address"), QString("办件 W01-2026-000012"));
        QVERIFY(state->prefillSource("phone").isEmpty());
        QVERIFY(!state->prefill("phone"));

        // Setting the same value again is no edit; changing it is.
        state->setAnswer("id_number", "11010519491231002X");
        QCOMPARE(state->prefillSource("id_number"), QString("身份证读卡"));
        state->setAnswer("applicant_name", "𠮷大川");
        QVERIFY(state->prefillSource("applicant_name").isEmpty());
        QVERIFY(!state->prefill("applicant_name"));

        // A second prefill leaves answered fields alone, pre-filled or typed.
        const PrefillContext other{{"applicant.name", {"李四", "身份证读卡", cardDate}}};
        QVERIFY(state->applyPrefill(other).isEmpty());
        QCOMPARE(state->answer("applicant_name").toString(), QString("𠮷大川"));

        // Clearing a field makes it empty again, so a later prefill may fill it.
        state->setAnswer("applicant_name", QString());
        QCOMPARE(state->applyPrefill(other), QStringList{"applicant_name"});
        QCOMPARE(state->answer("applicant_name").toString(), QString("李四"));
    }

    void prefillSkipsEmptyValues()
    {
        FieldSchema name = field("applicant_name", FieldType::Text);
        name.prefill = "applicant.name";
        const auto state = form({name});
        QVERIFY(state->applyPrefill({{"applicant.name", {"  ", "身份证读卡", {}}}}).isEmpty());
        QVERIFY(!state->prefill("applicant_name"));
    }

    void prefillCanChangeWhatApplies()
    {
        FieldSchema agent = field("agent", FieldType::Choice);
        agent.options = {{"false", "本人"}, {"true", "代理人"}};
        agent.prefill = "case.agent";
        FieldSchema agentName = field("agent_name", FieldType::Text, true);
        agentName.condition = condition(R"({"field": "agent", "equals": true})");
        const auto state = form({agent, agentName});
        QSignalSpy applicability(state.get(), &FormState::applicabilityChanged);
        state->applyPrefill({{"case.agent", {true, "办件 W01-2026-000012", {}}}});
        QCOMPARE(state->answer("agent").toString(), QString("true"));
        QVERIFY(state->isApplicable("agent_name"));
        QCOMPARE(applicability.size(), 1);
    }

    void garbageValuesAreReportedNotFatal_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("map") << QVariant(QVariantMap{{"a", 1}, {"b", QVariantList{1, 2}}});
        QTest::newRow("list of lists") << QVariant(QVariantList{QVariantList{1}, QVariantMap{}});
        QTest::newRow("point") << QVariant(QPointF(1, 2));
        QTest::newRow("url") << QVariant(QUrl("https://example.com"));
        QTest::newRow("date time") << QVariant(QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
        QTest::newRow("invalid date") << QVariant(QDate(2026, 2, 30));
        QTest::newRow("bytes, not UTF-8") << QVariant(QByteArray("\xff\xfe\x00\x01", 4));
        QTest::newRow("huge string") << QVariant(QString("𠮷9").repeated(500000));
        QTest::newRow("huge digits") << QVariant(QString("9").repeated(100000));
        QTest::newRow("infinity") << QVariant(qInf());
        QTest::newRow("string list") << QVariant(QStringList{"1", "2"});
        QTest::newRow("bool") << QVariant(false);
        QTest::newRow("negative int") << QVariant(-1);
    }

    void garbageValuesAreReportedNotFatal()
    {
        QFETCH(QVariant, value);
        QList<FieldSchema> fields;
        for (const FieldType type :
             {FieldType::Text, FieldType::Number, FieldType::Money, FieldType::Date,
              FieldType::Choice, FieldType::MultiChoice, FieldType::ResidentId,
              FieldType::CreditCode, FieldType::Phone, FieldType::Address, FieldType::Attachment}) {
            fields << field(fieldTypeKey(type).replace('-', '_'), type, true);
        }
        fields << holders();
        const auto state = form(fields);
        for (const FieldSchema &f : fields)
            QVERIFY(state->setAnswer(f.id, value));
        // Garbage inside group rows too.
        const QVariant rows =
            QVariantList{value, QVariantMap{{"holder_name", value}, {"share", value}}};
        state->setAnswer("holders", rows);
        const FieldIssues issues = state->validate();
        for (const FieldIssue &issue : issues) {
            QVERIFY(!issue.fieldPath.isEmpty());
            QVERIFY(!issue.message.isEmpty());
            QVERIFY2(issue.message.size() < 400,
                     qPrintable(issue.fieldPath)); // never the value itself
        }
        // Whatever else, text-ish fields cannot accept these as valid identifiers.
        const QStringList bad = paths(issues);
        QVERIFY(bad.contains("resident_id"));
        QVERIFY(bad.contains("credit_code"));
        QVERIFY(bad.contains("phone"));
        state->shareTotal("holders");
        state->applicableAnswers();
    }

    void wrongKindIsExplained()
    {
        const auto state = form({field("d", FieldType::Date), field("g", FieldType::Group)});
        state->setAnswer("d", QVariantList{1, 2});
        state->setAnswer("g", "not rows");
        const FieldIssues issues = state->validate();
        QCOMPARE(paths(issues), QStringList({"d", "g"}));
        QCOMPARE(issues.at(0).message, issues.at(1).message);
    }

    void answersChangedOnlyWhenTheValueChanges()
    {
        const auto state = form({field("name", FieldType::Text)});
        QSignalSpy changed(state.get(), &FormState::answerChanged);
        state->setAnswer("name", "张三");
        state->setAnswer("name", " 张三 "); // the same after normalization
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QString("name"));
        state->setAnswer("name", QVariant());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!state->answers().contains("name"));
    }

    void residentIdUsesTheClock()
    {
        // Born 2026-11-21: not yet on the clock's day.
        const QString body = "11010520261121001";
        const QString id = body + ow::core::ResidentIdValidator::checkCharacter(body);
        const auto state = form({field("id", FieldType::ResidentId)});
        state->setAnswer("id", id);
        QCOMPARE(state->validate().size(), 1);
        m_clock.advanceDays(1);
        QVERIFY(state->validate().isEmpty());
        m_clock.set(kNow);
    }

    void addressNamesComeFromTheTable()
    {
        FieldSchema f = field("address", FieldType::Address, true);
        const auto state = form({f});
        state->setAnswer("address", QVariantMap{{"division", "440305"}});
        const FieldIssues issues = state->validate();
        QCOMPARE(issues.size(), 1); // the detail is missing
        QCOMPARE(&state->divisionTable(), &m_divisions);
        QCOMPARE(state->divisionTable().fullName("440305"), QString("广东省深圳市南山区"));
    }
};

QTEST_GUILESS_MAIN(TestFormState)
#include "tst_formstate.moc"
