// Shared-data verification on the hub: every kind answered passed / failed / not_found from the
// demo registries, malformed requests refused with the validators' reasons, answers signed so
// that VerificationAnswer::verifySignature accepts them and refuses any change, and registry
// files loaded all or nothing with every problem located by file and line.
#include "verification/Registries.h"
#include "verification/RegistryIdentifiers.h"
#include "verification/VerificationService.h"

#include "core/applicant/CardReader.h"
#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/sync/VerificationAnswer.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentId.h"
#include "support/ManualClock.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;
using namespace ow::hub;
using Status = VerificationService::Outcome::Status;

namespace {

const QString demoId = QStringLiteral("110105198807120038");
const QString demoName = QStringLiteral("吉𠮷祥");
const QString divorcedId = QStringLiteral("440306198209090055");  // 王磊
const QString widowedId = QStringLiteral("440303195603040010");   // 黄志强
const QString deceasedId = QStringLiteral("440303195806110023");  // 林秀英
const QString unmarriedId = QStringLiteral("440305199202280073"); // 张伟
const QString uyghurId = QStringLiteral("650102199007070010");    // 买买提·艾力
const QString unknownId = QStringLiteral("11010519491231002X");   // valid, not on record
const QString activeCompany = QStringLiteral("91440300MA5FH2K72J");
const QString revokedCompany = QStringLiteral("914403007938H4WX4H");
const QString deregisteredCompany = QStringLiteral("91440300MA5EW1JD3H");
const QString expiredLicence = QStringLiteral("91440300MA5FYN3R82");
const QString homeUnit = QStringLiteral("440305007003GB00012F00020502"); // the demo resident's
const QString mortgagedUnit = QStringLiteral("440304002011GB00107F00061203");
const QString seizedUnit = QStringLiteral("440306005002GB00318F00030801");
const QString unpaidUnit = QStringLiteral("440305005008GB00377F00010208");
const QString unknownUnit = QStringLiteral("440305999999GB99999F99999999");

// A credit code that passes GB 32100 but belongs to nobody in the registries.
QString validUnknownCreditCode()
{
    const QString body = QStringLiteral("91440300MA5KK0007");
    return body + CreditCodeValidator::checkCharacter(body);
}

QJsonObject subject(std::initializer_list<std::pair<QString, QString>> members)
{
    QJsonObject o;
    for (const auto &[key, value] : members)
        o.insert(key, value);
    return o;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestVerification : public QObject
{
    Q_OBJECT

public:
    TestVerification()
        : m_clock(QDateTime(QDate(2026, 3, 2), QTime(10, 15, 30, 250)))
    {}

private slots:
    void initTestCase();
    void demoRegistriesAreComplete();
    void answers_data();
    void answers();
    void identityFactsRevealNothingForAWrongName();
    void subjectIsNormalized();
    void propertyFactsMaskOwners();
    void taxFactsAddUp();
    void demoCardResidentVerifies();
    void badInput_data();
    void badInput();
    void anyChangeBreaksTheSignature_data();
    void anyChangeBreaksTheSignature();
    void unavailableWithoutRegistriesOrKey();
    void brokenRegistryLoadsNothing_data();
    void brokenRegistryLoadsNothing();
    void missingAndDuplicateRegistries();
    void unitNumbersAndProjectCodes_data();
    void unitNumbersAndProjectCodes();

private:
    VerificationService::Outcome ask(const QString &kind, const QJsonObject &subject) const
    {
        return m_service->answer(kind, subject);
    }

    QString registryDir() const
    {
        return ow::test::sourcePath(QStringLiteral("resources/registries"));
    }
    // A copy of the demo registries in a temporary directory, to break.
    bool copyRegistries(const QString &to) const;

    ow::test::ManualClock m_clock;
    Registries m_registries;
    Sm2Key m_hubKey;
    QByteArray m_hubPem;
    std::unique_ptr<VerificationService> m_service;
};

void TestVerification::initTestCase()
{
    QList<RegistryIssue> issues;
    const bool loaded = m_registries.load(registryDir(), m_clock.today(), &issues);
    QStringList lines;
    for (const RegistryIssue &issue : issues)
        lines.append(issue.toString());
    QVERIFY2(loaded, qPrintable(lines.join(u'\n')));
    QVERIFY(issues.isEmpty());
    QVERIFY(m_hubKey.generate());
    m_hubPem = m_hubKey.exportPublicKeyPem();
    m_service = std::make_unique<VerificationService>(m_registries, m_hubKey, m_clock);
    QCOMPARE(m_service->keyId(), DocumentSeal::keyIdOf(m_hubKey));
}

bool TestVerification::copyRegistries(const QString &to) const
{
    const QDir from(registryDir());
    for (const QString &name : from.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (!QFile::copy(from.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

void TestVerification::demoRegistriesAreComplete()
{
    QVERIFY(m_registries.isLoaded());
    QVERIFY(m_registries.recordCount(RegistryKind::Persons) >= 20);
    QVERIFY(m_registries.recordCount(RegistryKind::Companies) >= 10);
    QVERIFY(m_registries.recordCount(RegistryKind::PropertyUnits) >= 15);
    QVERIFY(m_registries.recordCount(RegistryKind::InvestmentProjects) >= 8);
    QVERIFY(m_registries.recordCount(RegistryKind::Marriages) >= 5);
    QVERIFY(m_registries.recordCount(RegistryKind::TaxRecords) >= 5);
    QCOMPARE(m_registries.source(RegistryKind::Persons), QStringLiteral("省人口基础信息库"));
    QVERIFY(m_registries.person(demoId));
    QCOMPARE(m_registries.person(demoId)->name, demoName);
}

void TestVerification::answers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("subject");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QJsonObject>("someFacts"); // each must be in the answer's facts
    QTest::addColumn<QString>("source");

    const QString persons = QStringLiteral("省人口基础信息库");
    const QString companies = QStringLiteral("省市场主体登记信息库");
    const QString marriages = QStringLiteral("全国婚姻登记信息系统");
    const QString property = QStringLiteral("市不动产登记信息库");
    const QString projects = QStringLiteral("全国投资项目在线审批监管平台");
    const QString tax = QStringLiteral("省税务局税收征管信息系统");

    QTest::newRow("identity passed")
        << "identity" << subject({{"idNumber", demoId}, {"name", demoName}}) << "passed"
        << QJsonObject{{"nameMatches", true}, {"deceased", false}} << persons;
    QTest::newRow("identity passed, other middle dot and spaces")
        << "identity" << subject({{"idNumber", uyghurId}, {"name", " 买买提•艾力 "}}) << "passed"
        << QJsonObject{{"nameMatches", true}} << persons;
    QTest::newRow("identity failed, wrong name")
        << "identity" << subject({{"idNumber", demoId}, {"name", "吉吉祥"}}) << "failed"
        << QJsonObject{{"nameMatches", false}} << persons;
    QTest::newRow("identity failed, deceased")
        << "identity" << subject({{"idNumber", deceasedId}, {"name", "林秀英"}}) << "failed"
        << QJsonObject{{"nameMatches", true}, {"deceased", true}} << persons;
    QTest::newRow("identity not found")
        << "identity" << subject({{"idNumber", unknownId}, {"name", "张三"}}) << "not_found"
        << QJsonObject() << persons;

    QTest::newRow("legal person passed")
        << "legal_person" << subject({{"creditCode", activeCompany}}) << "passed"
        << QJsonObject{{"name", "深圳市鹏城智联科技有限公司"},
                       {"status", "存续"},
                       {"legalRepresentative", "陈建国"},
                       {"registeredCapital", "1000万元人民币"}}
        << companies;
    QTest::newRow("legal person failed, revoked")
        << "legal_person" << subject({{"creditCode", revokedCompany}}) << "failed"
        << QJsonObject{{"status", "吊销"}} << companies;
    QTest::newRow("legal person failed, deregistered")
        << "legal_person" << subject({{"creditCode", deregisteredCompany}}) << "failed"
        << QJsonObject{{"status", "注销"}} << companies;
    QTest::newRow("legal person not found")
        << "legal_person" << subject({{"creditCode", validUnknownCreditCode()}}) << "not_found"
        << QJsonObject() << companies;

    QTest::newRow("business licence passed, long term")
        << "business_licence" << subject({{"creditCode", activeCompany}}) << "passed"
        << QJsonObject{{"licenceNumber", activeCompany},
                       {"termUntil", QJsonValue::Null},
                       {"withinTerm", true}}
        << companies;
    QTest::newRow("business licence failed, term over")
        << "business_licence" << subject({{"creditCode", expiredLicence}}) << "failed"
        << QJsonObject{{"status", "存续"}, {"termUntil", "2024-12-21"}, {"withinTerm", false}}
        << companies;
    QTest::newRow("business licence failed, revoked")
        << "business_licence" << subject({{"creditCode", revokedCompany}}) << "failed"
        << QJsonObject{{"status", "吊销"}, {"withinTerm", true}} << companies;
    QTest::newRow("business licence not found")
        << "business_licence" << subject({{"creditCode", validUnknownCreditCode()}}) << "not_found"
        << QJsonObject() << companies;

    QTest::newRow("marriage passed") << "marriage" << subject({{"idNumber", demoId}}) << "passed"
                                     << QJsonObject{{"status", "married"},
                                                    {"spouseName", "周晓雯"},
                                                    {"spouseIdNumber", "440305********0022"},
                                                    {"certificateNumber", "J110105-2016-006231"},
                                                    {"registeredOn", "2016-10-01"},
                                                    {"endedOn", QJsonValue::Null}}
                                     << marriages;
    QTest::newRow("marriage failed, divorced")
        << "marriage" << subject({{"idNumber", divorcedId}}) << "failed"
        << QJsonObject{{"status", "divorced"}, {"spouseName", "赵敏"}, {"endedOn", "2019-06-14"}}
        << marriages;
    QTest::newRow("marriage failed, widowed")
        << "marriage" << subject({{"idNumber", widowedId}}) << "failed"
        << QJsonObject{{"status", "widowed"}, {"spouseName", "林秀英"}} << marriages;
    QTest::newRow("marriage passed, remarried after a divorce")
        << "marriage" << subject({{"idNumber", "130102197909250028"}}) << "passed"
        << QJsonObject{{"status", "married"}, {"spouseName", "马超"}} << marriages;
    QTest::newRow("marriage failed, never married")
        << "marriage" << subject({{"idNumber", unmarriedId}}) << "failed"
        << QJsonObject{{"status", "unmarried"}, {"deceased", false}} << marriages;
    QTest::newRow("marriage not found") << "marriage" << subject({{"idNumber", unknownId}})
                                        << "not_found" << QJsonObject() << marriages;

    QTest::newRow("property unit passed")
        << "property_unit" << subject({{"unitNumber", homeUnit}}) << "passed"
        << QJsonObject{{"status", "normal"},
                       {"mortgagee", QJsonValue::Null},
                       {"area", 89.37},
                       {"usage", "住宅"}}
        << property;
    QTest::newRow("property unit passed, mortgaged")
        << "property_unit" << subject({{"unitNumber", mortgagedUnit}}) << "passed"
        << QJsonObject{{"status", "mortgaged"},
                       {"mortgagee", "中国工商银行股份有限公司深圳福田支行"}}
        << property;
    QTest::newRow("property unit failed, seized")
        << "property_unit" << subject({{"unitNumber", seizedUnit}}) << "failed"
        << QJsonObject{{"status", "seized"}, {"seizedBy", "深圳市宝安区人民法院"}} << property;
    QTest::newRow("property unit not found")
        << "property_unit" << subject({{"unitNumber", unknownUnit}}) << "not_found" << QJsonObject()
        << property;

    QTest::newRow("investment project passed")
        << "investment_project" << subject({{"projectCode", "2019-130100-47-01-000123"}})
        << "passed"
        << QJsonObject{{"approvalType", "审批"},
                       {"ownerCreditCode", "91130100MA0CKT2N7L"},
                       {"ownerName", "河北冀联建设工程有限公司"},
                       {"stage", "竣工验收"},
                       {"status", "active"}}
        << projects;
    QTest::newRow("investment project failed, cancelled")
        << "investment_project" << subject({{"projectCode", "2021-440306-33-03-008812"}})
        << "failed" << QJsonObject{{"status", "cancelled"}} << projects;
    QTest::newRow("investment project not found")
        << "investment_project" << subject({{"projectCode", "2019-130100-47-01-000124"}})
        << "not_found" << QJsonObject() << projects;

    QTest::newRow("tax paid passed")
        << "tax_paid" << subject({{"unitNumber", homeUnit}}) << "passed"
        << QJsonObject{{"status", "paid"},
                       {"taxpayerName", demoName},
                       {"voucherNumber", "344056170500086231"},
                       {"total", "80433.00"}}
        << tax;
    QTest::newRow("tax paid failed, unpaid")
        << "tax_paid" << subject({{"unitNumber", unpaidUnit}}) << "failed"
        << QJsonObject{{"status", "unpaid"},
                       {"paidOn", QJsonValue::Null},
                       {"voucherNumber", QJsonValue::Null},
                       {"total", "54586.13"}}
        << tax;
    QTest::newRow("tax paid not found, unit without a transfer")
        << "tax_paid" << subject({{"unitNumber", seizedUnit}}) << "not_found" << QJsonObject()
        << tax;
}

void TestVerification::answers()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, subject);
    QFETCH(QString, result);
    QFETCH(QJsonObject, someFacts);
    QFETCH(QString, source);

    const auto outcome = ask(kind, subject);
    QVERIFY2(outcome.answered(), qPrintable(outcome.error));
    QVERIFY(outcome.error.isEmpty());
    const QJsonObject &answer = outcome.answer;
    QCOMPARE(answer.value("kind").toString(), kind);
    QCOMPARE(answer.value("result").toString(), result);
    QCOMPARE(answer.value("source").toString(), source);
    QCOMPARE(answer.value("keyId").toString(), DocumentSeal::keyIdOf(m_hubKey));
    // The clock's local time in UTC, to the second (the clock stands at 10:15:30.250).
    QCOMPARE(answer.value("answeredAt").toString(), m_clock.now().toUTC().toString(Qt::ISODate));
    const QJsonObject facts = answer.value("facts").toObject();
    if (result == "not_found")
        QVERIFY(facts.isEmpty());
    for (auto it = someFacts.begin(); it != someFacts.end(); ++it)
        QVERIFY2(facts.value(it.key()) == it.value(),
                 qPrintable(it.key() + ": " + QJsonDocument(facts).toJson()));

    // The workstation's checks: signed by this hub, well formed, and over exactly this.
    QString error;
    QVERIFY2(
        VerificationAnswer::verifySignature(answer, outcome.signature.toLatin1(), m_hubPem, &error),
        qPrintable(error));
    const auto parsed = VerificationAnswer::fromJson(answer, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->answeredAt,
             QDateTime(QDate(2026, 3, 2), QTime(10, 15, 30), Qt::LocalTime).toUTC());
    const QJsonObject body =
        QJsonDocument::fromJson(QJsonDocument(outcome.toJson()).toJson()).object();
    QVERIFY(VerificationAnswer::verifySignature(body.value("answer").toObject(),
                                                body.value("signature").toString().toLatin1(),
                                                m_hubPem, &error));
}

void TestVerification::identityFactsRevealNothingForAWrongName()
{
    // A wrong name must not tell whether the number belongs to someone who died.
    const auto outcome = ask("identity", subject({{"idNumber", deceasedId}, {"name", "林秀"}}));
    QVERIFY(outcome.answered());
    QCOMPARE(outcome.answer.value("facts").toObject(), QJsonObject({{"nameMatches", false}}));
}

void TestVerification::subjectIsNormalized()
{
    // A 15-digit first-generation number, full-width digits and a lower-case x are all the
    // same person; the signed subject names the 18-digit number.
    const auto old =
        ask("identity", subject({{"idNumber", "110105880712003"}, {"name", demoName}}));
    QVERIFY2(old.answered(), qPrintable(old.error));
    QCOMPARE(old.answer.value("result").toString(), QString("passed"));
    QCOMPARE(old.answer.value("subject").toObject(),
             QJsonObject({{"idNumber", demoId}, {"name", demoName}}));

    const auto x = ask("marriage", subject({{"idNumber", "44030419750821003x"}}));
    QVERIFY(x.answered());
    QCOMPARE(x.answer.value("subject").toObject().value("idNumber").toString(),
             QString("44030419750821003X"));
    QCOMPARE(x.answer.value("result").toString(), QString("passed"));

    const auto unit =
        ask("property_unit", subject({{"unitNumber", " 440305 007003 gb00012 f00020502 "}}));
    QVERIFY2(unit.answered(), qPrintable(unit.error));
    QCOMPARE(unit.answer.value("subject").toObject().value("unitNumber").toString(), homeUnit);

    const auto project =
        ask("investment_project", subject({{"projectCode", "２０１９－130100-47-01-000123"}}));
    QVERIFY2(project.answered(), qPrintable(project.error));
    QCOMPARE(project.answer.value("result").toString(), QString("passed"));
}

void TestVerification::propertyFactsMaskOwners()
{
    const auto outcome = ask("property_unit", subject({{"unitNumber", homeUnit}}));
    QVERIFY(outcome.answered());
    const QJsonArray owners = outcome.answer.value("facts").toObject().value("owners").toArray();
    QCOMPARE(owners.size(), 2);
    QCOMPARE(owners.at(0).toObject(),
             QJsonObject(
                 {{"name", demoName}, {"idNumber", "110105********0038"}, {"share", "共同共有"}}));
    QVERIFY(!QJsonDocument(outcome.answer).toJson().contains(demoId.toUtf8()));

    const auto company =
        ask("property_unit", subject({{"unitNumber", "440305003001GB00201F00011506"}}));
    QVERIFY(company.answered());
    QCOMPARE(company.answer.value("facts")
                 .toObject()
                 .value("owners")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("creditCode")
                 .toString(),
             activeCompany);
}

void TestVerification::taxFactsAddUp()
{
    const auto outcome = ask("tax_paid", subject({{"unitNumber", "440304001009GB00088F00020904"}}));
    QVERIFY(outcome.answered());
    const QJsonObject facts = outcome.answer.value("facts").toObject();
    QCOMPARE(facts.value("taxes").toArray().size(), 2);
    QCOMPARE(facts.value("total").toString(), QString("210331.66")); // 206883.60 + 3448.06
    QCOMPARE(facts.value("taxpayerCreditCode").toString(), QString("914403002793618571"));
    QVERIFY(!facts.contains("taxpayerIdNumber"));
}

void TestVerification::demoCardResidentVerifies()
{
    IdCardData card;
    QString reason;
    QVERIFY2(
        SimulatedCardReader::parse(readFile(ow::test::sourcePath("resources/demo/id-card.json")),
                                   m_clock.today(), &card, &reason),
        qPrintable(reason));
    const auto identity =
        ask("identity", subject({{"idNumber", card.idNumber}, {"name", card.name}}));
    QVERIFY2(identity.answered(), qPrintable(identity.error));
    QCOMPARE(identity.answer.value("result").toString(), QString("passed"));
    const auto marriage = ask("marriage", subject({{"idNumber", card.idNumber}}));
    QVERIFY(marriage.answered());
    QCOMPARE(marriage.answer.value("result").toString(), QString("passed"));
    // The demo resident also represents a company in Beijing.
    bool represents = false;
    const QJsonArray companies =
        QJsonDocument::fromJson(readFile(QDir(registryDir()).filePath("companies.json")))
            .object()
            .value("records")
            .toArray();
    for (const QJsonValue &c : companies)
        represents =
            represents || c.toObject().value("legalRepresentative").toString() == card.name;
    QVERIFY(represents);
}

void TestVerification::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("subject");
    QTest::addColumn<QString>("expected"); // the exact reason, or a part of it after "~"

    const QDate today(2026, 3, 2);
    QTest::newRow("unknown kind") << "household_register" << subject({{"idNumber", demoId}})
                                  << "~household_register";
    QTest::newRow("kind spelt as in the catalog")
        << "legal-person" << subject({{"creditCode", activeCompany}}) << "~legal-person";
    QTest::newRow("ID number with a wrong check digit")
        << "identity" << subject({{"idNumber", "110105198807120037"}, {"name", demoName}})
        << ResidentIdValidator::validate(u"110105198807120037", today).reason;
    QTest::newRow("ID number too short")
        << "marriage" << subject({{"idNumber", "1101051988"}})
        << ResidentIdValidator::validate(u"1101051988", today).reason;
    QTest::newRow("ID number born in the future")
        << "marriage" << subject({{"idNumber", "110105202701010011"}})
        << ResidentIdValidator::validate(u"110105202701010011", today).reason;
    QTest::newRow("no name") << "identity" << subject({{"idNumber", demoId}}) << "~name";
    QTest::newRow("empty name") << "identity" << subject({{"idNumber", demoId}, {"name", "  "}})
                                << "~1";
    QTest::newRow("extra member") << "identity"
                                  << subject(
                                         {{"idNumber", demoId}, {"name", demoName}, {"phone", "1"}})
                                  << "~phone";
    QJsonObject notText{{"idNumber", 110105198807120038.0}};
    QTest::newRow("number instead of text") << "marriage" << notText << "~idNumber";
    QTest::newRow("credit code with a letter O")
        << "legal_person" << subject({{"creditCode", "91440300MA5FH2K7OJ"}})
        << CreditCodeValidator::validate(u"91440300MA5FH2K7OJ").reason;
    QTest::newRow("credit code with a wrong check character")
        << "business_licence" << subject({{"creditCode", "91440300MA5FH2K72K"}})
        << CreditCodeValidator::validate(u"91440300MA5FH2K72K").reason;
    QTest::newRow("unit number too short")
        << "property_unit" << subject({{"unitNumber", "440305007003GB00012"}})
        << RegistryIdentifiers::propertyUnitNumber(u"440305007003GB00012").reason;
    QTest::newRow("unit number with a bad fixture letter")
        << "tax_paid" << subject({{"unitNumber", "440305007003GB00012X00020502"}})
        << RegistryIdentifiers::propertyUnitNumber(u"440305007003GB00012X00020502").reason;
    QTest::newRow("project code without hyphens")
        << "investment_project" << subject({{"projectCode", "201913010047010000123"}})
        << RegistryIdentifiers::projectCode(u"201913010047010000123").reason;
    QTest::newRow("project code of type 04")
        << "investment_project" << subject({{"projectCode", "2019-130100-47-04-000123"}})
        << RegistryIdentifiers::projectCode(u"2019-130100-47-04-000123").reason;
    QTest::newRow("empty subject") << "tax_paid" << QJsonObject() << "~unitNumber";
}

void TestVerification::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, subject);
    QFETCH(QString, expected);
    const auto outcome = ask(kind, subject);
    QCOMPARE(outcome.status, Status::BadRequest);
    QVERIFY(outcome.answer.isEmpty());
    QVERIFY(outcome.signature.isEmpty());
    QVERIFY(!outcome.error.isEmpty());
    if (expected.startsWith(u'~'))
        QVERIFY2(outcome.error.contains(expected.mid(1)), qPrintable(outcome.error));
    else
        QCOMPARE(outcome.error, expected);
}

