// Applying pages of the hub's change feed to the workstation cache, without a network: the
// catalog pulled into an empty workstation, items that fail the catalog rules skipped (the
// cached version kept, the cursor moving on), calendars, case status and signed verification
// answers, and one transaction per page together with the cursor.
#include "core/catalog/CatalogJson.h"
#include "core/crypto/CanonicalJson.h"
#include "core/crypto/Sm2Key.h"
#include "core/documents/DocumentSeal.h"
#include "core/security/PersonalDataVault.h"
#include "core/security/WorkstationKeys.h"
#include "core/storage/CatalogRepository.h"
#include "core/storage/WorkstationDatabase.h"
#include "core/sync/CaseHubStatusStore.h"
#include "core/sync/ChangeApplier.h"
#include "core/sync/HubCalendarStore.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/VerificationStore.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

const QString caseId = QStringLiteral("6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b");

QJsonObject demoCatalogJson()
{
    QFile f(ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

HubChange change(qint64 seq, const QString &kind, const QString &key, const QJsonObject &body)
{
    return {seq, kind, key, body};
}

HubChangesPage page(QList<HubChange> changes, bool more = false)
{
    HubChangesPage p;
    p.cursor = changes.isEmpty() ? 0 : changes.last().seq;
    p.changes = std::move(changes);
    p.more = more;
    return p;
}

} // namespace

class TestChangeApplier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void catalogIsPulledIntoAnEmptyWorkstation();
    void badItemsAreSkippedAndTheCacheKept();
    void mattersAfterARefusedOneAreApplied();
    void changesAtOrBeforeTheCursorAreNotAppliedAgain();
    void removedItemsLeaveTheCache();
    void aFailingPageChangesNothing();
    void calendarYearsReplaceTheBuiltInOnes();
    void caseStatusKeepsTheNewest();
    void verificationAnswersAreCheckedAndSealed();
    void pendingVerificationsCarryTheirSubject();

private:
    ChangeApplyResult apply(const HubChangesPage &p);
    qint64 count(const QString &sql) const;
    void addCase();
    QJsonObject signedAnswer(const QString &kind, const QString &result) const;

    Sm2Key m_hubKey;
    QByteArray m_hubPem;
    QJsonObject m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkstationKeys> m_keys;
    std::unique_ptr<PersonalDataVault> m_vault;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
};

void TestChangeApplier::initTestCase()
{
    QVERIFY(m_hubKey.generate());
    m_hubPem = m_hubKey.exportPublicKeyPem();
    m_catalog = demoCatalogJson();
    QVERIFY(!m_catalog.isEmpty());
}

