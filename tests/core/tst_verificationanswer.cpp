// Verification answers as the workstation receives them: strict reading, and the hub's SM2
// signature over the canonical JSON, which survives transport and fails on any change.
#include "core/crypto/CanonicalJson.h"
#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/sync/VerificationAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::core;

class TestVerificationAnswer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void everyKindAndResultIsKnown();
    void strictReading_data();
    void strictReading();
    void signatureVerifies();
    void signatureSurvivesJsonText();
    void anyChangeBreaksTheSignature_data();
    void anyChangeBreaksTheSignature();
    void otherKeyIsRefused();
    void malformedSignatureOrKeyIsRefused();

private:
    VerificationAnswer sample() const;
    QByteArray sign(const QJsonObject &answer) const;

    Sm2Key m_hub;
    QByteArray m_hubPem;
};

void TestVerificationAnswer::initTestCase()
{
    QVERIFY(m_hub.generate());
    m_hubPem = m_hub.exportPublicKeyPem();
    QVERIFY(!m_hubPem.isEmpty());
}

VerificationAnswer TestVerificationAnswer::sample() const
{
    VerificationAnswer a;
    a.kind = "property_unit";
    a.subject = QJsonObject{{"unitNumber", "440305007003GB00012F00020502"}};
    a.result = VerificationAnswer::Result::Passed;
    a.facts = QJsonObject{
        {"status", "mortgaged"},
        {"mortgagee", "中国建设银行股份有限公司深圳市分行"},
        {"owners",
         QJsonArray{QJsonObject{
             {"name", "吉𠮷祥"}, {"idNumber", "110105********0038"}, {"share", "共同共有"}}}},
        {"area", 89.37},
    };
    a.source = "市不动产登记信息库";
    a.answeredAt = QDateTime(QDate(2026, 3, 2), QTime(1, 15, 0), Qt::UTC);
    a.keyId = DocumentSeal::keyIdOf(m_hub);
    return a;
}

QByteArray TestVerificationAnswer::sign(const QJsonObject &answer) const
{
    return m_hub.sign(canonicalJson(answer)).toBase64();
}

void TestVerificationAnswer::roundTrip()
{
    const VerificationAnswer a = sample();
    const QJsonObject json = a.toJson();
    QCOMPARE(json.value("answeredAt").toString(), QString("2026-03-02T01:15:00Z"));
    QCOMPARE(json.value("result").toString(), QString("passed"));
    QString error;
    const auto back = VerificationAnswer::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->kind, a.kind);
    QCOMPARE(back->subject, a.subject);
    QCOMPARE(back->result, a.result);
    QCOMPARE(back->facts, a.facts);
    QCOMPARE(back->source, a.source);
    QCOMPARE(back->answeredAt, a.answeredAt);
    QCOMPARE(back->answeredAt.timeSpec(), Qt::UTC);
    QCOMPARE(back->keyId, a.keyId);
    QCOMPARE(back->toJson(), json);
}

void TestVerificationAnswer::everyKindAndResultIsKnown()
{
    QCOMPARE(VerificationAnswer::kinds(),
             QStringList({"identity", "legal_person", "business_licence", "marriage",
                          "property_unit", "investment_project", "tax_paid"}));
    for (const auto r : {VerificationAnswer::Result::Passed, VerificationAnswer::Result::Failed,
                         VerificationAnswer::Result::NotFound})
        QCOMPARE(VerificationAnswer::resultFromName(VerificationAnswer::resultName(r)), r);
    QCOMPARE(VerificationAnswer::resultName(VerificationAnswer::Result::NotFound),
             QString("not_found"));
    QVERIFY(!VerificationAnswer::resultFromName(u"PASSED"));
}

void TestVerificationAnswer::strictReading_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key

    QTest::newRow("unknown member") << "extra" << QJsonValue(1);
    QTest::newRow("no kind") << "kind" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("unknown kind") << "kind" << QJsonValue("household_register");
    QTest::newRow("kind with a hyphen") << "kind" << QJsonValue("property-unit");
    QTest::newRow("subject not an object")
        << "subject" << QJsonValue("440305007003GB00012F00020502");
    QTest::newRow("no facts") << "facts" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("facts an array") << "facts" << QJsonValue(QJsonArray());
    QTest::newRow("unknown result") << "result" << QJsonValue("ok");
    QTest::newRow("result not text") << "result" << QJsonValue(true);
    QTest::newRow("empty source") << "source" << QJsonValue(" ");
    QTest::newRow("local time") << "answeredAt" << QJsonValue("2026-03-02T09:15:00");
    QTest::newRow("offset time") << "answeredAt" << QJsonValue("2026-03-02T09:15:00+08:00");
    QTest::newRow("no such date") << "answeredAt" << QJsonValue("2026-02-30T09:15:00Z");
    QTest::newRow("key id too short") << "keyId" << QJsonValue("0f1e2d3c");
    QTest::newRow("key id upper case") << "keyId" << QJsonValue("0F1E2D3C4B5A6978");
}

