// Ending a visit through AcceptanceService: one transaction writes the case with its steps,
// materials, outbox envelope and audit entry, numbered from the window's block; a request that
// is not right writes nothing; personal data never reaches the file in clear.
#include "core/applicant/ApplicantRepository.h"
#include "core/audit/AuditLog.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/CatalogJson.h"
#include "core/security/PersonalDataVault.h"
#include "core/security/WorkstationKeys.h"
#include "core/storage/WorkstationDatabase.h"
#include "support/ManualClock.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

const QString residencePermit = QStringLiteral("11440300007543032W4000107005000"); // 居住证申领
const QString retirementBundle = QStringLiteral("YJS4403000004");                  // 退休一件事
const QString rareName = QStringLiteral("张\U00020BB7");                             // 张𠮷
const QString personId = QStringLiteral("11010519491231002X");

Catalog demoCatalog()
{
    QFile f(ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return CatalogJson::parse(f.readAll()).catalog;
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestAcceptance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acceptsOneMatterInOneTransaction();
    void deadlineCountsWorkingDaysFromTheDayAfter();
    void bundleHasAStepPerMatter();
    void noticeListsWhatIsMissing();
    void refusalNeedsReasonAndBasis();
    void acceptingWithMissingMaterialsIsRefused();
    void commitmentOnlyWhereAllowed();
    void invalidApplicantWritesNothing();
    void exhaustedReceiptNumbersWriteNothing();
    void receiptNumbersAreSequentialAndUnique();
    void reusedMaterialComesFromTheLibrary();
    void earlierAnswersPrefillTheNextCase();
    void personalDataIsNotInTheFileInClear();
    void applicantIsFoundByIdNumber();

private:
    AcceptanceRequest residenceRequest() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkstationKeys> m_keys;
    std::unique_ptr<PersonalDataVault> m_vault;
    Catalog m_catalog;
    std::unique_ptr<ow::test::ManualClock> m_clock;
    std::unique_ptr<AcceptanceService> m_service;
};

void TestAcceptance::init()
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
    QVERIFY(m_vault->isReady());
    m_catalog = demoCatalog();
    QVERIFY(m_catalog.matter(residencePermit));
    // Monday 2026-09-28: the National Day holiday starts on Thursday.
    m_clock = std::make_unique<ow::test::ManualClock>(
        QDateTime(QDate(2026, 9, 28), QTime(9, 30)));
    m_service = std::make_unique<AcceptanceService>(*m_db, *m_vault, m_catalog,
                                                    WorkCalendar::builtIn(), *m_clock);
    QVERIFY(!ReceiptNumberBlocks(*m_db).grant(QStringLiteral("W01-2026"), 1, 1000,
                                              QStringLiteral("test"), m_clock->now()));
}

void TestAcceptance::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