void TestChangeApplier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StorageError error;
    m_db = WorkstationDatabase::open(m_dir->filePath(QStringLiteral("ws.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error.detail));
    QString keyError;
    m_keys = WorkstationKeys::openOrCreate(m_dir->path(), &keyError);
    QVERIFY2(m_keys, qPrintable(keyError));
    m_vault = std::make_unique<PersonalDataVault>(*m_keys);
}

void TestChangeApplier::cleanup()
{
    m_vault.reset();
    m_keys.reset();
    m_db.reset();
    m_dir.reset();
}

ChangeApplyResult TestChangeApplier::apply(const HubChangesPage &p)
{
    return ChangeApplier(*m_db, *m_vault).apply(p, m_hubPem, m_now);
}

qint64 TestChangeApplier::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestChangeApplier::addCase()
{
    ApplicantProfile profile;
    profile.kind = ApplicantKind::Person;
    profile.identifier = QStringLiteral("11010519491231002X");
    profile.name = QStringLiteral("张\U00020BB7");
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO applicant (id, kind, identifier_hash, profile, created_at,"
                             " updated_at) VALUES (1, 'person', ?, ?, '', '')"));
    const QByteArray hash = m_vault->identifierHash(profile.identifier);
    q.addBindValue(hash);
    q.addBindValue(m_vault->seal(profile.toJson(),
                                 QStringLiteral("applicant:") + QString::fromLatin1(hash.toHex())));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral(
        "INSERT INTO case_record (id, receipt_number, outcome, status, applicant_id, subject_code,"
        " subject_name, is_bundle, created_at, accepted_on, clerk, window_name, form)"
        " VALUES (?, 'W01-2026-000001', 'accepted', 'in_progress', 1, 'X', 'X', 0, ?,"
        " '2026-03-02', 'clerk01', 'W01', ?)"));
    q.addBindValue(caseId);
    q.addBindValue(m_now.toString(Qt::ISODateWithMs));
    q.addBindValue(m_vault->seal(QJsonObject{{QStringLiteral("property_unit_no"),
                                              QStringLiteral("440305007003GB00012F00020502")}},
                                 QStringLiteral("case.form:") + caseId));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    for (const char *kind : {"identity", "property-unit", "social-insurance"}) {
        q.prepare(QStringLiteral("INSERT INTO case_verification (case_id, kind, state)"
                                 " VALUES (?, ?, 'pending')"));
        q.addBindValue(caseId);
        q.addBindValue(QString::fromLatin1(kind));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

QJsonObject TestChangeApplier::signedAnswer(const QString &kind, const QString &result) const
{
    const QJsonObject answer{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("11010519491231002X")},
                     {QStringLiteral("name"), QStringLiteral("张\U00020BB7")}}},
        {QStringLiteral("result"), result},
        {QStringLiteral("facts"), QJsonObject{{QStringLiteral("alive"), true}}},
        {QStringLiteral("source"), QStringLiteral("省人口基础信息库")},
        {QStringLiteral("answeredAt"), QStringLiteral("2026-03-02T09:15:00Z")},
        {QStringLiteral("keyId"), DocumentSeal::keyIdOf(m_hubKey)}};
    return {{QStringLiteral("answer"), answer},
            {QStringLiteral("signature"),
             QString::fromLatin1(m_hubKey.sign(canonicalJson(answer)).toBase64())}};
}

void TestChangeApplier::catalogIsPulledIntoAnEmptyWorkstation()
{
    QList<HubChange> changes;
    qint64 seq = 0;
    for (const QJsonValue &d : m_catalog.value(u"departments").toArray())
        changes.append(change(++seq, QStringLiteral("department"),
                              d.toObject().value(u"id").toString(), d.toObject()));
    for (const QJsonValue &m : m_catalog.value(u"matters").toArray())
        changes.append(change(++seq, QStringLiteral("matter"),
                              m.toObject().value(u"implementationCode").toString(), m.toObject()));
    for (const QJsonValue &b : m_catalog.value(u"bundles").toArray())
        changes.append(change(++seq, QStringLiteral("bundle"), b.toObject().value(u"code").toString(),
                              b.toObject()));
    const ChangeApplyResult r = apply(page(changes));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.applied, int(changes.size()));
    QVERIFY(r.catalogChanged);
    QCOMPARE(r.cursor, seq);
    QCOMPARE(SyncSettings::read(*m_db, nullptr).cursor, seq);

    StorageError error;
    const Catalog cached = CatalogRepository(*m_db).load(&error);
    const Catalog file = CatalogJson::parse(QJsonDocument(m_catalog).toJson()).catalog;
    QCOMPARE(cached.matters().size(), file.matters().size());
    QCOMPARE(cached.bundles().size(), file.bundles().size());
    QCOMPARE(cached.departments().size(), file.departments().size());
    // The cache is the same catalog, in the hub's order.
    QCOMPARE(CatalogJson::serialize(cached), CatalogJson::serialize(file));
    QCOMPARE(CatalogRepository(*m_db).info(&error).source, QStringLiteral("hub"));
}