void TestVerification::anyChangeBreaksTheSignature_data()
{
    QTest::addColumn<QString>("path"); // "facts.<key>" or a top-level key
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("status") << "facts.status" << QJsonValue("normal");
    QTest::newRow("mortgagee removed") << "facts.mortgagee" << QJsonValue(QJsonValue::Null);
    QTest::newRow("area") << "facts.area" << QJsonValue(102.51);
    QTest::newRow("owners") << "facts.owners" << QJsonValue(QJsonArray());
    QTest::newRow("fact added") << "facts.note" << QJsonValue("");
    QTest::newRow("result") << "result" << QJsonValue("failed");
    QTest::newRow("subject") << "subject" << QJsonValue(QJsonObject{{"unitNumber", homeUnit}});
    QTest::newRow("time") << "answeredAt" << QJsonValue("2026-03-02T02:15:31Z");
}

void TestVerification::anyChangeBreaksTheSignature()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const auto outcome = ask("property_unit", subject({{"unitNumber", mortgagedUnit}}));
    QVERIFY(outcome.answered());
    QJsonObject changed = outcome.answer;
    if (path.startsWith("facts.")) {
        QJsonObject facts = changed.value("facts").toObject();
        facts.insert(path.mid(6), value);
        changed.insert("facts", facts);
    } else {
        changed.insert(path, value);
    }
    QVERIFY(changed != outcome.answer);
    QString error;
    QVERIFY(VerificationAnswer::verifySignature(outcome.answer, outcome.signature.toLatin1(),
                                                m_hubPem, &error));
    QVERIFY(!VerificationAnswer::verifySignature(changed, outcome.signature.toLatin1(), m_hubPem,
                                                 &error));
    QVERIFY(!error.isEmpty());
}

