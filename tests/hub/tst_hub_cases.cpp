// Case intake and department steps against a real onewindow-hub (docs/api/protocol.md, "Case
// intake" and "Cases and department steps"), on SQLite and on PostgreSQL: every test runs once
// per storage (initTestCase_data), each storage with its own hub process started on first use.
#include "CaseTestKit.h"

#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/TestPaths.h"

#include "core/calendar/WorkCalendar.h"

#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ow::test;
using namespace ow::test::casekit;

namespace {

const QString Market = QStringLiteral("market");
const QString Tax = QStringLiteral("tax");

// One hub per storage, shared by the tests of that storage; each test makes its own cases.
struct Fixture
{
    std::unique_ptr<PgCluster> cluster;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<HubProcess> hub;
    QString admin, clerk, market, tax; // person tokens
    QString station1 = QStringLiteral("C1");
    QString station2 = QStringLiteral("C2");
    QString ws1, ws2; // workstation tokens
    int receipts = 0;
    QString failure; // set when the hub could not be set up: every test fails with it
    QString skip;    // set when the storage is not available here

    QString nextReceipt(const QString &station)
    {
        return QStringLiteral("%1-2026-%2").arg(station).arg(++receipts, 6, 10, QLatin1Char('0'));
    }
};

QStringList outcomesOf(const JsonReply &reply)
{
    QStringList outcomes;
    for (const QJsonValue &r : reply.body.value(QStringLiteral("results")).toArray())
        outcomes.append(r.toObject().value(QStringLiteral("outcome")).toString());
    return outcomes;
}

QString caseIdOf(const QJsonObject &envelopeJson)
{
    return envelopeJson.value(QStringLiteral("payload"))
        .toObject()
        .value(QStringLiteral("case"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

} // namespace

// Leaves the test function (skip or failure) when the storage's hub is not there.
#define HUB_FIXTURE(f)                                                                             \
    Fixture *f = fixture();                                                                        \
    if (!f->skip.isEmpty())                                                                        \
        QSKIP(qPrintable(f->skip));                                                                \
    if (!f->failure.isEmpty())                                                                     \
        QFAIL(qPrintable(f->failure));

class TestHubCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void cleanupTestCase();

    void intakeAppliesEachEnvelopeOnce();
    void intakeRefusesMalformedBatches();
    void storageFailureAppliesNothing();
    void listsPageAndShowWhatEachRoleMaySee();
    void stepActionsFollowTheRules();
    void workingDayClockAcrossAHoliday();
    void caseStatusFollowsItsSteps();
    void statusChangesReachOnlyTheAcceptingStation();
    void deptCommandLine();

private:
    Fixture *fixture();
    void setUp(Fixture &f, const QString &storageKind);
    // Submits one accepted case from station 1 (or `station`); its id, or empty.
    QString submit(Fixture &f, const QList<StepSpec> &steps, QString *receipt = nullptr,
                   const QString &station = {});
    JsonReply act(Fixture &f, const QString &caseId, int position, const QString &action,
                  const QString &token, const QString &opinion = {}, int days = 0);
    QJsonObject caseAs(Fixture &f, const QString &caseId, const QString &token);

    QMap<QString, std::shared_ptr<Fixture>> m_fixtures;
};

void TestHubCases::initTestCase_data()
{
    QTest::addColumn<QString>("storage");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestHubCases::cleanupTestCase()
{
    for (const auto &f : std::as_const(m_fixtures)) {
        if (f->hub && f->hub->isRunning())
            QVERIFY2(f->hub->terminate(), qPrintable(f->hub->log().right(3000)));
    }
    m_fixtures.clear();
}

Fixture *TestHubCases::fixture()
{
    QFETCH_GLOBAL(QString, storage);
    std::shared_ptr<Fixture> &f = m_fixtures[storage];
    if (!f) {
        f = std::make_shared<Fixture>();
        setUp(*f, storage);
    }
    return f.get();
}

void TestHubCases::setUp(Fixture &f, const QString &storageKind)
{
    f.dir = std::make_unique<QTemporaryDir>();
    QString storage = HubProcess::sqliteStorage(f.dir->path());
    if (storageKind == QLatin1String("postgresql")) {
        QString why;
        if (!PgCluster::available(&why)) {
            if (PgCluster::required())
                f.failure = QStringLiteral("OW_REQUIRE_POSTGRES=1 but ") + why;
            else
                f.skip = why;
            return;
        }
        f.cluster = std::make_unique<PgCluster>();
        if (!f.cluster->isRunning()) {
            f.failure = f.cluster->errorString();
            return;
        }
        storage = f.cluster->createDatabase(QStringLiteral("hub_cases"), &f.failure);
        if (storage.isEmpty())
            return;
    }
    f.hub = std::make_unique<HubProcess>(storage, f.dir->path());
    if (!f.hub->init({QStringLiteral("--demo"), QStringLiteral("--catalog"),
                      sourcePath(QStringLiteral("resources/catalog/demo-catalog.json"))})
        || !f.hub->start()) {
        f.failure = f.hub->errorString();
        return;
    }
    QString error;
    f.admin = f.hub->login(QStringLiteral("admin"), QStringLiteral("onewindow-admin"), &error);
    f.clerk = f.hub->login(QStringLiteral("clerk01"), QStringLiteral("onewindow-demo"), &error);
    f.market =
        f.hub->login(QStringLiteral("dept-market"), QStringLiteral("onewindow-dept"), &error);
    f.tax = f.hub->login(QStringLiteral("dept-tax"), QStringLiteral("onewindow-dept"), &error);
    if (f.admin.isEmpty() || f.clerk.isEmpty() || f.market.isEmpty() || f.tax.isEmpty()) {
        f.failure = QStringLiteral("demo log-in failed: ") + error;
        return;
    }
    f.ws1 = enrolWorkstation(*f.hub, f.admin, f.station1, &error);
    if (!f.ws1.isEmpty())
        f.ws2 = enrolWorkstation(*f.hub, f.admin, f.station2, &error);
    if (f.ws1.isEmpty() || f.ws2.isEmpty())
        f.failure = QStringLiteral("enrolment failed: ") + error;
}

QString TestHubCases::submit(Fixture &f, const QList<StepSpec> &steps, QString *receipt,
                             const QString &station)
{
    const bool second = station == f.station2;
    const QString number = f.nextReceipt(second ? f.station2 : f.station1);
    const QJsonObject e = envelope(caseObject(number, steps));
    const JsonReply reply =
        f.hub->call("POST", QStringLiteral("/envelopes"),
                    {{QStringLiteral("envelopes"), QJsonArray{e}}}, second ? f.ws2 : f.ws1);
    if (outcomesOf(reply) != QStringList{QStringLiteral("accepted")}) {
        qWarning() << "submit failed:" << reply.describe();
        return {};
    }
    if (receipt)
        *receipt = number;
    return caseIdOf(e);
}

JsonReply TestHubCases::act(Fixture &f, const QString &caseId, int position, const QString &action,
                            const QString &token, const QString &opinion, int days)
{
    QJsonObject body{{QStringLiteral("action"), action}, {QStringLiteral("opinion"), opinion}};
    if (days != 0)
        body.insert(QStringLiteral("days"), days);
    return f.hub->call("POST", QStringLiteral("/cases/%1/steps/%2").arg(caseId).arg(position), body,
                       token);
}

QJsonObject TestHubCases::caseAs(Fixture &f, const QString &caseId, const QString &token)
{
    const JsonReply reply = f.hub->call("GET", QStringLiteral("/cases/") + caseId, {}, token);
    if (reply.status != 200)
        qWarning() << reply.describe();
    return reply.body;
}

// Good, duplicate and malformed envelopes in one batch: each gets its own answer in request
// order, the bad ones harm no neighbour, and a re-sent batch gets the same answers again.
void TestHubCases::intakeAppliesEachEnvelopeOnce()
{
    HUB_FIXTURE(f);
    const QDate due(2026, 12, 31);
    const QString taken = f->nextReceipt(f->station1);
    const QJsonObject good1 = envelope(caseObject(f->nextReceipt(f->station1), {{Market, due}}));
    const QJsonObject good2 = envelope(caseObject(taken, {{Market, due}, {Tax, due}}));
    const QJsonObject badUuid = envelope(caseObject(f->nextReceipt(f->station1), {{Market, due}}),
                                         QStringLiteral("not-a-uuid"));
    const QJsonObject unknownType =
        envelope(caseObject(f->nextReceipt(f->station1), {{Market, due}}), newId(),
                 QStringLiteral("case.withdrawn"));
    QJsonObject c = caseObject(f->nextReceipt(f->station1), {{Market, due}});
    c.remove(QStringLiteral("receipt"));
    const QJsonObject noReceipt = envelope(c);
    const QJsonObject receiptTaken = envelope(caseObject(taken, {{Tax, due}}));
    c = caseObject(f->nextReceipt(f->station1), {{Market, due}});
    c.insert(QStringLiteral("acceptedOn"), QStringLiteral("2026-02-30"));
    const QJsonObject badDate = envelope(c);
    const QJsonObject noSteps = envelope(caseObject(f->nextReceipt(f->station1), {}));
    const QJsonObject notice =
        envelope(caseObject(f->nextReceipt(f->station1), {}, QStringLiteral("notice")));
    c = caseObject(f->nextReceipt(f->station1), {{Market, due}});
    QJsonObject applicant = c.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("identifier"), QStringLiteral("110105194912310021"));
    c.insert(QStringLiteral("applicant"), applicant);
    const QJsonObject badApplicant = envelope(c);

    const QJsonArray batch{good1,        good2,   good1,   badUuid, unknownType, noReceipt,
                           receiptTaken, badDate, noSteps, notice,  badApplicant};
    const JsonReply first = f->hub->call("POST", QStringLiteral("/envelopes"),
                                         {{QStringLiteral("envelopes"), batch}}, f->ws1);
    QCOMPARE(first.status, 200);
    QCOMPARE(outcomesOf(first),
             (QStringList{"accepted", "accepted", "duplicate", "rejected", "rejected", "rejected",
                          "rejected", "rejected", "rejected", "accepted", "rejected"}));
    const QJsonArray results = first.body.value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("id")).toString(),
                 batch.at(i).toObject().value(QStringLiteral("id")).toString());
        const bool rejected = r.value(QStringLiteral("outcome")).toString() == u"rejected";
        QVERIFY2(rejected == !r.value(QStringLiteral("reason")).toString().isEmpty(),
                 qPrintable(QStringLiteral("result %1: %2").arg(i).arg(first.describe())));
    }
    QVERIFY(results.at(6).toObject().value(QStringLiteral("reason")).toString().contains(taken));

    // What was accepted is there, as the workstation sent it, at the sending station.
    const QJsonObject stored = caseAs(*f, caseIdOf(good2), f->admin);
    QCOMPARE(stored.value(QStringLiteral("receipt")).toString(), taken);
    QCOMPARE(stored.value(QStringLiteral("station")).toString(), f->station1);
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(stored.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(stored.value(QStringLiteral("steps")).toArray().size(), 2);
    QCOMPARE(stepOf(stored, 2).value(QStringLiteral("department")).toString(), Tax);
    QCOMPARE(stored.value(QStringLiteral("applicant"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("𠮷田华"));
    QCOMPARE(stored.value(QStringLiteral("history"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("received"));
    const QJsonObject noticeCase = caseAs(*f, caseIdOf(notice), f->admin);
    QCOMPARE(noticeCase.value(QStringLiteral("status")).toString(), QStringLiteral("notice"));
    QVERIFY(noticeCase.value(QStringLiteral("steps")).toArray().isEmpty());
    QCOMPARE(noticeCase.value(QStringLiteral("deadline")).toString(), QString());
    for (const QJsonObject &refused : {receiptTaken, badDate, badApplicant})
        QCOMPARE(
            f->hub->call("GET", QStringLiteral("/cases/") + caseIdOf(refused), {}, f->admin).status,
            404);

    // Sent again (a lost answer): nothing is applied twice, every answer is the same.
    const JsonReply again = f->hub->call("POST", QStringLiteral("/envelopes"),
                                         {{QStringLiteral("envelopes"), batch}}, f->ws1);
    QCOMPARE(outcomesOf(again),
             (QStringList{"duplicate", "duplicate", "duplicate", "rejected", "rejected", "rejected",
                          "rejected", "rejected", "rejected", "duplicate", "rejected"}));
    const QJsonArray againResults = again.body.value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i)
        QCOMPARE(againResults.at(i).toObject().value(QStringLiteral("reason")).toString(),
                 results.at(i).toObject().value(QStringLiteral("reason")).toString());

    // The same case in a new envelope is not a second case.
    const JsonReply resent = f->hub->call(
        "POST", QStringLiteral("/envelopes"),
        {{QStringLiteral("envelopes"), QJsonArray{envelope(good1.value(QStringLiteral("payload"))
                                                               .toObject()
                                                               .value(QStringLiteral("case"))
                                                               .toObject())}}},
        f->ws1);
    QCOMPARE(outcomesOf(resent), QStringList{QStringLiteral("rejected")});
}

void TestHubCases::intakeRefusesMalformedBatches()
{
    HUB_FIXTURE(f);
    const auto post = [&](const QJsonObject &body, const QString &token) {
        return f->hub->call("POST", QStringLiteral("/envelopes"), body, token);
    };
    QCOMPARE(post({}, f->ws1).status, 400);
    QCOMPARE(post({{QStringLiteral("envelopes"), QJsonArray()}}, f->ws1).status, 400);
    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(QJsonObject());
    QCOMPARE(post({{QStringLiteral("envelopes"), tooMany}}, f->ws1).status, 400);
    const QJsonArray one{
        envelope(caseObject(f->nextReceipt(f->station1), {{Market, QDate(2026, 12, 31)}}))};
    QCOMPARE(post({{QStringLiteral("envelopes"), one}}, {}).status, 401);
    QCOMPARE(post({{QStringLiteral("envelopes"), one}}, f->admin).status, 403);
    QCOMPARE(post({{QStringLiteral("envelopes"), one}}, f->clerk).status, 403);

    // Whatever an element is, it gets an answer and its neighbour is still applied.
    const JsonReply mixed =
        post({{QStringLiteral("envelopes"),
               QJsonArray{42, QStringLiteral("x"), QJsonObject(), one.first()}}},
             f->ws1);
    QCOMPARE(outcomesOf(mixed), (QStringList{"rejected", "rejected", "rejected", "accepted"}));
}

// A write that fails in the middle of a batch (here a trigger standing in for a full disk)
// leaves nothing of the batch behind, not even the memory of its envelope ids: sent again once
// storage works, every envelope is accepted.
void TestHubCases::storageFailureAppliesNothing()
{
    HUB_FIXTURE(f);
    const QDate due(2026, 12, 31);
    const QString failing = f->nextReceipt(f->station1);
    const QJsonArray batch{envelope(caseObject(f->nextReceipt(f->station1), {{Market, due}})),
                           envelope(caseObject(failing, {{Market, due}})),
                           envelope(caseObject(f->nextReceipt(f->station1), {{Tax, due}}))};
    const bool sqlite = f->hub->storage().startsWith(QLatin1String("sqlite:"));
    const QStringList breakStorage =
        sqlite ? QStringList{QStringLiteral(
                                 "CREATE TRIGGER casekit_fail BEFORE INSERT ON hub_case WHEN "
                                 "NEW.receipt_number = '%1' BEGIN SELECT RAISE(ABORT, 'disk "
                                 "full'); END")
                                 .arg(failing)}
               : QStringList{QStringLiteral("CREATE FUNCTION casekit_fail() RETURNS trigger "
                                            "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                                            "'disk full'; END $$"),
                             QStringLiteral("CREATE TRIGGER casekit_fail BEFORE INSERT ON hub_case "
                                            "FOR EACH ROW WHEN (NEW.receipt_number = '%1') "
                                            "EXECUTE FUNCTION casekit_fail()")
                                 .arg(failing)};
    QString error;
    for (const QString &sql : breakStorage)
        QVERIFY2(execOnHubDatabase(f->hub->storage(), sql, {}, &error), qPrintable(error));

    const JsonReply failed = f->hub->call("POST", QStringLiteral("/envelopes"),
                                          {{QStringLiteral("envelopes"), batch}}, f->ws1);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.body.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("unavailable"));
    for (const QJsonValue &e : batch)
        QCOMPARE(
            f->hub->call("GET", QStringLiteral("/cases/") + caseIdOf(e.toObject()), {}, f->admin)
                .status,
            404);

    QVERIFY2(execOnHubDatabase(f->hub->storage(),
                               sqlite ? QStringLiteral("DROP TRIGGER casekit_fail")
                                      : QStringLiteral("DROP TRIGGER casekit_fail ON hub_case"),
                               {}, &error),
             qPrintable(error));
    const JsonReply again = f->hub->call("POST", QStringLiteral("/envelopes"),
                                         {{QStringLiteral("envelopes"), batch}}, f->ws1);
    QCOMPARE(outcomesOf(again), (QStringList{"accepted", "accepted", "accepted"}));
}

void TestHubCases::listsPageAndShowWhatEachRoleMaySee()
{
    HUB_FIXTURE(f);
    const QDate due(2026, 12, 31);
    // A department only this test uses, so the page contents are known exactly.
    const QString unique = QStringLiteral("t") + newId().left(8);
    QStringList receipts;
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        QString receipt;
        const QList<StepSpec> steps =
            i == 3 ? QList<StepSpec>{{unique, due, 0, QStringLiteral("completed")}}
                   : QList<StepSpec>{{unique, due}};
        ids.append(submit(*f, steps, &receipt));
        QVERIFY(!ids.last().isEmpty());
        receipts.append(receipt);
    }
    QStringList paged;
    QJsonValue after;
    for (int page = 0; page < 3; ++page) {
        QString path = QStringLiteral("/cases?limit=2&department=") + unique;
        if (!after.isNull())
            path += QStringLiteral("&after=") + QString::number(after.toInteger());
        const JsonReply reply = f->hub->call("GET", path, {}, f->admin);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &c : reply.body.value(QStringLiteral("cases")).toArray())
            paged.append(c.toObject().value(QStringLiteral("receipt")).toString());
        after = reply.body.value(QStringLiteral("next"));
        QCOMPARE(after.isNull(), page == 2);
    }
    QCOMPARE(paged, receipts); // received order, each once
    const JsonReply completed = f->hub->call(
        "GET", QStringLiteral("/cases?status=completed&department=") + unique, {}, f->admin);
    QCOMPARE(completed.body.value(QStringLiteral("cases")).toArray().size(), 1);
    QCOMPARE(completed.body.value(QStringLiteral("cases"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             ids.at(3));

    // Departments see the cases they have a step in, and only those.
    const QString taxOnly = submit(*f, {{Tax, due}});
    const QString marketCase = submit(*f, {{Market, due}});
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases/") + taxOnly, {}, f->market).status, 404);
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases/") + taxOnly, {}, f->tax).status, 200);
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases/") + taxOnly, {}, f->clerk).status, 200);
    QStringList seen;
    QJsonValue next;
    do {
        const JsonReply reply =
            f->hub->call("GET", QStringLiteral("/cases?limit=500&after=%1").arg(next.toInteger()),
                         {}, f->market);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &c : reply.body.value(QStringLiteral("cases")).toArray()) {
            bool hasMarketStep = false;
            for (const QJsonValue &s : c.toObject().value(QStringLiteral("steps")).toArray())
                hasMarketStep |=
                    s.toObject().value(QStringLiteral("department")).toString() == Market;
            QVERIFY(hasMarketStep);
            seen.append(c.toObject().value(QStringLiteral("id")).toString());
        }
        next = reply.body.value(QStringLiteral("next"));
    } while (!next.isNull());
    QVERIFY(seen.contains(marketCase));
    QVERIFY(!seen.contains(taxOnly));
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases?department=tax"), {}, f->market).status,
             403);
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases"), {}, f->ws1).status, 403);
    for (const char *bad : {"limit=0", "limit=501", "status=lost", "after=-1", "limit=x"})
        QCOMPARE(f->hub->call("GET", QStringLiteral("/cases?") + QLatin1String(bad), {}, f->admin)
                     .status,
                 400);
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases/not-a-case"), {}, f->admin).status, 404);
    QCOMPARE(f->hub->call("GET", QStringLiteral("/cases/") + newId(), {}, f->admin).status, 404);
}

void TestHubCases::stepActionsFollowTheRules()
{
    HUB_FIXTURE(f);
    const QDate due(2026, 12, 31);
    const QString id = submit(*f, {{Market, due}, {Tax, due}});
    QVERIFY(!id.isEmpty());

    QCOMPARE(act(*f, id, 1, QStringLiteral("approve"), f->clerk).status, 403);
    QCOMPARE(act(*f, id, 1, QStringLiteral("approve"), f->tax).status, 403); // not its step
    QCOMPARE(act(*f, id, 1, QStringLiteral("approve"), f->ws1).status, 403);
    QCOMPARE(act(*f, id, 1, QStringLiteral("bless"), f->market).status, 400);
    QCOMPARE(act(*f, id, 1, QStringLiteral("reject"), f->market).status, 400); // no opinion
    QCOMPARE(act(*f, id, 1, QStringLiteral("extend"), f->market, QStringLiteral("busy")).status,
             400);
    QCOMPARE(act(*f, id, 1, QStringLiteral("extend"), f->market, QStringLiteral("busy"), 61).status,
             400);
    QCOMPARE(act(*f, id, 1, QStringLiteral("approve"), f->market, {}, 3).status, 400);
    QCOMPARE(act(*f, id, 9, QStringLiteral("approve"), f->market).status, 404);
    QCOMPARE(act(*f, newId(), 1, QStringLiteral("approve"), f->market).status, 404);

    JsonReply r = act(*f, id, 1, QStringLiteral("resume"), f->market);
    QCOMPARE(r.status, 409);
    QCOMPARE(
        r.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("conflict"));
    QVERIFY(!r.body.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());

    r = act(*f, id, 1, QStringLiteral("approve"), f->market, QStringLiteral("符合条件"));
    QCOMPARE(r.status, 200);
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("status")).toString(),
             QStringLiteral("approved"));
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("opinion")).toString(),
             QStringLiteral("符合条件"));
    QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(act(*f, id, 1, QStringLiteral("approve"), f->market).status, 409);
    QCOMPARE(act(*f, id, 1, QStringLiteral("supplement"), f->market, QStringLiteral("x")).status,
             409);
    QCOMPARE(act(*f, id, 1, QStringLiteral("complete"), f->market).status, 200);
    QCOMPARE(act(*f, id, 1, QStringLiteral("extend"), f->market, QStringLiteral("x"), 2).status,
             409);
    QCOMPARE(act(*f, id, 1, QStringLiteral("reject"), f->admin, QStringLiteral("x")).status, 409);

    r = act(*f, id, 2, QStringLiteral("reject"), f->admin, QStringLiteral("不符合条件"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    for (const QString &action :
         {QStringLiteral("resume"), QStringLiteral("approve"), QStringLiteral("complete")})
        QCOMPARE(act(*f, id, 2, action, f->tax).status, 409);

    QStringList history;
    for (const QJsonValue &e : r.body.value(QStringLiteral("history")).toArray())
        history.append(e.toObject().value(QStringLiteral("action")).toString() + QLatin1Char('/')
                       + e.toObject().value(QStringLiteral("actor")).toString());
    QCOMPARE(history,
             (QStringList{QStringLiteral("received/") + f->station1,
                          QStringLiteral("approve/dept-market"),
                          QStringLiteral("complete/dept-market"), QStringLiteral("reject/admin")}));
}

// Extensions add working days past the National Day holidays and their make-up Saturday;
// a suspension moves the deadline by the working days it lasted.
void TestHubCases::workingDayClockAcrossAHoliday()
{
    HUB_FIXTURE(f);
    const ow::core::WorkCalendar &calendar = ow::core::WorkCalendar::builtIn();
    const QString id = submit(*f, {{Market, QDate(2026, 9, 30)}});
    QVERIFY(!id.isEmpty());

    JsonReply r =
        act(*f, id, 1, QStringLiteral("extend"), f->market, QStringLiteral("现场核查"), 3);
    QCOMPARE(r.status, 200);
    // 1 Oct – 7 Oct are off; Thu 8, Fri 9 and the make-up Saturday 10 Oct are the three days.
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("deadline")).toString(),
             QStringLiteral("2026-10-10"));
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("extendedDays")).toInt(), 3);
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    r = act(*f, id, 1, QStringLiteral("extend"), f->market, QStringLiteral("再延"), 1);
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("deadline")).toString(),
             QStringLiteral("2026-10-12"));
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("extendedDays")).toInt(), 4);
    QCOMPARE(r.body.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-10-12"));

    const QDate before = QDate::currentDate();
    r = act(*f, id, 1, QStringLiteral("suspend"), f->market, QStringLiteral("等待鉴定"));
    const QDate after = QDate::currentDate();
    QCOMPARE(r.status, 200);
    const QDate suspendedOn = QDate::fromString(
        stepOf(r.body, 1).value(QStringLiteral("suspendedOn")).toString(), Qt::ISODate);
    QVERIFY2(suspendedOn == before || suspendedOn == after, qPrintable(r.describe()));
    QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
    QCOMPARE(act(*f, id, 1, QStringLiteral("approve"), f->market).status, 409);

    // Weeks pass: the suspension started on Tuesday 29 September, before the holidays.
    const QDate since(2026, 9, 29);
    QString error;
    QVERIFY2(execOnHubDatabase(f->hub->storage(),
                               QStringLiteral("UPDATE hub_case_step SET suspended_on = ? "
                                              "WHERE case_id = ? AND position = 1"),
                               {since.toString(Qt::ISODate), id}, &error),
             qPrintable(error));
    const QDate resumeBefore = QDate::currentDate();
    r = act(*f, id, 1, QStringLiteral("resume"), f->market);
    const QDate resumeAfter = QDate::currentDate();
    QCOMPARE(r.status, 200);
    const auto expected = [&](QDate today) {
        const int stood = calendar.workingDaysBetween(since, today).days;
        return calendar.addWorkingDays(QDate(2026, 10, 12), stood).date.toString(Qt::ISODate);
    };
    const QString deadline = stepOf(r.body, 1).value(QStringLiteral("deadline")).toString();
    QVERIFY2(deadline == expected(resumeBefore) || deadline == expected(resumeAfter),
             qPrintable(deadline + QStringLiteral(" ≠ ") + expected(resumeBefore)));
    // A Monday-to-Friday count would give another date: the holidays were left out.
    int weekdays = 0;
    for (QDate d = since.addDays(1); d <= resumeBefore; d = d.addDays(1))
        weekdays += d.dayOfWeek() <= 5 ? 1 : 0;
    QVERIFY(calendar.workingDaysBetween(since, resumeBefore).days != weekdays);
    QCOMPARE(stepOf(r.body, 1).value(QStringLiteral("status")).toString(),
             QStringLiteral("in_progress"));
    QVERIFY(!stepOf(r.body, 1).contains(QStringLiteral("suspendedOn")));
    QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(r.body.value(QStringLiteral("deadline")).toString(), deadline);
}