void TestChangeApplier::badItemsAreSkippedAndTheCacheKept()
{
    const QJsonObject department = m_catalog.value(u"departments").toArray().first().toObject();
    QJsonObject matter = m_catalog.value(u"matters").toArray().first().toObject();
    const QString code = matter.value(u"implementationCode").toString();
    matter.insert(QStringLiteral("department"), department.value(u"id"));
    QVERIFY(!apply(page({change(1, QStringLiteral("department"), department.value(u"id").toString(),
                                department),
                         change(2, QStringLiteral("matter"), code, matter)}))
                 .error);
    const QString before = CatalogJson::serialize(CatalogRepository(*m_db).load(nullptr));

    QJsonObject broken = matter;
    broken.insert(QStringLiteral("name"), QString());              // required
    QJsonObject elsewhere = matter;
    elsewhere.insert(QStringLiteral("implementationCode"), QStringLiteral("NEW-1"));
    elsewhere.insert(QStringLiteral("department"), QStringLiteral("no_such_department"));
    QJsonObject misspelt = matter;
    misspelt.insert(QStringLiteral("requried"), true);             // unknown key
    const QJsonObject bundle{{QStringLiteral("code"), QStringLiteral("B-1")},
                             {QStringLiteral("name"), QStringLiteral("一件事")},
                             {QStringLiteral("matters"), QJsonArray{code, QStringLiteral("NOPE")}}};
    const ChangeApplyResult r = apply(page({
        change(3, QStringLiteral("matter"), code, broken),
        change(4, QStringLiteral("matter"), QStringLiteral("NEW-1"), elsewhere),
        change(5, QStringLiteral("matter"), code, misspelt),
        change(6, QStringLiteral("bundle"), QStringLiteral("B-1"), bundle),
        change(7, QStringLiteral("matter"), QStringLiteral("OTHER-KEY"), matter), // key ≠ code
        change(8, QStringLiteral("queue.ticket"), QStringLiteral("1"), QJsonObject{}),
    }));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.applied, 0);
    QCOMPARE(r.skipped, 6);
    QVERIFY(!r.catalogChanged);
    QCOMPARE(r.cursor, 8); // the feed goes on past what was refused
    QCOMPARE(CatalogJson::serialize(CatalogRepository(*m_db).load(nullptr)), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_skipped_change")), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_skipped_change WHERE reason = ''")), 0);
}

// The applier keeps its matter statements prepared for the whole page: a refusal in the middle
// of the page must leave them usable for the matters after it, and a matter that comes again
// replaces its cached row.
void TestChangeApplier::mattersAfterARefusedOneAreApplied()
{
    const QJsonObject department = m_catalog.value(u"departments").toArray().first().toObject();
    QJsonObject matter = m_catalog.value(u"matters").toArray().first().toObject();
    const QString code = matter.value(u"implementationCode").toString();
    matter.insert(QStringLiteral("department"), department.value(u"id"));
    QJsonObject orphan = matter;
    orphan.insert(QStringLiteral("implementationCode"), QStringLiteral("ORPHAN-1"));
    orphan.insert(QStringLiteral("department"), QStringLiteral("no_such_department"));
    ChangeApplyResult r = apply(page({
        change(1, QStringLiteral("department"), department.value(u"id").toString(), department),
        change(2, QStringLiteral("matter"), QStringLiteral("ORPHAN-1"), orphan),
        change(3, QStringLiteral("matter"), code, matter),
    }));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.applied, 2);
    QCOMPARE(r.skipped, 1);

    QJsonObject renamed = matter;
    renamed.insert(QStringLiteral("name"), QStringLiteral("改名后的事项"));
    r = apply(page({change(4, QStringLiteral("matter"), QStringLiteral("ORPHAN-1"), orphan),
                    change(5, QStringLiteral("matter"), code, renamed)}));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.applied, 1);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_matter")), 1);
    StorageError error;
    const Catalog cached = CatalogRepository(*m_db).load(&error);
    QVERIFY2(!error, qPrintable(error.detail));
    QCOMPARE(cached.matters().size(), 1);
    QCOMPARE(cached.matters().first().name, QStringLiteral("改名后的事项"));
    QCOMPARE(cached.matters().first().departmentId, department.value(u"id").toString());
}