void TestVerification::unavailableWithoutRegistriesOrKey()
{
    Registries empty;
    const VerificationService noData(empty, m_hubKey, m_clock);
    auto outcome = noData.answer("identity", subject({{"idNumber", demoId}, {"name", demoName}}));
    QCOMPARE(outcome.status, Status::Unavailable);
    QVERIFY(!outcome.error.isEmpty());

    Sm2Key publicOnly;
    QVERIFY(publicOnly.importPublicKeyPem(m_hubPem));
    const VerificationService noSigner(m_registries, publicOnly, m_clock);
    outcome = noSigner.answer("identity", subject({{"idNumber", demoId}, {"name", demoName}}));
    QCOMPARE(outcome.status, Status::Unavailable);
    QVERIFY(outcome.answer.isEmpty());
}

void TestVerification::brokenRegistryLoadsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from"); // replaced once in the file
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("target"); // where in `to` the problem is
    QTest::addColumn<bool>("recordLine");   // reported at the record's first line instead
    QTest::addColumn<QString>("reason");    // a part of the expected reason or path

    QTest::newRow("not JSON") << "marriages.json"
                              << QByteArray("\"office\": \"北京市朝阳区民政局婚姻登记处\",")
                              << QByteArray("\"office\": \"北京市朝阳区民政局婚姻登记处\",,")
                              << QByteArray(",,") << false << "JSON";
    QTest::newRow("ID number with a wrong check digit")
        << "persons.json" << QByteArray("\"idNumber\": \"440305199202280073\"")
        << QByteArray("\"idNumber\": \"440305199202280074\"") << QByteArray("\"idNumber\"") << false
        << ResidentIdValidator::validate(u"440305199202280074", QDate(2026, 3, 2)).reason;
    QTest::newRow("unknown member")
        << "companies.json" << QByteArray("\"registeredCapital\": \"200万元人民币\",")
        << QByteArray("\"registeredCapital\": \"200万元人民币\",\n      \"capital\": 2,")
        << QByteArray("\"capital\"") << false << "capital";
    QTest::newRow("owner not in the persons registry")
        << "property-units.json" << QByteArray("\"idNumber\": \"440306198209090055\"")
        << QByteArray("\"idNumber\": \"11010519491231002X\"") << QByteArray("\"idNumber\"") << true
        << "11010519491231002X";
    QTest::newRow("mortgaged without mortgagee")
        << "property-units.json" << QByteArray("\"mortgagee\": \"招商银行股份有限公司深圳分行\"")
        << QByteArray("\"mortgagee\": null") << QByteArray("\"mortgagee\"") << false << "mortgagee";
    QTest::newRow("marital status contradicts the marriages")
        << "persons.json"
        << QByteArray("\"name\": \"张伟\",\n      \"nation\": \"汉\",\n      \"address\": "
                      "\"广东省深圳市南山区粤海街道科技南十二路18号\",\n      \"maritalStatus\": "
                      "\"unmarried\"")
        << QByteArray("\"name\": \"张伟\",\n      \"nation\": \"汉\",\n      \"address\": "
                      "\"广东省深圳市南山区粤海街道科技南十二路18号\",\n      \"maritalStatus\": "
                      "\"married\"")
        << QByteArray("\"maritalStatus\"") << false << "unmarried";
    QTest::newRow("project of an unknown owner")
        << "investment-projects.json" << QByteArray("\"ownerCreditCode\": \"91130100MA0CKT2N7L\"")
        << "\"ownerCreditCode\": \"" + validUnknownCreditCode().toUtf8() + "\""
        << QByteArray("\"ownerCreditCode\"") << false << validUnknownCreditCode();
    QTest::newRow("amount with one decimal")
        << "tax-records.json" << QByteArray("\"amount\": \"80433.00\"")
        << QByteArray("\"amount\": \"80433.0\"") << QByteArray("\"amount\"") << true << "80433.00";
    QTest::newRow("wrong format tag")
        << "tax-records.json" << QByteArray("\"format\": \"onewindow-registry\"")
        << QByteArray("\"format\": \"registry\"") << QByteArray("\"format\"") << false
        << "onewindow-registry";
}