AcceptanceRequest TestAcceptance::residenceRequest() const
{
    AcceptanceRequest r;
    r.applicant.kind = ApplicantKind::Person;
    r.applicant.identifier = personId;
    r.applicant.name = rareName;
    r.applicant.phone = QStringLiteral("13800138000");
    r.applicant.address = QStringLiteral("北京市东城区景山前街4号");
    r.subjectCode = residencePermit;
    r.answers = {{QStringLiteral("applicant_name"), rareName},
                 {QStringLiteral("id_number"), personId},
                 {QStringLiteral("phone"), QStringLiteral("13800138000")},
                 {QStringLiteral("residence_since"), QStringLiteral("2025-01-01")},
                 {QStringLiteral("residence_basis"), QStringLiteral("lease")}};
    r.materials = {{QStringLiteral("id_card"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("photo"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("lease_contract"), MaterialDisposition::Paper, {}, 0}};
    r.clerk = QStringLiteral("clerk01");
    r.windowName = QStringLiteral("W01");
    return r;
}

void TestAcceptance::acceptsOneMatterInOneTransaction()
{
    const AcceptanceResult result = m_service->submit(residenceRequest());
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n') + result.storageError.detail));
    QCOMPARE(result.summary.receiptNumber, QStringLiteral("W01-2026-000001"));
    QCOMPARE(result.summary.status, CaseStatus::InProgress);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps.first().departmentId, QStringLiteral("police"));
    QCOMPARE(result.steps.first().workingDays, 7); // promised, not the statutory 15
    // Only the materials the answers make applicable: lease, not property certificate.
    QStringList ids;
    for (const MaterialLine &m : result.materials)
        ids << m.requirement.id;
    QCOMPARE(ids, QStringList({QStringLiteral("id_card"), QStringLiteral("photo"),
                               QStringLiteral("lease_contract")}));

    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_step")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_material")), 3);
    QCOMPARE(countRows(*m_db, QStringLiteral("outbox")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("applicant")), 1);
    // The resident ID card may be reused for a year.
    QCOMPARE(countRows(*m_db, QStringLiteral("material_library")), 1);

    StorageError error;
    const QList<AuditEntry> audit = AuditLog(*m_db).latest(10, {}, &error);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("case.accept"));
    QCOMPARE(audit.first().actor, QStringLiteral("clerk01"));
    QCOMPARE(audit.first().subject, result.summary.receiptNumber);
    QVERIFY(AuditLog(*m_db).verify(&error).intact());

    const auto detail = CaseRepository(*m_db, *m_vault).findByReceipt(
        result.summary.receiptNumber, &error);
    QVERIFY2(detail, qPrintable(error.detail));
    QCOMPARE(detail->answers.value(QStringLiteral("applicant_name")).toString(), rareName);
    QCOMPARE(detail->materials.size(), 3);
    QCOMPARE(detail->steps.size(), 1);
}

void TestAcceptance::deadlineCountsWorkingDaysFromTheDayAfter()
{
    const AcceptanceResult result = m_service->submit(residenceRequest());
    QVERIFY(result.ok());
    const QDate accepted(2026, 9, 28);
    QCOMPARE(result.summary.acceptedOn, accepted);
    const WorkingDate expected = WorkCalendar::builtIn().addWorkingDays(accepted, 7);
    QCOMPARE(result.summary.deadline, expected.date);
    // Seven working days across the National Day holiday take more than two calendar weeks.
    QVERIFY(result.summary.deadline > accepted.addDays(14));
    QVERIFY(WorkCalendar::builtIn().isWorkday(result.summary.deadline));
}

void TestAcceptance::bundleHasAStepPerMatter()
{
    AcceptanceRequest r = residenceRequest();
    r.subjectCode = retirementBundle;
    r.answers.clear();
    r.materials.clear();
    const Bundle *bundle = m_catalog.bundle(retirementBundle);
    QVERIFY(bundle);
    const MergedApplication merged = m_catalog.mergedApplication(bundle->matterCodes);
    for (const MaterialRequirement &m : AcceptanceService::applicableMaterials(merged, {}))
        r.materials.append({m.id, MaterialDisposition::Paper, {}, 0});
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.steps.size(), bundle->matterCodes.size());
    QSet<QString> departments;
    for (const CaseStep &s : result.steps)
        departments.insert(s.departmentId);
    QVERIFY(departments.size() >= 3);
    QVERIFY(result.summary.isBundle);
    // The case is due when its slowest step is.
    QDate latest;
    for (const CaseStep &s : result.steps)
        latest = std::max(latest, s.deadline);
    QCOMPARE(result.summary.deadline, latest);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("outbox")), 1);
}

void TestAcceptance::noticeListsWhatIsMissing()
{
    AcceptanceRequest r = residenceRequest();
    r.outcome = CaseOutcome::Notice;
    r.materials = {{QStringLiteral("id_card"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("photo"), MaterialDisposition::Incorrect,
                    QStringLiteral("照片背景须为白色"), 0}};
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.summary.status, CaseStatus::Notice);
    QVERIFY(!result.summary.deadline.isValid());
    QVERIFY(result.steps.isEmpty());
    int shortfalls = 0;
    for (const MaterialLine &m : result.materials) {
        if (m.decision.disposition == MaterialDisposition::Missing
            || m.decision.disposition == MaterialDisposition::Incorrect)
            ++shortfalls;
    }
    QCOMPARE(shortfalls, 2); // the wrong photo and the lease contract nobody brought
    QCOMPARE(countRows(*m_db, QStringLiteral("material_library")), 0);
    StorageError error;
    QCOMPARE(AuditLog(*m_db).latest(1, {}, &error).first().action, QStringLiteral("case.notice"));

    AcceptanceRequest nothingMissing = residenceRequest();
    nothingMissing.outcome = CaseOutcome::Notice;
    QVERIFY(!m_service->submit(nothingMissing).ok());
}