void TestChangeApplier::changesAtOrBeforeTheCursorAreNotAppliedAgain()
{
    const QJsonObject department = m_catalog.value(u"departments").toArray().first().toObject();
    const QString id = department.value(u"id").toString();
    const HubChangesPage p = page({change(5, QStringLiteral("department"), id, department)});
    QCOMPARE(apply(p).applied, 1);
    // The same page again (another process pulled it meanwhile): nothing applied, cursor kept.
    const ChangeApplyResult again = apply(p);
    QVERIFY(!again.error);
    QCOMPARE(again.applied, 0);
    QCOMPARE(again.cursor, 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_department")), 1);
}

void TestChangeApplier::removedItemsLeaveTheCache()
{
    // The whole demo catalog first, and a calendar year.
    QList<HubChange> changes;
    qint64 seq = 0;
    for (const QJsonValue &d : m_catalog.value(u"departments").toArray())
        changes.append(change(++seq, QStringLiteral("department"),
                              d.toObject().value(u"id").toString(), d.toObject()));
    for (const QJsonValue &m : m_catalog.value(u"matters").toArray())
        changes.append(change(++seq, QStringLiteral("matter"),
                              m.toObject().value(u"implementationCode").toString(), m.toObject()));
    for (const QJsonValue &b : m_catalog.value(u"bundles").toArray())
        changes.append(change(++seq, QStringLiteral("bundle"), b.toObject().value(u"code").toString(),
                              b.toObject()));
    QFile calendar(ow::test::sourcePath(QStringLiteral("resources/calendar/cn-2026.json")));
    QVERIFY(calendar.open(QIODevice::ReadOnly));
    QJsonObject year = QJsonDocument::fromJson(calendar.readAll()).object();
    year.insert(QStringLiteral("source"), QStringLiteral("the hub"));
    changes.append(change(++seq, QStringLiteral("calendar"), QStringLiteral("2026"), year));
    QVERIFY(!apply(page(changes)).error);
    QCOMPARE(HubCalendarStore(*m_db).calendar(nullptr).year(2026)->source, QStringLiteral("the hub"));

    // A department goes with all its matters; the hub may list the department first.
    const Catalog before = CatalogRepository(*m_db).load(nullptr);
    const QString departmentId = before.matters().first().departmentId;
    const QJsonObject removed{{QStringLiteral("removed"), true}};
    QList<HubChange> removals{change(++seq, QStringLiteral("department"), departmentId, removed)};
    int matters = 0;
    for (const Matter &m : before.matters()) {
        if (m.departmentId == departmentId) {
            removals.append(change(++seq, QStringLiteral("matter"), m.implementationCode, removed));
            ++matters;
        }
    }
    const QString bundle = before.bundles().first().code;
    removals.append(change(++seq, QStringLiteral("bundle"), bundle, removed));
    removals.append(change(++seq, QStringLiteral("calendar"), QStringLiteral("2026"), removed));
    // A department that keeps matters is not removed; that is reported, not forced.
    const QString busy = before.matters().last().departmentId;
    QVERIFY(busy != departmentId);
    removals.append(change(++seq, QStringLiteral("department"), busy, removed));
    const ChangeApplyResult r = apply(page(removals));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.skipped, 1);
    QVERIFY(r.catalogChanged);
    QVERIFY(r.calendarChanged);
    const Catalog after = CatalogRepository(*m_db).load(nullptr);
    QCOMPARE(after.matters().size(), before.matters().size() - matters);
    QVERIFY(!after.department(departmentId));
    QVERIFY(after.department(busy));
    QVERIFY(!after.bundle(bundle));
    // The built-in 2026 applies again.
    QCOMPARE(HubCalendarStore(*m_db).calendar(nullptr).year(2026)->source,
             WorkCalendar::builtIn().year(2026)->source);
}

void TestChangeApplier::aFailingPageChangesNothing()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TRIGGER boom BEFORE INSERT ON case_hub_status WHEN NEW.case_id = 'boom'"
        " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    const QJsonObject department = m_catalog.value(u"departments").toArray().first().toObject();
    const QJsonObject status{{QStringLiteral("caseId"), QStringLiteral("boom")},
                             {QStringLiteral("receipt"), QStringLiteral("W01-2026-000001")},
                             {QStringLiteral("status"), QStringLiteral("in_progress")},
                             {QStringLiteral("deadline"), QString()},
                             {QStringLiteral("steps"), QJsonArray{}}};
    const ChangeApplyResult r =
        apply(page({change(1, QStringLiteral("department"), department.value(u"id").toString(),
                           department),
                    change(2, QStringLiteral("case.status"), QStringLiteral("boom"), status)}));
    QVERIFY(r.error);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_department")), 0);
    QCOMPARE(SyncSettings::read(*m_db, nullptr).cursor, 0);
}

