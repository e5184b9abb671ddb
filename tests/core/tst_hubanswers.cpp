// The hub's answers read strictly: every shape the protocol does not promise is refused with a
// reason, so a confused or hostile hub can never make the workstation apply half an answer.
#include "core/sync/HubAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::core;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestHubAnswers : public QObject
{
    Q_OBJECT

private slots:
    void changesPageIsRead();
    void badChangesPagesAreRefused_data();
    void badChangesPagesAreRefused();
    void envelopeResultsMustMatchTheBatch_data();
    void envelopeResultsMustMatchTheBatch();
    void wholeNumbers();
    void tokensAndBlocks();
};

void TestHubAnswers::changesPageIsRead()
{
    QString why;
    const auto page = HubAnswers::changes(
        json(R"({"changes": [{"seq": 11, "kind": "matter", "key": "M1", "body": {"a": 1}},
                             {"seq": 14, "kind": "calendar", "key": "2027", "body": {}}],
                 "cursor": 14, "more": true})"),
        10, 100, &why);
    QVERIFY2(page, qPrintable(why));
    QCOMPARE(page->changes.size(), 2);
    QCOMPARE(page->changes.at(1).seq, 14);
    QCOMPARE(page->changes.at(0).body.value(u"a").toInt(), 1);
    QCOMPARE(page->cursor, 14);
    QVERIFY(page->more);
    // Nothing new: an empty page with the cursor where it was.
    QVERIFY(HubAnswers::changes(json(R"({"changes": [], "cursor": 10, "more": false})"), 10, 100, &why));
}

void TestHubAnswers::badChangesPagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("answer");
    const auto row = [](const char *name, const char *text) {
        QTest::newRow(name) << QByteArray(text);
    };
    row("no changes", R"({"cursor": 10, "more": false})");
    row("changes not a list", R"({"changes": {}, "cursor": 10, "more": false})");
    row("change not an object", R"({"changes": [5], "cursor": 11, "more": false})");
    row("seq as text", R"({"changes": [{"seq": "11", "kind": "matter", "key": "M", "body": {}}], "cursor": 11, "more": false})");
    row("seq fractional", R"({"changes": [{"seq": 11.5, "kind": "matter", "key": "M", "body": {}}], "cursor": 12, "more": false})");
    row("seq not after since", R"({"changes": [{"seq": 10, "kind": "matter", "key": "M", "body": {}}], "cursor": 10, "more": false})");
    row("seq going back", R"({"changes": [{"seq": 12, "kind": "matter", "key": "M", "body": {}}, {"seq": 11, "kind": "matter", "key": "N", "body": {}}], "cursor": 12, "more": false})");
    row("seq repeated", R"({"changes": [{"seq": 12, "kind": "matter", "key": "M", "body": {}}, {"seq": 12, "kind": "matter", "key": "N", "body": {}}], "cursor": 12, "more": false})");
    row("no kind", R"({"changes": [{"seq": 11, "key": "M", "body": {}}], "cursor": 11, "more": false})");
    row("empty key", R"({"changes": [{"seq": 11, "kind": "matter", "key": "", "body": {}}], "cursor": 11, "more": false})");
    row("body not an object", R"({"changes": [{"seq": 11, "kind": "matter", "key": "M", "body": "x"}], "cursor": 11, "more": false})");
    row("cursor behind", R"({"changes": [{"seq": 11, "kind": "matter", "key": "M", "body": {}}], "cursor": 10, "more": false})");
    row("cursor missing", R"({"changes": [], "more": false})");
    row("cursor negative", R"({"changes": [], "cursor": -1, "more": false})");
    row("cursor beyond 2^53", R"({"changes": [], "cursor": 1e300, "more": false})");
    row("more as text", R"({"changes": [], "cursor": 10, "more": "no"})");
    row("more without changes", R"({"changes": [], "cursor": 10, "more": true})");
}

void TestHubAnswers::badChangesPagesAreRefused()
{
    QFETCH(QByteArray, answer);
    QString why;
    QVERIFY(!HubAnswers::changes(QJsonDocument::fromJson(answer).object(), 10, 100, &why));
    QVERIFY(!why.isEmpty());
    // More changes than asked for is refused as well.
    QVERIFY(!HubAnswers::changes(
        json(R"({"changes": [{"seq": 11, "kind": "m", "key": "a", "body": {}}, {"seq": 12, "kind": "m", "key": "b", "body": {}}], "cursor": 12, "more": false})"),
        10, 1, &why));
}