void TestHubCases::caseStatusFollowsItsSteps()
{
    HUB_FIXTURE(f);
    const QDate due(2026, 12, 31);
    const QString done = submit(*f, {{Market, due, 0, QStringLiteral("completed")},
                                     {Tax, due, 0, QStringLiteral("completed")}});
    QCOMPARE(caseAs(*f, done, f->admin).value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));

    const QString id = submit(*f, {{Market, due}, {Tax, due}, {Market, due}});
    QVERIFY(!id.isEmpty());
    const auto statusAfter = [&](int position, const QString &action, const QString &token,
                                 const QString &opinion = QStringLiteral("意见")) {
        const JsonReply r = act(*f, id, position, action, token, opinion);
        if (r.status != 200)
            qWarning() << r.describe();
        return r.body.value(QStringLiteral("status")).toString();
    };
    QCOMPARE(statusAfter(1, QStringLiteral("supplement"), f->market), QStringLiteral("supplement"));
    QCOMPARE(statusAfter(2, QStringLiteral("suspend"), f->tax), QStringLiteral("supplement"));
    QCOMPARE(statusAfter(1, QStringLiteral("resume"), f->market), QStringLiteral("suspended"));
    QCOMPARE(statusAfter(2, QStringLiteral("resume"), f->tax), QStringLiteral("in_progress"));
    QCOMPARE(statusAfter(1, QStringLiteral("approve"), f->market), QStringLiteral("in_progress"));
    QCOMPARE(statusAfter(2, QStringLiteral("complete"), f->tax), QStringLiteral("in_progress"));
    QCOMPARE(statusAfter(3, QStringLiteral("approve"), f->market), QStringLiteral("completed"));
    QCOMPARE(caseAs(*f, id, f->clerk).value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
}

