// Canonical JSON for signatures: compact, keys in UTF-16 order, strings unescaped except what
// JSON requires, numbers as Qt writes them, and the same bytes after a trip through JSON text.
#include "core/crypto/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace ow::core;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void scalars_data();
    void scalars();
    void objectsAreCompactWithSortedKeys();
    void keysSortByUtf16CodeUnits();
    void stringsEscapeOnlyWhatJsonRequires();
    void numbersAreWrittenAsQtWritesThem_data();
    void numbersAreWrittenAsQtWritesThem();
    void sameBytesAfterATripThroughJsonText();
    void differentValuesGiveDifferentBytes();
};

void TestCanonicalJson::scalars_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArray("null");
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QByteArray("null");
    QTest::newRow("true") << QJsonValue(true) << QByteArray("true");
    QTest::newRow("false") << QJsonValue(false) << QByteArray("false");
    QTest::newRow("empty string") << QJsonValue(QString()) << QByteArray("\"\"");
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << QByteArray("{}");
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QByteArray("[]");
}

void TestCanonicalJson::scalars()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonicalJson(value), expected);
}

void TestCanonicalJson::objectsAreCompactWithSortedKeys()
{
    const QJsonObject o{
        {"result", "passed"},
        {"facts",
         QJsonObject{{"status", "normal"},
                     {"area", 89.37},
                     {"owners", QJsonArray{QJsonObject{{"share", "共同共有"}, {"name", "吉𠮷祥"}},
                                           QJsonValue::Null, true}}}},
        {"kind", "property_unit"},
    };
    QCOMPARE(
        canonicalJson(o),
        QByteArray(
            "{\"facts\":{\"area\":89.37,\"owners\":[{\"name\":\"吉𠮷祥\",\"share\":\"共同共有\"},"
            "null,true],\"status\":\"normal\"},\"kind\":\"property_unit\",\"result\":\"passed\"}"));
}

void TestCanonicalJson::keysSortByUtf16CodeUnits()
{
    // U+20BB7 𠮷 is the surrogate pair D842 DFB7, which sorts before U+FF01 ！ in UTF-16 although
    // it is the larger code point; upper case before lower case; é (U+00E9) after ASCII.
    const QJsonObject o{{"！", 1}, {"𠮷", 2}, {"é", 3}, {"a", 4}, {"Z", 5}, {"", 6}, {"aa", 7}};
    QCOMPARE(canonicalJson(o),
             QByteArray("{\"\":6,\"Z\":5,\"a\":4,\"aa\":7,\"é\":3,\"𠮷\":2,\"！\":1}"));
}

void TestCanonicalJson::stringsEscapeOnlyWhatJsonRequires()
{
    const QString text = QStringLiteral("\"\\/\b\f\n\r\t") + QChar(0x01) + QChar(0x1f) + QChar(0x7f)
                         + QChar(0x2028) + QStringLiteral("吉𠮷祥 <&>'");
    const QByteArray expected = QByteArray("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f")
                                + QString(QChar(0x2028)).toUtf8() + QByteArray("吉𠮷祥 <&>'\"");
    QCOMPARE(canonicalJson(text), expected);
    // Keys follow the same rule.
    QCOMPARE(canonicalJson(QJsonObject{{"a\"b\n", 1}}), QByteArray("{\"a\\\"b\\n\":1}"));
    // And the result is JSON that reads back to the same string.
    const QJsonDocument back = QJsonDocument::fromJson("[" + expected + "]");
    QCOMPARE(back.array().at(0).toString(), text);
}

void TestCanonicalJson::numbersAreWrittenAsQtWritesThem_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << QJsonValue(0) << QByteArray("0");
    QTest::newRow("integer") << QJsonValue(120) << QByteArray("120");
    QTest::newRow("integral double") << QJsonValue(120.0) << QByteArray("120");
    QTest::newRow("negative") << QJsonValue(-5) << QByteArray("-5");
    QTest::newRow("area") << QJsonValue(89.37) << QByteArray("89.37");
    QTest::newRow("tenth") << QJsonValue(0.1) << QByteArray("0.1");
    QTest::newRow("large integer")
        << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
    QTest::newRow("large double") << QJsonValue(1e21) << QByteArray("1e+21");
    QTest::newRow("small double") << QJsonValue(1.5e-7) << QByteArray("1.5e-07");
    QTest::newRow("NaN") << QJsonValue(std::numeric_limits<double>::quiet_NaN())
                         << QByteArray("null");
    QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity())
                              << QByteArray("null");
}

void TestCanonicalJson::numbersAreWrittenAsQtWritesThem()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonicalJson(value), expected);
    const QByteArray qt = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QCOMPARE(qt, "[" + expected + "]");
}

void TestCanonicalJson::sameBytesAfterATripThroughJsonText()
{
    const QJsonObject answer{
        {"kind", "tax_paid"},
        {"subject", QJsonObject{{"unitNumber", "440305007003GB00012F00020502"}}},
        {"result", "passed"},
        {"facts",
         QJsonObject{{"taxes", QJsonArray{QJsonObject{{"type", "契税"}, {"amount", "80433.00"}}}},
                     {"area", 89.37},
                     {"count", 3},
                     {"big", 1e21},
                     {"paidOn", QJsonValue::Null},
                     {"note", "换行\n与\"引号\"、𠮷"},
                     {"ok", false}}},
        {"source", "省税务局税收征管信息系统"},
        {"answeredAt", "2026-03-02T02:00:00Z"},
        {"keyId", "0f1e2d3c4b5a6978"},
    };
    const QByteArray canonical = canonicalJson(answer);
    for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QJsonDocument back = QJsonDocument::fromJson(QJsonDocument(answer).toJson(format));
        QVERIFY(back.isObject());
        QCOMPARE(canonicalJson(back.object()), canonical);
    }
    // The canonical text itself is JSON and canonical.
    QCOMPARE(canonicalJson(QJsonDocument::fromJson(canonical).object()), canonical);
}

void TestCanonicalJson::differentValuesGiveDifferentBytes()
{
    const QJsonObject a{{"status", "normal"}, {"area", 89.37}};
    QJsonObject b = a;
    b.insert("area", 89.38);
    QVERIFY(canonicalJson(a) != canonicalJson(b));
    // A string is not the number it spells.
    QVERIFY(canonicalJson(QJsonObject{{"n", 1}}) != canonicalJson(QJsonObject{{"n", "1"}}));
    // Nesting is not flattened.
    QVERIFY(canonicalJson(QJsonArray{QJsonArray{1, 2}}) != canonicalJson(QJsonArray{1, 2}));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