void TestVerification::brokenRegistryLoadsNothing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, target);
    QFETCH(bool, recordLine);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyRegistries(dir.path()));
    const QString path = QDir(dir.path()).filePath(file);
    QByteArray text = readFile(path);
    QCOMPARE(text.count(from), 1);
    const qsizetype changedAt = text.indexOf(from);
    text.replace(from, to);
    QVERIFY(writeFile(path, text));
    qsizetype at = changedAt + to.indexOf(target);
    if (recordLine)
        at = text.lastIndexOf("\n    {", at) + 1;
    const int expectedLine = int(text.left(at).count('\n')) + 1;

    // A fresh set of registries stays empty...
    Registries fresh;
    QList<RegistryIssue> issues;
    QVERIFY(!fresh.load(dir.path(), m_clock.today(), &issues));
    QVERIFY(!fresh.isLoaded());
    QVERIFY(!issues.isEmpty());
    const RegistryIssue &first = issues.first();
    QCOMPARE(first.file, file);
    QCOMPARE(first.line, expectedLine);
    QVERIFY2(first.reason.contains(reason) || first.path.contains(reason),
             qPrintable(first.toString()));
    QVERIFY(first.toString().startsWith(file + ":" + QString::number(first.line) + ": "));
    // Only that problem: registries that refer to the broken one are not checked (a note
    // without a line says so) rather than reported as full of dangling references.
    for (qsizetype i = 1; i < issues.size(); ++i) {
        QVERIFY2(issues.at(i).line == 0 && issues.at(i).reason.contains(file),
                 qPrintable(issues.at(i).toString()));
    }

    // ...and loaded registries keep what they had.
    Registries loaded;
    QVERIFY(loaded.load(registryDir(), m_clock.today(), &issues));
    QVERIFY(!loaded.load(dir.path(), m_clock.today(), &issues));
    QVERIFY(loaded.isLoaded());
    QVERIFY(loaded.person(demoId));
    QVERIFY(loaded.propertyUnit(homeUnit));
}