void TestAcceptance::refusalNeedsReasonAndBasis()
{
    AcceptanceRequest r = residenceRequest();
    r.outcome = CaseOutcome::Refused;
    AcceptanceResult result = m_service->submit(r);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    r.reason = QStringLiteral("申请人在本市居住未满半年");
    r.legalBasis = QStringLiteral("《居住证暂行条例》第二条");
    result = m_service->submit(r);
    QVERIFY(result.ok());
    QCOMPARE(result.summary.status, CaseStatus::Refused);
}

void TestAcceptance::acceptingWithMissingMaterialsIsRefused()
{
    AcceptanceRequest r = residenceRequest();
    r.materials.removeLast(); // no lease contract
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY(!result.ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("audit_log")), 0);
    QCOMPARE(ReceiptNumberBlocks(*m_db).remaining(nullptr), 1000);
}

void TestAcceptance::commitmentOnlyWhereAllowed()
{
    AcceptanceRequest r = residenceRequest();
    r.materials[1].disposition = MaterialDisposition::Commitment; // the photo: not allowed
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.materials[2].disposition = MaterialDisposition::Commitment; // the lease: allowed
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.commitmentChecks.size(), 1);
    QCOMPARE(result.commitmentChecks.first(),
             WorkCalendar::builtIn()
                 .addWorkingDays(QDate(2026, 9, 28), AcceptanceService::CommitmentCheckWorkingDays)
                 .date);
    QCOMPARE(countRows(*m_db, QStringLiteral("commitment_check")), 1);
}

void TestAcceptance::invalidApplicantWritesNothing()
{
    AcceptanceRequest r = residenceRequest();
    r.applicant.identifier = QStringLiteral("110105194912310021"); // wrong check digit
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.applicant.name = QStringLiteral("  ");
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.subjectCode = QStringLiteral("NO-SUCH-MATTER");
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.clerk.clear();
    QVERIFY(!m_service->submit(r).ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("applicant")), 0);
}

void TestAcceptance::exhaustedReceiptNumbersWriteNothing()
{
    QTemporaryDir dir;
    StorageError error;
    auto db = WorkstationDatabase::open(dir.filePath(QStringLiteral("ws.sqlite")), &error);
    QVERIFY(db);
    AcceptanceService service(*db, *m_vault, m_catalog, WorkCalendar::builtIn(), *m_clock);
    const AcceptanceResult result = service.submit(residenceRequest());
    QVERIFY(!result.ok());
    QVERIFY(!result.storageError.message.isEmpty());
    QCOMPARE(countRows(*db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*db, QStringLiteral("applicant")), 0); // rolled back with the rest
}

void TestAcceptance::receiptNumbersAreSequentialAndUnique()
{
    ReceiptNumberBlocks blocks(*m_db);
    // Overlapping or malformed grants are refused.
    QVERIFY(blocks.grant(QStringLiteral("W01-2026"), 500, 1500, QStringLiteral("t"),
                         m_clock->now()));
    QVERIFY(blocks.grant(QStringLiteral("-bad"), 1, 2, QStringLiteral("t"), m_clock->now()));
    QVERIFY(blocks.grant(QStringLiteral("W01"), 5, 4, QStringLiteral("t"), m_clock->now()));
    QVERIFY(!blocks.grant(QStringLiteral("W01-2026"), 1001, 1001, QStringLiteral("t"),
                          m_clock->now()));
    QSet<QString> seen;
    for (int i = 0; i < 5; ++i) {
        const AcceptanceResult r = m_service->submit(residenceRequest());
        QVERIFY(r.ok());
        QVERIFY(!seen.contains(r.summary.receiptNumber));
        seen.insert(r.summary.receiptNumber);
    }
    QVERIFY(seen.contains(QStringLiteral("W01-2026-000005")));
    QCOMPARE(blocks.remaining(nullptr), 1001 - 5);
}