void TestChangeApplier::calendarYearsReplaceTheBuiltInOnes()
{
    // 2027 is not built in: every weekday counts until the hub sends the year.
    QVERIFY(!WorkCalendar::builtIn().covers(2027));
    const QJsonObject year{
        {QStringLiteral("year"), 2027},
        {QStringLiteral("source"), QStringLiteral("hub test")},
        {QStringLiteral("holidays"),
         QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-01-01")},
                                {QStringLiteral("name"), QStringLiteral("元旦")}}}},
        {QStringLiteral("workdays"), QJsonArray{}}};
    QJsonObject wrongYear = year;
    wrongYear.insert(QStringLiteral("year"), 2028);
    const ChangeApplyResult r = apply(page({
        change(1, QStringLiteral("calendar"), QStringLiteral("2027"), year),
        change(2, QStringLiteral("calendar"), QStringLiteral("2029"), wrongYear),
        change(3, QStringLiteral("calendar"), QStringLiteral("twenty"), year),
    }));
    QVERIFY(!r.error);
    QCOMPARE(r.applied, 1);
    QCOMPARE(r.skipped, 2);
    QVERIFY(r.calendarChanged);
    const WorkCalendar calendar = HubCalendarStore(*m_db).calendar(nullptr);
    QVERIFY(calendar.covers(2027));
    QVERIFY(calendar.covers(2026)); // the built-in years stay
    QCOMPARE(calendar.dayInfo(QDate(2027, 1, 1)).kind, CalendarDayInfo::Kind::Holiday);
    QCOMPARE(HubCalendarStore(*m_db).years(nullptr), QList<int>{2027});
}

void TestChangeApplier::caseStatusKeepsTheNewest()
{
    const auto status = [](const QString &value, const QString &opinion) {
        return QJsonObject{
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("receipt"), QStringLiteral("W01-2026-000001")},
            {QStringLiteral("status"), value},
            {QStringLiteral("deadline"), QStringLiteral("2026-03-12")},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("position"), 1},
                                    {QStringLiteral("matter"), QStringLiteral("M1")},
                                    {QStringLiteral("department"), QStringLiteral("civil")},
                                    {QStringLiteral("status"), QStringLiteral("approved")},
                                    {QStringLiteral("deadline"), QStringLiteral("2026-03-12")},
                                    {QStringLiteral("workingDays"), 7},
                                    {QStringLiteral("extendedDays"), 0},
                                    {QStringLiteral("opinion"), opinion},
                                    {QStringLiteral("updatedAt"),
                                     QStringLiteral("2026-03-03T08:00:00.000Z")}}}}};
    };
    QJsonObject malformed = status(QStringLiteral("in_progress"), QString());
    malformed.insert(QStringLiteral("status"), QStringLiteral("teleported"));
    ChangeApplyResult r = apply(page({
        change(10, QStringLiteral("case.status"), caseId, status(QStringLiteral("completed"), QStringLiteral("同意"))),
        change(11, QStringLiteral("case.status"), caseId, malformed),
        change(12, QStringLiteral("case.status"), QStringLiteral("other-id"), status(QStringLiteral("completed"), QString())),
    }));
    QVERIFY(!r.error);
    QCOMPARE(r.applied, 1);
    QCOMPARE(r.skipped, 2);
    QCOMPARE(r.statusChangedCases, QStringList{caseId});
    auto stored = CaseHubStatusStore(*m_db).find(caseId, nullptr);
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("completed"));
    QCOMPARE(stored->seq, 10);
    QCOMPARE(stored->steps.size(), 1);
    QCOMPARE(stored->steps.first().opinion, QStringLiteral("同意"));
    QCOMPARE(stored->deadline, QDate(2026, 3, 12));

    // An older state arriving late never overwrites the newer one.
    auto older = CaseHubStatus::fromChange(caseId, status(QStringLiteral("suspended"), QString()),
                                           nullptr);
    QVERIFY(older);
    older->seq = 9;
    QVERIFY(!CaseHubStatusStore(*m_db).upsert(*older, m_now));
    QCOMPARE(CaseHubStatusStore(*m_db).find(caseId, nullptr)->status, QStringLiteral("completed"));
}