void TestVerification::missingAndDuplicateRegistries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyRegistries(dir.path()));
    QVERIFY(QFile::remove(QDir(dir.path()).filePath("tax-records.json")));
    QVERIFY(QFile::copy(QDir(dir.path()).filePath("persons.json"),
                        QDir(dir.path()).filePath("persons-copy.json")));
    Registries registries;
    QList<RegistryIssue> issues;
    QVERIFY(!registries.load(dir.path(), m_clock.today(), &issues));
    QVERIFY(!registries.isLoaded());
    QStringList all;
    for (const RegistryIssue &issue : issues)
        all.append(issue.toString());
    const QString text = all.join(u'\n');
    // Files are read in name order, so persons.json is the second "persons".
    QVERIFY2(text.contains("persons.json:4: registry: ") && text.contains("persons-copy.json")
                 && text.contains("“tax-records”"),
             qPrintable(text));

    QList<RegistryIssue> none;
    QVERIFY(
        !registries.load(QDir(dir.path()).filePath("no-such-directory"), m_clock.today(), &none));
    QCOMPARE(none.size(), 1);
}

void TestVerification::unitNumbersAndProjectCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("unitNumber");    // else a project code
    QTest::addColumn<QString>("normalized"); // empty: invalid

    QTest::newRow("unit") << homeUnit << true << homeUnit;
    QTest::newRow("unit lower case with spaces")
        << "440305 007003 gb00012 f00020502" << true << homeUnit;
    QTest::newRow("unit land only")
        << "440311003002JA00021W00000000" << true << "440311003002JA00021W00000000";
    QTest::newRow("unit land only with a number") << "440311003002JA00021W00000001" << true << "";
    QTest::newRow("unit ownership letter") << "440305007003XB00012F00020502" << true << "";
    QTest::newRow("unit digits in zone") << "440305007A03GB00012F00020502" << true << "";
    QTest::newRow("unit division letters") << "44O305007003GB00012F00020502" << true << "";
    QTest::newRow("unit parcel digits") << "440305007003GB000A2F00020502" << true << "";
    QTest::newRow("unit empty") << "" << true << "";
    QTest::newRow("unit far too long") << QString(300, u'4') << true << "";
    QTest::newRow("project") << "2019-130100-47-01-000123" << false << "2019-130100-47-01-000123";
    QTest::newRow("project full-width") << "２０１９－１３０１００－４７－０１－０００１２３"
                                        << false << "2019-130100-47-01-000123";
    QTest::newRow("project year") << "1899-130100-47-01-000123" << false << "";
    QTest::newRow("project short serial") << "2019-130100-47-01-00012" << false << "";
}

void TestVerification::unitNumbersAndProjectCodes()
{
    QFETCH(QString, input);
    QFETCH(bool, unitNumber);
    QFETCH(QString, normalized);
    const auto result = unitNumber ? RegistryIdentifiers::propertyUnitNumber(input)
                                   : RegistryIdentifiers::projectCode(input);
    QCOMPARE(result.valid, !normalized.isEmpty());
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.reason.isEmpty(), result.valid);
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