void TestVerificationAnswer::strictReading()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = sample().toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString error;
    QVERIFY(!VerificationAnswer::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(key) || error.contains(value.toString()) || key == "source",
             qPrintable(error));
}

void TestVerificationAnswer::signatureVerifies()
{
    const QJsonObject json = sample().toJson();
    QString error = "stale";
    QVERIFY2(VerificationAnswer::verifySignature(json, sign(json), m_hubPem, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(VerificationAnswer::verifySignature(json, sign(json), m_hubPem, nullptr));
}

void TestVerificationAnswer::signatureSurvivesJsonText()
{
    // The hub sends {"answer", "signature"} as indented or compact JSON in any key order; the
    // workstation parses it and checks the object it got.
    const QJsonObject json = sample().toJson();
    const QJsonObject body{{"answer", json}, {"signature", QString::fromLatin1(sign(json))}};
    for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QJsonObject received =
            QJsonDocument::fromJson(QJsonDocument(body).toJson(format)).object();
        QString error;
        QVERIFY2(VerificationAnswer::verifySignature(
                     received.value("answer").toObject(),
                     received.value("signature").toString().toLatin1(), m_hubPem, &error),
                 qPrintable(error));
    }
}

void TestVerificationAnswer::anyChangeBreaksTheSignature_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("result") << "result" << QJsonValue("failed");
    QTest::newRow("subject") << "subject"
                             << QJsonValue(
                                    QJsonObject{{"unitNumber", "440305007003GB00012F00020503"}});
    QTest::newRow("source") << "source" << QJsonValue("别的登记库");
    QTest::newRow("time") << "answeredAt" << QJsonValue("2026-03-02T01:15:01Z");
    QTest::newRow("kind") << "kind" << QJsonValue("tax_paid");
    QTest::newRow("added member") << "comment" << QJsonValue("");
}

void TestVerificationAnswer::anyChangeBreaksTheSignature()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QJsonObject json = sample().toJson();
    const QByteArray signature = sign(json);
    QJsonObject changed = json;
    changed.insert(key, value);
    QString error;
    QVERIFY(!VerificationAnswer::verifySignature(changed, signature, m_hubPem, &error));
    QVERIFY(!error.isEmpty());
}

void TestVerificationAnswer::otherKeyIsRefused()
{
    const QJsonObject json = sample().toJson();
    Sm2Key other;
    QVERIFY(other.generate());
    QString error;
    // Checked against another hub's key: the key id already tells.
    QVERIFY(
        !VerificationAnswer::verifySignature(json, sign(json), other.exportPublicKeyPem(), &error));
    QVERIFY2(error.contains(DocumentSeal::keyIdOf(other)), qPrintable(error));
    // Signed by another key that claims the hub's key id.
    const QByteArray forged = other.sign(canonicalJson(json)).toBase64();
    QVERIFY(!VerificationAnswer::verifySignature(json, forged, m_hubPem, &error));
    // Signed by the hub's key with another signer ID than 1234567812345678.
    const QByteArray otherId = m_hub.sign(canonicalJson(json), "onewindow").toBase64();
    QVERIFY(!VerificationAnswer::verifySignature(json, otherId, m_hubPem, &error));
    // Signed over the text Qt writes instead of the canonical form.
    const QByteArray notCanonical =
        m_hub.sign(QJsonDocument(json).toJson(QJsonDocument::Indented)).toBase64();
    QVERIFY(!VerificationAnswer::verifySignature(json, notCanonical, m_hubPem, &error));
}

void TestVerificationAnswer::malformedSignatureOrKeyIsRefused()
{
    const QJsonObject json = sample().toJson();
    QString error;
    QVERIFY(!VerificationAnswer::verifySignature(json, "not base64!", m_hubPem, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!VerificationAnswer::verifySignature(json, "", m_hubPem, &error));
    QVERIFY(!VerificationAnswer::verifySignature(json, QByteArray(90, 'A'), m_hubPem, &error));
    QVERIFY(!VerificationAnswer::verifySignature(json, sign(json), "-----BEGIN PUBLIC KEY-----\n",
                                                 &error));
    QVERIFY(!error.isEmpty());
    QJsonObject noKeyId = json;
    noKeyId.remove("keyId");
    QVERIFY(!VerificationAnswer::verifySignature(noKeyId, sign(noKeyId), m_hubPem, &error));
}

QTEST_GUILESS_MAIN(TestVerificationAnswer)
#include "tst_verificationanswer.moc"