void TestChangeApplier::verificationAnswersAreCheckedAndSealed()
{
    addCase();
    QJsonObject forged = signedAnswer(QStringLiteral("identity"), QStringLiteral("passed"));
    QJsonObject answer = forged.value(u"answer").toObject();
    answer.insert(QStringLiteral("result"), QStringLiteral("failed")); // changed after signing
    forged.insert(QStringLiteral("answer"), answer);
    ChangeApplyResult r = apply(page({
        change(1, QStringLiteral("verification"), caseId + QStringLiteral("/identity"), forged),
        change(2, QStringLiteral("verification"), caseId + QStringLiteral("/marriage"),
               signedAnswer(QStringLiteral("identity"), QStringLiteral("passed"))),
        change(3, QStringLiteral("verification"), QStringLiteral("unknown-case/identity"),
               signedAnswer(QStringLiteral("identity"), QStringLiteral("passed"))),
    }));
    QVERIFY(!r.error);
    QCOMPARE(r.applied, 0);
    QCOMPARE(r.skipped, 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_verification WHERE state = 'pending'")), 3);

    r = apply(page({change(4, QStringLiteral("verification"), caseId + QStringLiteral("/identity"),
                           signedAnswer(QStringLiteral("identity"), QStringLiteral("passed")))}));
    QVERIFY(!r.error);
    QCOMPARE(r.applied, 1);
    QCOMPARE(r.answeredCases, QStringList{caseId});
    const QList<RecordedVerification> recorded =
        VerificationStore(*m_db, *m_vault).ofCase(caseId, nullptr);
    QCOMPARE(recorded.size(), 3);
    const RecordedVerification &identity = recorded.first();
    QCOMPARE(identity.kind, QStringLiteral("identity"));
    QCOMPARE(identity.state, QStringLiteral("passed"));
    QCOMPARE(identity.source, QStringLiteral("省人口基础信息库"));
    QCOMPARE(identity.answeredAt, QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC));
    QVERIFY(identity.evidence);
    QVERIFY(!identity.evidence->value(u"signature").toString().isEmpty());
    // The evidence holds the applicant's name and ID number: never in the file in clear.
    QFile file(m_db->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(QByteArrayLiteral("11010519491231002X")));
}

void TestChangeApplier::pendingVerificationsCarryTheirSubject()
{
    addCase();
    StorageError error;
    const QList<PendingVerification> due = VerificationStore(*m_db, *m_vault).due(10, m_now, &error);
    QVERIFY(!error);
    // social-insurance is no kind the hub answers: it stays pending, with the reason, and waits.
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).hubKind, QStringLiteral("identity"));
    QCOMPARE(due.at(0).subject.value(u"idNumber").toString(), QStringLiteral("11010519491231002X"));
    QCOMPARE(due.at(0).subject.value(u"name").toString(), QStringLiteral("张\U00020BB7"));
    QCOMPARE(due.at(1).hubKind, QStringLiteral("property_unit"));
    QCOMPARE(due.at(1).subject.value(u"unitNumber").toString(),
             QStringLiteral("440305007003GB00012F00020502"));
    const QList<RecordedVerification> rows = VerificationStore(*m_db, *m_vault).ofCase(caseId, nullptr);
    QCOMPARE(rows.at(2).kind, QStringLiteral("social-insurance"));
    QCOMPARE(rows.at(2).state, QStringLiteral("pending"));
    QCOMPARE(rows.at(2).attempts, 1);
    QVERIFY(!rows.at(2).lastError.isEmpty());
    // Not asked again before its retry time.
    QCOMPARE(VerificationStore(*m_db, *m_vault).due(10, m_now, &error).size(), 2);
}

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