void TestHubCases::statusChangesReachOnlyTheAcceptingStation()
{
    HUB_FIXTURE(f);
    const auto cursorOf = [&](const QString &token) {
        qint64 cursor = 0;
        for (bool more = true; more;) {
            const JsonReply r = f->hub->call(
                "GET", QStringLiteral("/changes?limit=5000&since=%1").arg(cursor), {}, token);
            cursor = r.body.value(QStringLiteral("cursor")).toInteger();
            more = r.status == 200 && r.body.value(QStringLiteral("more")).toBool();
        }
        return cursor;
    };
    const auto statusChanges = [&](const QString &token, qint64 since, const QString &caseId) {
        QList<QJsonObject> found;
        const JsonReply r = f->hub->call(
            "GET", QStringLiteral("/changes?limit=5000&since=%1").arg(since), {}, token);
        for (const QJsonValue &c : r.body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("kind")).toString() == u"case.status"
                && o.value(QStringLiteral("key")).toString() == caseId)
                found.append(o.value(QStringLiteral("body")).toObject());
        }
        return found;
    };
    const QDate due(2026, 12, 31);
    QString receipt;
    const QString mine = submit(*f, {{Market, due}}, &receipt);
    const QString theirs = submit(*f, {{Market, due}}, nullptr, f->station2);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const qint64 from1 = cursorOf(f->ws1);
    const qint64 from2 = cursorOf(f->ws2);
    const qint64 fromAdmin = cursorOf(f->admin);

    QCOMPARE(act(*f, mine, 1, QStringLiteral("approve"), f->market).status, 200);
    QCOMPARE(act(*f, theirs, 1, QStringLiteral("supplement"), f->market, QStringLiteral("补充材料"))
                 .status,
             200);

    const QList<QJsonObject> seen = statusChanges(f->ws1, from1, mine);
    QCOMPARE(seen.size(), 1);
    const QJsonObject body = seen.first();
    QCOMPARE(body.value(QStringLiteral("caseId")).toString(), mine);
    QCOMPARE(body.value(QStringLiteral("receipt")).toString(), receipt);
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(body.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(body.value(QStringLiteral("steps"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("approved"));
    QVERIFY(statusChanges(f->ws1, from1, theirs).isEmpty());
    QVERIFY(statusChanges(f->ws2, from2, mine).isEmpty());
    QCOMPARE(statusChanges(f->ws2, from2, theirs).size(), 1);
    QCOMPARE(
        statusChanges(f->ws2, from2, theirs).first().value(QStringLiteral("status")).toString(),
        QStringLiteral("supplement"));
    QCOMPARE(statusChanges(f->admin, fromAdmin, mine).size(), 1);
    QCOMPARE(statusChanges(f->admin, fromAdmin, theirs).size(), 1);
}

// onewindow-cli dept as a department officer would use it, against the same hub.
void TestHubCases::deptCommandLine()
{
    HUB_FIXTURE(f);
    QString receipt;
    const QString id =
        submit(*f, {{Market, QDate(2026, 12, 31)}, {Tax, QDate(2026, 12, 31)}}, &receipt);
    QVERIFY(!id.isEmpty());
    const QString url = f->hub->baseUrl().toString();
    const auto dept = [&](const QString &user, const QStringList &arguments) {
        return runCli(QStringList{QStringLiteral("dept")} + arguments
                      + QStringList{QStringLiteral("--hub"), url, QStringLiteral("--user"), user});
    };
    qputenv("OW_HUB_PASSWORD", "onewindow-dept");

    CliRun run =
        dept(QStringLiteral("dept-market"),
             {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(receipt), qPrintable(run.out.right(2000)));

    run = dept(QStringLiteral("dept-market"), {QStringLiteral("show"), receipt});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(id));
    QVERIFY(run.out.contains(QStringLiteral("𠮷田华")));
    QVERIFY2(!run.out.contains(QStringLiteral("11010519491231002X")),
             qPrintable(run.out)); // masked

    run = dept(QStringLiteral("dept-market"),
               {QStringLiteral("act"), receipt, QStringLiteral("1"), QStringLiteral("resume")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.trimmed().isEmpty());
    run = dept(QStringLiteral("dept-market"),
               {QStringLiteral("act"), id, QStringLiteral("2"), QStringLiteral("approve")});
    QCOMPARE(run.exitCode, 1); // the tax department's step
    run = dept(QStringLiteral("dept-market"),
               {QStringLiteral("act"), id, QStringLiteral("1"), QStringLiteral("extend"),
                QStringLiteral("--opinion"), QStringLiteral("现场核查"), QStringLiteral("--days"),
                QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = dept(QStringLiteral("dept-market"),
               {QStringLiteral("act"), receipt, QStringLiteral("1"), QStringLiteral("approve")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject step = stepOf(caseAs(*f, id, f->admin), 1);
    QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(step.value(QStringLiteral("extendedDays")).toInt(), 2);

    QCOMPARE(dept(QStringLiteral("dept-market"),
                  {QStringLiteral("act"), id, QStringLiteral("1"), QStringLiteral("bless")})
                 .exitCode,
             2);
    qputenv("OW_HUB_PASSWORD", "wrong-password");
    run = dept(QStringLiteral("dept-tax"), {QStringLiteral("list")});
    QCOMPARE(run.exitCode, 1);
    qunsetenv("OW_HUB_PASSWORD");
}

QTEST_GUILESS_MAIN(TestHubCases)
#include "tst_hub_cases.moc"