void TestHubAnswers::envelopeResultsMustMatchTheBatch_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("accepted");
    const auto row = [](const char *name, const char *text, bool ok) {
        QTest::newRow(name) << QByteArray(text) << ok;
    };
    row("in order", R"({"results": [{"id": "a", "outcome": "accepted"}, {"id": "b", "outcome": "duplicate"}, {"id": "c", "outcome": "rejected", "reason": "no such matter"}]})", true);
    row("one missing", R"({"results": [{"id": "a", "outcome": "accepted"}, {"id": "b", "outcome": "duplicate"}]})", false);
    row("one extra", R"({"results": [{"id": "a", "outcome": "accepted"}, {"id": "b", "outcome": "accepted"}, {"id": "c", "outcome": "accepted"}, {"id": "d", "outcome": "accepted"}]})", false);
    row("out of order", R"({"results": [{"id": "b", "outcome": "accepted"}, {"id": "a", "outcome": "accepted"}, {"id": "c", "outcome": "accepted"}]})", false);
    row("unknown outcome", R"({"results": [{"id": "a", "outcome": "maybe"}, {"id": "b", "outcome": "accepted"}, {"id": "c", "outcome": "accepted"}]})", false);
    row("reason not text", R"({"results": [{"id": "a", "outcome": "rejected", "reason": 5}, {"id": "b", "outcome": "accepted"}, {"id": "c", "outcome": "accepted"}]})", false);
    row("not a list", R"({"results": {}})", false);
}

void TestHubAnswers::envelopeResultsMustMatchTheBatch()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, accepted);
    QString why;
    const auto results = HubAnswers::envelopeResults(QJsonDocument::fromJson(answer).object(),
                                                     {QStringLiteral("a"), QStringLiteral("b"),
                                                      QStringLiteral("c")},
                                                     &why);
    QCOMPARE(bool(results), accepted);
    if (!accepted) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QCOMPARE(results->at(1).outcome, HubEnvelopeResult::Outcome::Duplicate);
    QCOMPARE(results->at(2).outcome, HubEnvelopeResult::Outcome::Rejected);
    QCOMPARE(results->at(2).reason, QStringLiteral("no such matter"));
}

void TestHubAnswers::wholeNumbers()
{
    QCOMPARE(HubAnswers::wholeNumber(QJsonValue(42), 0, 100), std::optional<qint64>(42));
    QVERIFY(!HubAnswers::wholeNumber(QJsonValue(101), 0, 100));
    QVERIFY(!HubAnswers::wholeNumber(QJsonValue(1.5), 0, 100));
    QVERIFY(!HubAnswers::wholeNumber(QJsonValue(QStringLiteral("42")), 0, 100));
    QVERIFY(!HubAnswers::wholeNumber(QJsonValue(), 0, 100));
    QVERIFY(!HubAnswers::wholeNumber(QJsonValue(9.1e15), 0, HubAnswers::MaxExactInteger));
    QCOMPARE(HubAnswers::wholeNumber(QJsonValue(double(HubAnswers::MaxExactInteger)), 0,
                                     HubAnswers::MaxExactInteger),
             std::optional<qint64>(HubAnswers::MaxExactInteger));
}

void TestHubAnswers::tokensAndBlocks()
{
    QString why;
    const auto token = HubAnswers::token(json(R"({"token": "abc.def", "expiresAt": "2026-03-02T10:00:00Z"})"), &why);
    QVERIFY2(token, qPrintable(why));
    QCOMPARE(token->expiresAt, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    QVERIFY(!HubAnswers::token(json(R"({"token": "abc.def", "expiresAt": "tomorrow"})"), &why));
    QVERIFY(!HubAnswers::token(json(R"({"expiresAt": "2026-03-02T10:00:00Z"})"), &why));

    const auto block = HubAnswers::receiptBlock(json(R"({"prefix": "W01-2026", "first": 5001, "last": 10000})"), &why);
    QVERIFY2(block, qPrintable(why));
    QCOMPARE(block->last, 10000);
    QVERIFY(!HubAnswers::receiptBlock(json(R"({"prefix": "W01-2026", "first": 10, "last": 9})"), &why));
    QVERIFY(!HubAnswers::receiptBlock(json(R"({"prefix": "", "first": 1, "last": 9})"), &why));
    QVERIFY(!HubAnswers::signedAnswer(json(R"({"answer": [], "signature": "AA=="})"), &why));
    QVERIFY(!HubAnswers::signedAnswer(json(R"({"answer": {}})"), &why));
}

QTEST_GUILESS_MAIN(TestHubAnswers)
#include "tst_hubanswers.moc"