void TestAcceptance::reusedMaterialComesFromTheLibrary()
{
    QVERIFY(m_service->submit(residenceRequest()).ok());
    StorageError error;
    const auto applicant = ApplicantRepository(*m_db, *m_vault).find(personId, &error);
    QVERIFY(applicant);
    CaseRepository cases(*m_db, *m_vault);
    m_clock->advanceDays(30);
    const QList<ReusableMaterial> reusable =
        cases.reusableMaterials(applicant->id, m_clock->today(), &error);
    QCOMPARE(reusable.size(), 1);
    QCOMPARE(reusable.first().materialId, QStringLiteral("id_card"));
    QCOMPARE(reusable.first().validUntil, QDate(2026, 9, 28).addDays(365));

    AcceptanceRequest r = residenceRequest();
    r.materials[0] = {QStringLiteral("id_card"), MaterialDisposition::Reused, {},
                      reusable.first().libraryId};
    QVERIFY2(m_service->submit(r).ok(), "reuse of a valid earlier copy");
    r.materials[0].libraryId = 9999;
    QVERIFY(!m_service->submit(r).ok());
    // A year and a day later the copy has expired.
    m_clock->advanceDays(340);
    QVERIFY(cases.reusableMaterials(applicant->id, m_clock->today(), &error).isEmpty());
}

void TestAcceptance::earlierAnswersPrefillTheNextCase()
{
    AcceptanceRequest r = residenceRequest();
    r.answers.insert(QStringLiteral("household_address"), QStringLiteral("河北省保定市"));
    QVERIFY(m_service->submit(r).ok());
    StorageError error;
    const auto applicant = ApplicantRepository(*m_db, *m_vault).find(personId, &error);
    QVERIFY(applicant);
    const auto answers = CaseRepository(*m_db, *m_vault).earlierAnswers(applicant->id, &error);
    QCOMPARE(answers.value(QStringLiteral("household_address")).value.toString(),
             QStringLiteral("河北省保定市"));
    QCOMPARE(answers.value(QStringLiteral("household_address")).receiptNumber,
             QStringLiteral("W01-2026-000001"));
}

void TestAcceptance::personalDataIsNotInTheFileInClear()
{
    QVERIFY(m_service->submit(residenceRequest()).ok());
    const QString path = m_db->path();
    m_service.reset();
    m_db.reset(); // closes; WAL checkpointed into the main file
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains(personId.toUtf8()));
    QVERIFY(!bytes.contains(rareName.toUtf8()));
    QVERIFY(!bytes.contains(QByteArrayLiteral("13800138000")));
    QVERIFY(!bytes.contains(QStringLiteral("景山前街").toUtf8()));
    // What is not personal stays readable for supervision.
    QVERIFY(bytes.contains(QByteArrayLiteral("W01-2026-000001")));
}

void TestAcceptance::applicantIsFoundByIdNumber()
{
    QVERIFY(m_service->submit(residenceRequest()).ok());
    StorageError error;
    ApplicantRepository applicants(*m_db, *m_vault);
    const auto found = applicants.find(personId, &error);
    QVERIFY(found);
    QCOMPARE(found->profile.name, rareName);
    QCOMPARE(found->profile.maskedIdentifier(), QStringLiteral("110105********002X"));
    QVERIFY(!applicants.find(QStringLiteral("440524188001010014"), &error));
    QVERIFY(!error);
    // Another workstation's key cannot find or open it.
    PersonalDataVault other(QByteArray(32, 'k'), QByteArray(32, 's'));
    QVERIFY(!ApplicantRepository(*m_db, other).find(personId, &error));
}

QTEST_GUILESS_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
